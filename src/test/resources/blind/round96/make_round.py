#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 96 – Björkfalla kommun (Småland), helår 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import struct
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from docx import Document
from docx.shared import Pt

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableCellProperties, TableColumnProperties, TextProperties
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "KLF", "Kommunledningskontoret"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF", "Barn och utbildning"]),
    ("Socialnämnden", ["SN", "Socialförvaltningen", "SOC", "IFO"]),
    ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgsförvaltningen", "Omsorgsförvaltningen", "VoO"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen", "Kultur och fritid", "KoF"]),
    ("Samhällsbyggnadsnämnden", ["SBN", "Samhällsbyggnadsförvaltningen", "SBF"]),
    ("Miljö- och byggnadsnämnden", ["MBN", "Miljö- och byggkontoret", "Miljö & bygg"]),
    ("Tekniska nämnden", ["TN", "Tekniska förvaltningen", "Teknik", "Tekniska kontoret"]),
    ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarenheten", "Överförmyndaren"]),
    ("Valnämnden", ["VN"]),
]


def write_register():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, al in NAMNDER:
            f.write("%s;%s\n" % (n, "|".join(al)))


# ---------------------------------------------------------------------------
# File 1: e-mail body saved as .txt (Kultur- och fritidsnämnden)
# ---------------------------------------------------------------------------
def file_kfn_txt():
    fil = "Uppföljning IK 2025 - Kultur och fritid.txt"
    n = "Kultur- och fritidsnämnden"
    done = [
        ("Kontroll av kassahantering på simhallen och biblioteken",
         "genomförd i oktober. Kassadifferenser på simhallen vid två tillfällen (totalt 340 kr), rutinen för dagskassa har skärpts.",
         "GENOMFORD", "ja"),
        ("Stickprov attest leverantörsfakturor (20 st)",
         "klart, inga fel hittade.", "GENOMFORD", "nej"),
        ("Kontroll av att föreningsbidrag betalats ut enligt beslut och bidragsregler",
         "klart. En förening fick dubbel utbetalning av lokalt aktivitetsstöd vårterminen, beloppet är återkrävt och återbetalt.",
         "GENOMFORD", "ja"),
        ("Representation och interna möten",
         "gjort, alla 12 underlag hade syfte och deltagarlista.", "GENOMFORD", "nej"),
    ]
    partly = [
        ("Inventering av utlånad utrustning (Fritidsbanken, teknik på kulturhuset)",
         "påbörjad – Fritidsbanken klar men kulturhuset återstår, blir klart i feb.", "DELVIS", "nej"),
        ("Avtalstrohet vid inköp av livsmedel till caféet på Folkets hus",
         "pågår, vi väntar fortfarande på inköpsstatistiken från upphandlingsenheten.", "DELVIS", "nej"),
    ]
    notdone = [
        ("Kontroll av behörigheter i bokningssystemet",
         "hann inte, görs Q1 2026.", "EJ_GENOMFORD", "nej"),
        ("Uppföljning av hyresavtal för föreningslokaler",
         "utgår, avtalen flyttades över till samhällsbyggnad vid årsskiftet 24/25 (KS-beslut), så inget för oss att kontrollera.",
         "UTGAR", "nej"),
    ]
    L = []
    L.append("Från: Annika Sjöberg <annika.sjoberg@bjorkfalla.se>")
    L.append("Skickat: den 16 januari 2026 08:47")
    L.append("Till: Ekonomienheten <ekonomienheten@bjorkfalla.se>")
    L.append("Kopia: Tomas Berg <tomas.berg@bjorkfalla.se>")
    L.append("Ämne: SV: Påminnelse – uppföljning internkontroll helår 2025")
    L.append("")
    L.append("Hej!")
    L.append("")
    L.append("Här kommer kultur- och fritidsnämndens uppföljning av internkontrollplanen för helåret 2025. "
             "Hann inte fylla i mallen, hoppas det går bra så här istället. Ärendet går upp på KFN 28/1.")
    L.append("")
    L.append("Det här har vi gjort:")
    for km, txt, st, av in done:
        L.append("• %s – %s" % (km, txt))
    L.append("")
    L.append("Delvis / pågår:")
    for km, txt, st, av in partly:
        L.append("• %s – %s" % (km, txt))
    L.append("")
    L.append("Inte gjort:")
    for km, txt, st, av in notdone:
        L.append("• %s – %s" % (km, txt))
    L.append("")
    L.append("Säg till om ni behöver något mer, jag är på plats hela veckan utom fredag.")
    L.append("")
    L.append("Hälsningar")
    L.append("Annika")
    L.append("")
    L.append("Annika Sjöberg")
    L.append("Verksamhetscontroller")
    L.append("Kultur- och fritidsförvaltningen")
    L.append("Björkfalla kommun")
    L.append("Tfn 0471-38 212")
    L.append("")
    L.append("-----Ursprungligt meddelande-----")
    L.append("Från: Ekonomienheten <ekonomienheten@bjorkfalla.se>")
    L.append("Skickat: den 8 januari 2026 13:02")
    L.append("Till: Nämndsekreterare; Controllers")
    L.append("Ämne: Påminnelse – uppföljning internkontroll helår 2025")
    L.append("")
    L.append("Hej alla!")
    L.append("")
    L.append("En påminnelse om att helårsuppföljningen av nämndernas internkontrollplaner ska vara ekonomienheten "
             "tillhanda senast fredag 16 januari. Använd gärna mallen på intranätet. Uppföljningen ska visa för varje "
             "kontrollmoment om det är genomfört, delvis genomfört eller inte genomfört och om avvikelser har hittats.")
    L.append("")
    L.append("Vänliga hälsningar")
    L.append("Ekonomienheten")
    with open(os.path.join(OUT, fil), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))
    for km, txt, st, av in done + partly + notdone:
        exp(fil, n, km, st, av)


