#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r485 - Ödeshög kommun, T1 2025 (jan-apr): templates reused and half-filled.

Run: /usr/bin/python3 make_round.py   (from any directory; writes next to this script)
Builds 7 follow-up files + 1 file to reject, and namnder.csv, files.csv, expected.csv.
"""
import csv
import datetime as dt
import glob
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round485"
FIXED = dt.datetime(2025, 5, 14, 9, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt):
    """Convert src (in OUT) to fmt in OUT with LibreOffice; return new path."""
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(src)[0]
    ext = fmt.split(":")[0]
    out = base + "." + ext
    if not os.path.exists(out):
        raise RuntimeError("conversion failed: " + src)
    return out


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fix_props(wb):
    wb.properties.creator = "Ödeshögs kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Ödeshögs kommun"


# ---------------------------------------------------------------------------
# F1  BUN - last year's template reused (title 2024, period columns 2025),
#     hidden column with last year's status.
# ---------------------------------------------------------------------------
def f1_bun():
    fil = "Internkontroll BUN 2025 T1.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK-plan 2024"
    ws["A1"] = "Internkontrollplan 2024"
    ws["A1"].font = Font(bold=True, size=16)
    ws.merge_cells("A1:M1")
    ws["A2"] = "Barn- och utbildningsnämnden, Ödeshögs kommun"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:M2")
    ws["A3"] = "Antagen av barn- och utbildningsnämnden 2023-11-28, § 87"
    ws.merge_cells("A3:M3")
    ws["A4"] = ("Instruktion: välj status i listan (Genomförd / Delvis genomförd / Ej genomförd / Utgår). "
                "Ange datum för genomförd kontroll och eventuella avvikelser i kommentarsfältet.")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:M4")

    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens", "Metod",
           "Status helår 2024", "Status T1 2025", "Kommentar T1 2025",
           "Status T2 2025", "Kommentar T2 2025", "Status helår 2025"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.alignment = WRAP
        cell.border = BORDER

    # nr, process, risk, kontrollmoment, ansvarig, frekvens, metod, st2024, stT1, komT1, expected status, avv
    rows = [
        (1, "Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Tertial", "Stickprov 20 fakturor per tertial",
         "Genomförd", "Genomförd",
         "Genomfört 2025-03-14. 20 fakturor granskade, 1 faktura saknade andra attest – åtgärdat.",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Förtroendeskada", "Kontroll att representation och förtroendekänsliga poster följer kommunens riktlinjer",
         "Controller", "Tertial", "Genomgång av konto 7xxx (representation)",
         "Delvis genomförd", "Genomförd", "Genomfört 2025-04-08. Inga avvikelser.",
         "GENOMFORD", "nej"),
        (3, "Personal", "Olämplig person anställs", "Registerkontroll (belastningsregister) görs vid nyanställning i förskola och skola",
         "HR-specialist", "Tertial", "Stickprov i HR-systemet",
         "Genomförd", "Delvis genomförd",
         "12 av 25 nyanställningar kontrollerade, samtliga hade uppvisat utdrag. Resterande kontrolleras i maj.",
         "DELVIS", "nej"),
        (4, "Elevhälsa", "Kränkningar utreds inte", "Anmälan om kränkande behandling hanteras och utreds inom fastställd tid",
         "Rektor", "Tertial", "Sammanställning ur DF Respons",
         "Genomförd", "Ej genomförd",
         "Sammanställning ej klar p.g.a. byte av ärendesystem. Skjuts till T2.",
         "EJ_GENOMFORD", ""),
        (5, "Skolplikt", "Elever fullgör inte skolplikten", "Uppföljning av elevers frånvaro och skolpliktsbevakning",
         "Elevhälsochef", "Tertial", "Frånvarorapport per skola",
         "Genomförd", None, None, "SAKNAS", ""),
        (6, "Upphandling", "Inköp utanför avtal", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Controller", "Helår", "Leverantörsanalys i Raindance",
         "Delvis genomförd", None, None, "SAKNAS", ""),
        (7, "Informationssäkerhet", "Obehörig åtkomst till elevuppgifter",
         "Behörigheter i elevdokumentationssystemet gås igenom och avslutas för personal som slutat",
         "IT-samordnare", "Tertial", "Behörighetslista mot personalförteckning",
         "Ej genomförd", None,
         "Genomgång gjord 2025-02-20. 6 konton för personal som slutat var fortfarande aktiva och har avslutats.",
         "GENOMFORD", "ja"),
        (8, "Skolskjuts", "Felaktiga beslut", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Skolskjutshandläggare", "Tertial", "Stickprov 10 beslut",
         "Genomförd", "Utgår",
         "Utgår 2025 – ansvaret för skolskjuts har flyttats till samhällsbyggnadsförvaltningen.",
         "UTGAR", ""),
        (9, "Barn i behov av särskilt stöd", "Stöd ges inte", "Åtgärdsprogram upprättas och följs upp enligt skollagen",
         "Rektor", "Tertial", "Stickprov 10 elever per skola",
         "Genomförd", "Genomförd",
         "Stickprov 10 elever. 3 åtgärdsprogram saknade dokumenterad uppföljning, rektorerna har informerats 2025-04-25.",
         "GENOMFORD", "ja"),
        (10, "Förskola", "Felaktig debitering", "Kontroll av debiterade barnomsorgsavgifter mot inkomstuppgifter",
         "Administratör", "Tertial", "Stickprov 15 hushåll",
         "Genomförd", "Delvis genomförd", None, "DELVIS", ""),
    ]
    r = 7
    for row in rows:
        vals = list(row[:10])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        for c in (11, 12, 13):
            ws.cell(row=r, column=c).border = BORDER
        exp(fil, N, row[3], row[10], row[11])
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Karin Holm, kvalitetsstrateg, 2025-05-06")
    widths = {"A": 5, "B": 18, "C": 22, "D": 45, "E": 16, "F": 10, "G": 26, "H": 14,
              "I": 16, "J": 48, "K": 14, "L": 30, "M": 14}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.column_dimensions["H"].hidden = True   # last year's status
    ws.freeze_panes = "E7"
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# F2  SN - generic file name, nämnd only in the print header (&C).
# ---------------------------------------------------------------------------
def f2_sn():
    fil = "IK-uppföljning T1.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning intern kontroll – tertial 1 (januari–april) 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Genomförd: Ja / Nej / Delvis. Kommentera alltid resultatet och ange datum."
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:F2")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Genomförd (Ja/Nej/Delvis)", "Resultat / kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = WRAP
        cell.border = BORDER
    groups = [
        ("Ekonomiskt bistånd", [
            ("Utbetalning av ekonomiskt bistånd sker till rätt mottagare och med rätt belopp",
             "Stickprov 15 akter", "Tertial", "Enhetschef IFO vuxen", "Ja",
             "Genomfört 2025-04-10. 15 akter granskade, inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
            ("Kontroll mot Försäkringskassan och Arbetsförmedlingen (SSBTEK) görs vid nybesök",
             "Stickprov 15 akter", "Tertial", "Enhetschef IFO vuxen", "Ja",
             "2 av 15 akter saknade dokumenterad SSBTEK-kontroll. Påminnelse till handläggarna 2025-04-15.",
             "GENOMFORD", "ja"),
        ]),
        ("Äldreomsorg", [
            ("Genomförandeplaner upprättas inom 14 dagar från beslut",
             "Genomgång i Lifecare", "Tertial", "Enhetschefer hemtjänst/SÄBO", "Delvis",
             "Kontroll gjord i hemtjänsten. Särskilt boende återstår.", "DELVIS", ""),
            ("Avvikelser enligt SoL och HSL (lex Sarah) rapporteras, utreds och åtgärdas",
             "Avvikelserapport", "Tertial", "MAS / kvalitetsutvecklare", "Ja",
             "Genomfört 2025-04-28. Inga lex Sarah-rapporter under perioden; övriga avvikelser hanterade inom rutinens tidsram.",
             "GENOMFORD", "nej"),
            ("Läkemedelshantering: signeringslistor kontrolleras på särskilda boenden",
             "Stickprov signeringslistor", "Tertial", "MAS", "Nej",
             "Ej genomförd p.g.a. vakant MAS-tjänst. Planeras till juni.", "EJ_GENOMFORD", ""),
        ]),
        ("Individ- och familjeomsorg", [
            ("Förhandsbedömning av orosanmälningar görs inom 14 dagar",
             "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef IFO barn och unga", "Ja",
             "28 av 31 förhandsbedömningar klara inom 14 dagar. 3 överskridanden (sjukfrånvaro).", "GENOMFORD", "ja"),
            ("Fakturor för placeringar (HVB, familjehem) stäms av mot beslut",
             "Avstämning faktura mot beslut", "Tertial", "Ekonom / enhetschef", None, None, "SAKNAS", ""),
        ]),
        ("Gemensamt", [
            ("Loggkontroll i verksamhetssystemet",
             "Slumpvis uttag av loggar", "Tertial", "Systemförvaltare", None, "Se bilaga 2.", "OKLAR", ""),
            ("Delegationsbeslut anmäls till nämnden",
             "Jämförelse beslutslista/protokoll", "Tertial", "Nämndsekreterare", "Ja",
             "Genomfört 2025-03-25.", "GENOMFORD", ""),
        ]),
    ]
    r = 5
    for gname, items in groups:
        cell = ws.cell(row=r, column=1, value=gname)
        cell.font = Font(bold=True, color="FFFFFF")
        for c in range(1, 7):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="7F7F7F")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for it in items:
            for c, v in enumerate(it[:6], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, N, it[0], it[6], it[7])
            r += 1
    ws.cell(row=r + 1, column=1, value="Upprättad av: Maria Lund, kvalitetsutvecklare, 2025-05-06")
    ws.cell(row=r + 2, column=1, value="Bilaga 2: Loggkontroll Lifecare (separat fil, sekretess)")
    for k, w in {"A": 50, "B": 26, "C": 10, "D": 24, "E": 14, "F": 55}.items():
        ws.column_dimensions[k].width = w
    # nämnd only here:
    ws.oddHeader.left.text = "Ödeshögs kommun"
    ws.oddHeader.center.text = "Socialnämnden"
    ws.oddHeader.center.font = "Calibri,Bold"
    ws.oddHeader.center.size = 14
    ws.oddHeader.right.text = "Sida &P av &N"
    ws.oddFooter.left.text = "&F"
    ws.oddFooter.right.text = "Utskrivet &D"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:4"
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# F3  KS - Frekvens column; Helår controls have no T1 value. Code legend. .xls
# ---------------------------------------------------------------------------
def f3_ks():
    fil = "KS uppföljning internkontroll 2025 T1.xls"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Aktuell rapportering: tertial 1 (januari–april)"
    ws.merge_cells("A2:G2")
    ws["I1"] = "Teckenförklaring"
    ws["I1"].font = BOLD
    legend = ["G = Genomförd utan anmärkning", "A = Genomförd med avvikelse",
              "D = Delvis genomförd / pågår", "E = Ej genomförd", "U = Utgår"]
    for i, t in enumerate(legend):
        ws.cell(row=2 + i, column=9, value=t)
    # two header rows
    top = 8
    ws.cell(row=top, column=1, value="Id")
    ws.cell(row=top, column=2, value="Process")
    ws.cell(row=top, column=3, value="Kontrollmoment")
    ws.cell(row=top, column=4, value="Frekvens")
    ws.cell(row=top, column=5, value="Ansvarig")
    for c in range(1, 6):
        ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    for col, label in ((6, "Tertial 1"), (8, "Tertial 2"), (10, "Helår")):
        ws.cell(row=top, column=col, value=label)
        ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + 1)
        ws.cell(row=top + 1, column=col, value="Status")
        ws.cell(row=top + 1, column=col + 1, value="Kommentar")
    for rr in (top, top + 1):
        for c in range(1, 12):
            cell = ws.cell(row=rr, column=c)
            cell.font = BOLD
            cell.fill = PatternFill("solid", fgColor="FCE4D6")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    rows = [
        ("KS-01", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Tertial", "Ekonomichef",
         "G", "Stickprov 25 fakturor 2025-04-03, utan anmärkning.", "GENOMFORD", "nej"),
        ("KS-02", "Ekonomi", "Kontroll av manuella verifikationer i huvudboken", "Månadsvis", "Redovisningsekonom",
         "A", "Jan–apr kontrollerade. 2 verifikationer i februari saknade underlag, kompletterade.", "GENOMFORD", "ja"),
        ("KS-03", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut", "Månadsvis", "Redovisningsekonom",
         "D", "Januari och februari avstämda. Mars och april ej klara p.g.a. bokslutsarbetet 2024.", "DELVIS", ""),
        ("KS-04", "Lön", "Kontroll av löneutbetalning mot anställningsavtal för nyanställda", "Tertial", "HR-chef",
         "G", "Genomfört 2025-03-14. 18 nyanställningar kontrollerade, inga fel.", "GENOMFORD", "nej"),
        ("KS-05", "Upphandling", "Avtalstrohet – inköp sker från upphandlade leverantörer", "Helår", "Upphandlare",
         None, None, "SAKNAS", ""),
        ("KS-06", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras", "Helår", "Upphandlare",
         None, None, "SAKNAS", ""),
        ("KS-07", "Informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet (Raindance)", "Två gånger per år",
         "Systemförvaltare", "E", "Skjuts till maj, systemförvaltaren föräldraledig.", "EJ_GENOMFORD", ""),
        ("KS-08", "Dokumenthantering", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar", "Tertial",
         "Registrator", "A", "Stickprov vecka 10: 41 av 44 handlingar diarieförda inom tre dagar.", "GENOMFORD", "ja"),
        ("KS-09", "Styrning", "Uppföljning av att kommunstyrelsens beslut verkställs", "Helår", "Kanslichef",
         None, None, "SAKNAS", ""),
        ("KS-10", "Bokslut", "Inventering av anläggningsregister (inventarier)", "Helår", "Redovisningsekonom",
         "G", "Genomförd 2025-02-28 i samband med bokslut 2024. Inga avvikelser.", "GENOMFORD", "nej"),
        ("KS-11", "Säkerhet", "Kontroll att krisledningsplanen är uppdaterad", "Helår", "Säkerhetssamordnare",
         None, None, "SAKNAS", ""),
        ("KS-12", "Arbetsmiljö", "Skyddsronder genomförs enligt plan", "Tertial", "HR-chef",
         "U", "Utgår – ingår i kommunens SAM-uppföljning enligt KS 2025-02-04 § 21.", "UTGAR", ""),
    ]
    r = top + 2
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        for c in range(8, 12):
            ws.cell(row=r, column=c).border = BORDER
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Antal kontrollmoment: 12")
    for k, w in {"A": 7, "B": 18, "C": 46, "D": 14, "E": 18, "F": 8, "G": 44,
                 "H": 8, "I": 30, "J": 8, "K": 30}.items():
        ws.column_dimensions[k].width = w
    fix_props(wb)
    tmp = os.path.join(OUT, "_tmp_ks.xlsx")
    wb.save(tmp)
    out = soffice_convert(tmp, "xls")
    os.remove(tmp)
    shutil.move(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# F4  SBN - Word, two tables, "Ej aktuellt denna period".
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text or "")
    run.bold = bold
    run.font.size = Pt(size)


def f4_sbn():
    fil = "Samhällsbyggnadsnämnden uppföljning intern kontroll T1 2025.docx"
    N = "Samhällsbyggnadsnämnden"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "ÖDESHÖGS KOMMUN\tTjänsteskrivelse\t2025-05-12"
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    d.add_paragraph("Samhällsbyggnadsnämnden").runs[0].bold = True
    d.add_paragraph(
        "Samhällsbyggnadsnämnden antog internkontrollplan för 2025 den 11 december 2024, § 112. "
        "Nedan redovisas utfallet för tertial 1 (januari–april). Kontroller som enligt planen genomförs "
        "senare under året är markerade. Avvikelser och åtgärder kommenteras i tabellen.")
    tables = [
        ("Process: Fastighet, gata och VA", [
            ("Egenkontroll av lekplatser enligt SS-EN 1176", "Besiktning av samtliga lekplatser", "Vår och höst",
             "Genomförd", "Vårbesiktning 2025-04-23. Två gungor vid Munkagårdsskolan byttes ut efter anmärkning.",
             "GENOMFORD", "ja"),
            ("Kontroll av varmvattentemperatur (legionella) i kommunens fastigheter", "Mätning i tappställen",
             "Tertial", "Delvis", "Mätning gjord i 9 av 14 fastigheter, inga värden under 50 °C hittills.",
             "DELVIS", "nej"),
            ("Vinterväghållning: entreprenörens utryckningar kontrolleras mot faktura", "Stickprov 10 utryckningar",
             "Januari–mars", "Genomförd", "Genomfört 2025-03-14. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Obligatorisk ventilationskontroll (OVK) genomförs enligt plan", "Jämförelse mot OVK-register",
             "Helår", "Ej aktuellt denna period", "", "UTGAR", ""),
            ("Underhållsplan för VA-ledningsnätet följs", "Uppföljning av utförda åtgärder", "Helår",
             "Ej aktuellt denna period", "Redovisas vid helårsuppföljningen.", "UTGAR", ""),
        ]),
        ("Process: Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor", "Tertial",
             "Genomförd", "", "GENOMFORD", ""),
            ("Debitering av arrenden och tomträttsavgälder sker enligt avtal", "Avstämning avtal mot fakturering",
             "Tertial", "Ej genomförd",
             "Arrendeavtalen ses över inför nytt ekonomisystem. Kontrollen flyttas till tertial 2.",
             "EJ_GENOMFORD", ""),
            ("Delegationsbeslut anmäls till nämnden", "Jämförelse delegationslista/protokoll", "Tertial",
             "Genomförd med anmärkning", "Tre beslut om parkeringstillstånd anmäldes en månad för sent.",
             "GENOMFORD", "ja"),
            ("Synpunkter och felanmälningar diarieförs och besvaras inom tio arbetsdagar",
             "Stickprov i e-tjänsten", "Tertial", "", "", "SAKNAS", ""),
        ]),
    ]
    for title, rows in tables:
        d.add_paragraph()
        h = d.add_paragraph()
        h.add_run(title).bold = True
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, hh in enumerate(["Kontrollmoment", "Kontrollmetod", "Tidpunkt enligt plan",
                                "Utfall T1", "Kommentar"]):
            set_cell(t.rows[0].cells[i], hh, bold=True)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row[:5]):
                set_cell(cells[i], v)
            exp(fil, N, row[0], row[5], row[6])
    d.add_paragraph()
    d.add_paragraph("Ödeshög 2025-05-12")
    d.add_paragraph("Per Ek\nFörvaltningschef, samhällsbyggnadsförvaltningen")
    cp = d.core_properties
    cp.author = "Per Ek"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Per Ek"
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# F5  KFN - CSV export, status as percent 0/50/100.
# ---------------------------------------------------------------------------
def f5_kfn():
    fil = "Stratsys_export_KFN_2025-05-08.csv"
    N = "Kultur- och fritidsnämnden"
    org = "Kultur- och fritidsnämnden"
    hdr = ["Organisation", "Id", "Kontrollmoment", "Ansvarig", "Frekvens", "Period",
           "Status (%)", "Kommentar", "Senast ändrad"]
    rows = [
        ("IK-KF-1", "Dagskassor vid simhallen stäms av mot kassasystemet", "Badmästare", "Månadsvis",
         "100", "Genomfört 2025-03-14, kassadifferens 0 kr.", "2025-03-14", "GENOMFORD", "nej"),
        ("IK-KF-2", "Föreningsbidrag betalas ut enligt beslutade riktlinjer", "Fritidskonsulent", "Tertial",
         "100", "Stickprov 8 ansökningar. 1 bidrag utbetalt utan komplett årsredovisning; återkrav skickat 2025-04-02.",
         "2025-04-02", "GENOMFORD", "ja"),
        ("IK-KF-3", "Bokningar av lokaler och anläggningar faktureras", "Bokningsansvarig", "Tertial",
         "50", "Januari–februari kontrollerade utan fel; mars–april återstår.", "2025-04-29", "DELVIS", "nej"),
        ("IK-KF-4", "Bibliotekets mediainköp sker från avtalad leverantör", "Bibliotekschef", "Tertial",
         "0", "Ej påbörjad.", "2025-04-30", "EJ_GENOMFORD", ""),
        ("IK-KF-5", "Kvittens av nycklar och passerkort till fritidsgården", "Fritidsgårdsföreståndare", "Tertial",
         "0", "Utgår enligt beslut KFN 2025-02-18 § 9 (fritidsgården överförd till BUN).", "2025-02-19",
         "UTGAR", ""),
        ("IK-KF-6", "Representation och förtroendekänsliga poster följer riktlinjerna", "Förvaltningschef",
         "Tertial", "", "", "", "SAKNAS", ""),
        ("IK-KF-7", "Säkerhetsrutiner vid evenemang (brandskydd, utrymning)", "Evenemangssamordnare", "Tertial",
         "50", "Rutinen uppdaterad i mars.\nUtbildning av personal sker i maj.", "2025-03-31", "DELVIS", ""),
        ("IK-KF-8", "Avgifter i kulturskolan debiteras enligt taxa", "Kulturskolechef", "Tertial",
         "100", "", "2025-04-15", "GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for row in rows:
            w.writerow([org, row[0], row[1], row[2], row[3], "2025 T1", row[4], row[5], row[6]])
            exp(fil, N, row[1], row[7], row[8])
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# F6  MBN - plan columns beside follow-up tick columns; struck-through row.
# ---------------------------------------------------------------------------
def f6_mbn():
    fil = "MBN_IK-plan_och_uppföljning_2025.xlsx"
    N = "Miljö- och byggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Miljö- och byggnadsnämnden – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:N1")
    ws["A2"] = "Riskvärde = sannolikhet (1–4) × konsekvens (1–4). Markera med x i uppföljningskolumnerna."
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:N2")
    # group header row 4, column header row 5
    ws["A4"] = "PLAN"
    ws.merge_cells("A4:H4")
    ws["I4"] = "Uppföljning tertial 1 (jan–apr)"
    ws.merge_cells("I4:M4")
    ws["N4"] = "Uppföljning delår (jan–aug)"
    ws.merge_cells("N4:O4")
    hdr = ["Process", "Kontrollmoment", "Risk", "S", "K", "Riskvärde", "Metod", "Ansvarig",
           "Genomförd", "Pågår", "Ej påbörjad", "Avvikelse", "Kommentar T1", "Status", "Kommentar delår"]
    fills = {4: "E2EFDA", 5: "E2EFDA"}
    for c in range(1, 16):
        for rr in (4, 5):
            cell = ws.cell(row=rr, column=c)
            cell.font = BOLD
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.fill = PatternFill("solid", fgColor="E2EFDA" if c <= 8 else "FFF2CC")
    for c, h in enumerate(hdr, 1):
        ws.cell(row=5, column=c, value=h)
    # process, km, risk, S, K, metod, ansvarig, G, P, E, Avv, kommentar, struck, status, avv
    rows = [
        ("Bygglov", "Handläggningstid för bygglov följer PBL (10 veckor)", "Vite/avgiftsreduktion", 3, 3,
         "Uttag ur ärendesystemet", "Bygglovschef", "x", None, None, "x",
         "2 av 38 ärenden överskred 10 veckor; avgiften reducerades enligt PBL.", False, "GENOMFORD", "ja"),
        ("Bygglov", "Bygglovsavgifter debiteras enligt gällande taxa", "Felaktig debitering", 2, 3,
         "Stickprov 10 ärenden", "Administratör", "x", None, None, None,
         "Kontroll 2025-04-11, inga avvikelser.", False, "GENOMFORD", "nej"),
        ("Bygglov", "Slutbesked utfärdas innan byggnad tas i bruk", "Olovlig användning", 2, 4,
         "Stickprov 10 ärenden", "Byggnadsinspektör", None, "x", None, None, None, False, "DELVIS", "nej"),
        ("Miljötillsyn", "Tillsynsplanen följs – planerade livsmedelsinspektioner genomförs",
         "Bristande tillsyn", 3, 3, "Uppföljning mot tillsynsplan", "Miljöchef", None, "x", None, None,
         "12 av 40 planerade inspektioner genomförda.", False, "DELVIS", "nej"),
        ("Miljötillsyn", "Timavgift för tillsyn debiteras i efterhand enligt taxa", "Intäktsbortfall", 2, 2,
         "Stickprov 10 debiteringar", "Administratör", None, None, "x", None,
         "Ny taxa från 2025-01-01, kontroll görs efter sommaren.", False, "EJ_GENOMFORD", ""),
        ("Miljötillsyn", "Förelägganden om enskilda avlopp följs upp inom angiven tid", "Miljöpåverkan", 3, 2,
         "Genomgång av förelägganden", "Miljöinspektör", None, None, None, None, None, True, "UTGAR", ""),
        ("Administration", "Handläggare lämnar jävsdeklaration årligen", "Jäv", 2, 4,
         "Kontroll mot personallista", "Förvaltningschef", "x", "x", None, None, None, False, "OKLAR", ""),
        ("Administration", "Delegationsbeslut anmäls till nämnden", "Beslut vinner inte laga kraft", 2, 3,
         "Jämförelse delegationslista/protokoll", "Nämndsekreterare", "x", None, None, None,
         "Genomfört 2025-02-26 och 2025-04-23.", False, "GENOMFORD", "nej"),
        ("Administration", "Diarieföring och arkivering sker enligt dokumenthanteringsplanen", "Handlingar försvinner",
         2, 2, "Stickprov 20 ärenden", "Registrator", None, None, None, None, None, False, "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        (proc, km, risk, s, k, metod, ansv, g, p, e, avv, kom, struck, st, av) = row
        vals = [proc, km, risk, s, k, None, metod, ansv, g, p, e, avv, kom, None, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (9, 10, 11, 12, 4, 5, 6):
                cell.alignment = Alignment(horizontal="center", vertical="top")
            if struck and c <= 8:
                cell.font = Font(strike=True, color="808080")
        ws.cell(row=r, column=6, value="=D%d*E%d" % (r, r))
        if struck:
            ws.cell(row=r, column=6).font = Font(strike=True, color="808080")
        exp(fil, N, km, st, av)
        r += 1
    ws.cell(row=r + 1, column=1, value="Nämndens bedömning av den interna kontrollen redovisas vid helår.")
    for kk, w in {"A": 15, "B": 44, "C": 22, "D": 4, "E": 4, "F": 9, "G": 26, "H": 18, "I": 10, "J": 8,
                  "K": 10, "L": 10, "M": 40, "N": 10, "O": 25}.items():
        ws.column_dimensions[kk].width = w
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# F7  Ödeshögs Bostäder AB - text only report, .odt
# ---------------------------------------------------------------------------
def f7_obab():
    fil = "ÖBAB rapport intern kontroll tertial 1 2025.odt"
    N = "Ödeshögs Bostäder AB"
    d = Document()
    d.add_heading("Ödeshögs Bostäder AB", level=1)
    d.add_paragraph("Rapport till styrelsen – intern kontroll, tertial 1 2025 (januari–april)")
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 vid sammanträdet 2024-12-17. "
        "Planen omfattar sex kontrollmoment. Nedan redovisas vad som gjorts under årets första tertial.")
    items = [
        ("Hyresreskontran stäms av mot huvudboken varje månad",
         ["Status: Genomförd.", "Avstämning har gjorts för januari–april utan differenser."], "GENOMFORD", "nej"),
        ("Kreditprövning av nya hyresgäster görs enligt uthyrningspolicyn",
         ["Status: Genomförd med avvikelse.",
          "Två av tolv nya kontrakt saknade dokumenterad kreditupplysning. Rutinen har förtydligats för uthyrarna."],
         "GENOMFORD", "ja"),
        ("Besiktning vid avflyttning dokumenteras och skador debiteras avflyttande hyresgäst",
         ["Status: Pågår.", "Genomgång av avflyttningar januari–mars är klar, april återstår."], "DELVIS", ""),
        ("Systematiskt brandskyddsarbete: kontroll av trapphus och gemensamma utrymmen",
         ["Status: Ej påbörjad.", "Kontrollen planeras till vecka 22."], "EJ_GENOMFORD", ""),
        ("Fakturor från ramavtalsentreprenörer kontrolleras mot avtalade à-priser",
         ["Kontroll genomfördes 2025-04-07 på 20 fakturor. Samtliga stämde mot avtalade priser."],
         "GENOMFORD", "nej"),
        ("Utlämning av nycklar och passerbrickor kvitteras",
         ["Status:"], "SAKNAS", ""),
    ]
    for i, (km, lines, st, av) in enumerate(items, 1):
        p = d.add_paragraph(style="List Number")
        p.add_run(km).bold = True
        for ln in lines:
            d.add_paragraph(ln)
        exp(fil, N, km, st, av)
    d.add_paragraph()
    d.add_paragraph("Ödeshög 2025-05-09")
    d.add_paragraph("Anna Sjöberg, VD")
    cp = d.core_properties
    cp.author = "Anna Sjöberg"
    cp.created = FIXED
    cp.modified = FIXED
    tmp = os.path.join(OUT, "_tmp_obab.docx")
    d.save(tmp)
    out = soffice_convert(tmp, "odt")
    os.remove(tmp)
    shutil.move(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# F8  reject: Excel lock file of the generic workbook
# ---------------------------------------------------------------------------
def f8_lock():
    fil = "~$IK-uppföljning T1.xlsx"
    user = "Maria Lund"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(165, b" ")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 5, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
        ("Socialnämnden", "SN|Socialförvaltningen|Soc"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnämnden|Miljö och bygg"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Krisledningsnämnden", "KLN"),
        ("Ödeshögs Bostäder AB", "ÖBAB|Ödeshögsbostäder|Bostadsbolaget"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    # clean previous outputs (keep script and README)
    keep = {"make_round.py", "README.md"}
    for p in glob.glob(os.path.join(OUT, "*")) + glob.glob(os.path.join(OUT, "~$*")):
        if os.path.basename(p) not in keep and os.path.isfile(p):
            os.remove(p)
    f1_bun()
    f2_sn()
    f3_ks()
    f4_sbn()
    f5_kfn()
    f6_mbn()
    f7_obab()
    f8_lock()
    for p in glob.glob(os.path.join(OUT, "*.xlsx")) + glob.glob(os.path.join(OUT, "*.docx")):
        if not os.path.basename(p).startswith("~$"):
            normalize_zip(p)
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
