#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r620 - Lövånger-Norrå kommunalförbund, helår 2025.
Builds all follow-up files + namnder.csv, files.csv, expected.csv in this folder."""
import csv
import datetime
import os

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
import xlwt
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def path(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------- register
NAMNDER = [
    ("Förbundsstyrelsen", "Förbundet|Kommunalförbundet|Lövånger-Norrå kommunalförbund|LNKF|Förbundskansliet"),
    ("Gemensamma överförmyndarnämnden", "ÖFN|Överförmyndarnämnden|Överförmyndarenheten|Överförmyndare Lövånger-Norrå"),
    ("Gemensam lönenämnd", "Lönenämnden|Gemensamma lönenämnden|Lönecenter|GLN"),
    ("Gemensamma räddningsnämnden", "Räddningsnämnden|Räddningstjänsten Lövånger-Norrå|RTN|Räddningstjänsten"),
    ("Gemensamma IT-nämnden", "IT-nämnden|IT-förvaltningen|Gemensam IT-nämnd|IT-enheten"),
    ("Gemensamma miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsnämnden|Miljökontoret|Miljö- och hälsoskyddsförvaltningen"),
    ("Gemensam upphandlingsnämnd", "UHN|Upphandlingsnämnden|Upphandlingsenheten|Gemensamma upphandlingsnämnden"),
    ("Gemensam kostnämnd", "Kostnämnden|Måltidsservice|Kostenheten|Gemensamma kostnämnden"),
    ("Gemensamma nämnden för familjerätt", "Familjerätten|Familjerättsnämnden|FRN"),
    ("Gemensamma hjälpmedelsnämnden", "Hjälpmedelsnämnden|Hjälpmedelscentralen|HMN"),
]

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ================================================================ A: ÖFN xlsx, sheet per kommun
def file_a():
    fil = "ÖFN uppföljning IK helår 2025 Lövånger Norrå.xlsx"
    N = "Gemensamma överförmyndarnämnden"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Anvisning"
    rows = [
        ["Gemensamma överförmyndarnämnden i Lövånger och Norrå"],
        ["Uppföljning av internkontrollplan – helår 2025"],
        [],
        ["Värdkommun: Lövånger kommun. Nämnden är gemensam för Lövånger kommun och Norrå kommun."],
        ["Kontrollerna redovisas per kommun på var sin flik. Kontrollmomenten tillhör den gemensamma nämnden."],
        [],
        ["Statusförklaring (kolumn F på kommunflikarna)"],
        ["OK", "Kontrollen genomförd utan anmärkning"],
        ["Ej OK", "Kontrollen genomförd – avvikelse konstaterad (beskriv i kommentarsfältet)"],
        ["Delvis", "Kontrollen delvis genomförd eller pågår"],
        ["Utgår", "Kontrollen har utgått genom beslut i nämnden"],
        [],
        ["Rapporten lämnas till förbundskansliet senast 2026-01-20."],
    ]
    for r in rows:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(bold=True, size=12)
    ws["A7"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 70

    header = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Metod", "Status", "Kommentar/iakttagelser"]
    sheets = {
        "Lövånger kommun": [
            ("Ärendehantering", "Granskning av årsräkningar för 2024 – stickprov 10 % av ärendena i Lövånger",
             "Handläggare ÖFN", "Stickprov", "OK", "21 akter granskade, inga avvikelser.", "GENOMFORD", "nej"),
            ("Ärendehantering", "Kontroll att förteckningar inkommit inom två månader från förordnande",
             "Handläggare ÖFN", "Genomgång i Wärna", "Ej OK",
             "3 av 14 förteckningar inkom för sent. Påminnelserutinen har skärpts.", "GENOMFORD", "ja"),
            ("Arvoden", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
             "Enhetschef", "Stickprov 20 arvoden", "Ej OK",
             "Två arvoden beräknade med fel timtaxa,\nrättade i januari 2026.", "GENOMFORD", "ja"),
            ("Tillsyn", "Kontroll av belastningsregister och skuldsaneringsregister för nya ställföreträdare",
             "Handläggare ÖFN", "Registerutdrag", "OK", "", "GENOMFORD", "nej"),
            ("Informationssäkerhet", "Behörigheter i verksamhetssystemet Wärna stäms av mot personalförteckning",
             "Systemförvaltare", "Avstämning", "Delvis",
             "Avstämning gjord för handläggare, ännu inte för extern konsult.", "DELVIS", "nej"),
            ("Ekonomi", "Uttag från omyndigas spärrade konton sker med överförmyndarens samtycke",
             "Enhetschef", "Stickprov", "Utgår",
             "Utgår enligt beslut ÖFN 2025-05-14 § 32, kontrolleras i Norrå för båda kommunerna.", "UTGAR", ""),
        ],
        "Norrå kommun": [
            ("Ärendehantering", "Granskning av årsräkningar för 2024 – stickprov 10 % av ärendena i Norrå",
             "Handläggare ÖFN", "Stickprov", "OK", "17 akter granskade utan anmärkning.", "GENOMFORD", "nej"),
            ("Ekonomi", "Samtycke till uttag från spärrat konto dokumenteras i akten",
             "Enhetschef", "Stickprov 12 samtycken", "Ej OK",
             "1 av 12 samtycken saknade dokumentation i akten.", "GENOMFORD", "ja"),
            ("Ärendehantering", "Uppföljning av ärenden där årsräkning inte inkommit efter påminnelse",
             "Handläggare ÖFN", "Bevakningslista", "Delvis",
             "9 av 15 ärenden följda. Resterande följs upp under första kvartalet 2026.", "DELVIS", "nej"),
            ("Rekrytering", "Utbildning för nya gode män genomförs minst två gånger per år",
             "Enhetschef", "Kallelser och deltagarlistor", "OK",
             "Utbildningar 2025-03-20 och 2025-10-09.", "GENOMFORD", "nej"),
            ("Ärendehantering", "Beslut om entlediganden expedieras inom 14 dagar",
             "Handläggare ÖFN", "Stickprov", "",
             "Ej genomförd p.g.a. vakans under hösten.", "EJ_GENOMFORD", ""),
        ],
    }
    for sname, ctrls in sheets.items():
        s = wb.create_sheet(sname)
        s["A1"] = "Internkontroll 2025 – Gemensamma överförmyndarnämnden"
        s["A1"].font = Font(bold=True, size=13)
        s["A2"] = "Kommun: " + sname
        s["A3"] = "Uppföljningsperiod: Helår (januari–december) 2025"
        for c, h in enumerate(header, 1):
            cell = s.cell(row=5, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E78")
            cell.border = BORDER
        r = 6
        for i, (proc, km, ansv, metod, st, kom, es, ea) in enumerate(ctrls, 1):
            vals = [i, proc, km, ansv, metod, st, kom]
            for c, v in enumerate(vals, 1):
                cell = s.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, N, km, es, ea)
            r += 1
        r += 1
        s.cell(row=r, column=1, value="Se fliken Anvisning för förklaring av status.").font = Font(italic=True)
        s.cell(row=r + 1, column=1, value="Uppgiftslämnare: Maria Holmgren, enhetschef överförmyndarenheten")
        for col, w in zip("ABCDEFG", [5, 18, 55, 18, 22, 9, 50]):
            s.column_dimensions[col].width = w
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ B: Lönenämnd docx signed by förbundschef
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


def new_doc():
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Förbundskansliet"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def file_b():
    fil = "Gemensam lönenämnd - uppföljning internkontrollplan 2025.docx"
    N = "Gemensam lönenämnd"
    d = new_doc()
    d.add_paragraph("Lövånger-Norrå kommunalförbund").runs[0].bold = True
    d.add_paragraph("Dnr LNKF 2026/014")
    d.add_heading("Uppföljning av internkontrollplan 2025 – Gemensam lönenämnd", level=1)
    d.add_paragraph("Period: helår 2025")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Gemensam lönenämnd ansvarar för lönehanteringen åt Lövånger kommun och Norrå kommun samt för "
        "kommunalförbundets egen personal. Nämnden antog i februari 2025 en internkontrollplan med åtta "
        "kontrollmoment. Av dessa har fyra genomförts, varav ett med anmärkning. Ett moment är delvis genomfört, "
        "ett har utgått och ett har inte genomförts. För kontrollen av reseräkningar hänvisas till bilaga 2. "
        "Redovisningen nedan följer nämndens plan.")
    d.add_heading("Redovisning per kontrollmoment", level=2)
    rows = [
        ("G", "Löneutbetalning"),
        ("C", "Löneutbetalningar sker endast till anställda med giltig anställning i HR-systemet",
         "Matchning utbetalningsfil mot anställningsregister i oktober",
         "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("C", "Attest av lönelistor per månad enligt attestordningen",
         "Genomgång av attestlogg för samtliga månader",
         "I två fall (Norrå, mars och juli) attesterade ersättare utan giltig delegation. Delegationsförteckningen har uppdaterats.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("C", "Manuella löneutbetalningar och förskott – stickprov om 20 transaktioner",
         "Stickprov, kontroll mot underlag och beslut",
         "20 transaktioner kontrollerade, samtliga hade korrekt underlag.", "Genomförd", "GENOMFORD", "nej"),
        ("G", "Personalregister och behörigheter"),
        ("C", "Ändringar av bankkontonummer verifieras mot underlag från den anställde",
         "Stickprov 15 ändringar",
         "Ny rutin infördes i maj. Stickprov har hittills endast gjorts för Lövånger kommuns anställda.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("C", "Behörigheter i lönesystemet avslutas vid avslutad anställning",
         "Jämförelse behörighetslista – avslutade anställningar",
         "Skjuts till 2026 på grund av byte av lönesystem.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("G", "Rapportering och bokslut"),
        ("C", "Arbetsgivardeklarationer lämnas i rätt tid för båda kommunerna",
         "Kontroll av kvittenser från Skatteverket",
         "Samtliga 24 deklarationer (12 per kommun) lämnade i tid.", "Genomförd", "GENOMFORD", "nej"),
        ("C", "Semesterlöneskuld per 31/12 stäms av mot huvudbok",
         "Avstämning",
         "Kontrollen har flyttats till förbundets bokslutsrutiner enligt beslut 2025-06-12 § 18.",
         "Utgår", "UTGAR", ""),
        ("C", "Reseräkningar och traktamenten följer resepolicyn",
         "Stickprov 25 reseräkningar",
         "Se bilaga 2.", "", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollmoment", "Genomförande", "Resultat", "Bedömning"], 0):
        pass
    hdr = ["Process/kontrollmoment", "Så har kontrollen gjorts", "Resultat och åtgärder", "Bedömning", "Ansvarig"]
    for c, h in enumerate(hdr):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for r in rows:
        cells = t.add_row().cells
        if r[0] == "G":
            m = cells[0].merge(cells[4])
            set_cell(m, r[1], bold=True)
            continue
        _, km, metod, res, bed, es, ea = r
        set_cell(cells[0], km)
        set_cell(cells[1], metod)
        set_cell(cells[2], res)
        set_cell(cells[3], bed)
        set_cell(cells[4], "Lönechef")
        exp(fil, N, km, es, ea)
    d.add_paragraph()
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Gemensam lönenämnd godkänner uppföljningen av internkontrollplan 2025 och överlämnar den "
                    "till kommunstyrelserna i Lövånger kommun och Norrå kommun för kännedom.")
    d.add_paragraph()
    d.add_paragraph("Norrå 2026-01-28")
    d.add_paragraph()
    d.add_paragraph("Karin Öberg")
    d.add_paragraph("Förbundschef, Lövånger-Norrå kommunalförbund")
    d.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ C: Stratsys CSV export, two organisations
def file_c():
    fil = "Stratsys_IK_export_2025_helar.csv"
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status T2", "Kommentar T2", "Status Helår", "Kommentar Helår"]
    blocks = [
        ("Förbundet", "Förbundsstyrelsen", [
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
             "Genomförd", "Stickprov 20 fakturor.", "Genomförd", "Stickprov 40 fakturor, inga fel.", "GENOMFORD", "nej"),
            ("Ekonomi", "Fördelning av gemensamma kostnader mellan medlemskommunerna enligt förbundsordningen", "Ekonomichef",
             "Pågående", "", "Genomförd med avvikelse",
             "Fördelningsnyckeln för IT-kostnader var felaktig jan–mars. Justerat i decemberbokslutet.", "GENOMFORD", "ja"),
            ("Upphandling", "Inköp sker från upphandlade leverantörer (avtalstrohet)", "Upphandlingschef",
             "Pågående", "", "Pågående", "Analys av 2025 års inköp blir klar i februari 2026.", "DELVIS", ""),
            ("Styrning", "Delegationsbeslut anmäls till förbundsstyrelsen", "Förbundssekreterare",
             "Genomförd", "Samtliga beslut anmälda t.o.m. augusti utan anmärkning.", "", "", "GENOMFORD", "nej"),
            ("Personal", "Registerkontroll vid anställning inom räddningstjänst och överförmyndarverksamhet", "HR-chef",
             "Ej påbörjad", "", "Ej påbörjad", "Prioriteras 2026.", "EJ_GENOMFORD", ""),
            ("Dataskydd", "Förteckning över personuppgiftsbehandlingar är uppdaterad", "Dataskyddsombud",
             "Ej aktuell", "Ingår i IT-nämndens plan.", "Ej aktuell", "", "UTGAR", ""),
            ("Ekonomi", "Representation och förtroendekänsliga poster följer riktlinjerna", "Ekonomichef",
             "Genomförd", "Inga avvikelser t.o.m. augusti.", "",
             "Ny genomgång i december visade två fakturor för representation utan deltagarförteckning.", "GENOMFORD", "ja"),
        ]),
        ("Gemensam kostnämnd", "Gemensam kostnämnd", [
            ("Livsmedelssäkerhet", "Egenkontroll enligt HACCP i samtliga tillagningskök", "Kostchef",
             "Genomförd", "", "Genomförd", "12 av 12 kök kontrollerade.", "GENOMFORD", "nej"),
            ("Livsmedelssäkerhet", "Specialkost levereras enligt beställning och medicinskt intyg", "Kostchef",
             "Genomförd", "", "Genomförd med avvikelse",
             "Två felleveranser till förskola i Norrå, avvikelserapporterade och åtgärdade.", "GENOMFORD", "ja"),
            ("Ekonomi", "Livsmedelsinköp följer avtal (avtalstrohet minst 90 %)", "Kostekonom",
             "", "", "Ej påbörjad", "Statistik från grossisten har inte levererats.", "EJ_GENOMFORD", ""),
            ("Ekonomi", "Fakturering av måltider till medlemskommunerna stäms av månadsvis", "Kostekonom",
             "Genomförd", "Jan–aug avstämt.", "Pågående", "Avstämning november–december pågår.", "DELVIS", ""),
            ("Miljö", "Matsvinn mäts och rapporteras per kök", "Kostchef",
             "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    lines = []
    lines.append(["Rapport: Intern kontroll – uppföljning av kontrollmoment"])
    lines.append(["Utskriven: 2026-01-20 09:14 av lena.sundin"])
    lines.append(["Period: 2025 Helår"])
    lines.append([])
    for org, N, ctrls in blocks:
        lines.append(["Organisation: " + org])
        lines.append(hdr)
        for (omr, km, ansv, s2, k2, sh, kh, es, ea) in ctrls:
            lines.append([omr, km, ansv, s2, k2, sh, kh])
            exp(fil, N, km, es, ea)
        lines.append(["Antal kontrollmoment: %d" % len(ctrls)])
        lines.append([])
        FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    with open(path(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)


# ================================================================ D: Räddningsnämnden .xls (xlwt) T1/T2/T3
def file_d():
    fil = "Räddningsnämnden IKP 2025.xls"
    N = "Gemensamma räddningsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    bold = xlwt.easyxf("font: bold on, height 280")
    b2 = xlwt.easyxf("font: bold on")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cellst = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Internkontrollplan 2025 med uppföljning", bold)
    ws.write(1, 0, "Gemensamma räddningsnämnden för Lövånger och Norrå kommuner", b2)
    ws.write(2, 0, "Uppföljning per tertial. T3 avser helår (tertial 3 = september–december).")
    ws.write(3, 0, "Status: Klar / Pågår / Ej startad / Utgår. Lämna tomt om kontrollen inte ska göras under tertialen.")
    cols = ["Nr", "Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Ansvarig", "Frekvens",
            "T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(cols):
        ws.write(5, c, h, hdr)
    ws.write_merge(4, 4, 7, 9, "Uppföljning 2025", hdr)
    ctrls = [
        ("Tillsyn", "Planerad tillsyn uteblir", 12, "Tillsyn enligt LSO genomförs enligt tillsynsplanen",
         "Stf räddningschef", "Tertialvis", "Pågår", "Pågår", "Klar", "120 av 120 planerade tillsyner genomförda.", "GENOMFORD", "nej"),
        ("Ekonomi", "Intäktsbortfall", 6, "Fakturering av onödiga automatlarm sker enligt taxa",
         "Administratör", "Tertialvis", "Klar", "Klar", "Klar", "", "GENOMFORD", "nej"),
        ("Personal", "Personal utan behörighet vid insats", 16,
         "Kontroll av att deltidsbrandmän har giltigt körkort (C) och godkänd hälsoundersökning",
         "Räddningschef", "1 ggr/år", "Ej startad", "Pågår", "Pågår",
         "Hälsoundersökning kvarstår för 6 personer vid station Norrå.", "DELVIS", ""),
        ("Materiel", "Fel på utrustning vid insats", 12,
         "Besiktning av andningsskydd och räddningsfordon enligt plan",
         "Materielansvarig", "1 ggr/år", "Klar", "", "", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Otillåten användning av tankkort", 9, "Attest av fakturor för drivmedel och tankkort",
         "Administratör", "Tertialvis", "Klar", "Klar", "Klar",
         "Ett tankkort saknade registrerad förare; kortet spärrat och nytt utfärdat.", "GENOMFORD", "ja"),
        ("Sotning", "Brister i brandskyddskontroll", 8,
         "Uppföljning av sotningsentreprenörens brandskyddskontroller",
         "Brandingenjör", "1 ggr/år", "Ej startad", "Ej startad", "",
         "Genomförd i december, inga anmärkningar.", "GENOMFORD", "nej"),
        ("Insats", "Bristande dokumentation", 6,
         "Räddningsinsatser dokumenteras i insatsrapport inom 48 timmar",
         "Styrkeledare", "Tertialvis", "Utgår", "", "",
         "Utgår – ersatt av automatisk kontroll i nytt ledningssystem.", "UTGAR", ""),
        ("Informationshantering", "Röjande av sekretessuppgifter", 8,
         "Handlingar från olycksutredningar hanteras enligt sekretessrutin",
         "Brandingenjör", "1 ggr/år", "", "", "", "", "SAKNAS", ""),
    ]
    r = 6
    for i, (proc, risk, rv, km, ansv, frek, t1, t2, t3, kom, es, ea) in enumerate(ctrls, 1):
        for c, v in enumerate([i, proc, risk, rv, km, ansv, frek, t1, t2, t3, kom]):
            ws.write(r, c, v, cellst)
        exp(fil, N, km, es, ea)
        r += 1
    ws.write(r + 1, 0, "Fastställd av räddningsnämnden 2025-02-06 § 7. Uppföljning T3 sammanställd 2026-01-15 av Jonas Lidström, räddningschef.")
    for c, w in enumerate([4, 16, 24, 10, 45, 16, 11, 10, 10, 10, 45]):
        ws.col(c).width = w * 256
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ E: MHN .odt text only
def file_e():
    fil = "MHN helårsrapport intern kontroll 2025.odt"
    N = "Gemensamma miljö- och hälsoskyddsnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    bst = Style(name="B", family="text")
    bst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bst)

    def para(text, boldlead=None):
        p = P()
        if boldlead:
            p.addElement(Span(stylename=bst, text=boldlead))
        p.addText(text)
        doc.text.addElement(p)

    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Gemensamma miljö- och hälsoskyddsnämnden Lövånger och Norrå"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Uppföljning av intern kontroll 2025 – helårsrapport"))
    para("Miljö- och hälsoskyddsnämnden är gemensam för Lövånger kommun och Norrå kommun och organiseras inom "
         "Lövånger-Norrå kommunalförbund. Nämnden fastställde internkontrollplanen för 2025 den 13 februari 2025 "
         "(§ 9). Planen omfattar sex kontrollmoment. Nedan redovisas resultatet för helåret.")
    para("Sammantaget bedömer förvaltningen att den interna kontrollen har varit tillräcklig, men att "
         "rutinerna för jäv och avgiftsdebitering behöver stärkas under 2026.")
    ctrls = [
        ("Avgiftsdebitering",
         "Debitering av timavgift sker enligt fastställd taxa för samtliga avslutade tillsynsärenden",
         "Stickprov på 25 avslutade ärenden (13 Lövånger, 12 Norrå). I två ärenden hade föregående års timavgift "
         "använts. Felen är rättade och nya fakturor skickade.",
         "Genomförd – avvikelse konstaterad.", "GENOMFORD", "ja"),
        ("Handläggningstider",
         "Handläggningstid för ansökan om enskilt avlopp understiger sex veckor",
         "Uppföljningen har gjorts för ärenden i Lövånger (median 4,5 veckor). Ärenden i Norrå har ännu inte "
         "kunnat tas ut ur systemet efter migreringen.",
         "Delvis genomförd.", "DELVIS", ""),
        ("Diarieföring",
         "Inkomna klagomål diarieförs inom en arbetsdag",
         "Samtliga 64 klagomål under året var diarieförda inom en arbetsdag.",
         "Genomförd utan avvikelse.", "GENOMFORD", "nej"),
        ("Jäv",
         "Kontroll att inspektörer inte handlägger ärenden där de kan vara jäviga",
         "Kontrollen har inte genomförts under 2025 och flyttas till internkontrollplanen 2026.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("Livsmedelskontroll",
         "Offentlig livsmedelskontroll följer kontrollplanen till antal och inriktning",
         "330 av 330 planerade kontroller är utförda.",
         "Genomförd.", "GENOMFORD", "nej"),
        ("Sanktionsavgifter",
         "Miljösanktionsavgifter beslutas enligt miljöbalken och följs upp till betalning",
         "Se bilaga 3.",
         None, "OKLAR", ""),
    ]
    for i, (rubrik, km, res, bed, es, ea) in enumerate(ctrls, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text="%d. %s" % (i, rubrik)))
        para(km, boldlead="Kontrollmoment: ")
        para(res, boldlead="Resultat: ")
        if bed:
            para(bed, boldlead="Bedömning: ")
        exp(fil, N, km, es, ea)
    para("")
    para("Lövånger 2026-01-22")
    para("Karin Öberg, förbundschef")
    para("Erik Nyström, miljöchef")
    doc.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ F: IT-nämnden xlsx, colour-only status
def file_f():
    fil = "IT-nämnden internkontroll 2025.xlsx"
    N = "Gemensamma IT-nämnden"
    GREEN, ORANGE, YELLOW, RED, GREY = "00B050", "FFC000", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Gemensamma IT-nämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning: helår 2025 (rapporteras till nämnden 2026-02-05)"
    ws["A3"] = "Lövånger kommun och Norrå kommun"
    # legend at the right
    ws["K1"] = "Teckenförklaring status"
    ws["K1"].font = Font(bold=True)
    leg = [(GREEN, "Genomförd utan avvikelse"), (ORANGE, "Genomförd med avvikelse"),
           (YELLOW, "Delvis genomförd / pågår"), (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (col, txt) in enumerate(leg):
        ws.cell(row=2 + i, column=11).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=2 + i, column=12, value=txt)
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Ansvarig",
           "Metod", "Status", "Kommentar"]
    hr = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("Informationssäkerhet", [
            ("Behörigheter", "Obehörig åtkomst till system", 3, 4,
             "Behörighetsgenomgång i AD för båda kommunernas användare", "IT-säkerhetssamordnare", "Systemuttag",
             GREEN, "Genomförd i oktober utan anmärkning.", None, "GENOMFORD", "nej"),
            ("Loggning", "Otillåten åtkomst till journaler upptäcks inte", 3, 4,
             "Loggning av åtkomst till journalsystem följs upp månadsvis", "Systemförvaltare", "Logganalys",
             YELLOW, "Logguppföljning sker för Lövånger, Norrå ansluts 2026.", None, "DELVIS", ""),
            ("Kontinuitet", "Data går förlorad", 2, 4,
             "Test av återläsning av säkerhetskopior", "Driftchef", "Test",
             RED, "Testmiljö saknas, test ej utfört.", None, "EJ_GENOMFORD", ""),
            ("Incidenter", "Sen rapportering av personuppgiftsincident", 2, 3,
             "Personuppgiftsincidenter rapporteras till IMY inom 72 timmar", "Dataskyddsombud", "Genomgång av incidentlogg",
             GREEN, "En incident under året, rapporterad inom tidsgränsen.", None, "GENOMFORD", "nej"),
        ]),
        ("Drift och leverantörer", [
            ("Avtal", "Leverantören levererar inte enligt avtal", 2, 3,
             "Avtal med driftsleverantör följs upp kvartalsvis", "IT-chef", "Uppföljningsmöten",
             GREEN, None, None, "GENOMFORD", "nej"),
            ("Drift", "Sårbarheter utnyttjas", 3, 3,
             "Patchning av servrar sker enligt fastställd rutin", "Driftchef", "Rapport från patchverktyg",
             YELLOW, "Pågår", None, "DELVIS", ""),
        ]),
        ("Ekonomi", [
            ("Kostnadsfördelning", "Felaktig fördelning mellan kommunerna", 2, 2,
             "Licenskostnader fördelas mellan kommunerna enligt samverkansavtal", "Controller", "Avstämning",
             GREY, "Utgår, hanteras i förbundsstyrelsens plan.", None, "UTGAR", ""),
            ("Inköp", "Inköp utanför avtal", 3, 2,
             "Inköp av IT-utrustning görs via upphandlat ramavtal", "IT-chef", "Stickprov 30 inköp",
             ORANGE, "2 av 30 inköp gjorda utanför avtal, återkopplat till beställande enhet.", None, "GENOMFORD", "ja"),
            ("Attest", "Felaktiga utbetalningar", 2, 3,
             "Fakturor från IT-leverantörer attesteras av behörig attestant", "Controller", "Stickprov",
             None, None, None, "SAKNAS", ""),
        ]),
    ]
    r = hr + 1
    n = 0
    for gname, ctrls in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for (proc, risk, s, k, km, ansv, metod, fill, kom, _x, es, ea) in ctrls:
            vals = [proc, risk, s, k, s * k, km, ansv, metod, None, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            if fill:
                ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=fill)
            exp(fil, N, km, es, ea)
            n += 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: %d" % n).font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Sammanställt av Johan Berglund, IT-chef, 2026-01-19")
    for col, w in zip("ABCDEFGHIJKL", [16, 30, 11, 11, 9, 50, 20, 22, 9, 45, 4, 26]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "8:8"
    ws.oddHeader.center.text = "Gemensamma IT-nämnden"
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ G: UHN docx, nämnd only in page header, codes
def file_g():
    fil = "IK T3 2025 UHN.docx"
    N = "Gemensam upphandlingsnämnd"
    d = new_doc()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Gemensam upphandlingsnämnd för Lövånger och Norrå kommuner\tLövånger-Norrå kommunalförbund"
    d.add_heading("Uppföljning internkontroll – tertial 3 2025", level=1)
    d.add_paragraph("Rapporten avser tertial 3 (september–december) och utgör därmed helårsuppföljningen av "
                    "internkontrollplanen 2025. Tidigare tertialrapporter har lämnats i maj och september.")
    p = d.add_paragraph()
    p.add_run("Statuskoder: ").bold = True
    p.add_run("G = genomförd, D = delvis genomförd, E = ej genomförd, U = utgår.")
    ctrls = [
        ("Direktupphandlingar över 100 000 kr dokumenteras enligt LOU 19 kap. 30 §",
         "Stickprov 15 direktupphandlingar", "G", "15 av 15 dokumenterade.", "GENOMFORD", "nej"),
        ("Avtalsdatabasen är uppdaterad med samtliga gällande avtal för båda kommunerna",
         "Jämförelse avtalsdatabas – leverantörsreskontra", "D",
         "Norrås avtal är inlagda. Inläggning av Lövångers avtal pågår.", "DELVIS", ""),
        ("Jävsdeklarationer upprättas av samtliga deltagare i utvärderingsgrupper",
         "Genomgång av upphandlingsakter", "G",
         "I upphandlingen av skolskjuts saknades en jävsdeklaration. Kompletterad i efterhand.", "GENOMFORD", "ja"),
        ("Kontroll av leverantörens skatter och avgifter vid avtalstecknande",
         "Stickprov", "E", "Ej genomförd under tertialen på grund av hög arbetsbelastning.", "EJ_GENOMFORD", ""),
        ("Uppföljning av avtalsvillkor i ramavtal för livsmedel",
         "Leverantörsmöte och stickprov", "U",
         "Utgår enligt nämndbeslut 2025-09-18 § 41 (ansvaret övertaget av kostnämnden).", "UTGAR", ""),
        ("Annonsering av upphandlingar sker i registrerad annonsdatabas",
         "Kontroll i annonsdatabasen", "G", "", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["Nr", "Kontrollmoment", "Kontrollmetod", "Status T3", "Iakttagelser/åtgärder"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for i, (km, metod, st, kom, es, ea) in enumerate(ctrls, 1):
        cells = t.add_row().cells
        set_cell(cells[0], str(i))
        set_cell(cells[1], km)
        set_cell(cells[2], metod)
        set_cell(cells[3], st)
        set_cell(cells[4], kom)
        exp(fil, N, km, es, ea)
    d.add_paragraph()
    d.add_paragraph("Lövånger 2026-01-21")
    d.add_paragraph("Karin Öberg\nFörbundschef")
    d.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ H: covering letter -> reject
def file_h():
    fil = "Följebrev internkontroll 2025.docx"
    d = new_doc()
    d.add_paragraph("Lövånger-Norrå kommunalförbund").runs[0].bold = True
    d.add_paragraph("Förbundskansliet\nBox 14, 915 91 Lövånger")
    d.add_paragraph("2026-01-29")
    d.add_paragraph("Till\nKommunstyrelsen i Lövånger kommun\nKommunstyrelsen i Norrå kommun")
    d.add_heading("Överlämnande av uppföljning av intern kontroll 2025", level=2)
    d.add_paragraph(
        "Härmed översänds kommunalförbundets och de gemensamma nämndernas uppföljningar av internkontrollplanerna "
        "för helåret 2025. Uppföljningarna har behandlats i respektive nämnd under januari och februari 2026.")
    d.add_paragraph("Bifogade handlingar:")
    for x in ["Förbundsstyrelsen och Gemensam kostnämnd – export från Stratsys",
              "Gemensamma överförmyndarnämnden – uppföljning per kommun",
              "Gemensam lönenämnd – uppföljning internkontrollplan 2025",
              "Gemensamma räddningsnämnden – internkontrollplan med uppföljning",
              "Gemensamma miljö- och hälsoskyddsnämnden – helårsrapport",
              "Gemensamma IT-nämnden – internkontrollplan med uppföljning",
              "Gemensam upphandlingsnämnd – uppföljning tertial 3"]:
        d.add_paragraph(x, style="List Bullet")
    d.add_paragraph(
        "Gemensamma nämnden för familjerätt och Gemensamma hjälpmedelsnämnden har beviljats anstånd och "
        "återkommer med sina uppföljningar i mars 2026.")
    d.add_paragraph("Frågor besvaras av förbundets ekonomichef Lena Sundin, tfn 0913-123 45.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Karin Öberg\nFörbundschef")
    d.save(path(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(path("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(path("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(path("expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2] and "\n" not in row[2], row
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    file_a()
    file_b()
    file_c()
    file_d()
    file_e()
    file_f()
    file_g()
    file_h()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))