# ---------------------------------------------------------------------------
# File 2: memo .docx with headings (Socialnämnden)
# ---------------------------------------------------------------------------
def file_sn_docx():
    fil = "PM uppföljning internkontroll SN helår 2025.docx"
    n = "Socialnämnden"
    groups = [
        ("Genomförda kontroller", [
            ("Ekonomiskt bistånd – stickprov på 25 utbetalningar mot beslut",
             "Kontrollen genomfördes i november. I två akter hade utbetalning skett innan beslutet var signerat i "
             "verksamhetssystemet; beloppen var dock korrekta. Rutinen har förtydligats på APT.", "GENOMFORD", "ja"),
            ("LSS-beslut – ej verkställda beslut rapporteras till IVO",
             "Genomförd kvartalsvis. Samtliga fyra ej verkställda beslut har rapporterats till IVO inom rätt tid.",
             "GENOMFORD", "nej"),
            ("Delegationsbeslut anmäls till nämnden",
             "Stickprov av 30 beslut från IFO och LSS-handläggningen. Samtliga var anmälda. Ingen anmärkning.",
             "GENOMFORD", "nej"),
            ("Loggkontroll av åtkomst till personakter",
             "Genomförd i maj och november. Vid höstens kontroll hade en medarbetare öppnat en akt utan "
             "tjänsteärende. Händelsen har hanterats av HR och anmälts till dataskyddsombudet.", "GENOMFORD", "ja"),
        ]),
        ("Delvis genomförda kontroller", [
            ("Placeringar HVB och familjehem – avtal finns och fakturor stämmer mot avtal",
             "Avtalsgranskningen är klar; fakturakontrollen återstår och slutförs i februari 2026. Två placeringar "
             "saknade underskrivet avtal, vilket nu är åtgärdat.", "DELVIS", "ja"),
            ("Återsökning av statlig ersättning från Migrationsverket",
             "Rutinen är uppdaterad men ansökningarna för tredje kvartalet har ännu inte skickats in. Arbetet pågår.",
             "DELVIS", "nej"),
        ]),
        ("Ej genomförda", [
            ("Förhandsbedömning av orosanmälningar inom 14 dagar",
             "Kontrollen har inte genomförts på grund av vakanser på mottagningsenheten under hösten. "
             "Kontrollmomentet föreslås flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", "nej"),
            ("Bisysslor hos handläggare inom myndighetsutövning",
             "Kontrollen var inte påbörjad vid delårsuppföljningen. Tillägg 2026-01-20: enkäten till samtliga "
             "handläggare genomfördes i december och sammanställdes i januari. Inga otillåtna bisysslor "
             "framkom.", "GENOMFORD", "nej"),
            ("Personuppgiftsincidenter anmäls till dataskyddsombudet",
             "Utgår. Nämnden beslutade 2025-06-11 § 54 att kontrollen i stället ingår i kommunstyrelsens "
             "kommungemensamma granskning av dataskydd.", "UTGAR", "nej"),
        ]),
    ]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    hdr = d.sections[0].header
    hp = hdr.paragraphs[0]
    hp.text = "Björkfalla kommun\tSocialförvaltningen\t2026-01-22"
    p = d.add_paragraph()
    r = p.add_run("PM")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Till: Socialnämnden\nFrån: Maria Håkansson, kvalitetsstrateg\nDnr: SN 2025/118")
    d.add_heading("Uppföljning av socialnämndens internkontrollplan 2025 – helårsrapport", level=1)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 29 januari 2025 (§ 9). Planen innehåller nio "
        "kontrollmoment. Delårsuppföljningen redovisades för nämnden den 24 september 2025 (§ 88). I denna PM "
        "redovisas utfallet för helåret, det vill säga läget per den 31 december 2025. Kontrollerna är grupperade "
        "efter hur långt de har kommit.")
    for head, items in groups:
        d.add_heading(head, level=2)
        for km, txt, s, av in items:
            para = d.add_paragraph(style="List Bullet")
            rr = para.add_run(km)
            rr.bold = True
            para.add_run(". " + txt)
            exp(fil, n, km, s, av)
    d.add_heading("Sammanfattning och bedömning", level=2)
    d.add_paragraph(
        "Av nio kontrollmoment är fyra genomförda, två delvis genomförda och tre ej genomförda. Förvaltningen "
        "bedömer att den interna kontrollen i huvudsak har varit tillräcklig men att bemanningen på "
        "mottagningsenheten behöver stärkas. De avvikelser som upptäckts har åtgärdats eller har en plan för "
        "åtgärd.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplanen 2025 och överlämnar den till "
                    "kommunstyrelsen.")
    d.add_paragraph("")
    d.add_paragraph("Maria Håkansson\nKvalitetsstrateg")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 3: quick Excel sheet without title rows (Barn- och utbildningsnämnden)
