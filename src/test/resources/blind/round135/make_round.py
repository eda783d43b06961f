#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 135 – Lindesjö kommun, delår 2026.
Builds every file of the round in this folder plus namnder.csv, files.csv, expected.csv.
Run with /usr/bin/python3 make_round.py
"""
import os
import csv
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties, TableCellProperties
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r135_")
LO_PROFILE = "file:///tmp/lo-round135"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnämnden"
SBN = "Samhällsbyggnadsnämnden"
TN = "Tekniska nämnden"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def risk_fill(v):
    if v >= 12:
        return fill("FF5B5B")
    if v >= 8:
        return fill("FFC000")
    return fill("92D050")


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – one workbook: plan sheet + follow-up sheet (+ riskmatris), saved as .xls
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS Internkontrollplan 2026 med uppföljning delår.xls"
    # nr, process, risk, S, K, kontrollmoment, metod, frekvens, ansvarig, återrapportering
    plan = [
        ("P1", "Leverantörsfakturor", "Bedrägeri genom falska ändringar av leverantörers bankuppgifter", 3, 4,
         "Kontroll av ändrade bankuppgifter i leverantörsregistret",
         "Stickprov 20 ändringar – verifierad begäran och återringning dokumenterad", "Tertialvis", "Redovisningschef", "Delår, helår"),
        ("P2", "Attest", "Fakturor attesteras av person utan behörighet", 3, 3,
         "Kontroll att attest sker enligt gällande attestförteckning",
         "Stickprov 40 fakturor mot attestförteckningen i Raindance", "Halvår", "Ekonomichef", "Delår, helår"),
        ("P3", "Representation", "Representation strider mot riktlinjen, förtroendeskada", 3, 3,
         "Granskning av representationsfakturor mot riktlinje för representation",
         "Samtliga representationsfakturor >5 tkr, minst 25 st", "Årsvis", "Controller", "Delår, helår"),
        ("P4", "Upphandling och inköp", "Inköp sker utanför avtal, brott mot LOU", 4, 3,
         "Avtalstrohet – stickprov på inköp över 100 tkr utan avtal",
         "Leverantörsreskontra mot avtalsdatabasen", "Årsvis", "Upphandlingschef", "Delår, helår"),
        ("P5", "Delegation", "Delegationsbeslut anmäls inte, beslut vinner inte laga kraft", 2, 4,
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
         "Genomgång av diariet mot anmälningslistor", "Tertialvis", "Kanslichef", "Delår, helår"),
        ("P6", "IT-säkerhet", "Obehöriga har kvar behörighet i ekonomisystemet", 3, 4,
         "Översyn av behörigheter i ekonomisystemet (Raindance)",
         "Behörighetslista mot personalsystemet (avslutade anställningar)", "Halvår", "Systemförvaltare", "Delår, helår"),
        ("P7", "Dataskydd", "Personuppgiftsbehandlingar saknas i registerförteckningen", 2, 4,
         "Kontroll att registerförteckningen enligt GDPR är uppdaterad",
         "Genomgång tillsammans med dataskyddsombudet", "Årsvis", "Kanslichef", "Delår, helår"),
        ("P8", "Löner", "Felaktiga utbetalningar av lönetillägg", 3, 3,
         "Kontroll av manuella lönetillägg och engångsbelopp",
         "Stickprov 30 manuella transaktioner i Heroma", "Tertialvis", "HR-chef", "Delår, helår"),
        ("P9", "Krisberedskap", "Krisledningen fungerar inte vid allvarlig händelse", 2, 4,
         "Kontroll att krisledningsplanen är reviderad och övad",
         "Dokumentgranskning och utvärdering av övning", "Årsvis", "Säkerhetssamordnare", "Helår"),
    ]
    # follow-up: id, plan index, resultat, avvikelse, status, åtgärd ; heading rows as str
    fu = [
        "1 Ekonomi",
        ("1.1", 0, "20 ändringar av bankuppgifter granskade. I 1 fall saknades dokumenterad återringning till leverantören. Ingen felaktig utbetalning har skett.",
         "Ja", "Genomförd", "Rutinen för återringning har påmints för samtliga i leverantörsreskontran."),
        ("1.2", 1, "40 fakturor granskade, samtliga attesterade av behörig attestant.", "Nej", "Genomförd", ""),
        ("1.3", 2, "12 av planerade 25 fakturor granskade. 2 fakturor saknade deltagarförteckning och syfte.", "Ja", "Påbörjad",
         "Resterande granskning under september–oktober."),
        ("1.4", 3, "Kontrollen genomförs i oktober i samband med den årliga inköpsanalysen.", "", "Ej påbörjad", ""),
        "2 Styrning och ledning",
        ("2.1", 4, "Samtliga delegationsbeslut jan–aug har anmälts till KS inom föreskriven tid.", "Nej", "Genomförd", ""),
        "3 IT och information",
        ("3.1", 5, "Behörighetsöversynen är genomförd i juni. 6 konton tillhörande avslutade anställningar hade kvar behörighet och har spärrats.",
         "", "", "Rutin för avslut av behörighet vid anställningens upphörande ses över med HR."),
        ("3.2", 6, "Utgår – ersätts av kommungemensam granskning som dataskyddsombudet genomför, beslut KS 2026-04-14 § 61.",
         "", "Utgår", ""),
        "4 Personal",
        ("4.1", 7, "30 stickprov. 2 felaktiga OB-tillägg (dubbelregistrering), totalt 3 870 kr. Återkrav har skickats.",
         "Ja", "Genomförd", "Kontroll av dubbelregistrering läggs in i lönekörningens checklista."),
    ]
    exp_status = ["GENOMFORD", "GENOMFORD", "DELVIS", "EJ_GENOMFORD", "GENOMFORD", "GENOMFORD", "UTGAR", "GENOMFORD", "SAKNAS"]
    exp_avv = ["ja", "nej", "ja", "nej", "nej", "ja", "nej", "ja", "nej"]

    wb = Workbook()
    ws = wb.active
    ws.title = "Plan 2026"
    ws["A1"] = "Internkontrollplan 2026 – Kommunstyrelsen"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:K1")
    ws["A2"] = "Antagen av kommunstyrelsen 2025-12-09, § 214. Dnr KS 2025/0417"
    ws.merge_cells("A2:K2")
    ws["A3"] = "Riskvärde = sannolikhet (1–4) × konsekvens (1–4). Risker med riskvärde 8 eller högre hanteras i planen."
    ws.merge_cells("A3:K3")
    hdr = ["Nr", "Process/rutin", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Kontrollmetod", "Frekvens", "Ansvarig", "Återrapportering"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("D9E1F2")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for p in plan:
        vals = [p[0], p[1], p[2], p[3], p[4], "=D%d*E%d" % (r, r), p[5], p[6], p[7], p[8], p[9]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=6).fill = risk_fill(p[3] * p[4])
        r += 1
    ws.cell(row=r + 1, column=1, value="Färgmarkering riskvärde: röd = 12–16, gul = 8–11, grön = 1–7 (se flik Riskmatris).")
    widths(ws, [6, 18, 34, 11, 11, 10, 40, 36, 11, 18, 14])

    ws2 = wb.create_sheet("Uppföljning delår")
    ws2["A1"] = "Uppföljning intern kontroll – delårsrapport januari–augusti 2026"
    ws2["A1"].font = TITLE
    ws2.merge_cells("A1:F1")
    ws2["A2"] = "Kommunstyrelsen / Kommunledningsförvaltningen"
    ws2.merge_cells("A2:F2")
    ws2["A4"] = ("Numreringen följer verksamhetsplanens processindelning (1 = Ekonomi, 2 = Styrning och ledning, "
                 "3 = IT och information, 4 = Personal). Kontrollmoment som enligt planen återrapporteras först i helåret redovisas inte här.")
    ws2.merge_cells("A4:F4")
    ws2["A4"].alignment = WRAP
    ws2.row_dimensions[4].height = 32
    hdr2 = ["Id", "Kontrollmoment", "Genomförd kontroll / resultat", "Avvikelse", "Status", "Åtgärd / kommentar"]
    for c, h in enumerate(hdr2, 1):
        cell = ws2.cell(row=6, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("D9E1F2")
        cell.border = BOX
    r = 7
    n = 0
    for row in fu:
        if isinstance(row, str):
            ws2.cell(row=r, column=1, value=row).font = BOLD
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws2.cell(row=r, column=1).fill = fill("F2F2F2")
        else:
            n += 1
            vals = [row[0], plan[row[1]][5], row[2], row[3], row[4], row[5]]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
        r += 1
    r += 1
    ws2.cell(row=r, column=1, value="Antal redovisade kontrollmoment: %d" % n)
    ws2.cell(row=r + 2, column=1, value="Upprättad av: Lena Ek, controller, 2026-09-08")
    widths(ws2, [7, 42, 52, 10, 13, 44])

    ws3 = wb.create_sheet("Riskmatris")
    ws3["A1"] = "Riskmatris (sannolikhet × konsekvens)"
    ws3["A1"].font = BOLD
    ws3["A3"] = "Sannolikhet \\ Konsekvens"
    for k in range(1, 5):
        ws3.cell(row=3, column=1 + k, value=k).font = BOLD
    for s in range(4, 0, -1):
        rr = 4 + (4 - s)
        ws3.cell(row=rr, column=1, value=s).font = BOLD
        for k in range(1, 5):
            c = ws3.cell(row=rr, column=1 + k, value=s * k)
            c.fill = risk_fill(s * k)
    ws3["A9"] = "1 = Osannolik/Lindrig, 2 = Mindre sannolik/Måttlig, 3 = Möjlig/Kännbar, 4 = Sannolik/Allvarlig"
    widths(ws3, [24, 8, 8, 8, 8])

    tmp = os.path.join(TMP, fil.replace(".xls", ".xlsx"))
    wb.save(tmp)
    soffice_convert(tmp, "xls", HERE)
    assert os.path.exists(os.path.join(HERE, fil)), fil

    FILES.append((fil, "INLAST", KS, "2026", "DELAR"))
    for i, p in enumerate(plan):
        EXPECTED.append((fil, KS, p[5], exp_status[i], exp_avv[i]))


# ---------------------------------------------------------------------------
# 2. BUN – adopted plan as Word document (no follow-up in this file)
# ---------------------------------------------------------------------------
BUN_PLAN = [
    # nr, process, risk, S, K, kontrollmoment, metod, ansvarig, rapportering
    ("A1", "Skolplikt och närvaro", "Elever med hög frånvaro uppmärksammas inte", 3, 4,
     "Kontroll att frånvaroutredningar inleds vid upprepad frånvaro",
     "Stickprov elever med >15 % frånvaro per termin", "Rektor/elevhälsochef", "Delår, helår"),
    ("A2", "Kränkande behandling", "Anmälningar utreds inte skyndsamt enligt skollagen 6 kap.", 3, 4,
     "Kontroll att anmälningar om kränkande behandling utreds skyndsamt",
     "Samtliga anmälningar i DF Respons – tid från anmälan till påbörjad utredning", "Kvalitetsstrateg", "Delår, helår"),
    ("A3", "Skolskjuts", "Beslut om skolskjuts fattas i strid med riktlinjerna", 2, 3,
     "Stickprov på beslut om skolskjuts enligt riktlinjerna",
     "15 beslut per läsår", "Skolskjutshandläggare", "Helår"),
    ("B1", "Interkommunal ersättning", "Kommunen fakturerar inte eller fakturerar fel IKE", 3, 3,
     "Kontroll av fakturering av interkommunal ersättning (IKE)",
     "Elevregister mot fakturerade belopp, vår- och hösttermin", "Ekonom", "Delår, helår"),
    ("B2", "Inköp", "Inköp görs hos leverantörer utan avtal", 4, 2,
     "Avtalstrohet vid inköp av läromedel och förbrukningsmaterial",
     "Leverantörsanalys, alla enheter", "Inköpssamordnare", "Delår, helår"),
    ("B3", "Attest", "Egna utlägg attesteras av den som gjort utlägget", 2, 3,
     "Kontroll av attest av egna utlägg och reseräkningar",
     "Stickprov 25 utlägg/reseräkningar", "Ekonom", "Delår, helår"),
    ("C1", "Rekrytering", "Lärare anställs tillsvidare utan legitimation", 2, 4,
     "Kontroll av legitimation vid tillsvidareanställning av lärare",
     "Samtliga tillsvidareanställningar av lärare under perioden", "HR-konsult", "Delår, helår"),
    ("C2", "Informationssäkerhet", "Personal har åtkomst till elevuppgifter utan behov", 3, 3,
     "Behörighetskontroll i elevdokumentationssystemet (Unikum)",
     "Behörighetslista per skola mot personalförteckning", "Systemförvaltare", "Delår, helår"),
]


def file_bun_plan():
    fil = "BUN Internkontrollplan 2026 (antagen 2025-12-16).docx"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Internkontrollplan 2026", level=2)
    d.add_paragraph("Antagen av barn- och utbildningsnämnden 2025-12-16, § 98. Dnr BUN 2025/212.")
    d.add_paragraph(
        "Planen bygger på förvaltningens risk- och väsentlighetsanalys som genomfördes under hösten 2025 tillsammans med "
        "rektorer och förvaltningens stab. Varje risk har bedömts utifrån sannolikhet (S) och konsekvens (K) på en "
        "fyrgradig skala; riskvärdet (RV) är produkten S × K. Risker med riskvärde 6 eller högre har tagits med i planen.")
    d.add_paragraph(
        "Uppföljning av planen redovisas för nämnden i samband med delårsrapporten och verksamhetsberättelsen. "
        "Upptäckta avvikelser ska rapporteras löpande till förvaltningschefen.")
    hdr = ["Nr", "Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Metod och omfattning", "Ansvarig", "Rapportering"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
    for p in BUN_PLAN:
        cells = t.add_row().cells
        vals = [p[0], p[1], p[2], str(p[3]), str(p[4]), str(p[3] * p[4]), p[5], p[6], p[7], p[8]]
        for i, v in enumerate(vals):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Lindesjö 2025-12-16")
    d.add_paragraph("Anna Sjöberg, ordförande                              Per Lundin, förvaltningschef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", BUN, "2026", ""))
    for p in BUN_PLAN:
        EXPECTED.append((fil, BUN, p[5], "SAKNAS", "nej"))


# ---------------------------------------------------------------------------
# 3. BUN – follow-up per 31 aug, separate xlsx, risk order, status only as fill colour
# ---------------------------------------------------------------------------
def file_bun_fu():
    fil = "Uppfoljning_IK_BUN_31aug2026.xlsx"
    G, Y, O, R, GREY = "00B050", "FFFF00", "FFA500", "FF0000", "BDD7EE"
    bp = {p[0]: p for p in BUN_PLAN}
    rows = [
        ("A1", G, "Samtliga 14 elever med mer än 15 % frånvaro under vårterminen har en påbörjad frånvaroutredning.", "", "GENOMFORD", "nej"),
        ("A2", Y, "22 anmälningar under perioden. I 3 fall påbörjades utredningen först efter mer än två veckor.",
         "Påminnelse till rektorer; rutinen förtydligas i ledningsgruppen.", "GENOMFORD", "ja"),
        ("B1", G, "Vårterminens IKE fakturerad korrekt mot elevregistret.", "", "GENOMFORD", "nej"),
        ("C2", O, "Kontrollen påbörjades i augusti. 2 av 9 skolor klara hittills, övriga under september.", "", "DELVIS", "nej"),
        ("B2", R, "Ej genomförd p.g.a. vakans som inköpssamordnare under våren. Kontrollen flyttas till hösten.", "", "EJ_GENOMFORD", "nej"),
        ("C1", G, "11 tillsvidareanställningar kontrollerade. En person saknade legitimation men är anställd tidsbegränsat "
                  "enligt skollagen 2 kap. 20 § – ingen avvikelse.", "", "GENOMFORD", "nej"),
        ("A3", GREY, "Se bilaga 2.", "", "OKLAR", "nej"),
        ("B3", None, "25 utlägg och reseräkningar granskade, samtliga attesterade av närmaste chef. Inga fel.", "", "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2026"
    ws["A1"] = "BUF – Uppföljning av internkontrollplan per 31 augusti 2026"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:F1")
    ws["A2"] = "Barn- och utbildningsförvaltningen, underlag till delårsrapport"
    ws.merge_cells("A2:F2")
    ws["A3"] = ("Kontrollmomenten redovisas i riskordning (högst riskvärde först). Nr = löpnummer i denna uppföljning, "
                "planens beteckning inom parentes.")
    ws.merge_cells("A3:F3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    hdr = ["Nr", "Kontrollmoment", "Riskvärde", "Resultat av kontroll", "Bedömning", "Åtgärder"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = fill("DDEBF7")
    r = 6
    for i, (ref, col, res, atg, st, av) in enumerate(rows, 1):
        p = bp[ref]
        rv = p[3] * p[4]
        vals = ["%d (%s)" % (i, ref), p[5], rv, res, None, atg or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=3).fill = risk_fill(rv)
        if col:
            ws.cell(row=r, column=5).fill = fill(col)
        EXPECTED.append((fil, BUN, p[5], st, av))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring bedömning:").font = BOLD
    legend = [(G, "Kontrollen genomförd, inga avvikelser"),
              (Y, "Kontrollen genomförd, avvikelser konstaterade som åtgärdas"),
              (O, "Kontrollen påbörjad / pågår"),
              (R, "Kontrollen ej genomförd")]
    for col, txt in legend:
        r += 1
        ws.cell(row=r, column=5).fill = fill(col)
        ws.cell(row=r, column=6, value=txt)
    r += 2
    ws.cell(row=r, column=2, value="Färgen i kolumnen Riskvärde visar riskens nivå enligt riskmatrisen i planen.")
    widths(ws, [8, 44, 10, 58, 12, 40])
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", BUN, "2026", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Socialnämnden – one workbook: adopted plan + follow-up that reports only deviations
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN_IK-plan_2026_med_avvikelserapport_delar.xlsx"
    plan = [
        ("SN-01", "Ekonomiskt bistånd", "Utbetalning sker utan eller i strid med beslut", 3, 3,
         "Stickprov på utbetalningar av ekonomiskt bistånd mot beslut", "20 slumpvis valda utbetalningar per tertial", "Tertialvis", "Enhetschef försörjningsstöd", "Genomförd"),
        ("SN-02", "Ekonomiskt bistånd", "Dubbla utbetalningar till samma hushåll", 2, 3,
         "Kontroll av dubbla utbetalningar av ekonomiskt bistånd (Lifecare)", "Kontrollrapport i Lifecare", "Månadsvis", "Ekonomiassistent", "Genomförd"),
        ("SN-03", "Barn och unga", "Barn i behov av skydd uppmärksammas inte i tid", 3, 4,
         "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar", "Samtliga anmälningar en månad per tertial", "Tertialvis", "Enhetschef mottagning", "Avvikelse"),
        ("SN-04", "Barn och unga", "Utredningstiden överskrids", 3, 3,
         "Kontroll att utredningar avslutas inom fyra månader", "Lista över pågående utredningar", "Tertialvis", "Enhetschef utredning", "Avvikelse"),
        ("SN-05", "Placeringar", "Fakturerade dygnskostnader avviker från avtal", 3, 3,
         "Kontroll av fakturor för externa placeringar (HVB) mot avtal", "Samtliga HVB-fakturor under två månader", "Halvår", "Controller", ""),
        ("SN-06", "LSS", "Beslut om insats verkställs inte inom skälig tid", 2, 4,
         "Kontroll att beslut om LSS-insats verkställs inom tre månader", "Lista över ej verkställda beslut", "Kvartalsvis", "Enhetschef LSS", "Genomförd"),
        ("SN-07", "LSS/SoL", "Ej verkställda beslut rapporteras inte till IVO", 2, 4,
         "Rapportering av ej verkställda beslut till IVO", "Jämförelse verksamhetssystem – inlämnade rapporter", "Kvartalsvis", "Utvecklingsledare", "Genomförd"),
        ("SN-08", "Dokumentation", "Obehörig åtkomst till skyddade personuppgifter", 2, 4,
         "Loggkontroll av åtkomst till skyddade personuppgifter", "Loggutdrag för samtliga personer med skyddad identitet", "Halvår", "Systemförvaltare", ""),
        ("SN-09", "Familjehem", "Familjehem godkänns utan fullständig utredning", 2, 4,
         "Kontroll av utdrag ur belastningsregistret för familjehem", "Samtliga nya familjehem", "Halvår", "Enhetschef familjehem", "Genomförd"),
        ("SN-10", "Delegation", "Delegationsbeslut anmäls inte till nämnden", 2, 2,
         "Kontroll att delegationsbeslut anmäls till nämnden", "Stickprov i diariet", "Halvår", "Nämndsekreterare", "Genomförd"),
    ]
    dev = {  # plan nr -> (follow-up ref, iakttagelse, bedömning, åtgärd, ansvarig, klart)
        "SN-03": ("B&U 1", "60 anmälningar under mars och juni granskade. 7 förhandsbedömningar gjordes senare än 14 dagar (längst 23 dagar).",
                  "Genomförd – avvikelse", "Veckovis bevakningslista införs på mottagningsenheten.", "Enhetschef mottagning", "2026-10-31"),
        "SN-05": ("Ek 3", "Kontrollen har påbörjats, 10 av 24 fakturor granskade. En faktura hade felaktigt dygnspris (4 200 kr i stället för avtalade 3 650 kr), kreditering begärd.",
                  "Pågår", "Resterande fakturor granskas i september.", "Controller", "2026-09-30"),
        "SN-07": ("LSS 2", "Rapporteringen för kvartal 1 lämnades två veckor efter fristen. Kvartal 2 rapporterades i tid.",
                  "Genomförd, avvikelse", "Påminnelse i kalender för utvecklingsledare och ersättare.", "Utvecklingsledare", "Klart"),
        "SN-08": ("Dok 1", "Ej genomförd – loggverktyget har inte levererats i samband med bytet av verksamhetssystem. Kontrollen genomförs i november.",
                  "Ej genomförd", "", "Systemförvaltare", "2026-11-30"),
    }
    status = {"SN-03": ("GENOMFORD", "ja"), "SN-05": ("DELVIS", "ja"), "SN-07": ("GENOMFORD", "ja"), "SN-08": ("EJ_GENOMFORD", "nej")}

    wb = Workbook()
    ws = wb.active
    ws.title = "Antagen plan 2026"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2026"
    ws["A2"].font = BOLD
    ws["A3"] = "Beslutad i socialnämnden 2025-11-26, § 142"
    hdr = ["Nr", "Område", "Risk", "Sannolikhet", "Konsekvens", "Risk (S×K)", "Kontrollmoment", "Hur", "När", "Vem", "Utfall 2025"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = fill("E2EFDA")
    r = 6
    for p in plan:
        vals = [p[0], p[1], p[2], p[3], p[4], p[3] * p[4], p[5], p[6], p[7], p[8], p[9] or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=6).fill = risk_fill(p[3] * p[4])
        r += 1
    ws.cell(row=r + 1, column=1, value="Sannolikhet: 1 = osannolik, 2 = mindre sannolik, 3 = möjlig, 4 = sannolik. "
                                       "Konsekvens: 1 = lindrig, 2 = måttlig, 3 = kännbar, 4 = allvarlig.")
    ws.cell(row=r + 2, column=1, value="Kolumnen Utfall 2025 visar resultatet när kontrollmomentet senast ingick i planen (tomt = nytt kontrollmoment 2026).")
    widths(ws, [7, 18, 34, 11, 11, 10, 46, 34, 11, 22, 12])

    ws2 = wb.create_sheet("Avvikelser delår 2026")
    ws2["A1"] = "Socialnämnden – uppföljning av internkontrollplan 2026, delårsbokslut januari–augusti"
    ws2["A1"].font = TITLE
    ws2.merge_cells("A1:G1")
    ws2["A3"] = ("Enligt nämndens anvisning redovisas endast kontrollmoment där avvikelse har konstaterats eller där kontrollen "
                 "inte har genomförts enligt plan. Samtliga övriga kontrollmoment i den antagna planen har genomförts per "
                 "31 augusti utan anmärkning.")
    ws2.merge_cells("A3:G3")
    ws2["A3"].alignment = WRAP
    ws2.row_dimensions[3].height = 45
    hdr2 = ["Kontroll", "Kontrollmoment", "Iakttagelse", "Bedömning", "Åtgärd", "Ansvarig", "Klart"]
    for c, h in enumerate(hdr2, 1):
        cell = ws2.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = fill("E2EFDA")
    r = 6
    for p in plan:
        if p[0] in dev:
            d = dev[p[0]]
            vals = [d[0], p[5], d[1], d[2], d[3] or None, d[4], d[5]]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            r += 1
    r += 1
    ws2.cell(row=r, column=1, value="Övriga iakttagelser (ej kontrollmoment i planen)").font = BOLD
    ws2.cell(row=r + 1, column=1, value="–")
    ws2.cell(row=r + 1, column=2, value="Revisorernas granskning av handläggningen av ekonomiskt bistånd pågår; rapport väntas i oktober.")
    ws2.cell(row=r + 3, column=1, value="Förklaring kontroll-id: B&U = barn och unga, Ek = ekonomi, LSS = funktionsnedsättning, Dok = dokumentation (förvaltningens interna numrering).")
    ws2.cell(row=r + 5, column=1, value="Socialförvaltningen 2026-09-10, Karin Wallin, kvalitetsstrateg")
    widths(ws2, [9, 44, 60, 20, 38, 22, 12])
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", SN, "2026", "DELAR"))
    for p in plan:
        st, av = status.get(p[0], ("GENOMFORD", "nej"))
        EXPECTED.append((fil, SN, p[5], st, av))


# ---------------------------------------------------------------------------
# 5. Vård- och omsorgsnämnden – only the plan, as .odt
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON Internkontrollplan 2026.odt"
    plan = [
        ("1", "Kvalitet och patientsäkerhet", "Kontroll att avvikelser enligt SoL och HSL (lex Sarah/lex Maria) utreds och rapporteras", 3, 5,
         "Genomgång av samtliga rapporter i avvikelsesystemet", "Halvår", "MAS / kvalitetsutvecklare"),
        ("2", "Social dokumentation", "Stickprov på att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", 4, 3,
         "10 ärenden per enhet", "Halvår", "Enhetschefer"),
        ("3", "Hemtjänst", "Kontroll av hemtjänsttimmar – beviljad mot utförd tid (TES)", 4, 3,
         "Jämförelse beslut – utförd tid i TES, två månader", "Halvår", "Controller"),
        ("4", "Hälso- och sjukvård", "Kontroll av läkemedelshantering – signeringslistor", 3, 4,
         "Stickprov signeringslistor på särskilda boenden", "Kvartalsvis", "MAS"),
        ("5", "Avgifter", "Kontroll av avgiftsbeslut för särskilt boende", 3, 4,
         "Stickprov 20 avgiftsbeslut mot inkomstuppgifter", "Årsvis", "Avgiftshandläggare"),
        ("6", "Kost och nutrition", "Kontroll av att nattfasta inte överstiger 11 timmar", 3, 4,
         "Mätning två veckor vår och höst", "Halvår", "Dietist / enhetschefer"),
        ("7", "Informationssäkerhet", "Kontroll av behörigheter i verksamhetssystemet (Lifecare)", 2, 5,
         "Behörighetslista mot anställda", "Halvår", "Systemförvaltare"),
    ]
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    smallb = Style(name="SmallB", family="paragraph")
    smallb.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
    doc.automaticstyles.addElement(smallb)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
    doc.automaticstyles.addElement(cellst)

    doc.text.addElement(H(outlinelevel=1, text="Vård- och omsorgsnämnden"))
    doc.text.addElement(H(outlinelevel=2, text="Intern kontrollplan 2026"))
    doc.text.addElement(P(text="Fastställd av vård- och omsorgsnämnden 2025-12-11, § 87. Dnr VON 2025/133."))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(stylename=bold, text="Riskbedömning"))
    doc.text.addElement(P(text="Riskerna har bedömts utifrån sannolikhet (1–5) och konsekvens (1–5). Riskvärdet är sannolikhet × "
                                "konsekvens. Risker med riskvärde 10 eller högre hanteras genom kontrollmoment i planen; övriga "
                                "risker hanteras i det löpande kvalitetsarbetet."))
    doc.text.addElement(P(text="Planen följs upp vid delårsbokslut och i verksamhetsberättelsen."))
    doc.text.addElement(P(text=""))
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "S", "K", "Riskvärde", "Metod", "Frekvens", "Ansvarig"]
    t = Table(name="Kontrollplan")
    for _ in hdr:
        t.addElement(TableColumn())
    tr = TableRow()
    for h in hdr:
        tc = TableCell(stylename=cellst)
        tc.addElement(P(stylename=smallb, text=h))
        tr.addElement(tc)
    t.addElement(tr)
    for p in plan:
        tr = TableRow()
        vals = [p[0], p[1], p[2], str(p[3]), str(p[4]), str(p[3] * p[4]), p[5], p[6], p[7]]
        for v in vals:
            tc = TableCell(stylename=cellst)
            tc.addElement(P(stylename=small, text=v))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Vård- och omsorgsförvaltningen, Lindesjö kommun"))
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", VON, "2026", ""))
    for p in plan:
        EXPECTED.append((fil, VON, p[2], "SAKNAS", "nej"))


# ---------------------------------------------------------------------------
# 6. Stratsys export, two nämnder, cp1252, T1 / Delår / Helår columns
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Stratsys_export_internkontroll_2026-09-15.csv"
    K = "KFN - Kultur- och fritidsnämnden"
    M = "MBN - Miljö- och byggnämnden"
    rows = [
        # org, område, risk, S, K, kontrollmoment, frekvens, stT1, kT1, stD, kD, exp, avv
        (K, "Bidrag", "Föreningsbidrag betalas ut på felaktiga underlag", 3, 3,
         "Kontroll av föreningsbidrag – underlag och medlemsantal", "Årligen",
         "Ej påbörjad", "", "Slutförd", "Stickprov 10 föreningar. 1 förening hade redovisat fel antal medlemmar, bidrag 12 400 kr återkrävt.",
         "GENOMFORD", "ja"),
        (K, "Kontanthantering", "Svinn eller stöld ur dagskassor", 3, 3,
         "Kontroll av kassahantering i simhallen (dagskassor)", "Tertial",
         "Slutförd", "Inga differenser jan–april.", "Slutförd", "Kontroll maj–aug. En kassadifferens på 300 kr har utretts och rapporterats.",
         "GENOMFORD", "ja"),
        (K, "Inköp", "Konsulttjänster köps utan avtal", 3, 2,
         "Avtalstrohet vid köp av konsulttjänster (arrangemang)", "Halvår",
         "Pågående", "", "Pågående", "Hälften av inköpen granskade, hittills utan anmärkning.",
         "DELVIS", "nej"),
        (K, "Intäkter", "Lokaler hyrs ut utan avgift eller med fel taxa", 2, 3,
         "Kontroll av uthyrning av lokaler – avgifter enligt taxa", "Årligen",
         "", "", "Ej påbörjad", "Planeras till oktober.",
         "EJ_GENOMFORD", "nej"),
        (K, "Tillgångar", "Konstverk försvinner eller skadas", 2, 4,
         "Inventering av konstsamlingen (stickprov)", "Årligen",
         "", "", "Avbruten", "Avbruten genom nämndens beslut 2026-05-20 § 33, ersätts av fullständig inventering 2027.",
         "UTGAR", "nej"),
        (K, "Förtroende", "Representation i strid med riktlinjer", 2, 3,
         "Kontroll av representation och förtroendekänsliga poster", "Tertial",
         "Slutförd", "Inga avvikelser.", "Slutförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        (M, "Avgifter", "Tillsynsavgifter debiteras felaktigt", 3, 3,
         "Kontroll att tillsynsavgifter debiteras enligt taxa", "Halvår",
         "", "", "Slutförd", "30 ärenden granskade, 2 debiterades med fel timavgift och har korrigerats.",
         "GENOMFORD", "ja"),
        (M, "Myndighetsutövning", "Lagstadgad handläggningstid överskrids, avgiften sätts ned", 4, 3,
         "Kontroll av handläggningstid för bygglov (10 veckor)", "Tertial",
         "Pågående", "Mätning startad.", "Pågående", "Mätningen pågår. Hittills har 9 ärenden överskridit tidsfristen – avvikelse, åtgärdsplan tas fram.",
         "DELVIS", "ja"),
        (M, "Delegation", "Beslut fattas utan giltig delegation", 2, 3,
         "Kontroll av delegationsbeslut i miljö- och byggärenden", "Halvår",
         "", "", "Slutförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        (M, "Informationssäkerhet", "Obehörig åtkomst i ärendesystemet", 2, 4,
         "Uppföljning av behörigheter i ärendesystemet (Ecos)", "Halvår",
         "", "", "", "Se separat rapport till nämnden.",
         "OKLAR", "nej"),
        (M, "Arkiv", "Beslut diarieförs eller arkiveras inte", 2, 2,
         "Kontroll av arkivering av beslut i diariet", "Årligen",
         "", "", "", "",
         "SAKNAS", "nej"),
    ]
    lines = []
    lines.append(["Rapport: Internkontroll – kontrollmoment med uppföljning"])
    lines.append(["Urval: År 2026; Organisation: Kultur- och fritidsnämnden, Miljö- och byggnämnden"])
    lines.append(["Utskriven: 2026-09-15 08:42 av ekonomiavdelningen"])
    lines.append([])
    hdr = ["Organisation", "Riskområde", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Frekvens",
           "Status T1", "Kommentar T1", "Status Delår", "Kommentar Delår", "Status Helår", "Kommentar Helår"]
    lines.append(hdr)
    for r in rows:
        lines.append([r[0], r[1], r[2], str(r[3]), str(r[4]), str(r[3] * r[4]), r[5], r[6], r[7], r[8], r[9], r[10], "", ""])
    with open(os.path.join(HERE, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", KFN, "2026", "DELAR"))
    FILES.append((fil, "INLAST", MBN, "2026", "DELAR"))
    for r in rows:
        EXPECTED.append((fil, KFN if r[0] == K else MBN, r[5], r[11], r[12]))


# ---------------------------------------------------------------------------
# 7. SBN – Word follow-up, tertial 2, tick boxes
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "Uppföljning internkontroll SBN tertial 2 2026.docx"
    X, O = "☒", "☐"
    items = [
        ("3.1", "Kontroll att exploateringsavtal följer riktlinjerna för exploateringsavtal", 2, 4,
         "Samtliga tre exploateringsavtal som tecknats under perioden har granskats mot riktlinjerna. Inga avvikelser.",
         "G", "N", "GENOMFORD", "nej"),
        ("3.2", "Stickprov på hyresdebitering av kommunens externa hyresgäster", 3, 3,
         "Hälften av de 40 kontrakten har granskats; debiteringen överensstämmer med kontrakten. Resterande granskas i oktober.",
         "D", "N", "DELVIS", "nej"),
        ("3.3", "Kontroll av attest och beställning inom investeringsprojekt", 3, 4,
         "20 fakturor i tre investeringsprojekt granskade. Två fakturor var attesterade av projektledare som saknar delegation för beloppet.",
         "G", "J", "GENOMFORD", "ja"),
        ("3.4", "Kontroll att ÄTA-arbeten beslutas enligt delegationsordningen", 3, 3,
         "Se bilaga 3 (projektlista).",
         "GD", "", "OKLAR", "nej"),
        ("3.5", "Kontroll av vinterväghållning – entreprenörens rapportering mot avtal", 2, 3,
         "Kontrollen har inte genomförts under perioden eftersom avtalet med ny entreprenör började gälla 1 maj; "
         "kontrollen görs när vintersäsongen börjar.",
         "", "", "EJ_GENOMFORD", "nej"),
        ("3.6", "Kontroll av behörigheter i GIS- och fastighetssystemet", 2, 4,
         "Systemet avvecklas under hösten, kontrollmomentet utgår enligt beslut SBN 2026-03-18 § 22.",
         "U", "", "UTGAR", "nej"),
        ("3.7", "Kontroll av dataskydd – personuppgiftsbiträdesavtal med leverantörer", 2, 4,
         "14 leverantörer som behandlar personuppgifter granskade. En saknade personuppgiftsbiträdesavtal; avtal tecknades i juni.",
         "G", "J", "GENOMFORD", "ja"),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_paragraph("Lindesjö kommun – Samhällsbyggnadsförvaltningen").runs[0].bold = True
    d.add_heading("Samhällsbyggnadsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2026 – delårsrapport per 31 augusti (tertial 2)", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2026 den 17 december 2025 (§ 141). Planen omfattar sju kontrollmoment. "
        "Nedan redovisas resultatet av de kontroller som genomförts till och med augusti. Numreringen följer avsnitt 3 "
        "Kontrollmoment i den antagna planen. Riskbedömningen anges som sannolikhet × konsekvens enligt kommunens riskmatris (1–4).")
    for nr, km, s, k, res, stat, avv, _e, _a in items:
        d.add_heading("Kontrollmoment %s" % nr, level=3)
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        t.cell(0, 0).text = "Kontrollmoment"
        t.cell(0, 1).text = km
        t.cell(1, 0).text = "Riskbedömning"
        t.cell(1, 1).text = "Sannolikhet %d × konsekvens %d = %d" % (s, k, s * k)
        t.cell(2, 0).text = "Resultat"
        t.cell(2, 1).text = res
        t.cell(3, 0).text = "Status"
        t.cell(3, 1).text = "%s Genomförd    %s Delvis genomförd    %s Ej genomförd    %s Utgår" % (
            X if "G" in stat else O, X if "D" in stat else O, X if "E" in stat else O, X if "U" in stat else O)
        t.cell(4, 0).text = "Avvikelse"
        t.cell(4, 1).text = "%s Ja    %s Nej" % (X if avv == "J" else O, X if avv == "N" else O)
        for rr in range(5):
            for run in t.cell(rr, 0).paragraphs[0].runs:
                run.bold = True
        d.add_paragraph("")
    d.add_heading("Sammanfattning", level=3)
    d.add_paragraph("Av planens sju kontrollmoment är tre genomförda och ett delvis genomfört. Avvikelser har konstaterats i två "
                    "kontroller och åtgärder har vidtagits. Förvaltningen bedömer att den interna kontrollen är tillräcklig.")
    d.add_paragraph("Lindesjö 2026-09-09")
    d.add_paragraph("Johan Berg, samhällsbyggnadschef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", SBN, "2026", "T2"))
    for nr, km, s, k, res, stat, avv, e, a in items:
        EXPECTED.append((fil, SBN, km, e, a))


# ---------------------------------------------------------------------------
# 8. Tekniska nämnden – one workbook (.ods): plan + follow-up with symbols
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN_intern_kontroll_2026.ods"
    plan = [
        ("1.1", "Intäkter VA", "Kontroll av VA-debitering – mätarbyten och avläsningar", 3, 3, "Stickprov 30 abonnenter", "VA-chef"),
        ("1.2", "Kundfordringar", "Kontroll av kundfordringar och påminnelser (VA och avfall)", 3, 2, "Reskontrarapport, obetalda >30 dagar", "Ekonom"),
        ("2.1", "Attest", "Kontroll av attest av fakturor från entreprenörer (gata/park)", 3, 3, "Stickprov 20 fakturor", "Driftchef gata/park"),
        ("2.2", "Inköp", "Avtalstrohet – inköp av material till driftverksamheten", 4, 2, "Leverantörsanalys", "Inköpare"),
        ("3.1", "Fordon", "Kontroll av fordonsregister och drivmedelskort", 2, 3, "Register mot kortlista", "Fordonsansvarig"),
        ("3.2", "Fastigheter", "Kontroll av systematiskt brandskyddsarbete (SBA) i kommunens fastigheter", 2, 5, "Dokumentation SBA, 10 fastigheter", "Fastighetschef"),
        ("4.1", "Arbetsmiljö", "Kontroll av arbetsmiljörutiner – skyddsronder i verksamheterna", 3, 3, "Protokoll från skyddsronder", "Förvaltningschef"),
        ("4.2", "Löner", "Kontroll av timanställdas tidrapportering mot schema", 3, 3, "Stickprov 15 timanställda", "HR-partner"),
    ]
    fu = [
        # symbol delår, avvikelse, kommentar, exp, avv
        ("✔", "Nej", "30 abonnenter kontrollerade, debitering korrekt.", "GENOMFORD", "nej"),
        ("✔", "Ja", "12 fakturor hade inte fått påminnelse enligt rutin. Påminnelser skickade i juni.", "GENOMFORD", "ja"),
        ("◐", "", "Vårens fakturor granskade, höstens återstår.", "DELVIS", "nej"),
        ("✘", "", "Ej genomförd, resursbrist under semesterperioden.", "EJ_GENOMFORD", "nej"),
        ("✔", "Ja", "2 drivmedelskort var kopplade till sålda fordon och har spärrats.", "GENOMFORD", "ja"),
        ("○", "", "", "OKLAR", "nej"),
        ("—", "", "Ingår i kommunens gemensamma arbetsmiljöuppföljning från 2026.", "UTGAR", "nej"),
        ("", "", "", "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Tekniska nämnden – plan för intern kontroll 2026"
    ws["A1"].font = TITLE
    ws["A2"] = "Antagen TN 2025-12-03 § 77"
    hdr = ["Nr", "Område", "Kontrollmoment", "S", "K", "S×K", "Kontrollmetod", "Ansvarig"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
    r = 5
    for p in plan:
        vals = [p[0], p[1], p[2], p[3], p[4], p[3] * p[4], p[5], p[6]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=6).fill = risk_fill(p[3] * p[4])
        r += 1
    ws.cell(row=r + 1, column=1, value="S = sannolikhet, K = konsekvens (1–5). Rött = hög risk, gult = medel, grönt = låg.")
    widths(ws, [6, 16, 58, 5, 5, 6, 32, 20])

    ws2 = wb.create_sheet("Uppföljning 31 aug")
    ws2["A1"] = "Uppföljning internkontroll 2026"
    ws2["A1"].font = TITLE
    ws2["A2"] = "Tekniska förvaltningen – delår per 31 augusti"
    hdr2 = ["Nr", "Kontrollmoment", "Delår 2026", "Helår 2026", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr2, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
    r = 5
    for i, (p, f) in enumerate(zip(plan, fu), 1):
        vals = [i, p[2], f[0] or None, None, f[1] or None, f[2] or None]
        for c, v in enumerate(vals, 1):
            cell = ws2.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws2.cell(row=r, column=3).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    ws2["H4"] = "Teckenförklaring"
    ws2["H4"].font = BOLD
    for j, (sym, txt) in enumerate([("✔", "Genomförd"), ("◐", "Påbörjad"), ("✘", "Ej genomförd"), ("—", "Utgår")]):
        ws2.cell(row=5 + j, column=8, value=sym).alignment = Alignment(horizontal="center")
        ws2.cell(row=5 + j, column=9, value=txt)
    ws2.cell(row=r + 1, column=1, value="Nr = radnummer i uppföljningen. Se fliken Plan för planens numrering och riskbedömning.")
    widths(ws2, [5, 58, 11, 11, 10, 52, 3, 6, 14])

    tmp = os.path.join(TMP, "TN_intern_kontroll_2026.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", HERE)
    assert os.path.exists(os.path.join(HERE, fil)), fil
    FILES.append((fil, "INLAST", TN, "2026", "DELAR"))
    for p, f in zip(plan, fu):
        EXPECTED.append((fil, TN, p[2], f[3], f[4]))


# ---------------------------------------------------------------------------
# 9. Covering letter from VON – no controls -> AVVISAD
# ---------------------------------------------------------------------------
def file_letter():
    fil = "Följebrev VON internkontroll.docx"
    d = docx.Document()
    d.add_paragraph("Vård- och omsorgsförvaltningen").runs[0].bold = True
    d.add_paragraph("2026-09-11")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_paragraph("Ärende: Intern kontroll 2026 – underlag till delårsrapporten")
    d.add_paragraph("")
    d.add_paragraph("Hej!")
    d.add_paragraph(
        "Bifogat finns vård- och omsorgsnämndens antagna internkontrollplan för 2026. Nämndens uppföljning per "
        "31 augusti behandlas på nämndens sammanträde den 24 september och skickas till er direkt efter sammanträdet.")
    d.add_paragraph("Hör av er om ni behöver något mer inför delårsrapporten.")
    d.add_paragraph("")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Maria Holm")
    d.add_paragraph("Verksamhetscontroller, Vård- och omsorgsförvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def register():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write("%s;%s\n" % (n, a))


def main():
    # remove old generated files (keep scripts and README)
    keep = {"make_round.py", "README.md"}
    for fn in os.listdir(HERE):
        if fn not in keep and os.path.isfile(os.path.join(HERE, fn)):
            os.remove(os.path.join(HERE, fn))
    file_ks()
    file_bun_plan()
    file_bun_fu()
    file_sn()
    file_von()
    file_csv()
    file_sbn()
    file_tn()
    file_letter()
    register()
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in r[2]
            f.write(";".join(r) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
