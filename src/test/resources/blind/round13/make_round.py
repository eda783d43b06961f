#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 13 - Ödmåla kommun (Småland), internkontroll 2025.

Builds the nämnder's follow-up files plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 from any directory; output goes next to this script.
"""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r13build-")
LO_PROFILE = "file:///tmp/lo-round13-profile"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km and len(km) >= 25, km
    assert status in {"GENOMFORD", "DELVIS", "EJ_GENOMFORD", "SAKNAS", "OKLAR", "UTGAR"}
    assert avv in {"ja", "nej"}
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def boxed(ws, first_row, last_row, ncols):
    for r in range(first_row, last_row + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - last year's plan copied into Excel, Delår + Helår typed beside
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "KS Internkontrollplan 2025 - uppföljning.xlsx"
    n = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:I1")
    ws["A2"] = "Antagen av kommunstyrelsen 2024-11-27, § 164. Uppföljning vid delår (augusti) och helår."
    ws.merge_cells("A2:I2")
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Uppföljning delår", "Uppföljning helår", "Avvikelse/åtgärd"]
    ws.append([])
    ws.append(hdr)
    for c in range(1, 10):
        ws.cell(row=4, column=c).font = BOLD
        ws.cell(row=4, column=c).fill = GREY
    rows = [
        ("EKONOMI",),
        ("1.1", "Attest", "Kontroll att leverantörsfakturor attesteras av behörig attestant enligt attestförteckningen",
         "Stickprov 20 fakturor", "Ekonomichef", "2 ggr/år", "Genomförd, inga avvikelser", "Genomförd", ""),
        ("1.2", "Representation", "Kontroll av att representationsfakturor har syfte och deltagarförteckning angivna",
         "Stickprov 15 fakturor", "Controller", "1 ggr/år", "Genomförd",
         "Genomförd", "3 av 15 fakturor saknade deltagarförteckning. Påminnelse skickad till samtliga chefer."),
        ("1.3", "Inköp", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Genomgång av samtliga", "Upphandlare", "1 ggr/år", "Påbörjad", "Delvis genomförd",
         "Dokumentation saknades i 2 av 6 direktupphandlingar."),
        ("PERSONAL",),
        ("2.1", "Löner", "Kontroll av att nyanställningar och lönetillägg registrerade i",
         "Stickprov 10 anställningar", "HR-chef", "1 ggr/år", "Ej påbörjad", "Genomförd", "Inga avvikelser."),
        ("", "", "lönesystemet överensstämmer med underskrivet anställningsavtal", "", "", "", "", "", ""),
        ("2.2", "Bisysslor", "Kontroll av att samtliga chefer har redovisat eventuella bisysslor",
         "Enkät till chefer", "HR-chef", "1 ggr/år", "Genomförd", "", ""),
        ("2.3", "Sjukfrånvaro", "Uppföljning av att rehabiliteringsplan upprättas vid sjukfrånvaro längre än 30 dagar",
         "Stickprov 10 ärenden", "HR-specialist", "1 ggr/år", "",
         "Ej genomförd – resursbrist på HR under hösten", "Flyttas till internkontrollplan 2026."),
        ("INFORMATIONSSÄKERHET",),
        ("3.1", "Behörigheter", "Kontroll av att behörigheter i ekonomisystemet Raindance tas bort när anställning upphör",
         "Jämförelse mot personalsystem", "Systemförvaltare", "2 ggr/år", "Delvis", "Genomförd",
         "4 konton för avslutade anställningar låg kvar. Kontona har stängts."),
        ("3.2", "Diarieföring", "Uppföljning av att kommunens diarieföring av inkomna handlingar sker inom tre dagar",
         "Stickprov i W3D3", "Registrator", "1 ggr/år", "Utgår", "",
         "Utgår enligt KS beslut 2025-05-14 § 78."),
        ("3.3", "Delegation", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Jämförelse protokoll/ärendelista", "Kanslichef", "2 ggr/år", "", "Se kommentar", ""),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = BLUE
        else:
            for c, v in enumerate(row, 1):
                if v != "":
                    ws.cell(row=r, column=c, value=v)
        r += 1
    boxed(ws, 4, r - 1, 9)
    ws.cell(row=r + 1, column=1, value="Antal kontrollmoment: 9")
    ws.cell(row=r + 2, column=1, value="Helårsuppföljningen sammanställd av ekonomiavdelningen 2026-01-19. "
                                       "Redovisas för kommunstyrelsen 2026-02-04.")
    for col, w in zip("ABCDEFGHI", [6, 16, 50, 24, 16, 10, 22, 30, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))
    exp(fil, n, "Kontroll att leverantörsfakturor attesteras av behörig attestant enligt attestförteckningen", "GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att representationsfakturor har syfte och deltagarförteckning angivna", "GENOMFORD", "ja")
    exp(fil, n, "Kontroll av att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "DELVIS", "ja")
    exp(fil, n, "Kontroll av att nyanställningar och lönetillägg registrerade i lönesystemet överensstämmer med underskrivet anställningsavtal", "GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att samtliga chefer har redovisat eventuella bisysslor", "GENOMFORD", "nej")
    exp(fil, n, "Uppföljning av att rehabiliteringsplan upprättas vid sjukfrånvaro längre än 30 dagar", "EJ_GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att behörigheter i ekonomisystemet Raindance tas bort när anställning upphör", "GENOMFORD", "ja")
    exp(fil, n, "Uppföljning av att kommunens diarieföring av inkomna handlingar sker inom tre dagar", "UTGAR", "nej")
    exp(fil, n, "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen", "OKLAR", "nej")


# ---------------------------------------------------------------------------
# 2. BUN - .xls, Status 2024 | Status 2025 codes, legend on another sheet
# ---------------------------------------------------------------------------
def f2_bun():
    fil = "BUN_IK_uppföljning_2025.xls"
    n = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av internkontrollplan – helår 2025"
    ws["A2"].font = BOLD
    ws["A3"] = "Statuskoder, se flik Förklaring"
    ws.append([])
    ws.append(["Område", "Vad kontrolleras", "Hur / omfattning", "Status 2024", "Status 2025", "Kommentar 2025"])
    for c in range(1, 7):
        ws.cell(row=5, column=c).font = BOLD
        ws.cell(row=5, column=c).fill = GREY
    data = [
        ("Grundskola", "Kontroll av att beslut om skolskjuts fattas enligt gällande delegationsordning",
         "Stickprov 15 beslut", 1, 1, ""),
        ("", "Kontroll av att anmälan om kränkande behandling rapporteras till huvudman samma dag",
         "Genomgång av samtliga anmälningar", 2, 2, "Fyra anmälningar kom in till huvudmannen för sent."),
        ("", "Kontroll av att frånvaro över 10 % följs upp och dokumenteras av mentor",
         "Stickprov per skola", 3, 3, "Kontroll gjord på två av fem skolor."),
        ("", "Kontroll av att nya elevkonton i lärplattformen endast skapas via skoladministratör",
         "Loggutdrag", None, 1, ""),
        ("Förskola", "Kontroll av att registerutdrag ur belastningsregistret lämnats vid nyanställning inom förskolan",
         "Stickprov 10 anställningar", 1, None, ""),
        ("", "Kontroll av att barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift",
         "Stickprov 20 fakturor", 4, 4, "Ej genomförd p.g.a. byte av verksamhetssystem."),
        ("Ekonomi", "Kontroll av att interkommunala ersättningar för elever i andra kommuner faktureras korrekt",
         "Avstämning mot elevregister", 1, "U", "Hanteras av ekonomienheten från 2025."),
    ]
    r = 6
    for row in data:
        for c, v in enumerate(row, 1):
            if v not in ("", None):
                ws.cell(row=r, column=c, value=v)
        r += 1
    ws.merge_cells("A6:A9")
    ws.merge_cells("A10:A11")
    boxed(ws, 5, r - 1, 6)
    ws.cell(row=r + 1, column=1, value="Kommentar: Kontrollerna inom elevhälsan har genomförts av verksamhetscontroller.")
    ws.cell(row=r + 2, column=1, value="Beslutad i BUN 2026-01-28 § 6")
    for col, w in zip("ABCDEF", [14, 60, 28, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Förklaring statuskoder"
    lg["A1"].font = BOLD
    for i, (k, t) in enumerate([(1, "Genomförd – inga avvikelser"), (2, "Genomförd – avvikelser noterade"),
                                (3, "Delvis genomförd / pågår"), (4, "Ej genomförd"), ("U", "Utgår ur planen")], 2):
        lg.cell(row=i, column=1, value=k)
        lg.cell(row=i, column=2, value=t)
    lg.column_dimensions["B"].width = 35
    src = os.path.join(TMP, "BUN_IK_uppföljning_2025.xlsx")
    wb.save(src)
    soffice(src, "xls", OUT)
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))
    exp(fil, n, "Kontroll av att beslut om skolskjuts fattas enligt gällande delegationsordning", "GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att anmälan om kränkande behandling rapporteras till huvudman samma dag", "GENOMFORD", "ja")
    exp(fil, n, "Kontroll av att frånvaro över 10 % följs upp och dokumenteras av mentor", "DELVIS", "nej")
    exp(fil, n, "Kontroll av att nya elevkonton i lärplattformen endast skapas via skoladministratör", "GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att registerutdrag ur belastningsregistret lämnats vid nyanställning inom förskolan", "SAKNAS", "nej")
    exp(fil, n, "Kontroll av att barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift", "EJ_GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att interkommunala ersättningar för elever i andra kommuner faktureras korrekt", "UTGAR", "nej")


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word report, short paragraphs and small label/value tables
# ---------------------------------------------------------------------------
def f3_sn():
    fil = "Uppföljning internkontroll 2025 SN.docx"
    n = "Socialnämnden"
    d = Document()
    d.core_properties.title = "Uppföljning internkontrollplan 2025"
    d.core_properties.author = "Socialförvaltningen, Ödmåla kommun"
    d.add_heading("Socialnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår").runs[0].bold = True
    d.add_paragraph("Dnr SN 2025/41")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
                    "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024. Planen omfattar sju "
                    "kontrollmoment inom fyra processer. Nedan redovisas resultatet per kontrollmoment.")
    d.add_heading("Sammanfattning", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Status"
    t.rows[0].cells[1].text = "Antal"
    for s, a in [("Genomförd", "3"), ("Delvis genomförd", "1"), ("Ej genomförd", "1"), ("Övrigt", "2"), ("Summa", "7")]:
        cells = t.add_row().cells
        cells[0].text = s
        cells[1].text = a
    d.add_paragraph("")

    d.add_heading("1. Ekonomiskt bistånd", level=2)
    p = d.add_paragraph()
    p.add_run("Kontrollmoment: ").bold = True
    p.add_run("Kontroll av att utbetalningar av ekonomiskt bistånd över 10 000 kr har attesterats av två handläggare")
    d.add_paragraph("Resultat: Stickprov på 30 utbetalningar under perioden mars–oktober. Samtliga var attesterade "
                    "av två handläggare.")
    d.add_paragraph("Status: Genomförd")

    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Kontrollmoment", "Kontroll av att beslut om bistånd fattas av handläggare med rätt delegation"),
        ("Genomförd", "Ja"),
        ("Iakttagelser", "I 2 av 25 granskade ärenden saknade beslutsfattaren delegation för beslutet."),
        ("Åtgärd", "Delegationsordningen har förtydligats och gåtts igenom på APT i november."),
    ]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_paragraph("")

    d.add_heading("2. Barn och unga", level=2)
    p = d.add_paragraph()
    p.add_run("Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar").bold = True
    d.add_paragraph("Kontrollen är påbörjad men har inte slutförts eftersom verksamhetssystemet inte kan ta fram "
                    "statistik över handläggningstiden. Resterande del genomförs under våren 2026.")

    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Kontrollmoment", "Kontroll av att placerade barn har en utsedd socialsekreterare och besöks minst fyra gånger per år"),
        ("Status", "Ej genomförd"),
        ("Kommentar", "Hög personalomsättning inom barn- och ungdomsgruppen under hösten. Kontrollen flyttas till 2026."),
    ]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_paragraph("")

    d.add_heading("3. Missbruk och beroende", level=2)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Kontrollmoment", "Kontroll av att vårdplaner upprättas inom en månad vid placering enligt SoL"),
        ("Status", "Se bilaga 2"),
        ("Kommentar", ""),
    ]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_paragraph("")

    d.add_heading("4. Dataskydd och avtal", level=2)
    p = d.add_paragraph()
    p.add_run("Kontrollmoment: ").bold = True
    p.add_run("Kontroll av loggar i verksamhetssystemet Viva för obehörig åtkomst till skyddade personuppgifter")
    d.add_paragraph("Status: Genomförd. Vid loggkontrollen upptäcktes en obehörig åtkomst till en akt med skyddade "
                    "personuppgifter. Händelsen har anmälts till IMY och berörd medarbetare har fått en erinran.")
    p = d.add_paragraph()
    p.add_run("Kontrollmoment: ").bold = True
    p.add_run("Kontroll av att avtal med uppdragstagare (kontaktpersoner) är undertecknade innan uppdraget startar")
    d.add_paragraph("Status: Utgår – kontrollen ersätts av revisionens granskning av uppdragstagare 2025.")

    d.add_heading("Bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                    "De kontrollmoment som inte genomförts förs över till internkontrollplan 2026.")
    d.add_paragraph("Ödmåla den 22 januari 2026")
    d.add_paragraph("Karin Svensson\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))
    exp(fil, n, "Kontroll av att utbetalningar av ekonomiskt bistånd över 10 000 kr har attesterats av två handläggare", "GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att beslut om bistånd fattas av handläggare med rätt delegation", "GENOMFORD", "ja")
    exp(fil, n, "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar", "DELVIS", "nej")
    exp(fil, n, "Kontroll av att placerade barn har en utsedd socialsekreterare och besöks minst fyra gånger per år", "EJ_GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att vårdplaner upprättas inom en månad vid placering enligt SoL", "OKLAR", "nej")
    exp(fil, n, "Kontroll av loggar i verksamhetssystemet Viva för obehörig åtkomst till skyddade personuppgifter", "GENOMFORD", "ja")
    exp(fil, n, "Kontroll av att avtal med uppdragstagare (kontaktpersoner) är undertecknade innan uppdraget startar", "UTGAR", "nej")


# ---------------------------------------------------------------------------
# 4. System export CSV (cp1252, ';', CRLF) - Omsorgsnämnden + Arbetsmarknads- och integrationsnämnden
# ---------------------------------------------------------------------------
def f4_export():
    fil = "Export_Internkontroll_20260115.csv"
    on = "Omsorgsnämnden"
    ain = "Arbetsmarknads- och integrationsnämnden"
    hdr = ["Enhet", "Kontrollområde", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar", "Ansvarig"]
    ko1 = "Kontroll av att genomförandeplaner i hemtjänsten upprättas inom 14 dagar efter beslut"
    ko2 = "Kontroll av att avvikelser enligt lex Sarah utreds och rapporteras till nämnden"
    ko3 = "Kontroll av att fakturering av hemtjänstavgifter stämmer med utförd tid i TES"
    ko4 = "Kontroll av att läkemedelsgenomgångar genomförs årligen för boende på särskilt boende"
    ko5 = "Kontroll av att nyckelkvittenser för brukarnycklar hanteras enligt rutin"
    ka1 = "Kontroll av att lön till anställda i arbetsmarknadsanställning matchar tidrapport"
    ka2 = "Kontroll av att ansökningar om statsbidrag för etableringsinsatser lämnas in före sista ansökningsdag"
    ka3 = "Kontroll av att deltagare i kommunal vuxenutbildning SFI har individuell studieplan"
    OF = "Omsorgsförvaltningen"
    AE = "Arbetsmarknadsenheten"
    rows = [
        (OF, "Hemtjänst", ko1, "Delår 2025", "Pågående", "", "Stickprov påbörjat i juni", "Verksamhetschef hemtjänst"),
        (OF, "Hemtjänst", ko1, "Helår 2025", "Genomförd", "Ja",
         "6 av 40 planer upprättades för sent; rutinen har förtydligats.\nUppföljning sker i mars 2026.",
         "Verksamhetschef hemtjänst"),
        (OF, "Kvalitet", ko2, "Delår 2025", "Genomförd", "Nej", "Samtliga 7 rapporter utredda", "Kvalitetsstrateg"),
        (OF, "Kvalitet", ko2, "Helår 2025", "", "", "", "Kvalitetsstrateg"),
        (OF, "Avgifter", ko3, "Delår 2025", "Ej påbörjad", "", "", "Avgiftshandläggare"),
        (OF, "Avgifter", ko3, "Helår 2025", "Pågående", "Nej", "Kontroll av 3 av 12 månader klar", "Avgiftshandläggare"),
        (OF, "Hälso- och sjukvård", ko4, "Delår 2025", "Avbruten", "", "MAS-tjänsten vakant", "MAS"),
        (OF, "Hälso- och sjukvård", ko4, "Helår 2025", "Avbruten", "", "MAS-tjänsten vakant", "MAS"),
        (OF, "Hemtjänst", ko5, "Delår 2025", "Ej aktuell", "", "Ersatt av digitala lås", "Enhetschef"),
        (OF, "Hemtjänst", ko5, "Helår 2025", "Ej aktuell", "", "", "Enhetschef"),
        (AE, "Personal", ka1, "Delår 2025", "Genomförd", "Nej", "", "Enhetschef AME"),
        (AE, "Personal", ka1, "Helår 2025", "Genomförd", "Nej", "Stickprov 12 tidrapporter", "Enhetschef AME"),
        (AE, "Ekonomi", ka2, "Helår 2025", "Genomförd", "Ja",
         "En ansökan lämnades in en dag för sent, bidraget på 180 tkr gick förlorat", "Integrationssamordnare"),
        (AE, "Vuxenutbildning", ka3, "Delår 2025", "Pågående", "Nej", "Kontroll på en av två SFI-grupper", "Rektor vux"),
        (AE, "Vuxenutbildning", ka3, "Helår 2025", "", "", "", "Rektor vux"),
    ]

    def q(v):
        if any(ch in v for ch in ';"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as fh:
        fh.write(";".join(hdr) + "\r\n")
        for r in rows:
            fh.write(";".join(q(v) for v in r) + "\r\n")
    FILES.append((fil, "INLAST", on, "2025", "HELAR"))
    FILES.append((fil, "INLAST", ain, "2025", "HELAR"))
    exp(fil, on, ko1, "GENOMFORD", "ja")
    exp(fil, on, ko2, "GENOMFORD", "nej")
    exp(fil, on, ko3, "DELVIS", "nej")
    exp(fil, on, ko4, "EJ_GENOMFORD", "nej")
    exp(fil, on, ko5, "UTGAR", "nej")
    exp(fil, ain, ka1, "GENOMFORD", "nej")
    exp(fil, ain, ka2, "GENOMFORD", "ja")
    exp(fil, ain, ka3, "DELVIS", "nej")


# ---------------------------------------------------------------------------
# 5. Kultur och fritid - tick columns, delår, nämnd only in file name and print header
# ---------------------------------------------------------------------------
def f5_kfn():
    fil = "Kultur och fritid - IK delår 2025.xlsx"
    n = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Intern kontroll 2025 – uppföljning delår (januari–augusti)"
    ws["A1"].font = TITLE
    ws["A2"] = "Markera med X i den kolumn som stämmer. Ange J eller N för avvikelse."
    ws.append([])
    ws.append(["Nr", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse upptäckt (J/N)", "Kommentar"])
    for c in range(1, 8):
        ws.cell(row=4, column=c).font = BOLD
        ws.cell(row=4, column=c).fill = GREY
    data = [
        (1, "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer", "X", "", "", "N", ""),
        (2, "Kontroll av att kassaavstämning i simhallens kassasystem görs dagligen", "✓", "", "", "J",
         "Differenser vid 5 tillfällen utan förklaring"),
        (3, "Kontroll av att uthyrning av lokaler faktureras enligt taxa", "", "x", "", "N", "Sporthallen klar, övriga lokaler återstår"),
        (4, "Kontroll av att bibliotekets låntagarregister gallras enligt dokumenthanteringsplanen", "", "", "X", "N", "Ej hunnit"),
        (5, "Kontroll av att inventarieförteckning för fritidsgårdarna är uppdaterad", "X", "X", "", "", ""),
        (6, "Kontroll av att tillstånd för offentliga arrangemang i kommunens regi har sökts i tid", "", "", "", "", ""),
        (7, "Kontroll av att driftsavtal med ideella föreningar för", "X", "", "", "N", "Samtliga 4 avtal följda upp"),
        ("", "skötsel av motionsspår följs upp årligen", "", "", "", "", ""),
    ]
    r = 5
    for row in data:
        for c, v in enumerate(row, 1):
            if v != "":
                ws.cell(row=r, column=c, value=v)
        r += 1
    ws.cell(row=r, column=2, value="Antal")
    ws.cell(row=r, column=3, value=4)
    ws.cell(row=r, column=4, value=2)
    ws.cell(row=r, column=5, value=1)
    for c in range(1, 8):
        ws.cell(row=r, column=c).font = BOLD
    boxed(ws, 4, r, 7)
    for c in range(3, 7):
        for rr in range(5, r + 1):
            ws.cell(row=rr, column=c).alignment = Alignment(horizontal="center", vertical="top")
    ws.cell(row=r + 2, column=1, value="Granskad av förvaltningschef: Per Holm, 2025-09-15")
    for col, w in zip("ABCDEFG", [5, 62, 11, 9, 13, 14, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "DELAR"))
    exp(fil, n, "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer", "GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att kassaavstämning i simhallens kassasystem görs dagligen", "GENOMFORD", "ja")
    exp(fil, n, "Kontroll av att uthyrning av lokaler faktureras enligt taxa", "DELVIS", "nej")
    exp(fil, n, "Kontroll av att bibliotekets låntagarregister gallras enligt dokumenthanteringsplanen", "EJ_GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att inventarieförteckning för fritidsgårdarna är uppdaterad", "OKLAR", "nej")
    exp(fil, n, "Kontroll av att tillstånd för offentliga arrangemang i kommunens regi har sökts i tid", "SAKNAS", "nej")
    exp(fil, n, "Kontroll av att driftsavtal med ideella föreningar för skötsel av motionsspår följs upp årligen", "GENOMFORD", "nej")


# ---------------------------------------------------------------------------
# 6. BMN - emoji status with legend below, T1 | T2 | Helår columns
# ---------------------------------------------------------------------------
def f6_bmn():
    fil = "BMN uppföljning internkontroll 2025.xlsx"
    n = "Bygg- och miljönämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Bygg- och miljönämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2025 – uppföljning T1, T2 och helår"
    ws.append([])
    ws.append(["Risk", "Kontrollmoment", "Ansvar", "T1", "T2", "Helår", "Avvikelse", "Notering"])
    for c in range(1, 9):
        ws.cell(row=4, column=c).font = BOLD
        ws.cell(row=4, column=c).fill = GREY
    data = [
        ("Bygglov",),
        ("Överskriden handläggningstid", "Kontroll av att bygglov handläggs inom tio veckor enligt plan- och bygglagen",
         "Bygglovschef", "🟡", "🟡", "🟢", "❗", "9 av 48 ärenden överskred tidsfristen, avgiften reducerades"),
        ("Felaktiga beslut", "Kontroll av att delegationsbeslut inom bygglov anmäls till nämnden vid nästkommande sammanträde",
         "Nämndsekreterare", "🟢", "🟡", "", "", "Helår ej rapporterat"),
        ("Felaktig hantering", "Kontroll av att ärenden om strandskyddsdispens har expedierats till länsstyrelsen",
         "Bygglovschef", "⚪", "", "", "", "Strandskydd flyttat till KS"),
        ("Miljö och hälsoskydd",),
        ("Felaktig debitering", "Kontroll av att avgifter för tillsyn enligt miljöbalken debiteras enligt taxa",
         "Miljöchef", "🟢", "🟢", "🟢", "", ""),
        ("Bristande tillsyn", "Kontroll av att livsmedelskontroller genomförs enligt fastställd kontrollplan",
         "Miljöchef", "🔴", "🔴", "🔴", "", "Vakant tjänst som livsmedelsinspektör"),
        ("Ej verkställda beslut", "Kontroll av att ovårdade tomter följs upp efter förelägganden",
         "Miljöinspektör", "", "", "Osäkert", "", ""),
    ]
    r = 5
    for row in data:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for c, v in enumerate(row, 1):
                if v != "":
                    ws.cell(row=r, column=c, value=v)
        r += 1
    boxed(ws, 4, r - 1, 8)
    ws.cell(row=r + 1, column=1, value="Teckenförklaring: 🟢 genomförd utan anmärkning   🟡 pågår / delvis genomförd   "
                                       "🔴 ej genomförd   ⚪ utgår   ❗ avvikelse konstaterad")
    ws.cell(row=r + 2, column=1, value="Rapporteras till nämnden 2026-01-29")
    for col, w in zip("ABCDEFGH", [24, 60, 18, 6, 6, 8, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))
    exp(fil, n, "Kontroll av att bygglov handläggs inom tio veckor enligt plan- och bygglagen", "GENOMFORD", "ja")
    exp(fil, n, "Kontroll av att delegationsbeslut inom bygglov anmäls till nämnden vid nästkommande sammanträde", "DELVIS", "nej")
    exp(fil, n, "Kontroll av att ärenden om strandskyddsdispens har expedierats till länsstyrelsen", "UTGAR", "nej")
    exp(fil, n, "Kontroll av att avgifter för tillsyn enligt miljöbalken debiteras enligt taxa", "GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att livsmedelskontroller genomförs enligt fastställd kontrollplan", "EJ_GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att ovårdade tomter följs upp efter förelägganden", "OKLAR", "nej")


# ---------------------------------------------------------------------------
# 7. Tekniska nämnden - OpenDocument spreadsheet, "Nämnd/enhet:" with alias, "Granskning ..." statuses
# ---------------------------------------------------------------------------
def f7_tn():
    fil = "Internkontroll helår 2025 TF.ods"
    n = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Nämnd/enhet: Tekniska förvaltningen"
    ws["A3"] = "År: 2025, helår"
    ws.append([])
    ws.append(["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status",
               "Återredovisas"])
    for c in range(1, 8):
        ws.cell(row=5, column=c).font = BOLD
        ws.cell(row=5, column=c).fill = GREY
    data = [
        (1, "Fordon", "Kontroll av att körjournaler förs för samtliga kommunens leasade fordon",
         "Körjournal saknades för 2 av 14 fordon.", "Påminnelse till enhetscheferna, ny kontroll 2026.",
         "Granskning genomförd", "Bokslut"),
        (2, "VA", "Kontroll av att mätaravläsningar för VA-debitering registreras korrekt i Kommun-VA",
         "Ingen avvikelse konstaterad.", "Ingen åtgärd.", "Granskning genomförd", "Bokslut"),
        (3, "Upphandling", "Kontroll av att beställningar av entreprenader sker mot gällande ramavtal",
         "", "", "Granskning pågår", "Bokslut"),
        (4, "Fastighet", "Kontroll av att lagstadgade besiktningar av hissar och lekplatser är utförda",
         "Granskningen har inte hunnits med under året.", "Genomförs under första kvartalet 2026.",
         "Granskning ej genomförd", "Delår 2026"),
        (5, "Kost", "Kontroll av att egenkontrollprogram för livsmedelshantering i kommunens kök följs",
         "", "", "", "Bokslut"),
        (6, "Gata", "Kontroll av att skadeanmälningar mot kommunen på grund av halka hanteras inom 30 dagar",
         "", "", "Utgår", ""),
    ]
    r = 6
    for row in data:
        for c, v in enumerate(row, 1):
            if v != "":
                ws.cell(row=r, column=c, value=v)
        r += 1
    boxed(ws, 5, r - 1, 7)
    ws.cell(row=r + 1, column=1, value="Återredovisas = tidpunkt då nämnden får återrapport om åtgärderna.")
    for col, w in zip("ABCDEFG", [5, 14, 55, 40, 40, 24, 14]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "Internkontroll helår 2025 TF.xlsx")
    wb.save(src)
    soffice(src, "ods", OUT)
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))
    exp(fil, n, "Kontroll av att körjournaler förs för samtliga kommunens leasade fordon", "GENOMFORD", "ja")
    exp(fil, n, "Kontroll av att mätaravläsningar för VA-debitering registreras korrekt i Kommun-VA", "GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att beställningar av entreprenader sker mot gällande ramavtal", "DELVIS", "nej")
    exp(fil, n, "Kontroll av att lagstadgade besiktningar av hissar och lekplatser är utförda", "EJ_GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att egenkontrollprogram för livsmedelshantering i kommunens kök följs", "SAKNAS", "nej")
    exp(fil, n, "Kontroll av att skadeanmälningar mot kommunen på grund av halka hanteras inom 30 dagar", "UTGAR", "nej")


# ---------------------------------------------------------------------------
# 8. Räddningsnämnden - plan copied in Excel, file name keeps the plan's 2024 adoption date
# ---------------------------------------------------------------------------
def f8_rn():
    fil = "RN_IKP_2024-12-04.xlsx"
    n = "Räddningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Internkontrollplan 2025 – Räddningsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Planen antagen av räddningsnämnden 2024-12-04 § 52. Uppföljning helår 2025 ifylld i kolumn F–G."
    ws.append([])
    ws.append(["Process", "Kontrollmoment", "Metod", "Ansvarig", "Tidpunkt", "Utförd (J/N)", "Utfall"])
    for c in range(1, 8):
        ws.cell(row=4, column=c).font = BOLD
        ws.cell(row=4, column=c).fill = GREY
    ws.cell(row=4, column=6).fill = PatternFill("solid", fgColor="FFF2CC")
    ws.cell(row=4, column=7).fill = PatternFill("solid", fgColor="FFF2CC")
    data = [
        ("Tillsyn", "Kontroll av att tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplan",
         "Avstämning mot tillsynsplan", "Stf räddningschef", "December", "J", "28 av 30 planerade tillsyner genomförda, "
         "2 flyttade till januari enligt plan"),
        ("Utbildning", "Kontroll av att deltidsbrandmän har genomfört obligatoriska övningstimmar",
         "Utdrag ur övningsregister", "Styrkeledare", "December", "J",
         "Tre brandmän har inte uppnått kravet på 50 övningstimmar"),
        ("Rengöring och brandskydd", "Kontroll av att sotning och brandskyddskontroll utförs enligt fastställda frister",
         "Rapport från entreprenör", "Räddningschef", "Oktober", "N", "Entreprenörens rapport har inte kommit in"),
        ("Ekonomi", "Kontroll av att larmfakturor för felaktiga automatlarm skickas ut inom en månad",
         "Stickprov 10 larm", "Administratör", "Augusti", "Delvis", "Stickprov gjort för första halvåret"),
        ("Materiel", "Kontroll av att andningsskydd och rökdykarutrustning har giltig service",
         "Genomgång servicelogg", "Materielansvarig", "Löpande", "", ""),
    ]
    r = 5
    for row in data:
        for c, v in enumerate(row, 1):
            if v != "":
                ws.cell(row=r, column=c, value=v)
        r += 1
    boxed(ws, 4, r - 1, 7)
    for col, w in zip("ABCDEFG", [20, 60, 26, 18, 11, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))
    exp(fil, n, "Kontroll av att tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplan", "GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att deltidsbrandmän har genomfört obligatoriska övningstimmar", "GENOMFORD", "ja")
    exp(fil, n, "Kontroll av att sotning och brandskyddskontroll utförs enligt fastställda frister", "EJ_GENOMFORD", "nej")
    exp(fil, n, "Kontroll av att larmfakturor för felaktiga automatlarm skickas ut inom en månad", "DELVIS", "nej")
    exp(fil, n, "Kontroll av att andningsskydd och rökdykarutrustning har giltig service", "SAKNAS", "nej")


# ---------------------------------------------------------------------------
# 9. Överförmyndarnämnden - truncated .xlsx (broken, must be rejected)
# ---------------------------------------------------------------------------
def f9_broken():
    fil = "ÖFN uppföljning internkontroll helår 2025.xlsx"
    n = "Överförmyndarnämnden"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Överförmyndarnämnden – uppföljning internkontroll helår 2025"
    ws.append(["Kontrollmoment", "Status"])
    ws.append(["Kontroll av att årsräkningar granskas inom sex månader från inlämning", "Genomförd"])
    ws.append(["Kontroll av att ställföreträdare har lämnat förteckning inom två månader", "Delvis"])
    src = os.path.join(TMP, "ofn.xlsx")
    wb.save(src)
    with open(src, "rb") as fh:
        data = fh.read()
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(data[: int(len(data) * 0.55)])
    FILES.append((fil, "AVVISAD", n, "2025", "HELAR"))


def registers():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Omsorgsnämnden", "ON|Omsorgsförvaltningen|Vård och omsorg"),
        ("Arbetsmarknads- och integrationsnämnden", "AIN|Arbetsmarknadsenheten"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Bygg och miljö"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Räddningsnämnden", "RN|Räddningstjänsten"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for a, b in namnder:
            fh.write(f"{a};{b}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            fh.write(";".join(row) + "\n")
    kms = [e[2] for e in EXPECTED]
    assert len(kms) == len(set(kms)), "duplicate control text"


if __name__ == "__main__":
    f1_ks()
    f2_bun()
    f3_sn()
    f4_export()
    f5_kfn()
    f6_bmn()
    f7_tn()
    f8_rn()
    f9_broken()
    registers()
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"files: {len(set(f[0] for f in FILES))}, nämnd rows: {len(FILES)}, controls: {len(EXPECTED)}")
