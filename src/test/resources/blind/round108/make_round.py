#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 108 – Håsjöby kommun, helår 2025: complex Excel workbooks from the nämnder.

Builds every file of the round in this folder. Run with /usr/bin/python3.
LibreOffice (own profile) is used to (a) recalculate formula workbooks so that cached values exist,
(b) produce the real .ods and .xls files.
"""
import csv
import os
import shutil
import struct
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule, FormulaRule, IconSetRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round108"

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HDR_FILL = PatternFill("solid", fgColor="1F4E78")
HDR_FONT = Font(bold=True, color="FFFFFF")
SUB_FILL = PatternFill("solid", fgColor="DDEBF7")
GREY = PatternFill("solid", fgColor="D9D9D9")
GREEN = PatternFill("solid", fgColor="63BE7B", bgColor="63BE7B")
YELLOW = PatternFill("solid", fgColor="FFEB84", bgColor="FFEB84")
RED = PatternFill("solid", fgColor="F8696B", bgColor="F8696B")
ORANGE = PatternFill("solid", fgColor="F4B183", bgColor="F4B183")
LGREY = PatternFill("solid", fgColor="BFBFBF", bgColor="BFBFBF")


def soffice(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--calc",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    if not os.path.exists(out):
        raise SystemExit("conversion failed: " + src)
    return out


def hdr(ws, row, col, text, fill=HDR_FILL, font=HDR_FONT):
    c = ws.cell(row=row, column=col, value=text)
    c.fill = fill
    c.font = font
    c.alignment = CENTER
    c.border = BORDER
    return c


def body(ws, row, col, value, align=WRAP):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = align
    c.border = BORDER
    return c


def autofit_rows(wb):
    """Set row heights so wrapped text shows (as the sender's Excel would have done), landscape print."""
    import math
    from openpyxl.utils import get_column_letter
    for ws in wb.worksheets:
        merged_heads = {rng.min_row for rng in ws.merged_cells.ranges if rng.max_row > rng.min_row}
        for row in ws.iter_rows():
            lines = 1
            for c in row:
                if c.value is None or not isinstance(c.value, str) or not (c.alignment and c.alignment.wrap_text):
                    continue
                w = ws.column_dimensions[get_column_letter(c.column)].width or 10
                n = sum(max(1, math.ceil(len(part) * 1.1 / max(w, 4))) for part in c.value.split("\n"))
                lines = max(lines, n)
            r = row[0].row
            if lines > 1 and r not in merged_heads:
                ws.row_dimensions[r].height = 15 * lines
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True


# ---------------------------------------------------------------------------------------------
# 1. Kommunstyrelsen – one sheet per process, summary with COUNTIF, hidden column "Status 2024",
#    hidden example row, dropdowns, conditional-format traffic lights, notes, frozen 5-row header.
# ---------------------------------------------------------------------------------------------
KS_STATUSES = "Genomförd,Delvis genomförd,Pågår,Ej genomförd,Ej aktuell"

KS_PROCESSES = [
    ("Ekonomi", "Ekonomi och upphandling", [
        # nr, risk, kontrollmoment, metod, ansvarig, tillfälle, status2024, T1, T2, T3, avv, kommentar, notes{col:text}, grey cols
        ("E1", "Fakturor attesteras av obehörig", "Kontroll att attest av leverantörsfakturor sker enligt gällande attestförteckning",
         "Stickprov 20 fakturor per tertial", "Redovisningsansvarig", "T1, T2, T3", "Genomförd",
         "Genomförd", "Genomförd", "Genomförd", "Ja",
         "T3: 2 av 20 fakturor attesterade av ersättare som inte fanns i attestförteckningen. Förteckningen uppdaterad 2025-12-10.",
         {}, []),
        ("E2", "Felaktiga utbetalningar till leverantörer", "Kontroll av att leverantörsregistret inte innehåller inaktuella eller dubbla leverantörer",
         "Registeruttag och genomgång", "Ekonomienheten", "T2", "Delvis genomförd",
         None, "Genomförd", None, "Nej",
         "Genomförd i juni. 48 inaktuella leverantörer spärrade enligt rutin, inga dubbletter hittades.",
         {}, ["H", "J"]),
        ("E3", "Inköp görs utanför avtal", "Avtalstrohet – stickprov på 25 inköp mot kommunens ramavtal",
         "Stickprov i e-handelssystemet", "Upphandlingschef", "T1, T2, T3", "Genomförd",
         "Pågår", "Delvis genomförd", "Genomförd", "Ja",
         "4 av 25 inköp gjordes utanför avtal (kontorsmaterial och förbrukning). Information till berörda chefer på ledningsgrupp i november.",
         {}, []),
        ("E4", "Representation som inte följer riktlinjen", "Representation – kontroll av syfte, deltagare och moms på representationsfakturor",
         "Samtliga fakturor konto 7610–7630", "Controller", "T1, T2, T3", "Genomförd",
         "Genomförd", "Genomförd", "Ej genomförd", "Nej",
         "Kontrollen för T3 hanns inte med p.g.a. bokslutsarbetet. Tas med i planen för 2026.",
         {"J": "Beslut i ledningsgruppen 2026-01-12 att inte göra kontrollen i efterhand. /Controller"}, []),
        ("E5", "Direktupphandling utan dokumentation", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje för inköp",
         "Genomgång av samtliga direktupphandlingar > 100 tkr", "Upphandlingschef", "T3", "Ej genomförd",
         None, None, "Delvis genomförd", "Ja",
         "Två upphandlingar saknade dokumentation av konkurrensutsättning.",
         {"J": "Granskat 6 av 12 direktupphandlingar. Övriga 6 granskas i januari 2026 och redovisas i IK-rapporten för T1 2026."},
         ["H", "I"]),
    ]),
    ("HR och lön", "Personal och lön", [
        ("P1", "Felaktig lön betalas ut", "Kontroll av att löneutbetalningar överensstämmer med anställningsavtal (stickprov 15 anställda)",
         "Stickprov lönelista mot avtal i HR-systemet", "Lönechef", "T1, T2, T3", "Genomförd",
         "Genomförd", "Genomförd", "Genomförd", "Nej", "Inga avvikelser.", {}, []),
        ("P2", "Lön betalas ut efter avslutad anställning", "Kontroll av att avslutade anställningar avslutas i lönesystemet i tid",
         "Avstämning avgångslista mot lönekörning", "Lönechef", "T3", "Genomförd",
         None, None, "Genomförd", "Ja",
         "En felaktig utbetalning (en månadslön) efter avslutad anställning. Beloppet är återkrävt.", {}, ["H", "I"]),
        ("P3", "Medarbetarsamtal genomförs inte", "Uppföljning av att chefer genomför medarbetarsamtal med samtliga medarbetare",
         "Enkät till chefer", "HR-chef", "T3", "Delvis genomförd",
         None, None, None, None,
         "Ej aktuellt 2025 – kontrollen ersätts av den nya medarbetarenkäten enligt KS beslut 2025-05-20 § 87.", {}, ["H", "I"]),
        ("P4", "Övertid betalas ut utan beslut", "Kontroll av utbetald övertidsersättning mot beslut om övertid",
         "Stickprov 10 utbetalningar per tertial", "HR-specialist", "Löpande", "Genomförd",
         "Pågår", "Pågår", None, None, None, {}, []),
    ]),
    ("IT och informationssäkerhet", "IT, informationssäkerhet och dataskydd", [
        ("I1", "Obehöriga har åtkomst till ekonomisystemet", "Behörighetskontroll i ekonomisystemet – konton för avslutade användare tas bort",
         "Uttag behörighetslista mot HR-systemet", "Systemförvaltare ekonomi", "T1, T3", "Genomförd",
         "Genomförd", None, "Genomförd", "Ja",
         "Tre konton för personer som slutat kvarstod vid T3-kontrollen. Konton spärrade samma dag.", {}, ["I"]),
        ("I2", "Bristande efterlevnad av dataskyddsförordningen", "Registerförteckningen enligt dataskyddsförordningen (art. 30) är uppdaterad",
         "Genomgång av förteckningen med dataskyddsombud", "Informationssäkerhetssamordnare", "T2, T3", "Ej genomförd",
         None, "Pågår", "Delvis genomförd", "Nej",
         "Förteckningen uppdaterad för kanslienheten och ekonomienheten. HR och IT återstår.", {}, ["H"]),
    ]),
]


def build_ks(path):
    wb = Workbook()
    summ = wb.active
    summ.title = "Sammanfattning"
    # instruction sheet
    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion för ifyllnad"
    ins["A1"].font = TITLE
    lines = [
        "1. Fyll i status för respektive tertial genom att välja i rullistan (Genomförd, Delvis genomförd, Pågår, Ej genomförd, Ej aktuell).",
        "2. Ange i kolumnen Avvikelse om kontrollen visat fel eller brister (Ja/Nej).",
        "3. Beskriv resultat och åtgärder i kolumnen Kommentar/åtgärd.",
        "4. Grå celler = ingen kontroll planerad den tertialen.",
        "5. Statuscellen färgas automatiskt: grön = genomförd, gul = delvis/pågår, röd = ej genomförd, grå = ej aktuell.",
    ]
    for i, t in enumerate(lines, start=3):
        ins.cell(row=i, column=1, value=t)
    ins["A10"] = "Exempel på ifylld rad:"
    ins["A10"].font = BOLD
    for j, h in enumerate(["Kontrollmoment", "T1", "T2", "T3", "Avvikelse", "Kommentar"], start=1):
        hdr(ins, 11, j, h)
    for j, v in enumerate(["Kontroll av att attestförteckningen är uppdaterad", "Genomförd", "Genomförd",
                           "Genomförd", "Nej", "Inga avvikelser"], start=1):
        body(ins, 12, j, v)
    ins.column_dimensions["A"].width = 60
    for col in "BCDEF":
        ins.column_dimensions[col].width = 16

    sheet_refs = []
    for sheet_name, proc_title, rows in KS_PROCESSES:
        ws = wb.create_sheet(sheet_name)
        ws.merge_cells("A1:L1")
        ws["A1"] = "Kommunstyrelsen – Uppföljning av internkontrollplan 2025"
        ws["A1"].font = TITLE
        ws["A2"] = "Process: " + proc_title
        ws["A2"].font = BOLD
        ws["A3"] = "Rapporteringstillfälle: Helår 2025 (T3, per 2025-12-31)"
        heads = ["Nr", "Risk", "Kontrollmoment", "Metod / omfattning", "Ansvarig", "Kontroll-tillfälle", "Status 2024"]
        for j, h in enumerate(heads, start=1):
            hdr(ws, 4, j, h)
            hdr(ws, 5, j, None)
            ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
        hdr(ws, 4, 8, "Status 2025 per tertial")
        hdr(ws, 4, 9, None)
        hdr(ws, 4, 10, None)
        ws.merge_cells("H4:J4")
        hdr(ws, 5, 8, "T1 (jan–apr)", fill=SUB_FILL, font=BOLD)
        hdr(ws, 5, 9, "T2 (maj–aug)", fill=SUB_FILL, font=BOLD)
        hdr(ws, 5, 10, "T3 / helår (sep–dec)", fill=SUB_FILL, font=BOLD)
        hdr(ws, 4, 11, "Avvikelse")
        hdr(ws, 5, 11, None)
        ws.merge_cells("K4:K5")
        hdr(ws, 4, 12, "Kommentar / åtgärd")
        hdr(ws, 5, 12, None)
        ws.merge_cells("L4:L5")
        # hidden template example row
        ex = ["0", "Exempel", "Exempel: Kontroll att fakturor är attesterade (radera raden)", "Stickprov", "NN",
              "T1", None, "Genomförd", "Genomförd", "Genomförd", "Nej", "Exempelrad från mallen"]
        for j, v in enumerate(ex, start=1):
            body(ws, 6, j, v).font = Font(italic=True, color="7F7F7F")
        ws.row_dimensions[6].hidden = True
        r = 7
        for (nr, risk, km, metod, ansv, tillf, s24, t1, t2, t3, avv, komm, notes, greys) in rows:
            vals = [nr, risk, km, metod, ansv, tillf, s24, t1, t2, t3, avv, komm]
            for j, v in enumerate(vals, start=1):
                c = body(ws, r, j, v, align=CENTER if 6 <= j <= 11 else WRAP)
            for col in greys:
                ws[f"{col}{r}"].fill = GREY
            for col, txt in notes.items():
                cm = Comment(txt, "Controller KLF")
                cm.width = 300
                cm.height = 120
                ws[f"{col}{r}"].comment = cm
            r += 1
        last = r - 1
        rng = f"H7:J{last + 5}"
        dv = DataValidation(type="list", formula1='"' + KS_STATUSES + '"', allow_blank=True,
                            showErrorMessage=True, errorTitle="Ogiltig status", error="Välj status i listan")
        dv.add(rng)
        ws.add_data_validation(dv)
        dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
        dv2.add(f"K7:K{last + 5}")
        ws.add_data_validation(dv2)
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Genomförd"'], fill=GREEN))
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Delvis genomförd"'], fill=YELLOW))
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Pågår"'], fill=YELLOW))
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Ej genomförd"'], fill=RED))
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Ej aktuell"'], fill=LGREY))
        widths = {"A": 6, "B": 28, "C": 48, "D": 28, "E": 20, "F": 11, "G": 14, "H": 14, "I": 14, "J": 16, "K": 11, "L": 55}
        for k, v in widths.items():
            ws.column_dimensions[k].width = v
        ws.column_dimensions["G"].hidden = True
        ws.freeze_panes = "D6"
        sheet_refs.append((sheet_name, last))

    # summary sheet with formulas
    summ.merge_cells("A1:H1")
    summ["A1"] = "Kommunstyrelsen – Sammanfattning intern kontroll helår 2025"
    summ["A1"].font = TITLE
    summ["A2"] = "Underlag till KS-ärende KS 2026/0041. Antal avser status i kolumnen T3 / helår."
    heads = ["Process", "Antal kontrollmoment", "Genomförd", "Delvis genomförd", "Pågår", "Ej genomförd", "Ej aktuell", "Antal med avvikelse"]
    for j, h in enumerate(heads, start=1):
        hdr(summ, 4, j, h)
    r = 5
    for name, last in sheet_refs:
        q = f"'{name}'"
        body(summ, r, 1, name)
        body(summ, r, 2, f"=COUNTA({q}!C7:C{last})", align=CENTER)
        for j, st in enumerate(["Genomförd", "Delvis genomförd", "Pågår", "Ej genomförd", "Ej aktuell"], start=3):
            body(summ, r, j, f'=COUNTIF({q}!J7:J{last},"{st}")', align=CENTER)
        body(summ, r, 8, f'=COUNTIF({q}!K7:K{last},"Ja")', align=CENTER)
        r += 1
    body(summ, r, 1, "Summa").font = BOLD
    for j in range(2, 9):
        col = "ABCDEFGH"[j - 1]
        body(summ, r, j, f"=SUM({col}5:{col}{r - 1})", align=CENTER).font = BOLD
    summ[f"A{r + 2}"] = "Kommunledningsförvaltningen, 2026-01-16"
    summ.column_dimensions["A"].width = 30
    for col in "BCDEFGH":
        summ.column_dimensions[col].width = 15
    wb.active = 0
    wb.properties.creator = "Maria Sjöberg"
    autofit_rows(wb)
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 2. Välfärdsförvaltningen: Socialnämnden + Vård- och omsorgsnämnden in one workbook.
#    Numeric codes 1–3 with icon-set traffic lights, hidden risk columns, merged process cells.
# ---------------------------------------------------------------------------------------------
SN_ROWS = [
    ("Myndighetsutövning ekonomiskt bistånd", [
        ("1.1", "Beslut fattas av fel delegat", 2, 3,
         "Kontroll att beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Enhetschef försörjningsstöd",
         3, 3, 3, "Nej", "Stickprov 30 beslut per tertial. Samtliga fattade av rätt delegat."),
        ("1.2", "Dubbla eller felaktiga utbetalningar", 3, 3,
         "Stickprov på utbetalningar av ekonomiskt bistånd – dubbelutbetalningar", "Controller",
         2, 2, 3, "Ja", "Två dubbelutbetalningar upptäcktes i oktober, återkrav beslutat. Spärr i systemet infört."),
    ]),
    ("Placeringar", [
        ("2.1", "Fakturerade vårddygn stämmer inte med avtal", 3, 4,
         "Uppföljning av placeringar på HVB – avtal och fakturor stämmer överens", "Enhetschef barn och unga",
         None, 1, 1, None, "Ej genomförd på grund av vakans på enhetschefstjänsten under hösten."),
    ]),
    ("Barn och unga", [
        ("3.1", "Förhandsbedömning görs inte i tid", 3, 4,
         "Orosanmälningar – förhandsbedömning inom 14 dagar", "Enhetschef mottagning",
         2, 2, 2, "Ja", "I 11 % av ärendena överskreds 14 dagar. Arbetet med ny mottagningsrutin pågår."),
        ("3.2", "Statliga medel återsöks inte", 2, 2,
         "Återsökning av statsbidrag från Migrationsverket för ensamkommande", "Ekonom",
         None, None, "U", None, "Utgår – inga ärenden som berättigar till ersättning under 2025."),
    ]),
    ("Informationssäkerhet", [
        ("4.1", "Otillbörlig åtkomst till personakter", 2, 4,
         "Loggkontroll i verksamhetssystemet (Lifecare) – otillbörlig åtkomst", "Systemförvaltare",
         2, None, "?", None, None),
    ]),
]

VON_ROWS = [
    ("LSS och SoL", [
        ("1.1", "Beslut verkställs inte i tid", 3, 3,
         "LSS-beslut verkställs inom tre månader – rapportering till IVO", "Enhetschef LSS",
         3, 3, 3, "Ja", "Två ej verkställda beslut har rapporterats till IVO och nämnden i december."),
    ]),
    ("Avgifter", [
        ("2.1", "Felaktiga avgifter debiteras", 3, 2,
         "Avgiftsberäkning hemtjänst – stickprov på 20 debiteringar", "Avgiftshandläggare",
         None, 2, None, None, "Stickprovet genomfört i december. En felaktig avgift hittades och har korrigerats."),
    ]),
    ("Hälso- och sjukvård", [
        ("3.1", "Läkemedelsavvikelser följs inte upp", 2, 4,
         "Kontroll av att läkemedelsavvikelser rapporteras och åtgärdas", "MAS",
         3, 3, 3, "Nej", "Avvikelserapporteringen fungerar enligt rutin."),
    ]),
    ("Särskilt boende", [
        ("4.1", "Brukares pengar hanteras felaktigt", 3, 3,
         "Kontroll av brukarmedel och kontanthantering på särskilda boenden", "Enhetschefer SäBo",
         1, 2, 2, "Ja", "Kvitton saknades på två av sex boenden. Kontrollen slutförs under våren 2026."),
        ("4.2", "Bemanningsföretag fakturerar fel pris", 2, 3,
         "Fakturor från bemanningsföretag kontrolleras mot avtalade priser", "Controller",
         None, None, 1, None, "Ej genomförd. Skjuts till 2026."),
    ]),
]


def build_valfard(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Översikt"
    ov.merge_cells("A1:G1")
    ov["A1"] = "Välfärdsförvaltningen – Uppföljning av internkontrollplaner 2025"
    ov["A1"].font = TITLE
    ov["A2"] = "Avser: helårsuppföljning 2025 (bedömning T1, T2 och helår)"
    ov["A3"] = "Flik SN = Socialnämnden, flik VON = Vård- och omsorgsnämnden"
    ov["A5"] = "Bedömningsskala"
    ov["A5"].font = BOLD
    legend = [(3, "Kontrollen genomförd", GREEN), (2, "Kontrollen påbörjad / delvis genomförd", YELLOW),
              (1, "Kontrollen ej genomförd", RED), ("U", "Utgår (kontrollen ska inte göras)", LGREY)]
    for i, (code, txt, fill) in enumerate(legend, start=6):
        c = ov.cell(row=i, column=1, value=code)
        c.fill = fill
        c.alignment = CENTER
        c.border = BORDER
        ov.cell(row=i, column=2, value=txt)
    heads = ["Nämnd", "Antal kontrollmoment", "3", "2", "1", "U", "Avvikelser (Ja)"]
    for j, h in enumerate(heads, start=1):
        hdr(ov, 11, j, h)
    ov["A10"] = "Sammanställning helår"
    ov["A10"].font = BOLD

    row_ov = 12
    for sheet, namn, data in [("SN", "Socialnämnden", SN_ROWS), ("VON", "Vård- och omsorgsnämnden", VON_ROWS)]:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:M1")
        ws["A1"] = f"{namn} – internkontrollplan 2025, uppföljning"
        ws["A1"].font = TITLE
        ws["A2"] = "Bedömningsskala: se flik Översikt. Helårsbedömningen lämnas senast 2026-01-20."
        heads = ["Nr", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Kontrollant"]
        for j, h in enumerate(heads, start=1):
            hdr(ws, 3, j, h)
            hdr(ws, 4, j, None)
            ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
        hdr(ws, 3, 9, "Bedömning 2025")
        hdr(ws, 3, 10, None)
        hdr(ws, 3, 11, None)
        ws.merge_cells("I3:K3")
        for j, h in zip((9, 10, 11), ("T1", "T2", "Helår")):
            hdr(ws, 4, j, h, fill=SUB_FILL, font=BOLD)
        for j, h in ((12, "Avvikelse"), (13, "Kommentar")):
            hdr(ws, 3, j, h)
            hdr(ws, 4, j, None)
            ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
        r = 5
        for proc, items in data:
            start = r
            for (nr, risk, s, k, km, kontr, t1, t2, hl, avv, komm) in items:
                vals = [nr, proc if r == start else None, risk, s, k, f"=D{r}*E{r}", km, kontr, t1, t2, hl, avv, komm]
                for j, v in enumerate(vals, start=1):
                    body(ws, r, j, v, align=CENTER if j in (1, 4, 5, 6, 9, 10, 11, 12) else WRAP)
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        last = r - 1
        rng = f"I5:K{last}"
        ws.conditional_formatting.add(rng, IconSetRule("3TrafficLights1", "num", [0, 2, 3], showValue=True))
        dv = DataValidation(type="list", formula1='"1,2,3,U"', allow_blank=True)
        dv.add(rng)
        ws.add_data_validation(dv)
        for k, v in {"A": 5, "B": 22, "C": 30, "D": 8, "E": 8, "F": 8, "G": 50, "H": 22, "I": 8, "J": 8,
                     "K": 8, "L": 10, "M": 60}.items():
            ws.column_dimensions[k].width = v
        for col in "DEF":
            ws.column_dimensions[col].hidden = True
        ws.freeze_panes = "H5"
        body(ov, row_ov, 1, namn)
        body(ov, row_ov, 2, f"=COUNTA({sheet}!G5:G{last})", align=CENTER)
        for j, code in enumerate([3, 2, 1], start=3):
            body(ov, row_ov, j, f"=COUNTIF({sheet}!K5:K{last},{code})", align=CENTER)
        body(ov, row_ov, 6, f'=COUNTIF({sheet}!K5:K{last},"U")', align=CENTER)
        body(ov, row_ov, 7, f'=COUNTIF({sheet}!L5:L{last},"Ja")', align=CENTER)
        row_ov += 1
    wb.properties.creator = "Johan Karlsson, Välfärdsförvaltningen"
    ov.column_dimensions["A"].width = 28
    ov.column_dimensions["B"].width = 40
    for col in "CDEFG":
        ov.column_dimensions[col].width = 14
    autofit_rows(wb)
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – percentage per tertial with colour CF, notes, merged processes
# ---------------------------------------------------------------------------------------------
BUN_SHEETS = [
    ("Ekonomi", [
        ("Attest och utbetalning", "Attestkontroll – fakturor attesteras av behörig attestant (stickprov 30 st)",
         "Stickprov i fakturaportalen", "Ekonom BUF", 1, 1, 1, "Nej", None, {}),
        ("Attest och utbetalning", "Kontroll av skolskjutsfakturor mot körjournaler",
         "Jämförelse faktura – körjournal per månad", "Skolskjutssamordnare", 0.5, 0.8, 1,
         "Ja", "Felaktigt debiterade mil i oktober, kreditering begärd och mottagen.", {}),
        ("Intäkter", "Interkommunala ersättningar – fakturering och avstämning mot elevregistret",
         "Avstämning mot elevregistret", "Ekonom BUF", 0.2, 0.4, 0.6, "Nej",
         "Avstämning klar för grundskolan, gymnasiesärskolan återstår.", {}),
    ]),
    ("Personal", [
        ("Rekrytering", "Registerkontroll (utdrag ur belastningsregistret) vid nyanställning i förskola och skola",
         "Stickprov 20 nyanställda", "HR-konsult", 1, 1, 1, "Ja",
         "Två anställda saknade utdrag i personalakten. Utdrag har begärts in.", {}),
        ("Lön", "Kontroll av timanställdas tidrapporter mot schema",
         "Stickprov 15 tidrapporter", "Rektorer", None, None, 0, None,
         "Ej påbörjad – personalbrist på lönegruppen under hösten.", {}),
        ("Kompetens", "Legitimation för lärare kontrolleras innan tillsvidareanställning",
         "Kontroll mot Skolverkets register", "HR-konsult", None, None, "Ej aktuell", None,
         "Kontrollen utgår – görs centralt av HR-avdelningen från 2025.", {}),
    ]),
    ("Verksamhet och dataskydd", [
        ("Elevers trygghet", "Kontroll av att kränkningsanmälningar anmäls till huvudman inom en vecka",
         "Uttag ur anmälningssystemet", "Kvalitetsstrateg", 1, 1, 1, "Nej", None, {}),
        ("Dataskydd", "Personuppgiftsbiträdesavtal finns för samtliga digitala lärverktyg",
         "Genomgång av förteckning över lärverktyg", "IT-pedagog", 0.2, 0.4, None, None, None,
         {"G": "Genomgången klar 2025-12-15. Avtal saknades för 3 appar – dessa har avvecklats. /IT-pedagog"}),
        ("Dataskydd", "Behörigheter i elevregistret (IST) – konton för avslutade användare tas bort",
         "Behörighetslista mot personalregister", "Systemförvaltare", 1, None, "se bilaga", None, None, {}),
        ("Närvaro", "Problematisk skolfrånvaro följs upp enligt rutin (elevhälsan)",
         "Stickprov 10 elever per skola", "Elevhälsochef", 0.5, 0.5, 0.75, "Nej",
         "Uppföljning gjord på 6 av 8 skolor.", {}),
    ]),
]


def build_bun(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Sammanställning"
    sm["A1"] = "Barn- och utbildningsnämnden"
    sm["A1"].font = TITLE
    sm["A2"] = "Uppföljning intern kontroll 2025 – rapporteringstillfälle tertial 3 (helår)"
    sm["A4"] = "Sammanställning T3"
    sm["A4"].font = BOLD
    stat = [("Antal kontrollmoment", 10), ("Genomförda (100 %)", 4), ("Pågående (1–99 %)", 2),
            ("Ej påbörjade (0 %)", 1), ("Ej aktuell", 1), ("Övrigt / se kommentar", 2)]
    for i, (t, n) in enumerate(stat, start=5):
        body(sm, i, 1, t)
        body(sm, i, 2, n, align=CENTER)
    sm["A12"] = "Förvaltningens bedömning: den interna kontrollen har i huvudsak fungerat. Se respektive flik."
    sm["A14"] = "Barn- och utbildningsförvaltningen, kvalitetsenheten"
    sm.column_dimensions["A"].width = 40
    sm.column_dimensions["B"].width = 12
    for sheet, rows in BUN_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "BUN – Uppföljning intern kontroll 2025"
        ws["A1"].font = TITLE
        ws["A2"] = "Flik: " + sheet
        heads = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig"]
        for j, h in enumerate(heads, start=1):
            hdr(ws, 3, j, h)
            hdr(ws, 4, j, None)
            ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
        hdr(ws, 3, 5, "Genomförandegrad per tertial")
        hdr(ws, 3, 6, None)
        hdr(ws, 3, 7, None)
        ws.merge_cells("E3:G3")
        for j, h in zip((5, 6, 7), ("T1", "T2", "T3")):
            hdr(ws, 4, j, h, fill=SUB_FILL, font=BOLD)
        for j, h in ((8, "Avvikelse"), (9, "Kommentar")):
            hdr(ws, 3, j, h)
            hdr(ws, 4, j, None)
            ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
        r = 5
        prev = None
        start = 5
        for (omr, km, metod, ansv, t1, t2, t3, avv, komm, notes) in rows:
            if omr != prev:
                if prev is not None and r - 1 > start:
                    ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                start = r
                body(ws, r, 1, omr)
                prev = omr
            else:
                body(ws, r, 1, None)
            for j, v in enumerate([km, metod, ansv, t1, t2, t3, avv, komm], start=2):
                c = body(ws, r, j, v, align=CENTER if 5 <= j <= 8 else WRAP)
                if 5 <= j <= 7 and isinstance(v, (int, float)):
                    c.number_format = "0%"
                if 5 <= j <= 7 and v == "Ej aktuell":
                    c.fill = GREY
            for col, txt in notes.items():
                cm = Comment(txt, "Kvalitetsstrateg BUF")
                cm.width = 280
                cm.height = 110
                ws[f"{col}{r}"].comment = cm
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        last = r - 1
        rng = f"E5:G{last}"
        ws.conditional_formatting.add(rng, FormulaRule(formula=["AND(ISNUMBER(E5),E5>=1)"], fill=GREEN))
        ws.conditional_formatting.add(rng, FormulaRule(formula=["AND(ISNUMBER(E5),E5>0,E5<1)"], fill=YELLOW))
        ws.conditional_formatting.add(rng, FormulaRule(formula=["AND(ISNUMBER(E5),E5=0,NOT(ISBLANK(E5)))"], fill=RED))
        dv = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
        dv.add(f"H5:H{last}")
        ws.add_data_validation(dv)
        # legend to the right
        ws["K3"] = "Färgförklaring"
        ws["K3"].font = BOLD
        for i, (txt, fill) in enumerate([("100 % = genomförd", GREEN), ("1–99 % = pågår", YELLOW),
                                         ("0 % = ej påbörjad", RED), ("Ej aktuell = utgår", GREY)], start=4):
            c = ws.cell(row=i, column=11, value=txt)
            c.fill = fill
            c.border = BORDER
        for k, v in {"A": 20, "B": 50, "C": 30, "D": 20, "E": 9, "F": 9, "G": 11, "H": 10, "I": 50, "K": 22}.items():
            ws.column_dimensions[k].width = v
        ws.freeze_panes = "C5"
    wb.properties.creator = "Lena Åberg"
    autofit_rows(wb)
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 4. Tekniska nämnden – sheets per avdelning, text codes, CF, hidden column; saved as .ods via LO
# ---------------------------------------------------------------------------------------------
TN_SHEETS = [
    ("Gata och park", [
        ("Vinterväghållning", "Kontroll av att entreprenörens fakturor för vinterväghållning stämmer mot avtal och körrapporter",
         "Per tertial", "K. Lind", "OK", "–", "Avv", "Felaktig timdebitering i december, reklamerad till entreprenören."),
        ("Lekplatser", "Besiktning av lekplatser enligt besiktningsplan", "Två ggr/år", "M. Ek",
         "–", "OK", "OK", None),
        ("Schakt", "Grävtillstånd följs upp med återställningsbesiktning", "T3", "K. Lind",
         "–", "–", "Pågår", "27 av 40 tillstånd besiktigade."),
    ]),
    ("Vatten och avlopp", [
        ("Taxa", "Kontroll av VA-taxedebitering – nya abonnenter debiteras anläggningsavgift", "T3", "S. Holm",
         "–", "–", "OK", None),
        ("Debitering", "Avläsning av vattenmätare – stickprov mot debiterad förbrukning", "T2, T3", "S. Holm",
         "–", "Ej utförd", "Ej utförd", "Ej utförd p.g.a. byte av debiteringssystem."),
        ("Dricksvatten", "Egenkontroll dricksvatten – provtagning enligt kontrollprogram", "Löpande", "A. Berg",
         "OK", "OK", "OK", "Samtliga prover utan anmärkning."),
    ]),
    ("Fastighet", [
        ("Inköp", "Avtalstrohet – inköp av hantverkstjänster görs via ramavtal", "T3", "P. Nyström",
         "–", "–", "Avv", "3 av 20 inköp utanför ramavtal. Information till driftteknikerna."),
        ("Lås och larm", "Kontroll av nycklar och passerkort – återlämning vid avslutad anställning", "T2, T3", "P. Nyström",
         "–", "Pågår", None, "Inventering av passerkort klar 2025-11-30. 14 kort som inte återlämnats har spärrats."),
        ("Energi", "Energiuppföljning – avvikande förbrukning i kommunens fastigheter", "T3", "P. Nyström",
         "–", "–", "Utgår", "Utgår, ersatt av energieffektiviseringsprojektet enligt TN 2025-04-22 § 45."),
    ]),
]


def build_tn(xlsx_path):
    wb = Workbook()
    su = wb.active
    su.title = "Summering"
    su["A1"] = "Tekniska nämnden – uppföljning av intern kontroll 2025"
    su["A1"].font = TITLE
    su["A2"] = "Helårsrapport (tertial 3), Tekniska förvaltningen"
    su["A4"] = "Teckenförklaring"
    su["A4"].font = BOLD
    leg = [("OK", "Kontrollen utförd utan anmärkning", GREEN), ("Avv", "Kontrollen utförd, avvikelse noterad", ORANGE),
           ("Pågår", "Kontrollen påbörjad men inte klar", YELLOW), ("Ej utförd", "Kontrollen har inte utförts", RED),
           ("Utgår", "Kontrollen har strukits genom beslut", LGREY), ("–", "Ingen kontroll planerad denna tertial", None)]
    for i, (k, t, f) in enumerate(leg, start=5):
        c = su.cell(row=i, column=1, value=k)
        c.alignment = CENTER
        c.border = BORDER
        if f:
            c.fill = f
        su.cell(row=i, column=2, value=t)
    su["A12"] = "Antal per avdelning, tertial 3"
    su["A12"].font = BOLD
    heads = ["Avdelning", "Kontrollmoment", "OK", "Avv", "Pågår", "Ej utförd", "Utgår"]
    for j, h in enumerate(heads, start=1):
        hdr(su, 13, j, h)
    r_su = 14
    for sheet, rows in TN_SHEETS:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:H1")
        ws["A1"] = f"Intern kontroll 2025 – {sheet}"
        ws["A1"].font = TITLE
        ws["A2"] = "Tekniska förvaltningen"
        heads = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Kontrollant", "Tertial 1", "Tertial 2", "Tertial 3", "Kommentar"]
        for j, h in enumerate(heads, start=1):
            hdr(ws, 3, j, h)
        r = 4
        for row in rows:
            for j, v in enumerate(row, start=1):
                body(ws, r, j, v, align=CENTER if 3 <= j <= 7 else WRAP)
            r += 1
        last = r - 1
        rng = f"E4:G{last}"
        for word, fill in (("OK", GREEN), ("Avv", ORANGE), ("Pågår", YELLOW), ("Ej utförd", RED), ("Utgår", LGREY)):
            ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=[f'"{word}"'], fill=fill))
        dv = DataValidation(type="list", formula1='"OK,Avv,Pågår,Ej utförd,Utgår,–"', allow_blank=True)
        dv.add(rng)
        ws.add_data_validation(dv)
        for k, v in {"A": 20, "B": 55, "C": 12, "D": 14, "E": 11, "F": 11, "G": 11, "H": 55}.items():
            ws.column_dimensions[k].width = v
        ws.column_dimensions["D"].hidden = True
        ws.freeze_panes = "C4"
        q = f"'{sheet}'"
        body(su, r_su, 1, sheet)
        body(su, r_su, 2, f"=COUNTA({q}!B4:B{last})", align=CENTER)
        for j, w in enumerate(["OK", "Avv", "Pågår", "Ej utförd", "Utgår"], start=3):
            body(su, r_su, j, f'=COUNTIF({q}!G4:G{last},"{w}")', align=CENTER)
        r_su += 1
    su[f"A{r_su + 1}"] = "Beslutad av Tekniska nämnden 2026-01-27 § 5"
    su.column_dimensions["A"].width = 22
    su.column_dimensions["B"].width = 40
    wb.properties.creator = "Per Nyström"
    autofit_rows(wb)
    wb.save(xlsx_path)


# ---------------------------------------------------------------------------------------------
# 5. Stratsys CSV export (cp1252) – KFN and MBN, long format: one row per control and period
# ---------------------------------------------------------------------------------------------
KFN = "KFN - Kultur- och fritidsnämnden"
MBN = "MBN - Miljö- och byggnadsnämnden"
CSV_ROWS = [
    # org, process, kontrollmoment, period, status, kommentar, avvikelse, ändrad
    (KFN, "Bidrag", "Bidrag till föreningar – kontroll av att beslut följer bidragsreglerna", "2025 T1",
     "Delvis genomförd", "Vårens bidragsbeslut granskade.", "Nej", "2025-05-08"),
    (KFN, "Bidrag", "Bidrag till föreningar – kontroll av att beslut följer bidragsreglerna", "2025 T2",
     "Genomförd", "", "Nej", "2025-09-03"),
    (KFN, "Bidrag", "Bidrag till föreningar – kontroll av att beslut följer bidragsreglerna", "2025 Helår",
     "Genomförd", "Samtliga 42 beslut följer bidragsreglerna.", "Nej", "2026-01-09"),
    (KFN, "Kassahantering", "Kontantkassor i simhall och bibliotek – kassaavstämning", "2025 T1",
     "Genomförd", "", "Nej", "2025-05-08"),
    (KFN, "Kassahantering", "Kontantkassor i simhall och bibliotek – kassaavstämning", "2025 T2",
     "Genomförd", "", "Nej", "2025-09-03"),
    (KFN, "Kassahantering", "Kontantkassor i simhall och bibliotek – kassaavstämning", "2025 Helår",
     "Genomförd", "Kassadifferens 1 240 kr i simhallen i november.\nRutin för dubbelräkning införd.", "Ja", "2026-01-09"),
    (KFN, "Lokaler", "Uthyrning av lokaler – alla bokningar faktureras", "2025 Helår",
     "Ej genomförd", "Ej genomförd, resursbrist på bokningen.", "Nej", "2026-01-12"),
    (KFN, "Representation", "Representation och gåvor – stickprov på fakturor", "2024 Helår",
     "Genomförd", "Inga avvikelser 2024.", "Nej", "2025-01-15"),
    (KFN, "Representation", "Representation och gåvor – stickprov på fakturor", "2025 T2",
     "Delvis genomförd", "Stickprov för våren klart.", "Nej", "2025-09-03"),
    (KFN, "Representation", "Representation och gåvor – stickprov på fakturor", "2025 Helår",
     "", "Pågår, höstens stickprov slutförs i januari 2026.", "", "2026-01-12"),
    (KFN, "Dataskydd", "Dataskydd – samtycke finns för bilder som publiceras i sociala medier", "2025 Helår",
     "Utgår", "Utgår enligt KFN 2025-06-11 § 58, hanteras i kommunens gemensamma kontroll.", "Nej", "2025-06-12"),
    (MBN, "Bygglov", "Handläggningstid bygglov – beslut inom 10 veckor", "2025 T1",
     "Genomförd", "", "Nej", "2025-05-12"),
    (MBN, "Bygglov", "Handläggningstid bygglov – beslut inom 10 veckor", "2025 T2",
     "Genomförd", "", "Ja", "2025-09-05"),
    (MBN, "Bygglov", "Handläggningstid bygglov – beslut inom 10 veckor", "2025 Helår",
     "Genomförd", "3 ärenden över tidsgränsen, avgiften reducerad enligt PBL 12 kap. 8 a §.", "Ja", "2026-01-13"),
    (MBN, "Tillsyn", "Debitering av tillsynsavgifter enligt taxa", "2025 Helår",
     "Delvis genomförd", "Livsmedel klart, miljöbalkstillsyn återstår.", "Nej", "2026-01-13"),
    (MBN, "Delegation", "Delegationsbeslut anmäls till nämnden", "2024 Helår",
     "Ej genomförd", "", "Ja", "2025-01-20"),
    (MBN, "Delegation", "Delegationsbeslut anmäls till nämnden", "2025 Helår",
     "Genomförd", "Samtliga delegationsbeslut anmälda månadsvis.", "Nej", "2026-01-13"),
    (MBN, "Jäv", "Jävsdeklarationer finns för samtliga inspektörer", "2025 T1",
     "Ej påbörjad", "", "", "2025-05-12"),
    (MBN, "Jäv", "Jävsdeklarationer finns för samtliga inspektörer", "2025 T2",
     "Genomförd", "Kontrollen genomförd i maj, årlig kontroll. Alla deklarationer inlämnade.", "Nej", "2025-09-05"),
    (MBN, "Diarieföring", "Kontroll av att inkomna ärenden diarieförs inom två arbetsdagar", "2025 Helår",
     "Ej genomförd", "Ej hunnits med under året.", "Nej", "2026-01-13"),
]


def build_csv(path):
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Period", "Status", "Kommentar",
                    "Avvikelse", "Senast ändrad"])
        for row in CSV_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------------------------
