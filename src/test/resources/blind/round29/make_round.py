#!/usr/bin/python3
# Blind round 29 - Alsterå kommun (Kalmar län), internkontroll 2025, januari-inkorgen.
import io, os, csv, shutil, subprocess, tempfile, zipfile

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H, Span, Tab
from odf import meta, dc

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Alsterå kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    EXPECTED.append((fil, namnd, " ".join(text.split()), status, avv))


THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HDR_FILL = PatternFill("solid", fgColor="FF1F4E78")
HDR_FONT = Font(bold=True, color="FFFFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# Kommunens mall (Excel): title block, instruction, table, signature.
TEMPLATE_HEAD = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
                 "Status delår", "Status helår", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
STATUS_LIST = '"Genomförd,Delvis genomförd,Ej genomförd,Utgår"'


def template_sheet(ws, namnd_cell, rows, merges=(), header_text=None):
    ws.title = "Uppföljning"
    ws["A1"] = KOMMUN
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"
    ws["C3"] = namnd_cell
    ws["A4"] = "Uppföljningstillfälle:"
    ws["C4"] = "Helår 2025"
    ws["A3"].font = ws["A4"].font = Font(bold=True)
    ws["A5"] = ("Instruktion: Ange status för respektive kontrollmoment via rullistan (Genomförd / Delvis "
                "genomförd / Ej genomförd / Utgår). Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller "
                "brister och beskriv vidtagen eller planerad åtgärd i kommentarsfältet.")
    ws["A5"].font = Font(italic=True, size=9)
    ws.merge_cells("A5:J5")
    ws["A5"].alignment = WRAP
    ws.row_dimensions[5].height = 30
    hr = 7
    for i, h in enumerate(TEMPLATE_HEAD, 1):
        c = ws.cell(hr, i, h)
        c.fill, c.font, c.border, c.alignment = HDR_FILL, HDR_FONT, BORDER, WRAP
    r = hr + 1
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border, c.alignment = BORDER, WRAP
        r += 1
    for m in merges:
        ws.merge_cells(m)
    dv = DataValidation(type="list", formula1=STATUS_LIST, allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(dv)
    dv.add(f"G{hr+1}:H{hr+len(rows)}")
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(dv2)
    dv2.add(f"I{hr+1}:I{hr+len(rows)}")
    for col, w in zip("ABCDEFGHIJ", [5, 18, 48, 24, 12, 18, 16, 16, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{hr+1}"
    if header_text:
        ws.oddHeader.center.text = header_text
    ws.oddFooter.right.text = "Sida &P av &N"
    return r


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - kommunens mall, välskött (.xlsx)
def file_ks():
    fil = "IK-uppföljning 2025 Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    data = [
        # nr, process, kontrollmoment, metod, frekvens, ansvarig, delår, helår, avv, kommentar, STATUS, AVV
        (1, "Attest", "Attest av leverantörsfakturor sker av behörig attestant enligt gällande attestförteckning",
         "Stickprov 30 fakturor", "Två ggr/år", "Ekonomichef", "Genomförd", "Genomförd", "Nej",
         "Inga avvikelser i stickproven.", "GENOMFORD", "nej"),
        (2, "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen vid nästkommande sammanträde",
         "Genomgång av delegationslistor", "Halvår", "Kanslichef", "Genomförd", "Genomförd", "Ja",
         "Tre beslut från HR-avdelningen anmäldes först efter två månader. Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        (3, "Upphandling", "Direktupphandlingar över 100 000 kr är dokumenterade enligt riktlinjen för direktupphandling",
         "Stickprov 10 inköp", "Helår", "Upphandlingschef", "Delvis genomförd", "Genomförd", "Ja",
         "2 av 10 direktupphandlingar saknade dokumentation av prisjämförelse. Information till beställare i december.",
         "GENOMFORD", "ja"),
        (4, "Löner", "Kontroll av att löneutbetalningar till avslutade anställningar har stoppats i tid",
         "Avstämning mot personalsystemet", "Kvartalsvis", "HR-chef", "Genomförd", "Delvis genomförd", "Nej",
         "Kvartal 1-3 kontrollerade utan anmärkning. Kvartal 4 kontrolleras i februari.", "DELVIS", "nej"),
        (5, "Behörigheter", "Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
         "Systemuttag", "Halvår", "IT-chef", "Ej genomförd", "Ej genomförd", "Nej",
         "Ej genomförd på grund av byte av ekonomisystem under hösten.", "EJ_GENOMFORD", "nej"),
        (6, "Informationssäkerhet", "Samtliga medarbetare har genomfört kommunens webbutbildning i informationssäkerhet",
         "Uttag ur lärplattformen", "Helår", "Informationssäkerhetssamordnare", "Delvis genomförd", "", "",
         "Utbildningen är genomförd av samtliga medarbetare per den 30 november.", "GENOMFORD", "nej"),
        (7, "Representation", "Representation och förtroendekänsliga poster hanteras enligt kommunens riktlinjer",
         "Stickprov 20 verifikationer", "Helår", "Controller", "Genomförd", "Genomförd", "Ja",
         "Två fakturor saknade deltagarförteckning och syfte. Kompletterat.", "GENOMFORD", "ja"),
        (8, "Dokumenthantering", "Inkomna allmänna handlingar diarieförs inom en vecka från ankomstdatum",
         "Stickprov i diariet", "Halvår", "Kanslichef", "Utgår", "Utgår", "",
         "Kontrollen utgick genom KS beslut 2025-03-04 § 38 och ersätts i 2026 års plan.", "UTGAR", "nej"),
        (9, "Krisberedskap", "Kommunens krisledningsplan har reviderats och övats under året",
         "Dokumentgranskning", "Helår", "Säkerhetssamordnare", "", "", "", "", "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    r = template_sheet(ws, "Kommunstyrelsen", [d[:10] for d in data], header_text="Alsterå kommun – Kommunstyrelsen")
    ws.cell(r + 2, 1, "Uppföljningen godkänd av: Karin Lövgren, kommundirektör")
    ws.cell(r + 3, 1, "Datum: 2026-01-15")
    wb.properties.title = "Uppföljning internkontrollplan 2025"
    wb.properties.creator = "Ekonomiavdelningen"
    wb.save(os.path.join(OUT, fil))
    for d in data:
        exp(fil, N, d[2], d[10], d[11])
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - samma mall, sparad som .xls, filnamn med 2024, sammanställning, sammanslagna celler
def file_bun(tmp):
    fil = "Kopia av IK-uppföljning BUN 2024.xls"
    N = "Barn- och utbildningsnämnden"
    data = [
        (1, "Skolskjuts", "Beslut om skolskjuts fattas enligt gällande riktlinjer och delegationsordning",
         "Stickprov 20 beslut", "Helår", "Skolskjutssamordnare", "Genomförd", "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        (2, "", "Fakturor för skolskjutstrafik stäms av mot avtalade priser och körda turer",
         "Avstämning mot turlistor", "Kvartalsvis", "Controller", "Delvis genomförd", "Genomförd", "Ja",
         "Dubbelfakturering av en linje i oktober upptäcktes och har krediterats.", "GENOMFORD", "ja"),
        (3, "Elevhälsa", "Elevhälsans journalföring sker i journalsystemet enligt rutin och inom angiven tid",
         "Journalgranskning", "Halvår", "Verksamhetschef elevhälsa", "Delvis genomförd", "Delvis genomförd", "Ja",
         "Brister i journalföring på två enheter. Uppföljning sker vt 2026.", "DELVIS", "ja"),
        (4, "Kränkande behandling", "Anmälan om kränkande behandling rapporteras till huvudmannen inom två arbetsdagar",
         "Uttag ur anmälningssystemet", "Halvår", "Kvalitetsstrateg", "Genomförd", "Genomförd", "Ja",
         "I 14 av 92 ärenden gjordes anmälan senare än två arbetsdagar.", "GENOMFORD", "ja"),
        (5, "Närvaro", "Problematisk frånvaro hos elever uppmärksammas och anmäls till elevhälsoteamet",
         "Stickprov per skolenhet", "Terminsvis", "Rektorer", "Ej genomförd", "Delvis genomförd", "Nej",
         "Genomfört på fyra av sju skolenheter.", "DELVIS", "nej"),
        (6, "Avgifter", "Inkomstuppgifter för avgifter i förskola och fritidshem kontrolleras mot Skatteverkets uppgifter",
         "Inkomstjämförelse", "Helår", "Avgiftshandläggare", "Genomförd", "", "Nej",
         "Kontrollen genomfördes i maj enligt plan (engångskontroll). Inga avvikelser.", "GENOMFORD", "nej"),
        (7, "Inköp", "Inköp av läromedel sker från avtalade leverantörer (avtalstrohet)",
         "Leverantörsreskontra", "Halvår", "Controller", "Delvis genomförd", "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        (8, "Lokaler", "Systematiskt brandskyddsarbete dokumenteras på samtliga förskolor och skolor",
         "Egenkontrollprotokoll", "Helår", "Fastighetssamordnare", "Ej genomförd", "Ej genomförd", "Nej",
         "Ej genomförd, flyttas till 2026 års plan.", "EJ_GENOMFORD", "nej"),
        (9, "Behörigheter", "Behörigheter i lärplattformen och elevregistret avslutas när personal slutar",
         "Systemuttag", "Terminsvis", "Systemförvaltare", "Genomförd", "Se kommentar", "", "",
         "OKLAR", "nej"),
        (10, "Personal", "Kontroll av att lärare som tillsvidareanställs har lärarlegitimation för aktuella ämnen",
         "Kontroll mot Skolverkets register", "Helår", "HR-konsult", "Genomförd", "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
    ]
    rows = [list(d[:10]) for d in data]
    rows[1][1] = None
    wb = Workbook()
    ws = wb.active
    r = template_sheet(ws, "BUN", rows, merges=("B8:B9",), header_text="Barn- och utbildningsförvaltningen")
    ws["B8"].alignment = Alignment(vertical="center", wrap_text=True)
    r += 1
    ws.cell(r, 2, "Sammanställning helår").font = Font(bold=True)
    for lbl, n in [("Antal kontrollmoment", 10), ("Genomförda", 5), ("Delvis genomförda", 2),
                   ("Ej genomförda", 1)]:
        r += 1
        ws.cell(r, 2, lbl)
        ws.cell(r, 3, n)
    r += 2
    ws.cell(r, 1, "Förvaltningschef: Henrik Ståhl")
    ws.cell(r + 1, 1, "Datum: 2026-01-12")
    src = os.path.join(tmp, "bun.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round29", "--headless",
                    "--convert-to", "xls", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "bun.xls"), os.path.join(OUT, fil))
    for d in data:
        exp(fil, N, d[2], d[10], d[11])
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. VON - mallen med egna kolumner, status helår endast som cellfärg, förklaring på flik 2
GREEN, YELLOW, RED, GREY = "FF00B050", "FFFFC000", "FFFF0000", "FFBFBFBF"
GROUP_FILL = "FFDDEBF7"


def file_von():
    fil = "Internkontroll VON 2025 helår.xlsx"
    N = "Vård- och omsorgsnämnden"
    head = ["Nr", "Process/rutin", "Kontrollmoment", "Riskvärde (S×K)", "Berörd enhet", "Kontrollmetod",
            "Ansvarig", "Status delår", "Status helår", "Avvikelse", "Kommentar/åtgärd", "Klart datum"]
    # (group) or (nr, process, text, risk, enhet, metod, ansvarig, delår, helår_fill, helår_text, avv, komm, klart, STATUS, AVV)
    rows = [
        ("Hemtjänst",),
        (1, "Hemtjänst", "Beviljade hemtjänsttimmar stäms av mot utförd tid i planeringssystemet",
         12, "Hemtjänst norr och söder", "Uttag ur planeringssystemet", "Enhetschefer", "Genomförd", GREEN, "",
         "X", "Avvikelse på 8 % i en grupp, åtgärdsplan upprättad.", "2025-11-30", "GENOMFORD", "ja"),
        (2, "Hemtjänst", "Nyckelhantering i hemtjänsten följer rutin för kvittering och inventering",
         9, "Samtliga hemtjänstgrupper", "Inventering", "Enhetschefer", "Delvis", YELLOW, "Pågår",
         "", "Inventering klar i två av tre grupper.", "", "DELVIS", "nej"),
        ("Särskilt boende",),
        (3, "Avgifter", "Avgiftsbeslut för boende på särskilt boende grundas på aktuell inkomstförfrågan",
         8, "Avgiftshandläggning", "Stickprov 15 beslut", "Avgiftshandläggare", "Genomförd", RED, "",
         "X", "Vårens stickprov visade två felaktiga avgifter. Höstens kontroll utfördes inte på grund av vakans.",
         "", "EJ_GENOMFORD", "ja"),
        (4, "Brukarmedel", "Hantering av brukares privata medel sker med kvittens och månadsavstämning",
         12, "Särskilda boenden", "Stickprov kassaböcker", "Enhetschefer", "Ej påbörjad", GREEN, "",
         "", "Genomförd i november, inga avvikelser.", "2025-11-20", "GENOMFORD", "nej"),
        (5, "Läkemedel", "Narkotikaförteckningar kontrolleras och signeras på samtliga enheter",
         16, "Särskilda boenden", "Inventering", "MAS", "Genomförd", GREEN, "",
         "X", "Differens på en enhet, händelsen utredd av MAS.", "2025-12-15", "GENOMFORD", "ja"),
        ("LSS",),
        (6, "LSS", "Beslut om insatser enligt LSS verkställs inom tre månader eller rapporteras till IVO",
         12, "LSS-handläggning", "Uttag ur verksamhetssystemet", "Biståndschef", "Delvis", YELLOW, "",
         "X", "Två ej verkställda beslut rapporterades för sent till IVO.", "", "DELVIS", "ja"),
        (7, "LSS", "Tidrapporter för personlig assistans i egen regi attesteras och stäms av mot beviljade timmar",
         9, "Personlig assistans", "Stickprov", "Enhetschef PA", "Genomförd", GREEN, "",
         "", "", "2025-12-01", "GENOMFORD", "nej"),
        (8, "LSS", "Genomförandeplaner i LSS-boenden upprättas inom 14 dagar och följs upp halvårsvis",
         8, "Gruppbostäder", "Journalgranskning", "Enhetschefer", "", None, "",
         "", "", "", "SAKNAS", "nej"),
        ("Gemensamt",),
        (9, "Informationssäkerhet", "Loggkontroller i verksamhetssystemet för att upptäcka obehörig åtkomst till journaler",
         12, "Hela förvaltningen", "Loggutdrag", "Systemförvaltare", "Ej påbörjad", GREY, "",
         "", "Ersätts av central loggkontroll enligt KS beslut.", "", "UTGAR", "nej"),
        (10, "Löner", "Timanställdas tidrapporter kontrolleras mot bemanningsschemat före löneutbetalning",
         6, "Hela förvaltningen", "Stickprov", "Bemanningsenheten", "Ej påbörjad", RED, "",
         "", "", "", "EJ_GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = KOMMUN
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Vård- och omsorgsförvaltningen"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"
    ws["C3"] = "Vård- och omsorgsnämnden"
    ws["A4"] = "Uppföljningstillfälle:"
    ws["C4"] = "Helår 2025"
    ws["A3"].font = ws["A4"].font = Font(bold=True)
    ws["A5"] = "Status helår anges med färg, se fliken Förklaring. Riskvärde = sannolikhet × konsekvens (1–16)."
    ws["A5"].font = Font(italic=True, size=9)
    hr = 7
    for i, h in enumerate(head, 1):
        c = ws.cell(hr, i, h)
        c.fill, c.font, c.border, c.alignment = HDR_FILL, HDR_FONT, BORDER, WRAP
    r = hr + 1
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            for i in range(1, 13):
                ws.cell(r, i).fill = PatternFill("solid", fgColor=GROUP_FILL)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            r += 1
            continue
        (nr, proc, text, risk, enhet, metod, ansv, delar, fill, htext, avv, komm, klart, st, av) = row
        vals = [nr, proc, text, risk, enhet, metod, ansv, delar, htext, avv, komm, klart]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border, c.alignment = BORDER, WRAP
        if fill:
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=fill)
        exp(fil, N, text, st, av)
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställd av: Lena Karlsson, kvalitetsutvecklare, 2026-01-14")
    for col, w in zip("ABCDEFGHIJKL", [5, 16, 48, 10, 22, 22, 18, 13, 13, 10, 46, 12]):
        ws.column_dimensions[col].width = w
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Färgförklaring status helår"
    lg["A1"].font = Font(bold=True, size=12)
    for i, (fill, txt) in enumerate([(GREEN, "Genomförd – kontrollen utförd enligt plan"),
                                     (YELLOW, "Delvis genomförd / pågår"),
                                     (RED, "Ej genomförd"),
                                     (GREY, "Utgår ur planen")], 3):
        lg.cell(i, 1).fill = PatternFill("solid", fgColor=fill)
        lg.cell(i, 1).border = BORDER
        lg.cell(i, 2, txt)
    lg["A8"] = "Avvikelse markeras med X i kolumnen Avvikelse när kontrollen visat fel eller brister."
    lg.column_dimensions["A"].width = 8
    lg.column_dimensions["B"].width = 50
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Socialnämnden - Word, en tabell per process, avslutande bedömning
def file_sn():
    fil = "Socialnämnden uppföljning internkontroll helår 2025.docx"
    N = "Socialnämnden"
    procs = [
        ("Ekonomiskt bistånd", [
            ("Beslut om ekonomiskt bistånd är fattade i enlighet med delegationsordningen",
             "Stickprov 25 beslut per halvår", "Samtliga granskade beslut var fattade av behörig delegat.",
             "Nej", "Genomförd", "GENOMFORD", "nej"),
            (("Utbetalningar av ekonomiskt bistånd överensstämmer med fattade",
              "beslut och är attesterade av två personer"),
             "Stickprov 40 utbetalningar", "Två dubbelutbetalningar upptäcktes, återkrav upprättat.",
             "Ja, två dubbelutbetalningar", "Delvis genomförd", "DELVIS", "ja"),
            ("Återkrav av felaktigt utbetalt bistånd registreras och bevakas i reskontran",
             "Avstämning reskontra", "Se bilaga", "", "Se bilaga", "OKLAR", "nej"),
        ]),
        ("Barn och unga", [
            ("Förhandsbedömning av inkomna orosanmälningar görs inom 14 dagar",
             "Uttag ur verksamhetssystemet", "Förhandsbedömning inom 14 dagar i 87 % av ärendena.",
             "Ja", "Genomförd", "GENOMFORD", "ja"),
            ("Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
             "Uttag ur verksamhetssystemet", "Ingen mätning har gjorts under året.",
             "Nej", "Ej genomförd", "EJ_GENOMFORD", "nej"),
            ("Familjehem har aktuella utdrag ur belastnings- och misstankeregistret före placering",
             "Granskning av samtliga nya placeringar", "Samtliga kontrollerade familjehem hade utdrag.",
             "Nej", "Genomförd", "GENOMFORD", "nej"),
        ]),
        ("Vuxna och missbruk", [
            ("Vårdplaner upprättas för samtliga placeringar på HVB för vuxna",
             "Aktgranskning", "Arbetet pågår, rutin för vårdplaner är under framtagande.",
             "Nej", "Pågår", "DELVIS", "nej"),
            ("Fakturor för externa placeringar kontrolleras mot beslut och avtalad dygnskostnad",
             "Samtliga fakturor oktober–november", "En placering fakturerades med fel dygnskostnad, kreditering begärd.",
             "Ja", "Genomförd", "GENOMFORD", "ja"),
        ]),
        ("Gemensamt", [
            ("Avslutade medarbetares behörigheter i verksamhetssystemet tas bort inom en vecka",
             "Systemuttag", "Kontrollen utgår efter nämndens beslut 2025-05-21 § 61, flyttad till kommunstyrelsens plan.",
             "", "Utgår", "UTGAR", "nej"),
            ("Synpunkter och klagomål registreras och besvaras inom tio arbetsdagar",
             "Genomgång av registret", "Delvis genomförd – våren kontrollerad utan anmärkning, hösten ej kontrollerad.",
             "Nej", "", "DELVIS", "nej"),
        ]),
    ]
    d = docx.Document()
    d.core_properties.title = "Uppföljning internkontrollplan 2025 Socialnämnden"
    d.core_properties.author = "Socialförvaltningen"
    d.sections[0].header.paragraphs[0].text = "Alsterå kommun – Socialförvaltningen"
    d.add_heading("Socialnämnden – uppföljning av internkontrollplan 2025, helår", level=1)
    d.add_paragraph("Socialnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 7). Nedan redovisas "
                    "resultatet av kontrollerna per process. Vid avvikelse beskrivs vidtagen åtgärd i kolumnen Resultat.")
    for proc, ctrls in procs:
        d.add_heading(f"Process: {proc}", level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Metod och omfattning", "Resultat", "Avvikelse", "Status"]):
            t.rows[0].cells[i].text = h
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for text, metod, res, avv, status, st, av in ctrls:
            if isinstance(text, tuple):
                cells = t.add_row().cells
                cells[0].text, cells[1].text, cells[2].text, cells[3].text, cells[4].text = text[0], metod, res, avv, status
                cells = t.add_row().cells
                cells[0].text = text[1]
                full = " ".join(text)
            else:
                cells = t.add_row().cells
                cells[0].text, cells[1].text, cells[2].text, cells[3].text, cells[4].text = text, metod, res, avv, status
                full = text
            exp(fil, N, full, st, av)
        d.add_paragraph("")
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph("Socialnämnden bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
                    "Av tio kontrollmoment har fyra genomförts fullt ut. Avvikelser har konstaterats inom ekonomiskt "
                    "bistånd, handläggningstider för orosanmälningar och fakturering av externa placeringar; åtgärder "
                    "har vidtagits och följs upp i internkontrollplanen för 2026.")
    d.add_paragraph("Alsterå 2026-01-13")
    d.add_paragraph("Maria Sjöholm, socialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - ODT med etikett/värde-block per kontroll
def file_kfn():
    fil = "KFN IK-uppföljning 2025.odt"
    N = "Kultur- och fritidsnämnden"
    blocks = [
        ("Föreningsbidrag",
         "Föreningsbidrag betalas endast ut till föreningar som lämnat verksamhetsberättelse och medlemsförteckning",
         "Stickprov 15 föreningar",
         "Två föreningar saknade medlemsförteckning; utbetalningen stoppades tills komplettering inkommit.",
         "Genomförd", "Ja", "GENOMFORD", "ja"),
        ("Kontanthantering",
         "Kontanthanteringen i simhallens kassa stäms av dagligen mot kassarapport",
         "Genomgång av kassarapporter för fyra slumpvis valda veckor",
         "Avstämning sker dagligen. Inga differenser över 50 kr.",
         "Genomförd", "Nej", "GENOMFORD", "nej"),
        ("Lokalbokning",
         "Uthyrning av lokaler i bokningssystemet faktureras korrekt enligt taxa",
         "Jämförelse bokningar mot kundfakturor",
         "Kontrollen är påbörjad men inte slutförd, resterande del görs i februari.",
         "Delvis genomförd", "Nej", "DELVIS", "nej"),
        ("Inköp",
         "Bibliotekets inköp av medier sker inom gällande ramavtal",
         "Leverantörsreskontra",
         "Kontrollen har inte genomförts under året på grund av vakant tjänst som bibliotekschef.",
         "", "", "EJ_GENOMFORD", "nej"),
        ("Barn och unga",
         "Ledare i lovverksamhet och feriepraktik har uppvisat utdrag ur belastningsregistret",
         "Kontroll av samtliga sommarledare",
         "Tre ledare hade utdrag äldre än ett år; nya utdrag har begärts in.",
         "Genomförd", "Ja", "GENOMFORD", "ja"),
        ("Avgifter",
         "Kulturskolans avgifter debiteras enligt fastställd taxa och syskonrabatt",
         "Stickprov 20 elever",
         "Ej aktuell 2025 – kulturskolan är avgiftsfri från 1 januari enligt KF-beslut.",
         "Utgår", "", "UTGAR", "nej"),
        ("Bidrag",
         "Bidrag till studieförbund redovisas och används enligt kommunens bidragsregler",
         "Granskning av redovisningar",
         "",
         "Se kommentar", "", "OKLAR", "nej"),
    ]
    doc = OpenDocumentText()
    bold = Style(name="Etikett", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="Rubrik", family="paragraph")
    title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.automaticstyles.addElement(title)
    sub = Style(name="Underrubrik", family="paragraph")
    sub.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    sub.addElement(ParagraphProperties(margintop="0.4cm"))
    doc.automaticstyles.addElement(sub)
    doc.meta.addElement(dc.Title(text="Internkontroll 2025 Kultur- och fritidsnämnden"))
    doc.meta.addElement(meta.InitialCreator(text="Kultur- och fritidsförvaltningen"))

    def lv(label, value):
        p = P()
        p.addElement(Span(stylename=bold, text=label + ":"))
        p.addElement(Tab())
        if value:
            p.addText(value)
        doc.text.addElement(p)

    doc.text.addElement(P(stylename=title, text="Kultur- och fritidsnämnden"))
    doc.text.addElement(P(stylename=sub, text="Helårsuppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Alsterå kommun, Kultur- och fritidsförvaltningen. Upprättad 2026-01-08."))
    for i, (omr, text, metod, res, status, avv, st, av) in enumerate(blocks, 1):
        doc.text.addElement(P(stylename=sub, text=f"Kontroll {i} av {len(blocks)}"))
        lv("Område", omr)
        lv("Kontrollmoment", text)
        lv("Genomförande", metod)
        lv("Resultat", res)
        lv("Status", status)
        lv("Avvikelse", avv)
        exp(fil, N, text, st, av)
    doc.text.addElement(P(stylename=sub, text="Nämndens samlade bedömning"))
    lv("Bedömning", "Tillräcklig")
    lv("Motivering", "Kontrollerna har i huvudsak genomförts och konstaterade brister har åtgärdats.")
    lv("Ansvarig", "Erik Nordqvist, kultur- och fritidschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Styrsystem-export (semikolon, UTF-8 med BOM), två nämnder, en rad per kontroll och period
def file_csv():
    fil = "Stratsys_export_IK_2025_SBF.csv"
    TN, MBN = "Tekniska nämnden", "Miljö- och byggnämnden"
    F = "Samhällsbyggnadsförvaltningen"
    # nämnd, process, text, [(period, status, avv, kommentar, datum)], STATUS, AVV
    ctrls = [
        (TN, "Inköp", "Fakturor för driftentreprenad gata/park kontrolleras mot utförda arbeten och avtalade à-priser",
         [("Delår 2025", "Pågående", "", "Stickprov påbörjat.", "2025-08-29"),
          ("Helår 2025", "Klar", "Ja", "Felaktig indexuppräkning upptäckt; kreditering om 42 tkr erhållen.", "2026-01-09")],
         "GENOMFORD", "ja"),
        (TN, "Taxor", "Vatten- och avloppsavgifter debiteras enligt av kommunfullmäktige fastställd VA-taxa",
         [("Delår 2025", "Klar", "Nej", "", "2025-08-27"),
          ("Helår 2025", "Klar", "Nej", "Inga avvikelser.", "2026-01-08")],
         "GENOMFORD", "nej"),
        (TN, "Säkerhet", "Egenkontroll av lekplatser genomförs och dokumenteras enligt besiktningsplan",
         [("Delår 2025", "Pågående", "", "", "2025-08-29"),
          ("Helår 2025", "Pågående", "Nej", "Besiktning klar för 31 av 38 lekplatser;\nresterande besiktigas i mars 2026.",
           "2026-01-09")],
         "DELVIS", "nej"),
        (TN, "Fordon", "Drivmedelskort och bränsleförbrukning stäms av mot fordonens körjournaler",
         [("Helår 2024", "Klar", "Nej", "Inga avvikelser.", "2025-01-10"),
          ("Delår 2025", "", "", "", ""),
          ("Helår 2025", "", "", "", "")],
         "SAKNAS", "nej"),
        (TN, "Upphandling", "Ramavtal för snöröjning avropas enligt avtalad rangordning",
         [("Delår 2025", "Ej påbörjad", "", "", "2025-08-29"),
          ("Helår 2025", "Ej påbörjad", "Nej", "Ingen kontroll gjord på grund av personalbrist.", "2026-01-09")],
         "EJ_GENOMFORD", "nej"),
        (TN, "Attest", "Inköp i e-handelssystemet attesteras av behörig beställare och attestant",
         [("Delår 2025", "Klar", "Nej", "Engångskontroll, samtliga 50 stickprov korrekta.", "2025-08-27")],
         "GENOMFORD", "nej"),
        (MBN, "Bygglov", "Bygglov beslutas inom lagstadgad handläggningstid om tio veckor",
         [("Delår 2025", "Pågående", "", "", "2025-08-30"),
          ("Helår 2025", "Klar", "Ja", "6 av 120 ärenden överskred tiden, avgiften reducerades enligt PBL.", "2026-01-07")],
         "GENOMFORD", "ja"),
        (MBN, "Taxor", "Tillsynsavgifter enligt miljöbalken debiteras enligt fastställd taxa och timavgift",
         [("Helår 2024", "Klar", "Ja", "Fel timavgift i tre ärenden.", "2025-01-12"),
          ("Delår 2025", "Klar", "Nej", "", "2025-08-30"),
          ("Helår 2025", "Klar", "Nej", "Inga avvikelser.", "2026-01-07")],
         "GENOMFORD", "nej"),
        (MBN, "Delegation", "Delegationsbeslut inom miljö och bygg anmäls till nämnden månadsvis",
         [("Delår 2025", "Ej aktuell", "", "Utgår ur planen enligt nämndbeslut 2025-06-12 § 77.", "2025-08-30"),
          ("Helår 2025", "Ej aktuell", "", "", "2026-01-07")],
         "UTGAR", "nej"),
        (MBN, "Livsmedel", "Livsmedelskontroller genomförs enligt fastställd kontrollplan och antal planerade besök",
         [("Delår 2025", "Pågående", "Ja", "Kontrollskuld 52 besök.", "2025-08-30"),
          ("Helår 2025", "Pågående", "Ja", "Kontrollskulden uppgår till 35 besök vid årets slut.", "2026-01-07")],
         "DELVIS", "ja"),
        (MBN, "Strandskydd", "Beslut om strandskyddsdispens expedieras till Länsstyrelsen i Kalmar län inom en vecka",
         [("Delår 2025", "", "", "", ""),
          ("Helår 2025", "Klar", "Nej", "", "2026-01-07")],
         "GENOMFORD", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Förvaltning", "Nämnd", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Avvikelse",
                "Kommentar", "Senast uppdaterad"])
    for n, proc, text, periods, st, av in ctrls:
        for per, status, avv, komm, dat in periods:
            plan = f"Internkontrollplan {per[-4:]}"
            w.writerow([F, n, plan, proc, text, per, status, avv, komm, dat])
        exp(fil, n, text, st, av)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Arbetsmarknadsnämnden - Excel "Unicode-text" (UTF-16, tab), nämnd bara i filnamnet (AMN)
def file_amn():
    fil = "AMN internkontroll 2025.txt"
    N = "Arbetsmarknadsnämnden"
    rows = [
        ["Uppföljning internkontrollplan 2025", "", "", "", "", ""],
        ["Rapportdatum: 2026-01-09", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Nr", "Vad kontrolleras", "Hur", "Utfall", "Bedömning 1–3", "Kommentar"],
        ["", "Ekonomi", "", "", "", ""],
    ]
    ctrls = [
        ("1", "Utbetalning av lön till arbetsmarknadsanställda stäms av mot närvarorapporter",
         "Stickprov 20 deltagare", "Samtliga 20 stickprov stämde mot närvarorapporterna.", "1", "",
         "GENOMFORD", "nej"),
        ("2", "Ansökningar om lönebidrag och anställningsstöd skickas till Arbetsförmedlingen i rätt tid",
         "Genomgång av samtliga ansökningar", "Två ansökningar skickades för sent, vilket gav utebliven ersättning om 38 tkr.",
         "1", "Ny bevakningsrutin införd i november.", "GENOMFORD", "ja"),
        ("3", "Fakturering av praktikplatser och arbetsmarknadstjänster till andra förvaltningar sker månadsvis",
         "Avstämning internfakturor", "Påbörjad, slutförs under 2026.", "2", "", "DELVIS", "nej"),
        None,
        ("4", "Deltagare i feriearbete har giltiga anställningsavtal med vårdnadshavares underskrift",
         "Kontroll av samtliga avtal", "Samtliga 143 avtal kontrollerade och kompletta.", "1", "",
         "GENOMFORD", "nej"),
        ("5", "Närvaro i SFI registreras och rapporteras till CSN och Försäkringskassan enligt rutin",
         "Stickprov", "Ej utförd på grund av systembyte.", "3", "Flyttas till 2026.", "EJ_GENOMFORD", "nej"),
        ("6", "Handlingsplaner för deltagare i kommunala\narbetsmarknadsinsatser följs upp var tredje månad",
         "Genomgång av 30 akter", "I 9 av 30 akter saknades uppföljning inom tre månader.", "2",
         "Genomgången fortsätter för resterande akter.", "DELVIS", "ja"),
        ("7", "Behörigheter i verksamhetssystemet för arbetsmarknadsinsatser ses över två gånger per år",
         "Systemuttag", "", "", "", "SAKNAS", "nej"),
    ]
    for c in ctrls:
        if c is None:
            rows.append(["", "Verksamhet", "", "", "", ""])
            continue
        rows.append(list(c[:6]))
        exp(fil, N, c[1], c[6], c[7])
    rows += [
        ["", "", "", "", "", ""],
        ["", "Antal kontroller", "7", "", "", ""],
        ["", "Bedömning: 1 = Genomförd, 2 = Delvis genomförd, 3 = Ej genomförd", "", "", "", ""],
        ["", "Ansvarig: Jonas Ekberg, enhetschef", "", "", "", ""],
    ]

    def cell(v):
        if any(ch in v for ch in '\t\n"'):
            return '"' + v.replace('"', '""') + '"'
        return v
    text = "".join("\t".join(cell(v) for v in r) + "\r\n" for r in rows)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))  # CRLF between rows, LF inside quoted cells
    FILES.append((fil, "INLAST", N, "2025", ""))


# ---------------------------------------------------------------------------
# 8. Trasig fil: avbruten .xlsx (bifogad fil som inte laddats ned helt)
def file_broken():
    fil = "Uppfoljning_IK_slutversion.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = KOMMUN
    ws["A2"] = "Uppföljning av internkontrollplan"
    for i in range(4, 30):
        ws.cell(i, 1, i - 3)
        ws.cell(i, 3, f"Kontrollmoment rad {i - 3} enligt plan")
    bio = io.BytesIO()
    wb.save(bio)
    data = bio.getvalue()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: int(len(data) * 0.45)])
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsenheten"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in r[2] and "\n" not in r[2], r
            f.write(";".join(r) + "\n")
    texts = [r[2] for r in EXPECTED]
    assert len(texts) == len(set(texts)), "duplicate control text"
    assert all(len(t) >= 25 for t in texts), [t for t in texts if len(t) < 25]


if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="round29-")
    try:
        file_ks()
        file_bun(tmp)
        file_von()
        file_sn()
        file_kfn()
        file_csv()
        file_amn()
        file_broken()
        registers()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
