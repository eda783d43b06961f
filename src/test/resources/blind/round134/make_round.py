#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 134 – Norrbäcks kommun, tertial 2 (per 31 augusti) 2026.
Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "OKLAR", "SAKNAS"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


def out(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Bildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO|Individ- och familjeomsorgen"),
    ("Omsorgsnämnden", "ON|Omsorgsförvaltningen|Vård och omsorg|Äldre- och handikappomsorgen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF|Samhällsbyggnad"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid|KoF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg|Miljö- och byggkontoret"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarkansliet"),
    ("Krisledningsnämnden", "KLN|Krisledning"),
]

# ---------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------
GREEN = PatternFill("solid", fgColor="FF00B050")
YELLOW = PatternFill("solid", fgColor="FFFFFF00")
RED = PatternFill("solid", fgColor="FFFF0000")
PURPLE = PatternFill("solid", fgColor="FFB1A0C7")
GREYHDR = PatternFill("solid", fgColor="FFD9D9D9")
LIGHTBLUE = PatternFill("solid", fgColor="FFDDEBF7")
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# File 1: BUN – traffic-light fills, T1/T2 columns
# ---------------------------------------------------------------------------
def file_bun():
    fil = "IK uppföljning T2 2026 BUN.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2026"
    ws["A1"] = "Norrbäcks kommun"
    ws["A1"].font = Font(italic=True, size=9)
    ws["A2"] = "Uppföljning av internkontrollplan 2026"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A3"] = "Nämnd:"
    ws["B3"] = "BUN"
    ws["A4"] = "Period:"
    ws["B4"] = "Tertial 2 (jan–aug)"
    ws["A3"].font = BOLD
    ws["A4"].font = BOLD

    # legend in an odd place: top right
    ws["I2"] = "Färgförklaring"
    ws["I2"].font = BOLD
    ws["I3"].fill = GREEN
    ws["J3"] = "Genomförd"
    ws["I4"].fill = YELLOW
    ws["J4"] = "Pågår / delvis genomförd"
    ws["I5"].fill = RED
    ws["J5"] = "Ej genomförd / ej påbörjad"

    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "T1", "T2", "Kommentar"]
    r = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = BOLD
        cell.fill = GREYHDR
        cell.border = BOX

    G, Y, R, P, N = GREEN, YELLOW, RED, PURPLE, None
    rows = [
        ("H", "Ekonomi"),
        (1, "Ekonomi", "Attest av leverantörsfakturor – stickprov 20 fakturor/tertial, rätt beslutsattestant enl. attestlista",
         "Controller", G, G,
         "20 st kontrollerade. 1 faktura attesterad av fel person (ersättare ej inlagd i attestlistan) – rättat",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Representation och interna möten – kontroll mot riktlinje (deltagarlista, syfte)",
         "Controller", Y, G, "Klart", "GENOMFORD", "nej"),
        (3, "Ekonomi", "Avtalstrohet vid inköp av läromedel", "Inköpssamordnare", R, Y,
         "Påbörjad, fakturor jan-jun genomgångna", "DELVIS", "nej"),
        ("B",),
        ("H", "Skola och förskola"),
        (4, "Skola", "Kränkande behandling – anmälan från rektor till huvudman inom 5 arbetsdagar", "Rektorer", G, G,
         "Stickprov 10 ärenden, 2 anmälningar kom in efter 8 resp. 12 dagar", "GENOMFORD", "ja"),
        (5, "Skola", "Frånvarorapportering – hög frånvaro signaleras till elevhälsoteamet", "Rektorer", Y, N,
         "Klar - alla enheter har rapporterat, inga avvikelser", "GENOMFORD", "nej"),
        (6, "Skola", "Skolskjuts – beslut fattas enligt riktlinje och delegation", "Skolskjutshandläggare", N, R,
         "Ej gjord, flyttas till T3", "EJ_GENOMFORD", "nej"),
        (7, "Förskola", "Placering i förskola inom 4 månader från ansökan", "Placeringsadministratör", G, P,
         "", "OKLAR", "nej"),
        ("B",),
        ("H", "Personal, IT och dataskydd"),
        (8, "IT", "Behörigheter i elevregistret avslutas när personal slutar", "IT-samordnare", N, N, "",
         "SAKNAS", "nej"),
        (9, "Personal", "Timanställdas tidrapporter stäms av mot schema före löneutbetalning", "HR-konsult", Y, Y,
         "pågår, klart i okt", "DELVIS", "nej"),
        (10, "Dataskydd", "Personuppgiftsincidenter rapporteras till dataskyddsombudet inom 72 timmar",
         "Förvaltningschef", G, G, "Inga incidenter under perioden", "GENOMFORD", "nej"),
    ]
    r = 8
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = LIGHTBLUE
        elif row[0] == "B":
            pass
        else:
            nr, proc, km, ansv, t1, t2, kom, st, avv = row
            vals = [nr, proc, km, ansv, None, None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            if t1 is not None:
                ws.cell(row=r, column=5).fill = t1
            if t2 is not None:
                ws.cell(row=r, column=6).fill = t2
            exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Maria Lindqvist, ekonom BUF 2026-09-08")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 55
    ws.column_dimensions["D"].width = 20
    ws.column_dimensions["E"].width = 6
    ws.column_dimensions["F"].width = 6
    ws.column_dimensions["G"].width = 50
    ws.column_dimensions["J"].width = 26

    ws2 = wb.create_sheet("Instruktion")
    ws2["A1"] = "Så här fyller du i"
    ws2["A1"].font = BOLD
    ws2["A2"] = "Färglägg cellen för respektive tertial enligt färgförklaringen. Skriv kort kommentar vid gul/röd."
    ws2["A3"] = "Skickas till ekonomi@norrback.se senast 10 september."
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2026", "T2"))
    return fil


# ---------------------------------------------------------------------------
# File 2: lock file of file 1 – must be rejected
# ---------------------------------------------------------------------------
def file_lock(bunfil):
    fil = "~$" + bunfil
    user = "Maria Lindqvist"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(165, b" ")
    with open(out(fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# File 3: Socialnämnden – status only in comment text
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN internkontroll T2-2026.xlsx"
    namnd = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2026"
    ws["A1"] = "Internkontrollplan 2026 – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning T2 (jan-aug)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Område", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Uppföljning / kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="FFFCE4D6")
        cell.border = BOX
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Utbetalningar av ekonomiskt bistånd stäms av mot beslut", "Stickprov 10 utbet./mån",
         "Månadsvis", "1:e socialsekreterare",
         "gjort jan-aug, 80 st granskade. 3 felaktiga (dubbelutbet. av hyra) - återkrav upprättat",
         "GENOMFORD", "ja"),
        ("Delegation", "Beslut fattas utan giltig delegation",
         "Delegationsbeslut anmäls till nämnden", "Genomgång av delegationslistor",
         "Varje sammanträde", "Nämndsekreterare",
         "ok, anmälts löpande på varje SN-möte", "GENOMFORD", "nej"),
        ("LSS", "Beslut verkställs inte i tid",
         "Ej verkställda LSS-beslut rapporteras till IVO kvartalsvis", "Kontroll av inrapportering",
         "Kvartal", "Enhetschef LSS",
         "Rapp. för Q1 o Q2 gjord enl plan, inga avvikelsr", "GENOMFORD", "nej"),
        ("Barn och unga", "Barn far illa pga sen handläggning",
         "Förhandsbedömning av orosanmälan inom 14 dagar", "Stickprov i verksamhetssystemet",
         "Tertial", "Enhetschef barn o unga",
         "påbörjat men inte klart, gått igenom ca hälften av anmälningarna hittills", "DELVIS", "nej"),
        None,
        ("Placeringar", "Placering utan avtal/felaktig kostnad",
         "Avtal finns för samtliga externa placeringar (HVB, familjehem)", "Avstämning placeringslista mot avtal",
         "2 ggr/år", "Controller",
         "Nä inte hunnit pga personalbrist. Tas T3", "EJ_GENOMFORD", "nej"),
        ("Avgifter", "Felaktiga avgifter",
         "Avgiftsbeslut för LSS-boende (hyra och matkostnad) är korrekta", "Stickprov 5 beslut",
         "Tertial", "Avgiftshandläggare",
         "utgår, avgiftshandl. flyttad till Omsorgsförv. fr.o.m 1/3 (SN beslut §23)", "UTGAR", "nej"),
        ("IT/dataskydd", "Obehörig åtkomst till personakter",
         "Loggkontroll i verksamhetssystemet – stickprov otillåten åtkomst", "Loggutdrag 10 användare",
         "Tertial", "Systemförvaltare",
         "se bilaga", "OKLAR", "nej"),
        ("Personal", "Sekretessbrott",
         "Sekretessförbindelse undertecknad vid nyanställning", "Genomgång personalakter nyanställda",
         "Tertial", "HR",
         "Klart. 2 st saknades, kompletterat nu", "GENOMFORD", "ja"),
        ("Ekonomi", "Förskingring",
         "Handkassor på boenden stäms av månadsvis", "Kassaavstämning med två personer",
         "Månadsvis", "Enhetschefer",
         "?", "OKLAR", "nej"),
        ("LSS", "Felaktig ersättning",
         "Habiliteringsersättning betalas ut enligt närvarolistor", "Stickprov närvarolistor",
         "Tertial", "Enhetschef daglig verksamhet",
         "", "SAKNAS", "nej"),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1
            continue
        vals = list(row[:7])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, namnd, row[2], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Bilaga: loggkontroll_T2.pdf (skickas separat)").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", (16, 26, 48, 28, 12, 22, 55)):
        ws.column_dimensions[col].width = w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2026", "T2"))


