#!/usr/bin/python3
"""Blind round r554 - Mjölby kommun, tertial 1 (T1) 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, directly in the folder of this script.
"""
import csv
import datetime
import email.policy
import io
import os
from email.message import EmailMessage

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableColumnProperties, TableCellProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
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
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Miljö- och byggkontoret"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Mjölby-Svartådalen Energi AB", "MSE|Mjölby Svartådalen Energi|MSE AB"),
    ("Mjölbyhem AB", "Mjölbyhem|Mjölbyhem Aktiebolag"),
]

# ---------------------------------------------------------------------------
# 1. Socialnämnden - xlsx, Status helår 2024 | Status T1 2025 side by side
# ---------------------------------------------------------------------------
def make_sn():
    fil = "Socialnamnden_IK_uppfoljning_T1_2025.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    for i, t in enumerate([
        "Instruktion för uppföljning av internkontrollplan 2025",
        "",
        "Fyll i kolumnen \"Status T1 2025\" med något av värdena: Genomförd, Genomförd med anmärkning, "
        "Delvis genomförd, Pågår, Ej påbörjad, Ej genomförd, Utgår.",
        "Kolumnen \"Status helår 2024\" är förifylld från förra årets helårsuppföljning och ska inte ändras.",
        "Beskriv kortfattat vad kontrollen visat i kolumnen Kommentar. Vid avvikelse – ange vidtagen åtgärd.",
        "Filen skickas till ekonomiavdelningen senast 2025-05-09.",
    ], start=1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Uppföljning")
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Socialnämnden – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Socialförvaltningen, Mjölby kommun. Uppföljning per tertial 1 (januari–april) med jämförelse mot helår 2024."
    ws.merge_cells("A2:I2")
    ws["A2"].font = Font(italic=True)
    headers = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens",
               "Status helår 2024", "Status T1 2025", "Kommentar T1 2025"]
    hr = 4
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border
    widths = [5, 22, 30, 48, 18, 12, 16, 16, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    GREEN, YELLOW, RED, GREY = "92D050", "FFEB84", "FF7C80", "D9D9D9"
    fillmap = {
        "Genomförd": GREEN, "Genomförd med anmärkning": GREEN, "Delvis genomförd": YELLOW,
        "Pågår": YELLOW, "Ej påbörjad": RED, "Ej genomförd": RED, "Utgår": GREY,
    }
    # (group heading) or (nr, process, risk, km, ansvarig, frekvens, h2024, t1, kommentar, exp_status, exp_avv)
    rows = [
        ("Myndighetsutövning – ekonomiskt bistånd",),
        ("1", "Handläggning av ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Stickprovskontroll av utbetalningar av ekonomiskt bistånd mot beslut i verksamhetssystemet",
         "Enhetschef försörjningsstöd", "Tertialvis", "Genomförd", "Genomförd",
         "20 slumpvis utvalda utbetalningar granskade mot beslut. Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Handläggning av ekonomiskt bistånd", "Beslut fattas utan delegation",
         "Kontroll att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Enhetschef försörjningsstöd", "Tertialvis", "Genomförd med anmärkning", "Genomförd med anmärkning",
         "2 av 25 granskade beslut var fattade av handläggare utan delegation för beloppet. "
         "Rutinen har förtydligats på APT i april.", "GENOMFORD", "ja"),
        ("Barn och unga",),
        ("3", "Orosanmälningar", "Barn far illa utan att insatser sätts in",
         "Kontroll att förhandsbedömning av orosanmälan sker inom 14 dagar",
         "Enhetschef barn och unga", "Tertialvis", "Delvis genomförd", "Delvis genomförd",
         "Kontroll gjord för januari–februari: 84 % av förhandsbedömningarna inom 14 dagar. "
         "Mars–april kontrolleras under T2.", "DELVIS", "ja"),
        ("4", "Utredning barn och unga", "Utredningstiden överskrids",
         "Kontroll att utredningar avslutas inom fyra månader (11 kap. 2 § SoL)",
         "Enhetschef barn och unga", "Halvår", "Genomförd", None, None, "SAKNAS", ""),
        ("Vård och omsorg samt LSS",),
        ("5", "Genomförandeplaner", "Insatser utförs inte enligt beslut",
         "Uppföljning av att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "MAS / enhetschefer", "Tertialvis", "Ej genomförd", "Pågår",
         "Stickprov klart på två av fem enheter, inga brister hittills. Övriga enheter granskas i maj.",
         "DELVIS", "nej"),
        ("6", "Läkemedelshantering", "Felaktig läkemedelshantering",
         "Kontroll av läkemedelshantering – signeringslistor i hemtjänsten",
         "MAS", "Årligen", "Ny 2025", "Ej påbörjad",
         "Planeras till maj enligt plan.", "EJ_GENOMFORD", ""),
        ("7", "Personal", "Olämplig person anställs",
         "Kontroll att registerutdrag kontrolleras vid nyanställning inom LSS och barnboenden",
         "HR-partner", "Tertialvis", "Genomförd", "Ej genomförd",
         "Ej genomförd p.g.a. vakans på HR-funktionen, flyttas till T2.", "EJ_GENOMFORD", ""),
        ("Ekonomi och administration",),
        ("8", "Inköp och betalning", "Felaktiga utbetalningar till leverantörer",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Tertialvis", "Genomförd", "Genomförd",
         "Stickprov 30 fakturor. En faktura över 50 tkr saknade andra attest – har åtgärdats i efterhand.",
         "GENOMFORD", "ja"),
        ("9", "Avgifter", "Felaktig avgiftsdebitering",
         "Kontroll av avgiftsdebitering inom hemtjänst mot utförd tid",
         "Avgiftshandläggare", "Tertialvis", "Delvis genomförd", "Utgår",
         "Utgår enligt beslut SN 2025-02-19 § 23, ersätts av automatisk systemkontroll.", "UTGAR", ""),
        ("10", "Informationssäkerhet", "Otillbörlig åtkomst till personuppgifter",
         "Kontroll av loggar i verksamhetssystemet (Treserva) avseende otillbörlig åtkomst",
         "Systemförvaltare", "Tertialvis", "Genomförd", None,
         "Loggkontroll för perioden januari–april genomförd 2025-04-28, inga otillbörliga slagningar upptäcktes.",
         "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        vals = row[:9]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = wrap
            cell.border = border
            if c in (7, 8) and v in fillmap:
                cell.fill = PatternFill("solid", fgColor=fillmap[v])
        exp(fil, N, row[3], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = Font(bold=True)
    r += 1
    for txt, col in [("Grön = Genomförd / Genomförd med anmärkning", GREEN),
                     ("Gul = Delvis genomförd / Pågår", YELLOW),
                     ("Röd = Ej påbörjad / Ej genomförd", RED),
                     ("Grå = Utgår", GREY)]:
        ws.cell(row=r, column=2).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r, column=3, value=txt)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Lena Holm, controller socialförvaltningen, 2025-05-08")
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Kommunstyrelsen - docx, legend table, Ursprung column "Kvarstår från 2024"
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def make_ks():
    fil = "KS uppföljning intern kontroll T1 2025.docx"
    N = "Kommunstyrelsen"
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Mjölby kommun\tKommunledningsförvaltningen\tDnr KS 2025/118"
    d.add_heading("Kommunstyrelsen", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=2)
    d.add_paragraph(
        "Kommunstyrelsen fastställde internkontrollplanen för 2025 den 10 december 2024 (§ 212). "
        "Planen innehåller nio kontrollmoment, varav fyra kvarstår från 2024 års plan eftersom "
        "uppföljningen vid helåret 2024 visade att kontrollerna behövde fortsätta. Nedan redovisas "
        "status efter tertial 1 (januari–april 2025).")
    d.add_paragraph("Teckenförklaring för kolumnen Status T1:")
    lt = d.add_table(rows=4, cols=2)
    lt.style = "Table Grid"
    for i, (k, v) in enumerate([("G", "Genomförd"), ("D", "Delvis genomförd / pågår"),
                                ("E", "Ej genomförd / ej påbörjad"), ("U", "Utgår")]):
        set_cell(lt.cell(i, 0), k, bold=True)
        set_cell(lt.cell(i, 1), v)
    d.add_paragraph("")

    head = ["Kontrollområde", "Kontrollmoment", "Ursprung", "Metod", "Status T1", "Iakttagelser/kommentar"]
    rows = [
        ("Upphandling och inköp",
         "Kontroll av avtalstrohet – stickprov av inköp över 100 tkr mot ramavtal",
         "Kvarstår från 2024", "Stickprov 20 inköp per tertial", "D",
         "Stickprov för januari–februari klart, 3 av 20 köp gjordes utanför avtal (IT-tillbehör). "
         "Resterande månader granskas under T2.", "DELVIS", "ja"),
        ("Upphandling och inköp",
         "Kontroll att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Ny 2025", "Genomgång av samtliga direktupphandlingar", "G",
         "12 direktupphandlingar granskade, samtliga dokumenterade enligt riktlinjen.", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Ny 2025", "Stickprov 25 fakturor", "G",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Kontroll av representation och förtroendekänsliga poster",
         "Kvarstår från 2024", "Granskning av samtliga representationsfakturor", "E",
         "Ej genomförd under T1, planeras till september.", "EJ_GENOMFORD", ""),
        ("IT och informationssäkerhet",
         "Kontroll av behörigheter i ekonomisystemet (Raindance) vid avslutad anställning",
         "Kvarstår från 2024", "Avstämning behörighetslista mot personalsystemet", "G",
         "Genomförd 2025-03-12. Fyra konton för avslutade anställda var fortfarande aktiva – har spärrats.",
         "GENOMFORD", "ja"),
        ("IT och informationssäkerhet",
         "Kontroll av att systemförvaltningsplaner finns för verksamhetskritiska system",
         "Ny 2025", "Inventering", "U",
         "Utgår – hanteras inom ramen för ny IT-strategi, beslut KS 2025-03-04 § 41.", "UTGAR", ""),
        ("Personal",
         "Kontroll av att lönetillägg och engångsbelopp är beslutade enligt delegation",
         "Ny 2025", "Stickprov 15 lönetillägg", "",
         "Se bilaga 2.", "OKLAR", ""),
        ("Ärendehantering",
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
         "Ny 2025", "Avstämning delegationslista mot protokoll", "G",
         "Samtliga delegationsbeslut januari–mars anmälda. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ärendehantering",
         "Kontroll av att allmänna handlingar diarieförs utan dröjsmål",
         "Kvarstår från 2024", "Stickprov inkommande e-post till registrator", "D",
         "Pågår. Hittills har 45 av 50 handlingar diarieförts inom två arbetsdagar, "
         "5 handlingar diariefördes först efter en vecka.", "DELVIS", "ja"),
    ]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:6]):
            set_cell(cells[i], v)
        exp(fil, N, row[1], row[6], row[7])
    d.add_paragraph("")
    d.add_heading("Kommunstyrelsens samlade bedömning", level=3)
    d.add_paragraph(
        "Den interna kontrollen bedöms hittills under året som i huvudsak tillräcklig. De kontroller som "
        "kvarstår från 2024 visar fortfarande brister inom avtalstrohet och diarieföring. Åtgärder följs upp "
        "i delårsrapporten.")
    d.add_paragraph("Mjölby 2025-05-12")
    d.add_paragraph("Anna Berg\nKommundirektör")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden - e-mail with tab-separated table
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "SV_ Uppföljning intern kontroll T1 2025 - Kultur och fritid.eml"
    N = "Kultur- och fritidsnämnden"
    rows = [
        ("Kontroll av kontanthantering i receptionen på Mjölby simhall – kassaavstämning mot kassarapport",
         "Enhetschef bad", "Genomförd", "Två oanmälda kontroller i februari och april, inga differenser.",
         "GENOMFORD", "nej"),
        ("Kontroll att föreningsbidrag betalas ut enligt beslut och riktlinjer",
         "Föreningskonsulent", "Genomförd",
         "Differens i ett ärende (lokalbidrag, 4 200 kr för mycket). Korrigerat mot nästa utbetalning.",
         "GENOMFORD", "ja"),
        ("Kontroll av inventarieförteckning och utlåning av utrustning på fritidsgårdarna",
         "Enhetschef fritid", "Pågår",
         "Inventering klar på en gård, övriga två återstår i maj.", "DELVIS", ""),
        ("Kontroll av att registerutdrag uppvisas för ledare i sommarlovsverksamheten",
         "Enhetschef fritid", "Ej påbörjad",
         "Görs inför sommarlovet i juni.", "EJ_GENOMFORD", ""),
        ("Kontroll av att bidrag till studieförbund redovisas enligt riktlinjerna",
         "Kultursekreterare", "Utgår",
         "Ansvaret flyttat till kommunstyrelsen enligt nytt reglemente 2025-01-01.", "UTGAR", ""),
        ("Kontroll av avskrivning av biblioteksfordringar (förseningsavgifter och ersättning för förkomna medier)",
         "Bibliotekschef", "", "", "SAKNAS", ""),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Genomförd", "Stickprov 25 fakturor, utan anmärkning.", "GENOMFORD", "nej"),
    ]
    table = ["Kontrollmoment\tAnsvarig\tStatus T1\tKommentar"]
    for r in rows:
        table.append("\t".join(r[:4]))
        exp(fil, N, r[0], r[4], r[5])
    body = (
        "Hej Maria!\n\n"
        "Här kommer Kultur- och fritidsnämndens uppföljning av internkontrollplanen för tertial 1 2025. "
        "Jag klistrar in tabellen direkt i mejlet eftersom mallen inte gick att öppna hos mig "
        "(den låg kvar som utcheckad i Teams).\n\n"
        + "\n".join(table) + "\n\n"
        "Bibliotekets kontroll har jag inte fått in ännu, jag återkommer om den.\n\n"
        "Med vänlig hälsning\n"
        "Johan Ek\n"
        "Verksamhetscontroller\n"
        "Kultur- och fritidsförvaltningen\n"
        "Mjölby kommun\n"
        "Tel. 0142-85 123\n\n"
        "Från: Maria Lund <maria.lund@mjolby.se>\n"
        "Skickat: den 2 april 2025 09:14\n"
        "Till: Johan Ek <johan.ek@mjolby.se>\n"
        "Ämne: Uppföljning intern kontroll T1\n\n"
        "Hej,\n"
        "påminner om att uppföljningen av internkontrollplanen för tertial 1 ska vara ekonomiavdelningen "
        "tillhanda senast den 9 maj. Använd gärna mallen i Teams.\n\n"
        "/Maria\n"
    )
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = "Johan Ek <johan.ek@mjolby.se>"
    msg["To"] = "Maria Lund <maria.lund@mjolby.se>"
    msg["Subject"] = "SV: Uppföljning intern kontroll T1 2025 - Kultur och fritid"
    msg["Date"] = "Wed, 07 May 2025 15:42:10 +0200"
    msg["Message-ID"] = "<AM0PR09MB4421B5E3C0D1@AM0PR09MB4421.eurprd09.prod.outlook.com>"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    msg["Content-Language"] = "sv-SE"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(msg.as_bytes(policy=email.policy.default.clone(linesep="\r\n")))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Mjölbyhem AB - docx, text only, period "januari–april 2025"
# ---------------------------------------------------------------------------
def make_mjolbyhem():
    fil = "Mjölbyhem AB intern kontroll 2025.docx"
    N = "Mjölbyhem AB"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Mjölbyhem AB\t\tStyrelsehandling"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Period: ").bold = True
    p.add_run("januari–april 2025")
    p = d.add_paragraph()
    p.add_run("Rapporteras till: ").bold = True
    p.add_run("Styrelsen 2025-05-20, för kännedom till kommunstyrelsen i Mjölby kommun")
    d.add_paragraph(
        "Styrelsen antog bolagets internkontrollplan för 2025 den 11 december 2024. Planen omfattar sex "
        "kontrollmoment. Nedan redovisas resultatet av de kontroller som genomförts under perioden. "
        "Bedömningen anges som Genomförd, Genomförd med avvikelse, Delvis genomförd eller Ej genomförd.")
    items = [
        ("Ekonomi – hyresfordringar",
         "Månatlig avstämning av hyresreskontra mot huvudbok",
         "Avstämning genomförd för januari–april utan differenser.", "Genomförd", "GENOMFORD", "nej"),
        ("Uthyrning",
         "Kontroll av att lediga lägenheter hyrs ut enligt uthyrningspolicyn och bostadskön",
         "15 uthyrningar granskade. I ett fall saknades dokumentation av varför sökande med kortare kötid "
         "erbjöds lägenheten.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Fastighetsförvaltning",
         "Kontroll av att felanmälningar åtgärdas inom avtalad tid",
         "Kontroll av januari–februari: 92 % av felanmälningarna åtgärdade inom avtalad tid, målet 90 % "
         "uppnått. Mars–april följs upp i nästa rapport.", "Delvis genomförd", "DELVIS", "nej"),
        ("Ekonomi – attest",
         "Kontroll av beslutsattest av fakturor över 500 tkr enligt styrelsens attestordning",
         "Samtliga 9 fakturor över 500 tkr attesterade av VD eller ekonomichef. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Säkerhet",
         "Uppföljning av systematiskt brandskyddsarbete (SBA) i flerbostadshus",
         "Kontrollen har inte genomförts under perioden på grund av byte av fastighetschef. "
         "Planeras till september.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Upphandling",
         "Kontroll av jäv och närståendetransaktioner vid upphandling av entreprenader",
         "", "", "SAKNAS", ""),
    ]
    for i, (area, km, res, bed, st, avv) in enumerate(items, start=1):
        d.add_heading(f"{i}. {area}", level=2)
        for lab, val in (("Kontrollmoment: ", km), ("Resultat: ", res), ("Bedömning: ", bed)):
            p = d.add_paragraph()
            p.add_run(lab).bold = True
            if val:
                p.add_run(val)
        exp(fil, N, km, st, avv)
    d.add_paragraph("")
    d.add_paragraph("Mjölby 2025-05-13")
    d.add_paragraph("Karin Sjöberg, VD Mjölbyhem AB")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - .xls, nämnd only in "Nämnd:" cell, numeric codes
