#!/usr/bin/python3
"""Blind round r397 - Kvidinge kommun, T2 2025.

Theme: tertial 2 follow-ups where the status is mostly a traffic-light fill, a symbol or
a letter code explained by a legend somewhere in the file, mixed with a few plain-word
templates.  Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round397"
FIXED = datetime.datetime(2025, 9, 12, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# --------------------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


def fixed_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Kvidinge kommun"
    wb.properties.lastModifiedBy = "Kvidinge kommun"


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def shade_cell(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def fixed_docx_props(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.author = "Kvidinge kommun"
    cp.last_modified_by = "Kvidinge kommun"


GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
ORANGE, BLUE = "FFC000", "9BC2E6"


# =========================================================================== F1 KS
def f1_ks():
    fil = "KS_IKP_uppfoljning_T2_2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Upprättad av: Ekonomienheten, kommunledningsförvaltningen 2025-09-12"
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "T1", "T2", "Kommentar T2"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    # (nr, process, km, metod, ansvarig, frekvens, T1 colour, T2 colour, comment, status, avv)
    groups = [
        ("Ekonomiprocesser", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per tertial", "Ekonomichef", "Tertialvis", GREEN, GREEN,
             "Stickprov 20 fakturor. 2 fakturor attesterade av ersättare utan giltig delegation. "
             "Återkoppling till berörda chefer.", "GENOMFORD", "ja"),
            ("1.2", "Leverantörsregister",
             "Kontroll av att leverantörsregistrets bankuppgifter ändras först efter verifiering med leverantören",
             "Genomgång av samtliga ändringar i ändringsloggen", "Redovisningsansvarig", "Tertialvis",
             GREEN, GREEN, "Samtliga 14 ändringar verifierade via återuppringning. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("1.3", "Representation",
             "Representation och förtroendekänsliga poster – syfte och deltagare anges på verifikationen",
             "Stickprov 15 verifikationer", "Controller", "Halvår", None, RED,
             "Ej genomförd p.g.a. vakans controller. Flyttas till T3.", "EJ_GENOMFORD", ""),
        ]),
        ("Upphandling och avtal", [
            ("2.1", "Inköp", "Inköp görs från upphandlade leverantörer (avtalstrohet)",
             "Analys i inköpsanalysverktyget", "Upphandlingschef", "Tertialvis", YELLOW, YELLOW,
             "Analys av maj–juni klar, juli–augusti återstår. Avtalstrohet hittills 87 %.",
             "DELVIS", ""),
            ("2.2", "Direktupphandling",
             "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Genomgång av samtliga direktupphandlingar", "Upphandlingschef", "Halvår", None, GREEN,
             "6 direktupphandlingar granskade, 1 saknade dokumentation. Åtgärdat i augusti.",
             "GENOMFORD", "ja"),
        ]),
        ("HR och lön", [
            ("3.1", "Behörigheter", "Behörigheter i lönesystemet avslutas när anställning upphör",
             "Jämförelse avslutade anställningar mot behörighetslista", "HR-chef", "Årlig", GREEN, None,
             "Årlig kontroll, genomförd i april (se T1). Inga kvarliggande behörigheter.",
             "GENOMFORD", "nej"),
            ("3.2", "Lön", "Utbetalning av övertidsersättning är beslutad av behörig chef",
             "Stickprov 10 utbetalningar per månad", "Lönechef", "Månadsvis", GREEN, GREEN,
             "Inga avvikelser", "GENOMFORD", "nej"),
            ("3.3", "Rehabilitering",
             "Rehabiliteringsärenden påbörjas senast dag 14 vid upprepad korttidsfrånvaro",
             "Uttag ur HR-systemet", "HR-chef", "Halvår", None, None, "", "SAKNAS", ""),
        ]),
        ("Informationssäkerhet och ärendehantering", [
            ("4.1", "Informationssäkerhet", "Granskning av loggar i ärendehanteringssystemet",
             "Stickprov 10 användare", "Kanslichef", "Tertialvis", GREEN, GREY,
             "Utgår enligt KS beslut 2025-06-11 § 84, ersätts av ny kontroll 2026.", "UTGAR", ""),
            ("4.2", "Diarieföring", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
             "Stickprov 30 handlingar", "Registrator", "Tertialvis", YELLOW, GREEN,
             "30 handlingar kontrollerade, 27 diarieförda inom tre dagar. Påminnelse till förvaltningen.",
             "GENOMFORD", "ja"),
        ]),
    ]
    r = 6
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill("DDEBF7")
            ws.cell(r, c).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (nr, proc, km, met, ans, frek, t1, t2, kom, st, avv) in rows:
            vals = [nr, proc, km, met, ans, frek, None, None, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = WRAP
            if t1:
                ws.cell(r, 7).fill = fill(t1)
            if t2:
                ws.cell(r, 8).fill = fill(t2)
            exp(fil, nm, km, st, avv)
            r += 1
    r += 1
    ws.cell(r, 2, "Färgförklaring").font = Font(bold=True)
    r += 1
    for col, txt in [(GREEN, "Kontroll genomförd"), (YELLOW, "Kontroll delvis genomförd / pågår"),
                     (RED, "Kontroll ej genomförd"), (GREY, "Kontrollen utgår (beslut anges i kommentar)")]:
        ws.cell(r, 2).fill = fill(col)
        ws.cell(r, 2).border = BORDER
        ws.cell(r, 3, txt)
        r += 1
    ws.cell(r, 2, "Tom cell = inget rapporterat för perioden. Avvikelser beskrivs i kommentaren.").font = Font(italic=True)
    widths = [6, 20, 48, 32, 18, 12, 7, 7, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Kvidinge kommun – Kommunstyrelsen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# =========================================================================== F2 BUN
def f2_bun():
    fil = "BUN uppföljning IK T2 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fixed_docx_props(d)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Kvidinge kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2024/212"
    fp = sec.footer.paragraphs[0]
    fp.text = "Sida 1"
    h = d.add_paragraph()
    run = h.add_run("Uppföljning intern kontroll, tertial 2 2025")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph(
        "Förvaltningen redovisar här uppföljningen av nämndens internkontrollplan för perioden "
        "maj–augusti 2025. Kontrollerna har genomförts av respektive ansvarig och sammanställts "
        "av förvaltningens controller. Avvikelser och åtgärder beskrivs i kolumnen Kommentar.")
    lp = d.add_paragraph()
    lp.add_run("Status anges med färg i kolumnen Status: ").bold = True
    lp.add_run("grön – genomförd utan avvikelse; gul – delvis genomförd eller genomförd med avvikelse "
               "(se kommentar); röd – ej genomförd; grå – kontrollen utgår.")
    hdr = ["Område", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]
    groups = [
        ("Ekonomi", [
            ("Skolskjuts", "Fakturor för skolskjuts kontrolleras mot avtalade priser",
             "Stickprov 10 fakturor", "Controller", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Interkommunal ersättning",
             "Interkommunal ersättning (IKE) debiteras för samtliga elever från andra kommuner",
             "Avstämning elevregister mot fakturering", "Skoladministratör", YELLOW,
             "Avstämning gjord för förskoleklass–åk 6. Åk 7–9 återstår, klart i oktober.", "DELVIS", ""),
            ("Handkassor", "Hantering av kontanta medel i förskolornas handkassor",
             "Inventering vid oanmält besök", "Rektorer", YELLOW,
             "Kontroll genomförd på fem förskolor. I två handkassor saknades kvitton för totalt "
             "1 240 kr. Rutinen har gåtts igenom med berörda rektorer.", "GENOMFORD", "ja"),
        ]),
        ("Verksamhet", [
            ("Kränkande behandling",
             "Anmälan om kränkande behandling till huvudman sker utan dröjsmål",
             "Genomgång av anmälningar i systemet", "Kvalitetsstrateg", GREEN,
             "42 anmälningar under perioden, samtliga anmälda till huvudman inom fem dagar.", "GENOMFORD", "nej"),
            ("Särskilt stöd", "Beslut om särskilt stöd dokumenteras i åtgärdsprogram",
             "Stickprov 20 elever", "Elevhälsochef", RED,
             "Ej genomförd under perioden. Stickprovet genomförs i september.", "EJ_GENOMFORD", ""),
            ("Skolfrånvaro",
             "Elevers frånvaro följs upp enligt rutin för problematisk skolfrånvaro",
             "Uttag ur frånvarosystemet", "Rektorer", None, "Se bilaga 2.", "OKLAR", ""),
            ("Registerkontroll", "Registerkontroll av personal i förskola och skola",
             "Stickprov nyanställda", "HR-partner", GREEN,
             "12 av 12 nyanställda hade uppvisat utdrag ur belastningsregistret.", "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("Arbetsmiljö",
             "Systematiskt arbetsmiljöarbete – skyddsronder genomförs enligt årshjul",
             "Sammanställning av protokoll", "Förvaltningschef", GREY,
             "Utgår – ingår i kommungemensam kontroll under kommunstyrelsen.", "UTGAR", ""),
            ("Lön", "Tillfälliga löneförändringar och tillägg har skriftligt beslut",
             "Stickprov 10 lönetillägg", "Löneadministratör", None, "", "SAKNAS", ""),
        ]),
    ]
    n_rows = 1 + sum(1 + len(rows) for _, rows in groups)
    t = d.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    for c, hx in enumerate(hdr):
        cell = t.cell(0, c)
        cell.text = hx
        cell.paragraphs[0].runs[0].bold = True
        shade_cell(cell, "D9D9D9")
    r = 1
    for gname, rows in groups:
        a = t.cell(r, 0).merge(t.cell(r, 5))
        a.text = gname
        a.paragraphs[0].runs[0].bold = True
        shade_cell(a, "DEEAF6")
        r += 1
        for (omr, km, met, ans, col, kom, st, avv) in rows:
            for c, v in enumerate([omr, km, met, ans, "", kom]):
                t.cell(r, c).text = v
            if col:
                shade_cell(t.cell(r, 4), col)
            exp(fil, nm, km, st, avv)
            r += 1
    widths = [Cm(2.8), Cm(5.0), Cm(3.2), Cm(2.6), Cm(1.5), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilagor: 1. Internkontrollplan 2025 (BUN 2024-12-10 § 98). "
                    "2. Sammanställning skolfrånvaro per enhet (separat fil).")
    d.add_paragraph("Kvidinge 2025-09-08\nLena Åkesson, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# =========================================================================== F3 SN (ods)
def f3_sn(tmp):
    fil = "Uppföljning internkontroll SOC T2 2025.ods"
    nm = "Socialnämnden"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden – internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2 (maj–augusti). Statuskoder enligt fliken Instruktion."
    hdr = ["Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Tidpunkt",
           "Status", "Resultat / kommentar"]
    for c, hx in enumerate(hdr, 1):
        cell = ws.cell(4, c, hx)
        cell.font = Font(bold=True)
        cell.fill = fill("E2EFDA")
        cell.border = BORDER
        cell.alignment = WRAP
    risks = [
        ("Felaktiga utbetalningar av ekonomiskt bistånd", 12, [
            ("Kontroll att utbetalt ekonomiskt bistånd överensstämmer med beslut i verksamhetssystemet",
             "Stickprov 25 ärenden", "Enhetschef försörjningsstöd", "Tertialvis", "G",
             "25 ärenden granskade.\nInga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av att inkomstuppgifter stäms av mot SSBTEK innan beslut",
             "Stickprov 25 ärenden", "Enhetschef försörjningsstöd", "Tertialvis", "GA",
             "3 av 25 ärenden saknade dokumenterad avstämning.\nÅtgärd: genomgång på APT 2025-09-04.",
             "GENOMFORD", "ja"),
        ]),
        ("Orosanmälningar hanteras inte inom lagstadgad tid", 16, [
            ("Skyddsbedömning görs samma dag som orosanmälan inkommer",
             "Uttag ur verksamhetssystemet", "Enhetschef barn och familj", "Tertialvis", "D",
             "Uttag för maj–juni klart: 2 av 48 skyddsbedömningar gjordes dagen efter.\n"
             "Juli–augusti återstår.", "DELVIS", "ja"),
            ("Förhandsbedömning avslutas inom 14 dagar",
             "Uttag ur verksamhetssystemet", "Enhetschef barn och familj", "Tertialvis", "EG",
             "Systemuttaget fungerar inte efter uppgradering av verksamhetssystemet.\nNy tidplan: oktober.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Brister i hantering av externa placeringar", 9, [
            ("Avtal finns för samtliga externa placeringar (HVB och familjehem)",
             "Genomgång av samtliga placeringar", "Enhetschef barn och familj", "Halvår", "G",
             "Samtliga 17 placeringar har avtal.", "GENOMFORD", "nej"),
            ("Fakturor för externa placeringar stäms av mot beslut och avtal",
             "Stickprov 10 fakturor", "Controller", "Tertialvis", "U",
             "Utgår enligt SN 2025-05-20 § 61 – ingår i kommunövergripande kontroll av avtalstrohet.",
             "UTGAR", ""),
        ]),
        ("Otillbörlig åtkomst till personuppgifter", 12, [
            ("Loggkontroll i verksamhetssystemet",
             "Slumpvis 10 användare per månad", "Systemförvaltare", "Månadsvis", "GA",
             "Loggkontroll maj–augusti genomförd.\nEn otillåten åtkomst upptäckt, anmäld till dataskyddsombudet.",
             "GENOMFORD", "ja"),
            ("Behörigheter i verksamhetssystemet ses över vid byte av tjänst",
             "Jämförelse personalförändringar mot behörighetslista", "Systemförvaltare", "Halvår", None,
             None, "SAKNAS", ""),
        ]),
        ("Brister i kompetensförsörjning", 8, [
            ("Introduktion av nyanställda socialsekreterare följer introduktionsprogrammet",
             "Enkät till nyanställda", "Avdelningschef", "Årligen", "D",
             "Enkät skickad i augusti, svaren sammanställs i september.", "DELVIS", ""),
        ]),
    ]
    r = 5
    for risk, rv, rows in risks:
        start = r
        for (km, met, ans, tid, kod, kom, st, avv) in rows:
            vals = [risk if r == start else None, rv if r == start else None, km, met, ans, tid, kod, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = WRAP
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, nm, km, st, avv)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Beslutad av socialnämnden 2025-09-23 § 88").font = Font(italic=True)
    for i, w in enumerate([28, 10, 46, 28, 24, 12, 8, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ins = wb.create_sheet("Instruktion")
    lines = [
        ("Instruktion för uppföljning av internkontrollplan", True),
        ("Fyll i kolumnen Status med någon av koderna nedan. Beskriv resultat, avvikelser och åtgärder "
         "i kolumnen Resultat / kommentar.", False),
        ("", False),
        ("Statuskoder", True),
        ("G = Genomförd utan avvikelse", False),
        ("GA = Genomförd, avvikelse noterad (beskriv i kommentar)", False),
        ("D = Delvis genomförd / pågår", False),
        ("EG = Ej genomförd", False),
        ("U = Utgår (ange beslut i kommentar)", False),
        ("", False),
        ("Riskvärde = sannolikhet × konsekvens (1–4 × 1–4).", False),
    ]
    for i, (txt, bold) in enumerate(lines, 1):
        ins.cell(i, 1, txt).font = Font(bold=bold)
    ins.column_dimensions["A"].width = 90
    src = os.path.join(tmp, "sn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "sn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# =========================================================================== F4 Stratsys CSV (VON + MBN)
def f4_csv():
    fil = "Export_Stratsys_internkontroll_2025-09-15.csv"
    von, mbn = "Vård- och omsorgsnämnden", "Miljö- och byggnadsnämnden"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
           "Period", "Status", "Kommentar", "Avvikelse"]
    plan = "Internkontrollplan 2025"
    # (org, process, km, ansvarig, frekvens, [(period, status, kommentar, avvikelse)], exp_status, exp_avv)
    ctrls = [
        (von, "Läkemedel", "Läkemedelshantering – signeringslistor kontrolleras i särskilt boende",
         "MAS", "Tertialvis",
         [("T1 2025", "Delvis genomförd", "Två av fyra boenden kontrollerade.", ""),
          ("T2 2025", "Genomförd", "Kontroll på samtliga fyra boenden. Osignerade doser på Solgården, "
                                   "avvikelse rapporterad och åtgärdad.", "Ja")],
         "GENOMFORD", "ja"),
        (von, "Avgifter", "Debitering av hemtjänstavgift överensstämmer med beviljade och utförda insatser",
         "Avgiftshandläggare", "Tertialvis",
         [("T1 2025", "Genomförd", "Stickprov 20 brukare, inga fel.", "Nej"),
          ("T2 2025", "Genomförd", "Stickprov 20 brukare, inga fel.", "Nej")],
         "GENOMFORD", "nej"),
        (von, "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Enhetschefer", "Halvår",
         [("T1 2025", "Ej påbörjad", "", ""),
          ("T2 2025", "Delvis genomförd", "Granskning hemtjänst klar, särskilt boende återstår.", "")],
         "DELVIS", ""),
        (von, "Hemtjänst", "Nyckelhantering i hemtjänsten – kvittenslistor och spärr av borttappade nycklar",
         "Enhetschef hemtjänst", "Tertialvis",
         [("T1 2025", "Genomförd", "Inga avvikelser.", "Nej"),
          ("T2 2025", "Ej genomförd", "Ej genomförd under sommaren p.g.a. semesterbemanning.", "")],
         "EJ_GENOMFORD", ""),
        (von, "Kvalitet", "Avvikelser enligt lex Sarah utreds och återkopplas inom fastställd tid",
         "Kvalitetsutvecklare", "Tertialvis",
         [("T1 2025", "Genomförd", "", ""),
          ("T2 2025", "Genomförd", "", "")],
         "GENOMFORD", ""),
        (von, "Ekonomi", "Kontroll av privata medel för boende på särskilt boende",
         "Enhetschefer SÄBO", "Tertialvis",
         [("T1 2025", "", "", ""),
          ("T2 2025", "Utgår", "Utgår – brukarnas privata medel hanteras inte längre av personal sedan 2025-04-01.", "")],
         "UTGAR", ""),
        (mbn, "Taxor och avgifter", "Avgifter för bygglov debiteras enligt gällande taxa",
         "Bygglovschef", "Halvår",
         [("T1 2025", "", "", ""),
          ("T2 2025", "Genomförd", "Stickprov 15 ärenden, 1 felaktig debitering har korrigerats.", "Ja")],
         "GENOMFORD", "ja"),
        (mbn, "Handläggning", "Handläggningstid för bygglov inom 10 veckor från komplett ansökan",
         "Bygglovschef", "Tertialvis",
         [("T1 2025", "Genomförd", "", "Nej"),
          ("T2 2025", "Delvis genomförd", "Uppföljning januari–juni klar, juli–augusti återstår.", "")],
         "DELVIS", ""),
        (mbn, "Tillsyn", "Tillsynsplan för miljöskydd följs",
         "Miljöchef", "Tertialvis",
         [("T1 2025", "Ej påbörjad", "Tillsynsplanen fastställdes först i april.", ""),
          ("T2 2025", "", "", "")],
         "EJ_GENOMFORD", ""),
        (mbn, "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Tertialvis",
         [("T1 2025", "Genomförd", "", "Nej"),
          ("T2 2025", "Genomförd", "Samtliga delegationslistor anmälda vid sammanträdena i juni och augusti.", "Nej")],
         "GENOMFORD", "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for (org, proc, km, ans, frek, periods, st, avv) in ctrls:
            for (per, s, kom, a) in periods:
                w.writerow([org, plan, proc, km, ans, frek, per, s, kom, a])
            exp(fil, org, km, st, avv)
    FILES.append((fil, "INLAST", von, "2025", "T2"))
    FILES.append((fil, "INLAST", mbn, "2025", "T2"))


# =========================================================================== F5 TN symbols
def f5_tn():
    fil = "Tekniska nämnden IK-uppföljning T2.xlsx"
    nm = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True)
    hdr = ["Kontrollområde", "Kontrollmoment", "Omfattning", "Ansvarig", "T1¹", "T2¹", "T3¹", "Kommentar"]
    for c, hx in enumerate(hdr, 1):
        cell = ws.cell(4, c, hx)
        cell.font = Font(bold=True)
        cell.fill = fill("FCE4D6")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, horizontal="center" if c in (5, 6, 7) else None)
    rows = [
        ("Fordon", "Körjournaler för kommunens fordon förs enligt riktlinje", "Stickprov 5 fordon",
         "Fordonssamordnare", "✔", "✔", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Fordon", "Tankkort används endast för tjänstefordon", "Genomgång av samtliga transaktioner",
         "Fordonssamordnare", "◐", "✔", "Två tankningar av privat fordon upptäckta, beloppen återbetalda.",
         "GENOMFORD", "ja"),
        ("VA", "Avläsning av vattenmätare och debitering av VA-avgifter stämmer",
         "Stickprov 30 abonnenter", "VA-chef", "✔", "◐", "Stickprov påbörjat, 18 av 30 kontrollerade.",
         "DELVIS", ""),
        ("Gata", "Vinterväghållning – entreprenörens fakturor stäms av mot körrapporter",
         "Samtliga fakturor", "Gatuchef", "✔", "–", "Ej aktuell under T2 (ingen vinterväghållning maj–augusti).",
         "UTGAR", ""),
        ("Park", "Besiktning av lekplatser enligt SS-EN 1176", "Besiktningsprotokoll samtliga lekplatser",
         "Parkchef", "○", "✖", "Besiktningsfirma ej upphandlad. Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens fastigheter",
         "Genomgång av SBA-pärmar", "Fastighetschef", "◐", "✔ ◐", "", "OKLAR", ""),
        ("Upphandling", "Ramavtal för entreprenader – avrop görs enligt avtalad fördelningsnyckel",
         "Genomgång av avrop", "Teknisk chef", None, "○", "", "EJ_GENOMFORD", ""),
        ("Avfall", "Kundregister för renhållning stäms av mot fastighetsregistret",
         "Avstämning samtliga fastigheter", "Renhållningsansvarig", "✔", "✔",
         "Avstämning klar. 9 fastigheter saknade abonnemang och har nu fakturerats.", "GENOMFORD", "ja"),
        ("Fastighet", "Hyresavtal för externt inhyrda lokaler har beslut enligt delegationsordning",
         "Samtliga avtal", "Fastighetschef", None, None, "", "SAKNAS", ""),
    ]
    r = 5
    for (omr, km, omf, ans, t1, t2, kom, st, avv) in rows:
        for c, v in enumerate([omr, km, omf, ans, t1, t2, None, kom], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (5, 6, 7) else None)
        exp(fil, nm, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "¹ Symbolförklaring: ✔ = genomförd   ◐ = pågår / delvis genomförd   "
                  "○ = ej påbörjad   ✖ = ej genomförd   – = utgår / ej aktuell").font = Font(size=9, italic=True)
    ws.cell(r + 1, 1, "Avvikelser och åtgärder redovisas i kommentarskolumnen.").font = Font(size=9, italic=True)
    ws.cell(r + 3, 1, "Uppföljningen behandlad i tekniska nämnden 2025-09-18.")
    for i, w in enumerate([16, 50, 30, 20, 6, 6, 6, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# =========================================================================== F6 KFN text-only .doc
def f6_kfn(tmp):
    fil = "KFN_uppfoljning_internkontroll_tertial2_2025.doc"
    nm = "Kultur- och fritidsnämnden"
    d = docx.Document()
    fixed_docx_props(d)
    p = d.add_paragraph()
    r = p.add_run("Kultur- och fritidsnämnden")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll – tertial 2 2025")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024. Planen omfattar sex "
        "kontrollmoment. Nedan redovisas resultatet av kontrollerna för perioden maj–augusti 2025. "
        "Under varje kontrollmoment anges kontrollmetod, resultat och status.")
    items = [
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler och beslut",
         "Stickprov på 10 utbetalda aktivitets- och lokalbidrag.",
         "Ett bidrag betalades ut med för högt belopp (2 400 kr). Återkrav har skickats till föreningen.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Kassarapporter från badhuset stäms av mot kassasystem och bank",
         "Avstämning av samtliga dagsrapporter maj–augusti.",
         "Avstämningen är gjord utan anmärkning.", "Genomförd", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         "Stickprov 15 bokningar per månad i bokningssystemet.",
         "Stickprov för maj och juni är genomfört; juli och augusti återstår.", "Pågår", "DELVIS", ""),
        ("Inventering av utlånad utrustning och inventarier på fritidsgården",
         "Fysisk inventering mot inventarieförteckning.",
         "Inventeringen har skjutits upp till november på grund av ombyggnaden av fritidsgården.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Utdrag ur belastningsregistret kontrolleras för ledare i lovverksamheten",
         "Kontroll av samtliga anställda lovledare före start.",
         "Samtliga 23 lovledare och feriearbetsledare visade utdrag innan anställningens start. "
         "Kontrollen är därmed genomförd utan avvikelse.", "", "GENOMFORD", "nej"),
        ("Bibliotekets hantering av förseningsavgifter och ersättning för förkomna medier",
         "Stickprov i bibliotekssystemet.",
         "Förseningsavgifterna avskaffades av nämnden 2025-03-18 § 22. Kontrollen utgår.",
         "Utgår", "UTGAR", ""),
    ]
    for i, (km, met, res, status, st, avv) in enumerate(items, 1):
        p = d.add_paragraph()
        rr = p.add_run(f"{i}. {km}")
        rr.bold = True
        d.add_paragraph(f"Kontrollmetod: {met}")
        d.add_paragraph(f"Resultat: {res}")
        d.add_paragraph(f"Status: {status}")
        exp(fil, nm, km, st, avv)
    d.add_paragraph()
    d.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                    "Avvikelsen avseende föreningsbidrag har åtgärdats.")
    d.add_paragraph("Kvidinge 2025-09-10")
    d.add_paragraph("Anna Lindqvist\nKultur- och fritidschef")
    src = os.path.join(tmp, "kfn.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.move(os.path.join(tmp, "kfn.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# =========================================================================== F7 Kvidingehem .xls
def f7_kbab(tmp):
    fil = "Kvidingehem_IK_tertialrapport2_2025.xls"
    nm = "Kvidinge Bostäder AB"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Tertial 2"
    ws["A1"] = "Kvidinge Bostäder AB (Kvidingehem)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – tertialrapport 2 till styrelsen"
    ws["A2"].font = Font(bold=True)
    ws["A4"] = "Bedömning:"
    ws["A4"].font = Font(bold=True)
    legend = [(GREEN, "Utförd, inga brister"), (YELLOW, "Utförd, brister noterade"),
              (ORANGE, "Pågår"), (RED, "Ej utförd"), (BLUE, "Stryks")]
    col = 2
    for hx, txt in legend:
        ws.cell(4, col).fill = fill(hx)
        ws.cell(4, col).border = BORDER
        ws.cell(4, col + 1, txt)
        col += 2
    hdr = ["Nr", "Rutin", "Kontrollmoment", "Kontrollant", "Frekvens", "Rapporteras till",
           "T1", "T2", "T3", "Notering"]
    for c, hx in enumerate(hdr, 1):
        cell = ws.cell(6, c, hx)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        (1, "Hyresadministration", "Hyresavisering – nya hyresavtal registreras med rätt hyra i fastighetssystemet",
         "Ekonomiassistent", "Tertial", "VD", GREEN, GREEN, "", "GENOMFORD", "nej"),
        (2, "Kundfordringar", "Hyresskulder äldre än 60 dagar bevakas och överlämnas till inkasso",
         "Ekonomichef", "Tertial", "Styrelsen", GREEN, YELLOW,
         "4 ärenden överlämnades för sent. Rutin för bevakningslista uppdaterad.", "GENOMFORD", "ja"),
        (3, "Uthyrning", "Lägenhetsfördelning sker enligt uthyrningspolicyn och kötid",
         "Uthyrningschef", "Tertial", "VD", ORANGE, GREEN, "", "GENOMFORD", "nej"),
        (4, "Inköp", "Beställningar och fakturor för underhållsentreprenader attesteras av behörig",
         "Ekonomichef", "Tertial", "Styrelsen", GREEN, ORANGE, "Stickprov pågår, slutförs i september.",
         "DELVIS", ""),
        (5, "Fastighetsskötsel", "Besiktning av brand- och utrymningsvägar i trapphus",
         "Förvaltare", "Tertial", "VD", RED, RED, "Resursbrist inom fastighetsskötseln.", "EJ_GENOMFORD", ""),
        (6, "Säkerhet", "Nyckel- och passersystem – borttappade taggar spärras samma dag",
         "Förvaltare", "Tertial", "VD", GREEN, BLUE,
         "Stryks, hanteras i nytt passersystem från juni 2025.", "UTGAR", ""),
        (7, "Moms", "Avdrag för ingående moms vid frivillig skattskyldighet för lokaler",
         "Ekonomichef", "Årligen (T1)", "Styrelsen", GREEN, None, "", "GENOMFORD", "nej"),
        (8, "Rapportering", "Hyresförluster vid vakanser rapporteras månadsvis till styrelsen",
         "VD", "Månadsvis", "Styrelsen", GREEN, GREEN, "", "GENOMFORD", "nej"),
    ]
    r = 7
    for (nr, rut, km, kontr, frek, rapp, t1, t2, notering, st, avv) in rows:
        for c, v in enumerate([nr, rut, km, kontr, frek, rapp, None, None, None, notering], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        if t1:
            ws.cell(r, 7).fill = fill(t1)
        if t2:
            ws.cell(r, 8).fill = fill(t2)
        exp(fil, nm, km, st, avv)
        r += 1
    ws.cell(r + 1, 1, "Rapporten föredras vid styrelsemöte 2025-09-25. /Per Holm, VD")
    for i, w in enumerate([5, 20, 50, 18, 12, 14, 6, 6, 6, 45], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(tmp, "kbab.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", tmp)
    shutil.move(os.path.join(tmp, "kbab.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# =========================================================================== F8 rejected covering letter
def f8_missiv():
    fil = "Missiv IK-uppföljning T2 BUN.docx"
    d = docx.Document()
    fixed_docx_props(d)
    d.add_paragraph("Kvidinge kommun\nBarn- och utbildningsförvaltningen")
    d.add_paragraph("2025-09-18")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    p = d.add_paragraph()
    r = p.add_run("Översändande av uppföljning av intern kontroll, tertial 2 2025")
    r.bold = True
    d.add_paragraph(
        "Härmed översänds barn- och utbildningsnämndens uppföljning av internkontrollplanen för "
        "tertial 2 2025, se bifogad fil. Nämnden behandlade uppföljningen vid sitt sammanträde "
        "2025-09-17 § 71 och beslutade att lägga den till handlingarna.")
    d.add_paragraph(
        "Bilaga 2 (sammanställning av skolfrånvaro per enhet) skickas separat när den har "
        "kvalitetssäkrats av elevhälsan. Vid frågor, kontakta förvaltningens controller.")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Ek\nController, barn- och utbildningsförvaltningen\n"
                    "maria.ek@kvidinge.se")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# =========================================================================== register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Kvidinge Bostäder AB", "KBAB|Kvidingehem|Kvidingehem AB"),
]


def main():
    # remove earlier outputs (keep the script and README)
    for f in os.listdir(OUT):
        if f in ("make_round.py", "README.md"):
            continue
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r397_")
    try:
        f1_ks()
        f2_bun()
        f3_sn(tmp)
        f4_csv()
        f5_tn()
        f6_kfn(tmp)
        f7_kbab(tmp)
        f8_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