# ---------------------------------------------------------------------------
# File 4: Omsorgsnämnden – sheet copied from last year (.xls), old answers kept
# ---------------------------------------------------------------------------
def file_on(tmp):
    fil = "Kopia av IK Omsorg 2025.xls"
    namnd = "Omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"   # sheet name left from last year
    ws["A1"] = "Omsorgsnämnden – uppföljning internkontroll 2026, tertial 2"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "(mallen från 2025 – fyll i kolumnerna för 2026)"
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig",
           "Utfall helår 2025", "Kommentar 2025", "Status T2 2026", "Kommentar T2 2026"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = GREYHDR if c <= 7 else PatternFill("solid", fgColor="FFFFF2CC")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        (1, "Attest", "Attest av leverantörsfakturor inom hemtjänsten", "Stickprov 15 fakturor", "Controller",
         "Genomförd", "Inga avvikelser", "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
        (2, "Avgifter", "Avgiftsbeslut hemtjänst/SÄBO – inkomstuppgifter är aktuella", "Stickprov 20 beslut",
         "Avgiftshandläggare", "Delvis", "Hann 10 av 20", "Pågår", "halva beståndet kontrollerat",
         "DELVIS", "nej"),
        (3, "Läkemedel", "Narkotikaklassade läkemedel – inventering av läkemedelsförråd", "Inventering 2 ggr/år",
         "MAS", "Genomförd", "Inga differenser", "", "", "SAKNAS", "nej"),
        (4, "Kvalitet", "Lex Sarah-rapporter utreds och vid behov anmäls till IVO", "Genomgång av rapporter",
         "Kvalitetsutvecklare", "Ej genomförd", "Ej prioriterat", "",
         "Gjort. 4 rapporter, alla utredda inom tid", "GENOMFORD", "nej"),
        (5, "Bemanning", "Timanställdas tidrapporter attesteras av chef före lönekörning", "Rapport ur HR-systemet",
         "Enhetschefer", "Genomförd", "", "Genomf. m anm.", "2 av 15 enheter attesterade efter lönekörning",
         "GENOMFORD", "ja"),
        (6, "Verkställighet", "Beslut om särskilt boende verkställs inom 3 månader", "Uttag ur verksamhetssystemet",
         "Biståndschef", "Genomförd", "1 ej verkställt, rapporterat IVO", "ej påbörj.",
         "Inväntar ny rapport från systemleverantören", "EJ_GENOMFORD", "nej"),
        (7, "Inköp", "Avtalstrohet förbrukningsmaterial (handskar, inkontinensskydd)", "Fakturaanalys",
         "Inköpare", "Delvis", "", "Utgår", "ersatt av kommungemensam kontroll i KS plan",
         "UTGAR", "nej"),
        (8, "Dataskydd", "Behörigheter i journalsystemet tas bort vid avslutad anställning",
         "Jämförelse behörighetslista/avslutade", "Systemförvaltare", "Genomförd", "",
         "Delvis", "Sommarvikarier har kvar behörighet (12 st), borttag pågår", "DELVIS", "ja"),
        (9, "Brukarmedel", "Hantering av brukares privata medel på särskilt boende", "Kontroll av kassabok och kvitton",
         "Enhetschefer SÄBO", "Ej aktuell", "Ny rutin 2026", "Genomfört", "", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        vals = list(row[:9])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, namnd, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 9")
    ws.cell(row=r + 1, column=1, value="Godkänt av förvaltningschef Per Sjöberg 2026-09-09")
    for col, w in zip("ABCDEFGHI", (4, 14, 45, 26, 18, 14, 26, 14, 40)):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "on.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round134", "--headless",
                    "--convert-to", "xls", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "on.xls"), out(fil))
    FILES.append((fil, "INLAST", namnd, "2026", "T2"))


