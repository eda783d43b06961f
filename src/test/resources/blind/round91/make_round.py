#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 91 – Falkenbergs kommun, delår 2025 (per 31 augusti): an ordinary inbox.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "grön": PatternFill("solid", fgColor="92D050"),
    "gul": PatternFill("solid", fgColor="FFFF00"),
    "röd": PatternFill("solid", fgColor="FF0000"),
    "grå": PatternFill("solid", fgColor="BFBFBF"),
    "blå": PatternFill("solid", fgColor="9BC2E6"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "ex": PatternFill("solid", fgColor="F2F2F2"),
}


def fit_heights(ws, first, last):
    """Set row heights so wrapped text shows (Excel/LibreOffice do not always autofit)."""
    import math
    for r in range(first, last + 1):
        lines = 1
        for cell in ws[r]:
            if cell.value is None or not isinstance(cell.value, str):
                continue
            w = ws.column_dimensions[cell.column_letter].width or 10
            lines = max(lines, math.ceil(len(cell.value) / max(w * 1.05, 1)))
        if lines > 1:
            ws.row_dimensions[r].height = 13.5 * lines + 2


def expect(fil, namnd, km, status, avv):
    assert status in {"GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "OKLAR", "SAKNAS"}, status
    assert avv in {"ja", "nej"}
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# The kommun's own Excel template ("Mall uppföljning internkontrollplan 2025")
# ---------------------------------------------------------------------------
BASE_HEAD = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig"]
TAIL_HEAD = ["Status delår 31/8", "Status helår 31/12", "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug"]


def kommun_template(fil, namnd_text, namnd_reg, rows, upprattad, datum, months=False, extra_note=None):
    """rows: dicts with nr, proc, km, metod, frekv, ansv, status, avv, komm, [months], [fill], exp, expavv"""
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning IK 2025"
    head = BASE_HEAD + (MONTHS if months else []) + TAIL_HEAD
    ncol = len(head)
    last = get_column_letter(ncol)

    ws["A1"] = "FALKENBERGS KOMMUN"
    ws["A1"].font = Font(bold=True, size=10, color="1F4E78")
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=16)
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = "Nämnd:"
    ws["A3"].font = Font(bold=True)
    ws["B3"] = namnd_text
    ws.merge_cells("B3:C3")
    ws["D3"] = "Uppföljningstillfälle:"
    ws["D3"].font = Font(bold=True)
    ws["E3"] = "Delår 31/8"
    dv = DataValidation(type="list", formula1='"Delår 31/8,Helår 31/12"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E3")
    ws["A4"] = "Upprättad av:"
    ws["A4"].font = Font(bold=True)
    ws["B4"] = upprattad
    ws.merge_cells("B4:C4")
    ws["D4"] = "Datum:"
    ws["D4"].font = Font(bold=True)
    ws["E4"] = datum
    ws["A5"] = ("Instruktion: Ange status per kontrollmoment med listvalen Genomförd / Delvis genomförd / "
                "Ej genomförd / Utgår. Ange om avvikelse har konstaterats (Ja/Nej) och beskriv avvikelse och "
                "åtgärd i kommentarsfältet. Ta inte bort eller flytta rader – mallen sammanställs av "
                "Ekonomiavdelningen.")
    ws["A5"].font = Font(italic=True, size=9)
    ws["A5"].alignment = WRAP
    ws.merge_cells(f"A5:{last}5")
    ws.row_dimensions[5].height = 30
    r = 6
    if extra_note:
        ws.cell(row=r, column=1, value=extra_note).font = Font(bold=True, color="C00000", size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    r = 7
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BORDER
    ws.row_dimensions[r].height = 32
    # the template's example row
    r += 1
    ex = ["Ex.", "Attest", "Exempel: Kontroll att fakturor attesteras av behörig attestant",
          "Stickprov 10 fakturor", "Kvartalsvis", "Controller"]
    ex += ([""] * 8 if months else []) + ["Genomförd", "", "Nej", "Exempelrad – skriv över eller radera"]
    for c, v in enumerate(ex, 1):
        cell = ws.cell(row=r, column=c, value=v if v != "" else None)
        cell.font = Font(italic=True, color="808080")
        cell.fill = FILL["ex"]
        cell.border = BORDER
        cell.alignment = WRAP
    status_col = len(BASE_HEAD) + (8 if months else 0) + 1
    sv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(sv)
    for row in rows:
        r += 1
        vals = [row["nr"], row["proc"], row["km"], row["metod"], row["frekv"], row["ansv"]]
        if months:
            vals += row.get("months", [""] * 8)
        vals += [row.get("status", ""), "", row.get("avv", ""), row.get("komm", "")]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v not in ("", None) else None)
            cell.border = BORDER
            cell.alignment = WRAP
            if months and len(BASE_HEAD) < c <= len(BASE_HEAD) + 8:
                cell.alignment = Alignment(horizontal="center", vertical="top")
        if row.get("fill"):
            ws.cell(row=r, column=status_col).fill = FILL[row["fill"]]
        sv.add(ws.cell(row=r, column=status_col).coordinate)
        expect(fil, namnd_reg, row["km"], row["exp"], row["expavv"])
    # legend and signature
    r += 2
    ws.cell(row=r, column=2, value="Färgmarkering av status (frivilligt):").font = Font(bold=True, size=9)
    for name, txt in [("grön", "Genomförd"), ("gul", "Delvis genomförd / pågår"), ("röd", "Ej genomförd"),
                      ("grå", "Utgår")]:
        r += 1
        ws.cell(row=r, column=2).fill = FILL[name]
        ws.cell(row=r, column=2).border = BORDER
        ws.cell(row=r, column=3, value=txt).font = Font(size=9)
    r += 2
    ws.cell(row=r, column=2, value="Godkänd av förvaltningschef:").font = Font(bold=True, size=9)
    ws.cell(row=r, column=3, value="____________________________")
    widths = {"A": 12, "B": 18, "C": 46, "D": 28, "E": 13, "F": 16}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    for i in range(len(BASE_HEAD) + 1, ncol + 1):
        ws.column_dimensions[get_column_letter(i)].width = 6 if (
            months and i <= len(BASE_HEAD) + 8) else 16
    ws.column_dimensions[get_column_letter(ncol)].width = 50
    fit_heights(ws, 8, r)
    ws.freeze_panes = "C8"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    return wb


# ---------------------------------------------------------------------------
# 1. BUN – kommun template, one column added per month
# ---------------------------------------------------------------------------
def file_bun():
    fil = "IK uppföljning delår 2025 BUN.xlsx"
    N = "Barn- och utbildningsnämnden"
    x, A, Z, D = "x", "A", "0", "–"
    rows = [
        dict(nr=1, proc="Attest", km="Stickprov av 10 leverantörsfakturor per månad avseende korrekt attest "
             "och beslutsattestant enligt attestförteckning", metod="Stickprov i Raindance", frekv="Månadsvis",
             ansv="Controller BUF", months=[x, x, A, x, x, x, x, x], status="Genomförd", avv="Ja",
             komm="Mars: 1 faktura attesterad av ersättare som inte fanns i attestförteckningen. "
                  "Förteckningen uppdaterad 2025-04-02.", exp="GENOMFORD", expavv="ja"),
        dict(nr=2, proc="Skolskjuts", km="Kontroll att fakturerade skolskjutsturer överensstämmer med "
             "beställda turer (skolskjutsavtal 2023–2027)", metod="Avstämning faktura mot beställning",
             frekv="Månadsvis", ansv="Skolskjutssamordnare", months=[x, x, x, x, x, x, D, ""],
             status="Genomförd", avv="Nej",
             komm="Juli ingen skolskjuts. Augusti kontrolleras i september när fakturan kommit.",
             exp="GENOMFORD", expavv="nej"),
        dict(nr=3, proc="Barnomsorgsavgifter", km="Kontroll av inkomstuppgifter för maxtaxa, stickprov "
             "20 hushåll", metod="Stickprov mot inkomstuppgift", frekv="2 ggr/år (mar, sep)",
             ansv="Avgiftshandläggare", months=["", "", A, "", "", "", "", ""], status="Delvis genomförd",
             avv="Ja", komm="Marsstickprovet: 3 av 20 hushåll hade inte lämnat aktuell inkomstuppgift, "
                            "påminnelse skickad. Septemberstickprovet återstår.", exp="DELVIS", expavv="ja"),
        dict(nr=4, proc="Delegation", km="Kontroll att delegationsbeslut anmäls till nämnden enligt "
             "delegationsordningen", metod="Genomgång av delegationslistor", frekv="Varje sammanträde",
             ansv="Nämndsekreterare", months=[x, x, x, x, x, x, D, Z], status="", avv="",
             komm="Augusti: anmälan av beslut från juni–juli ej gjord p.g.a. sjukskrivning, tas på "
                  "septembersammanträdet.", exp="DELVIS", expavv="nej"),
        dict(nr=5, proc="Kränkande behandling", km="Kontroll att anmälningar om kränkande behandling "
             "anmäls till huvudman inom 2 arbetsdagar", metod="Uttag ur DF Respons", frekv="Månadsvis",
             ansv="Kvalitetsstrateg", months=[A, x, x, A, x, x, D, x], status="Genomförd", avv="Ja",
             komm="2 anmälningar (jan, apr) kom till huvudmannen efter 5 resp. 8 dagar. Rektorerna "
                  "påminda om rutinen.", exp="GENOMFORD", expavv="ja"),
        dict(nr=6, proc="IT-behörigheter", km="Behörighetsgenomgång i elevdokumentationssystemet "
             "(Unikum): avslutade anställningar ska vara borttagna", metod="Lista från HR mot "
             "behörighetslista", frekv="1 ggr/termin", ansv="Systemförvaltare", months=["", x, "", "", "", "",
                                                                                       "", ""],
             status="Genomförd", avv="Nej", komm="", exp="GENOMFORD", expavv="nej"),
        dict(nr=7, proc="Inköp", km="Avtalstrohet: stickprov 15 inköp, kontroll att inköp gjorts hos "
             "avtalsleverantör", metod="Stickprov fakturor", frekv="Per tertial (apr, aug)",
             ansv="Controller BUF", months=["", "", "", x, "", "", "", ""], status="Pågår", avv="Nej",
             komm="Aprilstickprovet utan anmärkning. Augustistickprovet pågår.", exp="DELVIS",
             expavv="nej"),
        dict(nr=8, proc="Representation", km="Kontroll av representationsfakturor mot riktlinjer för "
             "representation (syfte, deltagare)", metod="Samtliga fakturor konto 7110–7130",
             frekv="1 ggr/år", ansv="Ekonom", months=[""] * 8, status="Ej genomförd", avv="",
             komm="Genomförs i november enligt plan.", exp="EJ_GENOMFORD", expavv="nej"),
        dict(nr=9, proc="Löner", km="Kontroll att timanställda vikarier inte fått lön utan registrerad tid "
             "i tidrapporteringssystemet", metod="Rapport Heroma mot Time Care", frekv="Månadsvis",
             ansv="HR-konsult", months=[x, x, x, x, x, x, x, x], status="", avv="", komm="",
             exp="GENOMFORD", expavv="nej"),
        dict(nr=10, proc="Dataskydd", km="Kontroll att personuppgiftsincidenter rapporteras till "
             "dataskyddsombudet inom 72 timmar", metod="Genomgång incidentlogg", frekv="Kvartalsvis",
             ansv="Informationssäkerhetssamordnare", months=[""] * 8, status="Utgår", avv="",
             komm="Utgår – kontrollen flyttad till KS gemensamma plan (KS 2025-03-05 § 41).",
             exp="UTGAR", expavv="nej"),
    ]
    note = ("BUN: kolumner Jan–Aug tillagda för de månadsvisa kontrollerna.  x = utförd utan anmärkning,  "
            "A = utförd med avvikelse (se kommentar),  0 = ej utförd,  – = ej aktuell månad")
    wb = kommun_template(fil, N, N, rows, "Lena Åberg, controller BUF", "2025-09-08", months=True,
                         extra_note=note)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. SN – kommun template, colours AND words
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden - uppföljning internkontrollplan 2025 delår.xlsx"
    N = "Socialnämnden"
    rows = [
        dict(nr=1, proc="LSS", km="Kontroll att gynnande LSS-beslut verkställs inom tre månader samt att "
             "ej verkställda beslut rapporteras till IVO", metod="Uttag ur Lifecare", frekv="Kvartalsvis",
             ansv="Enhetschef LSS", status="Genomförd", fill="grön", avv="Nej",
             komm="Samtliga ej verkställda beslut rapporterade i tid (Q1, Q2).", exp="GENOMFORD",
             expavv="nej"),
        dict(nr=2, proc="Ekonomiskt bistånd", km="Stickprov 15 utbetalningar ekonomiskt bistånd: beslut "
             "finns och belopp stämmer mot beslut", metod="Stickprov", frekv="Kvartalsvis",
             ansv="Enhetschef försörjningsstöd", status="Delvis genomförd", fill="gul", avv="Ja",
             komm="Q1 klart – 2 felaktiga belopp, återkrav upprättat. Q2 pågår.", exp="DELVIS",
             expavv="ja"),
        dict(nr=3, proc="Hemtjänst", km="Kontroll att utförd tid i hemtjänst (TES) överensstämmer med "
             "fakturerat underlag från extern utförare", metod="Avstämning TES mot faktura",
             frekv="2 ggr/år", ansv="Beställarenheten", status="Ej genomförd", fill="röd", avv="",
             komm="Ej genomförd p.g.a. systembyte TES/Lifecare under våren. Flyttas till hösten.",
             exp="EJ_GENOMFORD", expavv="nej"),
        dict(nr=4, proc="Avgifter", km="Kontroll av avgiftsbeslut inom äldreomsorgen: inkomstförfrågan "
             "skickad och avgift debiterad", metod="Stickprov 20 ärenden", frekv="1 ggr/år",
             ansv="Avgiftshandläggare", status="", fill="grön", avv="Nej", komm="Stickprov gjort i april.",
             exp="GENOMFORD", expavv="nej"),
        dict(nr=5, proc="Läkemedel", km="Kontroll av narkotikaklassade läkemedel: förbrukningsjournal och "
             "inventering på särskilda boenden", metod="Inventering", frekv="Kvartalsvis", ansv="MAS",
             status="Genomförd", fill="grön", avv="Ja",
             komm="Differens på Solgläntan (2 tabletter), avvikelse skriven i MedControl och åtgärdad.",
             exp="GENOMFORD", expavv="ja"),
        dict(nr=6, proc="Informationssäkerhet", km="Loggkontroll i verksamhetssystemet Lifecare: stickprov "
             "10 användare per månad", metod="Logguttag", frekv="Månadsvis", ansv="Systemförvaltare",
             status="Pågår", fill="gul", avv="Nej", komm="Jan–jun kontrollerat utan anmärkning.",
             exp="DELVIS", expavv="nej"),
        dict(nr=7, proc="Privata medel", km="Kontroll av hantering av brukares privata medel (kassabok, "
             "kvitton) på gruppbostäder LSS", metod="Genomgång kassaböcker", frekv="2 ggr/år",
             ansv="Enhetschef LSS", status="", fill="blå", avv="",
             komm="Se separat rapport från enhetscheferna.", exp="OKLAR", expavv="nej"),
        dict(nr=8, proc="Placeringar", km="Kontroll av fakturor för externa placeringar (HVB, familjehem) "
             "mot placeringsbeslut", metod="Stickprov 12 fakturor", frekv="2 ggr/år",
             ansv="Enhetschef IFO", status="Genomförd", fill="röd", avv="Ja",
             komm="12 fakturor kontrollerade. 1 dubbelfakturering (HVB) upptäckt och krediterad – "
                  "därför rödmarkerad.", exp="GENOMFORD", expavv="ja"),
        dict(nr=9, proc="Inköp", km="Avtalstrohet vid inköp av förbrukningsmaterial (inkontinensskydd, "
             "handskar)", metod="Stickprov", frekv="1 ggr/år", ansv="Verksamhetscontroller",
             status="Utgår", fill="grå", avv="",
             komm="Utgår, ersatt av kommunövergripande kontroll i KS plan.", exp="UTGAR", expavv="nej"),
        dict(nr=10, proc="Delegation", km="Kontroll att beslut enligt SoL fattas av rätt delegat enligt "
             "delegationsordningen", metod="Stickprov 20 beslut", frekv="2 ggr/år",
             ansv="Kvalitetsutvecklare", status="Delvis genomförd", fill="gul", avv="Ja",
             komm="IFO klart – 1 beslut fattat av fel delegat. Äldreomsorgen ej klart.", exp="DELVIS",
             expavv="ja"),
        dict(nr=11, proc="Rekrytering", km="Kontroll att utdrag ur belastningsregistret finns vid "
             "anställning inom LSS barn och ungdom", metod="Stickprov nyanställda", frekv="1 ggr/år",
             ansv="HR-partner", status="Genomförd", fill="grön", avv="Nej", komm="",
             exp="GENOMFORD", expavv="nej"),
    ]
    wb = kommun_template(fil, "Socialnämnden", N, rows, "Jonas Bergkvist, verksamhetscontroller",
                         "2025-09-05")
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. KFN – kommun template, half of the statuses blank with comments, saved as .xls
# ---------------------------------------------------------------------------
def file_kfn(tmp):
    fil = "KFN IK-uppföljning aug 2025.xls"
    N = "Kultur- och fritidsnämnden"
    rows = [
        dict(nr=1, proc="Föreningsbidrag", km="Kontroll att utbetalda föreningsbidrag har underlag "
             "(medlemsförteckning, verksamhetsberättelse)", metod="Stickprov 12 föreningar",
             frekv="1 ggr/år", ansv="Föreningskonsulent", status="", avv="",
             komm="Kontrollen gjord i maj, 12 föreningar granskade. Inga avvikelser.", exp="GENOMFORD",
             expavv="nej"),
        dict(nr=2, proc="Kontanthantering", km="Kontanthantering i simhallen: dagskassa stäms av mot "
             "kassasystemet", metod="Avstämning", frekv="Månadsvis", ansv="Badchef", status="Genomförd",
             avv="Ja", komm="Kassadifferens 350 kr vid ett tillfälle i mars, utredd.", exp="GENOMFORD",
             expavv="ja"),
        dict(nr=3, proc="Bibliotek", km="Inventering av medier, stickprov på huvudbiblioteket",
             metod="Stickprov 200 titlar", frekv="1 ggr/år", ansv="Bibliotekschef", status="", avv="",
             komm="Ej genomförd – personalbrist under våren. Görs under hösten.", exp="EJ_GENOMFORD",
             expavv="nej"),
        dict(nr=4, proc="Lokaluthyrning", km="Kontroll att bokade och fakturerade timmar i bokningssystemet "
             "överensstämmer", metod="Avstämning bokning mot faktura", frekv="Kvartalsvis",
             ansv="Bokningsansvarig", status="Delvis genomförd", avv="Nej", komm="Jan–april kontrollerat.",
             exp="DELVIS", expavv="nej"),
        dict(nr=5, proc="Representation", km="Kontroll av representation och kurs-/konferenskostnader mot "
             "riktlinjer", metod="Samtliga fakturor", frekv="2 ggr/år", ansv="Förvaltningsekonom",
             status="", avv="", komm="Se bilaga", exp="OKLAR", expavv="nej"),
        dict(nr=6, proc="Attest", km="Kontroll att attestförteckningen är uppdaterad efter "
             "organisationsförändringen 1 januari 2025", metod="Genomgång", frekv="1 ggr/år",
             ansv="Förvaltningsekonom", status="Genomförd", avv="Nej", komm="", exp="GENOMFORD",
             expavv="nej"),
        dict(nr=7, proc="Inköp", km="Avtalstrohet vid inköp av idrottsmaterial och livsmedel till caféet "
             "i Falkhallen", metod="Stickprov 10 fakturor", frekv="2 ggr/år", ansv="Anläggningschef",
             status="", avv="", komm="", exp="SAKNAS", expavv="nej"),
        dict(nr=8, proc="Stipendier", km="Kontroll att kulturstipendier beslutats enligt "
             "delegationsordningen och betalats ut till rätt mottagare", metod="Genomgång av beslut",
             frekv="1 ggr/år", ansv="Kultursekreterare", status="", avv="",
             komm="Stipendierna beslutas i november, kontrollen görs därefter.", exp="EJ_GENOMFORD",
             expavv="nej"),
        dict(nr=9, proc="Dataskydd", km="Kontroll att registerförteckningen (art. 30) för fritidsgårdarnas "
             "medlemsregister är aktuell", metod="Genomgång med DSO", frekv="1 ggr/år",
             ansv="Fritidschef", status="", avv="",
             komm="Pågår tillsammans med dataskyddsombudet, beräknas klart i oktober.", exp="DELVIS",
             expavv="nej"),
        dict(nr=10, proc="Nycklar", km="Kontroll av nyckel- och taggkvittenser för föreningar med tillgång "
             "till idrottshallar", metod="Avstämning mot låssystem", frekv="1 ggr/år",
             ansv="Anläggningschef", status="Ej genomförd", avv="", komm="", exp="EJ_GENOMFORD",
             expavv="nej"),
    ]
    wb = kommun_template(fil, "Kultur & fritid", N, rows, "Sara Nyström", "2025-09-09")
    src = os.path.join(tmp, "KFN IK-uppföljning aug 2025.xlsx")
    wb.save(src)
    convert(src, "xls", tmp)
    shutil.move(os.path.join(tmp, "KFN IK-uppföljning aug 2025.xls"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


def convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round91", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 4. Word report from Kommunledningsförvaltningen (KS): tables per process + summary of counts
# ---------------------------------------------------------------------------
def file_klf():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm
    fil = "Delårsuppföljning intern kontroll 2025 KLF.docx"
    N = "Kommunstyrelsen"
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Falkenbergs kommun\tTJÄNSTESKRIVELSE\nKommunledningsförvaltningen, Ekonomiavdelningen\tDnr KS 2025/214"
    p = doc.add_paragraph("Datum: 2025-09-10\nHandläggare: Anna Lindqvist, redovisningschef")
    p.runs[0].font.size = Pt(9)
    doc.add_heading("Uppföljning av intern kontroll per 31 augusti 2025", level=1)
    doc.add_paragraph(
        "Kommunstyrelsen antog den 11 december 2024, § 231, internkontrollplan för 2025 för "
        "kommunledningsförvaltningens verksamheter. Planen omfattar nio kontrollmoment fördelade på fem "
        "processer. I denna skrivelse redovisas utfallet per 31 augusti 2025 (delår). Kontrollmoment som "
        "ännu inte är slutförda redovisas på nytt i helårsuppföljningen i samband med årsredovisningen.")
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Kommunstyrelsen godkänner delårsuppföljningen av internkontrollplan 2025 och lägger "
                      "den till handlingarna.")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph("Tabell 1. Status för kontrollmomenten per 31 augusti 2025")
    summ = [("Status", "Antal kontrollmoment", "varav med avvikelse"),
            ("Genomförd", "5", "2"), ("Delvis genomförd / påbörjad", "2", "0"),
            ("Ej genomförd", "1", "0"), ("Utgår", "1", "0"), ("Summa", "9", "2")]
    t = doc.add_table(rows=len(summ), cols=3)
    t.style = "Table Grid"
    for i, rr in enumerate(summ):
        for j, v in enumerate(rr):
            t.cell(i, j).text = v
            if i in (0, len(summ) - 1):
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph(
        "Två avvikelser har konstaterats, båda av begränsad omfattning och åtgärdade. Kontrollen av "
        "informationsklassning har inte kunnat genomföras på grund av vakans som "
        "informationssäkerhetssamordnare.")
    doc.add_heading("Redovisning per process", level=2)
    processes = [
        ("1. Leverantörsfakturor och utbetalningar", [
            ("Kontroll av dubbelbetalningar i leverantörsreskontran med analysverktyg",
             "Körning av dubblettanalys månadsvis", "Inga dubbelbetalningar identifierade jan–aug.",
             "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av ändrade bankuppgifter hos leverantörer (skydd mot bedrägeriförsök)",
             "Samtliga ändringar jan–aug", "2 ändringar saknade verifiering via känt telefonnummer. "
             "Kontakt tagen med leverantörerna i efterhand, inga felaktiga utbetalningar.",
             "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ]),
        ("2. Lön och personal", [
            ("Kontroll av manuella löneutbetalningar och retroaktiva lönetillägg",
             "Stickprov 25 manuella transaktioner", "Utan anmärkning.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll att avslutade anställningar avslutas i lönesystemet i rätt tid",
             "Lista avslut Heroma mot löneutbetalningar", "Jan–apr kontrollerat. Maj–aug pågår.",
             "Påbörjad", "DELVIS", "nej"),
        ]),
        ("3. IT och informationssäkerhet", [
            ("Behörighetsgenomgång i ekonomisystemet: roller och attesträtter",
             "Uttag behörighetslista, avstämning mot HR", "4 konton för personer som slutat var fortfarande "
             "aktiva. Kontona spärrades 2025-05-14 och rutin för avslut har förtydligats.",
             "Genomförd", "GENOMFORD", "ja"),
            ("Kontroll att informationsklassning gjorts för kommunens gemensamma system",
             "Genomgång av systemförteckning", "Ej genomförd på grund av vakans. Rekrytering klar, "
             "kontrollen görs under hösten.", "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ]),
        ("4. Upphandling och inköp", [
            ("Avtalstrohet: stickprov av 25 fakturor utan avtalsnummer",
             "Stickprov", "15 av 25 fakturor granskade, resterande under september.",
             "Delvis genomförd", "DELVIS", "nej"),
            ("Kontroll av direktupphandlingar över 100 000 kr: dokumentation enligt riktlinjerna",
             "Genomgång av dokumentation", "Kontrollen utgår enligt KS beslut 2025-05-07 § 88 då "
             "området ingår i revisionens granskning 2025.", "Utgår", "UTGAR", "nej"),
        ]),
        ("5. Förtroendekänsliga poster", [
            ("Kontroll av förtroendekänsliga poster (representation, resor, gåvor) för förvaltningsledningen",
             "Samtliga poster jan–jun", "Utan anmärkning.", "Genomförd", "GENOMFORD", "nej"),
        ]),
    ]
    for title, rows in processes:
        doc.add_heading(title, level=3)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for j, h in enumerate(["Kontrollmoment", "Genomförande", "Resultat/iakttagelser", "Status"]):
            t.cell(0, j).text = h
            t.cell(0, j).paragraphs[0].runs[0].bold = True
        for km, met, res, st, exp, avv in rows:
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text, c[3].text = km, met, res, st
            expect(fil, N, km, exp, avv)
        doc.add_paragraph()
    doc.add_paragraph("Anna Lindqvist\nRedovisningschef\n\nMaria Holm\nKommundirektör")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys-like CSV export: two nämnder, rows per period (Tertial 1 and Delår)
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_Internkontroll_export_20250915.csv"
    TN, MBN = "Tekniska nämnden", "Miljö- och byggnadsnämnden"
    T1, DL = "Tertial 1 2025", "Delår 2025 (jan–aug)"
    org = {TN: "Falkenbergs kommun > Tekniska nämnden", MBN: "Falkenbergs kommun > Miljö- och byggnadsnämnden"}
    # (nämnd, process, km, ansvarig, [(period, status, kommentar, avvikelse)], exp, expavv)
    data = [
        (TN, "Entreprenader", "Kontroll att fakturor från driftentreprenad gata/park motsvarar utförda arbeten",
         "Gatuchef", [(T1, "Pågående", "Stickprov påbörjat.", ""),
                      (DL, "Genomförd", "Stickprov 10 fakturor, 1 felaktig á-prisposition krediterad.", "Ja")],
         "GENOMFORD", "ja"),
        (TN, "Fordon", "Kontroll av fordonsinventarium och drivmedelskort", "Fordonssamordnare",
         [(T1, "Genomförd", "Inventering klar i mars; 2 kort spärrade (ej använda).", "Nej"),
          (DL, "", "Klar sedan T1, se ovan.", "")], "GENOMFORD", "nej"),
        (TN, "VA", "Kontroll att VA-anslutningsavgifter debiterats vid nya anslutningar", "VA-ekonom",
         [(T1, "Ej påbörjad", "", ""), (DL, "Pågående", "Nyanslutningar jan–jun genomgångna; "
                                                      "jul–aug återstår.", "Nej")], "DELVIS", "nej"),
        (TN, "Kost", "Kontroll att egenkontroller av livsmedel i kostenheten genomförs enligt "
         "egenkontrollprogrammet", "Kostchef",
         [(T1, "Genomförd", "", "Nej"),
          (DL, "Genomförd", "Egenkontroller saknades för juni–juli på två tillagningskök. Åtgärdat.", "Ja")],
         "GENOMFORD", "ja"),
        (TN, "Inköp", "Avtalstrohet vid inköp av byggmaterial (ramavtal)", "Fastighetschef",
         [(T1, "Pågående", "", ""),
          (DL, "Avbruten", "Utgår enligt beslut TN 2025-05-20 § 61; ersätts av kommungemensam kontroll.", "")],
         "UTGAR", "nej"),
        (TN, "Attest", "Kontroll av jäv vid attest av egna fakturor i e-handelssystemet", "Controller TFF",
         [(T1, "Genomförd", "", "Nej"), (DL, "Genomförd", "Inga egna attester.", "Nej")], "GENOMFORD", "nej"),
        (MBN, "Bygglov", "Kontroll att bygglov beslutas inom lagstadgad handläggningstid (10 veckor)",
         "Bygglovschef",
         [(T1, "Genomförd", "3 ärenden överskred tiden, avgift reducerad.", "Ja"),
          (DL, "Genomförd", "5 ärenden totalt jan–aug överskred handläggningstiden.", "Ja")],
         "GENOMFORD", "ja"),
        (MBN, "Tillsyn", "Kontroll av att tillsynsavgifter enligt miljöbalken debiteras enligt taxa",
         "Miljöchef", [(T1, "Ej påbörjad", "", ""),
                       (DL, "Ej påbörjad", "Prioriterad ned p.g.a. vakanser, görs Q4.", "")],
         "EJ_GENOMFORD", "nej"),
        (MBN, "Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [(T1, "Genomförd", "", "Nej"), (DL, "Pågående", "Kontroll för maj–aug pågår.", "")],
         "DELVIS", "nej"),
        (MBN, "Jäv", "Kontroll att jävsdeklaration lämnats av handläggare inom tillsyn", "Miljöchef",
         [(T1, "", "", ""), (DL, "Genomförd", "Samtliga 14 handläggare har lämnat deklaration.", "Nej")],
         "GENOMFORD", "nej"),
        (MBN, "Sanktionsavgifter", "Kontroll att byggsanktionsavgifter beslutats och fakturerats",
         "Bygglovschef", [(T1, "Pågående", "", ""),
                          (DL, "?", "Oklart om fakturering skett, utreds med ekonomi.", "")],
         "OKLAR", "nej"),
    ]
    lines = [["Rapport", "Internkontroll - uppföljning kontrollmoment"],
             ["Organisation", "Falkenbergs kommun"],
             ["Urval", "Tekniska nämnden; Miljö- och byggnadsnämnden", "Perioder: Tertial 1 2025, Delår 2025"],
             ["Exporterad", "2025-09-15 08:42"],
             [],
             ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar",
              "Avvikelse identifierad"]]
    for n, proc, km, ansv, periods, exp, avv in data:
        for per, st, kom, av in periods:
            lines.append([org[n], proc, km, ansv, per, st, kom, av])
        expect(fil, n, km, exp, avv)
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", TN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. .ods from the bolag, own scale 1–4 explained in a note under the table
# ---------------------------------------------------------------------------
def file_fabo():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P
    fil = "FaBo uppföljning internkontroll 310825.ods"
    N = "Falkenbergs Bostads AB"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    big = Style(name="big", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#D9E1F2", border="0.5pt solid #000000",
                                        wrapoption="wrap"))
    cellst = Style(name="cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                          verticalalign="top"))
    num = Style(name="num", family="table-cell")
    num.addElement(TableCellProperties(border="0.5pt solid #000000", verticalalign="top"))
    num.addElement(ParagraphProperties(textalign="center"))
    note = Style(name="note", family="table-cell")
    note.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    for s in (bold, big, head, cellst, num, note):
        doc.automaticstyles.addElement(s)
    widths = ["3.2cm", "7.5cm", "4.5cm", "2.4cm", "7cm", "5cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name="IK 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(values, style=None, span=None, numeric_idx=()):
        tr = TableRow()
        for i, v in enumerate(values):
            if span and i == 0:
                tc = TableCell(stylename=style, numbercolumnsspanned=span)
                tc.addElement(P(text=str(v)))
                tr.addElement(tc)
                for _ in range(span - 1):
                    tr.addElement(CoveredTableCell())
                break
            if i in numeric_idx and isinstance(v, (int, float)):
                tc = TableCell(stylename=num, valuetype="float", value=v)
                tc.addElement(P(text=str(v)))
            elif v in ("", None):
                tc = TableCell(stylename=style)
            else:
                tc = TableCell(stylename=style, valuetype="string")
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Falkenbergs Bostads AB"], bold, span=6)
    row(["Internkontroll 2025 – uppföljning per 2025-08-31"], big, span=6)
    row(["Underlag till styrelsemöte 2025-09-18 samt till kommunens delårsrapport enligt ägardirektivet"],
        note, span=6)
    row([""])
    row(["Område", "Kontroll", "Genomförande", "Bedömning", "Iakttagelser", "Åtgärd / ansvarig"], head)
    items = [
        ("Hyror", "Kontroll att hyreshöjningen enligt 2025 års förhandling lagts in korrekt i hyressystemet",
         "Stickprov 40 kontrakt", 4, "Samtliga korrekta.", "", "GENOMFORD", "nej"),
        ("Hyresfordringar", "Uppföljning av hyresskulder och avbetalningsplaner äldre än 3 månader",
         "Genomgång kundreskontra", 3, "Två avbetalningsplaner saknade hyresgästens underskrift.",
         "Kompletteras – kundansvarig", "GENOMFORD", "ja"),
        ("Leverantörsfakturor", "Stickprov 20 fakturor: attest enligt attestordningen",
         "Stickprov maj", 4, "", "", "GENOMFORD", "nej"),
        ("Upphandling", "Kontroll att entreprenader över direktupphandlingsgränsen annonserats enligt LOU",
         "Genomgång avtalsregister", 2, "Genomgång av 2024–2025 års entreprenader pågår.",
         "Klart okt – inköpsansvarig", "DELVIS", "nej"),
        ("Nycklar", "Kontroll av nyckelsystem och huvudnycklar (kvittenser)",
         "Inventering", 1, "", "Planeras nov – förvaltningschef", "EJ_GENOMFORD", "nej"),
        ("Jäv", "Kontroll av anställdas bisysslor och jäv vid upphandling",
         "Enkät + genomgång", "2-3", "Enkäten besvarad av 31 av 38 anställda.", "", "OKLAR", "nej"),
        ("IT", "Behörighetskontroll i fastighetssystemet och bankportalen", "Uttag behörighetslistor", 4,
         "", "", "GENOMFORD", "nej"),
        ("Andrahandsuthyrning", "Kontroll av otillåten andrahandsuthyrning, stickprov 30 lägenheter",
         "Stickprov", "", "Utgår enligt styrelsebeslut 2025-03-20 § 12 – ingår i ordinarie förvaltning.",
         "", "UTGAR", "nej"),
    ]
    for omr, km, gen, bed, iakt, atg, exp, avv in items:
        row([omr, km, gen, bed, iakt, atg], cellst, numeric_idx=(3,))
        expect(fil, N, km, exp, avv)
    row([""])
    row(["Bedömningsskala: 1 = Ej påbörjad   2 = Påbörjad / pågår   3 = Genomförd med anmärkning   "
         "4 = Genomförd utan anmärkning. Vid bedömning 3 ska iakttagelse och åtgärd anges."], note, span=6)
    row([""])
    row(["Sammanställt av Karin Ek, ekonomichef. Godkänt av VD Peter Karlsson."], note, span=6)
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. A PLAN (not a follow-up) sent by mistake: Överförmyndarnämnden's internkontrollplan 2025
# ---------------------------------------------------------------------------
def file_ofn_plan():
    fil = "ÖFN internkontroll 2025.xlsx"
    N = "Överförmyndarnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan 2025"
    ws["A1"] = "FALKENBERGS KOMMUN"
    ws["A1"].font = Font(bold=True, size=10, color="1F4E78")
    ws["A2"] = "Internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Nämnd:"
    ws["B3"] = "Överförmyndarnämnden"
    ws["A4"] = "Fastställd:"
    ws["B4"] = "ÖFN 2024-11-27 § 58"
    ws["A5"] = ("Riskvärde = sannolikhet × konsekvens (1–4). Kontrollmoment med riskvärde 8 eller högre "
                "ingår i planen. Uppföljning rapporteras till nämnden vid delår och helår i kommunens mall "
                "för uppföljning.")
    ws["A5"].font = Font(italic=True, size=9)
    ws["A5"].alignment = WRAP
    ws.merge_cells("A5:K5")
    ws.row_dimensions[5].height = 30
    head = ["Nr", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
            "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    plan = [
        ("Årsräkningar", "Felaktig förvaltning av huvudmans medel upptäcks inte", 3, 4,
         "Granskning av årsräkningar: stickprov 10 % med fördjupad kontroll av verifikat",
         "Stickprov", "1 ggr/år", "Handläggare", "Delår 2025"),
        ("Arvoden", "Arvode till ställföreträdare beslutas med felaktigt belopp", 2, 4,
         "Kontroll att arvodesbeslut följer nämndens riktlinjer", "Stickprov 15 beslut", "1 ggr/år",
         "Enhetschef", "Helår 2025"),
        ("Uttagsspärrar", "Uttag görs från spärrat konto utan överförmyndarens samtycke", 2, 4,
         "Kontroll att uttagsspärr registrerats hos banken för omyndigas medel",
         "Avstämning mot bankbesked", "2 ggr/år", "Handläggare", "Delår och helår 2025"),
        ("Lämplighet", "Olämplig person förordnas som ställföreträdare", 2, 4,
         "Kontroll att utdrag ur belastnings- och kronofogderegistret finns före förordnande",
         "Stickprov nya förordnanden", "Kvartalsvis", "Handläggare", "Delår 2025"),
        ("Delegation", "Beslut fattas utan stöd i delegationsordningen", 2, 4,
         "Kontroll att delegationsbeslut anmäls till nämnden", "Genomgång av delegationslistor",
         "Varje sammanträde", "Nämndsekreterare", "Helår 2025"),
        ("Dataskydd", "Känsliga personuppgifter i akter sprids till obehöriga", 3, 3,
         "Loggkontroll i verksamhetssystemet Wärna", "Logguttag 10 akter", "2 ggr/år",
         "Systemförvaltare", "Delår och helår 2025"),
    ]
    for i, (proc, risk, s, k, km, met, frek, ansv, rapp) in enumerate(plan, 1):
        r = 7 + i
        vals = [i, proc, risk, s, k, s * k, km, met, frek, ansv, rapp]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
    for k, w in {"A": 10, "B": 14, "C": 34, "D": 11, "E": 11, "F": 10, "G": 44, "H": 24, "I": 15,
                 "J": 16, "K": 18}.items():
        ws.column_dimensions[k].width = w
    fit_heights(ws, 8, 7 + len(plan))
    r = 7 + len(plan) + 2
    ws.cell(row=r, column=2, value="Riskvärde 12–16 = hög risk, 8–11 = medelhög risk").font = Font(size=9)
    wb.save(os.path.join(HERE, fil))
    # a plan: read (INLAST) but no period and no controls to expect
    FILES.append((fil, "INLAST", N, "2025", ""))


# ---------------------------------------------------------------------------
# 8. Excel lock file left in the inbox
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$IK uppföljning delår 2025 BUN.xlsx"
    user = "Lena Åberg"
    b = bytes([len(user)]) + user.encode("cp1252")
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20\x00"[:1])
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(b[:165])
    FILES.append((fil, "AVVISAD", "", "", ""))


def registry():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF|Vård och omsorg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur & fritid|Kultur- och fritidsförvaltningen|KoF"),
        ("Tekniska nämnden", "TN|Teknik- och fastighetsförvaltningen|TFF"),
        ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Bygg och miljö|SBF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Falkenbergs Bostads AB", "FaBo|Fabo AB|Bostadsbolaget"),
        ("Falkenberg Energi AB", "FEAB|Falkenbergs Energi|Energibolaget"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write(f"{n};{a}\n")


def main():
    for fn in os.listdir(HERE):
        if fn not in ("make_round.py", "README.md"):
            p = os.path.join(HERE, fn)
            if os.path.isfile(p):
                os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r91_")
    try:
        # inbox order
        file_bun()
        file_sn()
        file_kfn(tmp)
        file_klf()
        file_stratsys()
        file_fabo()
        file_ofn_plan()
        file_lock()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    registry()
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in r[2], r[2]
            f.write(";".join(r) + "\n")
    print(f"files: {len(set(r[0] for r in FILES))}, files.csv rows: {len(FILES)}, controls: {len(EXPECTED)}")


if __name__ == "__main__":
    main()