# 6. Överförmyndarnämnden – one sheet per tertial, summary; saved as real .xls via LO
# ---------------------------------------------------------------------------------------------
OFN_CONTROLS = [
    ("Granskning av årsräkningar – samtliga inkomna årsräkningar granskas före 30 september",
     ("Pågår", "Pågår inläsning"), ("Pågår", "312 av 340 granskade"),
     ("Genomförd", "Samtliga granskade. 4 årsräkningar med anmärkning, ställföreträdarna har fått återrapportera.")),
    ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinje",
     (None, None), ("Genomförd", "Stickprov 25 arvodesbeslut"), ("Genomförd", "Inga fel.")),
    ("Uttagsspärrade konton – kontroll av förbehåll hos bank",
     (None, None), (None, None), ("Ej genomförd", "Ej hunnit p.g.a. hög ärendemängd. Flyttas till 2026.")),
    ("Lämplighetsprövning av nya gode män (belastningsregister, Kronofogden)",
     ("Genomförd", ""), ("Genomförd", ""), ("Genomförd", "Samtliga 18 nya ställföreträdare prövade.")),
    ("Dataskydd – akter förvaras i låst arkiv och utlånade akter registreras",
     (None, None), ("Genomförd", "Kontroll utförd i juni, årlig kontroll. Inga brister."), (None, "Se T2")),
    ("Handläggningstid – ansökningar om godmanskap avgörs inom fyra månader",
     ("Pågår", ""), ("Delvis", ""), ("Delvis", "Median 3,5 mån. 9 ärenden över fyra månader.")),
]