# ---------------------------------------------------------------------------
# File 5: KFN – ODS with tick marks per outcome, "delår per 31 augusti"
# ---------------------------------------------------------------------------
def file_kfn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P

    fil = "KFN delårsuppföljning IK 2026.ods"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    ital = Style(name="ital", family="table-cell")
    ital.addElement(TextProperties(fontstyle="italic", color="#7F7F7F"))
    doc.automaticstyles.addElement(ital)
    boxed = Style(name="boxed", family="table-cell")
    boxed.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
    doc.automaticstyles.addElement(boxed)
    widths = ["7cm", "3.5cm", "2.2cm", "2.2cm", "2.2cm", "2.2cm", "8cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="Uppföljning")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None, span_first=0):
        tr = TableRow()
        for i, v in enumerate(vals):
            if span_first and i > 0 and i < span_first:
                tr.addElement(CoveredTableCell())
                continue
            kw = {}
            if style is not None:
                kw["stylename"] = style
            if span_first and i == 0:
                kw["numbercolumnsspanned"] = span_first
            tc = TableCell(valuetype="string", **kw) if v not in (None, "") else TableCell(**kw)
            if v not in (None, ""):
                tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)

    n = 7
    row(["Kultur- och fritidsnämnden"] + [""] * (n - 1), title)
    row(["Uppföljning av intern kontroll – delårsbokslut per 31 augusti 2026"] + [""] * (n - 1))
    row([""] * n)
    row(["Markera med x i den kolumn som stämmer. Endast ett kryss per rad!"] + [""] * (n - 1), ital)
    row(["Kontrollmoment", "Kontrollansvarig", "Genomförd", "Delvis genomförd", "Ej genomförd",
         "Ej aktuell", "Kommentar"], bold)
    row(["Exempel: Kontroll av att kassaregister stämts av", "Enhetschef", "x", "", "", "",
         "(exempelrad – skriv över)"], ital)
    ctrls = [
        ("Föreningsbidrag – ansökningar har fullständigt underlag (medlemsförteckning, verksamhetsberättelse)",
         "Fritidskonsulent", ("✓", "", "", ""),
         "Stickprov 8 föreningar, 1 saknade revisionsberättelse – bidraget hålls inne tills komplettering",
         "GENOMFORD", "ja"),
        ("Dagskassor i simhallen och biblioteket stäms av mot kassasystemet", "Enhetschef", ("x", "", "", ""),
         "", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler – alla bokningar i bokningssystemet faktureras", "Bokningsansvarig",
         ("", "x", "", ""), "jan-maj klart, juni-aug kvar", "DELVIS", "nej"),
        ("Representation och interna möten följer kommunens riktlinje", "Förvaltningschef",
         ("x", "x", "", ""), "", "OKLAR", "nej"),
        ("Bibliotekets medieinköp görs hos avtalad leverantör (avtalstrohet)", "Bibliotekschef",
         ("", "", "X", ""), "hann inte före semestrarna", "EJ_GENOMFORD", "nej"),
        ("Förteckning över utlånade instrument (kulturskolan) är aktuell", "Kulturskolechef",
         ("", "", "", "x"), "Kulturskolan flyttad till BUN fr.o.m. 2026", "UTGAR", "nej"),
        ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", ("", "", "", ""), "", "SAKNAS", "nej"),
        ("Bidrag till studieförbund – återrapportering av verksamhet", "Förvaltningschef", ("", "", "", ""),
         "Klart, alla 3 studieförbunden har återrapporterat", "GENOMFORD", "nej"),
    ]
    for km, ansv, ticks, kom, st, avv in ctrls:
        row([km, ansv] + list(ticks) + [kom], boxed)
        exp(fil, namnd, km, st, avv)
    row([""] * n)
    row(["Uppföljningen behandlad på ledningsgruppen 2026-09-03. /Kjell A."] + [""] * (n - 1), ital)
    doc.spreadsheet.addElement(t)
    doc.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2026", "DELAR"))


