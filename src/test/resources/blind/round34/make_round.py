#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 34 - Björkeryds kommun (fictional, Småland), internkontroll 2025."""
import os, shutil, subprocess, tempfile, csv

from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.shared import Pt
from odf.opendocument import OpenDocumentText
from odf.text import P, H
from odf.style import Style, TextProperties

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Björkeryds kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)
README = []


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km and len(km) >= 25, km
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    prof = "file:///tmp/lo-round34"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


BOLD = Font(bold=True)

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, 2024 status in words, 2025 status as symbols with
#    a legend beside the table; "–" = utgår; "Se kommentar" with empty comment.
# ---------------------------------------------------------------------------
def ks():
    fil = "KS_Uppföljning_internkontroll_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = KOMMUN
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Helårsuppföljning, avser perioden januari–december 2025"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Status 2024",
           "Kommentar 2024", "Status 2025", "Avvikelse 2025", "Kommentar 2025"]
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = BOLD
    rows = [
        (1, "Attest", "Kontroll att attest av leverantörsfakturor sker enligt attestreglementet",
         "Stickprov 40 fakturor", "Genomförd", "Inga fel.", "●", "Nej",
         "Stickprov 40 fakturor, inga fel noterade.", "GENOMFORD", "nej"),
        (2, "Delegation", "Anmälan av delegationsbeslut till kommunstyrelsen sker löpande",
         "Genomgång av delegationslistor", "Delvis", "Listor saknades för maj.", "●", "Ja",
         "Tre beslut anmäldes för sent, rutinen har skärpts.", "GENOMFORD", "ja"),
        (3, "Löner", "Kontroll av att nyanställda registreras med rätt lön och tjänstgöringsgrad",
         "Stickprov 25 anställningar", "Genomförd", "", "◐", "Nej",
         "Kontroll gjord för vårterminen, hösten återstår.", "DELVIS", "nej"),
        (4, "Behörigheter", "Behörigheter i ekonomisystemet Raindance gås igenom och avslutade konton tas bort",
         "Systemlista mot personalregister", "Ej genomförd", "Systembyte", "○", "",
         "Flyttas till 2026 p.g.a. systembyte.", "EJ_GENOMFORD", "nej"),
        (5, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Genomgång av samtliga direktupphandlingar", "", "", "●", "Ja",
         "2 av 12 direktupphandlingar saknade dokumentation.", "GENOMFORD", "ja"),
        (6, "Representation", "Representation och förtroendekänsliga poster följer riktlinjen för representation",
         "Stickprov 20 verifikationer", "Genomförd", "Inga avvikelser.", "", "", "",
         "SAKNAS", "nej"),
        (7, "Styrdokument", "Kontroll av att kommunens styrdokument är aktuella och reviderade i tid",
         "Genomgång av dokumentregistret", "Delvis", "", "–", "",
         "Utgår enligt KS beslut 2025-03-12 § 41.", "UTGAR", "nej"),
        (8, "Informationssäkerhet", "Informationssäkerhet: samtliga anställda har genomfört e-utbildningen",
         "Uttag ur lärplattformen", "Genomförd", "", "Se kommentar", "", "",
         "OKLAR", "nej"),
        (9, "Avtal", "Kontroll av att avtal registreras i avtalsdatabasen inom en månad",
         "Jämförelse avtal/diarium", "Ej genomförd", "", "", "Nej",
         "Kontrollen är genomförd, samtliga avtal var registrerade i tid.", "GENOMFORD", "nej"),
    ]
    for r in rows:
        ws.append(list(r[:9]))
        exp(fil, N, r[2], r[9], r[10])
    ws.append([])
    ws.append(["", "", "Antal kontrollmoment: 9"])
    ws.append(["", "", "Justerat av: Anna Lindqvist, ekonomichef, 2026-01-22"])
    # legend beside the table
    ws["K5"] = "Teckenförklaring 2025"
    ws["K5"].font = BOLD
    ws["K6"] = "●"; ws["L6"] = "Genomförd"
    ws["K7"] = "◐"; ws["L7"] = "Påbörjad / delvis genomförd"
    ws["K8"] = "○"; ws["L8"] = "Ej genomförd"
    ws["K9"] = "–"; ws["L9"] = "Utgår ur planen"
    for col, w in zip("ABCDEFGHI", [5, 18, 60, 30, 14, 24, 12, 14, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    README.append(f"- `{fil}` — KS, xlsx copied from 2024: Status 2024 in words beside Status 2025 as symbols ●◐○– with legend to the right (K5:L9); new control with blank 2024; one control only 2024 (SAKNAS); \"–\" = utgår; \"Se kommentar\" with empty comment (OKLAR); blank status + comment saying done; count and signature rows.")


# ---------------------------------------------------------------------------
# 2. BUN - xlsx, emoji traffic lights, columns in odd order
#    (Helår 2025 | Helår 2024 | Delår 2025), group headings, legend sentence below
# ---------------------------------------------------------------------------
def bun():
    fil = "BUN IK 2025 helår.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll – uppföljning helår 2025"
    ws.append([])
    ws.append(["Nr", "Vad kontrolleras", "Hur", "Helår 2025", "Helår 2024", "Delår 2025",
               "Brister (J/N)", "Noteringar"])
    for c in ws[4]:
        c.font = BOLD
    G, Y, R, W = "🟢", "🟡", "🔴", "⚪"
    data = [
        ("Ekonomi", None),
        (("1", "Kontroll av att skolskjutsbeslut fattas enligt gällande riktlinjer",
          "Stickprov 15 beslut", G, Y, Y, "N", ""), ("GENOMFORD", "nej")),
        (("2", "Stickprov på att inköp av läromedel görs från upphandlade leverantörer",
          "20 fakturor", G, G, "", "J", "5 av 20 inköp gjordes utanför avtal, information till rektorer."),
         ("GENOMFORD", "ja")),
        (("3", "Uppföljning av att barnomsorgsavgifter debiteras enligt maxtaxan",
          "Avstämning mot inkomstuppgifter", "", G, G, "N", "Klart redan vid delår, ingen ny kontroll."),
         ("GENOMFORD", "nej")),
        ("Elevhälsa och skolplikt", None),
        (("4", "Kontroll av att upprepad ogiltig frånvaro anmäls till huvudmannen",
          "Frånvarorapport Skola24", Y, Y, R, "J", "Rutinen följs inte fullt ut på två skolor."),
         ("DELVIS", "ja")),
        (("5", "Kontroll av att kränkningsärenden anmäls till huvudman inom fem dagar",
          "Genomgång ärendelogg", G, G, Y, "N", ""), ("GENOMFORD", "nej")),
        (("6", "Kontroll av att åtgärdsprogram upprättas för elever i behov av särskilt stöd",
          "Stickprov elevakter", R, Y, R, "", "Ej genomförd pga vakant tjänst som biträdande rektor."),
         ("EJ_GENOMFORD", "nej")),
        ("Personal", None),
        (("7", "Kontroll av utdrag ur belastningsregistret vid nyanställning i förskola och skola",
          "Stickprov HR-akter", W, G, "", "", "Utgår – ingår i HR:s kontroll från 2025."),
         ("UTGAR", "nej")),
        (("8", "Sjukfrånvarouppföljning: rehabiliteringsärenden påbörjas senast dag 15",
          "Uttag ur Adato", "", R, "", "", ""), ("SAKNAS", "nej")),
        (("9", "Uppföljning av att timanställda inte överskrider antalet LAS-dagar",
          "Uttag ur lönesystemet", "", G, "", "", "Se bilaga 3"), ("OKLAR", "nej")),
    ]
    for row, res in data:
        if res is None:
            ws.append([row])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).font = BOLD
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        else:
            ws.append(list(row))
            exp(fil, N, row[1], res[0], res[1])
    ws.append([])
    ws.append(["Förklaring: 🟢 = klart, 🟡 = pågår/delvis, 🔴 = inte gjort, ⚪ = stryks ur planen. "
               "Brister J = brister konstaterade vid kontrollen."])
    ws.append(["Uppdaterad 2026-01-20 av nämndsekreterare Lena Ek"])
    for col, w in zip("ABCDEFGH", [5, 70, 30, 11, 11, 11, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    README.append(f"- `{fil}` — BUN, xlsx with emoji traffic lights 🟢🟡🔴⚪, columns in odd order Helår 2025 | Helår 2024 | Delår 2025; merged group-heading rows; legend as one sentence below; Helår blank but Delår 🟢 + note 'klart vid delår' (GENOMFORD); only 2024 value (SAKNAS); only 'Se bilaga 3' (OKLAR); Brister J/N column.")
    return fil


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx, one small table per control, 2024/2025 columns
#    (one table with 2025 before 2024), letter codes explained in intro text
# ---------------------------------------------------------------------------
def sn():
    fil = "Socialnämnden - uppföljning internkontrollplan 2025.docx"
    N = "Socialnämnden"
    d = Document()
    d.core_properties.title = "Uppföljning internkontrollplan"
    d.core_properties.author = "Socialförvaltningen"
    d.sections[0].header.paragraphs[0].text = "Socialförvaltningen – " + KOMMUN
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", 1)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph(
        "Varje kontrollmoment redovisas i en egen tabell nedan. Föregående års resultat står kvar "
        "för jämförelse. I raden Bedömning används följande beteckningar: G = genomförd utan "
        "anmärkning, GA = genomförd med avvikelse, P = påbörjad, EG = ej genomförd, U = utgår ur planen.")
    ctrls = [
        ("Kontroll av att beslut om bistånd enligt SoL fattas i enlighet med delegationsordningen",
         "Stickprov 30 beslut", "Inga avvikelser.", "G",
         "Två beslut fattade av handläggare utan delegation.", "GA", False, "GENOMFORD", "ja"),
        ("Stickprov på utbetalningar av ekonomiskt bistånd mot underlag i verksamhetssystemet",
         "Stickprov 25 utbetalningar", "En utbetalning saknade underlag.", "GA",
         "Samtliga utbetalningar hade korrekt underlag.", "G", False, "GENOMFORD", "nej"),
        ("Kontroll av att gynnande LSS-beslut verkställs inom tre månader",
         "Uttag ur Lifecare", "Påbörjad.", "P",
         "Genomgång gjord för 60 % av besluten, resten under våren 2026.", "P", False, "DELVIS", "nej"),
        ("Loggkontroll av åtkomst till journaler i verksamhetssystemet Lifecare",
         "Slumpvis loggkontroll", "Tio loggar kontrollerade.", "G",
         "Ingen loggkontroll har genomförts under året.", "EG", True, "EJ_GENOMFORD", "nej"),
        ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur ärendelista", "", "P",
         "Kontrollen genomförd. Samtliga 112 anmälningar bedömdes inom 14 dagar.", "", False,
         "GENOMFORD", "nej"),
        ("Uppföljning av att avgiftsbeslut inom äldreomsorgen omprövas årligen",
         "Stickprov 20 avgiftsbeslut", "Genomförd.", "G",
         "Utgår enligt beslut SN 2025-05-21 § 67.", "U", False, "UTGAR", "nej"),
        ("Kontroll av att genomförandeplaner upprättas inom hemtjänsten",
         "Genomgång per hemtjänstgrupp", "Påbörjad i två grupper.", "P",
         "Se bilaga 2.", "Se bilaga", False, "OKLAR", "nej"),
        ("Kontroll av att synpunkter och klagomål registreras och besvaras inom tre veckor",
         "Genomgång av synpunktsregistret", "Genomförd, inga avvikelser.", "G",
         "", "", False, "SAKNAS", "nej"),
    ]
    for i, (km, metod, r24, b24, r25, b25, rev, st, av) in enumerate(ctrls, 1):
        d.add_paragraph(f"Kontrollmoment {i}").runs[0].bold = True
        t = d.add_table(rows=5, cols=3)
        t.style = "Table Grid"
        t.cell(0, 0).text = "Kontrollmoment"
        c = t.cell(0, 1).merge(t.cell(0, 2)); c.text = km
        t.cell(1, 0).text = "Metod"
        c = t.cell(1, 1).merge(t.cell(1, 2)); c.text = metod
        y1, y2 = ("2025", "2024") if rev else ("2024", "2025")
        a, b = ((r25, b25), (r24, b24)) if rev else ((r24, b24), (r25, b25))
        t.cell(2, 0).text = ""
        t.cell(2, 1).text = y1
        t.cell(2, 2).text = y2
        t.cell(3, 0).text = "Resultat"
        t.cell(3, 1).text = a[0]
        t.cell(3, 2).text = b[0]
        t.cell(4, 0).text = "Bedömning"
        t.cell(4, 1).text = a[1]
        t.cell(4, 2).text = b[1]
        d.add_paragraph("")
        exp(fil, N, km, st, av)
    d.add_paragraph("Björkeryd 2026-01-28")
    d.add_paragraph("Karin Holm, förvaltningschef socialförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    README.append(f"- `{fil}` — SN, docx with one small table per control (Kontrollmoment/Metod merged rows, then a 2024 | 2025 grid with Resultat and Bedömning); letter codes G/GA/P/EG/U explained in intro prose (GA = avvikelse); table 4 has columns 2025 | 2024 reversed; blank Bedömning with result text saying done; 'Se bilaga' (OKLAR); 2025 empty (SAKNAS).")


# ---------------------------------------------------------------------------
# 4. SBN - xlsx, status only as fill colour, legend on another sheet,
#    "Nämnd: SBN" cell, Delår 2024 | Helår 2024 | Delår 2025 (interim file),
#    one control text running over two rows
# ---------------------------------------------------------------------------
def sbn():
    fil = "SBN_IK_2025.xlsx"
    N = "Samhällsbyggnadsnämnden"
    GR = PatternFill("solid", fgColor="00B050")
    YE = PatternFill("solid", fgColor="FFFF00")
    RE = PatternFill("solid", fgColor="FF0000")
    GY = PatternFill("solid", fgColor="A6A6A6")
    FILL = {"g": GR, "y": YE, "r": RE, "x": GY, "": None}
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = KOMMUN
    ws["A2"] = "Nämnd:"; ws["B2"] = "SBN"
    ws["A3"] = "Uppföljning internkontroll"; ws["B3"] = "Delår 2025 (per 31 augusti)"
    ws.append([])
    ws.append(["Område", "Kontrollmoment", "Kontrollansvarig", "Delår 2024", "Helår 2024",
               "Delår 2025", "Kommentar", "Avvikelse (Ja/Nej)"])
    for c in ws[5]:
        c.font = BOLD
    rows = [
        ("Mark och exploatering", "Kontroll av att markanvisningsavtal följer antagen markanvisningspolicy",
         "MEX-ingenjör", "g", "g", "g", "Två avtal granskade.", "Nej", "GENOMFORD", "nej"),
        ("Bostadsanpassning", "Stickprov på att bostadsanpassningsbidrag beviljas enligt lag och delegation",
         "Handläggare BAB", "y", "g", "g", "1 av 15 beslut saknade läkarintyg.", "Ja", "GENOMFORD", "ja"),
        ("Planering", "Kontroll av att plankostnadsavtal tecknas innan planarbete påbörjas",
         "Planchef", "", "g", "y", "Kontroll pågår, klar till helår.", "Nej", "DELVIS", "nej"),
        ("Mark och exploatering", ("Uppföljning av att exploateringskalkyler stäms av",
                                   "mot utfall vid projektavslut"),
         "Ekonom SBF", "r", "y", "r", "Ej hunnits med under våren.", "", "EJ_GENOMFORD", "nej"),
        ("Lantmäteri", "Kontroll av att adressättning och lägenhetsregister uppdateras inom 30 dagar",
         "GIS-samordnare", "g", "g", "", "", "", "SAKNAS", "nej"),
        ("Mark och exploatering", "Kontroll av att arrendeavtal indexuppräknas och faktureras årligen",
         "MEX-ingenjör", "g", "g", "x", "Arrenden hanteras av tekniska förvaltningen från 2025.", "",
         "UTGAR", "nej"),
        ("IT", "Kontroll av att GIS-behörigheter avslutas när anställning upphör",
         "GIS-samordnare", "", "r", "y", "Tre konton för avslutade konsulter fanns kvar, två borttagna.",
         "Ja", "DELVIS", "ja"),
        ("Planering", "Kontroll av att antagna detaljplaner expedieras till Lantmäteriet i tid",
         "Planarkitekt", "g", "g", "g", "Samtliga fyra planer expedierade inom två veckor.", "Nej",
         "GENOMFORD", "nej"),
    ]
    for r in rows:
        km = r[1]
        if isinstance(km, tuple):
            ws.append([r[0], km[0], r[2], None, None, None, r[6], r[7]])
            rr = ws.max_row
            for j, k in zip((4, 5, 6), (3, 4, 5)):
                if FILL[r[k]]:
                    ws.cell(rr, j).fill = FILL[r[k]]
            ws.append([None, km[1]])
            km = km[0] + " " + km[1]
        else:
            ws.append([r[0], km, r[2], None, None, None, r[6], r[7]])
            rr = ws.max_row
            for j, k in zip((4, 5, 6), (3, 4, 5)):
                if FILL[r[k]]:
                    ws.cell(rr, j).fill = FILL[r[k]]
        exp(fil, N, km, r[8], r[9])
    ws.append([])
    ws.append(["", "Färgernas betydelse, se flik Förklaring."])
    for col, w in zip("ABCDEFGH", [22, 70, 18, 11, 11, 11, 55, 16]):
        ws.column_dimensions[col].width = w
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Förklaring till färgmarkering"
    lg["A1"].font = BOLD
    for i, (f, t) in enumerate([(GR, "Kontroll genomförd"), (YE, "Delvis genomförd / pågår"),
                                (RE, "Ej genomförd"), (GY, "Utgår")], start=3):
        lg.cell(i, 1).fill = f
        lg.cell(i, 2, t)
    lg.column_dimensions["B"].width = 30
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    README.append(f"- `{fil}` — SBN, xlsx interim (Delår 2025) copied from 2024: Delår 2024 | Helår 2024 | Delår 2025, status only as cell fill colour, legend on sheet 'Förklaring'; nämnd only as 'Nämnd: SBN'; control text over two rows; grey = utgår; no fill in 2025 (SAKNAS).")


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden - .xls, tick columns 2024 (X) and 2025 (✓) under a
#    two-level header, contradictory ticks, Summa row; nämnd only in file name
# ---------------------------------------------------------------------------
def tn(tmp):
    fil = "TN IK-uppföljning helår 2025.xls"
    N = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår"
    ws["A1"] = "Uppföljning intern kontroll – helår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Instruktion: Sätt ett X (2025: bock) i den kolumn som stämmer. Ange avvikelse och kommentar."
    ws["A4"] = "Kontrollmoment"; ws["B4"] = "Frekvens"
    ws["C4"] = "2024"; ws.merge_cells("C4:E4")
    ws["F4"] = "2025"; ws.merge_cells("F4:H4")
    ws["I4"] = "Avvikelse noterad"; ws["J4"] = "Kommentar"
    ws.append(["", "", "Genomförd", "Delvis", "Ej genomförd", "Genomförd", "Delvis", "Ej genomförd", "", ""])
    for rr in (4, 5):
        for c in ws[rr]:
            c.font = BOLD
    ws.merge_cells("A4:A5"); ws.merge_cells("B4:B5"); ws.merge_cells("I4:I5"); ws.merge_cells("J4:J5")
    X, V = "X", "✓"
    rows = [
        ("Kontroll av att fakturor för entreprenader stäms av mot avtalade à-priser", "Kvartalsvis",
         (X, "", ""), (V, "", ""), "Nej", "", "GENOMFORD", "nej"),
        ("Kontroll av att kommunens fordon har genomgått besiktning i tid", "Halvår",
         (X, "", ""), ("", V, ""), "Nej", "Fordon i hemtjänsten kvar att kontrollera.", "DELVIS", "nej"),
        ("Kontroll av att egenkontroller enligt livsmedelslagen utförs i kommunens kök", "Halvår",
         ("", X, ""), (V, "", ""), "Ja", "Brister i temperaturloggning i två kök.", "GENOMFORD", "ja"),
        ("Stickprov på att drivmedelskort används enligt gällande rutin", "Årligen",
         (X, "", ""), ("", "", V), "", "Hanns inte med.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att VA-anslutningsavgifter debiteras enligt gällande taxa", "Årligen",
         (X, "", ""), (V, "", V), "", "", "OKLAR", "nej"),
        ("Kontroll av att lokalvårdens avtal med externa städbolag följs upp", "Årligen",
         (X, "", ""), ("", "", ""), "", "", "SAKNAS", "nej"),
        ("Kontroll av att inventarieförteckningar för maskiner och verktyg är uppdaterade", "Årligen",
         ("", "", X), ("", "", ""), "", "Utgår ur planen 2025 enligt TN § 12.", "UTGAR", "nej"),
        (("Kontroll av att felanmälningar gällande gatubelysning", "åtgärdas inom utlovad tid"), "Månadsvis",
         ("", X, ""), (V, "", ""), "Nej", "", "GENOMFORD", "nej"),
    ]
    for km, fr, t24, t25, av, kom, st, avx in rows:
        if isinstance(km, tuple):
            ws.append([km[0], fr, *t24, *t25, av, kom])
            ws.append([km[1]])
            km = km[0] + " " + km[1]
        else:
            ws.append([km, fr, *t24, *t25, av, kom])
        exp(fil, N, km, st, avx)
    ws.append(["Summa", "", 5, 2, 1, 4, 1, 2, "", ""])
    ws.cell(ws.max_row, 1).font = BOLD
    ws.append([])
    ws.append(["Godkänd av förvaltningschef Mats Nilsson 2026-01-19"])
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["J"].width = 45
    for c in "CDEFGH":
        ws.column_dimensions[c].width = 12
    src = os.path.join(tmp, "TN IK-uppföljning helår 2025.xlsx")
    wb.save(src)
    soffice(src, "xls", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    README.append(f"- `{fil}` — TN, .xls (via soffice) with tick columns Genomförd | Delvis | Ej genomförd under merged 2024 and 2025 headers (X in 2024, ✓ in 2025); nämnd only in file name; instruction row; control text over two rows; ticks in both Genomförd and Ej (OKLAR); no tick 2025 (SAKNAS); no tick + 'Utgår' comment (UTGAR); Summa row.")


# ---------------------------------------------------------------------------
# 6. Hypergene export - csv cp1252 ';', KFN + MBN, one row per control and period
#    (2024 T3, 2025 T1, T2, T3)
# ---------------------------------------------------------------------------
def export():
    fil = "Hypergene_export_internkontroll_2025.csv"
    KFN = "Kultur- och fritidsnämnden"
    MBN = "Miljö- och byggnämnden"
    lines = [
        ["Rapport: Internkontroll – uppföljning kontrollmoment", "", "", "", "", "", ""],
        ["Urval: 2024-09-01 -- 2025-12-31, samtliga organisationer", "", "", "", "", "", ""],
        ["Organisation", "Kontrollområde", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar"],
    ]
    ctrls = [
        (KFN, "Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna",
         [("2024 T3", "Genomförd", "Nej", ""), ("2025 T1", "Ej påbörjad", "", ""),
          ("2025 T2", "Pågående", "", "Ansökningar granskas."),
          ("2025 T3", "Genomförd", "Ja", "En förening fick dubbelt aktivitetsstöd – återkrävt.")],
         "GENOMFORD", "ja"),
        (KFN, "Kassahantering", "Kontroll av att kassahantering i simhallen följer kassarutinen",
         [("2025 T1", "Genomförd", "Nej", ""), ("2025 T2", "Genomförd", "Nej", ""),
          ("2025 T3", "Genomförd", "Nej", "Kassaavstämning utan differenser.")], "GENOMFORD", "nej"),
        (KFN, "Inköp", "Kontroll av att bibliotekets medieinköp görs inom ramavtal",
         [("2025 T1", "Pågående", "", ""), ("2025 T2", "Pågående", "", ""),
          ("2025 T3", "Pågående", "Nej", "Avtalsuppföljningen fortsätter 2026.")], "DELVIS", "nej"),
        (KFN, "Lokaler", "Uppföljning av att hyresavtal för samlingslokaler är aktuella",
         [("2025 T1", "", "", ""), ("2025 T2", "Ej påbörjad", "", ""),
          ("2025 T3", "Ej påbörjad", "", "Prioriterades bort p.g.a. sjukskrivning.")],
         "EJ_GENOMFORD", "nej"),
        (KFN, "Lokaler", "Kontroll av att uthyrning av kommunens lokaler till föreningar registreras i bokningssystemet",
         [("2024 T3", "Genomförd", "Nej", "")], "SAKNAS", "nej"),
        (MBN, "Bygglov", "Kontroll av att bygglov handläggs inom lagstadgad tid om tio veckor",
         [("2024 T3", "Pågående", "", ""), ("2025 T1", "Pågående", "", ""), ("2025 T2", "Pågående", "", ""),
          ("2025 T3", "Genomförd", "Ja", "Tre ärenden överskred tiden, avgiften reducerades.")],
         "GENOMFORD", "ja"),
        (MBN, "Miljötillsyn", "Kontroll av att tillsynsavgifter enligt miljöbalken faktureras",
         [("2025 T2", "Pågående", "", ""), ("2025 T3", "Genomförd", "Nej", "")], "GENOMFORD", "nej"),
        (MBN, "Delegation", "Kontroll av att delegationsbeslut inom miljö och bygg anmäls till nämnden",
         [("2025 T1", "Ej påbörjad", "", ""), ("2025 T2", "Ej aktuell", "", ""),
          ("2025 T3", "Ej aktuell", "", "Ingår i kommungemensam kontroll.")], "UTGAR", "nej"),
        (MBN, "Bygglov", "Kontroll av att slutbesked inte lämnas utan godkänd sakkunnig kontroll",
         [("2025 T2", "Pågående", "", ""), ("2025 T3", "Pågående", "Nej", "10 av 25 ärenden granskade.")],
         "DELVIS", "nej"),
        (MBN, "Strandskydd", "Kontroll av att strandskyddsdispenser skickas till Länsstyrelsen",
         [("2025 T1", "", "", ""), ("2025 T2", "", "", ""),
          ("2025 T3", "", "", "Osäkert – uppgift saknas från handläggarna.")], "OKLAR", "nej"),
    ]
    for org, omr, km, per, st, av in ctrls:
        for p, s, a, k in per:
            lines.append([org, omr, km, p, s, a, k])
        exp(fil, org, km, st, av)
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))
    README.append(f"- `{fil}` — Hypergene export, cp1252 ';' CRLF, two report lines before the header, Organisation column with KFN and MBN, one row per control and period (2024 T3, 2025 T1–T3; T3 decides); a control with only a 2024 T3 row (SAKNAS); 'Ej aktuell' (UTGAR); empty status with 'Osäkert' comment (OKLAR).")


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - odt, form-like label/value text, no table
# ---------------------------------------------------------------------------
def ofn():
    fil = "ÖFN helårsuppföljning IK 2025.odt"
    N = "Överförmyndarnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(bold)
    doc.text.addElement(H(outlinelevel=1, text="Överförmyndarnämnden i " + KOMMUN))
    doc.text.addElement(P(text="Uppföljning av intern kontroll, helår 2025"))
    doc.text.addElement(P(text="Nedan redovisas varje kontrollmoment. Uppgifterna för 2024 står kvar från förra årets rapport."))
    doc.text.addElement(P(text=""))
    ctrls = [
        ("Granskning av årsräkningar sker inom sex månader från inlämnande",
         "Ja", "Delvis", "Ja", "94 % granskade i tid, sju ärenden försenade.", "DELVIS", "ja"),
        ("Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret",
         "Ja", "Ja", "Nej", "Samtliga nya ställföreträdare kontrollerade.", "GENOMFORD", "nej"),
        ("Kontroll av att arvoden till gode män beräknas enligt nämndens riktlinje",
         "Delvis", "Ja", "Ja", "Två arvoden felberäknade och rättade.", "GENOMFORD", "ja"),
        ("Kontroll av att uttag från spärrade konton har godkänts av nämnden",
         "Ja", "Nej", "", "Bankernas underlag har inte inkommit.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att förteckningar inkommer inom två månader efter förordnande",
         "Ja", "", "", "", "SAKNAS", "nej"),
    ]
    for i, (km, g24, g25, av, iakt, st, avx) in enumerate(ctrls, 1):
        doc.text.addElement(P(stylename=bold, text=f"Kontrollmoment {i}: {km}"))
        doc.text.addElement(P(text=f"Genomfört 2024: {g24}"))
        doc.text.addElement(P(text=f"Genomfört 2025: {g25}"))
        doc.text.addElement(P(text=f"Avvikelse: {av}"))
        doc.text.addElement(P(text=f"Iakttagelser: {iakt}"))
        doc.text.addElement(P(text=""))
        exp(fil, N, km, st, avx)
    doc.text.addElement(P(text="Björkeryd 2026-01-15"))
    doc.text.addElement(P(text="Eva Sundberg, ordförande"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    README.append(f"- `{fil}` — ÖFN, odt form-like text without a table: 'Kontrollmoment n: …', 'Genomfört 2024: Ja', 'Genomfört 2025: Delvis', 'Avvikelse:', 'Iakttagelser:'; 2025 empty (SAKNAS); signature.")


# ---------------------------------------------------------------------------
# 8. Broken: truncated copy of BUN's workbook (autosave)
# ---------------------------------------------------------------------------
def broken(bunfil):
    fil = "BUN IK 2025 helår (autosparad).xlsx"
    data = open(os.path.join(OUT, bunfil), "rb").read()
    open(os.path.join(OUT, fil), "wb").write(data[: int(len(data) * 0.55)])
    FILES.append((fil, "AVVISAD", "Barn- och utbildningsnämnden", "2025", ""))
    README.append(f"- `{fil}` — truncated .xlsx (autosave copy of BUN's file, cut at 55 %), must be rejected.")


def main():
    tmp = tempfile.mkdtemp(prefix="r34-")
    ks()
    bf = bun()
    sn()
    sbn()
    tn(tmp)
    export()
    ofn()
    broken(bf)
    shutil.rmtree(tmp)

    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
            ("Miljö- och byggnämnden", "MBN|Miljö och bygg|Miljö- och byggförvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
            ("Valnämnden", "VN"),
            ("Krisledningsnämnden", "KLN"),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# Round 34 – Björkeryds kommun (Småland), internkontroll 2025\n\n")
        f.write("Small kommun, thin economy office; secretaries copy last year's file and add 2025 columns. "
                "Valnämnden and Krisledningsnämnden send nothing.\n\n")
        f.write("\n".join(README) + "\n")


if __name__ == "__main__":
    main()