def build_ofn(xlsx_path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Sammanställning"
    sm["A1"] = "Överförmyndarnämnden – intern kontroll 2025"
    sm["A1"].font = TITLE
    sm["A2"] = "Sammanställning per tertial (räknas från flikarna T1, T2 och T3 helår)"
    heads = ["Status", "T1", "T2", "T3 helår"]
    for j, h in enumerate(heads, start=1):
        hdr(sm, 4, j, h)
    tabs = [("T1", "Uppföljning tertial 1 (januari–april)"), ("T2", "Uppföljning tertial 2 (maj–augusti)"),
            ("T3 helår", "Uppföljning tertial 3 / helår (september–december)")]
    for i, st in enumerate(["Genomförd", "Delvis", "Pågår", "Ej genomförd", "Utgår"], start=5):
        body(sm, i, 1, st)
        for j, (tab, _) in enumerate(tabs, start=2):
            body(sm, i, j, f"=COUNTIF('{tab}'!C5:C10,\"{st}\")", align=CENTER)
    sm.column_dimensions["A"].width = 18
    for ti, (tab, title) in enumerate(tabs):
        ws = wb.create_sheet(tab)
        ws["A1"] = "Överförmyndarnämnden – intern kontroll 2025"
        ws["A1"].font = TITLE
        ws["A2"] = title
        ws["A2"].font = BOLD
        for j, h in enumerate(["Nr", "Kontrollmoment", "Status", "Kommentar"], start=1):
            hdr(ws, 4, j, h)
        for i, ctrl in enumerate(OFN_CONTROLS, start=1):
            st, kom = ctrl[1 + ti]
            body(ws, 4 + i, 1, i, align=CENTER)
            body(ws, 4 + i, 2, ctrl[0])
            body(ws, 4 + i, 3, st, align=CENTER)
            body(ws, 4 + i, 4, kom)
        dv = DataValidation(type="list", formula1='"Genomförd,Delvis,Pågår,Ej genomförd,Utgår"', allow_blank=True)
        dv.add("C5:C10")
        ws.add_data_validation(dv)
        ws.column_dimensions["B"].width = 60
        ws.column_dimensions["C"].width = 15
        ws.column_dimensions["D"].width = 60
        ws.freeze_panes = "A5"
        ws["A13"] = "Ifylld av: handläggare överförmyndarenheten"
    wb.properties.creator = "Anders Holm"
    autofit_rows(wb)
    wb.save(xlsx_path)


# ---------------------------------------------------------------------------------------------
# 7. Kultur- och fritidsnämnden – LAST YEAR's (2024) helår file sent by mistake; symbols ✔ ◐ ✖
# ---------------------------------------------------------------------------------------------
KFN24 = [
    ("Föreningsstöd", "Föreningsbidrag – kontroll av medlemsförteckningar hos bidragsmottagare", "✔", "✔", "✔", ""),
    ("Kassahantering", "Kassahantering i simhallen – dagliga kassarapporter stäms av", "✔", "✔", "✔",
     "Avvikelse: differens 860 kr i augusti, utredd."),
    ("Avgifter", "Avgifter kulturskolan – fakturering stäms av mot elevregistret", "", "◐", "◐",
     "Avstämning klar för vårterminen."),
    ("Tillgångar", "Inventering av den kommunala konstsamlingen", "", "", "✖", "Ej gjord, flyttas till 2025."),
    ("Upphandling", "Upphandling av evenemangstjänster sker enligt LOU", "✔", "", "✔", ""),
    ("Föreningsstöd", "Bidrag till studieförbund – redovisning av verksamhet", "", "", "Ej aktuell",
     "Ingen ansökan inkom 2024."),
]


def build_kfn24(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "IK helår"
    ws.merge_cells("A1:F1")
    ws["A1"] = "Kultur- och fritidsnämnden – Uppföljning av internkontrollplan 2024, helår"
    ws["A1"].font = TITLE
    ws["A2"] = "Upprättad 2025-01-20 av förvaltningens controller"
    for j, h in enumerate(["Kontrollområde", "Kontrollmoment"], start=1):
        hdr(ws, 4, j, h)
        hdr(ws, 5, j, None)
        ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
    hdr(ws, 4, 3, "Utfall 2024")
    hdr(ws, 4, 4, None)
    hdr(ws, 4, 5, None)
    ws.merge_cells("C4:E4")
    for j, h in zip((3, 4, 5), ("Tertial 1", "Tertial 2", "Tertial 3")):
        hdr(ws, 5, j, h, fill=SUB_FILL, font=BOLD)
    hdr(ws, 4, 6, "Kommentar")
    hdr(ws, 5, 6, None)
    ws.merge_cells("F4:F5")
    r = 6
    for row in KFN24:
        for j, v in enumerate(row, start=1):
            body(ws, r, j, v if v != "" else None, align=CENTER if 3 <= j <= 5 else WRAP)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = BOLD
    ws.cell(row=r + 1, column=1, value="✔ = genomförd   ◐ = påbörjad/delvis   ✖ = ej genomförd   tom ruta = ej planerad denna tertial")
    for k, v in {"A": 18, "B": 60, "C": 11, "D": 11, "E": 11, "F": 45}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "C6"
    wb.properties.creator = "Sara Lindqvist"
    autofit_rows(wb)
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 8. Lock file left by Excel
# ---------------------------------------------------------------------------------------------
def build_lock(path):
    name = "Maria Sjöberg"
    b = bytes([len(name)]) + name.encode("cp1252").ljust(53, b" ")
    b += struct.pack("<H", len(name)) + name.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(path, "wb") as f:
        f.write(b)


# ---------------------------------------------------------------------------------------------
# LibreOffice in headless mode drops view settings (frozen panes). Put them back into the saved
# files, as the nämnd's own Excel/LibreOffice would have kept them.
# ---------------------------------------------------------------------------------------------
import re
import zipfile
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string


def _rewrite_zip(path, edits):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            ctype = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info.filename, data, compress_type=ctype)
    os.replace(tmp, path)


def freeze_xlsx(path, freezes):
    with zipfile.ZipFile(path) as z:
        wbx = z.read("xl/workbook.xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    rid_target = dict(re.findall(r'<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
    rid_target.update({a: b for b, a in re.findall(r'<Relationship Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
    edits = {}
    for name, rid in re.findall(r'<sheet name="([^"]+)"[^>]*r:id="([^"]+)"', wbx):
        name = name.replace("&amp;", "&")
        if name not in freezes:
            continue
        cell = freezes[name]
        col, row = coordinate_from_string(cell)
        xs, ys = column_index_from_string(col) - 1, row - 1
        pane = (f'<pane xSplit="{xs}" ySplit="{ys}" topLeftCell="{cell}" activePane="bottomRight" state="frozen"/>'
                f'<selection pane="topRight"/><selection pane="bottomLeft"/>'
                f'<selection pane="bottomRight" activeCell="{cell}" sqref="{cell}"/>')
        target = "xl/" + rid_target[rid].lstrip("/").replace("xl/", "")

        def fix(x, pane=pane):
            x = re.sub(r"<selection [^>]*/>", "", x, count=1)
            return re.sub(r"(<sheetView [^>]*>)", lambda m: m.group(1) + pane, x, count=1)
        edits[target] = fix
    _rewrite_zip(path, edits)


def freeze_ods(path, freezes, active):
    def entry(name, cell):
        col, row = coordinate_from_string(cell)
        xs, ys = column_index_from_string(col) - 1, row - 1
        items = [("CursorPositionX", "int", xs), ("CursorPositionY", "int", ys),
                 ("HorizontalSplitMode", "short", 2 if xs else 0), ("VerticalSplitMode", "short", 2 if ys else 0),
                 ("HorizontalSplitPosition", "int", xs), ("VerticalSplitPosition", "int", ys),
                 ("ActiveSplitRange", "short", 2), ("PositionLeft", "int", 0), ("PositionRight", "int", xs),
                 ("PositionTop", "int", 0), ("PositionBottom", "int", ys), ("ZoomType", "short", 0),
                 ("ZoomValue", "int", 100), ("PageViewZoomValue", "int", 60), ("ShowGrid", "boolean", "true")]
        inner = "".join(f'<config:config-item config:name="{n}" config:type="{t}">{v}</config:config-item>'
                        for n, t, v in items)
        return f'<config:config-item-map-entry config:name="{name}">{inner}</config:config-item-map-entry>'

    tables = "".join(entry(n, c) for n, c in freezes.items())
    views = ('<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
             '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
             f'<config:config-item-map-named config:name="Tables">{tables}</config:config-item-map-named>'
             f'<config:config-item config:name="ActiveTable" config:type="string">{active}</config:config-item>'
             '<config:config-item config:name="HasColumnRowHeaders" config:type="boolean">true</config:config-item>'
             '<config:config-item config:name="HasSheetTabs" config:type="boolean">true</config:config-item>'
             '<config:config-item config:name="ShowGrid" config:type="boolean">true</config:config-item>'
             '</config:config-item-map-entry></config:config-item-map-indexed>')

    def fix(x):
        if 'config:name="Views"' in x:
            return x
        return re.sub(r'(<config:config-item-set config:name="ooo:view-settings">.*?)(</config:config-item-set>)',
                      lambda m: m.group(1) + views + m.group(2), x, count=1, flags=re.S)
    _rewrite_zip(path, {"settings.xml": fix})


def main():
    tmp = tempfile.mkdtemp(prefix="r108_")
    out = HERE
    # remove old outputs (keep scripts/docs)
    keep = {"make_round.py", "README.md", "namnder.csv", "files.csv", "expected.csv"}
    for fn in os.listdir(out):
        if fn not in keep and os.path.isfile(os.path.join(out, fn)):
            os.remove(os.path.join(out, fn))

    # 1 KS – build, recalc through LibreOffice (gives cached formula values)
    ks_name = "KS Uppföljning internkontrollplan 2025 helår.xlsx"
    src = os.path.join(tmp, "in", ks_name)
    os.makedirs(os.path.dirname(src), exist_ok=True)
    build_ks(src)
    res = soffice(src, 'xlsx:Calc MS Excel 2007 XML', os.path.join(tmp, "ks_out"))
    shutil.copy(res, os.path.join(out, ks_name))
    freeze_xlsx(os.path.join(out, ks_name), {"Ekonomi": "D6", "HR och lön": "D6", "IT och informationssäkerhet": "D6"})

    # 2 SN + VON
    vf_name = "IKP 2025 helår SN och VON.xlsx"
    src = os.path.join(tmp, "in", vf_name)
    build_valfard(src)
    res = soffice(src, 'xlsx:Calc MS Excel 2007 XML', os.path.join(tmp, "vf_out"))
    shutil.copy(res, os.path.join(out, vf_name))
    freeze_xlsx(os.path.join(out, vf_name), {"SN": "H5", "VON": "H5"})

    # 3 BUN (openpyxl as is)
    build_bun(os.path.join(out, "BUN_IK_helar2025_v3.xlsx"))

    # 4 TN .ods
    tn_base = "Tekniska nämnden - uppföljning intern kontroll 2025"
    src = os.path.join(tmp, "in", tn_base + ".xlsx")
    build_tn(src)
    res = soffice(src, "ods", os.path.join(tmp, "tn_out"))
    shutil.copy(res, os.path.join(out, tn_base + ".ods"))
    freeze_ods(os.path.join(out, tn_base + ".ods"),
               {"Summering": "A1", "Gata och park": "C4", "Vatten och avlopp": "C4", "Fastighet": "C4"}, "Summering")

    # 5 CSV
    build_csv(os.path.join(out, "stratsys_export_internkontroll_20260114.csv"))

    # 6 ÖFN .xls
    ofn_base = "ÖFN intern kontroll 2025"
    src = os.path.join(tmp, "in", ofn_base + ".xlsx")
    build_ofn(src)
    res = soffice(src, "xls:MS Excel 97", os.path.join(tmp, "ofn_out"))
    shutil.copy(res, os.path.join(out, ofn_base + ".xls"))

    # 7 KFN 2024 by mistake
    build_kfn24(os.path.join(out, "KFN Uppföljning intern kontroll helår.xlsx"))

    # 8 lock file
    build_lock(os.path.join(out, "~$" + ks_name))

    shutil.rmtree(tmp, ignore_errors=True)
    print("files:", sorted(f for f in os.listdir(out) if f not in keep))


if __name__ == "__main__":
    main()
