#!/usr/bin/python3
"""Blind round 464 - Karlsborgs kommun, delår (jan-aug) 2025.
Builds every follow-up file, the reject file and namnder.csv / files.csv / expected.csv.
Run: /usr/bin/python3 make_round.py   (deterministic; .xls and .ods via LibreOffice)
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round464"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HFILL = PatternFill("solid", fgColor="1F4E78")
HFONT = Font(bold=True, color="FFFFFF")
GROUPFILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFC000")
RED = PatternFill("solid", fgColor="FF0000")
GREY = PatternFill("solid", fgColor="A6A6A6")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, headers, fill=HFILL, font=HFONT):
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=row, column=c, value=h)
        cell.fill = fill
        cell.font = font
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER


def data_row(ws, row, values):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BORDER


def cover(ws, title, pairs, note=None):
    ws["A1"] = "Karlsborgs kommun"
    ws["A1"].font = Font(bold=True, size=11, color="1F4E78")
    ws["A3"] = title
    ws["A3"].font = Font(bold=True, size=18)
    ws.merge_cells("A3:F3")
    r = 5
    for k, v in pairs:
        ws.cell(row=r, column=1, value=k).font = BOLD
        ws.cell(row=r, column=2, value=v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
    if note:
        r += 1
        ws.cell(row=r, column=1, value=note).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 3, end_column=6)
    ws.column_dimensions["A"].width = 28
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16
    return r


def text_sheet(ws, title, lines, width=110):
    ws["A1"] = title
    ws["A1"].font = TITLE
    for i, line in enumerate(lines, start=3):
        cell = ws.cell(row=i, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if line.endswith(":") or line.isupper():
            cell.font = BOLD
    ws.column_dimensions["A"].width = width


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def ods_freeze_rows(path, freezes):
    """LibreOffice --convert-to drops view settings; write the frozen header rows into settings.xml."""
    import zipfile
    tables = ""
    for sheet, rows in freezes.items():
        tables += (
            f'<config:config-item-map-entry config:name="{sheet}">'
            '<config:config-item config:name="HorizontalSplitMode" config:type="short">0</config:config-item>'
            '<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>'
            '<config:config-item config:name="HorizontalSplitPosition" config:type="int">0</config:config-item>'
            f'<config:config-item config:name="VerticalSplitPosition" config:type="int">{rows}</config:config-item>'
            '<config:config-item config:name="ActiveSplitRange" config:type="short">2</config:config-item>'
            '<config:config-item config:name="PositionLeft" config:type="int">0</config:config-item>'
            '<config:config-item config:name="PositionRight" config:type="int">0</config:config-item>'
            '<config:config-item config:name="PositionTop" config:type="int">0</config:config-item>'
            f'<config:config-item config:name="PositionBottom" config:type="int">{rows}</config:config-item>'
            '</config:config-item-map-entry>')
    views = ('<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
             '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
             f'<config:config-item-map-named config:name="Tables">{tables}</config:config-item-map-named>'
             '</config:config-item-map-entry></config:config-item-map-indexed>')
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            if info.filename == "settings.xml":
                txt = data.decode("utf-8")
                marker = '<config:config-item-set config:name="ooo:view-settings">'
                txt = txt.replace(marker, marker + views, 1)
                data = txt.encode("utf-8")
            comp = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data, compress_type=comp)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - one sheet per process, word statuses (dropdown), hidden 2024 column
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppfoljning_internkontroll_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Försättsblad"
    cover(ws, "Uppföljning av internkontrollplan 2025", [
        ("Nämnd:", "Kommunstyrelsen"),
        ("Förvaltning:", "Kommunledningsförvaltningen"),
        ("Uppföljningsperiod:", "Delår 1 januari – 31 augusti 2025"),
        ("Diarienummer:", "KS 2025/187"),
        ("Upprättad av:", "Anna Lindqvist, controller"),
        ("Datum:", "2025-09-12"),
        ("Granskad av förvaltningschef:", "Per Hedberg"),
        ("Signatur:", "______________________________"),
        ("Behandlas i:", "Kommunstyrelsens arbetsutskott 2025-09-30, kommunstyrelsen 2025-10-14"),
    ], note="Blanketten fylls i per process (en flik per process). Sammanställningen uppdateras av "
            "ekonomiavdelningen. Kolumnen med föregående års status är dold och ska inte ändras.")

    ins = wb.create_sheet("Instruktioner")
    text_sheet(ins, "Instruktioner för uppföljning", [
        "SÅ HÄR FYLLER DU I:",
        "1. Varje process har en egen flik. Fyll i kolumnerna Status delår 2025, Avvikelse och Kommentar/resultat.",
        "2. Välj status i rullistan: Genomförd, Delvis genomförd, Ej genomförd eller Utgår.",
        "3. Avvikelse anges Ja om kontrollen visat fel eller brister, annars Nej.",
        "4. Beskriv i kommentaren urval, resultat och vilka åtgärder som vidtagits.",
        "5. Kontroller som utgått ska ha hänvisning till beslut.",
        "Skicka filen till ekonomi@karlsborg.se senast 2025-09-15.",
    ])

    summ = wb.create_sheet("Sammanställning")
    procs = [
        ("Ekonomi", [
            ("KS-1", "Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 40 fakturor", "Två gånger/år", "Ekonomichef", "Delvis genomförd",
             "Genomförd", "Ja",
             "Stickprov 40 fakturor, 2 saknade behörig attest. Påminnelse skickad till berörda chefer.",
             "Information om attestordningen på chefsforum i oktober.", "GENOMFORD", "ja"),
            ("KS-2", "Ekonomi", "Otillåten representation",
             "Kontroll av att representation redovisas med syfte och deltagarförteckning",
             "Granskning av 20 verifikat", "Årligen", "Redovisningsansvarig", "Ej genomförd",
             "Genomförd", "Nej", "20 verifikat granskade utan anmärkning.", "", "GENOMFORD", "nej"),
            ("KS-3", "Ekonomi", "Felaktig redovisning",
             "Avstämning av balanskonton per 30 april och 31 augusti",
             "Avstämningsblanketter", "Tertial", "Redovisningsansvarig", "Genomförd",
             "Delvis genomförd", "Nej", "Avstämning per 30/4 klar, per 31/8 pågår.", "", "DELVIS", "nej"),
        ]),
        ("HR och lön", [
            ("KS-4", "Lön", "Felaktiga löneutbetalningar",
             "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
             "Körning i Personec mot avslutslista", "Månadsvis", "Lönechef", "Genomförd",
             "Genomförd", "Ja", "En felaktig utbetalning (1 månad) upptäcktes, återkrav skickat.",
             "Rutin för avslutsblankett förtydligas.", "GENOMFORD", "ja"),
            ("KS-5", "HR", "Bristande arbetsmiljö",
             "Uppföljning av att medarbetarsamtal genomförts", "Enkät till chefer", "Årligen",
             "HR-chef", "Genomförd", None, None,
             "Kontrollen görs under hösten enligt plan, redovisas i helårsuppföljningen.", "",
             "EJ_GENOMFORD", ""),
            ("KS-6", "HR", "Jäv och förtroendeskada", "Kontroll av att bisysslor anmälts och prövats",
             "Genomgång av bisyssleregister", "Årligen", "HR-chef", "Genomförd",
             "Ej genomförd", None, "Ej påbörjad p.g.a. vakans på HR-avdelningen.", "", "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("KS-7", "IT", "Obehörig åtkomst", "Behörighetsgenomgång i ekonomisystemet",
             "Lista över användare och roller", "Årligen", "Systemförvaltare", "Genomförd",
             "Genomförd", "Nej", "Samtliga behörigheter genomgångna 2025-05-20. Inga inaktuella konton.", "",
             "GENOMFORD", "nej"),
            ("KS-8", "IT", "Dataförlust",
             "Kontroll av att säkerhetskopiering av verksamhetssystem sker och kan återläsas",
             "Återläsningstest", "Årligen", "IT-chef", "Ej genomförd",
             "Delvis genomförd", "Ja",
             "Återläsningstest av Visma klar. Test av Procapita kvar. Loggar visade att backup missats 3 nätter i juni.",
             "Larm vid misslyckad backup införs.", "DELVIS", "ja"),
            ("KS-9", "Informationssäkerhet", "Brister i personuppgiftshantering",
             "Uppföljning av registerförteckning enligt GDPR (art. 30)", "Genomgång", "Årligen",
             "Dataskyddssamordnare", "Delvis genomförd", "Utgår", None,
             "Utgår enligt KS beslut 2025-04-02 § 54, ersätts av dataskyddsombudets granskning.", "",
             "UTGAR", ""),
        ]),
        ("Upphandling", [
            ("KS-10", "Upphandling", "Otillåten direktupphandling",
             "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
             "Uttag ur leverantörsreskontran", "Två gånger/år", "Upphandlingschef", "Genomförd",
             "Genomförd", "Ja", "3 av 12 direktupphandlingar saknade dokumentation.",
             "Utbildning för beställare hösten 2025.", "GENOMFORD", "ja"),
            ("KS-11", "Upphandling", "Bristande avtalstrohet",
             "Köptrohet mot ramavtal – stickprov på inköp av kontorsmaterial", "Stickprov 30 inköp",
             "Årligen", "Upphandlingschef", "Ej genomförd", "Pågår", None,
             "Uttag gjort, analys pågår.", "", "DELVIS", ""),
        ]),
    ]
    headers = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
               "Status delår 2024", "Status delår 2025", "Avvikelse (Ja/Nej)", "Kommentar/resultat",
               "Åtgärd"]
    for sheetname, rows in procs:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = f"Internkontroll 2025 – {sheetname}"
        ws["A1"].font = TITLE
        ws["A2"] = "Kommunstyrelsen · Uppföljning delår jan–aug 2025"
        header_row(ws, 3, headers)
        dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"',
                            allow_blank=True, showErrorMessage=False)
        dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
        ws.add_data_validation(dv)
        ws.add_data_validation(dv2)
        r = 4
        for row in rows:
            data_row(ws, r, list(row[:12]))
            exp(fil, N, row[3], row[12], row[13])
            r += 1
        dv.add(f"I4:I{r + 10}")
        dv2.add(f"J4:J{r + 10}")
        widths(ws, [7, 14, 22, 45, 24, 13, 18, 14, 16, 12, 50, 32])
        ws.column_dimensions["H"].hidden = True
        ws.freeze_panes = "A4"
        ws.auto_filter.ref = f"A3:L{r - 1}"
        ws.oddHeader.center.text = "Kommunstyrelsen – internkontroll 2025"
    # summary
    summ["A1"] = "Sammanställning status delår 2025"
    summ["A1"].font = TITLE
    header_row(summ, 3, ["Process", "Genomförd", "Delvis genomförd/pågår", "Ej genomförd", "Utgår",
                         "Ej ifylld", "Totalt"])
    counts = [("Ekonomi", 2, 1, 0, 0, 0, 3), ("HR och lön", 1, 0, 1, 0, 1, 3),
              ("IT och informationssäkerhet", 1, 1, 0, 1, 0, 3), ("Upphandling", 1, 1, 0, 0, 0, 2)]
    r = 4
    for c in counts:
        data_row(summ, r, list(c))
        r += 1
    data_row(summ, r, ["Totalt", 5, 3, 1, 1, 1, 11])
    for c in range(1, 8):
        summ.cell(row=r, column=c).font = BOLD
    summ.cell(row=r + 2, column=1, value="Antal kontroller med avvikelse: 4")
    widths(summ, [30, 12, 22, 14, 10, 10, 10])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - one sheet per verksamhet, traffic-light fill only, hidden sheet with 2024 data
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN delårsuppföljning internkontroll 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Försättsblad"
    cover(ws, "Internkontroll – delårsuppföljning", [
        ("Nämnd:", "Barn- och utbildningsnämnden"),
        ("Förvaltning:", "Barn- och utbildningsförvaltningen"),
        ("Period:", "2025-01-01 – 2025-08-31"),
        ("Ansvarig för sammanställning:", "Lena Carlsson, kvalitetsstrateg"),
        ("Datum:", "2025-09-10"),
        ("Underskrift förvaltningschef:", ""),
        ("Namnförtydligande:", "Mikael Ståhl"),
    ])

    ins = wb.create_sheet("Instruktion")
    text_sheet(ins, "Instruktion", [
        "Markera status genom att färglägga cellen i kolumnen Status:",
        "Grön = Genomförd",
        "Gul = Pågår / delvis genomförd",
        "Röd = Ej genomförd",
        "Grå = Utgår",
        "Ange i kolumnen Avvikelse noterad om kontrollen visat brister (Ja/Nej).",
        "Fliken med förra årets uppföljning är dold och får inte raderas (revisionen).",
    ])
    ins["A4"].fill = GREEN
    ins["A5"].fill = YELLOW
    ins["A6"].fill = RED
    ins["A7"].fill = GREY

    summ = wb.create_sheet("Sammanfattning")

    sheets = [
        ("Förskola", [
            ("Avgifter", "Kontroll av att placeringar och avgifter i förskolan debiteras enligt taxa",
             "Stickprov 25 placeringar", "Administrativ chef", "April", GREEN, "Nej",
             "Stickprov 25 placeringar, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
            ("Personal", "Kontroll av att registerutdrag uppvisats vid anställning",
             "Genomgång av personalakter nyanställda", "HR-partner", "Juni", GREEN, "Ja",
             "1 av 15 nyanställda saknade registerutdrag i akten, utdraget begärdes in i efterhand.",
             "GENOMFORD", "ja"),
            ("Barnskydd",
             "Uppföljning av att rutin för anmälan till socialtjänsten (orosanmälan) är känd av personalen",
             "Genomgång på APT, enkät", "Rektorer förskola", "Vår/höst", YELLOW, "Nej",
             "Genomgång på APT på 5 av 8 förskolor.", "DELVIS", "nej"),
        ]),
        ("Grundskola", [
            ("Närvaro", "Kontroll av att elevers frånvaro registreras och följs upp enligt rutin",
             "Uttag ur lärplattformen", "Rektorer", "Maj", RED, None,
             "Ej genomförd – ny lärplattform (Edlevo) infördes under våren, kontrollen flyttas till hösten.",
             "EJ_GENOMFORD", ""),
            ("Trygghet", "Kontroll av att kränkningsanmälningar anmäls till huvudman och utreds",
             "Genomgång av samtliga anmälningar", "Utvecklingsledare", "Löpande", GREEN, "Ja",
             "42 anmälningar, 6 utredningar ej avslutade inom rutinens tidsgräns.", "GENOMFORD", "ja"),
            ("Skolskjuts", "Kontroll av skolskjuts – att beslut fattats enligt riktlinjer",
             "Stickprov beslut", "Skolskjutshandläggare", "Mars", GREY, None,
             "Utgår – skolskjutsärenden handläggs från 2025 av samhällsbyggnadsförvaltningen.",
             "UTGAR", ""),
            ("Tillgångar", "Inventering av läromedel och elevdatorer", "Inventeringslistor", "Rektorer",
             "Juni", None, None, None, "SAKNAS", ""),
        ]),
        ("Gymnasium och Vux", [
            ("Ekonomi", "Kontroll av interkommunala ersättningar (IKE) – fakturor mot elevlistor",
             "Avstämning", "Controller", "Vt", GREEN, "Nej",
             "Samtliga fakturor vt 2025 avstämda mot elevlistor.", "GENOMFORD", "nej"),
            ("Betyg", "Kontroll av att betyg i vuxenutbildningen registreras inom fastställd tid",
             "Uttag ur elevregister", "Rektor vux", "Juni/sept", YELLOW, "Ja",
             "Kontroll av vt-kurser klar, 3 betyg registrerades för sent. Kurser som avslutas i augusti "
             "kontrolleras i september.", "DELVIS", "ja"),
        ]),
        ("Centralt BUF", [
            ("Delegation", "Kontroll av att beslut fattade på delegation anmäls till nämnden",
             "Jämförelse delegationslista – protokoll", "Nämndsekreterare", "Aug", None, None,
             "Se separat rapport till nämnden 2025-09-24 § 88.", "OKLAR", ""),
            ("Statsbidrag", "Uppföljning av att statsbidrag söks och återredovisas i rätt tid",
             "Genomgång mot Skolverkets kalender", "Controller", "Löpande", GREEN, "Nej", None,
             "GENOMFORD", "nej"),
        ]),
    ]
    headers = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Tidpunkt", "Status",
               "Avvikelse noterad", "Kommentar"]
    for sheetname, rows in sheets:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = f"Barn- och utbildningsförvaltningen – {sheetname}"
        ws["A1"].font = TITLE
        ws["A2"] = "Status: grön = genomförd, gul = pågår/delvis, röd = ej genomförd, grå = utgår"
        ws["A2"].font = Font(italic=True, size=9)
        header_row(ws, 3, headers)
        r = 4
        for row in rows:
            vals = list(row[:5]) + [None, row[6], row[7]]
            data_row(ws, r, vals)
            if row[5] is not None:
                ws.cell(row=r, column=6).fill = row[5]
            exp(fil, N, row[1], row[8], row[9])
            r += 1
        widths(ws, [14, 50, 28, 20, 11, 9, 11, 55])
        ws.freeze_panes = "C4"
        ws.auto_filter.ref = f"A3:H{r - 1}"

    old = wb.create_sheet("Delår 2024")
    old["A1"] = "Barn- och utbildningsnämnden – delårsuppföljning 2024 (arkiv)"
    header_row(old, 3, ["Område", "Kontrollmoment", "Status 2024", "Kommentar"])
    for i, row in enumerate([
        ("Avgifter", "Kontroll av att placeringar och avgifter i förskolan debiteras enligt taxa",
         "Genomförd", "Inga fel."),
        ("Närvaro", "Kontroll av att elevers frånvaro registreras och följs upp enligt rutin",
         "Genomförd", "Brister på två skolor."),
        ("Skolmåltider", "Kontroll av att specialkost beställs enligt intyg", "Ej genomförd", ""),
        ("Ekonomi", "Kontroll av interkommunala ersättningar (IKE) – fakturor mot elevlistor",
         "Delvis", "Ht kvar."),
    ], start=4):
        data_row(old, i, list(row))
    widths(old, [14, 50, 14, 30])
    old.sheet_state = "hidden"

    summ["A1"] = "Sammanfattning delår 2025"
    summ["A1"].font = TITLE
    header_row(summ, 3, ["Flik", "Grön", "Gul", "Röd", "Grå", "Ej bedömd", "Summa"])
    cnt = [("Förskola", 2, 1, 0, 0, 0, 3), ("Grundskola", 1, 0, 1, 1, 1, 4),
           ("Gymnasium och Vux", 1, 1, 0, 0, 0, 2), ("Centralt BUF", 1, 0, 0, 0, 1, 2),
           ("Summa", 5, 2, 1, 1, 2, 11)]
    for i, c in enumerate(cnt, start=4):
        data_row(summ, i, list(c))
    summ["B3"].fill = GREEN
    summ["C3"].fill = YELLOW
    summ["D3"].fill = RED
    summ["E3"].fill = GREY
    widths(summ, [22, 8, 8, 8, 8, 11, 8])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - numeric status codes with legend on a separate sheet, Helår 2024 sheet beside,
#    saved as .xls (Excel 97) via LibreOffice
# ---------------------------------------------------------------------------
def file_sn(tmp):
    fil = "Socialnamnden_IK_uppfoljning_delar_2025.xls"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Försättsblad"
    cover(ws, "Uppföljning intern kontroll", [
        ("Nämnd:", "Socialnämnden"),
        ("Förvaltning:", "Socialförvaltningen"),
        ("Avser:", "Delårsrapport januari–augusti 2025"),
        ("Kontaktperson:", "Sofia Berg, verksamhetsutvecklare"),
        ("Datum:", "2025-09-08"),
        ("Socialchef:", "Johan Ek"),
        ("Signatur:", ""),
    ])
    las = wb.create_sheet("Läsanvisning")
    text_sheet(las, "Läsanvisning", [
        "Statuskoder i kolumnen Status:",
        "1 = Kontroll genomförd utan anmärkning",
        "2 = Kontroll genomförd med anmärkning",
        "3 = Kontroll påbörjad / delvis genomförd",
        "4 = Kontroll ej genomförd",
        "0 = Kontrollen utgår (ange beslut eller skäl)",
        "Resultatet beskrivs kortfattat. Vid anmärkning ska åtgärd anges.",
        "Fliken Helår 2024 ligger kvar som jämförelse och ska inte uppdateras.",
    ])
    summ = wb.create_sheet("Sammanställning")
    sheets = [
        ("IFO", [
            ("SN-1", "Ekonomiskt bistånd",
             "Kontroll av att utbetalningar av ekonomiskt bistånd är beslutade och attesterade",
             "Stickprov 30 utbetalningar", "Enhetschef försörjningsstöd", 2,
             "Stickprov 30 utbetalningar. En utbetalning saknade beslut i Viva, rättad.",
             "Påminnelse om rutin på APT.", "GENOMFORD", "ja"),
            ("SN-2", "Barn och unga",
             "Kontroll av att förhandsbedömning inleds inom 14 dagar från orosanmälan",
             "Samtliga anmälningar jan–juni", "Enhetschef barn och unga", 1,
             "Samtliga 58 anmälningar jan–juni bedömda inom 14 dagar.", "", "GENOMFORD", "nej"),
            ("SN-3", "Barn och unga",
             "Kontroll av att vårdplan och genomförandeplan finns för placerade barn",
             "Aktgranskning 18 akter", "Enhetschef barn och unga", 3,
             "Granskning av 10 av 18 akter klar, resterande under september. Hittills inga brister.",
             "", "DELVIS", "nej"),
        ]),
        ("Vård och omsorg", [
            ("SN-4", "Kvalitet", "Kontroll av att avvikelser enligt SoL/HSL registreras och åtgärdas",
             "Uttag ur avvikelsemodulen", "MAS", 1, "Avvikelser registreras och åtgärdas enligt rutin.",
             "", "GENOMFORD", "nej"),
            ("SN-5", "Hälso- och sjukvård",
             "Kontroll av läkemedelshantering på särskilda boenden (signeringslistor)",
             "Egenkontroll två boenden", "MAS", 2,
             "Egenkontroll på Solgården och Strandgården: saknade signeringar i 7 % av listorna.",
             "Utbildning delegerad personal.", "GENOMFORD", "ja"),
            ("SN-6", "Hemtjänst", "Kontroll av att hemtjänsttid debiteras enligt beviljad insats",
             "Jämförelse TES – beslut", "Enhetschef hemtjänst", 4,
             "Ej genomförd pga byte av planeringssystem (TES). Flyttas till T3.", "", "EJ_GENOMFORD", ""),
        ]),
        ("LSS", [
            ("SN-7", "Verkställighet", "Kontroll av att beslut om insats verkställs inom tre månader",
             "Samtliga gynnande beslut", "Enhetschef LSS", 2,
             "2 beslut om bostad med särskild service ej verkställda inom tre månader, rapporterade till IVO.",
             "", "GENOMFORD", "ja"),
            ("SN-8", "Brukarmedel", "Kontroll av hantering av brukares privata medel (kontantkassor)",
             "Kassainventering", "Enhetschef LSS", None, "Se bilaga 1", "", "OKLAR", ""),
        ]),
        ("Gemensamt", [
            ("SN-9", "Informationssäkerhet", "Kontroll av att loggar i verksamhetssystemet följs upp",
             "Logguttag", "Systemförvaltare", 0,
             "Utgår, ingår i kommunstyrelsens kontroll av informationssäkerhet 2025.", "", "UTGAR", ""),
            ("SN-10", "Kvalitet", "Kontroll av att lex Sarah-rapporter utreds och anmäls enligt rutin",
             "Genomgång av samtliga rapporter", "Kvalitetsstrateg", 1,
             "9 rapporter, samtliga utredda inom tid. 1 anmäld till IVO.", "", "GENOMFORD", "nej"),
        ]),
    ]
    headers = ["Id", "Process/rutin", "Kontrollmoment", "Omfattning/urval", "Ansvarig",
               "Status (se läsanvisning)", "Resultat delår", "Åtgärd"]
    for sheetname, rows in sheets:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = f"Socialnämnden – {sheetname}"
        ws["A1"].font = TITLE
        header_row(ws, 2, headers)
        r = 3
        for row in rows:
            data_row(ws, r, list(row[:8]))
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, row[2], row[8], row[9])
            r += 1
        widths(ws, [7, 18, 50, 24, 22, 12, 55, 28])
        ws.freeze_panes = "A3"
        ws.auto_filter.ref = f"A2:H{r - 1}"

    old = wb.create_sheet("Helår 2024")
    old["A1"] = "Socialnämnden – uppföljning helår 2024"
    old["A1"].font = TITLE
    header_row(old, 2, headers)
    for i, row in enumerate([
        ("24-1", "Ekonomiskt bistånd",
         "Kontroll av att utbetalningar av ekonomiskt bistånd är beslutade och attesterade",
         "Stickprov 30", "Enhetschef", 1, "Inga avvikelser.", ""),
        ("24-2", "Hemtjänst", "Kontroll av att hemtjänsttid debiteras enligt beviljad insats",
         "Stickprov", "Enhetschef hemtjänst", 2, "Felaktig debitering hos 4 brukare.", "Rättat."),
        ("24-3", "Kvalitet", "Kontroll av att lex Sarah-rapporter utreds och anmäls enligt rutin",
         "Samtliga", "Kvalitetsstrateg", 1, "Utan anmärkning.", ""),
        ("24-4", "Bemanning", "Kontroll av att timanställda inte överskrider LAS-dagar",
         "Uttag Personec", "HR", 4, "Ej genomförd.", ""),
    ], start=3):
        data_row(old, i, list(row))
    widths(old, [7, 18, 50, 24, 22, 12, 55, 28])
    old.freeze_panes = "A3"

    summ["A1"] = "Sammanställning per statuskod – delår 2025"
    summ["A1"].font = TITLE
    header_row(summ, 3, ["Verksamhet", "1", "2", "3", "4", "0", "Ej angiven", "Totalt"])
    cnt = [("IFO", 1, 1, 1, 0, 0, 0, 3), ("Vård och omsorg", 1, 1, 0, 1, 0, 0, 3),
           ("LSS", 0, 1, 0, 0, 0, 1, 2), ("Gemensamt", 1, 0, 0, 0, 1, 0, 2),
           ("Totalt", 3, 3, 1, 1, 1, 1, 10)]
    for i, c in enumerate(cnt, start=4):
        data_row(summ, i, list(c))
    widths(summ, [20, 6, 6, 6, 6, 6, 11, 8])
    src = os.path.join(tmp, "Socialnamnden_IK_uppfoljning_delar_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", OUT)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. SBN - .ods; one follow-up sheet with process group rows + 2024 sheet beside; hidden 2024 column
# ---------------------------------------------------------------------------
def file_sbn(tmp):
    fil = "SBN IK-uppföljning delår 2025.ods"
    N = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Försättsblad"
    cover(ws, "Internkontrollplan 2025 – uppföljning", [
        ("Nämnd", "Samhällsbyggnadsnämnden"),
        ("Förvaltning", "Samhällsbyggnadsförvaltningen"),
        ("Uppföljning", "Delår (januari–augusti)"),
        ("År", "2025"),
        ("Sammanställd av", "Erik Nyström, förvaltningscontroller"),
        ("Datum", "2025-09-11"),
        ("Godkänd av", "Karin Palm, samhällsbyggnadschef"),
    ])
    anv = wb.create_sheet("Anvisning")
    text_sheet(anv, "Anvisning", [
        "Kolumn Genomförd: ange Ja, Nej eller Delvis.",
        "Kolumn Avvikelse: ange Ja om kontrollen visat brister.",
        "Riskvärde = sannolikhet × konsekvens (1–16).",
        "Fliken Uppföljning 2024 sparas som jämförelse.",
    ])
    summ = wb.create_sheet("Sammanställning")

    groups = [
        ("Process: Gata och park", [
            ("Skador på lekplatser", 12,
             "Kontroll av att lekplatsbesiktning genomförs årligen och att anmärkningar åtgärdas",
             "Gatuchef", "Ja", "Ja", "Ja", "Besiktning maj 2025. 4 B-anmärkningar, 2 åtgärdade.",
             "GENOMFORD", "ja"),
            ("Felaktig fakturering", 9,
             "Kontroll av att vinterväghållningsentreprenörens fakturor stäms av mot körjournaler",
             "Gatuchef", "Ja", "Ja", "Nej", "Fakturor jan–mars avstämda, inga differenser.",
             "GENOMFORD", "nej"),
        ]),
        ("Process: Vatten och avlopp", [
            ("Otjänligt dricksvatten", 16,
             "Kontroll av att provtagning av dricksvatten sker enligt kontrollprogram", "VA-chef",
             "Ja", "Ja", "Nej", "Samtliga prover enligt kontrollprogrammet tagna, inga otjänliga prover.",
             "GENOMFORD", "nej"),
            ("Uteblivna intäkter", 8,
             "Kontroll av att VA-anslutningsavgifter debiteras vid nybyggnation", "VA-ekonom",
             "Nej", "Delvis", "Ja",
             "Kontrollerat för kv. Hamnen, 1 anslutning ej fakturerad. Övriga områden kontrolleras hösten 2025.",
             "DELVIS", "ja"),
        ]),
        ("Process: Fastighet", [
            ("Personskador, vite", 12,
             "Kontroll av att lagstadgade besiktningar (OVK, hiss, brand) genomförs i kommunens fastigheter",
             "Fastighetschef", "Ja", "Nej", None, "Ej genomförd. Ny fastighetsförvaltare tillträdde 1 juni.",
             "EJ_GENOMFORD", ""),
            ("Uteblivna intäkter", 6,
             "Kontroll av hyresavtal – att hyror för externa hyresgäster indexuppräknats",
             "Fastighetsekonom", "Delvis", "Ja", "Ja", "2 avtal hade ej uppräknats 2025, rättat retroaktivt.",
             "GENOMFORD", "ja"),
        ]),
        ("Process: Skolskjuts (ny 2025)", [
            ("Felaktiga beslut", 9,
             "Kontroll av att skolskjutsbeslut fattas enligt riktlinjer och delegationsordning",
             "Trafikhandläggare", None, "Delvis", "Nej", "Stickprov 10 av planerade 25 beslut.",
             "DELVIS", "nej"),
        ]),
        ("Process: Mark och exploatering", [
            ("Avtal följs inte", 6, "Kontroll av att markanvisningsavtal följs upp", "Exploateringsingenjör",
             "Ja", "Ej aktuell 2025 – inga markanvisningar tecknade.", None, None, "UTGAR", ""),
            ("Uteblivna intäkter", 4, "Kontroll av att arrendeavgifter faktureras", "Mark- och exploateringschef",
             "Ja", None, None, None, "SAKNAS", ""),
        ]),
    ]
    y = wb.create_sheet("Uppföljning 2025")
    y["A1"] = "Samhällsbyggnadsnämnden – uppföljning av internkontrollplan, delår 2025"
    y["A1"].font = TITLE
    headers = ["Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Genomförd 2024",
               "Genomförd (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)", "Kommentar"]
    header_row(y, 3, headers)
    r = 4
    for g, rows in groups:
        y.cell(row=r, column=1, value=g).font = BOLD
        for c in range(1, 9):
            y.cell(row=r, column=c).fill = GROUPFILL
        y.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            data_row(y, r, list(row[:8]))
            exp(fil, N, row[2], row[8], row[9])
            r += 1
    widths(y, [22, 9, 55, 22, 11, 16, 12, 55])
    y.column_dimensions["E"].hidden = True
    y.freeze_panes = "A4"
    y.auto_filter.ref = f"A3:H{r - 1}"

    o = wb.create_sheet("Uppföljning 2024")
    o["A1"] = "Samhällsbyggnadsnämnden – uppföljning av internkontrollplan, helår 2024"
    o["A1"].font = TITLE
    header_row(o, 3, ["Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Genomförd (Ja/Nej/Delvis)",
                      "Avvikelse (Ja/Nej)", "Kommentar"])
    for i, row in enumerate([
        ("Skador på lekplatser", 12,
         "Kontroll av att lekplatsbesiktning genomförs årligen och att anmärkningar åtgärdas",
         "Gatuchef", "Ja", "Nej", "Besiktning utan A-anmärkningar."),
        ("Otjänligt dricksvatten", 16,
         "Kontroll av att provtagning av dricksvatten sker enligt kontrollprogram", "VA-chef", "Ja", "Ja",
         "Ett prov tjänligt med anmärkning (Mölltorp), åtgärdat."),
        ("Personskador, vite", 12,
         "Kontroll av att lagstadgade besiktningar (OVK, hiss, brand) genomförs i kommunens fastigheter",
         "Fastighetschef", "Ja", "Nej", ""),
        ("Uteblivna intäkter", 6,
         "Kontroll av hyresavtal – att hyror för externa hyresgäster indexuppräknats", "Fastighetsekonom",
         "Delvis", "Nej", "Hälften av avtalen granskade."),
        ("Felaktig hantering av kundfordringar", 6, "Kontroll av att kundfakturor skickas till inkasso i tid",
         "Ekonom", "Nej", None, "Ej genomförd."),
    ], start=4):
        data_row(o, i, list(row))
    widths(o, [22, 9, 55, 22, 16, 12, 45])
    o.freeze_panes = "A4"

    summ["A1"] = "Sammanställning delår 2025"
    summ["A1"].font = TITLE
    header_row(summ, 3, ["Genomförd", "Antal"])
    for i, c in enumerate([("Ja", 4), ("Delvis", 2), ("Nej", 1), ("Ej aktuell", 1), ("Ej ifyllt", 1),
                           ("Totalt", 9)], start=4):
        data_row(summ, i, list(c))
    summ.cell(row=11, column=1, value="Varav med avvikelse: 3")
    widths(summ, [20, 10])
    src = os.path.join(tmp, "SBN IK-uppföljning delår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    ods_freeze_rows(os.path.join(OUT, fil), {"Uppföljning 2025": 3, "Uppföljning 2024": 3})
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Valnämnden + Överförmyndarnämnden in one workbook, X tick columns
# ---------------------------------------------------------------------------
def file_vn_ofn():
    fil = "IK delår 2025 - Valnämnden och Överförmyndarnämnden.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Försättsblad"
    cover(ws, "Uppföljning internkontroll – delår 2025", [
        ("Avser nämnder:", "Valnämnden, Överförmyndarnämnden"),
        ("Förvaltning:", "Kommunledningsförvaltningen, kansliavdelningen"),
        ("Period:", "Januari–augusti 2025"),
        ("Handläggare:", "Maria Öberg, kanslichef"),
        ("Datum:", "2025-09-05"),
        ("Signatur:", ""),
    ], note="Respektive nämnd har en egen flik. Sammanställningen visar antal per status och nämnd.")
    ins = wb.create_sheet("Instruktion")
    text_sheet(ins, "Instruktion", [
        "Markera med X i den kolumn som stämmer (Genomförd, Delvis, Ej genomförd, Utgår). Endast ett X per rad.",
        "Avvikelse: Ja/Nej.",
        "Kommentera resultatet kortfattat.",
    ])
    summ = wb.create_sheet("Sammanställning")
    data = {
        "Valnämnden": [
            ("Kontroll av att röstmottagare för valet 2026 rekryteras enligt plan", "Valsamordnare",
             "", "X", "", "", "Nej", "Rekrytering påbörjad, 60 av 110 röstmottagare klara.", "DELVIS", "nej"),
            ("Kontroll av att vallokaler uppfyller tillgänglighetskrav", "Valsamordnare",
             "X", "", "", "", "Ja", "Vallokal Mölltorp saknar ramp, alternativ lokal bokad.", "GENOMFORD", "ja"),
            ("Kontroll av att valnämndens protokoll justeras och anslås inom föreskriven tid", "Nämndsekreterare",
             "X", "", "", "", "Nej", "", "GENOMFORD", "nej"),
            ("Kontroll av att ersättning till röstmottagare betalats ut korrekt (EU-val 2024)", "Valsamordnare",
             "", "", "", "X", "", "Kontrollen genomfördes i helårsuppföljning 2024.", "UTGAR", ""),
        ],
        "Överförmyndarnämnden": [
            ("Granskning av att årsräkningar inkommer senast 1 mars", "Handläggare överförmyndare",
             "X", "", "", "", "Ja", "12 av 148 årsräkningar inkom för sent, påminnelser och vitesföreläggande.",
             "GENOMFORD", "ja"),
            ("Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
             "Handläggare överförmyndare", "X", "", "X", "", "", "", "OKLAR", ""),
            ("Kontroll av att registerutdrag och UC inhämtas före förordnande av ny ställföreträdare",
             "Handläggare överförmyndare", "", "", "X", "", "", "Skjuts till hösten.", "EJ_GENOMFORD", ""),
            ("Kontroll av att överförmyndarakter förvaras enligt arkivreglementet", "Arkivarie",
             "", "", "", "", "", "Genomförd i juni, inga brister.", "GENOMFORD", "nej"),
        ],
    }
    headers = ["Nr", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Utgår",
               "Avvikelse", "Kommentar"]
    for nm, rows in data.items():
        ws = wb.create_sheet(nm)
        ws["A1"] = f"{nm} – internkontroll 2025, uppföljning delår"
        ws["A1"].font = TITLE
        ws.merge_cells("D2:G2")
        ws["D2"] = "Status (markera med X)"
        ws["D2"].font = BOLD
        ws["D2"].alignment = Alignment(horizontal="center")
        header_row(ws, 3, headers)
        for i, row in enumerate(rows, start=1):
            data_row(ws, 3 + i, [i] + [v if v != "" else None for v in row[:8]])
            for c in range(4, 8):
                ws.cell(row=3 + i, column=c).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, nm, row[0], row[8], row[9])
        widths(ws, [5, 55, 24, 10, 8, 12, 8, 10, 50])
        ws.freeze_panes = "C4"
        ws.auto_filter.ref = f"A3:I{3 + len(rows)}"
        FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    summ["A1"] = "Sammanställning"
    summ["A1"].font = TITLE
    header_row(summ, 3, ["Nämnd", "Genomförd", "Delvis", "Ej genomförd", "Utgår", "Oklart/ej ifyllt", "Totalt"])
    data_row(summ, 4, ["Valnämnden", 2, 1, 0, 1, 0, 4])
    data_row(summ, 5, ["Överförmyndarnämnden", 1, 0, 1, 0, 2, 4])
    data_row(summ, 6, ["Totalt", 3, 1, 1, 1, 2, 8])
    widths(summ, [24, 11, 8, 13, 8, 15, 8])
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 6. MBN - one control sheet with T1 / Delår / Helår column pairs, hidden list sheet, print header
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "MBN_Internkontroll_2025_uppf_delar.xlsx"
    N = "Miljö- och byggnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Försättsblad"
    cover(ws, "Internkontrollplan 2025 med uppföljning", [
        ("Nämnd:", "Miljö- och byggnämnden"),
        ("Förvaltning:", "Miljö- och byggförvaltningen"),
        ("Aktuell uppföljning:", "Delår 2 (jan–aug)"),
        ("Planen antagen:", "MBN 2024-12-10 § 118"),
        ("Uppföljning sammanställd:", "2025-09-09, Jonas Wik"),
        ("Signatur förvaltningschef:", ""),
    ])
    ins = wb.create_sheet("Instruktion")
    text_sheet(ins, "Instruktion", [
        "Planen följs upp tre gånger per år: T1 (april), delår (augusti) och helår (december).",
        "Välj status i listan: Klar, Klar med avvikelse, Pågående, Ej startad, Utgår.",
        "Fyll i kolumnerna för aktuell period. Tidigare perioders kolumner lämnas orörda.",
        "Vid Klar med avvikelse: beskriv avvikelsen och åtgärden i kommentaren.",
    ])
    k = wb.create_sheet("Kontrollplan 2025")
    k["A1"] = "Miljö- och byggnämnden – Internkontrollplan 2025"
    k["A1"].font = TITLE
    # two header rows: period groups + columns
    k.merge_cells("H2:I2"); k["H2"] = "T1 (jan–apr)"
    k.merge_cells("J2:K2"); k["J2"] = "Delår (jan–aug)"
    k.merge_cells("L2:M2"); k["L2"] = "Helår"
    for c in ("H2", "J2", "L2"):
        k[c].font = BOLD
        k[c].alignment = Alignment(horizontal="center")
        k[c].fill = GROUPFILL
    headers = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Planerad tidpunkt", "Ansvarig",
               "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    header_row(k, 3, headers)
    groups = [
        ("Bygglov", [
            ("1.1", "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
             "Uttag ur Castor", "Tertial", "Apr/aug/dec", "Bygglovschef",
             "Pågående", "Uttag gjort, analys pågår.", "Klar med avvikelse",
             "3 av 41 ärenden överskred tiden, avgift reducerad.", "GENOMFORD", "ja"),
            ("1.2", "Kontroll av att startbesked inte ges innan kontrollplan fastställts", "Stickprov 10 ärenden",
             "Årligen", "Aug", "Bygglovschef", None, None, "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.3", "Kontroll av att bygglovsavgifter debiteras enligt taxa", "Stickprov 15 ärenden",
             "Årligen", "Mars", "Administratör", "Klar", "Stickprov 15 ärenden, korrekt.", None, None,
             "GENOMFORD", "nej"),
        ]),
        ("Miljötillsyn", [
            ("2.1", "Kontroll av att tillsynsplanen för miljöfarlig verksamhet följs", "Jämförelse plan/utfall",
             "Tertial", "Apr/aug/dec", "Miljöchef", "Pågående", "28 % genomfört.", "Pågående",
             "62 % av planerade besök genomförda.", "DELVIS", ""),
            ("2.2", "Kontroll av att tillsynsavgifter faktureras efter genomfört besök", "Stickprov",
             "Årligen", "Maj", "Administratör", "Ej startad", "", "Ej startad",
             "Resursbrist, prioriteras efter semestrarna.", "EJ_GENOMFORD", ""),
        ]),
        ("Livsmedelskontroll", [
            ("3.1", "Kontroll av att livsmedelskontroller dokumenteras i ärendesystemet (Ecos) inom en vecka",
             "Uttag ur Ecos", "Årligen", "Juni", "Livsmedelsinspektör", None, None, "Se bilaga", None,
             "OKLAR", ""),
            ("3.2", "Kontroll av att kontrollpersonal lämnat jävsdeklaration", "Genomgång", "Årligen", "Feb",
             "Miljöchef", "Utgår", "Utgår enligt beslut MBN 2025-03-11 § 21.", "Utgår", None, "UTGAR", ""),
        ]),
        ("Administration", [
            ("4.1", "Kontroll av att delegationsbeslut anmäls till nämnden", "Jämförelse",
             "Tertial", "Apr/aug/dec", "Nämndsekreterare", "Klar", None, "Klar", None, "GENOMFORD", "nej"),
            ("4.2", "Kontroll av att diarieföring sker inom två arbetsdagar", "Stickprov 20 handlingar",
             "Årligen", "Aug", "Registrator", None, None, None, None, "SAKNAS", ""),
        ]),
    ]
    r = 4
    for g, rows in groups:
        k.cell(row=r, column=1, value=g).font = BOLD
        for c in range(1, 14):
            k.cell(row=r, column=c).fill = GROUPFILL
        r += 1
        for row in rows:
            vals = [row[0], g] + list(row[1:10]) + [None, None]
            data_row(k, r, vals)
            exp(fil, N, row[1], row[10], row[11])
            r += 1
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$5", allow_blank=True)
    k.add_data_validation(dv)
    dv.add(f"H5:H{r}")
    dv.add(f"J5:J{r}")
    dv.add(f"L5:L{r}")
    widths(k, [6, 16, 52, 22, 10, 12, 18, 16, 30, 18, 40, 10, 20])
    k.freeze_panes = "D4"
    k.auto_filter.ref = f"A3:M{r - 1}"
    k.oddHeader.left.text = "Miljö- och byggnämnden"
    k.oddHeader.right.text = "Internkontroll 2025"
    k.page_setup.orientation = "landscape"

    summ = wb.create_sheet("Sammanställning")
    summ["A1"] = "Sammanställning per period"
    summ["A1"].font = TITLE
    header_row(summ, 3, ["Status", "T1", "Delår", "Helår"])
    for i, c in enumerate([("Klar", 2, 2, 0), ("Klar med avvikelse", 0, 1, 0), ("Pågående", 2, 1, 0),
                           ("Ej startad", 1, 1, 0), ("Utgår", 1, 1, 0), ("Ej ifylld", 3, 3, 9),
                           ("Totalt", 9, 9, 9)], start=4):
        data_row(summ, i, list(c))
    summ["A12"] = "Delår: 1.3 rapporterades klar i T1. 3.1 – se bilaga."
    widths(summ, [22, 8, 8, 8])

    lst = wb.create_sheet("Listor")
    for i, v in enumerate(["Klar", "Klar med avvikelse", "Pågående", "Ej startad", "Utgår"], start=1):
        lst.cell(row=i, column=1, value=v)
    lst.sheet_state = "hidden"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Tekniska nämnden - cover names only the förvaltning; symbol status with legend; total rows
# ---------------------------------------------------------------------------
def file_tn():
    fil = "Teknik_och_service_IK_jan-aug_2025.xlsx"
    N = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Försättsblad"
    cover(ws, "Intern kontroll 2025", [
        ("Förvaltning:", "Teknik- och serviceförvaltningen"),
        ("Nämnd:", "TN"),
        ("Uppföljning:", "Jan–aug 2025 (delårsbokslut)"),
        ("Kontaktperson:", "Ola Sundqvist, verksamhetscontroller"),
        ("Datum:", "2025-09-15"),
        ("Förvaltningschef (signatur):", ""),
    ])
    ins = wb.create_sheet("Instruktioner")
    text_sheet(ins, "Instruktioner och teckenförklaring", [
        "TECKENFÖRKLARING:",
        "✔  Kontrollen genomförd",
        "◐  Kontrollen påbörjad/delvis genomförd",
        "✘  Kontrollen inte genomförd",
        "—  Kontrollen utgår",
        "Avvikelse? fylls i med Ja/Nej. Kolumnen Status 2024 är dold.",
        "Varje verksamhet har en egen flik. Sammanställningen räknas fram av controller.",
    ])
    summ = wb.create_sheet("Sammanställning")
    sheets = [
        ("Kost", [
            ("Kontroll av att egenkontrollprogram för livsmedel följs i tillagningsköken", "Kostchef", "Vår",
             "✘", "✔", "Nej", "Egenkontroller dokumenterade i samtliga fem kök.", "GENOMFORD", "nej"),
            ("Kontroll av att inköp av livsmedel sker från avtalade leverantörer", "Kostchef", "Vår",
             "✔", "✔", "Ja", "Köptrohet 87 %, mål 95 %. Inköp utanför avtal från lokal grossist.",
             "GENOMFORD", "ja"),
        ]),
        ("Lokalvård", [
            ("Kontroll av att städning utförs enligt serviceavtal med verksamheterna", "Lokalvårdschef",
             "Löpande", "✔", "◐", "Nej", "Kvalitetsuppföljning på 6 av 14 objekt.", "DELVIS", "nej"),
            ("Kontroll av kemikalieförteckning och säkerhetsdatablad", "Lokalvårdschef", "Maj", "◐", "✘",
             None, "Ej påbörjad.", "EJ_GENOMFORD", ""),
        ]),
        ("Fastighetsdrift", [
            ("Kontroll av att felanmälningar åtgärdas inom avtalad tid", "Driftchef", "Tertial", "✔", "✔",
             "Ja", "18 % av felanmälningarna åtgärdades inte inom avtalad tid.", "GENOMFORD", "ja"),
            ("Kontroll av energiuppföljning per fastighet", "Energisamordnare", "Årligen", "✔", "—", None,
             "Utgår 2025, ersätts av energikartläggning i projektform.", "UTGAR", ""),
        ]),
        ("Fordon och förråd", [
            ("Kontroll av körjournaler för kommunens fordon", "Fordonsansvarig", "Tertial", "✔", "✔", "Nej",
             "", "GENOMFORD", "nej"),
            ("Inventering av förråd och verktyg", "Förrådsansvarig", "Aug", "✔", "◐", None,
             "Påbörjad, förrådet i Mölltorp kvar.", "DELVIS", ""),
            ("Kontroll av drivmedelskort – att tankningar stäms av mot fordon", "Fordonsansvarig", "Vår",
             "✘", "✘", None, "Ej genomförd under perioden.", "EJ_GENOMFORD", ""),
        ]),
    ]
    headers = ["Nr", "Kontrollmoment", "Ansvarig", "När", "Status 2024", "Status", "Avvikelse?", "Kommentar"]
    nr = 0
    for sheetname, rows in sheets:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = f"Teknik- och serviceförvaltningen – {sheetname}"
        ws["A1"].font = TITLE
        header_row(ws, 2, headers)
        r = 3
        for row in rows:
            nr += 1
            data_row(ws, r, [f"T{nr}"] + list(row[:7]))
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=6).font = Font(size=13)
            exp(fil, N, row[0], row[7], row[8])
            r += 1
        ws.cell(row=r, column=1, value="Antal kontroller").font = BOLD
        ws.cell(row=r, column=3, value=len(rows)).font = BOLD
        ws.cell(row=r + 2, column=1,
                value="✔ genomförd  ◐ delvis  ✘ ej genomförd  — utgår").font = Font(italic=True, size=9)
        widths(ws, [6, 55, 20, 10, 10, 8, 11, 55])
        ws.column_dimensions["E"].hidden = True
        ws.freeze_panes = "A3"
        ws.auto_filter.ref = f"A2:H{r - 1}"
    summ["A1"] = "Sammanställning jan–aug 2025"
    summ["A1"].font = TITLE
    header_row(summ, 3, ["Verksamhet", "✔", "◐", "✘", "—", "Summa"])
    for i, c in enumerate([("Kost", 2, 0, 0, 0, 2), ("Lokalvård", 0, 1, 1, 0, 2),
                           ("Fastighetsdrift", 1, 0, 0, 1, 2), ("Fordon och förråd", 1, 1, 1, 0, 3),
                           ("Totalt", 4, 2, 2, 1, 9)], start=4):
        data_row(summ, i, list(c))
    widths(summ, [22, 6, 6, 6, 6, 8])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: BUN budget follow-up workbook (same look, no internal control in it)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Budgetuppfoljning_BUN_augusti_2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Försättsblad"
    cover(ws, "Budgetuppföljning per augusti 2025", [
        ("Nämnd:", "Barn- och utbildningsnämnden"),
        ("Period:", "Januari–augusti 2025"),
        ("Upprättad av:", "Controller BUF"),
        ("Datum:", "2025-09-09"),
    ])
    d = wb.create_sheet("Driftredovisning")
    d["A1"] = "Driftredovisning (tkr)"
    d["A1"].font = TITLE
    header_row(d, 3, ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget",
                      "Kommentar"])
    rows = [("Förskola", 52400, 35210, 53100, -700, "Fler barn än budgeterat hösten 2025."),
            ("Grundskola", 98700, 64800, 98200, 500, ""),
            ("Gymnasium (IKE)", 31200, 21900, 32600, -1400, "Fler elever i andra kommuner."),
            ("Vuxenutbildning", 6900, 4300, 6800, 100, ""),
            ("Gemensamt BUF", 12300, 7900, 12100, 200, ""),
            ("Summa", 201500, 134110, 202800, -1300, "")]
    for i, row in enumerate(rows, start=4):
        data_row(d, i, list(row))
    widths(d, [22, 13, 15, 14, 18, 40])
    d.freeze_panes = "B4"
    inv = wb.create_sheet("Investeringar")
    inv["A1"] = "Investeringar (tkr)"
    inv["A1"].font = TITLE
    header_row(inv, 3, ["Projekt", "Budget", "Utfall", "Prognos", "Status"])
    for i, row in enumerate([("Inventarier ny förskola Strandvägen", 1500, 620, 1500, "Pågår"),
                             ("Elevdatorer 1:1", 900, 870, 900, "Klar"),
                             ("Utemiljö Rödesund skola", 400, 0, 0, "Skjuts till 2026")], start=4):
        data_row(inv, i, list(row))
    widths(inv, [36, 10, 10, 10, 18])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["nämnd", "alias"])
        w.writerows([
            ["Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunstyrelsens förvaltning"],
            ["Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"],
            ["Socialnämnden", "SN|Socialförvaltningen|Socialtjänsten"],
            ["Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"],
            ["Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"],
            ["Tekniska nämnden", "TN|Teknik- och serviceförvaltningen|Teknik och service"],
            ["Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"],
            ["Valnämnden", "VN"],
            ["Överförmyndarnämnden", "ÖFN|Överförmyndaren"],
            ["Krisledningsnämnden", "KLN"],
        ])
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="round464_")
    try:
        file_ks()
        file_bun()
        file_sn(tmp)
        file_sbn(tmp)
        file_vn_ofn()
        file_mbn()
        file_tn()
        file_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