# ---------------------------------------------------------------------------
# File 6: SBN – Word table with merged process cells and abbreviations
# ---------------------------------------------------------------------------
def file_sbn():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT

    fil = "Samhällsbyggnad_IK_tertial2_2026.docx"
    namnd = "Samhällsbyggnadsnämnden"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = d.add_paragraph()
    run = p.add_run("Norrbäcks kommun\nSamhällsbyggnadsförvaltningen")
    run.font.size = Pt(9)
    d.add_heading("Uppföljning intern kontroll T2 2026", level=1)
    d.add_paragraph(
        "Samhällsbyggnadsnämnden antog internkontrollplanen för 2026 i januari (SBN §4). "
        "Nedan redovisas läget efter andra tertialen. Kontrollerna har utförts av respektive "
        "enhetschef tillsammans med förvaltningens controller.")
    data = [
        ("Fakturahantering", "Mottagningsattest görs innan leverantörsfakturor betalas", "Klar",
         "Inga avvikelser i stickprovet (25 fakturor)", "GENOMFORD", "nej"),
        ("Fakturahantering", "Avtalstrohet – entreprenader under ramavtal mark/asfalt", "Påg.",
         "Underlag från upphandlingsenheten inväntas", "DELVIS", "nej"),
        ("Fastighet", "Indexuppräkning av externa hyresavtal", "Klart m. avvik.",
         "3 avtal hade inte räknats upp 2025, rättas retroaktivt", "GENOMFORD", "ja"),
        ("Fastighet", "Felanmälningar i fastighetssystemet åtgärdas inom utlovad tid", "Ej påb",
         "Systembyte i maj, kontrollen görs T3", "EJ_GENOMFORD", "nej"),
        ("VA", "VA-anslutningsavgifter debiteras enligt gällande taxa", "",
         "Kontrollerat 12 nya anslutningar, samtliga rätt debiterade.", "GENOMFORD", "nej"),
        ("VA", "Drivmedelskort – tankningar stäms av mot fordonslogg", "Ej akt.",
         "Drivmedelskorten avvecklade, tankning sker vid depån", "UTGAR", "nej"),
        ("Personal", "Beredskapsersättning stäms av mot beredskapsschema", "Klar",
         "ngn enstaka felregistrering, rättad innan lön", "GENOMFORD", "ja"),
    ]
    tbl = d.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Status", "Kommentar/resultat"]):
        c = tbl.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    # group rows by process: merged process cell
    start = {}
    for proc, km, st, kom, exst, avv in data:
        cells = tbl.add_row().cells
        idx = len(tbl.rows) - 1
        if proc not in start:
            start[proc] = idx
            cells[0].text = proc
        cells[1].text = km
        cells[2].text = st
        cells[3].text = kom
        exp(fil, namnd, km, exst, avv)
    procs = list(start.keys())
    for i, proc in enumerate(procs):
        a = start[proc]
        b = (start[procs[i + 1]] - 1) if i + 1 < len(procs) else len(tbl.rows) - 1
        if b > a:
            top = tbl.cell(a, 0)
            merged = top.merge(tbl.cell(b, 0))
            # keep only the first paragraph text
            for par in merged.paragraphs[1:]:
                par._element.getparent().remove(par._element)
            merged.paragraphs[0].text = proc
    widths = [Cm(3.5), Cm(8), Cm(3), Cm(10)]
    for rr in tbl.rows:
        for i, w in enumerate(widths):
            rr.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Förklaring status: Klar = genomförd, Påg. = pågående, Ej påb = ej påbörjad, "
                    "Ej akt. = ej aktuell.").runs[0].font.size = Pt(8)
    d.add_paragraph("Justerat: Anna Berg, förvaltningschef, 2026-09-07")
    d.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2026", "T2"))


