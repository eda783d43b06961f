#!/usr/bin/python3
"""Blind round r331 - Rönnliden kommun, HELÅR 2025.

Builds 7 follow-up files + 1 file to reject, and namnder.csv / files.csv / expected.csv.
Run: /usr/bin/python3 make_round.py   (in this folder)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
SOFFICE = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round331"]

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def new_wb():
    wb = Workbook()
    wb.properties.creator = "Maria Lindqvist"
    wb.properties.lastModifiedBy = "Maria Lindqvist"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def new_doc(author):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def soffice_convert(src, fmt, outdir):
    subprocess.run(SOFFICE + ["--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - the controller's base template, T1/T2/T3 codes + legend
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK uppföljning helår 2025 KS.xlsx"
    N = "Kommunstyrelsen"
    wb = new_wb()
    ws = wb.active
    ws.title = "KS 2025"
    ws["A1"] = "Rönnliden kommun"
    ws["A1"].font = Font(bold=True, size=9, color="666666")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (T3)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A3"].font = BOLD
    ws["A4"] = "Upprättad av: Maria Lindqvist, controller      Datum: 2026-01-21"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "T1", "T2", "T3", "Kommentar", "Avvikelse (Ja/Nej)"]
    r = 6
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    fills = {"G": "C6EFCE", "P": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    rows = [
        ("G", "1. Ekonomi"),
        ("C", "1.1", "Leverantörsfakturor",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Per tertial", "Ekonomichef",
         "G", "G", "G", "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        ("C", "1.2", "Representation",
         "Kontroll av att representation och förtroendekänsliga poster har korrekt syfte och deltagarförteckning",
         "Stickprov 15 verifikationer", "Per tertial", "Redovisningsansvarig",
         "G", "G", "G",
         "2 av 15 underlag i T3 saknade deltagarförteckning. Kompletterat i efterhand, påminnelse till chefer.",
         "Ja", "GENOMFORD", "ja"),
        ("C", "1.3", "Bokslut",
         "Avstämning av balanskonton inför bokslut",
         "Genomgång av samtliga balanskonton med specifikation", "1 gång/år", "Redovisningsansvarig",
         "–", "–", "P", "Avstämningen pågår och blir klar i samband med bokslutet i februari.", "",
         "DELVIS", ""),
        ("G", "2. Upphandling och inköp"),
        ("C", "2.1", "Direktupphandling",
         "Kontroll av avtalstrohet vid direktupphandlingar över 100 000 kr",
         "Uttag ur e-handelssystemet, genomgång av köp > 100 tkr", "1 gång/år", "Upphandlare",
         "–", "G", "",
         "Genomförd i T2, redovisad för KS 2025-10-08 § 118. Tre köp saknade dokumenterad konkurrensutsättning.",
         "Ja", "GENOMFORD", "ja"),
        ("C", "2.2", "Direktupphandling",
         "Dokumentation av direktupphandlingar enligt riktlinjen",
         "Stickprov 10 direktupphandlingar", "Per tertial", "Upphandlare",
         "E", "E", "E", "Ej genomförd p.g.a. vakans på upphandlarfunktionen. Flyttas till plan 2026.", "",
         "EJ_GENOMFORD", ""),
        ("G", "3. Personal och lön"),
        ("C", "3.1", "Lön",
         "Kontroll av att löneutbetalningar till avslutade anställningar upphört",
         "Avstämning avslutade anställningar mot lönekörning", "Per tertial", "HR-chef",
         "G", "G", "G", "Inga felaktiga utbetalningar.", "Nej", "GENOMFORD", "nej"),
        ("C", "3.2", "Lön",
         "Kontroll av att övertid och semesterväxling attesterats av rätt chef",
         "Stickprov 20 poster", "Per tertial", "HR-chef",
         "G", "G", "P", "Stickprov gjort för oktober–november, december återstår.", "",
         "DELVIS", ""),
        ("G", "4. Informationshantering"),
        ("C", "4.1", "IT-säkerhet",
         "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar",
         "Utdrag behörighetslista, avstämning mot HR-system", "Per tertial", "Systemförvaltare",
         "G", "U", "U",
         "Utgår efter KS beslut 2025-05-14 § 62, ingår numera i den kommungemensamma IT-kontrollen.", "",
         "UTGAR", ""),
        ("C", "4.2", "Diarieföring",
         "Diarieföring av inkommande handlingar sker inom fem arbetsdagar",
         "Stickprov 25 handlingar i ärendesystemet", "Per tertial", "Kommunsekreterare",
         "", "", "", "", "", "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = BOLD
            for c in range(1, 12):
                ws.cell(r, c).fill = GROUP_FILL
                ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        else:
            vals = row[1:12]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.border = BOX
                cell.alignment = WRAP
                if c in (7, 8, 9):
                    cell.alignment = Alignment(horizontal="center", vertical="top")
                    if v in fills:
                        cell.fill = PatternFill("solid", fgColor=fills[v])
            exp(fil, N, row[3], row[12], row[13])
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = BOLD
    r += 1
    for t in ["G = Genomförd", "P = Påbörjad / delvis genomförd", "E = Ej genomförd", "U = Utgår",
              "– = Ej aktuell för perioden"]:
        ws.cell(r, 1, t)
        r += 1
    r += 1
    ws.cell(r, 1, "Kommunledningsförvaltningen, ekonomiavdelningen")
    widths(ws, [5, 18, 42, 30, 11, 18, 6, 6, 6, 48, 11])
    ws.freeze_panes = "A7"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - only a helår column, risk columns, .xls
# ---------------------------------------------------------------------------
def file_bun(tmp):
    fil = "BUN uppföljning IKP helår 2025.xls"
    N = "Barn- och utbildningsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "BUN"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Barn- och utbildningsnämnden"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Plan beslutad BUN 2025-02-18 § 12. Uppföljning till nämnden 2026-02-17."
    hdr = ["Process", "Risk", "Sanno-likhet", "Konse-kvens", "Risk-värde", "Kontrollmoment",
           "Ansvarig", "Status helår", "Avvikelse", "Kommentar / åtgärd"]
    r = 5
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    # (process, risk, s, k, kontrollmoment, ansvarig, status, avv, kommentar, EXP, EXPavv)
    rows = [
        ("Skolskjuts", "Beslut om skolskjuts fattas på felaktiga grunder", 2, 3,
         "Kontroll av att beslut om skolskjuts fattas enligt gällande riktlinjer och delegation",
         "Skolskjutssamordnare", "Genomförd", "Nej", "Stickprov 15 beslut, samtliga korrekta.",
         "GENOMFORD", "nej"),
        ("Trygghet och studiero", "Kränkande behandling anmäls inte till huvudman", 3, 4,
         "Anmälan om kränkande behandling hanteras och anmäls till huvudman utan dröjsmål",
         "Rektorer", "Genomförd", "Ja",
         "I 4 av 22 ärenden tog anmälan mer än fem dagar. Rutinen har förtydligats på rektorsmöte i november.",
         "GENOMFORD", "ja"),
        (None, "Problematisk frånvaro upptäcks inte i tid", 3, 3,
         "Rapportering av elevfrånvaro och uppföljning av problematisk frånvaro",
         "Rektorer", "Delvis genomförd", "",
         "Genomförd på F–6-skolorna. Lidens skola 7–9 återstår p.g.a. byte av lärplattform.",
         "DELVIS", ""),
        ("Avgifter", "Felaktig avgift inom förskola och fritidshem", 3, 2,
         "Kontroll av att barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift",
         "Administrativ chef", "Ej genomförd", "",
         "Inkomstkontrollen mot Skatteverket har skjutits till våren 2026.",
         "EJ_GENOMFORD", ""),
        ("Personal", "Anställning av person som är olämplig att arbeta med barn", 2, 4,
         "Registerutdrag kontrolleras före anställning i förskola och skola",
         "HR-konsult", "Genomförd", "Nej", "Samtliga 31 nyanställningar under året kontrollerade.",
         "GENOMFORD", "nej"),
        ("Säkerhet", "Brister i brandskyddet i förskolans lokaler", 2, 4,
         "Systematiskt brandskyddsarbete (SBA) dokumenteras på varje förskola",
         "Förskolechefer", "Utgår", "",
         "Utgår – kontrollen ligger i Samhällsbyggnadsnämndens plan i egenskap av fastighetsägare.",
         "UTGAR", ""),
        ("Ekonomi", "Inköp sker utanför upphandlade avtal", 3, 2,
         "Inköp av läromedel görs hos upphandlad leverantör",
         "Controller", "Genomförd med avvikelse", "Ja",
         "Två skolor har köpt läromedel utanför avtal, totalt ca 38 tkr. Återkopplat till rektorerna.",
         "GENOMFORD", "ja"),
        (None, "Felaktiga utbetalningar", 2, 3,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
    ]
    r = 6
    proc_start = {}
    last_proc_row = None
    for row in rows:
        proc, risk, s, k, km, ans, st, avv, kom, e_st, e_avv = row
        if proc is not None:
            ws.cell(r, 1, proc)
            last_proc_row = r
        else:
            # extend merged process cell over this row
            proc_start[last_proc_row] = r
        vals = [None, risk, s, k, s * k, km, ans, st, avv or None, kom or None]
        for c, v in enumerate(vals, start=1):
            if c == 1:
                ws.cell(r, c).border = BOX
                ws.cell(r, c).alignment = WRAP
                continue
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, N, km, e_st, e_avv)
        r += 1
    for start, end in proc_start.items():
        ws.merge_cells(start_row=start, start_column=1, end_row=end, end_column=1)
    r += 1
    ws.cell(r, 1, "Riskvärde = sannolikhet × konsekvens (1–4). 1–4 låg, 6–8 medel, 9–16 hög.").font = Font(italic=True)
    r += 1
    ws.cell(r, 1, "Status: Genomförd / Delvis genomförd / Ej genomförd / Utgår").font = Font(italic=True)
    widths(ws, [16, 32, 7, 7, 7, 44, 18, 16, 9, 50])
    src = os.path.join(tmp, "BUN uppföljning IKP helår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.move(os.path.join(tmp, "BUN uppföljning IKP helår 2025.xls"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Samhällsbyggnadsnämnden - plan columns beside T2/helår; nämnd only in
#    print header and file name; summary row at the bottom
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "Samhällsbyggnad_IK_2025.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – Intern kontroll 2025"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.left.text = "Samhällsbyggnadsförvaltningen"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning intern kontroll 2025 – helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status anges som Klar / Pågår / Ej påbörjad / Utgår. Kommentera alltid avvikelser."
    ws["A2"].font = Font(italic=True, color="7F7F7F")
    # two-level header
    ws["A4"] = "PLAN"
    ws.merge_cells("A4:F4")
    ws["G4"] = "UPPFÖLJNING"
    ws.merge_cells("G4:I4")
    for c in range(1, 10):
        ws.cell(4, c).font = BOLD
        ws.cell(4, c).alignment = Alignment(horizontal="center")
        ws.cell(4, c).fill = PatternFill("solid", fgColor="E2EFDA" if c >= 7 else "DDEBF7")
    hdr = ["Process", "Kontrollmoment", "Metod", "Omfattning", "Ansvarig", "Tidplan",
           "Status T2", "Status helår", "Kommentar helår"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = HEAD_FILL
    rows = [
        ("Bygglov", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Uttag ur ärendesystemet", "Samtliga ärenden", "Bygglovschef", "Löpande",
         "Pågår", "Klar",
         "96 % av ärendena inom tiden. 7 ärenden överskred tiden och avgiften reducerades enligt PBL.",
         "GENOMFORD", "ja"),
        ("Bygglov", "Debitering av bygglovsavgifter enligt taxa",
         "Stickprov", "20 ärenden", "Bygglovschef", "Okt",
         "", "Klar", "Stickprov 20 ärenden, inga fel.", "GENOMFORD", "nej"),
        ("Miljö och hälsa", "Uppföljning av att livsmedelskontroller genomförs enligt kontrollplan",
         "Avstämning mot kontrollplan", "Samtliga objekt", "Miljöchef", "Löpande",
         "Pågår", "Pågår",
         "82 av 104 planerade kontroller utförda. Resterande flyttas till första kvartalet 2026.",
         "DELVIS", ""),
        ("Miljö och hälsa", "Tillsyn av enskilda avlopp enligt tillsynsplan",
         "Avstämning mot tillsynsplan", "Område Norra Liden", "Miljöchef", "Maj–sept",
         "Ej påbörjad", "Ej påbörjad", "Ej genomförd på grund av resursbrist på miljöenheten.",
         "EJ_GENOMFORD", ""),
        ("Fastighet", "Kontroll av att felanmälningar i fastighetssystemet åtgärdas inom avtalad tid",
         "Uttag ur fastighetssystemet", "Jan–jun", "Fastighetschef", "Augusti",
         "Klar", "", "", "GENOMFORD", ""),
        ("Fastighet", "Systematiskt brandskyddsarbete dokumenteras i kommunens fastigheter",
         "Genomgång av SBA-pärmar", "14 objekt", "Fastighetschef", "Sept–nov",
         "", "Klar",
         "Genomfört på 14 av 14 objekt. Brister i utrymningsskyltning på Lidens förskola, åtgärdade i november.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Kontroll av att entreprenörer har F-skatt och inte har skulder hos Kronofogden",
         "Kontroll i Skatteverkets tjänst", "Alla nya avtal", "Teknisk chef", "Löpande",
         "Utgår", "Utgår",
         "Utgår – kontrollen görs automatiskt i upphandlingsverktyget sedan april 2025.",
         "UTGAR", ""),
        ("Investeringar", "Avstämning av investeringsprojekt mot beslutad budget",
         "Projektredovisning", "Projekt > 1 mnkr", "Teknisk chef", "Dec",
         "", "", "Se bilaga 2, projektredovisning 2025.", "OKLAR", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:9], start=1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, N, row[1], row[9], row[10])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställning helår:").font = BOLD
    ws.cell(r, 2, "Klar 3 · Pågår 1 · Ej påbörjad 1 · Utgår 1 · Ej ifyllt 2")
    r += 2
    ws.cell(r, 1, "Kontaktperson: Johan Berg, förvaltningscontroller")
    widths(ws, [16, 46, 26, 16, 16, 11, 12, 12, 52])
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:5"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - T1/T2/T3 as traffic-light fills only
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN helår 2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Intern kontroll"
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    ws["A1"] = "Kultur- och fritidsnämnden – uppföljning intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: helår (T3)"
    ws["A4"] = "Färgkoder:"
    ws["A4"].font = BOLD
    legend = [(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis"), (RED, "Ej genomförd"),
              (GREY, "Ej aktuell")]
    for i, (col, txt) in enumerate(legend):
        cell = ws.cell(4, 2 + i, txt)
        cell.fill = PatternFill("solid", fgColor=col)
        cell.border = BOX
    hdr = ["Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(6, c, h)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = BOX
    rows = [
        ("Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsregler",
         "Föreningskonsulent", GREEN, GREEN, GREEN, "Stickprov 10 föreningar, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Registerutdrag har begärts för ledare i kommunens fritidsgårdsverksamhet",
         "Fritidschef", None, None, GREEN, "Samtliga 12 ledare har lämnat utdrag.",
         "GENOMFORD", "nej"),
        ("Kassahantering i simhallen – dagsavstämning mot kassasystem",
         "Badchef", GREEN, YELLOW, YELLOW,
         "Kassadifferenser i juli (1 240 kr) och oktober. Avstämning ej gjord alla dagar under hösten. "
         "Ny rutin med dubbelkontroll införs 2026.",
         "DELVIS", "ja"),
        ("Uthyrning av lokaler debiteras enligt taxa",
         "Bokningsansvarig", None, None, RED,
         "Inte genomförd – nytt bokningssystem infördes i november.",
         "EJ_GENOMFORD", ""),
        ("Inventering av konst och inventarier på biblioteken",
         "Bibliotekschef", GREY, GREY, GREY,
         "Ej aktuell 2025 – inventering görs vart tredje år, nästa gång 2026.",
         "UTGAR", ""),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Förvaltningschef", GREEN, GREEN, GREEN, None,
         "GENOMFORD", ""),
        ("Tillgänglighetsanpassning vid kommunens evenemang följs upp",
         "Evenemangssamordnare", None, None, None, None,
         "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        km, ans, t1, t2, t3, kom, e_st, e_avv = row
        ws.cell(r, 1, km)
        ws.cell(r, 2, ans)
        for c, col in ((3, t1), (4, t2), (5, t3)):
            if col:
                ws.cell(r, c).fill = PatternFill("solid", fgColor=col)
        ws.cell(r, 6, kom)
        for c in range(1, 7):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP
        exp(fil, N, km, e_st, e_avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Rapporterat av: Anna Sjöberg, förvaltningschef kultur och fritid, 2026-01-19")
    widths(ws, [50, 22, 7, 7, 7, 60])
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Överförmyndaren - Word, prose + one table, Bedömning column
# ---------------------------------------------------------------------------
def set_col_widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def file_of():
    fil = "Överförmyndaren uppföljning intern kontroll 2025.docx"
    N = "Överförmyndaren"
    d = new_doc("Karin Ek")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Rönnliden kommun – Överförmyndaren"
    d.add_heading("Uppföljning av intern kontroll helåret 2025", level=1)
    d.add_paragraph(
        "Överförmyndaren i Rönnliden kommun har för 2025 en internkontrollplan med sex kontrollmoment. "
        "Kontrollerna har utförts av handläggarna på överförmyndarenheten och sammanställts av "
        "överförmyndaren. Resultatet för helåret redovisas i tabellen nedan.")
    d.add_paragraph(
        "Bedömning anges som ”Utan anmärkning”, ”Med anmärkning”, ”Delvis utförd” eller ”Ej utförd”. "
        "Med anmärkning innebär att kontrollen är utförd men att brister har konstaterats.")
    rows = [
        ("1", "Granskning av årsräkningar inom sex månader efter inlämnande",
         "Samtliga årsräkningar",
         "Alla 112 årsräkningar för 2024 är granskade. 9 granskades med anmärkning som återkopplats "
         "till ställföreträdaren.",
         "Med anmärkning", "GENOMFORD", "ja"),
        ("2", "Kontroll av att förteckningar inkommer inom två månader från förordnande",
         "Samtliga nya ärenden",
         "14 av 16 förteckningar inkom i tid. Påminnelse och föreläggande har skickats i två ärenden.",
         "Med anmärkning", "GENOMFORD", "ja"),
        ("3", "Kontroll av överförmyndarspärr på bankkonton för omyndiga",
         "Samtliga spärrade konton",
         "Samtliga 23 spärrade konton har stämts av mot bankbesked per 31 december.",
         "Utan anmärkning", "GENOMFORD", "nej"),
        ("4", "Lämplighetsprövning av nya ställföreträdare (belastningsregister och kreditupplysning)",
         "Alla nya ställföreträdare",
         "Genomförd för samtliga 11 nya ställföreträdare.",
         "Utan anmärkning", "GENOMFORD", "nej"),
        ("5", "Arvodesbeslut följer kommunens riktlinjer för arvodering",
         "Stickprov 20 beslut",
         "Stickprovet påbörjades i december och slutförs i januari 2026.",
         "Delvis utförd", "DELVIS", ""),
        ("6", "Uttag från spärrade konton sker endast efter överförmyndarens samtycke",
         "Stickprov 10 ärenden",
         "Kontrollen har inte kunnat genomföras under året på grund av sjukskrivning.",
         "Ej utförd", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Omfattning", "Resultat", "Bedömning"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
        exp(fil, N, row[1], row[5], row[6])
    set_col_widths(t, [1.0, 5.5, 3.0, 6.0, 2.8])
    d.add_paragraph()
    d.add_paragraph(
        "Sammantaget bedömer överförmyndaren att den interna kontrollen under 2025 i huvudsak har "
        "varit tillräcklig. Kontrollmoment 5 och 6 förs över till planen för 2026.")
    d.add_paragraph()
    d.add_paragraph("Rönnliden 2026-01-28")
    d.add_paragraph("Karin Ek\nÖverförmyndare")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Rönnlidens Bostäder AB - board template (tjänsteskrivelse), symbols, .odt
# ---------------------------------------------------------------------------
def file_bolag(tmp):
    fil = "Rönnlidens Bostäder AB - Rapport intern kontroll 2025.odt"
    N = "Rönnlidens Bostäder AB"
    d = new_doc("Per Holm")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "RÖNNLIDENS BOSTÄDER AB\tStyrelsemöte 2026-02-05\tÄrende 6"
    p = d.add_paragraph()
    r = p.add_run("Tjänsteskrivelse till styrelsen")
    r.font.size = Pt(9)
    d.add_heading("Rapport intern kontroll 2025", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Styrelsen godkänner rapporten om intern kontroll för verksamhetsåret 2025 och "
                    "överlämnar den till kommunstyrelsen i Rönnliden kommun.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Styrelsen fastställde bolagets plan för intern kontroll 2025 vid mötet 2025-02-06. "
                    "Enligt ägardirektivet ska bolaget årligen rapportera utfallet till styrelsen och "
                    "ägaren. Nedan redovisas utfallet per kontrollpunkt.")
    d.add_heading("Utfall per kontrollpunkt", level=2)
    rows = [
        ("Hyresadministration",
         "Hyreshöjning 2025 korrekt inlagd i hyressystemet för samtliga lägenheter",
         "Ekonomichef", "Stickprov 40 kontrakt, inga fel.", "✔", "GENOMFORD", "nej"),
        ("Hyresadministration",
         "Kontroll av att hyresfordringar äldre än 60 dagar överlämnats till inkasso",
         "Ekonomichef",
         "Tre fordringar hade inte överlämnats i tid. Åtgärdat i oktober.", "✔", "GENOMFORD", "ja"),
        ("Hyresadministration",
         "Kontroll av kötid och turordning vid lägenhetsuthyrning",
         "Uthyrningschef",
         "Ej utförd 2025 på grund av byte av kösystem. Flyttas till 2026.", "✘", "EJ_GENOMFORD", ""),
        ("Fastighetsförvaltning",
         "Uppföljning av planerat underhåll mot underhållsplan",
         "Förvaltningschef",
         "Stambyte Björkvägen 4–8 försenat till 2026. Övriga åtgärder genomförda enligt plan. "
         "Slutlig uppföljning görs i mars.",
         "◐", "DELVIS", ""),
        ("Fastighetsförvaltning",
         "OVK (obligatorisk ventilationskontroll) utförd enligt intervall",
         "Förvaltningschef",
         "Samtliga besiktningar utförda. Två anmärkningar, båda åtgärdade.", "✔", "GENOMFORD", "ja"),
        ("Ekonomi",
         "Attest och utbetalning av leverantörsfakturor enligt bolagets attestinstruktion",
         "VD", "Inga avvikelser.", "✔", "GENOMFORD", "nej"),
        ("Personuppgifter",
         "Gallring av personuppgifter för tidigare hyresgäster enligt gallringsrutin",
         "Uthyrningschef", "Gallring genomförd i november för avflyttade före 2023.", "✔",
         "GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollpunkt", "Ansvarig", "Utfall 2025", "Status"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
        cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, row[1], row[5], row[6])
    set_col_widths(t, [3.2, 5.5, 2.6, 5.6, 1.4])
    p = d.add_paragraph()
    r = p.add_run("Teckenförklaring: ✔ utförd   ◐ påbörjad/delvis utförd   ✘ ej utförd")
    r.italic = True
    r.font.size = Pt(9)
    d.add_heading("Bedömning", level=2)
    d.add_paragraph("VD bedömer att den interna kontrollen i bolaget är tillfredsställande. De brister som "
                    "upptäckts har åtgärdats under året.")
    d.add_paragraph("Per Holm\nVD, Rönnlidens Bostäder AB")
    src = os.path.join(tmp, "Rönnlidens Bostäder AB - Rapport intern kontroll 2025.docx")
    d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.move(os.path.join(tmp, "Rönnlidens Bostäder AB - Rapport intern kontroll 2025.odt"),
                os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Socialnämnden - controller template, Status column mostly empty;
#    long multi-line comments carry the status (Delår: ... / Helår: ...)
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN uppföljning internkontroll 2025 helår.xlsx"
    N = "Socialnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Socialnämnden"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Socialnämnden"
    ws["A2"].font = BOLD
    ws["A3"] = "Kontaktperson: Lena Ström, kvalitetsutvecklare socialförvaltningen"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Uppföljning / kommentar"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = BOX
    rows = [
        ("1", "Ekonomiskt bistånd",
         "Kontroll av att utbetalningar av ekonomiskt bistånd har beslut och attest",
         "Stickprov 25 utbetalningar per halvår", "Enhetschef IFO", "",
         "Delår: Stickprov av 25 utbetalningar januari–juni, samtliga hade beslut och korrekt attest.\n"
         "Helår: Stickprov av ytterligare 25 utbetalningar juli–december. I ett fall saknades attest av "
         "behörig handläggare; utbetalningen var korrekt i sak. Kontrollen är genomförd och rutinen har "
         "påmints om på APT i december.",
         "GENOMFORD", "ja"),
        ("2", "Barn och unga",
         "Orosanmälningar skyddsbedöms inom 24 timmar",
         "Genomgång av samtliga anmälningar", "Enhetschef IFO", "",
         "Delår: Kontrollen påbörjad, 14 av 15 anmälningar i urvalet var skyddsbedömda inom 24 timmar.\n"
         "Helår: Samtliga anmälningar under andra halvåret (61 st) har gåtts igenom. 58 skyddsbedömdes "
         "inom 24 timmar, tre bedömdes först nästa vardag efter helg. Kontrollen är genomförd och "
         "avvikelsen har redovisats för nämnden i december tillsammans med förslag om helgberedskap.",
         "GENOMFORD", "ja"),
        ("3", "Barn och unga",
         "Förhandsbedömning av orosanmälan klar inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Enhetschef IFO", "",
         "Helår: Kontrollen har endast kunnat göras för perioden juni–december eftersom data för "
         "januari–maj inte gick att ta fram efter systembytet i våras. Av 38 ärenden i perioden var "
         "35 klara inom 14 dagar, tre ärenden tog 16–21 dagar.",
         "DELVIS", "ja"),
        ("4", "Äldreomsorg",
         "Verkställighet av beslut inom äldreomsorgen inom tre månader (ej verkställda beslut rapporteras till IVO)",
         "Kvartalsvis genomgång", "Avdelningschef vård och omsorg", "",
         "Delår: Två beslut om särskilt boende var inte verkställda inom tre månader och har rapporterats "
         "till IVO.\n"
         "Helår: Rapporteringen till IVO har skett kvartalsvis. Samtliga fyra ej verkställda beslut under "
         "året har rapporterats i tid. Kontrollen genomförd utan avvikelse i rapporteringen.",
         "GENOMFORD", "nej"),
        ("5", "Äldreomsorg",
         "Kontroll av att genomförandeplaner upprättas inom hemtjänsten",
         "Stickprov 20 brukare", "Enhetschefer hemtjänst", "",
         "Delår: Ej påbörjad.\n"
         "Helår: Kontrollen har inte genomförts under året. Enhetscheferna har prioriterat bemanningen "
         "under sommaren och hösten, och kontrollen flyttas till internkontrollplanen 2026.",
         "EJ_GENOMFORD", ""),
        ("6", "Informationssäkerhet",
         "Loggkontroll i verksamhetssystemet (otillåten åtkomst till personakter)",
         "Månadsvis slumpvis loggkontroll", "Systemförvaltare", "",
         "Delår: Rutinen för loggkontroll har uppdaterats och beslutats i ledningsgruppen.\n"
         "Helår: Loggkontroller har gjorts månadsvis från och med september. Arbetet pågår och ska "
         "utvärderas i februari 2026. Hittills har ingen otillåten åtkomst upptäckts.",
         "DELVIS", "nej"),
        ("7", "Arbetsmiljö",
         "Hot och våld – tillbud och incidenter rapporteras i KIA och följs upp",
         "Genomgång av KIA-rapporter", "HR-partner", "Genomförd",
         "Helår: 17 händelser har rapporterats under året, flest inom boendestödet. Samtliga har följts "
         "upp av ansvarig chef enligt rutinen och två har polisanmälts.",
         "GENOMFORD", "nej"),
        ("8", "Avgifter",
         "Avgifter inom LSS och äldreomsorg debiteras enligt beslut",
         "Stickprov 30 avgiftsbeslut", "Avgiftshandläggare", "",
         "Se bilaga 4 (avgiftsgranskning 2025).",
         "OKLAR", ""),
        ("9", "Kvalitet",
         "Kontroll av att lex Sarah-rapporter utreds och anmäls",
         "Genomgång av samtliga rapporter", "Medicinskt ansvarig / MAS", "Utgår",
         "Kontrollen har strukits av nämnden 2025-06-12 § 71 eftersom den ingår i ledningssystemet för "
         "systematiskt kvalitetsarbete.",
         "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:7], start=1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    widths(ws, [4, 16, 38, 24, 20, 11, 90])
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from socialförvaltningen
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv SN intern kontroll helår 2025.docx"
    d = new_doc("Lena Ström")
    d.add_paragraph("Socialförvaltningen\t\t\t\t2026-01-23")
    d.add_paragraph("Till: Ekonomiavdelningen, Maria Lindqvist")
    d.add_heading("Missiv – Socialnämndens uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph(
        "Hej Maria! Härmed översänds Socialnämndens uppföljning av internkontrollplanen för helåret 2025 "
        "i bifogad Excelfil. Uppföljningen behandlades i socialnämndens arbetsutskott 2026-01-20 och "
        "går till nämnden 2026-02-11.")
    d.add_paragraph(
        "Bilaga 4 (avgiftsgranskningen) är inte färdigställd ännu och skickas separat så snart "
        "avgiftshandläggarna är klara, preliminärt vecka 6.")
    d.add_paragraph(
        "Hör av dig om något behöver kompletteras inför sammanställningen till kommunstyrelsen.")
    d.add_paragraph("Med vänlig hälsning\nLena Ström\nKvalitetsutvecklare, socialförvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
    ("Socialnämnden", "SN|Socialförvaltningen|Socialtjänsten"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Överförmyndaren", "ÖF|Överförmyndarnämnden|Överförmyndarenheten|Överförmyndare"),
    ("Rönnlidens Bostäder AB", "RBAB|Rönnlidenhem|Bostadsbolaget"),
    ("Rönnliden Vatten AB", "RVAB|Vattenbolaget"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    tmp = tempfile.mkdtemp(prefix="r331_")
    try:
        file_ks()
        file_bun(tmp)
        file_sbn()
        file_kfn()
        file_of()
        file_bolag(tmp)
        file_sn()
        file_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(len(FILES), "files,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
