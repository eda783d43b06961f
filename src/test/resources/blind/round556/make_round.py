#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r556 - Vimmerby kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.formatting.rule import CellIsRule
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H, Span

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r556_build"
LO_PROFILE = "file:///tmp/lo-round556"
FIXED = dt.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    km = " ".join(km.split())
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb):
    wb.properties.creator = "Vimmerby kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Ekonomiavdelningen"


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, kontrollmoment merged over C:D
# ---------------------------------------------------------------------------
def build_ks():
    fil = "IK-uppföljning KS helår 2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Vimmerby kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Helår (januari–december 2025)"
    ws["A4"] = "Upprättad av: Ekonomiavdelningen, kommunledningsförvaltningen 2026-01-19"
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", None, "Kontrollmetod / omfattning",
           "Ansvarig", "Status helår", "Resultat / kommentar", "Åtgärd"]
    r = 6
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BORDER
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)

    groups = [
        ("1. Ekonomiprocesser", [
            ("1.1", "Leverantörsfakturor",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor, jan–nov", "Redovisningsansvarig",
             "Genomförd med anmärkning",
             "28 av 30 fakturor korrekt attesterade. 2 fakturor attesterade av ersättare utan giltig delegering.",
             "Attestantlistan uppdaterad dec 2025", "GENOMFORD", "ja"),
            ("1.2", "Representation",
             "Kontroll av att representation redovisas med syfte och deltagarförteckning",
             "Stickprov 15 verifikationer", "Controller",
             "Genomförd",
             "Samtliga 15 granskade verifikationer innehöll syfte och deltagarförteckning.",
             "–", "GENOMFORD", "nej"),
            ("1.3", "Bokslut",
             "Avstämning av kundreskontra mot huvudbok vid månadsbokslut",
             "Månadsvis avstämning", "Redovisningsekonom",
             "Genomförd",
             "Avstämning gjord varje månad. Inga differenser kvarstod vid årsskiftet.",
             "–", "GENOMFORD", "nej"),
            ("1.4", "Leverantörsregister",
             "Kontroll av ändringar i leverantörsregistret – nytt bankgiro/kontonummer verifieras med leverantören",
             "Genomgång av ändringslogg", "Ekonomichef",
             "Delvis genomförd",
             "Ändringsloggen för jan–jun är genomgången, inga felaktiga ändringar hittades. Jul–dec hanns inte med.",
             "Resterande period kontrolleras i feb 2026", "DELVIS", "nej"),
        ]),
        ("2. Personal och lön", [
            ("2.1", "Bisysslor",
             "Kontroll av att bisysslor redovisats av samtliga chefer",
             "Enkät till alla chefer", "HR-chef",
             "Ej genomförd",
             "Enkäten skickades inte ut p.g.a. byte av HR-system. Genomförs under första kvartalet 2026.",
             "Flyttas till IKP 2026", "EJ_GENOMFORD", ""),
            ("2.2", "Lön",
             "Löneutbetalningar – kontroll av att nyanställda registrerats\nmed korrekt lön enligt anställningsavtal",
             "Stickprov 20 nyanställningar", "Lönechef",
             "Genomförd",
             "Stickprov på 20 anställningar. En felaktig lönenivå upptäcktes och har rättats retroaktivt.",
             "Information till chefer om lönesättning", "GENOMFORD", "ja"),
        ]),
        ("3. Informationssäkerhet", [
            ("3.1", "Behörigheter",
             "Behörighetsgenomgång i ekonomisystemet Raindance",
             "Utdrag behörighetslista", "Systemförvaltare",
             "Se bilaga 3", "", "", "OKLAR", ""),
            ("3.2", "Dataskydd",
             "Kontroll av att registerförteckningen enligt GDPR är uppdaterad",
             "Genomgång av förteckningen", "Dataskyddssamordnare",
             "Utgår",
             "Ersätts av kommungemensam dataskyddsgranskning (KS 2025-03-11 § 45).",
             "", "UTGAR", ""),
        ]),
        ("4. Upphandling och inköp", [
            ("4.1", "Avtalstrohet",
             "Avtalstrohet – stickprov på inköp över 100 000 kr utan avtal",
             "Stickprov 25 inköp ur leverantörsreskontran", "Upphandlingschef",
             "Genomförd",
             "Tre inköp saknade avtal eller dokumenterad direktupphandling. Information lämnad till berörda chefer.",
             "Utbildning i direktupphandling våren 2026", "GENOMFORD", "ja"),
            ("4.2", "Direktupphandling",
             "Dokumentation av direktupphandlingar över 100 000 kr",
             "Genomgång av diarieförda direktupphandlingar", "Upphandlingschef",
             "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (nr, proc, km, met, ansv, status, res, atg, est, avv) in rows:
            vals = [nr, proc, km, None, met, ansv, status or None, res or None, atg or None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
            exp(fil, namnd, km, est, avv)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Bilaga 3: Behörighetsgenomgång Raindance (separat fil)").font = Font(italic=True, size=9)
    r += 2
    ws.cell(row=r, column=1, value="Godkänd av kommundirektör:")
    ws.cell(row=r + 1, column=1, value="Datum: 2026-01-20")
    widths = {"A": 6, "B": 18, "C": 28, "D": 24, "E": 26, "F": 18, "G": 16, "H": 48, "I": 28}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A7"
    ws.oddHeader.center.text = "Kommunstyrelsen – intern kontroll 2025"
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, one table per process
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


def build_bun():
    fil = "BUN uppföljning internkontroll helår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Vimmerby kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/112"
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=1)
    p = d.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden").bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 14). Nedan redovisas "
        "resultatet av årets kontroller per process. Kontrollerna har genomförts av förvaltningens "
        "controller och respektive verksamhetschef. Avvikelser och föreslagna åtgärder framgår av "
        "kommentarerna.")
    hdr = ["Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status", "Kommentar"]
    processes = [
        ("Process: Ekonomi och inköp", [
            ("Kontroll av att fakturor för skolskjuts stämmer mot avtal och körda turer",
             "Stickprov", "Två gånger/år", "Controller", "Genomförd",
             "Stickprov på oktober och november. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Interkommunala ersättningar – kontroll av att debiterade elever är folkbokförda i kommunen",
             "Avstämning mot folkbokföring", "Terminsvis", "Skoladministratör", "Genomförd med avvikelse",
             "Två elever debiterades efter flytt till annan kommun. Kreditering begärd.", "GENOMFORD", "ja"),
            ("Kontroll av kontantkassor på skolorna",
             "Kassainventering", "En gång/år", "Rektor", "Delvis genomförd",
             "Inventering gjord på 6 av 9 enheter. Inga differenser vid kontrollerade enheter.", "DELVIS", "nej"),
        ]),
        ("Process: Elevhälsa och myndighetsutövning", [
            ("Anmälan om kränkande behandling till huvudman sker utan dröjsmål",
             "Genomgång av anmälningar i DF Respons", "Halvår", "Kvalitetsutvecklare", "Genomförd",
             "40 anmälningar granskade: 7 anmäldes till huvudman senare än fem arbetsdagar.", "GENOMFORD", "ja"),
            ("Elever med hög frånvaro – kontroll av att utredning inleds enligt rutin",
             "Stickprov", "Terminsvis", "Elevhälsochef", "Ej genomförd",
             "Kontrollen har inte genomförts under året. Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
            ("Registerutdrag ur belastningsregistret uppvisas vid nyanställning",
             "Kontroll mot personalakt", "En gång/år", "HR-konsult", "",
             "Genomförd i december, samtliga 25 nyanställda hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ]),
        ("Process: Förskola och barnomsorg", [
            ("Kontroll av att barnomsorgsavgift debiteras enligt inkomstuppgift",
             "Inkomstjämförelse mot Skatteverket", "En gång/år", "Placeringsassistent", "Genomförd",
             "Inkomstjämförelse gjord för 2024. 12 hushåll efterdebiterades.", "GENOMFORD", "ja"),
            ("Erbjudande om plats i förskola lämnas inom fyra månader",
             "Uttag ur kösystemet", "Halvår", "Förskolechef", "Delvis genomförd",
             "Uppföljning gjord för vårterminen. 3 barn fick erbjudande efter mer än fyra månader.\n"
             "Höstterminen följs upp i januari.", "DELVIS", "ja"),
            ("Systematiskt brandskyddsarbete (SBA) dokumenterat på samtliga förskolor",
             "Egenkontroll", "En gång/år", "Förskolechef", "Utgår",
             "Ej aktuell – ansvaret för SBA överfördes till Samhällsbyggnadsförvaltningen 2025.", "UTGAR", ""),
        ]),
    ]
    for title, rows in processes:
        h = d.add_paragraph()
        run = h.add_run(title)
        run.bold = True
        run.font.size = Pt(11)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, v in enumerate(hdr):
            set_cell(t.rows[0].cells[i], v, bold=True)
        for (km, met, frek, ansv, status, kom, est, avv) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([km, met, frek, ansv, status, kom]):
                set_cell(cells[i], v)
            exp(fil, namnd, km, est, avv)
        d.add_paragraph()
    d.add_paragraph("Vimmerby 2026-01-21")
    d.add_paragraph("Förvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Stratsys CSV, ';', CRLF, total line at end
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Stratsys_Internkontroll_Socialnamnden_2025_helar.csv"
    namnd = "Socialnämnden"
    hdr = ["Organisation", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig",
           "Period", "Status", "Kommentar", "Senast ändrad"]
    rows = [
        ("Myndighetsutövning", "Beslut verkställs inte i tid",
         "Beslut om bistånd enligt SoL verkställs inom tre månader", "Enhetschef myndighet",
         "Klar", "Samtliga beslut verkställda inom tid utom två (särskilt boende). Rapporterat till IVO.",
         "2025-12-15", "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Utredningstiden överskrids",
         "Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader", "Enhetschef IFO",
         "Klar", "35 utredningar granskade; 4 förlängda med beslut, inga överskridanden utan beslut.",
         "2025-12-12", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Barn far illa",
         "Orosanmälningar – skyddsbedömning görs inom 24 timmar", "Enhetschef barn och unga",
         "Klar med avvikelse", "3 av 50 skyddsbedömningar dokumenterades senare än 24 timmar efter anmälan.",
         "2025-12-17", "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut", "Controller",
         "Klar", "Stickprov 40 utbetalningar, inga fel.", "2025-11-28", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Dubbelutbetalningar",
         "Avstämning mot Försäkringskassan (SSBTEK) för att undvika dubbelutbetalningar", "Enhetschef försörjningsstöd",
         "Pågående", "Rutin för månadsvis avstämning infördes i oktober. Avstämning för helåret ej klar.",
         "2025-12-19", "DELVIS", ""),
        ("Äldreomsorg", "Felaktiga avgifter",
         "Avgiftsbeslut inom äldreomsorgen är korrekt beräknade", "Avgiftshandläggare",
         "Klar", "Stickprov 25 avgiftsbeslut.\r\nTvå beslut hade felaktig bostadskostnad, rättade i november.",
         "2025-12-02", "GENOMFORD", "ja"),
        ("Äldreomsorg", "Patientsäkerhet",
         "Läkemedelsavvikelser rapporteras och åtgärdas enligt rutin", "MAS",
         "Ej påbörjad", "Skjuts till 2026 p.g.a. byte av avvikelsesystem.", "2025-09-30", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Otillbörlig åtkomst",
         "Loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare",
         "Klar", "Loggkontroll utförd kvartalsvis. En otillåten åtkomst upptäcktes och hanterades enligt rutin.",
         "2025-12-10", "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Otillbörlig åtkomst",
         "Behörigheter avslutas när anställning upphör", "Systemförvaltare",
         "Pågående", "Kontroll gjord för hemtjänsten, övriga verksamheter återstår.", "2025-12-10", "DELVIS", ""),
        ("Personal", "Felaktig lön",
         "Timanställdas tidrapporter attesteras av behörig chef", "HR-specialist",
         "Ej aktuell", "Ej aktuell efter införandet av digital schemaläggning med automatisk attest.",
         "2025-04-03", "UTGAR", ""),
        ("Kvalitet", "Missförhållanden utreds inte",
         "Lex Sarah-rapporter utreds och anmäls enligt rutin", "Kvalitetsstrateg",
         "", "", "2025-01-15", "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for (proc, risk, km, ansv, status, kom, datum, est, avv) in rows:
            w.writerow([namnd, proc, risk, km, ansv, "Helår 2025", status, kom, datum])
            exp(fil, namnd, km, est, avv)
        w.writerow(["Totalt", "", "", "", "", "", str(len(rows)), "", ""])
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - ods with conditional formatting colours
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN Internkontroll 2025 uppföljning.ods"
    namnd = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsnämnden – internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning helår (per 2025-12-31)"
    ws["A2"].font = Font(bold=True)
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Bedömning", "Avvikelse", "Kommentar"]
    r = 4
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
    rows = [
        ("Föreningsbidrag",
         "Bidrag till föreningar – kontroll av att redovisning inkommit innan utbetalning",
         "Fritidskonsulent", 3, "Nej", "Samtliga 42 föreningar hade lämnat redovisning före utbetalning.",
         "GENOMFORD", "nej"),
        ("Kontanthantering",
         "Kontroll av kassaredovisning i simhallen",
         "Badchef", 2, "Nej", "Kontroll utförd i maj utan anmärkning. Höstens kontroll ej utförd.",
         "DELVIS", "nej"),
        ("Lokaluthyrning",
         "Uthyrning av lokaler – debitering stämmer mot bokningssystemet",
         "Bokningsansvarig", 3, "Ja", "Differenser upptäcktes för 4 bokningar, fakturor rättade.",
         "GENOMFORD", "ja"),
        ("Bibliotek",
         "Inventering av medier och utrustning på huvudbiblioteket",
         "Bibliotekschef", 1, None, "Ej genomförd på grund av personalbrist under hösten.",
         "EJ_GENOMFORD", ""),
        ("Fritidsgårdar",
         "Registerutdrag kontrolleras för ledare i fritidsgårdsverksamheten",
         "Enhetschef fritid", 3, "Nej", "Alla 12 ledare kontrollerade.",
         "GENOMFORD", "nej"),
        ("Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", 3, "Nej", None,
         "GENOMFORD", "nej"),
        ("Avtal",
         "Uppföljning av driftsavtal för Astrid Lindgrens Näs",
         "Kulturchef", "U", None, "Utgår, avtalsansvaret överfört till kommunstyrelsen.",
         "UTGAR", ""),
        ("Föreningslokaler",
         "Kontroll av att hyresavtal för föreningslokaler är aktuella",
         "Fritidskonsulent", None, None, "Pågår, 7 av 15 avtal genomgångna.",
         "DELVIS", ""),
    ]
    r = 5
    first = r
    for (omr, km, ansv, bed, avv_col, kom, est, avv) in rows:
        for c, v in enumerate([omr, km, ansv, bed, avv_col, kom], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(row=r, column=4).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, km, est, avv)
        r += 1
    last = r - 1
    rng = f"D{first}:D{last}"
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["3"],
                                  fill=PatternFill(bgColor="63BE7B"), font=Font(color="006100")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["2"],
                                  fill=PatternFill(bgColor="FFEB84"), font=Font(color="9C5700")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["1"],
                                  fill=PatternFill(bgColor="F8696B"), font=Font(color="9C0006")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"U"'],
                                  fill=PatternFill(bgColor="BFBFBF")))
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring bedömning:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value=3)
    ws.cell(row=r + 1, column=2, value="Genomförd (grön)")
    ws.cell(row=r + 2, column=1, value=2)
    ws.cell(row=r + 2, column=2, value="Delvis genomförd / pågår (gul)")
    ws.cell(row=r + 3, column=1, value=1)
    ws.cell(row=r + 3, column=2, value="Ej genomförd (röd)")
    ws.cell(row=r + 4, column=1, value="U")
    ws.cell(row=r + 4, column=2, value="Utgår (grå)")
    lr = f"A{r + 1}:A{r + 4}"
    ws.conditional_formatting.add(lr, CellIsRule(operator="equal", formula=["3"], fill=PatternFill(bgColor="63BE7B")))
    ws.conditional_formatting.add(lr, CellIsRule(operator="equal", formula=["2"], fill=PatternFill(bgColor="FFEB84")))
    ws.conditional_formatting.add(lr, CellIsRule(operator="equal", formula=["1"], fill=PatternFill(bgColor="F8696B")))
    ws.conditional_formatting.add(lr, CellIsRule(operator="equal", formula=['"U"'], fill=PatternFill(bgColor="BFBFBF")))
    for k, v in {"A": 18, "B": 50, "C": 20, "D": 12, "E": 11, "F": 50}.items():
        ws.column_dimensions[k].width = v
    fix_props(wb)
    src = os.path.join(TMP, "KFN Internkontroll 2025 uppföljning.xlsx")
    wb.save(src)
    lo_convert(src, "ods")
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


def lo_convert(src, fmt):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - helår file that keeps its delår columns (Aug)
# ---------------------------------------------------------------------------
def build_sbn():
    fil = "SBN internkontroll 2025 - helårsuppföljning.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Samhällsbyggnadsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Delårsuppföljningen (per 31 augusti) ligger kvar. Helårskolumnerna är ifyllda inför nämndens sammanträde i februari 2026."
    ws["A2"].font = Font(italic=True, size=9)
    top = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Delår 2025 (per 31 augusti)", None, "Helår 2025", None]
    sub = [None, None, None, None, None, "Status", "Kommentar", "Status", "Kommentar"]
    for c, v in enumerate(top, start=1):
        cell = ws.cell(row=4, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BORDER
    for c, v in enumerate(sub, start=1):
        cell = ws.cell(row=5, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = BORDER
    for c in range(1, 6):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells("F4:G4")
    ws.merge_cells("H4:I4")
    rows = [
        ("1", "Bygglov", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Bygglovschef", "Halvår",
         "Pågår", "Jan–aug: 94 % av ärendena inom tid.",
         "Genomförd", "Helår: 96 % inom tid. 5 ärenden överskred tidsfristen och avgiften reducerades.",
         "GENOMFORD", "ja"),
        ("2", "Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa", "Bygglovschef", "En gång/år",
         "Genomförd", "Stickprov 20 ärenden, inga fel.",
         None, None, "GENOMFORD", "nej"),
        ("3", "Miljö och hälsa", "Tillsynsplanen för livsmedelskontroll följs", "Miljöchef", "Tertial",
         "Pågår", "48 % av planerade kontroller utförda.",
         "Delvis genomförd", "82 % av planerade kontroller utförda. Resterande flyttas till 2026.",
         "DELVIS", ""),
        ("4", "Miljö och hälsa", "Timavgifter för miljötillsyn debiteras efter utförd kontroll", "Miljöchef", "En gång/år",
         "Ej påbörjad", None,
         "Genomförd", "30 tillsynsärenden kontrollerade: 4 var inte debiterade, fakturor skickade i december.",
         "GENOMFORD", "ja"),
        ("5", "Gata och park", "Besiktning av lekplatser enligt besiktningsplan", "Parkchef", "En gång/år",
         "Genomförd", "Huvudbesiktning utförd i maj.",
         "Genomförd", "Inga allvarliga anmärkningar vid besiktningen.",
         "GENOMFORD", "nej"),
        ("6", "Gata och park", "Vinterväghållning – entreprenörens fakturor kontrolleras mot körjournaler", "Gatuchef", "Kvartal",
         "Genomförd", "Kontroll jan–mars, inga avvikelser.",
         "Pågår", "Kontroll av nov–dec pågår, klar i februari 2026.",
         "DELVIS", "nej"),
        ("7", "Fastighet", "Bevakning av uppsägningstider i hyresavtal för externa lokaler", "Fastighetschef", "Halvår",
         "Pågår", "Avtalsförteckning uppdateras.",
         "Genomförd med avvikelse", "Ett avtal förlängdes automatiskt med tre år då uppsägningen missats.",
         "GENOMFORD", "ja"),
        ("8", "Fastighet", "Energiuppföljning i kommunens fastigheter", "Energistrateg", "Månad",
         "Ej aktuell", "Ingår i energiplanen, utgår ur IK-planen enligt SBN 2025-05-20 § 61.",
         "Ej aktuell", None,
         "UTGAR", ""),
        ("9", "Kart och mät", "Fakturering av nedlagd tid i lantmäteriförrättningar", "Stadsingenjör", "En gång/år",
         "Pågår", "Ny rutin under framtagande.",
         "Ej genomförd", "Rutinen blev inte klar under året, kontrollen genomförs 2026.",
         "EJ_GENOMFORD", ""),
        ("10", "Administration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Tertial",
         "Genomförd", "Samtliga beslut anmälda.",
         "Genomförd", "Samtliga delegationsbeslut anmälda vid nästkommande sammanträde.",
         "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        vals, est, avv = row[:9], row[9], row[10]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, namnd, vals[2], est, avv)
        r += 1
    for k, v in {"A": 5, "B": 16, "C": 46, "D": 16, "E": 11, "F": 14, "G": 36, "H": 20, "I": 46}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "D6"
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Vimmerby Energi & Miljö AB - very short .xls (3 controls)
# ---------------------------------------------------------------------------
def build_vemab():
    fil = "VEMAB IK 2025 helår.xls"
    namnd = "Vimmerby Energi & Miljö AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin")
    cellst = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Vimmerby Energi & Miljö AB", title)
    ws.write(1, 0, "Internkontroll 2025 – rapport till styrelsen, helår", bold)
    for c, v in enumerate(["Kontrollområde", "Kontroll", "Resultat", "Status"]):
        ws.write(3, c, v, head)
    rows = [
        ("Fakturering fjärrvärme", "Kontroll att samtliga mätvärden lästs in innan fakturering",
         "Inga avvikelser", "OK", "GENOMFORD", "nej"),
        ("Inköp", "Attest av leverantörsfakturor enligt attestordningen",
         "2 fakturor attesterade av fel person, rutin förtydligad", "OK", "GENOMFORD", "ja"),
        ("IT-säkerhet", "Behörighetsgenomgång i kundsystemet",
         "Genomförs Q1 2026", "Ej klar", "EJ_GENOMFORD", ""),
    ]
    for i, (omr, km, res, st, est, avv) in enumerate(rows):
        for c, v in enumerate([omr, km, res, st]):
            ws.write(4 + i, c, v, cellst)
        exp(fil, namnd, km, est, avv)
    ws.write(8, 0, "Sammanställt av: ekonomichef 2026-01-14")
    for c, wdt in enumerate([22, 50, 44, 10]):
        ws.col(c).width = 256 * wdt
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - odt, free text only
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "Överförmyndarnämnden - uppföljning intern kontroll 2025.odt"
    namnd = "Överförmyndarnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)

    doc.text.addElement(P(text="Vimmerby kommun – Överförmyndarnämnden"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Avser perioden januari–december 2025. Tjänsteskrivelse 2026-01-12, dnr ÖFN 2026/3."))
    doc.text.addElement(P(text=(
        "Överförmyndarnämnden antog sin internkontrollplan för 2025 i januari 2025. Planen omfattar fem "
        "kontrollmoment. Nedan redovisas resultatet av varje kontroll samt förvaltningens bedömning.")))
    items = [
        ("Samtliga årsräkningar granskas före 30 juni",
         "Uttag ur Wärna över granskningsdatum för inkomna årsräkningar.",
         "96 % av årsräkningarna var granskade den 30 juni. Resterande 11 granskades under juli och augusti.",
         "Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov på 20 arvodesbeslut.",
         "Samtliga arvoden var beräknade enligt riktlinjerna.",
         "Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret",
         "Genomgång av akter för ställföreträdare.",
         "Kontroll gjord för nya ställföreträdare under året. Befintliga ställföreträdare har ännu inte kontrollerats.",
         "Delvis genomförd.", "DELVIS", ""),
        ("Uttag från spärrade konton sker endast efter beslut av överförmyndaren",
         "Stickprov mot bankernas underlag.",
         "Kontrollen har inte kunnat genomföras då underlag från bankerna inte inkommit.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("Akter för avslutade ärenden arkiveras enligt dokumenthanteringsplanen",
         "Genomgång av avslutade akter.",
         "Kontrollen ersätts av kommunens e-arkivprojekt.",
         "Utgår.", "UTGAR", ""),
    ]
    for i, (km, met, res, bed, est, avv) in enumerate(items, start=1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=f"Kontroll {i}"))
        for label, val in (("Kontrollmoment: ", km), ("Metod: ", met), ("Resultat: ", res), ("Bedömning: ", bed)):
            p = P()
            p.addElement(Span(stylename=bold, text=label))
            p.addText(val)
            doc.text.addElement(p)
        exp(fil, namnd, km, est, avv)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Förvaltningens samlade bedömning är att den interna kontrollen under 2025 i huvudsak varit tillräcklig."))
    doc.text.addElement(P(text="Handläggare, Överförmyndarenheten"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Vimmerbyhem AB - tick columns, tertial 3
# ---------------------------------------------------------------------------
def build_vhem():
    fil = "Vimmerbyhem_IKP_2025_T3.xlsx"
    namnd = "Vimmerbyhem AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T3"
    ws["A1"] = "Vimmerbyhem AB"
    ws["A1"].font = Font(bold=True, size=14, color="7F6000")
    ws["A2"] = "Uppföljning internkontrollplan 2025 – tertial 3 (helår)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Markera med x i en av kolumnerna Utfört / Delvis / Ej utfört."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Riskområde", "Kontrollmoment", "Riskvärde", "Utfört", "Delvis", "Ej utfört", "Kommentar"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFE699")
        cell.border = BORDER
    rows = [
        ("Hyresadministration", "Hyresavisering stämmer mot gällande hyresavtal", 9,
         "x", None, None, "Stickprov 50 avtal, inga fel.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Kreditupplysning tas vid nyuthyrning", 6,
         "x", None, None, "2 avtal saknade dokumenterad kreditupplysning.", "GENOMFORD", "ja"),
        ("Underhåll", "Upphandlade ramavtal används vid beställning av underhållsarbeten", 8,
         None, "x", None, "Kontroll gjord för VVS och el, måleri återstår.", "DELVIS", ""),
        ("Underhåll", "Felanmälningar åtgärdas inom utlovad tid", 4,
         "x", None, "x", None, "OKLAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", 6,
         None, None, None, "Utgår enligt styrelsebeslut 2025-04-22, ingår i lekmannarevisorernas granskning.",
         "UTGAR", ""),
        ("Säkerhet", "Nyckelhantering och behörigheter i passersystemet", 8,
         None, None, "x", "Byte av systemleverantör, kontrollen flyttad till 2026.", "EJ_GENOMFORD", ""),
    ]
    r = 6
    for row in rows:
        vals, est, avv = row[:7], row[7], row[8]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
            if c in (3, 4, 5, 6):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, vals[1], est, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Riskvärde = sannolikhet × konsekvens (1–16)").font = Font(size=9, italic=True)
    ws.cell(row=r + 2, column=1, value="Rapporteras till styrelsen 2026-02-10").font = Font(size=9, italic=True)
    for k, v in {"A": 20, "B": 52, "C": 10, "D": 8, "E": 8, "F": 9, "G": 52}.items():
        ws.column_dimensions[k].width = v
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Rejected: covering letter (följebrev) from BUN, no follow-up in it
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Följebrev IK-uppföljning 2025 BUN.docx"
    d = docx.Document()
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_paragraph("Vimmerby kommun\nBarn- och utbildningsförvaltningen")
    d.add_paragraph("2026-01-28\nDnr BUN 2025/112")
    d.add_paragraph("Till: Kommunstyrelsen, ekonomiavdelningen")
    d.add_heading("Följebrev – uppföljning av intern kontroll 2025", level=2)
    d.add_paragraph(
        "Härmed översänds barn- och utbildningsnämndens uppföljning av internkontrollplanen för 2025. "
        "Nämnden behandlade uppföljningen vid sammanträdet den 28 januari 2026, § 7, och beslutade att "
        "godkänna redovisningen samt att överlämna den till kommunstyrelsen.")
    d.add_paragraph(
        "Av nämndens nio kontrollmoment har fem genomförts, två genomförts delvis, ett har inte genomförts och ett har utgått. "
        "De kontroller som inte slutförts under 2025 har arbetats in i internkontrollplanen för 2026.")
    d.add_paragraph("Bilaga: BUN uppföljning internkontroll helår 2025")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Nämndsekreterare\nBarn- och utbildningsnämnden")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Vimmerby Energi & Miljö AB", "VEMAB|Vimmerby Energi och Miljö AB|Vimmerby Energi & Miljö"),
        ("Vimmerbyhem AB", "Vimmerbyhem|VHAB"),
        ("Vimmerby Stadshus AB", "Stadshus AB|Stadshuskoncernen"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)


def write_csvs():
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    build_ks()
    build_bun()
    build_sn()
    build_kfn()
    build_sbn()
    build_vemab()
    build_ofn()
    build_vhem()
    build_reject()
    write_register()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