# ---------------------------------------------------------------------------
# File 7: MBN – e-mail saved as text
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "SV Uppföljning internkontroll T2 - Miljö och bygg.txt"
    namnd = "Miljö- och byggnadsnämnden"
    items = [
        ("Debitering av tillsynsavgifter (livsmedel)",
         "klart, stickprov 15 ärenden, 2 hade fel timtaxa – rättat och kreditfakturor skickade",
         "GENOMFORD", "ja"),
        ("Delegationsbeslut redovisas till nämnden", "görs löpande, ok", "GENOMFORD", "nej"),
        ("Handläggningstid bygglov inom 10 veckor",
         "pågår, vi har gått igenom jan–juni men inte sommaren än", "DELVIS", "nej"),
        ("Jävsdeklarationer för inspektörerna", "inte gjort än, tar det i höst", "EJ_GENOMFORD", "nej"),
        ("Arkivering av avslutade bygglovsärenden", "utgår i år, vi väntar på e-arkivet (beslut MBN §61)",
         "UTGAR", "nej"),
        ("Behörigheter i ärendesystemet",
         "kollat, en konsult som slutat hade kvar behörighet – borttagen", "GENOMFORD", "ja"),
    ]
    lines = [
        "Från: Lena Holm <lena.holm@norrback.se>",
        "Skickat: den 11 september 2026 14:22",
        "Till: Ekonomi <ekonomi@norrback.se>",
        "Ämne: SV: Uppföljning internkontroll T2",
        "",
        "Hej!",
        "",
        "Sorry för sent svar, här kommer Miljö- och bygg:s uppföljning för tertial 2. Har inte fått in det i "
        "mallen så jag skriver här istället, hoppas det går bra.",
        "",
    ]
    for km, txt, st, avv in items:
        lines.append("- %s: %s" % (km, txt))
        exp(fil, namnd, km, st, avv)
    lines += [
        "",
        "Hör av dig om något är oklart!",
        "",
        "/Lena",
        "",
        "Lena Holm",
        "Nämndsekreterare, Miljö- och byggförvaltningen",
        "Norrbäcks kommun",
        "",
        "-----Ursprungligt meddelande-----",
        "Från: Ekonomi <ekonomi@norrback.se>",
        "Skickat: den 1 september 2026 08:03",
        "Ämne: Uppföljning internkontroll T2",
        "",
        "Hej alla nämndsekreterare,",
        "påminnelse: uppföljningen av internkontrollplan 2026 per tertial 2 ska vara inne senast 10/9. "
        "Använd gärna mallen.",
        "",
        "Mvh Ekonomienheten",
    ]
    with open(out(fil), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")
    FILES.append((fil, "INLAST", namnd, "2026", "T2"))


# ---------------------------------------------------------------------------
# File 8: Stratsys-like CSV export, KS + Valnämnden, one row per control and period
# ---------------------------------------------------------------------------
def file_export():
    fil = "Stratsys_Internkontroll_export_20260909.csv"
    ks = "Kommunstyrelsen"
    vn = "Valnämnden"
    # (org label, register name, kontrollmoment, ansvarig, [(period, status, kommentar)], expected, avv)
    data = [
        ("Kommunledningsförvaltningen", ks, "Attestlistor är uppdaterade och beslutade", "Ekonomichef",
         [("Tertial 1 2026", "Pågående", "Förslag till KS i maj"),
          ("Tertial 2 2026", "Genomförd", "Beslutad KS 2026-05-12 §88")], "GENOMFORD", "nej"),
        ("Kommunledningsförvaltningen", ks, "Avtalstrohet – köp utanför avtal över 100 tkr", "Upphandlingschef",
         [("Tertial 1 2026", "Ej påbörjad", ""),
          ("Tertial 2 2026", "Pågående", "Analys av leverantörsreskontran pågår")], "DELVIS", "nej"),
        ("Kommunledningsförvaltningen", ks, "Representation – stickprov på verifikationer", "Controller",
         [("Tertial 1 2026", "Genomförd", "Stickprov 15 ver., 1 saknade deltagarlista"),
          ("Tertial 2 2026", "Genomförd", "Ingen ny kontroll T2, se T1")], "GENOMFORD", "ja"),
        ("Kommunledningsförvaltningen", ks, "Löner – nyanställdas lön stäms av mot anställningsavtal", "HR-chef",
         [("Tertial 2 2026", "Genomförd", "20 nyanställda kontrollerade, inga fel")], "GENOMFORD", "nej"),
        ("Kommunledningsförvaltningen", ks, "IT-behörigheter – översyn av administratörskonton", "IT-chef",
         [("Tertial 1 2026", "Pågående", ""),
          ("Tertial 2 2026", "Försenad", "Skjuts till 2027 pga byte av ekonomisystem, inget gjort i år")],
         "EJ_GENOMFORD", "nej"),
        ("Kommunledningsförvaltningen", ks, "Dataskydd – registerförteckningen är uppdaterad",
         "Dataskyddssamordnare",
         [("Tertial 1 2026", "Ej påbörjad", ""),
          ("Tertial 2 2026", "Utgår", "Ersätts av kommungemensam GDPR-revision hösten 2026")], "UTGAR", "nej"),
        ("Kommunledningsförvaltningen", ks, "Bisysslor – samtliga anställda har redovisat bisysslor", "HR-chef",
         [("Tertial 1 2026", "", ""),
          ("Tertial 2 2026", "Genomförd", "12 bisysslor anmälda, 1 bedömd som ej förenlig - avslutad")],
         "GENOMFORD", "ja"),
        ("Valnämnden", vn, "Förtidsröstning – rutin för ytterkuvert och röstlängd är känd av röstmottagarna",
         "Valsamordnare",
         [("Tertial 2 2026", "Genomförd", "Samtliga röstmottagare utbildade i augusti")], "GENOMFORD", "nej"),
        ("Valnämnden", vn, "Valsedlar – beställning stäms av mot partiernas beställningar", "Valsamordnare",
         [("Tertial 2 2026", "Pågående", "Leveranser kommer löpande")], "DELVIS", "nej"),
        ("Valnämnden", vn, "Arvoden till röstmottagare – underlag för utbetalning kontrolleras", "Valkansliet",
         [("Tertial 2 2026", "Ej påbörjad", "Betalas ut efter valet")], "EJ_GENOMFORD", "nej"),
        ("Valnämnden", vn, "Valmaterial förvaras i låst utrymme med nyckelkvittens", "Valsamordnare",
         [("Tertial 1 2026", "Genomförd", ""),
          ("Tertial 2 2026", "Genomförd", "")], "GENOMFORD", "nej"),
    ]
    rows = []
    for org, reg, km, ansv, periods, st, avv in data:
        for per, s, k in periods:
            rows.append((org, "Internkontrollplan 2026", km, ansv, per, s, k))
        exp(fil, reg, km, st, avv)
    # export is sorted by organisation and then period – interleave like a real export:
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Organisation", "Plan", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"])
        for r in rows:
            w.writerow(r)
    FILES.append((fil, "INLAST", ks, "2026", "T2"))
    FILES.append((fil, "INLAST", vn, "2026", "T2"))


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


def main():
    tmp = tempfile.mkdtemp(prefix="r134_")
    try:
        bun = file_bun()
        file_lock(bun)
        file_sn()
        file_on(tmp)
        file_kfn()
        file_sbn()
        file_mbn()
        file_export()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len({r[0] for r in FILES}), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
