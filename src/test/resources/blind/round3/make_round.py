#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 3: a January inbox of internkontroll follow-ups from Tallby kommun, run year 2025.

Rebuild with:  /usr/bin/python3 make_round.py   (needs openpyxl, python-docx, LibreOffice `soffice`)
Writes the follow-up files plus namnder.csv, files.csv and expected.csv into this folder.
"""
import csv, io, os, shutil, subprocess, tempfile, zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.formatting.rule import IconSetRule, CellIsRule
from openpyxl.utils import get_column_letter

import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Tallby kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen|AMF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Räddningsnämnden", "RN|Räddningstjänsten|Räddningstjänsten Tallby"),
    ("Servicenämnden", "SeN|Serviceförvaltningen|Kommungemensam service"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def exp(fil, namnd, km, status, avv):
    km = " ".join(km.split()).replace(";", ",")
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "SAKNAS", "OKLAR", "UTGAR"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo_round3_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", fmt, "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HFILL = PatternFill("solid", fgColor="1F4E78")
HFONT = Font(bold=True, color="FFFFFF")


# ---------------------------------------------------------------------------
# F1: governance-system export, four förvaltningar, comma-separated, quoted, UTF-8 BOM
# ---------------------------------------------------------------------------
def f1():
    fil = "Styrsystemet export internkontroll helår 2025.csv"
    N = {"KLK": "Kommunstyrelsen", "BUF": "Barn- och utbildningsnämnden",
         "KoF": "Kultur- och fritidsnämnden", "TF": "Tekniska nämnden"}
    rows = [
        # forv, id, process, risk, kontrollmoment, frekvens, ansvarig, status, kommentar, exp_status, avv
        ("KLK", "KLK-01", "Ekonomi – attest", "Fakturor betalas utan korrekt attest",
         "Kontroll att leverantörsfakturor attesteras enligt attestordning", "Kvartalsvis", "Redovisningschef",
         "Genomförd", "Stickprov 40 fakturor, 2 saknade beslutsattest.\nBeslutsattestanter påminda, fakturorna attesterade i efterhand.",
         "GENOMFORD", "ja"),
        ("KLK", "KLK-02", "Delegation", "Beslut fattas utan stöd i delegationsordningen",
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Halvår", "Kanslichef",
         "Genomförd", "Samtliga delegationsbeslut anmälda. Inga avvikelser.", "GENOMFORD", "nej"),
        ("KLK", "KLK-03", "Upphandling", "Otillåtna direktupphandlingar",
         "Uppföljning av att direktupphandlingar över 100 tkr dokumenteras", "Årligen", "Upphandlingschef",
         "Pågående", "Genomgång av kvartal 1–3 klar, kvartal 4 återstår (klart februari 2026).", "DELVIS", "nej"),
        ("KLK", "KLK-04", "IT och behörigheter", "Obehörig åtkomst till ekonomisystemet",
         "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning", "Halvår", "Systemförvaltare ekonomi",
         "Genomförd med avvikelse", "5 konton för avslutade anställningar var fortfarande aktiva. Kontona stängdes i november.",
         "GENOMFORD", "ja"),
        ("KLK", "KLK-05", "Ekonomi – förtroendekänsliga poster", "Representation i strid med riktlinjer",
         "Kontroll av representation och förtroendekänsliga poster", "Årligen", "Ekonomichef",
         "Ej påbörjad", "Hanns inte med på grund av vakans på ekonomienheten. Flyttas till IKP 2026.",
         "EJ_GENOMFORD", "nej"),
        ("BUF", "BUF-01", "Personal", "Olämplig person anställs i verksamhet med barn",
         "Kontroll att registerutdrag begärs vid nyanställning i förskola och skola", "Halvår", "HR-specialist",
         "Genomförd", "Stickprov 25 nyanställningar, samtliga hade uppvisat registerutdrag.", "GENOMFORD", "nej"),
        ("BUF", "BUF-02", "Kränkande behandling", "Kränkningar utreds inte skyndsamt",
         "Kontroll av att kränkningsanmälningar utreds inom 14 dagar", "Termin", "Kvalitetsstrateg",
         "Genomförd", "62 % av anmälningarna utreddes inom 14 dagar, målet är 100 %.\nRutinen ses över och rektorerna har fått en påminnelse.",
         "GENOMFORD", "ja"),
        ("BUF", "BUF-03", "Närvaro", "Elevfrånvaro upptäcks för sent",
         "Uppföljning av elevfrånvaro och rutin för anmälan till huvudman", "Termin", "Verksamhetschef grundskola",
         "Pågående", "Nytt frånvarosystem införs, kontrollen slutförs under vt 2026.", "DELVIS", "nej"),
        ("BUF", "BUF-04", "Skolskjuts", "Skolskjuts beviljas i strid med riktlinjen",
         "Kontroll av skolskjutsbeslut mot gällande riktlinje", "Årligen", "Skolskjutshandläggare",
         "Ej aktuell", "Utgår enligt nämndbeslut BUN 2025-04-22 § 38, ansvaret är överfört till tekniska nämnden.",
         "UTGAR", "nej"),
        ("BUF", "BUF-05", "Avgifter", "Felaktiga barnomsorgsavgifter",
         "Kontroll av debitering av barnomsorgsavgift (maxtaxa)", "Årligen", "Avgiftshandläggare",
         "", "Inkomstkontroll mot Skatteverkets uppgifter genomförd i oktober. 14 hushåll hade för låg avgift, efterdebitering pågår.",
         "GENOMFORD", "ja"),
        ("KoF", "KoF-01", "Kontanthantering", "Stöld eller förlust av kontanter",
         "Kontroll av kontanthantering i simhall och bibliotek", "Kvartalsvis", "Enhetschef bad",
         "Genomförd", "Kassadifferens på 1 200 kr i simhallen i juni, utredd. Rutinen för dagskassa förtydligad.",
         "GENOMFORD", "ja"),
        ("KoF", "KoF-02", "Bidrag", "Föreningsbidrag betalas ut felaktigt",
         "Kontroll att föreningsbidrag betalas ut enligt beslut och bidragsregler", "Årligen", "Föreningskonsulent",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("KoF", "KoF-03", "Lokaler", "Inaktuella hyresavtal",
         "Uppföljning av att hyresavtal för föreningslokaler är aktuella", "Årligen", "Fritidschef",
         "Avbruten", "Kontrollen avbröts efter beslut i nämnden (KFN 2025-05-14 § 41) då lokalerna förs över till tekniska nämnden.",
         "UTGAR", "nej"),
        ("KoF", "KoF-04", "Inventarier", "Inventarier försvinner",
         "Kontroll av inventarieförteckning på fritidsgårdar", "Årligen", "Enhetschef fritidsgårdar",
         "Ej påbörjad", "", "EJ_GENOMFORD", "nej"),
        ("KoF", "KoF-05", "Lön", "Felaktiga utbetalningar till timanställda",
         "Kontroll av lönetillägg och timanställdas tidrapporter", "Halvår", "Administrativ chef",
         "Genomförd", "Ej genomförd – byte av lönesystem under hösten. Skjuts till T1 2026.", "EJ_GENOMFORD", "nej"),
        ("TF", "TF-01", "Entreprenader", "Fakturering över avtalade priser",
         "Kontroll av att entreprenörers fakturor stämmer mot avtal (á-priser)", "Halvår", "Controller",
         "Genomförd", "Stickprov 15 fakturor. En entreprenör använde felaktig á-prislista, kreditering 38 tkr erhållen.",
         "GENOMFORD", "ja"),
        ("TF", "TF-02", "Fordon", "Privat användning av kommunens fordon",
         "Kontroll av fordonsinnehav och körjournaler", "Årligen", "Fordonssamordnare",
         "Pågående", "Körjournaler kontrollerade för 30 av 52 fordon.", "DELVIS", "nej"),
        ("TF", "TF-03", "VA", "Otjänligt dricksvatten",
         "Kontroll av att egenkontroll av dricksvatten utförs enligt kontrollprogram", "Månadsvis", "VA-chef",
         "Genomförd", "Samtliga prover tagna enligt program. Ett prov i Norrby med anmärkning (koliforma bakterier), åtgärdat med spolning och omprov.",
         "GENOMFORD", "ja"),
        ("TF", "TF-04", "Säkerhet", "Obehöriga får tillträde till lokaler",
         "Kontroll av nyckel- och passerkortshantering", "Årligen", "Säkerhetssamordnare",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("TF", "TF-05", "Gata", "Vinterväghållning utförs inte enligt avtal",
         "Kontroll av att vinterväghållning utförs enligt upphandlade krav", "Löpande", "Gatuchef",
         "Pågående", "Säsongen pågår, kontroll görs löpande t.o.m. mars 2026. Hittills inga avvikelser.",
         "DELVIS", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Förvaltning", "Id", "Process", "Risk", "Kontrollmoment", "Frekvens", "Ansvarig",
                "Rapportperiod", "Status", "Kommentar", "Senast ändrad"])
    dates = ["2026-01-08", "2026-01-09", "2026-01-12", "2025-12-19", "2026-01-13"]
    for i, r in enumerate(rows):
        forv, id_, proc, risk, km, frek, ansv, st, kom, es, avv = r
        w.writerow([forv, id_, proc, risk, km, frek, ansv, "Helår 2025", st, kom, dates[i % 5]])
        exp(fil, N[forv], km, es, avv)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())
    for k in ["KLK", "BUF", "KoF", "TF"]:
        FILES.append((fil, "INLAST", N[k], "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2: Socialnämnden, file name carries export date 2026, content says Helår 2025;
#     status as numbers 1-3 with icon-set traffic lights; instruction sheet; signature
# ---------------------------------------------------------------------------
def f2():
    fil = "IK-uppföljning Socialnämnden export 2026-01-14.xlsx"
    nm = "Socialnämnden"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        ("Instruktion för uppföljning av internkontrollplan", True),
        ("", False),
        ("1. Fyll i fliken Uppföljning för varje kontrollaktivitet i nämndens plan.", False),
        ("2. Ange status med en siffra i kolumnen Status enligt nedan. Symbolen visas automatiskt.", False),
        ("      1 = Genomförd", False),
        ("      2 = Delvis genomförd / pågår", False),
        ("      3 = Ej genomförd", False),
        ("3. Beskriv resultatet och eventuella brister i kolumnen Resultat/kommentar.", False),
        ("4. Om kontrollen har fått brister ska åtgärd anges i kolumnen Åtgärd.", False),
        ("5. Filen skickas till kommunledningskontoret senast 16 januari.", False),
        ("", False),
        ("Frågor: controller Maria Lindqvist, ankn. 4412", False),
    ]
    for i, (t, b) in enumerate(lines, 1):
        c = ins.cell(row=i, column=1, value=t)
        c.font = Font(bold=b, size=14 if b else 11)
    ins.column_dimensions["A"].width = 95

    ws = wb.create_sheet("Uppföljning")
    ws.oddHeader.left.text = "Socialnämnden"
    ws.oddHeader.right.text = "Internkontroll &D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Uppföljning av internkontrollplan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: Helår 2025"
    ws["A4"] = "Rapportdatum: 2026-01-14"
    hdr = ["Nr", "Process", "Risk", "Kontrollaktivitet", "Metod/omfattning", "Ansvarig", "Status",
           "Resultat/kommentar", "Åtgärd"]
    HR = 6
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=j, value=h)
        c.fill = HFILL; c.font = HFONT; c.border = BOX; c.alignment = WRAP
    data = [
        ("Område: Myndighetsutövning",),
        ("1.1", "Barn och unga", "Orosanmälningar bedöms inte i tid",
         "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar", "Stickprov 30 anmälningar per halvår",
         "Enhetschef mottagning", 1, "28 av 30 inom 14 dagar, 2 överskred med 3 resp. 6 dagar.",
         "Veckovis bevakningslista införd.", "GENOMFORD", "ja"),
        ("1.2", "Barn och unga", "Utredningar överskrider lagstadgad tid",
         "Kontroll att utredning barn och unga avslutas inom fyra månader", "Uttag ur verksamhetssystemet per tertial",
         "Enhetschef utredning", 2, "Uttag gjort för T1 och T2 (81 % inom tid). Helårsuttaget är inte klart p.g.a. systemuppgradering.",
         "Helår redovisas i februari.", "DELVIS", "ja"),
        ("1.3", "Ekonomiskt bistånd", "Beslut fattas utan delegation",
         "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordning", "Stickprov 20 beslut",
         "Enhetschef försörjningsstöd", 1, "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("1.4", "Ekonomiskt bistånd", "Kommunen går miste om statlig ersättning",
         "Kontroll av återsökning av statlig ersättning från Migrationsverket", "Avstämning mot ansökningslogg",
         "Ekonom", 3, "Ej genomförd på grund av personalbrist.", "Läggs in i IKP 2026.", "EJ_GENOMFORD", "nej"),
        ("Område: Ekonomi",),
        ("2.1", "Utbetalningar", "Dubbelutbetalningar",
         "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut (dubbelutbetalningar)", "Månatlig rapport",
         "Ekonom", 1, "Två dubbelutbetalningar upptäckta (totalt 8 400 kr). Återkrav beslutat.", "Spärr i systemet begärd.",
         "GENOMFORD", "ja"),
        ("2.2", "Placeringar", "Fakturor från HVB följer inte avtal",
         "Kontroll av fakturor från HVB- och familjehemsplaceringar mot avtal", "Stickprov 15 fakturor",
         "Placeringssamordnare", "Se bilaga", "", "", "OKLAR", "nej"),
        ("2.3", "Uppdragstagare", "Felaktiga arvoden",
         "Kontroll av arvoden och omkostnader till kontaktpersoner", "Stickprov 20 uppdrag",
         "Administratör", 2, "Kontrollen påbörjad i november, ej slutförd.", "", "DELVIS", "nej"),
        ("Område: Informationssäkerhet",),
        ("3.1", "Dokumentation", "Otillåten åtkomst till personakter",
         "Loggkontroll av åtkomst till personakter i verksamhetssystemet", "Slumpvis loggkontroll 4 ggr/år",
         "Systemförvaltare", 1, "Ett fall av otillåten åtkomst upptäckt, hanterat av HR och anmält till IMY.",
         "Information på APT om loggning.", "GENOMFORD", "ja"),
        ("3.2", "Kommunikation", "Sekretessuppgifter röjs via e-post",
         "Kontroll att sekretessmarkerade handlingar skickas via säker e-post", "Stickprov",
         "Informationssäkerhetssamordnare", "Ej aktuell", "Ersatt av kommunövergripande kontroll i kommunstyrelsens plan.",
         "", "UTGAR", "nej"),
        ("3.3", "Behörigheter", "För vida behörigheter",
         "Kontroll av behörigheter i Treserva vid byte av tjänst", "Genomgång av behörighetslista",
         "Systemförvaltare", 1, "Genomgång i september. 12 inaktuella behörigheter togs bort.", "", "GENOMFORD", "ja"),
        ("Område: Personal",),
        ("4.1", "Rekrytering", "Olämplig person anställs",
         "Kontroll att registerutdrag uppvisas vid anställning inom LSS och barn-HVB", "Samtliga nyanställningar",
         "HR-partner", 1, "Samtliga 18 nyanställda kontrollerade, inga avvikelser.", "", "GENOMFORD", "nej"),
    ]
    r = HR + 1
    first = r
    for d in data:
        if len(d) == 1:
            ws.cell(row=r, column=1, value=d[0]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            vals = d[:9]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX; c.alignment = WRAP
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, nm, d[3], d[9], d[10])
        r += 1
    last = r - 1
    ws.conditional_formatting.add(f"G{first}:G{last}",
                                  IconSetRule("3TrafficLights1", "num", [0, 2, 3], showValue=None, reverse=True))
    r += 1
    ws.cell(row=r, column=6, value="Antal genomförda")
    ws.cell(row=r, column=7, value=f"=COUNTIF(G{first}:G{last},1)")
    ws.cell(row=r + 1, column=6, value="Antal delvis")
    ws.cell(row=r + 1, column=7, value=f"=COUNTIF(G{first}:G{last},2)")
    ws.cell(row=r + 2, column=6, value="Antal ej genomförda")
    ws.cell(row=r + 2, column=7, value=f"=COUNTIF(G{first}:G{last},3)")
    r += 5
    ws.cell(row=r, column=2, value="Uppföljningen är fastställd av förvaltningschef")
    ws.cell(row=r + 2, column=2, value="Tallby 2026-01-14")
    ws.cell(row=r + 4, column=2, value="……………………………………………")
    ws.cell(row=r + 5, column=2, value="Karin Holm, socialchef")
    widths = [6, 16, 26, 42, 26, 20, 9, 48, 28]
    for j, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    ws.freeze_panes = f"A{HR + 1}"
    ws.print_title_rows = f"{HR}:{HR}"
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3: Vård- och omsorgsnämnden, Kommentar T1 | Kommentar T2 | Helår + fill-only status column
# ---------------------------------------------------------------------------
def f3():
    fil = "Uppföljning internkontrollplan VON 2025.xlsx"
    nm = "Vård- och omsorgsnämnden"
    G = PatternFill("solid", fgColor="00B050"); Y = PatternFill("solid", fgColor="FFC000")
    R = PatternFill("solid", fgColor="FF0000"); GR = PatternFill("solid", fgColor="BFBFBF")
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Vård- och omsorgsnämnden"; ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Kommentarer per uppföljningstillfälle. Status markeras med färg i sista kolumnen."
    hdr = ["Nr", "Område", "Kontrollmoment", "Metod", "Ansvarig", "Kommentar T1", "Kommentar T2", "Helår", "Status"]
    HR = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = BOX; c.alignment = WRAP
    data = [
        ("Hemtjänst", [
            (1, "Kontroll att genomförandeplaner upprättas inom 14 dagar från beslut (hemtjänst)", "Stickprov 20 ärenden",
             "Enhetschefer hemtjänst", "Stickprov planerat till maj.", "Stickprov 20 ärenden, 15 inom tid.",
             "Nytt stickprov i november: 18 av 20 inom tid. Förbättring men ännu inte fullt ut.", G, "GENOMFORD", "ja"),
            (2, "Kontroll av att hemtjänsttimmar fakturerade av privata utförare stämmer med TES-registrering",
             "Avstämning per utförare", "Beställarenheten", "–", "Påbörjad.",
             "Genomförd. Differens 112 timmar hos en utförare, kreditering erhållen.", G, "GENOMFORD", "ja"),
            (3, "Kontroll att larmkvittenser på trygghetslarm åtgärdas inom 30 min", "Larmstatistik",
             "Larmsamordnare", "Genomförd jan–mars, 97 % inom tid (mål 90 %).", "Genomförd apr–aug, 95 % inom tid (mål 90 %).",
             "Se kommentar T2", G, "GENOMFORD", "nej"),
        ]),
        ("Särskilt boende", [
            (4, "Kontroll av läkemedelshantering – signeringslistor på särskilda boenden", "Granskning av signeringslistor",
             "MAS", "Genomförd på Björkgården, inga avvikelser.",
             "Genomförd på Ekhagen och Solgläntan. 11 osignerade doser på Ekhagen, åtgärdsplan upprättad. Lindhemmet återstår.",
             "", Y, "DELVIS", "ja"),
            (5, "Kontroll av fallriskbedömningar i Senior alert", "Uttag ur Senior alert", "MAS", "Ej påbörjad.",
             "Ej påbörjad.", "Utgår – ersätts av nationell kvalitetsuppföljning enligt beslut VON 2025-09-17 § 77.", GR,
             "UTGAR", "nej"),
            (6, "Kontroll av att nattfasta inte överstiger 11 timmar", "Mätning en vecka per enhet",
             "Dietist", "", "Mätning gjord på 2 enheter.",
             "Mätning gjord på samtliga 8 enheter. 3 enheter har nattfasta över 11 timmar, handlingsplan tas fram.", G,
             "GENOMFORD", "ja"),
            (7, "Kontroll av privata medel som förvaltas för brukare (kassabok)", "Stickprov kassaböcker",
             "Enhetschefer SÄBO", "", "", "", None, "SAKNAS", "nej"),
        ]),
        ("Ekonomi och avgifter", [
            (8, "Kontroll av att brukares avgifter beräknas korrekt (förbehållsbelopp)", "Stickprov 25 avgiftsbeslut",
             "Avgiftshandläggare", "", "Genomförd i juni. Inga fel.", "", G, "GENOMFORD", "nej"),
            (9, "Kontroll av bemanningsföretag – avrop enligt ramavtal", "Genomgång av fakturor",
             "Controller", "", "", "Ej genomförd, prioriterades bort under hösten.", R, "EJ_GENOMFORD", "nej"),
            (10, "Kontroll av att avvikelser enligt lex Sarah rapporteras och utreds", "Genomgång av avvikelsesystemet",
             "Kvalitetsutvecklare", "Pågår.", "Pågår.", "Klart. Samtliga rapporter utredda inom tidsgräns.", G,
             "GENOMFORD", "nej"),
        ]),
    ]
    r = HR + 1
    for area, items in data:
        start = r
        for it in items:
            nr, km, met, ans, t1, t2, ha, fill, es, avv = it
            vals = [nr, area if r == start else None, km, met, ans, t1, t2, ha, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v); c.border = BOX; c.alignment = WRAP
            if fill is not None:
                ws.cell(row=r, column=9).fill = fill
            exp(fil, nm, km, es, avv)
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=3, value="Färgförklaring:").font = Font(bold=True)
    for k, (f, t) in enumerate([(G, "Genomförd"), (Y, "Delvis genomförd / pågår"), (R, "Ej genomförd"),
                                (GR, "Utgår")], 1):
        ws.cell(row=r + k, column=4).fill = f
        ws.cell(row=r + k, column=5, value=t)
    widths = [5, 16, 44, 22, 18, 32, 38, 40, 9]
    for j, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    ws.oddHeader.center.text = "VON – internkontroll 2025"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4: Miljö- och byggnadsnämnden, Status 2024 | Status 2025, .ods via LibreOffice
# ---------------------------------------------------------------------------
def f4():
    fil = "Internkontroll MBN 2025 helår.ods"
    nm = "Miljö- och byggnadsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontroll – helår, med jämförelse mot föregående år"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"; ws["B3"] = nm
    ws["A4"] = "År:"; ws["B4"] = 2025
    ws["A5"] = "Bedömningsskala: Tillfredsställande / Delvis tillfredsställande / Ej tillfredsställande"
    ws["A5"].font = Font(italic=True)
    hdr = ["Granskningsområde", "Kontroll", "Metod", "Status 2024", "Status 2025", "Kommentar 2025"]
    HR = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=j, value=h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    data = [
        ("Bygglov", "Handläggningstider bygglov (10 veckor) följs", "Uttag ur ärendesystemet, samtliga ärenden",
         "Delvis tillfredsställande", "Tillfredsställande", "Samtliga 212 ärenden avgjorda inom lagstadgad tid.",
         "GENOMFORD", "nej"),
        ("Bygglov", "Kontroll av sakkunnigas behörighet i bygglovsärenden (KA-certifiering)", "Stickprov 10 ärenden",
         "Tillfredsställande", "Utgår", "Kontrollen utgår 2025 enligt nämndbeslut 2025-02-12 § 9, behörigheten framgår av Boverkets register.",
         "UTGAR", "nej"),
        ("Miljötillsyn", "Avgiftsuttag vid tillsyn enligt miljöbalken stämmer med taxa", "Stickprov 20 beslut",
         "Tillfredsställande", "Ej tillfredsställande", "4 av 20 beslut hade fel timavgift (taxa 2024 användes). Rättat och återbetalt.",
         "GENOMFORD", "ja"),
        ("Livsmedel", "Tillsynsplanen för livsmedelskontroll följs", "Avstämning planerad mot utförd tillsyn",
         "Ej tillfredsställande", "Delvis", "Avstämning gjord per augusti. Helårsavstämningen görs i februari 2026 när tidrapporteringen är klar.",
         "DELVIS", "nej"),
        ("Livsmedel", "Förelägganden följs upp inom angiven tid", "Genomgång av förelägganden",
         "–", "Ej tillfredsställande", "Kontrollen har inte kunnat genomföras då ärendesystemet saknar bevakningsfunktion.",
         "EJ_GENOMFORD", "nej"),
        ("Administration", "Delegationsbeslut anmäls till nämnden", "Jämförelse delegationslistor – protokoll",
         "Tillfredsställande", "Tillfredsställande", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Administration", "Diarieföring av inkomna handlingar inom 2 arbetsdagar", "Stickprov 50 handlingar",
         "Delvis tillfredsställande", None, None, "SAKNAS", "nej"),
        ("Administration", "Jäv – kontroll att handläggare anmält bisysslor och jäv", "Enkät till handläggare",
         "Tillfredsställande", "Delvis tillfredsställande", "Enkät skickad i december, 23 av 27 svar hittills. Sammanställning i januari.",
         "DELVIS", "nej"),
        ("Strandskydd", "Strandskyddsdispenser – kontroll att beslut skickas till länsstyrelsen", "Samtliga beslut",
         "Ej aktuell", "Tillfredsställande", "Samtliga 14 beslut översända inom en vecka.", "GENOMFORD", "nej"),
    ]
    r = HR + 1
    for d in data:
        for j, v in enumerate(d[:6], 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX; c.alignment = WRAP
        exp(fil, nm, d[1], d[6], d[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning 2025:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Den interna kontrollen bedöms i huvudsak tillfredsställande.")
    ws.cell(row=r + 2, column=1, value="Beslutad av Miljö- och byggnadsnämnden 2026-01-28")
    for j, wdt in enumerate([18, 44, 30, 22, 22, 55], 1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    tmp = tempfile.mkdtemp(prefix="r3_")
    src = os.path.join(tmp, "Internkontroll MBN 2025 helår.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "Internkontroll MBN 2025 helår.ods"), os.path.join(OUT, fil))
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part); run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# F5: Samhällsbyggnadsnämnden, Word, status only in free text, one 2-col table per control
# ---------------------------------------------------------------------------
def f5():
    fil = "Samhällsbyggnadsnämnden – uppföljning av intern kontroll 2025.docx"
    nm = "Samhällsbyggnadsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{KOMMUN}\tSamhällsbyggnadsförvaltningen\tDnr SBN 2025/0412"
    d.add_heading("Uppföljning av intern kontroll 2025", 0)
    d.add_paragraph("Helårsuppföljning till Samhällsbyggnadsnämnden")
    d.add_heading("Sammanfattning", 1)
    d.add_paragraph(
        "Nämnden antog i december 2024 en internkontrollplan med åtta kontrollmoment. Uppföljningen nedan redovisar "
        "vad som har gjorts under året och vilka brister som har upptäckts. De flesta kontroller har genomförts. "
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig, men vissa förseningar finns "
        "inom planarbetet och en kontroll har inte hunnit genomföras.")
    groups = [
        ("Planering och exploatering", [
            ("Kontroll av att detaljplaner antas enligt tidplan i planprogrammet", "Avstämning mot planprogram",
             "Planchef",
             "Av tio planer i planprogrammet antogs sju under året. Tre planer har försenats på grund av överklagande "
             "och utredningsbehov. Kontrollen är därmed utförd och visar på förseningar i planarbetet.",
             "GENOMFORD", "ja"),
            ("Kontroll av exploateringsavtal – att fakturering sker enligt avtal", "Genomgång av samtliga avtal",
             "Exploateringsingenjör",
             "Genomgång av samtliga sex avtal har gjorts. Fakturering har skett enligt avtal i samtliga fall.",
             "GENOMFORD", "nej"),
            ("Stickprovskontroll av markanvisningar mot markanvisningspolicyn", "Stickprov",
             "Mark- och exploateringschef",
             "Inga markanvisningar har gjorts under 2025, varför kontrollen inte har varit aktuell.",
             "UTGAR", "nej"),
        ]),
        ("Mark och fastigheter", [
            ("Kontroll av att arrendeavtal indexregleras", "Inventering av avtal i avtalsregistret", "Markhandläggare",
             "Arbetet har påbörjats men inventeringen av avtalen är inte klar. Ungefär hälften av avtalen är "
             "genomgångna. Resterande gås igenom under första kvartalet 2026.",
             "DELVIS", "nej"),
            ("Kontroll av att lantmäteriförrättningar debiteras", "Avstämning förrättningar – fakturor",
             "Ekonom",
             "Kontrollen hann inte genomföras under året eftersom ansvarig handläggare slutade i maj. "
             "Den flyttas till internkontrollplanen 2026.",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("Geodata och adresser", [
            ("Kontroll av GIS-behörigheter och loggning", "Genomgång av behörighetslista och loggar", "GIS-samordnare",
             "Se bilaga 2.", "OKLAR", "nej"),
            ("Kontroll av att adresser fastställs enligt adressregelverket", "Stickprov 15 adressbeslut", "Kartingenjör",
             "Kontroll gjord i oktober. Två adressbeslut saknade stöd i delegationsordningen och har anmälts till "
             "nämnden i efterhand.",
             "GENOMFORD", "ja"),
        ]),
        ("Bostadsförsörjning", [
            ("Uppföljning av bostadsförsörjningsprogrammets åtgärder", "Rapport till nämnden", "Strateg",
             "Uppföljningen redovisades för nämnden 2025-11-19. Samtliga åtgärder följer planen.",
             "GENOMFORD", "nej"),
        ]),
    ]
    n = 0
    for gname, items in groups:
        d.add_heading(gname, 1)
        for km, met, ans, utf, es, avv in items:
            n += 1
            d.add_heading(f"Kontroll {n}", 2)
            t = d.add_table(rows=4, cols=2)
            t.style = "Table Grid"
            for i, (k, v) in enumerate([("Kontrollmoment", km), ("Metod", met), ("Ansvarig", ans),
                                        ("Utfall och analys", utf)]):
                set_text(t.cell(i, 0), k, bold=True)
                shade(t.cell(i, 0), "F2F2F2")
                set_text(t.cell(i, 1), v)
                t.cell(i, 0).width = Cm(4); t.cell(i, 1).width = Cm(12)
            d.add_paragraph()
            exp(fil, nm, km, es, avv)
    d.add_heading("Bilagor", 1)
    d.add_paragraph("Bilaga 1. Internkontrollplan 2025, SBN 2024-12-11 § 142")
    d.add_paragraph("Bilaga 2. Rapport behörighetsgenomgång GIS")
    d.add_paragraph()
    d.add_paragraph("Tallby 2026-01-20")
    d.add_paragraph()
    d.add_paragraph("Anna Berglund\nSamhällsbyggnadschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6: Gymnasie- och vuxenutbildningsnämnden, Word table with merged process cells,
#     Konstaterad avvikelse column, Grön/Gul/Röd, Se kommentar, Osäkert, contradiction, signature
# ---------------------------------------------------------------------------
def f6():
    fil = "Årsuppföljning internkontroll 2025 GVN.docx"
    nm = "Gymnasie- och vuxenutbildningsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.styles["Normal"].font.size = Pt(10)
    sec.footer.paragraphs[0].text = "Gymnasie- och vuxenutbildningsförvaltningen"
    d.add_heading("Årsuppföljning av internkontrollplan 2025", 1)
    d.add_paragraph("Nämnd: Gymnasie- och vuxenutbildningsnämnden")
    d.add_paragraph("Uppföljningsperiod: 2025-01-01 – 2025-12-31")
    p = d.add_paragraph("Statusen anges med färg: ")
    p.add_run("Grön").bold = True; p.add_run(" = genomförd, ")
    p.add_run("Gul").bold = True; p.add_run(" = delvis genomförd, ")
    p.add_run("Röd").bold = True; p.add_run(" = ej genomförd.")
    hdr = ["Nr", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Åtgärd", "Status"]
    rows = [
        ("Antagning och elevregistrering", [
            ("1", "Kontroll att elever i Extens har korrekt programkod och CSN-rapportering",
             "Stickprov 50 elever. 3 elever hade felaktig programkod, vilket påverkade CSN-rapporteringen.",
             "Rättat. Rutinen för programbyte uppdaterad.", "Grön", "GENOMFORD", "ja"),
            ("2", "Kontroll av interkommunal ersättning (IKE) – fakturering till hemkommuner",
             "Samtliga fakturor för vt och ht har stämts av mot elevregistret.", "Ingen", "Grön", "GENOMFORD", "nej"),
        ]),
        ("Vuxenutbildning", [
            ("3", "Kontroll av att betyg i kurser på komvux registreras inom 5 dagar",
             "Genomgång av 120 kursavslut.", "Se kommentar nedan", "Se kommentar", "GENOMFORD", "ja"),
            ("4", "Kontroll av att upphandlade utbildningsanordnare följer avtalets kvalitetskrav",
             "Uppföljningsmöten har hållits med två av fyra anordnare.",
             "Resterande två följs upp under vt 2026.", "Gul", "DELVIS", "nej"),
            ("5", "Kontroll av studieavbrott och rapportering till CSN",
             "Kontrollen har inte genomförts under året p.g.a. byte av studieadministrativt system.",
             "Genomförs vt 2026.", "Grön", "EJ_GENOMFORD", "nej"),
        ]),
        ("Ekonomi och inköp", [
            ("6", "Kontroll av inköp av läromedel mot ramavtal (avtalstrohet)",
             "Inköp från icke avtalad leverantör för 212 tkr (digitala läromedel).",
             "Information till rektorer. Direktupphandling ska dokumenteras.", "Grön", "GENOMFORD", "ja"),
            ("7", "Kontroll av elevers inackorderingstillägg mot folkbokföring",
             "Underlag har begärts från Skatteverket.", "", "Osäkert", "OKLAR", "nej"),
            ("8", "Kontroll av APL-platser – avtal och försäkring",
             "Utgår enligt beslut GVN 2025-03-10 § 21, ingår i det systematiska kvalitetsarbetet.", "",
             "Ej aktuell", "UTGAR", "nej"),
        ]),
        ("Arbetsmiljö och säkerhet", [
            ("9", "Kontroll att incidentrapporter (hot och våld) hanteras i KIA inom 7 dagar",
             "31 incidenter rapporterade, samtliga handlagda inom 7 dagar.", "", "Grön", "GENOMFORD", "nej"),
            ("10", "Kontroll att systematiskt brandskyddsarbete dokumenteras på varje skolenhet",
             "", "", "Röd", "EJ_GENOMFORD", "nej"),
        ]),
    ]
    nrows = 1 + sum(len(x[1]) for x in rows)
    t = d.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    widths = [Cm(1.0), Cm(3.8), Cm(6.2), Cm(6.5), Cm(5.0), Cm(2.3)]
    for j, h in enumerate(hdr):
        c = t.cell(0, j); set_text(c, h, bold=True); shade(c, "BDD7EE")
    repeat_header(t.rows[0])
    colours = {"Grön": "92D050", "Gul": "FFD966", "Röd": "FF6666"}
    ri = 1
    for proc, items in rows:
        start = ri
        for nr, km, ka, atg, status, es, avv in items:
            set_text(t.cell(ri, 0), nr)
            set_text(t.cell(ri, 2), km)
            set_text(t.cell(ri, 3), ka)
            set_text(t.cell(ri, 4), atg)
            set_text(t.cell(ri, 5), status)
            if status in colours:
                shade(t.cell(ri, 5), colours[status])
            exp(fil, nm, km, es, avv)
            ri += 1
        m = t.cell(start, 1).merge(t.cell(ri - 1, 1))
        set_text(m, proc)
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    d.add_paragraph()
    d.add_heading("Kommentarer", 2)
    d.add_paragraph("Nr 3: Kontrollen genomfördes i december. 14 av 120 betyg registrerades senare än 5 dagar efter "
                    "kursavslut, främst hos en extern anordnare. Påminnelse har skickats och rutinen gås igenom på "
                    "lärarmöte i januari.")
    d.add_paragraph("Nr 7: Svar från Skatteverket har inte inkommit vid rapporttillfället.")
    d.add_paragraph()
    sig = d.add_table(rows=3, cols=2)
    set_text(sig.cell(0, 0), "Ort och datum: Tallby 2026-01-19")
    set_text(sig.cell(0, 1), "")
    set_text(sig.cell(1, 0), "\n\n……………………………………")
    set_text(sig.cell(1, 1), "\n\n……………………………………")
    set_text(sig.cell(2, 0), "Per Sandberg\nFörvaltningschef")
    set_text(sig.cell(2, 1), "Eva Nordin\nNämndens ordförande")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7: Räddningsnämnden, .xls, table pasted from Word: each control over several physical rows, J/N
# ---------------------------------------------------------------------------
def f7():
    fil = "IK-plan 2025 uppföljning Räddningstjänsten.xls"
    nm = "Räddningsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Räddningsnämnden"
    ws["A2"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Nr", "Risk", "Kontrollmoment", "Metod", "Utförd (J/N)", "Kommentar"]
    HR = 4
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=j, value=h); c.font = Font(bold=True); c.border = BOX
    # each control: list of physical rows (risk, km, metod, jn, komm); joined km is the control text
    ctrls = [
        ("1", [("Bristande tillsyn", "Kontroll att tillsyn enligt LSO", "Genomgång av", "J", "142 av 150 planerade"),
               ("", "genomförs enligt tillsynsplan", "tillsynsregistret", "", "tillsyner genomförda, 8 flyttade till 2026.")],
         "GENOMFORD", "ja"),
        ("2", [("Eftersläpning", "Kontroll att brandskyddskontroll", "Rapport från", "J", "Entreprenören rapporterar"),
               ("sotning", "(sotning) utförs enligt fastställda", "entreprenör", "", "3 % eftersläpning, dialog"),
               ("", "frister", "", "", "förd med entreprenören.")],
         "GENOMFORD", "ja"),
        ("3", [("Felaktig statistik", "Kontroll av att utryckningstider", "Stickprov 30", "N", "Ej hunnits med,"),
               ("", "registreras korrekt i insatsrapporter", "rapporter", "", "flyttas till 2026.")],
         "EJ_GENOMFORD", "nej"),
        ("4", [("Fel på utrustning", "Kontroll av andningsskyddsutrustning", "Funktionstest", "J", "Samtliga 48 apparater"),
               ("", "– årlig funktionskontroll", "", "", "kontrollerade, 2 underkända"),
               ("", "", "", "", "och kasserade.")],
         "GENOMFORD", "ja"),
        ("5", [("Felaktig ersättning", "Kontroll av att deltidsbrandmäns", "Stickprov", "", "Stickprov för oktober"),
               ("", "beredskapsersättning betalas ut", "lönelistor", "", "pågår."),
               ("", "korrekt", "", "", "")],
         "DELVIS", "nej"),
        ("6", [("Utebliven debitering", "Kontroll av fakturering av automatlarm", "Avstämning", "J", "Inga avvikelser."),
               ("", "(onödiga larm)", "larmlogg – fakturor", "", "")],
         "GENOMFORD", "nej"),
        ("7", [("Bristande övning", "Kontroll att övningsplan för", "Övningsdokumentation", "", "Kontroll gjord för"),
               ("", "operativ personal följs", "", "Delvis", "Tallby och Åby (följer plan). Norrtorp"),
               ("", "", "", "", "kontrolleras i januari.")],
         "DELVIS", "nej"),
        ("8", [("Tillstånd löper ut", "Kontroll av tillstånd för brandfarlig", "Register", "N", "Utgår – handläggningen"),
               ("", "vara – att tillstånd förnyas i tid", "", "", "överförd till MBN fr.o.m. 2025-07-01 (KF-beslut).")],
         "UTGAR", "nej"),
        ("9", [("Stöld/obehörig", "Kontroll av nyckelskåp och", "Inventering", "J", "Kontroll i mars och september."),
               ("åtkomst", "huvudnycklar i insatsfordon", "", "", "En huvudnyckel saknades i RTJ 2010,"),
               ("", "", "", "", "spärrad och ersatt.")],
         "GENOMFORD", "ja"),
    ]
    r = HR + 1
    for nr, phys, es, avv in ctrls:
        for k, (risk, km, met, jn, kom) in enumerate(phys):
            vals = [nr if k == 0 else None, risk or None, km or None, met or None, jn or None, kom or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
            r += 1
        km_full = " ".join(p[1] for p in phys if p[1])
        exp(fil, nm, km_full, es, avv)
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen redovisad vid räddningsnämndens sammanträde i januari 2026.")
    for j, wdt in enumerate([5, 20, 38, 20, 12, 42], 1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    tmp = tempfile.mkdtemp(prefix="r3_")
    src = os.path.join(tmp, "IK-plan 2025 uppföljning Räddningstjänsten.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.move(os.path.join(tmp, "IK-plan 2025 uppföljning Räddningstjänsten.xls"), os.path.join(OUT, fil))
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", nm, "2025", ""))


# ---------------------------------------------------------------------------
# F8: Arbetsmarknadsnämnden, CSV Windows-1252 with ';', title rows, J/N
# ---------------------------------------------------------------------------
def f8():
    fil = "AMN uppföljning internkontroll helår 2025.csv"
    nm = "Arbetsmarknadsnämnden"
    hdr = ["Nr", "Process", "Vad kontrolleras", "Hur", "Ansvarig", "Utförd (J/N)", "Resultat", "Avvikelse (J/N)"]
    data = [
        ("1", "Försörjningsstöd och insatser", "Att deltagare med försörjningsstöd har aktuell planering",
         "Stickprov 40 akter", "Enhetschef", "J", "34 av 40 hade aktuell planering.", "J", "GENOMFORD", "ja"),
        ("2", "Anställningsstöd", "Att lönebidrag och anställningsstöd stämmer mot Arbetsförmedlingens beslut",
         "Avstämning samtliga beslut", "Ekonom", "J", "Inga differenser.", "N", "GENOMFORD", "nej"),
        ("3", "Arbetsmarknadsanställningar", "Att deltagares närvaro rapporteras innan lön betalas",
         "Stickprov juli och november", "Arbetsledare", "J",
         "Närvaro saknades för 6 deltagare i juli men lön betalades ut. Rutinen skärpt.", "J", "GENOMFORD", "ja"),
        ("4", "Statsbidrag", "Att statsbidrag för extratjänster rekvireras", "Avstämning mot rekvisitioner",
         "Controller", "N", "Ej genomförd, ansvarig tjänst vakant.", "", "EJ_GENOMFORD", "nej"),
        ("5", "Feriearbete", "Att feriearbetare har giltigt samtycke från vårdnadshavare", "Samtliga feriearbetare",
         "Handläggare", "J", "", "N", "GENOMFORD", "nej"),
        ("6", "Praktik", "Att praktikplatser har skriftlig överenskommelse", "Stickprov 20 platser",
         "Jobbcoacher", "Delvis", "Kontrollerat för kommunala praktikplatser, privata återstår.", "", "DELVIS", "nej"),
        ("7", "SFI", "Att SFI-elevers frånvaro rapporteras till handläggare", "Uttag frånvarorapport",
         "Rektor SFI", "Ej aktuell", "SFI flyttad till GVN 2025-01-01.", "", "UTGAR", "nej"),
        ("8", "Ersättningar", "Att kontanta utbetalningar av ersättning kvitteras", "Genomgång kvittenser",
         "Administratör", "", "", "", "SAKNAS", "nej"),
    ]
    ncol = len(hdr)
    lines = []
    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        for v in vals:
            assert ";" not in v
        lines.append(";".join(vals))
    row(["Arbetsmarknadsnämnden"])
    row(["Uppföljning internkontrollplan 2025 – helår"])
    row([])
    row(hdr)
    for dd in data:
        row(dd[:8])
        exp(fil, nm, dd[2], dd[8], dd[9])
    row([])
    row(["Sammanställt av: Lena Ek, controller, 2026-01-12"])
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F9: Överförmyndarnämnden, broken xlsx (truncated on save/sync)
# ---------------------------------------------------------------------------
def f9():
    fil = "Överförmyndarnämnden IK uppföljning 2025.xlsx"
    wb = Workbook(); ws = wb.active
    ws["A1"] = "Överförmyndarnämnden – uppföljning internkontroll 2025"
    for i in range(2, 40):
        ws.cell(row=i, column=1, value=f"Kontroll {i - 1}")
        ws.cell(row=i, column=2, value="Granskning av årsräkningar, arvoden och förvaltarskap " * 3)
    b = io.BytesIO(); wb.save(b)
    data = b.getvalue()
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(data[: len(data) * 2 // 5])
    FILES.append((fil, "AVVISAD", "Överförmyndarnämnden", "2025", ""))


# ---------------------------------------------------------------------------
# F10: Servicenämnden, xlsx with X marks in tick columns, group headings, totals row, double mark
# ---------------------------------------------------------------------------
def f10():
    fil = "Servicenämnden IK uppföljning 31 dec 2025.xlsx"
    nm = "Servicenämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws.merge_cells("A1:F1")
    ws["A1"] = "Servicenämnden – uppföljning av internkontroll per 31 december 2025"
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "Markera med X i den kolumn som stämmer."
    hdr = ["Kontroll", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    HR = 4
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=j, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    data = [
        ("Område: Ekonomi",),
        ("Avstämning av kundreskontra – förfallna fakturor äldre än 90 dagar", "Redovisningsekonom", "X", "", "",
         "Avstämning varje kvartal, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av moms på inköp (avdragsrätt)", "Skattesamordnare", "X", "", "",
         "Felaktigt avdragen moms 46 tkr på representation, rättad i december.", "GENOMFORD", "ja"),
        ("Område: IT",),
        ("Kontroll att licenser i Microsoft 365 motsvarar aktiva användare", "IT-chef", "", "X", "",
         "Inventering klar för 4 av 7 förvaltningar.", "DELVIS", "nej"),
        ("Kontroll av backup och återläsningstest av verksamhetskritiska system", "Driftansvarig", "", "", "X",
         "Återläsningstest skjuts till mars 2026.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av leverantörers åtkomst via fjärranslutning", "Säkerhetsansvarig IT", "X", "X", "",
         "Genomgång klar i december. 3 konton utan giltigt avtal stängdes.", "GENOMFORD", "ja"),
        ("Område: Måltid",),
        ("Kontroll av egenkontrollprogram i tillagningskök", "Kostchef", "X", "", "",
         "Samtliga 11 kök kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att specialkost hanteras enligt rutin", "Kostchef", "", "", "",
         "Utgår, ingår i livsmedelstillsynen från MBN.", "UTGAR", "nej"),
        ("Kontroll av matsvinn – mätning och rapportering", "Kostekonom", "", "", "", "", "SAKNAS", "nej"),
    ]
    r = HR + 1
    for dd in data:
        if len(dd) == 1:
            c = ws.cell(row=r, column=1, value=dd[0]); c.font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for j, v in enumerate(dd[:6], 1):
                c = ws.cell(row=r, column=j, value=v or None); c.border = BOX; c.alignment = WRAP
                if 3 <= j <= 5:
                    c.alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, nm, dd[0], dd[6], dd[7])
        r += 1
    ws.cell(row=r, column=1, value="Antal genomförda: 4 av 8").font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Godkänd av servicechef Jonas Ekström 2026-01-09")
    for j, wdt in enumerate([55, 22, 11, 9, 13, 55], 1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(header + "\n")
        for r in rows:
            for v in r:
                assert ";" not in v and "\n" not in v, (name, r)
            fh.write(";".join(r) + "\n")


def main():
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
        fn()
    write_csv("namnder.csv", "nämnd;alias", NAMNDER)
    write_csv("files.csv", "fil;utfall;nämnd;år;period", FILES)
    write_csv("expected.csv", "fil;nämnd;kontrollmoment;status;avvikelse", EXPECTED)
    # sanity: at most one file per nämnd and period
    seen = set()
    for f, u, n, y, p in FILES:
        assert (n, p) not in seen, (n, p)
        seen.add((n, p))
    print(len({f for f, *_ in FILES}), "files,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
