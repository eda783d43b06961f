# -*- coding: utf-8 -*-
"""Blind round r608 - Hylte kommun, helår 2025, "typed by hand in a hurry".
Run: /usr/bin/python3 make_round.py   (builds all files + CSVs in this folder)"""
import os, csv, datetime, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
FIXED = datetime.datetime(2026, 1, 22, 9, 0, 0)

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv


def exp(fil, namnd, km, status, avv):
    EXPECTED.append([fil, namnd, km, status, avv])


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Word, just a hand-typed numbered list + comments by number
# ---------------------------------------------------------------------------
def f1():
    import docx
    fn = "KS intern kontroll helår 2025.docx"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Lena Karlsson"
    d.add_paragraph("Uppföljning internkontroll KS helår 2025")
    d.add_paragraph("")
    items = [
        ("Attest av leverantörsfakturor enligt attestordningen", " – klart, inga fel", "GENOMFORD", "nej"),
        ("Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", " – klart, inga fel", "GENOMFORD", "nej"),
        ("Stickprov på representation och förtroendekänsliga poster", " – klart, se kommentar", "GENOMFORD", "ja"),
        ("Uppföljning av att avtal finns i avtalsdatabasen vid köp över 100 tkr", " – pågår", "DELVIS", ""),
        ("Kontroll av behörigheter i ekonomisystemet vid avslut av anställning", " – klart, 3 konton låg kvar, stängda nu", "GENOMFORD", "ja"),
        ("Diarieföring av inkommande handlingar inom 2 arbetsdagar", " –", "EJ_GENOMFORD", ""),
        ("Kontroll av löneutbetalningar mot underlag (stickprov 20 st)", " – klart", "GENOMFORD", ""),
        ("Riktlinjer för informationssäkerhet – genomgång med förvaltningen", " – utgår", "UTGAR", ""),
        ("Ersättning till förtroendevalda enligt arvodesreglementet", " - klart inga fel", "GENOMFORD", "nej"),
        ("Kontroll av att bisysslor är anmälda och bedömda", " – klart, se 10 nedan", "GENOMFORD", "ja"),
    ]
    for i, (km, tail, st, av) in enumerate(items, 1):
        d.add_paragraph(f"{i}. {km}{tail}")
        exp(fn, "Kommunstyrelsen", km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Kommentarer:")
    d.add_paragraph("Till 3: två fakturor (lunch) saknade deltagarlista och syfte. Påminnelse skickad till berörda chefer.")
    d.add_paragraph("4 – stickprov gjort för jan–jun, andra halvåret görs i februari 2026.")
    d.add_paragraph("Punkt 6 hann vi inte med i år pga bytet av diariesystem, läggs in i planen för 2026.")
    d.add_paragraph("8 ströks av KS 2025-09-10 § 112, ersätts av ny riktlinje under 2026.")
    d.add_paragraph("10: två medarbetare hade bisyssla som inte var anmäld, har nu anmälts och bedömts av chef.")
    d.add_paragraph("")
    d.add_paragraph("/Lena, ekonomienheten 22/1")
    d.save(fn)
    FILES.append([fn, "INLAST", "Kommunstyrelsen", "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 2. Barn- och ungdomsnämnden - xlsx, rows = controls, columns Q1-Q4 with x / short word
# ---------------------------------------------------------------------------
def f2():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    fn = "BUN IK 2025 kvartal.xlsx"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Barn- och ungdomsnämnden – internkontroll 2025, avstämning per kvartal"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "x = kontroll gjord utan anmärkning. Annars skriv kort (pågår, ej, avvik, utgår ...) och förklara i kommentar."
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Q1", "Q2", "Q3", "Q4", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         ["x", "x", "x", "x"], "", "GENOMFORD", "nej"),
        ("Frånvarorapportering – elever med hög frånvaro anmäls till elevhälsan", "Rektorer",
         ["x", "x", "x", "pågår"], "Q4 sammanställning ej klar för Unnaryd", "DELVIS", ""),
        ("Anmälan om kränkande behandling till huvudman inom 5 dagar", "Utvecklingsledare",
         ["x", "avvik", "x", "avvik"], "Q2 1 st sen, Q4 2 anmälningar för sent (Örnaskolan)", "GENOMFORD", "ja"),
        ("Barnomsorgsavgifter stäms av mot inkomstuppgifter", "Avgiftshandläggare",
         ["", "", "x", ""], "görs en gång/år i sept", "GENOMFORD", "nej"),
        ("Utdrag ur belastningsregistret vid nyanställning", "HR-konsult",
         ["x", "x", "ej", "ej"], "Rutinen låg nere under hösten pga vakans", "EJ_GENOMFORD", ""),
        ("Skolskjuts – fakturor kontrolleras mot beställda resor", "Skolskjutssamordnare",
         ["x", "x", "utgår", "utgår"], "Nytt avtal m fast pris fr aug, kontrollen utgår (BUN 2025-06-12)", "UTGAR", ""),
        ("Inventering av elevdatorer och läsplattor", "IT-samordnare",
         ["", "", "", ""], "", "SAKNAS", ""),
        ("Systematiskt kvalitetsarbete dokumenteras per enhet", "Verksamhetschef",
         ["x", "x", "x", "klar"], "", "GENOMFORD", ""),
        ("Tillbud och arbetsskador registreras i KIA", "Rektorer/förskolechefer",
         ["x", "x", "x", "se bilaga"], "", "OKLAR", ""),
        ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         ["x", "x", "x", "x"], "", "GENOMFORD", "nej"),
    ]
    r = 5
    for i, (km, ans, qs, kom, st, av) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=ans)
        for j, q in enumerate(qs):
            if q:
                ws.cell(row=r, column=4 + j, value=q).alignment = Alignment(horizontal="center")
        if kom:
            ws.cell(row=r, column=8, value=kom)
        exp(fn, "Barn- och ungdomsnämnden", km, st, av)
        r += 1
    ws.cell(row=r + 1, column=2, value="Uppdaterad 2026-01-15 /AS")
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["H"].width = 55
    for col in "DEFG":
        ws.column_dimensions[col].width = 8
    wb.save(fn)
    FILES.append([fn, "INLAST", "Barn- och ungdomsnämnden", "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 3. Socialnämnden - plain text blocks Kontroll/Status/Kommentar
# ---------------------------------------------------------------------------
def f3():
    fn = "SN_uppfoljning_IK_helar2025.txt"
    blocks = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
         ["40 fakturor granskade, inga avvikelser."], "GENOMFORD", "nej"),
        ("Handläggningstid för beslut om försörjningsstöd (max 10 arbetsdagar)", "Genomförd med avvikelse",
         ["6 av 30 ärenden tog mer än 10 dagar, främst juli."], "GENOMFORD", "ja"),
        ("Utbetalning av försörjningsstöd stäms av mot beslut", "delvis",
         ["Stickprov gjort under våren. Höstens stickprov ej gjort pga", "sjukskrivning på enheten."], "DELVIS", ""),
        ("Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", "",
         ["Kontrollen gjord i november, alla rapporter hanterade inom tid."], "GENOMFORD", "nej"),
        ("Läkemedelshantering på särskilda boenden (Lindgården, Kastanjen)", "Genomförd",
         ["Brister i signeringslistor på Lindgården, handlingsplan upprättad."], "GENOMFORD", "ja"),
        ("Genomförandeplaner upprättas inom 14 dagar i hemtjänsten", "Ej genomförd",
         ["Flyttas till 2026."], "EJ_GENOMFORD", ""),
        ("Hantering av brukarmedel på gruppbostäder LSS", "Se bilaga 2",
         [""], "OKLAR", ""),
        ("Avtalstrohet vid inköp av förbrukningsmaterial", "Utgår",
         ["Ingår i kommunstyrelsens kontroll från 2025."], "UTGAR", ""),
        ("Dokumentation i verksamhetssystemet enligt HSLF-FS 2016:40", "",
         [""], "SAKNAS", ""),
        ("Kontroll av att avvikelser inom HSL följs upp av MAS", "Genomförd",
         ["Kvartalsvis genomgång, inga anmärkningar."], "GENOMFORD", "nej"),
    ]
    lines = ["Socialnämnden, Hylte kommun",
             "Uppföljning intern kontroll helår 2025",
             "Sammanställt av: Jonas Bergqvist, kvalitetsutvecklare 2026-01-19",
             ""]
    for km, st, kom, s, a in blocks:
        lines.append("Kontroll: " + km)
        lines.append(("Status: " + st).rstrip() if st else "Status:")
        lines.append(("Kommentar: " + kom[0]).rstrip())
        for extra in kom[1:]:
            lines.append(extra)
        lines.append("")
        exp(fn, "Socialnämnden", km, s, a)
    with open(fn, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines))
    FILES.append([fn, "INLAST", "Socialnämnden", "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - ods, misspelt statuses
# ---------------------------------------------------------------------------
def f4():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell, TableColumn
    from odf.text import P
    from odf.style import Style, TextProperties, TableColumnProperties
    fn = "KoF internkontroll 2025 helår.ods"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="fet", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    wide = Style(name="bred", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="8cm"))
    doc.automaticstyles.addElement(wide)
    mid = Style(name="mellan", family="table-column")
    mid.addElement(TableColumnProperties(columnwidth="3cm"))
    doc.automaticstyles.addElement(mid)
    t = Table(name="Uppföljning")
    t.addElement(TableColumn(stylename=mid))
    t.addElement(TableColumn(stylename=wide))
    t.addElement(TableColumn(stylename=mid))
    t.addElement(TableColumn(stylename=mid))
    t.addElement(TableColumn(stylename=wide))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == "":
                tc = TableCell()
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Kultur- och fritidsnämnden"], bold)
    row(["Intern kontroll – uppföljning helår 2025"])
    row([])
    row(["Område", "Kontrollmoment", "Frekvens", "Status", "Kommentar"], bold)
    data = [
        ("Ekonomi", None),
        ("", ("Attest av leverantörsfakturor enligt attestordningen", "2 ggr/år", "genomörd", "Inga fel.", "GENOMFORD", "nej")),
        ("", ("Kontanthantering i receptionen på Hyltebadet", "Kvartal", "genomörd", "Kassadifferens 340 kr i juli, utrett med personal.", "GENOMFORD", "ja")),
        ("", ("Föreningsbidrag betalas ut enligt beslut och bidragsregler", "1 ggr/år", "påbörjat", "Aktivitetsbidrag kontrollerade, anläggningsbidrag kvar.", "DELVIS", "")),
        ("", ("Lönekontroll timavlönade ledare", "2 ggr/år", "påbörjat", "", "DELVIS", "")),
        ("Verksamhet", None),
        ("", ("Uthyrning av lokaler debiteras enligt taxa", "Kvartal", "ej genomförs", "Bokningssystemet byttes i sept, ingen data för hösten.", "EJ_GENOMFORD", "")),
        ("", ("Bibliotekets inköp av media följer budget", "1 ggr/år", "Genomförd", "", "GENOMFORD", "")),
        ("", ("Säkerhetsrutiner vid större evenemang (Hyltedagen)", "Vid evenemang", "genomörd m avvikelse", "Utrymningsplan saknades för ett tält.", "GENOMFORD", "ja")),
        ("", ("Ungdomsgårdens öppettider följer beslut", "Kvartal", "ej aktuellt", "Verksamheten stängd sedan maj (KFN 2025-04-22).", "UTGAR", "")),
        ("", ("Registerutdrag för ledare i lovverksamhet", "1 ggr/år", "Genomförd", "Samtliga 14 sommarledare hade utdrag.", "GENOMFORD", "nej")),
    ]
    for area, item in data:
        if item is None:
            row([area], bold)
            continue
        km, fr, st, kom, s, a = item
        row(["", km, fr, st, kom])
        exp(fn, "Kultur- och fritidsnämnden", km, s, a)
    row([])
    row(["", "Ansvarig: Maria Holm, förvaltningschef"])
    sp = doc.spreadsheet
    sp.addElement(t)
    doc.save(fn)
    FILES.append([fn, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - xls copied from last year (header says 2024)
# ---------------------------------------------------------------------------
def f5():
    import xlwt
    fn = "IK uppföljning helår 2025 SBN.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    b = xlwt.easyxf("font: bold on")
    t = xlwt.easyxf("font: bold on, height 280")
    wrap = xlwt.easyxf("alignment: wrap on, vert top")
    ws.write(0, 0, "Samhällsbyggnadsnämnden – Hylte kommun", t)
    ws.write(1, 0, "Uppföljning av internkontrollplan helår 2025")
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Uppföljning helår 2024", "Kommentar 2024"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, b)
    rows = [
        ("Myndighetsutövning", "Handläggningstid för bygglov inom 10 veckor från komplett ansökan", "Bygglovschef",
         "Genomförd med avvikelse", "4 ärenden över 10 veckor under mars–april 2025 (sjukfrånvaro).", "GENOMFORD", "ja"),
        ("", "Avgifter för bygglov debiteras enligt gällande taxa", "Bygglovschef",
         "Genomförd", "Stickprov 15 ärenden, samtliga rätt.", "GENOMFORD", "nej"),
        ("", "Tillsyn enligt tillsynsplan miljö och livsmedel", "Miljöchef",
         "Delvis genomförd", "78 % av planerade besök gjorda 2025.", "DELVIS", ""),
        ("Teknik", "Egenkontroll av dricksvatten enligt kontrollprogram", "VA-chef",
         "Genomförd", "Alla prov godkända.", "GENOMFORD", "nej"),
        ("", "Ledningsrätter och servitut registreras vid nyanläggning", "VA-ingenjör",
         "Delvis genomförd", "Genomgång påbörjad, 2 av 5 projekt klara.", "DELVIS", ""),
        ("", "Snöröjning – uppföljning av entreprenör mot avtal", "Gatuchef",
         "Ej genomförd", "Ingen uppföljning gjord under 2025.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Genomförd", "", "GENOMFORD", ""),
        ("", "Investeringsprojekt följs upp mot budget", "Controller",
         "Genomförd", "Två projekt över budget, redovisat i nämnd nov 2025.", "GENOMFORD", "ja"),
        ("", "Uppdatering av primärkarta", "GIS-ingenjör",
         "Ej aktuell", "Ansvaret flyttat till KS from 2025.", "UTGAR", ""),
    ]
    r = 4
    for i, (pr, km, ans, st, kom, s, a) in enumerate(rows, 1):
        ws.write(r, 0, i)
        ws.write(r, 1, pr)
        ws.write(r, 2, km, wrap)
        ws.write(r, 3, ans)
        ws.write(r, 4, st)
        ws.write(r, 5, kom, wrap)
        exp(fn, "Samhällsbyggnadsnämnden", km, s, a)
        r += 1
    ws.write(r + 1, 0, "Upprättad: 2024-12-03 Per Ek")
    ws.write(r + 2, 0, "Reviderad: 2026-01-21 Per Ek")
    ws.col(1).width = 256 * 20
    ws.col(2).width = 256 * 55
    ws.col(3).width = 256 * 16
    ws.col(4).width = 256 * 24
    ws.col(5).width = 256 * 50
    wb.save(fn)
    FILES.append([fn, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 6. Hyltebostäder AB - Word table, merged status cells spanning several controls
# ---------------------------------------------------------------------------
def f6():
    import docx
    from docx.shared import Pt, Cm
    fn = "Hyltebostäder uppföljning internkontroll 2025.docx"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Hyltebostäder AB"
    d.add_heading("Hyltebostäder AB", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår. Rapport till styrelsen 2026-02-05.")
    ctrls = [
        ("Hyresdebitering stäms av mot hyreskontrakt", "Stickprov 20 kontrakt", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Förmedling av lägenheter sker enligt uthyrningspolicyn", "Genomgång av 10 uthyrningar",
         "En lägenhet förmedlades utanför kön utan dokumenterat skäl.", "GENOMFORD", "ja"),
        ("Besiktning av lekplatser enligt SS-EN 1176", "Extern besiktningsman", "4 av 7 lekplatser besiktigade.", "DELVIS", ""),
        ("Systematiskt brandskyddsarbete – kontroll av trapphus", "Egenkontroll", "Påbörjad i december.", "DELVIS", ""),
        ("Uppföljning av hyresfordringar och inkassoärenden", "Genomgång reskontra", "Resurs saknades under hösten.", "EJ_GENOMFORD", ""),
        ("Upphandling enligt LOU vid köp av entreprenadtjänster", "Genomgång av avtal", "En direktupphandling över beloppsgränsen (måleri).", "GENOMFORD", "ja"),
        ("Energideklarationer är giltiga för samtliga fastigheter", "Genomgång Boverkets register", "", "GENOMFORD", ""),
        ("Nyckel- och passerbehörigheter stäms av mot personallista", "Utdrag ur låssystemet", "", "GENOMFORD", ""),
    ]
    # status column: list of (start_index, span, text)
    merges = [(0, 3, "Genomförda"), (3, 2, "Pågår"), (5, 1, "Ej påbörjad"),
              (6, 1, "Genomförd, avvikelse"), (7, 2, "Genomförda")]
    tbl = d.add_table(rows=1 + len(ctrls), cols=5)
    tbl.style = "Table Grid"
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Status", "Kommentar"]
    for c, h in enumerate(hdr):
        cell = tbl.cell(0, c)
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
    for i, (km, met, kom, s, a) in enumerate(ctrls):
        r = i + 1
        tbl.cell(r, 0).text = str(i + 1)
        tbl.cell(r, 1).text = km
        tbl.cell(r, 2).text = met
        tbl.cell(r, 4).text = kom
        exp(fn, "Hyltebostäder AB", km, s, a)
    for start, span, text in merges:
        a = tbl.cell(start + 1, 3)
        if span > 1:
            a = a.merge(tbl.cell(start + span, 3))
        a.text = text
    widths = [Cm(1), Cm(6), Cm(3.5), Cm(2.8), Cm(5)]
    for row in tbl.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    d.add_paragraph("")
    d.add_paragraph("Sammantaget bedöms den interna kontrollen som tillräcklig.")
    d.add_paragraph("Anna Lind, VD")
    d.save(fn)
    FILES.append([fn, "INLAST", "Hyltebostäder AB", "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - simple, easy xlsx
# ---------------------------------------------------------------------------
def f7():
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    fn = "Överförmyndarnämnden IK helår 2025.xlsx"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Överförmyndarnämnden – uppföljning internkontrollplan helår 2025"
    ws["A1"].font = Font(bold=True)
    hdr = ["Kontrollmoment", "Risk", "Ansvarig", "Status", "Kommentar"]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill
    rows = [
        ("Årsräkningar granskas inom sex månader", "Hög", "Handläggare", "Genomförd", "Samtliga granskade i tid.", "GENOMFORD", "nej"),
        ("Ställföreträdare har giltigt utdrag ur belastningsregistret", "Medel", "Handläggare", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt riktlinje", "Medel", "Samordnare", "Genomförd med avvikelse", "2 arvoden felberäknade, korrigerade.", "GENOMFORD", "ja"),
        ("Överförmyndarspärr på konton stäms av mot bankbesked", "Hög", "Handläggare", "Delvis genomförd", "Ca hälften av akterna kontrollerade.", "DELVIS", ""),
        ("Utbildning av nya gode män och förvaltare", "Låg", "Samordnare", "Ej genomförd", "Utbildningen ställdes in, för få anmälda.", "EJ_GENOMFORD", ""),
    ]
    for i, (km, risk, ans, st, kom, s, a) in enumerate(rows):
        for c, v in enumerate([km, risk, ans, st, kom], 1):
            ws.cell(row=4 + i, column=c, value=v)
        exp(fn, "Överförmyndarnämnden", km, s, a)
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["D"].width = 24
    ws.column_dimensions["E"].width = 45
    wb.save(fn)
    FILES.append([fn, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 8. Picture renamed .docx -> must be rejected
# ---------------------------------------------------------------------------
def png_bytes(w, h, pixel):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pixel(x, y))
    def chunk(tag, data):
        c = tag + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def f8():
    fn = "Skärmklipp IK helår 2025 Valnämnden.docx"

    def pixel(x, y):
        # a crude screenshot of a table: grey grid lines on white, blue header band
        if y < 24:
            return (68, 114, 196)
        if x % 120 == 0 or y % 22 == 0:
            return (160, 160, 160)
        if (y // 22) % 3 == 1 and 10 < x % 120 < 90 and 8 < y % 22 < 14:
            return (40, 40, 40)
        return (255, 255, 255)
    with open(fn, "wb") as f:
        f.write(png_bytes(480, 220, pixel))
    FILES.append([fn, "AVVISAD", "", "", ""])


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|Kommunledningsförvaltningen"),
        ("Barn- och ungdomsnämnden", "BUN|Barn- och ungdomsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg"),
        ("Kultur- och fritidsnämnden", "KFN|KoF|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Hyltebostäder AB", "Hyltebostäder|HBAB"),
        ("Hylte Industrifastigheter AB", "HIFAB|Industrifastigheter"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8):
        fn()
    write_csvs()
    print(len(FILES), "files,", len(EXPECTED), "controls")
