#!/usr/bin/python3
"""Blind round 23 - Kopparbo kommun (Dalarna), internkontroll 2025.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 from anywhere; output goes next to this script.
"""
import os
import shutil
import struct
import subprocess
import tempfile
import zlib

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Kopparbo kommun"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(rgb):
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
HEAD_FILL = fill("D9E1F2")

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    EXPECTED.append((fil, namnd, text, status, avv))


def widths(ws, **w):
    for col, width in w.items():
        ws.column_dimensions[col].width = width


def soffice_convert(src, fmt, outdir):
    profile = "file:///tmp/lo-round23-profile"
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - symbols with legend in a sentence, file name says 2024
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS IK-uppföljning 2024.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = KOMMUN
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = TITLE
    ws.merge_cells("A2:F2")
    ws["A3"] = ("Planen beslutades 2025-02-11 § 18. Uppföljningen avser perioden "
                "januari–december 2025.")
    ws.merge_cells("A3:F3")
    hdr = ["Område", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Utfall", "Iakttagelser"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    rows = [
        ("G", "Ekonomi"),
        ("C", "Fakturahantering",
         "Attest av leverantörsfakturor sker enligt gällande attestordning",
         "Stickprov 30 fakturor per halvår", "Ekonomichef", "✔",
         "Stickprov på 60 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("C", "Förtroendekänsliga poster",
         "Representation och förtroendekänsliga poster följer kommunens riktlinjer",
         "Genomgång av samtliga verifikationer på representationskonton", "Ekonomichef", "✔",
         "3 av 25 verifikationer saknade deltagarförteckning och syfte. Påminnelse "
         "skickad till berörda chefer.", "GENOMFORD", "ja"),
        ("C", "Upphandling",
         "Avtalstrohet vid inköp av förbrukningsmaterial och IT-utrustning",
         "Analys av leverantörsreskontra mot avtalsdatabasen", "Upphandlare", "✖",
         "Ej genomförd p.g.a. vakans på upphandlingsfunktionen. Flyttas till plan 2026.",
         "EJ_GENOMFORD", "nej"),
        ("G", "Personal"),
        ("C", "Lön",
         "Kontroll att nyanställda har korrekt lön och anställningsform registrerad i lönesystemet",
         "Stickprov 20 anställningar", "HR-chef", "◐",
         "Januari–juni kontrollerat. Andra halvåret återstår.", "DELVIS", "nej"),
        ("C2", "Rehabilitering",
         "Kontroll av att chefer påbörjar rehabiliteringsutredning",
         "inom 30 dagar från sjukfallets start",
         "Genomgång av samtliga sjukfall > 14 dagar", "HR-chef", "✔",
         "12 av 14 utredningar startade i tid, två startade för sent.", "GENOMFORD", "ja"),
        ("G", "IT och informationssäkerhet"),
        ("C", "Behörigheter",
         "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personallista",
         "Avstämning två gånger per år", "IT-chef", "✔",
         "Fem konton för avslutade anställningar var fortfarande aktiva och har stängts.",
         "GENOMFORD", "ja"),
        ("C", "Loggkontroll",
         "Loggkontroll av åtkomst till personalsystemet Personec P",
         "Stickprov 10 användare", "IT-chef", None, None, "SAKNAS", "nej"),
        ("C", "Arkiv",
         "Dokumenthanteringsplan och arkivredovisning är uppdaterade för samtliga enheter",
         "Genomgång av dokumenthanteringsplanen", "Kommunarkivarie", "–",
         "Utgår enligt KS beslut 2025-06-10 § 92, ersätts av arkivutredning.",
         "UTGAR", "nej"),
        ("G", "Delegation och bisysslor"),
        ("C", "Delegation",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Jämförelse av diarium mot anmälda beslut", "Kanslichef", "◐",
         "Vårens beslut granskade. Höstens beslut granskas i januari 2026.", "DELVIS", "nej"),
        ("C", "Bisysslor",
         "Kontroll att bisysslor är anmälda och bedömda för samtliga chefer",
         "Genomgång av medarbetarsamtalsmallar", "HR-chef", "se bilaga", None, "OKLAR", "nej"),
    ]
    r = 6
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            for col in range(1, 7):
                ws.cell(row=r, column=col).fill = fill("EDEDED")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            continue
        if row[0] == "C2":
            _, omr, t1, t2, metod, ansv, utf, kom, st, avv = row
            vals = [omr, t1, metod, ansv, utf, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
            c = ws.cell(row=r, column=2, value=t2)
            c.alignment = WRAP
            for i in range(1, 7):
                ws.cell(row=r, column=i).border = BOX
            r += 1
            exp(fil, namnd, t1 + " " + t2, st, avv)
            continue
        _, omr, text, metod, ansv, utf, kom, st, avv = row
        for i, v in enumerate([omr, text, metod, ansv, utf, kom], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, text, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Teckenförklaring för kolumnen Utfall: ✔ betyder att kontrollen är genomförd, "
        "◐ att den är delvis genomförd eller pågår, ✖ att den inte är genomförd och – att "
        "kontrollen utgår ur planen."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment")
    ws.cell(row=r, column=2, value=10)
    r += 2
    ws.cell(row=r, column=1, value="Kopparbo 2026-01-20")
    ws.cell(row=r + 1, column=1, value="Anna Lindqvist, kommundirektör")
    widths(ws, A=24, B=48, C=34, D=16, E=9, F=50)
    ws.oddHeader.left.text = KOMMUN
    ws.oddHeader.right.text = "Kommunstyrelsen"
    ws.oddFooter.center.text = "Sida &P av &N"
    wb.properties.title = "Uppföljning internkontroll"
    wb.properties.creator = "Kommunledningskontoret"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Delår/Helår sheets, A/B/C/U on another sheet
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUF_internkontroll_2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ins = wb.active
    ins.title = "Anvisning"
    lines = [
        "Så fyller du i uppföljningen av internkontrollplanen",
        "",
        "Ange bedömning med en kod i kolumnen Bedömning:",
        "A – Genomförd enligt plan",
        "B – Påbörjad / delvis genomförd",
        "C – Ej genomförd",
        "U – Utgår (nämnden har beslutat att stryka kontrollen)",
        "",
        "Kolumnen Avv.: skriv J om kontrollen visat brister, annars N.",
        "Skicka filen till ekonomienheten senast 15 januari.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = TITLE
    widths(ins, A=70)

    controls = [
        # text, hur, delår(kod, avv, kom), helår(kod, avv, kom), status, avv
        ("Registerutdrag från belastningsregistret finns för all nyanställd personal i förskola och skola",
         "Stickprov 15 anställningar",
         ("A", "N", "Samtliga registerutdrag fanns."), (None, None, None), "GENOMFORD", "nej"),
        ("Frånvaro registreras i Skolplattformen och meddelas vårdnadshavare samma dag",
         "Stickprov två veckor per skola",
         ("B", "N", "Tre av sex skolor kontrollerade."),
         ("A", "J", "Rutinen följs på fem av sex skolor. Björkbackaskolan meddelar inte "
                    "vårdnadshavare samma dag."), "GENOMFORD", "ja"),
        ("Beslut om särskilt stöd och åtgärdsprogram dokumenteras enligt skollagen 3 kap.",
         "Granskning av 20 elevakter",
         ("B", "N", "Påbörjat på Centralskolan."),
         ("B", "N", "Två enheter klara, Kyrkskolan återstår."), "DELVIS", "nej"),
        ("Skolskjutsbeslut fattas enligt delegationsordningen och riktlinjerna för skolskjuts",
         "Genomgång av samtliga beslut vt 2025",
         ("C", None, "Ej påbörjad."),
         ("C", "N", "Ej hunnit p.g.a. byte av skolskjutsentreprenör."), "EJ_GENOMFORD", "nej"),
        ("Avgifter för förskola och fritidshem debiteras enligt maxtaxa och aktuell inkomstuppgift",
         "Stickprov 25 hushåll",
         ("A", "N", "Inga fel."), (None, None, None), "GENOMFORD", "nej"),
        ("Kränkande behandling anmäls till huvudman och utreds skyndsamt",
         "Genomgång av anmälningar i DF Respons",
         ("B", "N", "Vårterminen klar."), ("A", "N", "Hela året genomgånget."), "GENOMFORD", "nej"),
        ("Systematiskt brandskyddsarbete dokumenteras på samtliga förskolor",
         "Besök på förskolorna",
         ("B", "N", None),
         ("U", None, "Struken ur planen, ansvaret flyttat till Tekniska nämnden (BUN 2025-09-18 § 64)."),
         "UTGAR", "nej"),
        ("Inventering av elevdatorer och läsplattor mot tillgångsregistret",
         "Fysisk inventering på högstadiet",
         ("B", "N", "Inventering pågår."),
         ("A", "J", "12 datorer kunde inte återfinnas, polisanmälan gjord."), "GENOMFORD", "ja"),
        ("Tillbud och arbetsskador rapporteras i KIA inom en vecka",
         "Jämförelse KIA mot skyddsombudens noteringar",
         (None, None, None), (None, None, None), "SAKNAS", "nej"),
    ]
    hdr = ["Nr", "Vad kontrolleras", "Hur", "Bedömning", "Avv. (J/N)", "Kommentar"]
    for title, period, idx in (("Delår 2025", "delår 2025 (januari–augusti)", 2),
                               ("Helår 2025", "helår 2025", 3)):
        ws = wb.create_sheet(title)
        ws["A1"] = "Förvaltning: Barn- och utbildningsförvaltningen"
        ws["A2"] = "Uppföljning internkontroll – " + period
        ws["A2"].font = TITLE
        start = 4
        if idx == 3:
            ws["A3"] = ("Obs! Kontrollmoment som redovisades som genomförda (A) i delårsuppföljningen "
                        "redovisas inte på nytt – bedömningen från delåret gäller.")
            ws["A3"].font = Font(italic=True, color="C00000")
            start = 5
        for i, h in enumerate(hdr, 1):
            c = ws.cell(row=start, column=i, value=h)
            c.font = BOLD
            c.fill = HEAD_FILL
            c.border = BOX
        r = start + 1
        for n, ctl in enumerate(controls, 1):
            kod, avv, kom = ctl[idx]
            for i, v in enumerate([n, ctl[0], ctl[1], kod, avv, kom], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
        if idx == 3:
            r += 1
            ws.cell(row=r, column=2, value="Summering helår").font = BOLD
            ws.cell(row=r + 1, column=2, value="Antal A (inkl. delår)")
            ws.cell(row=r + 1, column=4, value=5)
            ws.cell(row=r + 2, column=2, value="Antal B")
            ws.cell(row=r + 2, column=4, value=1)
            ws.cell(row=r + 3, column=2, value="Antal C")
            ws.cell(row=r + 3, column=4, value=1)
            ws.cell(row=r + 4, column=2, value="Antal U")
            ws.cell(row=r + 4, column=4, value=1)
        widths(ws, A=5, B=55, C=32, D=11, E=10, F=55)
    for ctl in controls:
        exp(fil, namnd, ctl[0], ctl[4], ctl[5])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Vård- och omsorgsnämnden - .xls, T1/T2/Helår as fill colours only
# ---------------------------------------------------------------------------
def file_von(tmp):
    fil = "Omsorg_IK_T1-T2-helar_2025.xls"
    namnd = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Vård- och omsorgsnämnden – uppföljning internkontrollplan 2025"
    ws["A1"].font = TITLE
    legend = [(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
              (RED, "Ej genomförd"), (GREY, "Utgår")]
    ws["A2"] = "Färgförklaring:"
    for i, (rgb, txt) in enumerate(legend):
        ws.cell(row=3 + i, column=1).fill = fill(rgb)
        ws.cell(row=3 + i, column=1).border = BOX
        ws.cell(row=3 + i, column=2, value=txt)
    hdr = ["Riskområde", "Kontrollmoment", "Frekvens", "T1", "T2", "Helår",
           "Konstaterade avvikelser", "Åtgärd / kommentar"]
    hr = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    G, Y, R, X = GREEN, YELLOW, RED, GREY
    controls = [
        # risk, text, frekvens, t1, t2, hel, heltext, avvikelser, åtgärd, status, avv
        ("Brukarsäkerhet", "Genomförandeplaner inom hemtjänsten upprättas inom 14 dagar efter beslut",
         "Tertial", Y, Y, G, None,
         "Fyra av 30 genomförandeplaner upprättades för sent.", "Påminnelse till enhetschefer.",
         "GENOMFORD", "ja"),
        ("Brukarsäkerhet", "Läkemedelshantering på särskilt boende följer rutin för signering",
         "Tertial", G, G, G, None, "Inga", None, "GENOMFORD", "nej"),
        ("Brukarsäkerhet", "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Tertial", None, Y, None, "Se bilaga 3", None, None, "OKLAR", "nej"),
        ("Brukarsäkerhet", "Nattbemanning på särskilda boenden följer beslutad bemanningsplan",
         "Halvår", None, None, None, None, None, None, "SAKNAS", "nej"),
        ("Myndighetsutövning",
         "Kontroll av att avgiftsbeslut inom äldreomsorgen grundar sig på aktuell inkomstförfrågan",
         "Årlig", None, Y, Y, None, "Inga avvikelser hittills i granskade ärenden.",
         "Resterande ärenden granskas i februari.", "DELVIS", "nej"),
        ("Myndighetsutövning",
         "Kontroll av att LSS-beslut om bostad med särskild service verkställs inom tre månader",
         "Tertial", G, G, G, None,
         "Två beslut ej verkställda inom tre månader, rapporterade till IVO.",
         "Bostad planeras i nytt gruppboende 2026.", "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Stickprov på att social dokumentation förs löpande i Lifecare",
         "Halvår", None, None, R, None, None, "Ej utförd p.g.a. systembyte.", "EJ_GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av privata medel som hanteras av personal på gruppbostäder",
         "Tertial", G, None, X, None, None,
         "Utgår – hanteras i ny rutin för brukarmedel från 2025-09-01.", "UTGAR", "nej"),
    ]
    r = hr + 1
    first = {}
    for ctl in controls:
        risk, text, frek, t1, t2, hel, heltext, avv_txt, atg, st, avv = ctl
        if risk not in first:
            first[risk] = [r, r]
            ws.cell(row=r, column=1, value=risk).alignment = WRAP
        first[risk][1] = r
        ws.cell(row=r, column=2, value=text).alignment = WRAP
        ws.cell(row=r, column=3, value=frek)
        for col, rgb in ((4, t1), (5, t2), (6, hel)):
            if rgb:
                ws.cell(row=r, column=col).fill = fill(rgb)
        if heltext:
            ws.cell(row=r, column=6, value=heltext)
        ws.cell(row=r, column=7, value=avv_txt).alignment = WRAP
        ws.cell(row=r, column=8, value=atg).alignment = WRAP
        for col in range(1, 9):
            ws.cell(row=r, column=col).border = BOX
        exp(fil, namnd, text, st, avv)
        r += 1
    for risk, (a, b) in first.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Färgmarkering enligt färgförklaringen ovan. "
                                   "Ifylld av Karin Ståhl, kvalitetsstrateg, 2026-01-12.")
    widths(ws, A=20, B=50, C=10, D=7, E=7, F=12, G=42, H=42)
    src = os.path.join(tmp, "Omsorg_IK_T1-T2-helar_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - .ods, tick columns, tertial 2
# ---------------------------------------------------------------------------
def file_kfn(tmp):
    fil = "KFN_IK_2025.ods"
    namnd = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Internkontroll 2025 – uppföljning tertial 2 (januari–augusti)"
    ws["A1"].font = TITLE
    ws["A2"] = "Nämnd: KFN"
    ws["A3"] = "Verksamhet: Kultur och fritid, bibliotek, simhall"
    hdr = ["Kontrollmoment", "Kontrollansvarig", "Genomförd", "Delvis", "Ej genomförd",
           "Ej aktuell", "Avvikelse", "Kommentar"]
    hr = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    controls = [
        # text, ansvarig, ticks(G,D,E,U), avvikelse, kommentar, status, avv
        ("Bidrag till föreningar betalas ut enligt gällande bidragsnormer", "Fritidskonsulent",
         ("X", None, None, None), "Nej", "Samtliga 42 ansökningar kontrollerade.", "GENOMFORD", "nej"),
        ("Kassahantering i simhallen och på biblioteket stäms av dagligen", "Enhetschef simhall",
         ("X", None, None, None), "Ja", "Differens på 1 240 kr i simhallens kassa i maj, utredd.",
         "GENOMFORD", "ja"),
        ("Uthyrning av idrottshallar faktureras enligt gällande taxa", "Bokningsansvarig",
         (None, "x", None, None), "Nej", "Sporthallen klar, skolgymnastiksalarna återstår.",
         "DELVIS", "nej"),
        ("Hyresavtal för föreningslokaler är aktuella och undertecknade", "Kultur- och fritidschef",
         ("X", None, "X", None), None, None, "OKLAR", "nej"),
        ("Besiktning av badplatser och livräddningsutrustning före badsäsongen", "Enhetschef simhall",
         (None, None, "X", None), "Nej", "Besiktningen hann inte göras före säsongsstart.",
         "EJ_GENOMFORD", "nej"),
        ("Utlåning av konstverk ur kommunens konstsamling registreras och inventeras", "Kultursekreterare",
         (None, None, None, "X"), None, "Struken ur planen, KFN 2025-04-15 § 31.", "UTGAR", "nej"),
        ("Statsbidrag för kulturskolan återrapporteras i tid till Kulturrådet", "Kulturskolechef",
         (None, None, None, None), None, "Se bilaga", "OKLAR", "nej"),
        ("Personuppgiftsbehandling i bokningssystemet Interbook följer GDPR", "Bokningsansvarig",
         (None, None, None, None), None, None, "SAKNAS", "nej"),
        ("Inköp av konsulttjänster till evenemang sker mot tecknade ramavtal", "Evenemangssamordnare",
         ("✓", None, None, None), "Ja", "Ett inköp av ljudteknik utan avtal (48 tkr).",
         "GENOMFORD", "ja"),
    ]
    r = hr + 1
    for ctl in controls:
        text, ansv, ticks, avv_txt, kom, st, avv = ctl
        vals = [text, ansv] + list(ticks) + [avv_txt, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 3 <= i <= 7 else None)
        exp(fil, namnd, text, st, avv)
        r += 1
    ws.cell(row=r, column=1, value="Antal").font = BOLD
    for col, n in ((3, 4), (4, 1), (5, 2), (6, 1)):
        ws.cell(row=r, column=col, value=n).font = BOLD
    r += 2
    ws.cell(row=r, column=1, value="Per Ersson, kultur- och fritidschef")
    widths(ws, A=52, B=22, C=11, D=9, E=11, F=10, G=10, H=48)
    src = os.path.join(tmp, "KFN_IK_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnad - two nämnder under headings, codes 1/2/3/0 with CF colours
# ---------------------------------------------------------------------------
def file_sbf():
    fil = "Samhällsbyggnad_IK_helår_2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår"
    ws["A1"] = "Samhällsbyggnadsförvaltningen – uppföljning intern kontroll helår 2025"
    ws["A1"].font = TITLE
    hdr = ["Nr", "Aktivitet", "Kontrollmetod", "Ansvar", "Utfall", "Avvikelse", "Kommentar"]
    hr = 3
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    # legend beside the table
    ws["I3"] = "Utfall"
    ws["I3"].font = BOLD
    for i, (kod, txt) in enumerate(((1, "Genomförd"), (2, "Delvis genomförd / pågår"),
                                   (3, "Ej genomförd"), (0, "Utgår"))):
        ws.cell(row=4 + i, column=9, value=kod)
        ws.cell(row=4 + i, column=10, value=txt)
    blocks = [
        ("Miljö- och byggnämnden", [
            ("Bygglov handläggs inom tio veckor enligt plan- och bygglagen",
             "Uttag ur Castor, samtliga ärenden", "Bygglovschef", 1, "Ja",
             "6 av 112 ärenden överskred tidsfristen, avgiften reducerades.", "GENOMFORD", "ja"),
            ("Tillsynsavgifter för livsmedelskontroll debiteras enligt fastställd taxa",
             "Stickprov 20 anläggningar", "Miljöchef", 2, "Nej",
             "Fakturering för andra halvåret pågår.", "DELVIS", "nej"),
            ("Delegationsbeslut inom miljöbalkens område anmäls till nämnden",
             "Jämförelse diarium – protokoll", "Nämndsekreterare", 1, "Nej", None, "GENOMFORD", "nej"),
            ("Beslut om strandskyddsdispens skickas till länsstyrelsen inom en vecka",
             "Genomgång av samtliga beslut", "Bygglovschef", 3, None,
             "Ej genomförd, resursbrist under hösten.", "EJ_GENOMFORD", "nej"),
            ("Jäv och bisysslor hos inspektörer och handläggare dokumenteras årligen",
             "Enkät till medarbetare", "Miljöchef", 0, None,
             "Utgår, ingår i kommunstyrelsens kontroll av bisysslor.", "UTGAR", "nej"),
        ]),
        ("Tekniska nämnden", [
            ("Avläsning av vattenmätare och debitering av VA-avgifter stäms av mot abonnentregistret",
             "Avstämning VA-register mot fakturering", "VA-chef", 1, "Nej",
             "Avstämningen klar i november.", "GENOMFORD", "nej"),
            ("Snöröjningsentreprenörernas tidrapporter kontrolleras innan fakturan attesteras",
             "Stickprov per månad", "Gatuchef", 2, "Ja",
             "Dubbeldebitering upptäckt för januari, kreditering begärd. Resterande månader "
             "kontrolleras under våren.", "DELVIS", "ja"),
            ("Kontroll av att besiktningsanmärkningar på kommunens lekplatser åtgärdas",
             "Genomgång av besiktningsprotokoll", "Parkchef", 1, "Nej", None, "GENOMFORD", "nej"),
            ("Drivmedelskort för kommunens fordon används enligt riktlinjerna",
             "Stickprov transaktioner", "Fordonssamordnare", None, None,
             "Kontrollen genomförd i december, inga avvikelser.", "GENOMFORD", "nej"),
            ("Ändrings- och tilläggsarbeten (ÄTA) i byggentreprenader godkänns av behörig person",
             "Granskning av ÄTA-listor", "Projektchef", 1, "Nej",
             "Kontrollen har inte kunnat genomföras fullt ut, stickprov endast i två projekt.",
             "GENOMFORD", "nej"),
        ]),
    ]
    r = hr + 1
    n = 0
    for namnd, ctls in blocks:
        c = ws.cell(row=r, column=1, value=namnd)
        c.font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ctl in ctls:
            n += 1
            text, metod, ansv, kod, avv_txt, kom, st, avv = ctl
            for i, v in enumerate([n, text, metod, ansv, kod, avv_txt, kom], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, text, st, avv)
            r += 1
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    last = r - 1
    r += 1
    ws.cell(row=r, column=2, value="Antal kontrollmoment: 10")
    ws.cell(row=r + 2, column=2, value="Maria Hedlund, samhällsbyggnadschef")
    rng = "E{}:E{}".format(hr + 1, last)
    for kod, rgb in ((1, GREEN), (2, YELLOW), (3, RED), (0, GREY)):
        # status 0 would also colour empty cells grey without the blank guard below
        if kod == 0:
            from openpyxl.formatting.rule import FormulaRule
            ws.conditional_formatting.add(rng, FormulaRule(
                formula=['AND(ISNUMBER(E{0}),E{0}=0)'.format(hr + 1)], fill=fill(rgb)))
        else:
            ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=[str(kod)],
                                                          fill=fill(rgb)))
    for kod, rgb in ((1, GREEN), (2, YELLOW), (3, RED), (0, GREY)):
        ws.cell(row=4 + [1, 2, 3, 0].index(kod), column=9).fill = fill(rgb)
    widths(ws, A=5, B=55, C=32, D=18, E=8, F=10, G=55, I=7, J=26)
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 6. Socialnämnden - Stratsys semicolon CSV (cp1252), one row per control and period
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Stratsys_export_internkontroll_SN_20260114.csv"
    namnd = "Socialnämnden"
    S = [
        ("Ekonomiskt bistånd", "Utbetalningar av ekonomiskt bistånd stäms av mot beslut i Viva"),
        ("Barn och unga", "Orosanmälningar förhandsbedöms inom 14 dagar"),
        ("Barn och unga", "Placeringar av barn enligt SoL och LVU övervägs var sjätte månad"),
        ("Ekonomi", "Fakturor från HVB-hem och konsulentstödda familjehem kontrolleras mot avtal"),
        ("Informationssäkerhet", "Loggkontroll i Treserva avseende personer med skyddade personuppgifter"),
        ("Funktionsstöd", "Ansökningar om personlig assistans enligt LSS handläggs inom tre månader"),
        ("Barn och unga", "Vårdnadshavare informeras skriftligt om beslut om insatser för barn"),
        ("Administration", "Dödsboanmälningar och gravsättningsärenden handläggs enligt rutin"),
    ]
    rows = [
        # (index, period, status, avvikelse, kommentar)
        (0, "Helår 2024", "Genomförd", "Nej", "Inga avvikelser."),
        (1, "Helår 2024", "Genomförd", "Nej", ""),
        (4, "Helår 2024", "Genomförd", "Ja", "En obehörig åtkomst, anmäld till IMY."),
        (0, "Delår 2025", "Pågående", "", "Stickprov för jan–jun klart."),
        (1, "Delår 2025", "Genomförd", "Nej", ""),
        (2, "Delår 2025", "Ej påbörjad", "", ""),
        (3, "Delår 2025", "Pågående", "", ""),
        (5, "Delår 2025", "Pågående", "", ""),
        (6, "Delår 2025", "Pågående", "", ""),
        (7, "Delår 2025", "", "", ""),
        (0, "Helår 2025", "Genomförd", "Ja",
         "Två utbetalningar saknade beslut.\nÅterkrav inlett och rutinen har förtydligats."),
        (1, "Helår 2025", "Genomförd", "Nej", "Samtliga 86 anmälningar bedömda i tid."),
        (2, "Helår 2025", "Pågående", "Nej", "Övervägandena för hösten registreras i januari."),
        (3, "Helår 2025", "Ej påbörjad", "",
         "Kontrollen stoppades p.g.a. personalbrist, genomförs 2026."),
        (5, "Helår 2025", "Ej aktuell", "", "Utgår efter nämndbeslut 2025-10-22 § 87."),
        (6, "Helår 2025", "", "", "Osäkert om kontrollen hunnits med, återkommer."),
        (7, "Helår 2025", "Delvis genomförd", "Nej", "Rutin reviderad; stickprov återstår."),
    ]
    final = {0: ("GENOMFORD", "ja"), 1: ("GENOMFORD", "nej"), 2: ("DELVIS", "nej"),
             3: ("EJ_GENOMFORD", "nej"), 4: ("SAKNAS", "nej"), 5: ("UTGAR", "nej"),
             6: ("OKLAR", "nej"), 7: ("DELVIS", "nej")}

    def q(v):
        if any(ch in v for ch in ';"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = ["Internkontrollplan 2025 - Socialnämnden - exporterad 2026-01-14 08:12",
             "Nämnd;Process;Kontrollmoment;Period;Status;Avvikelse;Kommentar"]
    for idx, per, st, avv, kom in rows:
        proc, text = S[idx]
        lines.append(";".join(q(x) for x in [namnd, proc, text, per, st, avv, kom]))
    data = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data.encode("cp1252"))
    for i, (proc, text) in enumerate(S):
        exp(fil, namnd, text, *final[i])
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - Excel "Unicode text" (UTF-16LE, tab separated)
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "OFN_IK_helar_2025.txt"
    namnd = "Överförmyndarnämnden"
    rows = [
        ["Överförmyndarnämnden – uppföljning av internkontrollplan 2025", "", "", "", ""],
        ["Period: Helår", "", "", "", ""],
        ["", "", "", "", ""],
        ["Kontrollområde", "Kontrollmoment", "Utförd (J/N)", "Brister (J/N)", "Noteringar"],
    ]
    ctl = [
        ("Årsräkningar", "Granskning av årsräkningar påbörjas inom två månader från inkommen handling",
         "J", "J", "11 årsräkningar granskades först efter mer än två månader.", "GENOMFORD", "ja"),
        ("Arvoden", "Arvoden till gode män och förvaltare beräknas enligt nämndens riktlinjer",
         "J", "N", "Stickprov 25 arvodesbeslut.", "GENOMFORD", "nej"),
        ("Lämplighet",
         "Ställföreträdare lämplighetsprövas med utdrag ur belastnings- och kronofogderegistret",
         "N", "", "Ej utförd, nytt verksamhetssystem Wärna infördes i oktober.", "EJ_GENOMFORD", "nej"),
        ("Förvaltarskap", "Överförmyndarspärr på huvudmännens bankkonton kontrolleras vid förvaltarskap",
         "Delvis", "N", "Hälften av akterna genomgångna,\nresten under februari.", "DELVIS", "nej"),
        ("Förteckningar", "Förteckningar över huvudmannens tillgångar inlämnas inom två månader efter förordnande",
         "", "", "", "SAKNAS", "nej"),
    ]
    for omr, text, utf, br, note, st, avv in ctl:
        rows.append([omr, text, utf, br, note])
        exp(fil, namnd, text, st, avv)
    rows.append(["", "", "", "", ""])
    rows.append(["J = ja, N = nej", "", "", "", ""])
    rows.append(["Antal kontrollmoment: 5", "", "", "", ""])

    def q(v):
        if any(ch in v for ch in '\t"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v

    data = "\r\n".join("\t".join(q(c) for c in row) for row in rows) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b"\xff\xfe" + data.encode("utf-16-le"))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. A PNG image saved with an .xlsx name - must be rejected
# ---------------------------------------------------------------------------
def file_broken():
    fil = "Internkontroll_diagram_2025.xlsx"
    w, h = 40, 20
    raw = b""
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            raw += bytes((0, 176, 80)) if x < 25 else bytes((255, 192, 0))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(png)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Omsorgsförvaltningen|Omsorg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Bygg och miljö"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for row in rows:
            for v in row:
                assert ";" not in v and "\n" not in v, v
            f.write(";".join(row) + "\n")


def main():
    tmp = tempfile.mkdtemp(prefix="round23-")
    try:
        file_ks()
        file_bun()
        file_von(tmp)
        file_kfn(tmp)
        file_sbf()
        file_sn()
        file_ofn()
        file_broken()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", "nämnd;alias", NAMNDER)
    write_csv("files.csv", "fil;utfall;nämnd;år;period", FILES)
    write_csv("expected.csv", "fil;nämnd;kontrollmoment;status;avvikelse", EXPECTED)


if __name__ == "__main__":
    main()
