#!/usr/bin/python3
"""Blind round r298 - Östra Lindmo kommun, helår 2025: an ordinary January inbox.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round298"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def p(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, group rows, Status delår + Status helår words
# ---------------------------------------------------------------------------
def build_ks():
    fil = "IK uppföljning helår 2025 KS.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Östra Lindmo kommun"
    ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljning per 31 augusti (delår) och 31 december (helår). Statusord: Utfört / Pågår / Ej utförd."
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Metod", "Frekvens",
           "Status delår", "Status helår", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
        cell.alignment = WRAP
    groups = [
        ("Ekonomi", [
            ("Ekonomiprocessen", "Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Redovisningschef", "Stickprov 20 fakturor", "Två ggr/år", "Utfört", "Utfört",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("", "Manipulerade leverantörsuppgifter (bedrägeri)",
             "Kontroll av ändringar av bankgironummer i leverantörsregistret",
             "Redovisningsekonom", "Logg ur ekonomisystemet", "Månadsvis", "Utfört", "Utfört",
             "Två ändringar saknade dubbelkontroll (maj, oktober). Rutinen har skärpts och "
             "båda betalningarna var korrekta.", "GENOMFORD", "ja"),
            ("", "Representation följer inte riktlinjer",
             "Representation och förtroendekänsliga poster följer riktlinjerna",
             "Controller", "Stickprov 15 verifikationer", "Årligen", None, "Utfört",
             "3 av 15 saknade deltagarlista och syfte. Påminnelse skickad till chefer.",
             "GENOMFORD", "ja"),
        ]),
        ("Upphandling och inköp", [
            ("Inköp", "Köp utanför avtal",
             "Avtalstrohet vid inköp av förbrukningsmaterial",
             "Upphandlingschef", "Spendanalys", "Årligen", "Ej utförd", "Pågår",
             "Spendanalysen är påbörjad, klar i februari 2026.", "DELVIS", ""),
            ("", "Direktupphandlingar dokumenteras inte",
             "Dokumentation av direktupphandlingar över 100 000 kr",
             "Upphandlingschef", "Genomgång av samtliga", "Årligen", "Ej utförd", "Ej utförd",
             "Flyttas till 2026 p.g.a. vakans på upphandlingsenheten.", "EJ_GENOMFORD", ""),
        ]),
        ("HR och lön", [
            ("Lön", "Felaktiga löneutbetalningar",
             "Kontroll av att avslutade anställningar stängs i lönesystemet i tid",
             "HR-chef", "Stickprov 25 avslut", "Kvartalsvis", "Utfört", "Utfört",
             "Inga felaktigheter.", "GENOMFORD", "nej"),
            ("", "Bisysslor som inte är förenliga med anställningen",
             "Bisysslor redovisas och bedöms vid medarbetarsamtal",
             "HR-chef", "Enkät till chefer", "Årligen", "Pågår", "Utfört",
             "Samtliga chefer har bekräftat.", "GENOMFORD", "nej"),
            ("Arbetsmiljö", "Brister i arbetsmiljön",
             "Uppföljning av att systematiskt arbetsmiljöarbete (SAM) genomförs på samtliga enheter",
             "HR-strateg", "Årlig uppföljning SAM", "Årligen", None, "Utfört",
             "Genomförd. Två enheter hade inte gjort skyddsrond – åtgärdat i november.",
             "GENOMFORD", "ja"),
        ]),
        ("Informationssäkerhet och dokumenthantering", [
            ("IT", "Obehörig åtkomst",
             "Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
             "IT-chef", "Avstämning", "Två ggr/år", "Utfört", "Utfört",
             "Fem konton för personal som slutat avslutades i samband med kontrollen.",
             "GENOMFORD", "ja"),
            ("Diarieföring", "Handlingar diarieförs inte",
             "Inkomna handlingar diarieförs inom tre arbetsdagar",
             "Kommunsekreterare", "Stickprov 30 handlingar", "Årligen", None, None, None,
             "SAKNAS", ""),
            ("", "Personuppgifter behandlas i strid med GDPR",
             "Registerförteckning enligt GDPR är uppdaterad",
             "Dataskyddssamordnare", "Genomgång", "Årligen", "Pågår", "Klar", None,
             "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    nr = 0
    first = True
    for gname, rows in groups:
        if not first:
            r += 1  # empty row between groups
        first = False
        ws.cell(r, 1, gname).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for row in rows:
            nr += 1
            vals = [nr] + list(row[:9])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            exp(fil, N, row[2], row[9], row[10])
            r += 1
    r += 2
    ws.cell(r, 1, "Sammanställt av: Karin Ek, controller, 2026-01-12")
    ws.cell(r + 2, 1, "Godkänt av kommundirektör: ____________________________")
    set_widths(ws, {"A": 5, "B": 16, "C": 26, "D": 42, "E": 18, "F": 22, "G": 12,
                    "H": 12, "I": 12, "J": 50})
    ws.freeze_panes = "A6"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, verksamhetsberättelse chapter + table
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Verksamhetsberättelse 2025 - intern kontroll.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Barn- och utbildningsnämnden", level=0)
    d.add_paragraph("Verksamhetsberättelse 2025").runs[0].bold = True
    d.add_paragraph("Dnr BUN 2026/12")
    d.add_heading("1 Året i korthet", level=1)
    d.add_paragraph(
        "År 2025 präglades av minskande barnkullar i förskolan och fortsatt fokus på "
        "elevernas kunskapsresultat. Nämnden redovisar ett överskott på 2,4 mnkr, främst "
        "till följd av lägre lokalkostnader i förskolan.")
    d.add_heading("2 Ekonomi", level=1)
    d.add_paragraph(
        "Nettokostnaden uppgick till 612,3 mnkr mot budgeterade 614,7 mnkr. Se vidare "
        "bilaga 1 Driftredovisning.")
    d.add_heading("6 Intern kontroll", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 28 januari 2025, § 9. Planen omfattar "
        "åtta kontrollmoment. Uppföljningen per helår redovisas i tabellen nedan. Bedömningen "
        "anges med något av alternativen Genomförd utan anmärkning, Genomförd, brister noterade, "
        "Pågår, Flyttas till 2026 eller Utgår.")
    rows = [
        ("Placering i förskola erbjuds inom fyra månader från ansökan",
         "Förskolechef", "Samtliga 212 placeringar under året skedde inom lagstadgad tid.",
         "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ("Kränkande behandling anmäls till huvudman utan dröjsmål",
         "Rektorer", "Stickprov på fyra skolor. I 6 av 40 ärenden tog anmälan till huvudman "
         "mer än en vecka. Rutinen har gåtts igenom på rektorsmöte i november.",
         "Genomförd, brister noterade", "GENOMFORD", "ja"),
        ("Frånvarouppföljning i grundskolan enligt rutin för problematisk skolfrånvaro",
         "Elevhälsochef", "Uppföljning gjord på samtliga grundskolor. Rutinen följs.",
         "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ("Utdrag ur belastningsregistret har visats vid nyanställning i förskola och skola",
         "HR-specialist", "Kontrollen av nyanställda under hösten har påbörjats men inte "
         "slutförts. Vårens anställningar är kontrollerade utan anmärkning.",
         "Pågår", "DELVIS", ""),
        ("Fakturor för skolskjuts kontrolleras mot avtalade priser",
         "Controller", "Två fakturor avvek från avtalat pris, kreditering har begärts och erhållits.",
         "Genomförd, brister noterade", "GENOMFORD", "ja"),
        ("Elevernas läsresultat i årskurs 1 följs upp enligt läsa-skriva-räkna-garantin",
         "Grundskolechef", "Kontrollen flyttas till 2026 då nytt kartläggningsmaterial införs.",
         "Flyttas till 2026", "EJ_GENOMFORD", ""),
        ("Barngruppernas storlek rapporteras till förvaltningen per 15 oktober",
         "Förskolechef", "Rapporterat från alla enheter.",
         "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ("Ansökan om riktade statsbidrag görs och återrapporteras i tid",
         "Ekonomichef", "Ansvaret för samordning av statsbidrag har flyttats till "
         "kommunstyrelsen (KS 2025-04-14 § 58).",
         "Utgår", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Resultat och kommentar", "Bedömning"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for km, ans, res, bed, st, av in rows:
        cells = t.add_row().cells
        cells[0].text = km
        cells[1].text = ans
        cells[2].text = res
        cells[3].text = bed
        exp(fil, N, km, st, av)
    d.add_paragraph()
    d.add_paragraph(
        "Sammanfattningsvis bedömer förvaltningen att den interna kontrollen i huvudsak är "
        "tillräcklig. Brister i anmälan av kränkande behandling följs upp i internkontrollplanen 2026.")
    d.add_heading("7 Framtid", level=1)
    d.add_paragraph("Under 2026 fortsätter arbetet med lokalförsörjningsplanen för förskolan.")
    d.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, traffic-light fills with legend on top
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden_internkontroll_2025_helår.xlsx"
    N = "Socialnämnden"
    G, Y, R = "00B050", "FFFF00", "FF0000"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025, uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Färgförklaring:"
    ws["A2"].font = BOLD
    legend = [(G, "Genomförd, inga avvikelser"), (Y, "Genomförd, avvikelser finns"),
              (R, "Ej genomförd")]
    col = 2
    for color, text in legend:
        ws.cell(2, col).fill = PatternFill("solid", fgColor=color)
        ws.cell(2, col).border = BOX
        ws.cell(2, col + 1, text)
        col += 2
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "Metod", "Delår 2025",
           "Helår 2025", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = WRAP
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    # (område, km, ansvarig, metod, delår fill, helår fill or text, kommentar, status, avv)
    rows = [
        ("Ekonomiskt bistånd",
         "Utbetalningar av ekonomiskt bistånd är korrekt beslutade och attesterade",
         "Enhetschef försörjningsstöd", "Stickprov 25 ärenden per halvår", G, G,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("",
         "Kontroll mot Försäkringskassan och Arbetsförmedlingen (SSBTEK) görs vid nyansökan",
         "Enhetschef försörjningsstöd", "Stickprov 20 nyansökningar", Y, G,
         "Rutinen följs i samtliga granskade ärenden under hösten.", "GENOMFORD", "nej"),
        ("Barn och unga",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Enhetschef BoU", "Månadsuppföljning ur verksamhetssystemet", Y, Y,
         "Andel inom 14 dagar: 81 %. Hög ärendebelastning under hösten. Åtgärd: extra "
         "mottagningssekreterare från januari.", "GENOMFORD", "ja"),
        ("",
         "Utredningar enligt SoL 11:1 avslutas inom fyra månader",
         "Enhetschef BoU", "Månadsuppföljning ur verksamhetssystemet", G, G,
         None, "GENOMFORD", "nej"),
        ("",
         "Placeringar på HVB följs upp med kontrollbesök minst en gång per år",
         "Enhetschef placeringar", "Genomgång av samtliga placeringar", None, R,
         "Inga kontrollbesök gjorda p.g.a. personalbrist. Planeras första kvartalet 2026.",
         "EJ_GENOMFORD", ""),
        ("Vuxen – missbruk och beroende",
         "Dokumentation i journal sker löpande enligt 11 kap. 5 § SoL",
         "Enhetschef vuxen", "Journalgranskning 15 akter", G, "Pågår",
         "Journalgranskningen för hösten pågår, klar i februari.", "DELVIS", ""),
        ("Administration",
         "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Avstämning mot delegationslistor", G, G,
         None, "GENOMFORD", "nej"),
        ("",
         "Arvoden till familjehem och kontaktpersoner betalas ut enligt SKR:s rekommendationer",
         "Controller", "Stickprov 20 uppdrag", Y, Y,
         "Tre uppdrag hade för högt arvode, justerat från november.", "GENOMFORD", "ja"),
        ("",
         "Loggkontroll i verksamhetssystemet Treserva",
         "Systemförvaltare", "Slumpvis logguttag 10 användare", G, None,
         None, "GENOMFORD", "nej"),
    ]
    r = 5
    for omr, km, ans, met, dl, hl, kom, st, av in rows:
        vals = [omr, km, ans, met, None, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        if dl:
            ws.cell(r, 5).fill = PatternFill("solid", fgColor=dl)
        if hl:
            if len(hl) == 6 and hl.isupper():
                ws.cell(r, 6).fill = PatternFill("solid", fgColor=hl)
            else:
                ws.cell(r, 6, hl)
        exp(fil, N, km, st, av)
        r += 1
    ws.cell(r + 1, 1, "Uppföljningen behandlad i socialnämndens arbetsutskott 2026-01-21.")
    set_widths(ws, {"A": 22, "B": 48, "C": 24, "D": 28, "E": 11, "F": 11, "G": 55})
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Omsorgsnämnden - CSV export from governance system, one row per period
# ---------------------------------------------------------------------------
def build_on():
    fil = "Stratsys_export_intern_kontroll_ON_20260114.csv"
    N = "Omsorgsnämnden"
    org = "Omsorgsnämnden"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Period",
           "Status", "Kommentar", "Senast uppdaterad"]
    # km, process, ansvarig, frekvens, [(period, status, kommentar, datum)], expected, avv
    ctrl = [
        ("Beviljade timmar jämförs med utförda timmar i hemtjänsten", "Hemtjänst",
         "Enhetschef hemtjänst", "Tertial",
         [("Delår 2025", "Delvis genomförd", "Jämförelse gjord för T1.", "2025-09-03"),
          ("Helår 2025", "Genomförd",
           "Avvikelse över 10 % i två hemtjänstgrupper.\nAnalys pågår, redovisas för nämnden i mars.",
           "2026-01-09")], "GENOMFORD", "ja"),
        ("Läkemedelshantering enligt rutin – egenkontroll på särskilda boenden", "Vård och omsorg",
         "MAS", "Halvår",
         [("Delår 2025", "Genomförd", "Inga anmärkningar.", "2025-09-01"),
          ("Helår 2025", "Genomförd", "Brister i signeringslistor på Björkgårdens boende. "
           "Handlingsplan upprättad.", "2026-01-12")], "GENOMFORD", "ja"),
        ("Avvikelser (fall, läkemedel) rapporteras och analyseras i avvikelsesystemet",
         "Vård och omsorg", "MAS", "Årligen",
         [("Delår 2025", "", "", ""),
          ("Helår 2025", "Genomförd", "Inga anmärkningar.", "2026-01-12")], "GENOMFORD", "nej"),
        ("Kontroll av att brukarnas avgifter debiteras korrekt", "Avgiftshandläggning",
         "Avgiftshandläggare", "Årligen",
         [("Delår 2025", "Ej genomförd", "", "2025-08-28"),
          ("Helår 2025", "Delvis genomförd", "Stickprov på 10 av planerade 30 ärenden.",
           "2026-01-13")], "DELVIS", ""),
        ("Timanställdas timmar stäms av mot bemanningsschema", "Bemanning",
         "Bemanningschef", "Halvår",
         [("Delår 2025", "Ej genomförd", "", "2025-08-28"),
          ("Helår 2025", "Ej genomförd", "Skjuts till 2026 i väntan på nytt schemasystem.",
           "2026-01-10")], "EJ_GENOMFORD", ""),
        ("Lex Sarah-rapporter utreds inom föreskriven tid", "Kvalitet",
         "Kvalitetsstrateg", "Årligen",
         [("Delår 2025", "", "", ""),
          ("Helår 2025", "Genomförd", "", "2026-01-08")], "GENOMFORD", "nej"),
        ("Kontroll av nyckelhantering i hemtjänsten", "Hemtjänst",
         "Enhetschef hemtjänst", "Halvår",
         [("Delår 2025", "Ej aktuell", "Digitala lås infördes 2024, kontrollmomentet utgår.",
           "2025-08-30"),
          ("Helår 2025", "Ej aktuell", "", "2026-01-09")], "UTGAR", ""),
        ("Genomförandeplaner upprättas inom 14 dagar från verkställighet", "Vård och omsorg",
         "Enhetschef SÄBO", "Halvår",
         [("Delår 2025", "Ej rapporterad", "", ""),
          ("Helår 2025", "Ej rapporterad", "", "")], "SAKNAS", ""),
    ]
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for km, proc, ans, frek, periods, st, av in ctrl:
            for per, stat, kom, dat in periods:
                w.writerow([org, proc, km, ans, frek, per, stat, kom, dat])
            exp(fil, N, km, st, av)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - ods, drop-down result column
# ---------------------------------------------------------------------------
def build_kfn(tmp):
    fil = "KFN uppföljning IKP 2025.ods"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    lists = wb.create_sheet("Listor")
    for i, v in enumerate(["Klar", "Pågår", "Ej påbörjad", "Utgår"], 1):
        lists.cell(i, 1, v)
    lists.sheet_state = "hidden"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A2"].font = Font(bold=True)
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Hur kontrolleras?", "När",
           "Resultat (välj i listan)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.alignment = WRAP
    rows = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt beslutade bidragsregler",
         "Fritidskonsulent", "Stickprov 10 ansökningar", "Oktober", "Klar",
         "Ett bidrag hade betalats ut utan komplett redovisning, återkrav skickat.",
         "GENOMFORD", "ja"),
        ("", "Redovisning av verksamhetsbidrag kommer in före 31 mars",
         "Fritidskonsulent", "Avstämning mot bidragsregister", "April", "Klar",
         "Samtliga föreningar har redovisat.", "GENOMFORD", "nej"),
        ("Anläggningar", "Bokningar i bokningssystemet stämmer med fakturerade lokalhyror",
         "Bokningsansvarig", "Jämförelse bokningar/fakturor", "Kvartalsvis", "Pågår",
         "Kvartal 1–3 avstämda, kvartal 4 görs i januari.", "DELVIS", ""),
        ("", "Säkerhetsbesiktning av lekplatser och utegym",
         "Anläggningschef", "Extern besiktning", "Årligen", "Klar", None,
         "GENOMFORD", "nej"),
        ("Bibliotek", "Kontantkassan på biblioteken stäms av och redovisas",
         "Bibliotekschef", "Avstämning kassa mot kassarapport", "Månadsvis", "Utgår",
         "Kontanthanteringen upphörde 1 mars 2025.", "UTGAR", ""),
        ("Kulturskola", "Avgifter i kulturskolan faktureras enligt taxa",
         "Kulturskolechef", "Stickprov 20 elever", "Per termin", "Ej påbörjad",
         "Hann inte, görs VT 2026.", "EJ_GENOMFORD", ""),
        ("Personal", "Timanställdas tidrapporter attesteras av chef",
         "Förvaltningschef", "Stickprov 15 tidrapporter", "December", None,
         "Genomfört i december, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    ws.add_data_validation(dv)
    r = 5
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        dv.add(ws.cell(r, 6))
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    ws.cell(r + 2, 1, "Ort och datum: Östra Lindmo 2026-01-16")
    ws.cell(r + 4, 1, "……………………………………………")
    ws.cell(r + 5, 1, "Lena Sjöberg, förvaltningschef")
    set_widths(ws, {"A": 16, "B": 48, "C": 18, "D": 28, "E": 12, "F": 16, "G": 50})
    src = os.path.join(tmp, "KFN uppföljning IKP 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "KFN uppföljning IKP 2025.ods"), p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - xlsx, tertial code columns T1/T2/T3 + legend below
# ---------------------------------------------------------------------------
def build_tn():
    fil = "TN Internkontrollplan 2025 uppföljning T3.xlsx"
    N = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "TEKNISKA NÄMNDEN"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning intern kontroll 2025 – tertial 3 (helår)"
    ws["A2"].font = Font(bold=True)
    top = ["Id", "Process", "Kontrollmoment", "Kontrollansvarig", "Metod", "Frekvens",
           "Status (kod)", None, None, "Åtgärd / kommentar"]
    sub = [None, None, None, None, None, None, "T1", "T2", "T3", None]
    for c, h in enumerate(top, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    for c, h in enumerate(sub, 1):
        cell = ws.cell(5, c, h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center")
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    for c in (1, 2, 3, 4, 5, 6, 10):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=7, end_row=4, end_column=9)
    rows = [
        ("VA-1", "VA", "Vattenmätare byts enligt bytesplan", "Driftchef VA",
         "Rapport ur debiteringssystemet", "Tertial", 3, 3, 1,
         "Samtliga 620 planerade byten genomförda.", "GENOMFORD", "nej"),
        ("VA-2", "VA", "Egenkontroll av dricksvatten enligt kontrollprogrammet", "Driftchef VA",
         "Provtagningsprotokoll", "Tertial", 1, 1, 2,
         "Ett prov i november visade förhöjd halt av koliforma bakterier. Åtgärdat och "
         "omprovtaget utan anmärkning.", "GENOMFORD", "ja"),
        ("GP-1", "Gata/park", "Vinterväghållning: entreprenörens utförande kontrolleras mot avtal",
         "Gatuchef", "Stickprov vid snöröjning", "T1 och T3", 2, "–", 1, None,
         "GENOMFORD", "nej"),
        ("GP-2", "Gata/park", "Fakturor från entreprenörer kontrolleras mot utförda arbetsordrar",
         "Gatuchef", "Stickprov 10 fakturor/tertial", "Tertial", 1, 1, 1, None,
         "GENOMFORD", "nej"),
        ("FA-1", "Fastighet",
         "Lagstadgade besiktningar (hiss, OVK, brandlarm) utförs i tid",
         "Fastighetschef", "Genomgång av besiktningsregister", "Årligen", None, None, 3,
         "Hiss och brandlarm klart. OVK försenad i fyra byggnader, beställd till mars 2026.",
         "DELVIS", "ja"),
        ("FA-2", "Fastighet", "Hyresavtal för externt inhyrda lokaler finns och är uppdaterade",
         "Fastighetschef", "Genomgång av avtalsregister", "Årligen", None, None, 4,
         "Ej genomförd p.g.a. resursbrist. Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("AV-1", "Avfall",
         "Avfallstaxa debiteras korrekt – abonnemang stäms av mot hämtregister",
         "Avfallschef", "Avstämning", "En gång/år (T2)", None, 2, None,
         "12 abonnemang med fel kärlstorlek rättade.", "GENOMFORD", "ja"),
        ("KO-1", "Kost", "Egenkontroll av livsmedelshantering i kommunens kök",
         "Kostchef", "Egenkontrollprogram", "Tertial", 1, 1, 1, None,
         "GENOMFORD", "nej"),
        ("KO-2", "Kost", "Matsvinn mäts och rapporteras", "Kostchef", "Vägning 2 veckor/tertial",
         "Tertial", 1, 3, "Se bilaga", None, "OKLAR", ""),
        ("FO-1", "Fordon", "Körjournaler för kommunens fordon förs och granskas",
         "Fordonssamordnare", "Stickprov", "Årligen", None, None, 5,
         "Utgår – ersatt av elektroniska körjournaler (TN 2025-05-20 § 41).", "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:10], 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
            if 7 <= c <= 9:
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring status:").font = BOLD
    leg = ["1 = Genomförd utan avvikelse", "2 = Genomförd med avvikelse",
           "3 = Påbörjad / delvis genomförd", "4 = Ej genomförd", "5 = Utgår"]
    for i, t in enumerate(leg, 1):
        ws.cell(r + i, 1, t)
    ws.cell(r + 7, 1, "Justerat av förvaltningschef Per Lund 2026-01-15")
    set_widths(ws, {"A": 7, "B": 11, "C": 46, "D": 18, "E": 28, "F": 14, "G": 6, "H": 6,
                    "I": 9, "J": 52})
    ws.freeze_panes = "A6"
    ws.oddHeader.right.text = "Tekniska förvaltningen"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och byggnämnden - docx, nämnd (förvaltning) only in the page header
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "Uppföljning internkontroll 2025 helår.docx"
    N = "Miljö- och byggnämnden"
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Östra Lindmo kommun\tMiljö- och byggförvaltningen\t2026-01-20"
    h = d.add_paragraph()
    run = h.add_run("Uppföljning av intern kontroll 2025")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph("Period: helår (1 januari – 31 december 2025)")
    d.add_paragraph(
        "Kontrollerna har genomförts enligt den internkontrollplan som antogs i februari 2025. "
        "I kolumnen Genomfört anges Ja, Nej eller Delvis.")
    rows = [
        ("Tillsynsavgifter debiteras enligt taxa", "Miljöchef", "Ja",
         "Stickprov på 20 ärenden, inga fel.", "GENOMFORD", "nej"),
        ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Byggchef", "Ja",
         "92 % inom tid. 14 ärenden överskred tiden, avgiften reducerades enligt PBL.",
         "GENOMFORD", "ja"),
        ("Delegationsbeslut redovisas till nämnden", "Nämndsekreterare", "Ja", "",
         "GENOMFORD", "nej"),
        ("Planerade livsmedelskontroller genomförs enligt kontrollplanen", "Miljöchef", "Delvis",
         "Kontrollen av första halvåret är gjord, andra halvåret återstår och görs i februari.",
         "DELVIS", ""),
        ("Avslutade bygglovsärenden arkiveras", "Registrator", "Nej",
         "Ej utfört under året på grund av byte av ärendehanteringssystem.",
         "EJ_GENOMFORD", ""),
        ("Jäv – handläggare handlägger inte ärenden där jäv föreligger", "Förvaltningschef", "Ja",
         "Genomgång av 30 ärenden utan anmärkning.", "GENOMFORD", "nej"),
        ("Sanktionsavgift tas ut när byggnadsverk tas i bruk utan slutbesked", "Byggchef", "Ja",
         "Två fall där sanktionsavgift inte tagits ut har identifierats och hanterats.",
         "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, hd in enumerate(["Kontrollmoment", "Ansvarig", "Genomfört", "Iakttagelser"]):
        t.rows[0].cells[i].text = hd
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for km, ans, gen, iak, st, av in rows:
        c = t.add_row().cells
        c[0].text = km
        c[1].text = ans
        c[2].text = gen
        c[3].text = iak
        exp(fil, N, km, st, av)
    d.add_paragraph()
    d.add_paragraph("Östra Lindmo 2026-01-20")
    d.add_paragraph()
    d.add_paragraph("Anna Berg")
    d.add_paragraph("Förvaltningschef")
    d.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter from Samhällsbyggnadsnämnden, no follow-up in it
# ---------------------------------------------------------------------------
def build_rejected():
    fil = "Följebrev IK 2025 SBN.docx"
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Östra Lindmo kommun – Samhällsbyggnadsförvaltningen"
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_paragraph("Datum: 2026-01-19")
    d.add_heading("Uppföljning av internkontrollplan 2025 – Samhällsbyggnadsnämnden", level=1)
    d.add_paragraph(
        "Hej! Samhällsbyggnadsnämnden behandlar uppföljningen av internkontrollplanen 2025 på "
        "sitt sammanträde den 18 februari 2026. Förvaltningen har därför inte kunnat skicka in "
        "uppföljningen till sista inlämningsdag. Den justerade uppföljningen skickas till er "
        "direkt efter sammanträdet.")
    d.add_paragraph(
        "Planen omfattar nio kontrollmoment inom plan, bygglov, mark och exploatering. Inga "
        "väsentliga avvikelser har hittills rapporterats till förvaltningsledningen.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Jonas Hedlund\nController, samhällsbyggnadsförvaltningen")
    d.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Omsorgsnämnden", "ON|Omsorgsförvaltningen|Vård och omsorg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r298-")
    try:
        build_ks()
        build_bun()
        build_sn()
        build_on()
        build_kfn(tmp)
        build_tn()
        build_mbn()
        build_rejected()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