# ---------------------------------------------------------------------------
def make_sbn():
    fil = "IK_uppfoljning_T1.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ctr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz centre, vert top")
    ws.write_merge(0, 0, 0, 6, "Uppföljning av intern kontroll 2025", title)
    ws.write(2, 0, "Nämnd:", bold)
    ws.write(2, 1, "Samhällsbyggnadsnämnden")
    ws.write(3, 0, "Uppföljningstillfälle:", bold)
    ws.write(3, 1, "Tertial 1")
    ws.write(4, 0, "Upprättad av:", bold)
    ws.write(4, 1, "Per Nilsson, nämndcontroller")
    ws.write(5, 0, "Datum:", bold)
    ws.write(5, 1, "2025-05-06")
    head = ["Id", "Rutin/process", "Kontrollmoment", "Metod/omfattning", "Utfall", "Status (1–4)", "Åtgärd"]
    for c, h in enumerate(head):
        ws.write(7, c, h, hdr)
    for c, w in enumerate([7, 20, 45, 28, 50, 11, 32]):
        ws.col(c).width = w * 256
    rows = [
        ("SBN1", "Gata/park", "Kontroll av att grävtillstånd finns för pågående schakt i allmän mark",
         "Okulär kontroll av 10 schakt", "Samtliga 10 schakt hade giltigt grävtillstånd.", 1, "",
         "GENOMFORD", "nej"),
        ("SBN2", "VA", "Kontroll av fakturering av VA-anslutningsavgifter mot beviljade anslutningar",
         "Avstämning mot förbindelsepunkter", "3 anslutningar från hösten 2024 var inte fakturerade.", 2,
         "Fakturerade i april. Rutin för överlämning från projekt till kundtjänst ses över.",
         "GENOMFORD", "ja"),
        ("SBN3", "Inköp", "Kontroll av avtalstrohet vid inköp av entreprenadtjänster (asfalt, markarbeten)",
         "Stickprov 15 fakturor", "Stickprov på 6 av 15 fakturor gjort.", 3, "", "DELVIS", ""),
        ("SBN4", "Gata/park", "Kontroll av att ersättning till entreprenörer för snöröjning stämmer mot körjournaler",
         "Avstämning faktura mot körjournal jan–mars", "Ersättningen stämmer mot körjournalerna.", 1, "",
         "GENOMFORD", "nej"),
        ("SBN5", "Fordon", "Kontroll av körjournaler och drivmedelskort för kommunens fordon",
         "Stickprov 10 fordon", "", 4, "Genomförs under T2.", "EJ_GENOMFORD", ""),
        ("SBN6", "Fastighet", "Kontroll av att lokaluthyrning i kommunens fastigheter sker enligt beslutad taxa",
         "Genomgång av hyresavtal", "Kontroll genomförd i april. Samtliga 18 avtal följer taxan.", "", "",
         "GENOMFORD", "nej"),
        ("SBN7", "Fastighet", "Kontroll av att skyddsronder genomförs i kommunens verksamhetslokaler",
         "Genomgång av protokoll", "Skyddsronder dokumenterade i 6 av 14 fastigheter hittills.", 3, "",
         "DELVIS", ""),
        ("SBN8", "Ekonomi", "Kontroll av avskrivning av kundfordringar (VA och renhållning)",
         "", "Utgår – flyttad till kommunstyrelsens internkontrollplan.", "Utgår", "", "UTGAR", ""),
    ]
    r = 8
    for row in rows:
        for c, v in enumerate(row[:7]):
            ws.write(r, c, v, ctr if c == 5 else cellst)
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.write(r, 0, "Status:", bold)
    for i, t in enumerate(["1 = Genomförd utan avvikelse", "2 = Genomförd med avvikelse",
                           "3 = Pågående", "4 = Ej påbörjad"]):
        ws.write(r + i, 1, t)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Stratsys export (csv) with two nämnder, export date in file name
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_2025-05-14_1032.csv"
    head = ["Enhet", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status",
            "Kommentar", "Senast uppdaterad", "Uppdaterad av"]
    BUF = "Barn- och utbildningsförvaltningen"
    BMN = "Bygg- och miljönämnden"
    rows = [
        (BUF, "Skolplikt", "Kontroll av att skolpliktsbevakning sker vid upprepad frånvaro",
         "Skolchef", "T1 2025", "Slutförd", "Stickprov på 3 skolor, rutinen följs.", "2025-04-29",
         "Eva Dahl", "Barn- och utbildningsnämnden", "GENOMFORD", "nej"),
        (BUF, "Trygghet och studiero",
         "Kontroll av att anmälan om kränkande behandling görs till huvudman inom en vecka",
         "Skolchef", "T1 2025", "Slutförd",
         "12 av 40 anmälningar inkom senare än en vecka.\nPåminnelse till samtliga rektorer har skickats.",
         "2025-05-02", "Eva Dahl", "Barn- och utbildningsnämnden", "GENOMFORD", "ja"),
        (BUF, "Avgifter", "Kontroll av barnomsorgsavgifter – inkomstuppgifter mot taxa",
         "Handläggare barnomsorg", "T1 2025", "Pågående", "Halva stickprovet klart.", "2025-05-05",
         "Sofia Ali", "Barn- och utbildningsnämnden", "DELVIS", ""),
        (BUF, "Skolskjuts", "Kontroll av skolskjutsberättigande mot beslut",
         "Skolskjutssamordnare", "T1 2025", "Ej påbörjad", "", "2025-02-10", "Sofia Ali",
         "Barn- och utbildningsnämnden", "EJ_GENOMFORD", ""),
        (BUF, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "T1 2025", "Slutförd", "Inga avvikelser.", "2025-04-30", "Oskar Lind",
         "Barn- och utbildningsnämnden", "GENOMFORD", "nej"),
        (BUF, "Inventarier", "Kontroll av elevdatorer – inventarieförteckning vid återlämning åk 9",
         "IT-samordnare", "T1 2025", "Avbruten",
         "Avbruten enligt beslut i BUN 2025-03-26 § 18, datorerna leasas från hösten 2025.",
         "2025-03-27", "Oskar Lind", "Barn- och utbildningsnämnden", "UTGAR", ""),
        (BMN, "Bygglov", "Kontroll av att bygglov handläggs inom lagstadgad tid",
         "Enhetschef bygg", "T1 2025", "Slutförd",
         "94 % inom 10 veckor. 4 ärenden överskred tiden, avgiften har reducerats enligt PBL.",
         "2025-05-07", "Ahmed Karimi", "Bygg- och miljönämnden", "GENOMFORD", "ja"),
        (BMN, "Miljötillsyn", "Kontroll av att tillsynsavgifter enligt miljöbalken debiteras enligt taxa",
         "Enhetschef miljö", "T1 2025", "Pågående", "", "2025-04-15", "Ahmed Karimi",
         "Bygg- och miljönämnden", "DELVIS", ""),
        (BMN, "Rättssäkerhet", "Kontroll av jäv vid handläggning av bygglovsärenden",
         "Enhetschef bygg", "T1 2025", "Slutförd", "Inga jävssituationer noterade.", "2025-05-07",
         "Ahmed Karimi", "Bygg- och miljönämnden", "GENOMFORD", "nej"),
        (BMN, "Livsmedelskontroll", "Kontroll av att livsmedelskontroller genomförs enligt kontrollplan",
         "Enhetschef miljö", "T1 2025", "", "", "", "", "Bygg- och miljönämnden", "SAKNAS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(head)
    for r in rows:
        w.writerow(r[:9])
        exp(fil, r[9], r[2], r[10], r[11])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "T1"))
    FILES.append((fil, "INLAST", "Bygg- och miljönämnden", "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Mjölby-Svartådalen Energi AB - .ods, Grön/Gul/Röd/Grå words + fills
# ---------------------------------------------------------------------------
def make_mse():
    fil = "MSE_IK-uppföljning_tertial1_2025.ods"
    N = "Mjölby-Svartådalen Energi AB"
    doc = OpenDocumentSpreadsheet()

    def cellstyle(name, bg=None, bold=False, wrap=True):
        s = Style(name=name, family="table-cell")
        props = {"verticalalign": "top"}
        if wrap:
            props["wrapoption"] = "wrap"
        if bg:
            props["backgroundcolor"] = bg
        props["border"] = "0.5pt solid #808080"
        s.addElement(TableCellProperties(**props))
        if bold:
            s.addElement(TextProperties(fontweight="bold"))
        doc.automaticstyles.addElement(s)
        return s

    plain = cellstyle("plain")
    head = cellstyle("head", bg="#C6E0B4", bold=True)
    titl = Style(name="titl", family="table-cell")
    titl.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(titl)
    colours = {"Grön": cellstyle("gron", bg="#00B050"), "Gul": cellstyle("gul", bg="#FFFF00"),
               "Röd": cellstyle("rod", bg="#FF0000"), "Grå": cellstyle("gra", bg="#BFBFBF")}
    widths = ["1.2cm", "4cm", "8cm", "3.5cm", "2cm", "8cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="IK T1 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def addrow(values, styles=None):
        tr = TableRow()
        for i, v in enumerate(values):
            st = styles[i] if styles else None
            kw = {"stylename": st} if st is not None else {}
            if v is None or v == "":
                tr.addElement(TableCell(**kw))
            else:
                tc = TableCell(valuetype="string", **kw)
                tc.addElement(P(text=str(v)))
                tr.addElement(tc)
        t.addElement(tr)

    addrow(["Mjölby-Svartådalen Energi AB – Intern kontroll, uppföljning tertial 1 2025"], [titl])
    addrow(["Internkontrollplan fastställd av styrelsen 2024-12-05. Status avser perioden t.o.m. 30 april 2025."])
    addrow([])
    hdrs = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    addrow(hdrs, [head] * len(hdrs))
    rows = [
        ("1", "Fakturering", "Kontroll av mätarbyten och debitering av fjärrvärme mot mätdata",
         "Kundtjänstchef", "Grön", "Stickprov 40 kunder, inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Inköp", "Kontroll av attestordning vid inköp över 50 tkr",
         "Ekonomichef", "Gul", "10 av 30 inköp granskade, resterande granskas i maj.", "DELVIS", ""),
        ("3", "Elnät", "Kontroll av att elnätskunders flyttar registreras inom fem arbetsdagar",
         "Nätchef", "Röd", "Ej genomförd på grund av resursbrist vid systembyte.", "EJ_GENOMFORD", ""),
        ("4", "IT-säkerhet", "Kontroll av behörigheter i driftövervakningssystemet (SCADA)",
         "IT-ansvarig", "Grön", "Genomförd i mars. Två konton för tidigare konsulter var aktiva och har tagits bort.",
         "GENOMFORD", "ja"),
        ("5", "Ekonomi", "Kontroll av ändringar av bankgiro/plusgiro i leverantörsregistret",
         "Ekonomichef", "Grå", "Utgår – ersatt av automatisk kontroll i ekonomisystemet från 2025.",
         "UTGAR", ""),
    ]
    for r in rows:
        addrow(list(r[:6]), [plain, plain, plain, plain, colours[r[4]], plain])
        exp(fil, N, r[2], r[6], r[7])
    addrow([])
    addrow(["Förklaring:", "Grön = Genomförd"])
    addrow(["", "Gul = Påbörjad / delvis genomförd"])
    addrow(["", "Röd = Ej genomförd"])
    addrow(["", "Grå = Utgår"])
    addrow([])
    addrow(["Ansvarig för sammanställning: Lars Wiklund, ekonomichef MSE, 2025-05-09"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Rejected: tertial 1 budget report (driftredovisning), no follow-up of IK
# ---------------------------------------------------------------------------
def make_rejected():
    fil = "Driftredovisning T1 2025 Kultur och fritid.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Drift T1"
    ws["A1"] = "Kultur- och fritidsnämnden – Driftredovisning tertial 1 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Utfall januari–april 2025 jämfört med budget och föregående år"
    head = ["Verksamhet", "Budget 2025", "Utfall jan–apr 2025", "Utfall jan–apr 2024",
            "Prognos helår 2025", "Avvikelse mot budget"]
    for c, h in enumerate(head, start=1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    data = [
        ("Nämnd och administration", 3450, 1102, 1055, 3400),
        ("Bibliotek", 14200, 4810, 4620, 14350),
        ("Bad och idrottsanläggningar", 27800, 9950, 9310, 28400),
        ("Fritidsgårdar och ungdom", 9600, 3120, 3050, 9500),
        ("Föreningsbidrag", 7300, 3980, 3720, 7300),
        ("Kulturverksamhet", 6150, 1870, 1910, 6100),
    ]
    r = 5
    for row in data:
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v)
        ws.cell(row=r, column=6, value=f"=B{r}-E{r}")
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    for c in range(2, 7):
        L = get_column_letter(c)
        ws.cell(row=r, column=c, value=f"=SUM({L}5:{L}{r-1})").font = Font(bold=True)
    ws.cell(row=r + 2, column=1,
            value="Kommentar: Prognosen visar ett underskott om 500 tkr, främst på grund av ökade energikostnader "
                  "på Mjölby simhall. Åtgärder redovisas i tertialrapporten.")
    ws.column_dimensions["A"].width = 32
    for c in "BCDEF":
        ws.column_dimensions[c].width = 18
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    make_sn()
    make_ks()
    make_kfn()
    make_mjolbyhem()
    make_sbn()
    make_stratsys()
    make_mse()
    make_rejected()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "expected rows")