# File 4: its Excel lock file (AVVISAD)
# ---------------------------------------------------------------------------
GREEN = "FF92D050"
YELLOW = "FFFFFF00"
RED = "FFFF0000"
GREY = "FFD9D9D9"


def file_bun_xlsx():
    fil = "BUN_IK_helår2025.xlsx"
    n = "Barn- och utbildningsnämnden"
    rows = [
        # kontrollmoment, ansvarig, status text, fill, kommentar, expected status, avvikelse
        ("Attest av leverantörsfakturor – stickprov 15 fakturor", "Controller BUF", "Klar", GREEN,
         "Inga avvikelser", "GENOMFORD", "nej"),
        ("Skolskjuts – fakturerade turer stämmer mot beställning", "Skolskjutssamordnare", None, GREEN,
         "3 turer fakturerade dubbelt i mars, kreditering erhållen", "GENOMFORD", "ja"),
        ("Barnomsorgsavgifter – inkomstuppgifter kontrolleras mot Skatteverket", "Handläggare barnomsorg",
         "delvis", YELLOW, "ca hälften av hushållen kontrollerade, resten i feb", "DELVIS", "nej"),
        ("Kränkande behandling – anmälan till huvudman inom rätt tid", "Rektorer", "Grön", None,
         None, "GENOMFORD", "nej"),
        ("Elevdatorer – inventering av utlämnade datorer", "IT-pedagog", None, RED,
         "Ej gjort pga byte av elevregister", "EJ_GENOMFORD", "nej"),
        ("Behörigheter i elevregistret – avslutade användare tas bort", "Systemförvaltare", "?", None,
         None, "OKLAR", "nej"),
        ("Representation – stickprov på förvaltningsledningens kostnader", "Förvaltningschef", None, None,
         "Kontrollerat 12/11, ett underlag saknade deltagarlista, kompletterat", "GENOMFORD", "ja"),
        ("Statsbidrag – återrapportering till Skolverket i rätt tid", "Controller BUF", "pågår", YELLOW,
         None, "DELVIS", "nej"),
        ("Ogiltig frånvaro – rutin för anmälan till huvudman följs", "Elevhälsochef", "Ej aktuell", GREY,
         "Ingick i Skolinspektionens tillsyn i stället", "UTGAR", "nej"),
        ("Timlöner vikarier – stickprov mot schema", "Löneadministratör / rektorer", "Ej klar", RED,
         "Påbörjas feb 2026", "EJ_GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.append(["Kontrollmoment", "Ansvarig", "Status", "Kommentar"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for km, ans, s, fill, kom, es, av in rows:
        ws.append([km, ans, s, kom])
        r = ws.max_row
        if fill:
            ws.cell(r, 3).fill = PatternFill("solid", start_color=fill, end_color=fill)
        exp(fil, n, km, es, av)
    ws.append([])
    ws.append(["OBS kolla rad 7 med Mats innan det skickas till nämnden!!"])
    ws.cell(ws.max_row, 1).font = Font(color="FFFF0000", italic=True)
    ws.column_dimensions["A"].width = 62
    ws.column_dimensions["B"].width = 28
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 60
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = "A1:D%d" % (1 + len(rows))
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))

    # Excel owner/lock file left behind on the share
    lock = "~$" + fil
    name = "Lisa Holmén"
    b = bytes([len(name)]) + name.encode("cp1252")
    b = b.ljust(54, b" ")
    b += struct.pack("<H", len(name)) + name.encode("utf-16-le")
    b = b.ljust(165, b" ")
    with open(os.path.join(OUT, lock), "wb") as f:
        f.write(b)
    FILES.append((lock, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# File 5: LibreOffice Calc .ods with legend on a separate sheet (Vård- och omsorgsnämnden)
# ---------------------------------------------------------------------------
def file_von_ods():
    fil = "VON internkontroll 2025 uppföljning.ods"
    n = "Vård- och omsorgsnämnden"
    rows = [
        # nr, process, kontrollmoment, metod, T1, Delår, Helår, kommentar, expected, avv
        ("1", "Avgifter", "Avgiftsbeslut hemtjänst stämmer mot beviljade timmar",
         "Stickprov 20 brukare per tertial", "G", "G", "G", "", "GENOMFORD", "nej"),
        ("2", "Hälso- och sjukvård", "Läkemedelshantering – signeringslistor är kompletta",
         "Genomgång av signeringslistor på två boenden", "", "P", "GA",
         "Ofullständiga signeringar på Solbacken i oktober, åtgärdsplan upprättad", "GENOMFORD", "ja"),
        ("3", "Hälso- och sjukvård", "Delegering av HSL-uppgifter – giltiga delegeringar finns",
         "Kontroll mot delegeringsregister", "G", "", "E",
         "Höstens kontroll ställdes in pga influensautbrott", "EJ_GENOMFORD", "nej"),
        ("4", "Ekonomi", "Fakturor från LOV-utförare stämmer mot registrerad tid",
         "Jämförelse faktura mot tidsregistrering", "", "P", "", "", "SAKNAS", "nej"),
        ("5", "Personal", "Bisysslor – anställda har anmält bisysslor",
         "Enkät till chefer", "", "", "U",
         "Ingår i KS kommungemensamma kontroll 2025", "UTGAR", "nej"),
        ("6", "Säkerhet", "Digitala nyckellås i hemtjänsten – loggkontroll",
         "Loggutdrag en månad per grupp", "P", "P", "G", "Inga obehöriga öppningar", "GENOMFORD", "nej"),
        ("7", "Kvalitet", "Lex Sarah-rapporter utreds och anmäls inom rätt tid",
         "Genomgång av samtliga rapporter", "G", "G", "X", "Två rapporter under hösten.", "OKLAR", "nej"),
        ("8", "Personal", "Timanställda – rätt timlön och OB-ersättning",
         "Stickprov 15 lönespecifikationer", "", "E", "P",
         "Stickprov påbörjat i december", "DELVIS", "nej"),
        ("9", "Inköp", "Förbrukningsmaterial köps via upphandlat avtal (avtalstrohet)",
         "Stickprov 20 inköp", "", "G", "GA", "3 av 20 inköp utanför avtal", "GENOMFORD", "ja"),
        ("10", "Kvalitet", "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Stickprov 10 ärenden per område", "", "", "E",
         "Ej genomförd, flyttas till IK-plan 2026", "EJ_GENOMFORD", "nej"),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#BDD7EE", border="0.5pt solid #000000",
                                        wrapoption="wrap"))
    doc.automaticstyles.addElement(head)
    cellb = Style(name="cellb", family="table-cell")
    cellb.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
    doc.automaticstyles.addElement(cellb)
    widths = ["1.0cm", "3.5cm", "7.5cm", "5.5cm", "1.6cm", "1.6cm", "1.6cm", "7.5cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    def cell(val, style=None, span=None):
        kw = {"valuetype": "string"}
        if style is not None:
            kw["stylename"] = style
        if span:
            kw["numbercolumnsspanned"] = span
        tc = TableCell(**kw)
        if val is not None and val != "":
            tc.addElement(P(text=str(val)))
        return tc

    t = Table(name="Uppföljning 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        t.addElement(tr)

    row([cell("Vård- och omsorgsnämnden – internkontrollplan 2025", title, span=8)])
    row([cell("Uppföljning T1, delår (31/8) och helår (31/12). Statuskoder, se fliken Teckenförklaring.", None, span=8)])
    row([cell("")])
    row([cell(h, head) for h in ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "T1", "Delår",
                                 "Helår", "Kommentar helår"]])
    for nr, proc, km, met, t1, dl, ha, kom, es, av in rows:
        row([cell(nr, cellb), cell(proc, cellb), cell(km, cellb), cell(met, cellb), cell(t1, cellb),
             cell(dl, cellb), cell(ha, cellb), cell(kom, cellb)])
        exp(fil, n, km, es, av)
    row([cell("")])
    row([cell(""), cell("Antal genomförda helår", bold), cell("4"), cell("")])
    row([cell(""), cell("Sammanställt av", bold), cell("Karin Nord, kvalitetsutvecklare, 2026-01-15")])
    doc.spreadsheet.addElement(t)

    t2 = Table(name="Teckenförklaring")
    c0 = Style(name="lc0", family="table-column")
    c0.addElement(TableColumnProperties(columnwidth="2cm"))
    doc.automaticstyles.addElement(c0)
    c1 = Style(name="lc1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="10cm"))
    doc.automaticstyles.addElement(c1)
    t2.addElement(TableColumn(stylename=c0))
    t2.addElement(TableColumn(stylename=c1))
    legend = [("Kod", "Betydelse"),
              ("G", "Genomförd, inga avvikelser"),
              ("GA", "Genomförd, avvikelse noterad (se kommentar)"),
              ("P", "Påbörjad / pågår"),
              ("E", "Ej genomförd"),
              ("U", "Utgår (beslut om att kontrollen inte ska göras)"),
              ("", ""),
              ("", "Tom ruta i T1/Delår = kontrollen var inte planerad till den perioden."),
              ("", "Helår ska fyllas i för samtliga kontrollmoment.")]
    for i, (a, b) in enumerate(legend):
        tr = TableRow()
        st = head if i == 0 else None
        tr.addElement(cell(a, st))
        tr.addElement(cell(b, st))
        t2.addElement(tr)
    doc.spreadsheet.addElement(t2)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 6: .xlsm with hidden column "Status 2024" (Samhällsbyggnadsnämnden)
# ---------------------------------------------------------------------------
def file_sbn_xlsm():
    fil = "SBN Uppföljning IKP 2025.xlsm"
    n = "Samhällsbyggnadsnämnden"
    blocks = [
        ("Ekonomi", [
            ("1.1", "Attesträtt stämmer mot beslutad attestförteckning", "Stickprov 20 verifikationer",
             "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
            ("1.2", "Leverantörsfakturor – momsavdrag är korrekt", "Stickprov 25 fakturor",
             "Delvis genomförd", "Genomförd", "Ja",
             "Felaktigt momsavdrag på 2 fakturor (entreprenad), rättat i oktober", "GENOMFORD", "ja"),
            ("1.3", "Investeringsprojekt slutredovisas inom sex månader", "Genomgång av avslutade projekt",
             "Ej genomförd", "", "", "", "SAKNAS", "nej"),
        ]),
        ("Mark och exploatering", [
            ("2.1", "Markupplåtelser – avtal finns och avgift debiteras", "Genomgång av upplåtelseregistret",
             "Genomförd", "Delvis genomförd", "Nej",
             "Hälften av avtalen genomgångna, resten Q1 2026", "DELVIS", "nej"),
            ("2.2", "VA-anslutningsavgift debiteras vid ny anslutning", "Avstämning bygglov mot fakturering",
             "Genomförd", "Ej genomförd", "", "Resursbrist på VA-ekonomi under hösten", "EJ_GENOMFORD", "nej"),
        ]),
        ("Upphandling", [
            ("3.1", "Avtalstrohet vid köp av entreprenadtjänster", "Leverantörsreskontra mot avtalsdatabas",
             "Delvis genomförd", "Genomförd", "Ja",
             "2 direktupphandlingar över gränsen utan dokumentation", "GENOMFORD", "ja"),
        ]),
        ("IT och dataskydd", [
            ("4.1", "Behörigheter i GIS-systemet – avslutade användare", "Utdrag behörighetslista",
             "Genomförd", "Utgår", "", "Systemet avvecklat i juni 2025, ersatt av kommungemensamt GIS",
             "UTGAR", "nej"),
            ("4.2", "Personuppgiftsincidenter rapporteras inom 72 timmar", "Genomgång incidentlogg",
             "", "", "Nej", "Kontroll genomförd i december, inga incidenter missade.", "GENOMFORD", "nej"),
        ]),
        ("Arbetsmiljö", [
            ("5.1", "Skyddsronder genomförs på depåerna", "Protokoll skyddsrond",
             "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    thin = Side(style="thin", color="FF808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Uppföljning internkontrollplan 2025 – helår (per 2025-12-31)"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Upprättad av: Jonas Ek, controller     Datum: 2026-01-19"
    ws.merge_cells("A3:H3")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Status 2024", "Status 2025",
           "Avvikelse (Ja/Nej)", "Kommentar"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", start_color="FF1F4E78", end_color="FF1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    first = hr + 1
    for proc, items in blocks:
        ws.append([proc])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
        for nr, km, met, s24, s25, avv, kom, es, ea in items:
            ws.append([nr, proc, km, met, s24 or None, s25 or None, avv or None, kom or None])
            r = ws.max_row
            for c in ws[r]:
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, n, km, es, ea)
    last = ws.max_row
    ws.append([])
    ws.append(["", "", "Statusvärden väljs i listan. Kolumn E (föregående år) är dold."])
    ws.cell(ws.max_row, 3).font = Font(italic=True, color="FF808080")
    # list sheet for validation
    ls = wb.create_sheet("Listor")
    for i, v in enumerate(["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"], start=1):
        ls.cell(i, 1, v)
    ls.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F%d:F%d" % (first, last))
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add("G%d:G%d" % (first, last))
    for col, w in zip("ABCDEFGH", [6, 20, 48, 32, 16, 18, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["E"].hidden = True
    ws.freeze_panes = ws.cell(first, 1)
    bio = io.BytesIO()
    wb.save(bio)
    # make it a genuine macro-enabled workbook package
    src = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(os.path.join(OUT, fil), "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            z.writestr(item, data)
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 7: CSV export from governance system, two nämnder, two periods per control
# ---------------------------------------------------------------------------
def file_export_csv():
    fil = "Stratsys_export_internkontroll_2026-01-21.csv"
    ks = "Kommunstyrelsen"
    mbn = "Miljö- och byggnadsnämnden"
    # enhet, process, kontrollmoment, delår status, delår kommentar, helår status, helår kommentar, exp, avv
    data = [
        ("Kommunstyrelsen", ks, "Ekonomi", "Avstämning av balanskonton vid bokslut",
         "Påbörjad", "Delårsbokslutets konton avstämda", "Genomförd", "Samtliga konton avstämda vid årsbokslut",
         "GENOMFORD", "nej"),
        ("Kommunstyrelsen", ks, "Ekonomi", "Leverantörsregister – ändrade bankuppgifter verifieras",
         "Genomförd med avvikelse", "Ett försök till fakturabedrägeri stoppades i maj",
         "Genomförd med avvikelse", "Ytterligare ett försök i oktober, stoppat. Rutin för återuppringning infördes.",
         "GENOMFORD", "ja"),
        ("Kommunstyrelsen", ks, "HR", "Löneutbetalningar – stickprov mot anställningsavtal",
         "Ej påbörjad", "", "Genomförd", "30 stickprov, inga fel", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", ks, "IT", "IT-behörigheter – avslutade anställda borttagna i AD",
         "Genomförd", "Vårens körning klar", "Påbörjad", "Höstens körning pågår, klar i februari",
         "DELVIS", "nej"),
        ("Kommunstyrelsen", ks, "HR", "Bisysslor – kommungemensam enkät till chefer",
         "Ej påbörjad", "", "Ej genomförd", "Enkäten skjuts till 2026", "EJ_GENOMFORD", "nej"),
        ("Kommunstyrelsen", ks, "Kansli", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Genomförd", "", "", "Genomförd i november utan anmärkning", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", ks, "Kansli", "Dataskydd – registerförteckning enligt GDPR uppdaterad",
         "Ej påbörjad", "", "Utgår", "Utgår enligt KS beslut 2025-10-07 § 142, ersätts av ny DPO-granskning 2026",
         "UTGAR", "nej"),
        ("Miljö- och byggnadsnämnden", mbn, "Myndighetsutövning", "Tillsynsavgifter debiteras enligt taxa",
         "Genomförd", "", "Genomförd med avvikelse", "Två livsmedelsanläggningar hade inte debiterats, fakturerat i december",
         "GENOMFORD", "ja"),
        ("Miljö- och byggnadsnämnden", mbn, "Myndighetsutövning", "Bygglov – beslut inom lagstadgad handläggningstid",
         "Påbörjad", "", "Genomförd", "96 % inom tid, återstående hade giltigt förlängningsbeslut",
         "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", mbn, "Nämndadministration", "Delegationsbeslut anmäls till nämnden",
         "Genomförd", "", "Genomförd", "", "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", mbn, "Nämndadministration", "Jäv – handläggare har anmält jäv i ärenden",
         "Ej påbörjad", "", "Ej påbörjad", "", "EJ_GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", mbn, "Arkiv", "Avslutade ärenden arkiveras i e-arkivet",
         "Påbörjad", "", "Se bilaga", "", "OKLAR", "nej"),
    ]
    header = ["Enhet", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Ansvarig",
              "Senast ändrad"]
    resp = {"Kommunstyrelsen": "Ekonomichef", "Miljö- och byggnadsnämnden": "Miljö- och byggchef"}
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for enh, reg, proc, km, ds, dk, hs, hk, es, av in data:
        plan = "Internkontrollplan 2025 – %s" % enh
        w.writerow([enh, plan, proc, km, "Delår 2025", ds, dk, resp[enh], "2025-09-12"])
        w.writerow([enh, plan, proc, km, "Helår 2025", hs, hk, resp[enh], "2026-01-20" if (hs or hk) else ""])
        exp(fil, reg, km, es, av)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(out.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", ks, "2025", "HELAR"))
    FILES.append((fil, "INLAST", mbn, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 8: forwarded e-mail saved as .docx with nested bullets (Tekniska nämnden)
# ---------------------------------------------------------------------------
def file_tn_docx():
    fil = "SV IK helår - tekniska.docx"
    n = "Tekniska nämnden"
    groups = [
        ("Måltidsverksamheten", [
            ("Livsmedelsinköp enligt avtal (avtalstrohet)", "OK, 94 % avtalstrohet på helåret.", "GENOMFORD", "nej"),
            ("Egenkontroll enligt HACCP i köken",
             "OK på 11 av 12 kök, Skogsgläntans förskolekök saknade temperaturloggning i maj – åtgärdat.",
             "GENOMFORD", "ja"),
        ]),
        ("Fastighet", [
            ("Felanmälningar åtgärdas inom utlovad tid",
             "inte gjord, vi bytte felanmälningssystem i september och har ingen statistik.", "EJ_GENOMFORD", "nej"),
            ("Energideklarationer är giltiga för alla verksamhetslokaler", "klar", "GENOMFORD", "nej"),
            ("Nycklar och passerkort – kvittenser finns",
             "halvvägs, skolorna är klara men förskolorna återstår.", "DELVIS", "nej"),
        ]),
        ("Lokalvård", [
            ("Kemikalieförteckning uppdaterad", "klar", "GENOMFORD", "nej"),
            ("Timrapportering timanställda lokalvårdare", "??? Bo kollar", "OKLAR", "nej"),
        ]),
        ("Fordon", [
            ("Körjournaler för tjänstebilar – stickprov",
             "gjordes i våras (inga fel), ingen ny kontroll i höst då planen bara krävde en per år.",
             "GENOMFORD", "nej"),
        ]),
    ]
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for line in ["Från: Per Lindqvist <per.lindqvist@bjorkfalla.se>",
                 "Skickat: den 13 januari 2026 16:55",
                 "Till: Ekonomienheten <ekonomienheten@bjorkfalla.se>",
                 "Ämne: SV: IK helår"]:
        p = d.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph("")
    d.add_paragraph("Hej,")
    d.add_paragraph("här kommer status på tekniska nämndens kontrollmoment för 2025 (helår). Kort då det är "
                    "bokslutsstress, hör av er om något är oklart.")
    for proc, items in groups:
        d.add_paragraph(proc, style="List Bullet")
        for km, txt, s, av in items:
            d.add_paragraph("%s – %s" % (km, txt), style="List Bullet 2")
            exp(fil, n, km, s, av)
    d.add_paragraph("")
    d.add_paragraph("Mvh Per")
    d.add_paragraph("Per Lindqvist\nEkonom, Tekniska förvaltningen\nBjörkfalla kommun")
    d.add_paragraph("")
    d.add_paragraph("Från: Ekonomienheten\nSkickat: den 8 januari 2026 13:02\nÄmne: IK helår")
    d.add_paragraph("Hej! Helårsuppföljningen av internkontrollplanerna ska vara inne senast 16 januari. "
                    "Ange för varje kontrollmoment om det är genomfört och om ni hittat avvikelser.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))


def write_meta():
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in r[2]
            f.write(";".join(r) + "\n")


def main():
    write_register()
    file_kfn_txt()
    file_sn_docx()
    file_bun_xlsx()
    file_von_ods()
    file_sbn_xlsm()
    file_export_csv()
    file_tn_docx()
    write_meta()
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
