#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r509 – Rättviks kommun, tertial 1 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import io
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
import xlwt
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 5, 12, 9, 30, 0)
LO_PROFILE = "file:///tmp/lo-round509"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def p(name):
    return os.path.join(OUT, name)


def fix_props_xlsx(wb, title, creator):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title


def fix_props_docx(d, title, author):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 5, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen – the adopted plan with a 'När' column; only controls due
#     by April carry a T1 status.
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "KS Internkontrollplan 2025 med uppföljning T1.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Rättviks kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:M2")
    ws["A3"] = ("Antagen av kommunstyrelsen 2024-12-10 § 212. "
                "Uppföljning tertial 1 (januari–april) ifylld 2025-05-08.")
    ws.merge_cells("A3:M3")
    ws["A4"] = ("Instruktion: Fyll i status och kommentar för de kontroller som enligt kolumnen "
                "”När” ska vara utförda till och med april. Status anges som Genomförd, "
                "Delvis genomförd eller Ej genomförd. Övriga rader lämnas tomma till delårsuppföljningen.")
    ws["A4"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:M4")
    ws.row_dimensions[4].height = 30

    hdr = ["Nr", "Process/rutin", "Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde",
           "Kontrollmoment", "Metod/omfattning", "Ansvarig", "När",
           "Rapporteras till", "Status T1", "Kommentar T1"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    groups = [
        ("1. Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Felaktiga eller obehöriga utbetalningar", 2, 3,
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor ur Raindance", "Ekonomichef", "Mars", "KS", "Genomförd",
             "20 fakturor kontrollerade. 1 faktura saknade beslutsattest – åtgärdat och attestanten påmind om attestordningen.",
             "GENOMFORD", "ja"),
            ("1.2", "Kundfordringar", "Intäktsbortfall", 2, 2,
             "Kontroll av att kundfordringar äldre än 90 dagar hanteras enligt riktlinje för kravverksamhet",
             "Reskontralista per 31/3", "Redovisningsansvarig", "April", "KS", "Genomförd",
             "Samtliga fordringar äldre än 90 dagar är överlämnade till inkasso. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("1.3", "Bokslut", "Felaktig redovisning", 1, 4,
             "Avstämning av balanskonton vid bokslut",
             "Samtliga balanskonton med saldo > 50 tkr", "Redovisningsansvarig", "Augusti, december", "KS",
             None, None, "SAKNAS", ""),
        ]),
        ("2. Personal", [
            ("2.1", "Lön", "Lön betalas ut efter avslutad anställning", 2, 3,
             "Kontroll av att lön inte betalas ut efter avslutad anställning",
             "Samtliga avslut under perioden mot utbetalningslista", "HR-chef", "Februari, september", "KS",
             "Genomförd",
             "Kontroll av 15 avslut jan–feb. En felaktig utbetalning (4 812 kr) har upptäckts och återkrävts.",
             "GENOMFORD", "ja"),
            ("2.2", "Arbetsmiljö", "Bristande uppföljning av medarbetare", 2, 2,
             "Uppföljning av att medarbetarsamtal genomförts",
             "Enkät till chefer", "HR-chef", "November", "KS", None, None, "SAKNAS", ""),
        ]),
        ("3. Upphandling och inköp", [
            ("3.1", "Inköp", "Köp utanför avtal", 3, 2,
             "Avtalstrohet vid inköp av förbrukningsmaterial",
             "Stickprov 25 inköp", "Upphandlingssamordnare", "April", "KS", "Delvis genomförd",
             "Stickprovet är påbörjat, 12 av 25 inköp granskade – hittills inga avvikelser. Slutförs i maj.",
             "DELVIS", "nej"),
            ("3.2", "Direktupphandling", "Brott mot LOU", 2, 3,
             "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Genomgång av samtliga direktupphandlingar > 100 tkr", "Upphandlingssamordnare", "Oktober", "KS",
             None, None, "SAKNAS", ""),
        ]),
        ("4. IT och informationssäkerhet", [
            ("4.1", "Behörigheter", "Obehörig åtkomst", 2, 3,
             "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personallista",
             "Fullständig avstämning", "IT-chef", "Mars", "KS", "Ej genomförd",
             "Ej utförd p.g.a. byte av systemförvaltare. Flyttas till juni.",
             "EJ_GENOMFORD", ""),
            ("4.2", "Drift", "Dataförlust", 1, 4,
             "Kontroll av att säkerhetskopiering av verksamhetssystem fungerar (återläsningstest)",
             "Återläsningstest av två system", "IT-chef", "Löpande", "KS", None,
             "Återläsningstest genomfört i januari och i april utan anmärkning.",
             "GENOMFORD", "nej"),
        ]),
        ("5. Ledning och styrning", [
            ("5.1", "Verkställighet", "Beslut verkställs inte", 2, 3,
             "Verkställighet av KS-beslut – uppföljning av beslutslogg",
             "Genomgång av beslutslogg", "Kommunsekreterare", "Maj, november", "KS", None, None, "SAKNAS", ""),
            ("5.2", "Delegation", "Beslut fattas utan mandat", 2, 3,
             "Delegationsbeslut anmäls till kommunstyrelsen",
             "Jämförelse delegationslistor mot protokoll", "Kommunsekreterare", "Varje sammanträde", "KS",
             "Delvis genomförd",
             "Anmälan sker från HR och ekonomi. Anmälan från upphandling saknas för februari–mars.",
             "DELVIS", "ja"),
        ]),
    ]
    for gname, rows in groups:
        ws.append([gname])
        r = ws.max_row
        ws.cell(r, 1).font = BOLD
        for col in range(1, 14):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        for (nr, proc, risk, s, k, km, metod, ansv, nar, rapp, st, kom, exs, exa) in rows:
            ws.append([nr, proc, risk, s, k, s * k, km, metod, ansv, nar, rapp, st, kom])
            r = ws.max_row
            for col in range(1, 14):
                ws.cell(r, col).alignment = WRAP
                ws.cell(r, col).border = BOX
            exp(fil, namnd, km, exs, exa)
    r = ws.max_row + 2
    ws.cell(r, 1, "Riskvärde = sannolikhet × konsekvens. 1–4 låg, 6–8 medel, 9–16 hög.").font = Font(italic=True, size=9)
    ws.cell(r + 1, 1, "Uppföljningen redovisas för kommunstyrelsen 2025-06-03.").font = Font(italic=True, size=9)
    widths = [5, 18, 22, 11, 11, 9, 42, 26, 18, 14, 11, 16, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.freeze_panes = ws.cell(hr + 1, 1)
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"
    fix_props_xlsx(wb, "Internkontrollplan 2025 KS", "Ekonomiavdelningen")
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden – Word report listing only the controls done
#     so far (no status column; 'Genomförd (datum)').
# ---------------------------------------------------------------------------
def f2_bun():
    fil = "BUN uppföljning intern kontroll jan-apr 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Rättviks kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/47"
    para = d.add_paragraph()
    run = para.add_run("TJÄNSTESKRIVELSE")
    run.bold = True
    run.font.size = Pt(9)
    d.add_paragraph("2025-05-12")
    d.add_heading("Uppföljning av intern kontroll, januari–april 2025", level=1)
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog 2024-12-17 § 98 en internkontrollplan för 2025 med nio "
        "kontrollmoment. Enligt kommunens reglemente för intern kontroll ska nämnden följa upp planen "
        "per tertial. Nedan redovisas de kontroller som har genomförts hittills under året. Övriga "
        "kontroller är planerade till hösten och redovisas i delårs- respektive helårsuppföljningen.")
    d.add_heading("Genomförda kontroller", level=2)
    rows = [
        ("Kontroll av att utdrag ur belastningsregistret har uppvisats före anställning",
         "2025-03-14",
         "Samtliga 18 nyanställningar januari–mars kontrollerade. Utdrag fanns för alla.",
         "Ingen åtgärd.", "nej"),
        ("Skolskjuts – beslut fattas enligt riktlinjer och delegationsordning",
         "2025-02-20",
         "10 beslut granskade. Två avslagsbeslut saknade motivering.",
         "Handläggarna informerade, beslutsmallen har uppdaterats.", "ja"),
        ("Avgifter i förskola och fritidshem – kontroll av inkomstuppgifter mot Skatteverket",
         "2025-03-31",
         "Inkomstkontroll genomförd för 2023 års inkomster. 7 hushåll har haft för låg avgift;\n"
         "ändrade avgiftsbeslut och återkrav har skickats.",
         "Påminnelse om skyldigheten att anmäla ändrad inkomst i e-tjänsten.", "ja"),
        ("Närvarorapportering i Skola24 – ogiltig frånvaro anmäls till rektor",
         "2025-04-11",
         "Stickprov på Stiernhööksgymnasiet och Rättviks skola. Rutinen följs.",
         "Ingen åtgärd.", "nej"),
        ("Anmälan om kränkande behandling till huvudman inom föreskriven tid",
         "2025-04-28",
         "28 anmälningar under perioden, 26 inom tid. Två anmälningar dröjde 8 respektive 11 dagar.",
         "Påminnelse till rektorerna på ledningsgruppen 6 maj.", "ja"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Genomförd (datum)", "Resultat", "Åtgärd"]):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for km, datum, res, atg, avv in rows:
        cells = t.add_row().cells
        cells[0].text = km
        cells[1].text = datum
        cells[2].text = res
        cells[3].text = atg
        exp(fil, namnd, km, "GENOMFORD", avv)
    for row in t.rows:
        for i, w in enumerate([Cm(5.5), Cm(2.5), Cm(5.5), Cm(3.5)]):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av intern kontroll för januari–april 2025.")
    d.add_paragraph()
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef")
    d.add_paragraph("Per Halvarsson\nNämndsekreterare")
    fix_props_docx(d, "Uppföljning intern kontroll jan-apr 2025", "Anna Lindqvist")
    d.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# F3  Kultur- och fritidsnämnden – the economy office's empty template returned
#     with only the nämnd filled in.  No controls.
# ---------------------------------------------------------------------------
def f3_kfn():
    fil = "Mall uppföljning IK tertial 1 2025 - Kultur och fritid.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – tertial 1"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    labels = [("Nämnd:", "Kultur- och fritidsnämnden"),
              ("Ansvarig tjänsteperson:", None),
              ("Datum för uppföljning:", None),
              ("Beslutad i nämnd (datum, §):", None)]
    for i, (lab, val) in enumerate(labels):
        r = 3 + i
        ws.cell(r, 1, lab).font = BOLD
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        c = ws.cell(r, 2, val)
        c.fill = PatternFill("solid", fgColor="FFF2CC")
        for col in range(2, 5):
            ws.cell(r, col).border = BOX
    ws["A8"] = ("Anvisning: Ange ett kontrollmoment per rad enligt nämndens antagna internkontrollplan. "
                "Välj status i listan. Vid avvikelse ska åtgärd och ansvarig anges i kommentarsfältet. "
                "Skicka ifylld mall till ekonomiavdelningen senast 15 maj.")
    ws["A8"].alignment = WRAP
    ws["A8"].font = Font(italic=True, size=9)
    ws.merge_cells("A8:F8")
    ws.row_dimensions[8].height = 32
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollmetod", "Status", "Avvikelse (ja/nej)", "Kommentar/åtgärd"]
    for i, h in enumerate(hdr):
        c = ws.cell(10, i + 1, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="375623")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for r in range(11, 26):
        for col in range(1, 7):
            ws.cell(r, col).border = BOX
            ws.cell(r, col).alignment = WRAP
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("D11:D25")
    dv2 = DataValidation(type="list", formula1='"ja,nej"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add("E11:E25")
    for col, w in zip("ABCDEF", [22, 45, 28, 18, 12, 45]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Statusförklaring")
    ws2.append(["Status", "Förklaring"])
    ws2.append(["Genomförd", "Kontrollen är utförd enligt plan"])
    ws2.append(["Delvis genomförd", "Kontrollen är påbörjad eller bara delar av urvalet är granskat"])
    ws2.append(["Ej genomförd", "Kontrollen har inte utförts under perioden"])
    ws2.append(["Utgår", "Kontrollen har strukits genom beslut i nämnden"])
    ws2.column_dimensions["A"].width = 18
    ws2.column_dimensions["B"].width = 60
    fix_props_xlsx(wb, "Mall uppföljning intern kontroll", "Ekonomiavdelningen")
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# F4  Socialnämnden – ODS sheet with "Ej aktuell för perioden".
# ---------------------------------------------------------------------------
def f4_sn():
    fil = "Socialnämnden IK uppföljning per 2025-04-30.ods"
    namnd = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning intern kontroll per 2025-04-30"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Statusalternativ: Genomförd – Pågår – Ej påbörjad – Ej aktuell för perioden – Utgår"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Område", "Kontrollmoment", "Frekvens", "Ansvarig", "Status", "Kommentar"]
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
    data = [
        ("Individ- och familjeomsorg", [
            ("Handläggningstid för förhandsbedömning av orosanmälan (14 dagar)", "Månadsvis", "Enhetschef IFO",
             "Genomförd", "Samtliga 64 anmälningar januari–mars bedömda inom 14 dagar.", "GENOMFORD", "nej"),
            ("Utbetalning av ekonomiskt bistånd – kontroll mot Alfa-e och Försäkringskassan", "Tertial",
             "Enhetschef IFO", "Genomförd",
             "Stickprov 30 akter. I 2 fall saknades kontroll mot a-kassa; återkrav 6 340 kr.", "GENOMFORD", "ja"),
            ("Uppföljning av placeringar – aktuell vårdplan finns för placerade barn", "Årligen",
             "Enhetschef IFO", "Ej aktuell för perioden", "Planerad till september.", "UTGAR", ""),
        ]),
        ("Äldreomsorg", [
            ("Avvikelser i Lifecare åtgärdas och avslutas inom 30 dagar", "Tertial", "MAS",
             "Pågår", "Genomgång av avvikelser för kvartal 1 pågår, klar i maj.", "DELVIS", ""),
            ("Nyckelhantering i hemtjänsten följer rutin (kvittens av nycklar)", "Halvår",
             "Enhetschef hemtjänst", "Ej påbörjad",
             "Personalbrist under våren, genomförs under tertial 2.", "EJ_GENOMFORD", ""),
            ("Hantering av brukares privata medel på särskilt boende", "Tertial",
             "Enhetschef SÄBO", "Genomförd", "Kassaräkning på Solgården och Enbacka utan anmärkning.",
             "GENOMFORD", "nej"),
            ("Läkemedelshantering – signeringslistor är kompletta", "Halvår", "MAS",
             "Ej aktuell för perioden", None, "UTGAR", ""),
        ]),
        ("Funktionsstöd", [
            ("Beslut enligt LSS verkställs inom tre månader", "Tertial", "Enhetschef LSS",
             "Genomförd", "2 beslut ej verkställda inom tre månader, rapporterade till IVO.", "GENOMFORD", "ja"),
            ("Fakturering av assistansersättning till Försäkringskassan", "Månadsvis", "Enhetschef LSS",
             "Utgår",
             "Utgår enligt SN 2025-02-19 § 18. Kommunen bedriver ingen egen assistansverksamhet från 1 januari.",
             "UTGAR", ""),
        ]),
        ("Gemensamt", [
            ("Diarieföring av inkommande handlingar inom 2 arbetsdagar", "Årligen", "Nämndsekreterare",
             "Ej aktuell för perioden", "Kontrolleras i oktober.", "UTGAR", ""),
            ("Loggkontroll i verksamhetssystem – otillbörlig åtkomst", "Tertial", "Systemförvaltare",
             "Genomförd", "Loggkontroll av 40 slumpvis valda personakter. Ingen otillbörlig åtkomst.",
             "GENOMFORD", "nej"),
        ]),
    ]
    for omr, rows in data:
        first = True
        for km, frek, ansv, status, kom, exs, exa in rows:
            ws.append([omr if first else None, km, frek, ansv, status, kom])
            first = False
            r = ws.max_row
            for col in range(1, 7):
                ws.cell(r, col).alignment = WRAP
                ws.cell(r, col).border = BOX
            exp(fil, namnd, km, exs, exa)
    r = ws.max_row + 2
    ws.cell(r, 1, "Sammanställt av: Eva Björk, kvalitetsstrateg, 2025-05-07")
    for col, w in zip("ABCDEF", [24, 48, 12, 20, 22, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Socialförvaltningen – intern kontroll"
    fix_props_xlsx(wb, "SN IK uppföljning", "Eva Björk")
    tmp = p("_tmp_sn_r509.xlsx")
    wb.save(tmp)
    lo_convert(tmp, "ods", fil)
    os.remove(tmp)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


def lo_convert(src, ext, final_name):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", ext, "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.splitext(src)[0] + "." + ext
    if not os.path.exists(produced):
        raise SystemExit(f"LibreOffice conversion failed for {src}")
    shutil.move(produced, p(final_name))


# ---------------------------------------------------------------------------
# F5  Rättviks Teknik AB – bolag's report in English (Word, merged process cells)
# ---------------------------------------------------------------------------
def f5_rtab():
    fil = "RTAB Internal control follow-up P1 2025.docx"
    namnd = "Rättviks Teknik AB"
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.footer.paragraphs[0].text = "Rättviks Teknik AB · Org.nr 556123-4567 · Board meeting 2025-05-15, item 7"
    d.add_heading("Rättviks Teknik AB", level=0)
    d.add_heading("Internal Control Plan 2025 – Follow-up report, period 1 (January–April)", level=1)
    d.add_paragraph(
        "The internal control plan for 2025 was adopted by the Board of Directors on 2024-12-05. "
        "In accordance with the owner directive from Rättviks kommun, the company reports the outcome of the "
        "plan to the municipality three times a year. This report covers the first four-month period. "
        "Status is given as Completed, Completed – deviation noted, In progress, Not started or Cancelled.")
    rows = [
        ("1", "Purchasing", "Invoices are approved in accordance with the delegation of authority",
         "Quarterly", "CFO", "Completed", "Sample of 25 invoices, no exceptions.", "GENOMFORD", "nej"),
        ("2", "Purchasing", "Framework agreements are used for purchases of pipes and fittings (contract compliance)",
         "Per period", "Purchasing officer", "Completed – deviation noted",
         "3 of 20 purchases were made outside the framework agreement. Staff have been informed.", "GENOMFORD", "ja"),
        ("3", "Water and sewage", "Drinking water samples are taken according to the control programme",
         "Monthly", "Water production manager", "Completed",
         "All 48 scheduled samples taken. One sample in Boda exceeded the guideline value for coliform bacteria; "
         "a boil-water notice was issued 2025-03-04 and lifted 2025-03-11.", "GENOMFORD", "ja"),
        ("4", "Water and sewage", "Meter readings and billing of water consumption are reconciled",
         "Per period", "Customer service manager", "In progress",
         "Reconciliation of the Q1 billing run has started and will be completed in June.", "DELVIS", ""),
        ("5", "Waste management", "Weighing data at Ovanmyra recycling centre are reconciled with invoiced volumes",
         "Per period", "Waste manager", "Not started",
         "Postponed to period 2 because of the new weighing system.", "EJ_GENOMFORD", ""),
        ("6", "IT", "User access to the SCADA system is reviewed",
         "Twice a year", "IT coordinator", "Completed",
         "Review performed 2025-03-20. Two accounts belonging to former consultants were removed.", "GENOMFORD", "ja"),
        ("7", "HR", "Working hours for on-call staff comply with the Working Hours Act",
         "Annually", "HR partner", "", "To be reported in the annual follow-up.", "SAKNAS", ""),
        ("8", "Fleet", "Vehicle logbooks are kept for all company cars",
         "Annually", "Fleet manager", "Cancelled",
         "Removed from the plan by Board decision 2025-02-12; replaced by the GPS fleet system.", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Process", "Control activity", "Frequency", "Owner", "Status", "Comments"]):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for (no, proc, act, freq, owner, status, com, exs, exa) in rows:
        cells = t.add_row().cells
        for i, v in enumerate([no, proc, act, freq, owner, status, com]):
            cells[i].text = v
        exp(fil, namnd, act, exs, exa)
    # merge the Process column where consecutive rows share the same process
    i = 1
    while i < len(t.rows):
        j = i
        while j + 1 < len(t.rows) and rows[j][1] == rows[i - 1][1]:
            j += 1
        if j > i:
            top = t.cell(i, 1)
            merged = top.merge(t.cell(j, 1))
            merged.text = rows[i - 1][1]
        i = j + 1
    d.add_paragraph()
    d.add_paragraph("Rättvik, 15 May 2025")
    d.add_paragraph("Lars Ersson\nChief Executive Officer")
    fix_props_docx(d, "Internal control follow-up P1 2025", "Lars Ersson")
    d.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# F6  Hypergene-style CSV export, two nämnder, T1/T2/T3 columns side by side.
# ---------------------------------------------------------------------------
def f6_export():
    fil = "Hypergene_export_internkontroll_20250506.csv"
    bmn = "Bygg- och miljönämnden"
    ofn = "Överförmyndarnämnden"
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Rapport: Internkontroll – uppföljning kontrollmoment"])
    w.writerow(["Utskriven: 2025-05-06 09:14 av ulrika.hed"])
    w.writerow(["Urval: Rättviks kommun > Bygg- och miljönämnden, Överförmyndarnämnden; År: 2025"])
    w.writerow([])
    w.writerow(["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
                "Status T1", "Kommentar T1", "Status T2", "Kommentar T2", "Status T3", "Kommentar T3"])
    rows = [
        (bmn, "Bygglov", "Handläggningstid för bygglov inom 10 veckor från komplett ansökan",
         "Enhetschef bygg", "Tertial", "Klar", "42 beslut under perioden, samtliga inom lagstadgad tid.",
         "GENOMFORD", "nej"),
        (bmn, "Livsmedelskontroll", "Tillsyn enligt fastställd kontrollplan för livsmedel",
         "Enhetschef miljö", "Tertial", "Pågående", "35 % av årets planerade kontroller utförda.",
         "DELVIS", ""),
        (bmn, "Avgifter", "Debitering av timavgift vid tillsyn enligt miljöbalken",
         "Enhetschef miljö", "Tertial", "Klar med avvikelse",
         "4 av 20 granskade ärenden saknade debiterad handläggningstid.\nRutin för tidrapportering ses över.",
         "GENOMFORD", "ja"),
        (bmn, "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Varje sammanträde", "Klar", "Samtliga beslut anmälda.", "GENOMFORD", "nej"),
        (bmn, "Strandskydd", "Beslut om strandskyddsdispens skickas till Länsstyrelsen inom tre veckor",
         "Enhetschef bygg", "Halvår", "Ej bedömd", "", "SAKNAS", ""),
        (bmn, "Tillsyn", "Kontroll av att OVK-protokoll inkommer för fastigheter med anmärkning",
         "Byggnadsinspektör", "Årligen", "Ej startad", "Planeras till hösten.", "EJ_GENOMFORD", ""),
        (ofn, "Redovisning", "Årsräkningar inkommer senast 1 mars",
         "Handläggare överförmyndare", "Årligen", "Klar",
         "312 av 318 årsräkningar inkom i tid. Påminnelse med vite skickad till övriga.", "GENOMFORD", "ja"),
        (ofn, "Förordnande", "Ställföreträdare har lämnat utdrag ur belastningsregistret innan förordnande",
         "Handläggare överförmyndare", "Tertial", "Klar", "Samtliga 9 nya förordnanden kontrollerade.",
         "GENOMFORD", "nej"),
        (ofn, "Arvoden", "Arvoden till ställföreträdare beräknas enligt riktlinje",
         "Handläggare överförmyndare", "Tertial", "Pågående", "Stickprov av 15 arvodesbeslut pågår.",
         "DELVIS", ""),
        (ofn, "Spärrade konton", "Uttag från spärrade konton godkänns av överförmyndaren",
         "Handläggare överförmyndare", "Halvår", "Ej bedömd", "", "SAKNAS", ""),
    ]
    for (org, proc, km, ansv, frek, st, kom, exs, exa) in rows:
        w.writerow([org, proc, km, ansv, frek, st, kom, "", "", "", ""])
        exp(fil, org, km, exs, exa)
    w.writerow([])
    w.writerow(["Antal kontrollmoment: 10"])
    with open(p(fil), "w", encoding="cp1252", newline="") as fh:
        fh.write(buf.getvalue())
    FILES.append((fil, "INLAST", bmn, "2025", "T1"))
    FILES.append((fil, "INLAST", ofn, "2025", "T1"))


# ---------------------------------------------------------------------------
# F7  Samhällsbyggnadsnämnden – .xls (xlwt) with traffic-light fills and legend
# ---------------------------------------------------------------------------
def f7_sbn():
    fil = "SBF IK-uppföljning T1.xls"
    namnd = "Samhällsbyggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Tertial 1")

    def style(bold=False, fill=None, wrap=True, size=200, italic=False, border=True):
        s = xlwt.XFStyle()
        f = xlwt.Font()
        f.bold = bold
        f.italic = italic
        f.height = size
        s.font = f
        a = xlwt.Alignment()
        a.wrap = 1 if wrap else 0
        a.vert = xlwt.Alignment.VERT_TOP
        s.alignment = a
        if border:
            b = xlwt.Borders()
            b.left = b.right = b.top = b.bottom = xlwt.Borders.THIN
            s.borders = b
        if fill:
            pt = xlwt.Pattern()
            pt.pattern = xlwt.Pattern.SOLID_PATTERN
            pt.pattern_fore_colour = xlwt.Style.colour_map[fill]
            s.pattern = pt
        return s

    plain = style(border=False, wrap=False)
    ws.write(0, 0, "Samhällsbyggnadsförvaltningen", style(bold=True, size=280, border=False, wrap=False))
    ws.write(1, 0, "Uppföljning internkontrollplan 2025", style(bold=True, size=240, border=False, wrap=False))
    ws.write(2, 0, "Period: januari – april", plain)
    # legend top right
    ws.write(0, 5, "Teckenförklaring status", style(bold=True, border=False, wrap=False))
    legend = [("bright_green", "Genomförd"), ("yellow", "Delvis genomförd / pågår"),
              ("red", "Ej genomförd"), ("gray25", "Utgår")]
    for i, (col, txt) in enumerate(legend):
        ws.write(1 + i, 4, "", style(fill=col))
        ws.write(1 + i, 5, txt, plain)
    hdr = ["Verksamhet", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Iakttagelser / åtgärder"]
    r0 = 6
    for i, h in enumerate(hdr):
        ws.write(r0, i, h, style(bold=True, fill="light_turquoise"))
    rows = [
        ("Gata/park", "Vinterväghållning utförs enligt entreprenadavtal",
         "Stickprov 12 utryckningar mot GPS-logg", "Gatuchef", "bright_green",
         "Avtalet följs, utryckningar inom avtalad tid.", "GENOMFORD", "nej"),
        ("Gata/park", "Besiktning av lekplatser enligt SS-EN 1176",
         "Besiktningsprotokoll", "Parkingenjör", "gray25",
         "Besiktning görs av extern part från 2025 och ingår i entreprenaden. Utgår ur planen.", "UTGAR", ""),
        ("Fastighet", "Lagstadgade besiktningar (hiss, OVK, brandlarm) är utförda i kommunens fastigheter",
         "Genomgång av besiktningsregister", "Fastighetschef", "yellow",
         "Hiss och brandlarm klart. OVK återstår för 6 objekt.", "DELVIS", ""),
        ("Fastighet", "Hyresavtal för externa hyresgäster är indexuppräknade",
         "Samtliga avtal", "Fastighetschef", "red",
         "Ej genomförd, resurser saknas. Genomförs under tertial 2.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Energiuppföljning per fastighet mot energiplan",
         "Månadsvis uppföljning i Vitec Energy", "Energisamordnare", None,
         "Se bilaga 2.", "OKLAR", ""),
        ("Mark och exploatering", "Markupplåtelser och arrendeavtal debiteras enligt avtal",
         "Genomgång av arrenderegister mot fakturering", "Mark- och exploateringsingenjör", "bright_green",
         "Två arrenden var inte fakturerade för 2024. Fakturerade i mars.", "GENOMFORD", "ja"),
        ("Mark och exploatering", "Attest av fakturor i investeringsprojekt mot projektbudget",
         "Stickprov 20 fakturor", "Projektledare", "yellow",
         "12 av 20 fakturor granskade, inga avvikelser hittills.", "DELVIS", "nej"),
    ]
    for i, (verk, km, metod, ansv, fill, kom, exs, exa) in enumerate(rows):
        r = r0 + 1 + i
        ws.write(r, 0, verk, style())
        ws.write(r, 1, km, style())
        ws.write(r, 2, metod, style())
        ws.write(r, 3, ansv, style())
        ws.write(r, 4, "", style(fill=fill))
        ws.write(r, 5, kom, style())
        exp(fil, namnd, km, exs, exa)
    r = r0 + len(rows) + 3
    ws.write(r, 0, "Godkänd av förvaltningschef Mikael Dahl 2025-05-09", style(italic=True, border=False, wrap=False))
    for i, w in enumerate([20, 45, 32, 22, 10, 50]):
        ws.col(i).width = w * 256
    # xlwt setter cannot take non-ASCII text; set the private attribute as str
    ws._Worksheet__header_str = "&CSamhällsbyggnadsförvaltningen"
    ws._Worksheet__footer_str = "&LRättviks kommun&RSida &P"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# R   A photo of the signed page, saved as .docx  -> AVVISAD
# ---------------------------------------------------------------------------
def r_picture():
    fil = "Signerad sida uppföljning IK T1.docx"
    img = Image.new("RGB", (1240, 1754), (246, 244, 238))
    dr = ImageDraw.Draw(img)
    font = ImageFont.load_default()
    y = 120
    for line in ["RÄTTVIKS KOMMUN", "", "Uppföljning intern kontroll tertial 1 2025",
                 "", "Justerare: ______________________", "", "Ordförande: ______________________"]:
        dr.text((140, y), line, fill=(30, 30, 30), font=font)
        y += 40
    dr.line((150, y + 60, 600, y + 40), fill=(20, 20, 120), width=3)
    dr.line((600, y + 40, 700, y + 80), fill=(20, 20, 120), width=3)
    img.save(p(fil), format="JPEG", quality=80)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
    ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Bygg- och miljönämnden", "BMN|Bygg och miljö|Miljö- och byggnämnden"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Rättviks Teknik AB", "RTAB|Rättvik Teknik|Rättviks Teknik"),
    ("Rättvikshus AB", "Rättvikshus|RHAB"),
]


def write_csv(name, header, rows):
    with open(p(name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    f1_ks()
    f2_bun()
    f3_kfn()
    f4_sn()
    f5_rtab()
    f6_export()
    f7_sbn()
    r_picture()
    for f, *_ in FILES:
        if f.endswith((".xlsx", ".docx")) and os.path.exists(p(f)) and f != "Signerad sida uppföljning IK T1.docx":
            normalize_zip(p(f))
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
