#!/usr/bin/python3
"""Round 49 – Lunds kommun (Skåne), helår 2025.

Ekonomiavdelningen (kommunkontoret) sent one common Excel template
("Uppföljning internkontrollplan 2025") to all nämnder; each nämnd adapted it in
its own way.  This script builds every follow-up file and the three CSVs from
scratch.  Re-runnable: it wipes the generated files first.
"""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
EXP = []      # expected.csv rows
FILES = []    # files.csv rows

STATUS_LIST = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
CF_FILLS = {
    "Genomförd": "C6EFCE",
    "Delvis genomförd": "FFEB9C",
    "Ej genomförd": "FFC7CE",
    "Utgår": "D9D9D9",
}
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

TEMPLATE_INSTR = ("Välj status i listan. Kommentar är obligatorisk vid Delvis genomförd och Ej genomförd. "
                  "Radera exempelraden innan filen skickas till ekonomiavdelningen.")
EXAMPLE_KM = "Exempel: Stickprov av 20 leverantörsfakturor mot avtal"


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR")
    assert avv in ("ja", "nej")
    EXP.append((fil, namnd, km, status, avv))


def title_block(ws, namnd, period, filled_by, date, last_col):
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
    ws["A2"] = "Nämnd:"
    ws["B2"] = namnd
    ws["A3"] = "Period:"
    ws["B3"] = period
    ws["A4"] = "Ifylld av:"
    ws["B4"] = filled_by
    ws["D4"] = "Datum:"
    ws["E4"] = date
    for c in ("A2", "A3", "A4", "D4"):
        ws[c].font = BOLD


def header_row(ws, row, headers):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def status_dv_cf(ws, cols, first, last, words=STATUS_LIST, strict=False):
    dv = DataValidation(type="list", formula1='"%s"' % ",".join(words), allow_blank=True)
    dv.showErrorMessage = strict
    dv.errorStyle = "stop" if strict else "warning"
    dv.error = "Välj ett värde i listan"
    ws.add_data_validation(dv)
    for col in cols:
        rng = "%s%d:%s%d" % (col, first, col, last)
        dv.add(rng)
        for word, color in CF_FILLS.items():
            ws.conditional_formatting.add(
                rng, CellIsRule(operator="equal", formula=['"%s"' % word],
                                fill=PatternFill("solid", bgColor=color, fgColor=color)))


def yesno_dv(ws, col, first, last):
    dv = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("%s%d:%s%d" % (col, first, col, last))


def legend_sheet(wb, name="Förklaring", index=None):
    ws = wb.create_sheet(name, index) if index is not None else wb.create_sheet(name)
    ws["A1"] = "Förklaring till statusvärden"
    ws["A1"].font = TITLE
    rows = [("Status", "Betydelse", "Färg"),
            ("Genomförd", "Kontrollen är genomförd enligt plan (även om avvikelser hittats).", "Grön"),
            ("Delvis genomförd", "Kontrollen är påbörjad eller bara delvis genomförd.", "Gul"),
            ("Ej genomförd", "Kontrollen har inte genomförts.", "Röd"),
            ("Utgår", "Kontrollen har strukits genom beslut i nämnden.", "Grå")]
    for r, row in enumerate(rows, 3):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r == 3:
                cell.font = BOLD
        if r > 3:
            ws.cell(row=r, column=3).fill = PatternFill("solid", fgColor=CF_FILLS[row[0]])
    ws["A9"] = "Instruktion"
    ws["A9"].font = BOLD
    ws["A10"] = "Fyll i status och kommentar för den period som redovisas. Avvikelse anges med Ja/Nej."
    ws["A11"] = "Skicka filen till ekonomiavdelningen senast 2026-01-23 (helår)."
    ws["A12"] = "Frågor: Ekonomiavdelningen, kommunkontoret, ekonomi.ik@lund.se"
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 70
    return ws


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def soffice_convert(src, fmt, outdir):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://%s/prof" % tmp,
                    "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + "." + fmt
    shutil.move(os.path.join(tmp, base), os.path.join(outdir, base))
    shutil.rmtree(tmp, ignore_errors=True)
    return base


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – the template almost as issued; notes hold comments
# ---------------------------------------------------------------------------
def f_ks():
    fil = "KS uppföljning internkontrollplan helår 2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    title_block(ws, "Kommunstyrelsen", "Helår 2025 (per 31 december)", "Maria Lindqvist, controller",
                "2026-01-19", 12)
    ws["A5"] = TEMPLATE_INSTR
    ws["A5"].font = Font(italic=True, color="7F7F7F")
    H = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår",
         "Kommentar delår", "Status helår", "Kommentar helår", "Avvikelse (Ja/Nej)", "Åtgärd vid avvikelse"]
    header_row(ws, 6, H)
    # (nr, process, risk, km, metod, ansv, st_d, k_d, st_h, k_h, avv, atg, note_col, note, expected, avv_exp)
    rows = [
        (1, "Inköp och upphandling", "Inköp sker utanför upphandlade avtal",
         "Stickprov av 20 leverantörsfakturor mot avtal i avtalsdatabasen", "Stickprov", "Upphandlingschef",
         "Delvis genomförd", "10 av 20 fakturor granskade.", "Genomförd",
         "20 fakturor granskade, 3 saknade avtal (konsulttjänster).", "Ja",
         "Information till beställare på kommunkontoret.", None, None, "GENOMFORD", "ja"),
        (2, "Ekonomisk redovisning", "Felaktig attest av fakturor",
         "Kontroll att attest av leverantörsfakturor skett enligt attestordning (30 fakturor)", "Stickprov",
         "Redovisningschef", "Genomförd", "15 fakturor, inga avvikelser.", "Genomförd",
         "30 fakturor totalt. Inga avvikelser.", "Nej", "", None, None, "GENOMFORD", "nej"),
        (3, "Delegering", "Delegationsbeslut anmäls inte",
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Avstämning mot diariet", "Kanslichef", "Ej genomförd", "Planeras till hösten.",
         "Delvis genomförd", "Kontrollerat för arbetsutskottets beslut; personalärenden återstår.", "Nej", "",
         None, None, "DELVIS", "nej"),
        (4, "Representation", "Representation i strid med riktlinjer",
         "Granskning av samtliga representationsfakturor över 5 000 kr", "Totalgranskning", "Controller",
         "Genomförd", "Samtliga 12 fakturor granskade utan anmärkning.", None, None, None, "",
         None, None, "GENOMFORD", "nej"),
        (5, "IT och informationssäkerhet", "Behörigheter kvarstår efter avslutad anställning",
         "Kontroll av behörigheter i ekonomisystemet mot aktuell personallista", "Registeravstämning",
         "Systemförvaltare", "Delvis genomförd", "Pågår.", "Utgår",
         "Utgår enligt KS beslut 2025-09-03 § 187, ersätts av central behörighetsrevision.", "Nej", "",
         None, None, "UTGAR", "nej"),
        (6, "Lön och personal", "Felaktiga löneutbetalningar",
         "Stickprov av 15 lönetransaktioner (tillägg och ersättningar) mot underlag", "Stickprov",
         "HR-chef", None, None, "Genomförd", None, "Ja", "Korrigerat i decemberlönen.",
         "I", "Två felaktiga OB-tillägg hittades, korrigerade i decemberlönen. /Maria L",
         "GENOMFORD", "ja"),
        (7, "Lön och personal", "Jäv vid rekrytering",
         "Kontroll av jävsdeklaration vid 10 rekryteringar", "Stickprov", "HR-chef", None, None, None, None,
         None, "", "J", "Genomfört i november, 10 rekryteringar kontrollerade. Inga avvikelser. /Johan E",
         "GENOMFORD", "nej"),
        (8, "Bisysslor", "Otillåtna bisysslor",
         "Uppföljning att samtliga chefer redovisat bisysslor i medarbetarsamtal", "Enkät till chefer",
         "HR-chef", "Ej genomförd", "Ej påbörjad.", "Ej genomförd",
         "Har inte hunnits med på grund av omorganisationen av kommunkontoret.", "Nej", "",
         None, None, "EJ_GENOMFORD", "nej"),
        (9, "Dokument- och ärendehantering", "Allmänna handlingar diarieförs inte",
         "Stickprov av 10 inkomna e-postärenden mot diariet", "Stickprov", "Registrator", None, None,
         "Genomförd", "4 av 10 ärenden var inte diarieförda inom en vecka.", "Ja",
         "Påminnelse om rutin på APT i februari.", None, None, "GENOMFORD", "ja"),
    ]
    r = 7
    for row in rows:
        vals = row[:12]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if row[12]:
            ws["%s%d" % (row[12], r)].comment = Comment(row[13], "Maria Lindqvist", width=300, height=90)
        exp(fil, nm, row[3], row[14], row[15])
        r += 1
    last = r - 1
    status_dv_cf(ws, ["G", "I"], 7, last)
    yesno_dv(ws, "K", 7, last)
    r += 1
    ws.cell(row=r, column=2, value="Sammanställning helår: Genomförd 4, Delvis genomförd 1, Ej genomförd 1, "
                                   "Utgår 1, ej ifyllt 2").font = BOLD
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(row=r + 2, column=2, value="Godkänd av kommundirektören 2026-01-20")
    ws.freeze_panes = "A7"
    ws.auto_filter.ref = "A6:L%d" % last
    widths(ws, {"A": 5, "B": 22, "C": 26, "D": 45, "E": 16, "F": 16, "G": 15, "H": 28, "I": 15, "J": 40,
                "K": 11, "L": 30})
    legend_sheet(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och skolnämnden – renamed/added columns, legend deleted, group rows,
#    merged process cells, delår columns hidden, example row hidden
# ---------------------------------------------------------------------------
def f_bsn():
    fil = "BSN_IKP_uppfoljning_helar2025.xlsx"
    nm = "Barn- och skolnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    title_block(ws, "Barn- och skolnämnden", "Helår 2025", "Erik Sandberg, verksamhetscontroller",
                "2026-01-21", 13)
    ws["A5"] = TEMPLATE_INSTR
    ws["A5"].font = Font(italic=True, color="7F7F7F")
    H = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollaktivitet", "Kontrollmetod", "Ansvarig",
         "Delårsstatus 31/8", "Kommentar delår", "Helårsstatus", "Kommentar helår", "Avvikelse",
         "Åtgärd"]
    header_row(ws, 6, H)
    # example row left in but hidden
    ex = [0, "Exempel", "Exempel: Inköp utanför avtal", None, EXAMPLE_KM, "Stickprov", "Controller",
          None, None, None, None, None, None]
    for c, v in enumerate(ex, 1):
        ws.cell(row=7, column=c, value=v).font = Font(italic=True, color="7F7F7F")
    ws.row_dimensions[7].hidden = True
    groups = [
        ("Förskola", [
            ("1.1", "Barnomsorgsavgifter", "Felaktigt debiterade avgifter", 9,
             "Kontroll av att inkomstuppgifter för avgiftsberäkning inhämtats för 25 slumpvis valda hushåll",
             "Stickprov", "Handläggare barnomsorg", "Genomförd", "Inhämtat för vt.", "Genomförd",
             "3 hushåll hade inaktuella inkomstuppgifter; omräkning gjord.", "Ja",
             "Årlig inkomstkontroll flyttas till mars.", "GENOMFORD", "ja"),
            ("1.2", None, "Avgift tas ut efter uppsägning", 6,
             "Kontroll av att uppsägning av förskoleplats registrerats och avgift upphört",
             "Avstämning mot e-tjänsten", "Handläggare barnomsorg", "Delvis genomförd", "Vårterminen klar.",
             "Pågår", "Avstämning mot e-tjänsten klar för vt, ht pågår.", "Nej", None, "DELVIS", "nej"),
            ("1.3", "Tillbud och olyckor", "Tillbud rapporteras inte", 8,
             "Uppföljning att tillbud i förskolan rapporteras i IA-systemet inom 7 dagar",
             "Registeruppföljning", "Områdeschef förskola", "Ej genomförd", "Planeras under hösten.",
             None, None, None, None, "EJ_GENOMFORD", "nej"),
        ]),
        ("Grundskola", [
            ("2.1", "Skolskjuts", "Skolskjuts beviljas felaktigt", 6,
             "Stickprov av 15 skolskjutsbeslut mot gällande riktlinjer (avstånd, särskilda skäl)",
             "Stickprov", "Skolskjutshandläggare", None, None, "Genomförd", "Inga avvikelser.", "Nej", None,
             "GENOMFORD", "nej"),
            ("2.2", None, "Fakturerade turer ej utförda", 6,
             "Kontroll av fakturor från skolskjutsentreprenör mot beställda turer (oktober)",
             "Avstämning", "Skolskjutshandläggare", None, None, "Ej genomförd",
             "Ej genomförd – fakturorna har hanterats centralt av tekniska förvaltningen.", "Nej", None,
             "EJ_GENOMFORD", "nej"),
            ("2.3", "Elevhälsa och sekretess", "Obehörig åtkomst till elevhälsojournal", 12,
             "Loggkontroll i elevhälsojournalen (PMO) – 10 slumpvisa journaler", "Loggkontroll",
             "Verksamhetschef elevhälsa", None, None, None, None, None, None, "SAKNAS", "nej"),
            ("2.4", "Frånvaro", "Ogiltig frånvaro upptäcks inte", 9,
             "Kontroll att vårdnadshavare kontaktats vid ogiltig frånvaro samma dag (stickprov 5 skolor)",
             "Stickprov", "Rektorer", None, None, "Delvis genomförd",
             "3 av 5 skolor kontrollerade. På en skola saknades rutin för sms-avisering.", "Ja",
             "Rutinen införs på samtliga skolor vt 2026.", "DELVIS", "ja"),
        ]),
        ("Gemensamt", [
            ("3.1", "Inköp", "Inköp utanför avtal", 8, "Stickprov av 20 leverantörsfakturor mot avtal",
             "Stickprov", "Controller", "Genomförd", "10 fakturor, inga avvikelser.", "Genomförd",
             "2 fakturor från ej upphandlad leverantör (läromedel).", "Ja", "Dialog med rektorerna.",
             "GENOMFORD", "ja"),
            ("3.2", "Statsbidrag", "Statsbidrag måste återbetalas",
             6, "Kontroll att rekvirerade statsbidrag redovisats och återbetalning bedömts", "Avstämning",
             "Controller", None, None, "Utgår",
             "Ej aktuellt 2025 – likvärdighetsbidraget hanteras i ny ordning.", "Nej", None, "UTGAR", "nej"),
        ]),
    ]
    r = 8
    gfill = PatternFill("solid", fgColor="DDEBF7")
    first_data = r
    for gname, ctrls in groups:
        ws.cell(row=r, column=1, value=gname).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        ws.cell(row=r, column=1).fill = gfill
        r += 1
        proc_start = None
        for i, row in enumerate(ctrls):
            for c, v in enumerate(row[:13], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            # merge process cell over following rows with None process
            if row[1] is not None:
                proc_start = r
            else:
                ws.merge_cells(start_row=proc_start, start_column=2, end_row=r, end_column=2)
            exp(fil, nm, row[4], row[13], row[14])
            r += 1
    last = r - 1
    status_dv_cf(ws, ["H", "J"], first_data, last)
    yesno_dv(ws, "L", first_data, last)
    ws.column_dimensions["H"].hidden = True
    ws.column_dimensions["I"].hidden = True
    ws.freeze_panes = "C7"
    ws.auto_filter.ref = "A6:M%d" % last
    widths(ws, {"A": 5, "B": 20, "C": 26, "D": 9, "E": 48, "F": 16, "G": 18, "H": 14, "I": 24, "J": 15,
                "K": 42, "L": 10, "M": 30})
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – legend sheet moved first and renamed; traffic-light fills
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"


def f_sn():
    fil = "Socialnämnden internkontroll uppföljning 2025 helår.xlsx"
    nm = "Socialnämnden"
    wb = Workbook()
    lg = wb.active
    lg.title = "Läs först"
    lg["A1"] = "Socialnämndens uppföljning av internkontrollplan 2025 – helår"
    lg["A1"].font = TITLE
    lg["A3"] = "Status anges med färg i kolumnerna Delår och Helår (trafikljus):"
    leg = [(GREEN, "Grön", "Kontrollen är genomförd"),
           (YELLOW, "Gul", "Kontrollen är delvis genomförd / pågår"),
           (RED, "Röd", "Kontrollen är inte genomförd"),
           (GREY, "Grå", "Kontrollen utgår (beslut i nämnden)")]
    for i, (col, name, txt) in enumerate(leg, 4):
        lg.cell(row=i, column=1).fill = PatternFill("solid", fgColor=col)
        lg.cell(row=i, column=2, value=name)
        lg.cell(row=i, column=3, value=txt)
    lg["A9"] = "Avvikelser beskrivs i kolumnen Resultat och kommentar. Underlag finns hos respektive enhetschef."
    lg.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:J1")
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Socialnämnden (socialförvaltningen)"
    ws["A3"] = "Period:"
    ws["B3"] = "Helår 2025"
    ws["A4"] = "Ifylld av:"
    ws["B4"] = "Sara Holm, kvalitetsutvecklare"
    H = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Delår", "Helår",
         "Resultat och kommentar helår", "Avvikelse", "Åtgärd"]
    header_row(ws, 6, H)
    # (nr, process, km, metod, ansv, (fill, text) delår, (fill, text) helår, result, avv, atg, exp, avv)
    rows = [
        (1, "Ekonomiskt bistånd",
         "Stickprov av 20 utbetalningar av ekonomiskt bistånd mot beslut i Treserva", "Stickprov",
         "Enhetschef försörjningsstöd", (GREEN, None), (GREEN, None),
         "20 ärenden granskade. 1 utbetalning saknade attest av 1:e socialsekreterare.", "Ja",
         "Påminnelse om attestrutin.", "GENOMFORD", "ja"),
        (2, "Ekonomiskt bistånd",
         "Kontroll att kontroll mot SSBTEK görs vid nybesök (10 ärenden)", "Stickprov",
         "Enhetschef försörjningsstöd", (None, None), (YELLOW, None),
         "7 av 10 ärenden hade SSBTEK-kontroll dokumenterad.", "Ja", "Utbildning för nyanställda.",
         "DELVIS", "ja"),
        (3, "Placeringar",
         "Kontroll att placeringar på HVB sker hos upphandlade leverantörer (samtliga nya placeringar)",
         "Registergenomgång", "Avdelningschef IFO", (YELLOW, None), (RED, "Ej genomförd"),
         "Kontrollen kunde inte genomföras på grund av systembyte.", "Nej", None, "EJ_GENOMFORD", "nej"),
        (4, "Orosanmälningar",
         "Kontroll att förhandsbedömning görs inom 14 dagar (stickprov 25 anmälningar)", "Stickprov",
         "Enhetschef barn och unga", (GREEN, "Genomförd"), (GREEN, "Genomförd"),
         "22 av 25 inom 14 dagar; 3 överskred med 1–4 dagar.", "Ja", "Veckovis bevakningslista.",
         "GENOMFORD", "ja"),
        (5, "Hot och våld",
         "Uppföljning att handlingsplan för hot och våld tagits upp på APT i samtliga enheter",
         "Genomgång av APT-protokoll", "Förvaltningens säkerhetssamordnare", (YELLOW, None), (None, None),
         None, None, None, "DELVIS", "nej"),
        (6, "Dokumentation",
         "Loggkontroll i Treserva – 10 slumpvisa användare per kvartal", "Loggkontroll",
         "Systemförvaltare", (GREEN, None), (GREY, None),
         "Utgår – ersatt av kommungemensam loggkontroll enligt beslut SN 2025-05-21 § 88.", "Nej", None,
         "UTGAR", "nej"),
        (7, "Avgifter",
         "Kontroll av att avgift för familjehemsplacering debiteras (stickprov 10)", "Stickprov",
         "Avgiftshandläggare", (None, None), (None, "Se kommentar"), None, None, None, "OKLAR", "nej"),
        (8, "Synpunkter och klagomål",
         "Kontroll att synpunkter och klagomål besvarats inom 10 arbetsdagar", "Registeruppföljning",
         "Kvalitetsutvecklare", (None, None), (None, None),
         "Kontrollen är genomförd, 41 av 45 synpunkter besvarades i tid.", "Ja", "Tydligare ansvar i "
         "registret.", "GENOMFORD", "ja"),
    ]
    r = 7
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[4], row[5][1], row[6][1], row[7], row[8], row[9]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        for col, (fill, _t) in ((6, row[5]), (7, row[6])):
            if fill:
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=fill)
        exp(fil, nm, row[2], row[10], row[11])
        r += 1
    ws.freeze_panes = "A7"
    ws.auto_filter.ref = "A6:J%d" % (r - 1)
    widths(ws, {"A": 5, "B": 22, "C": 50, "D": 18, "E": 22, "F": 12, "G": 12, "H": 45, "I": 10, "J": 28})
    ws.cell(row=r + 1, column=2, value="Beslutad i socialnämnden 2026-02-18 § 12")
    wb.active = 1
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – last year's file re-used, Status 2024 | Status 2025,
#    sent as .ods
# ---------------------------------------------------------------------------
def f_von(tmpdir):
    fil = "VON IK-uppföljning helår 2025.ods"
    nm = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vård- och omsorgsnämnden – uppföljning internkontrollplan helår 2025"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:I1")
    ws["A2"] = "Vård- och omsorgsförvaltningen, kvalitetsenheten. Kolumnerna för 2024 ligger kvar som jämförelse."
    ws.merge_cells("A2:I2")
    ws["A3"] = "Uppdaterad 2026-01-16 / Lena Persson"
    H = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status 2024", "Kommentar 2024", "Status 2025",
         "Kommentar 2025", "Avvikelse 2025"]
    header_row(ws, 5, H)
    rows = [
        (1, "Hemtjänst", "Avstämning av utförd tid i TES mot beviljad tid för 20 brukare", "Enhetschefer hemtjänst",
         "Genomförd", "Inga större avvikelser.", "Genomförd",
         "Avvikelse över 20 % hos 4 brukare, återkopplat till enhetscheferna.", "Ja", "GENOMFORD", "ja"),
        (2, None, "Kontroll av fakturering av hemtjänstavgift mot utförd tid (10 brukare)", "Avgiftshandläggare",
         "Delvis", "5 av 10.", "klar", "Inga fel.", "Nej", "GENOMFORD", "nej"),
        (3, "Läkemedel", "Kontroll av narkotikaförteckning på särskilda boenden (2 ggr/år)", "MAS",
         "Genomförd", None, "pågår", "Våren klar, hösten pågår på 3 av 7 boenden.", "Nej", "DELVIS", "nej"),
        (4, None, "Kontroll att signeringslistor för delegerade läkemedel är kompletta (stickprov)", "MAS",
         "Ej genomförd", "Prioriterades bort.", None, None, None, "SAKNAS", "nej"),
        (5, "Privata medel", "Kontroll av hantering av brukares privata medel (kassabok och kvitton)",
         "Enhetschefer SÄBO", "Genomförd", "Två boenden saknade kvitton.", "?", None, None, "OKLAR", "nej"),
        (6, "Bemanning", "Uppföljning av timanställdas arbetade timmar mot schema i Time Care",
         "Bemanningsenheten", None, None, "ej påbörjad", "Flyttas till internkontrollplan 2026.", "Nej",
         "EJ_GENOMFORD", "nej"),
        (7, "Avtal och externa utförare", "Uppföljning av avtal med extern utförare av LSS-boende (2 avtal)",
         "Avtalsuppföljare", "Genomförd", None, "Genomförd med anmärkning",
         "Brister i genomförandeplaner hos utförare A, åtgärdsplan begärd.", "Ja", "GENOMFORD", "ja"),
        (8, "Lex Sarah", "Kontroll att rapporter enligt lex Sarah utretts inom 2 månader", "Kvalitetsenheten",
         "Ja", None, "Ja", "9 rapporter, samtliga utredda i tid.", "Nej", "GENOMFORD", "nej"),
    ]
    r = 6
    start = None
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if row[1] is not None:
            start = r
        else:
            ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
        exp(fil, nm, row[2], row[9], row[10])
        r += 1
    status_dv_cf(ws, ["E", "G"], 6, r - 1)
    ws.freeze_panes = "A6"
    widths(ws, {"A": 5, "B": 20, "C": 50, "D": 20, "E": 13, "F": 24, "G": 16, "H": 45, "I": 12})
    legend_sheet(wb)
    src = os.path.join(tmpdir, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(src)
    soffice_convert(src, "ods", HERE)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – re-typed into Word, one table per process
# ---------------------------------------------------------------------------
def f_kfn():
    fil = "KFN uppföljning internkontroll helår 2025.docx"
    nm = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Kultur- och fritidsnämnden")
    p = d.add_paragraph()
    p.add_run("Förvaltning: ").bold = True
    p.add_run("Kultur- och fritidsförvaltningen")
    d.add_paragraph("Ekonomiavdelningens Excelmall fungerade inte i vår version av Office, därför redovisas "
                    "uppföljningen i detta dokument med samma innehåll som mallen. Status anges för delår "
                    "(per 31 augusti) och helår.")
    procs = [
        ("Bidrag till föreningar", [
            ("Kontroll att föreningsbidrag betalats ut enligt beslut och riktlinjer (stickprov 15 föreningar)",
             "Delvis", "Genomförd",
             "Två föreningar saknade inlämnad verksamhetsberättelse; bidraget hålls inne tills den kommit in.",
             "GENOMFORD", "ja"),
            ("Kontroll att föreningar som erhållit bidrag redovisat medlemsantal", "Ej påbörjad", "Se bilaga", "",
             "OKLAR", "nej"),
        ]),
        ("Kassahantering", [
            ("Oanmäld kassainventering på Stadsbiblioteket och Högevallsbadet", "Genomförd", "Genomförd",
             "Kassadifferens på 40 kr på Högevallsbadet, utredd och åtgärdad.", "GENOMFORD", "ja"),
            ("Kontroll av dagsavstämning i kassasystemet på Folkparken (10 dagar)", "", "",
             "Kontrollen har inte genomförts då Folkparken var stängd för renovering under hösten.",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("Konst och inventarier", [
            ("Inventering av konstsamlingen – stickprov 30 verk ur konstregistret", "Pågår", "Delvis genomförd",
             "24 av 30 verk lokaliserade, 6 verk eftersöks fortfarande.", "DELVIS", "ja"),
            ("Kontroll att utlånad konst är registrerad med aktuell placering", "", "Utgår",
             "Ingår i kontrollen ovan enligt nämndens beslut 2025-04-10.", "UTGAR", "nej"),
        ]),
        ("Lokaluthyrning", [
            ("Kontroll att uthyrning av idrottshallar faktureras enligt bokningssystemet (en månad)", "",
             "Genomförd", "Oktober kontrollerad. Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    for i, (proc, ctrls) in enumerate(procs, 1):
        d.add_heading("%d. %s" % (i, proc), level=2)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for j, h in enumerate(["Kontrollmoment", "Delår (31/8)", "Helår", "Kommentar"]):
            t.rows[0].cells[j].text = h
            for run in t.rows[0].cells[j].paragraphs[0].runs:
                run.bold = True
        for km, dl, hl, kom, st, avv in ctrls:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = dl
            cells[2].text = hl
            cells[3].text = kom
            exp(fil, nm, km, st, avv)
        d.add_paragraph()
    d.add_paragraph("Lund 2026-01-15")
    d.add_paragraph("Anna Bergström\nKultur- och fritidsdirektör")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden – legend deleted, columns added/renamed, hidden column,
#    hidden instruction + example rows, filter left active (hides two controls)
# ---------------------------------------------------------------------------
def f_tn():
    fil = "Tekniska nämnden IKP uppföljning 2025.xlsx"
    nm = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    title_block(ws, "Tekniska nämnden", "Helår 2025", "Karin Ek, ekonom", "2026-01-22", 13)
    ws["A5"] = TEMPLATE_INSTR
    ws.row_dimensions[5].hidden = True
    H = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Kontrollfrekvens", "Ansvarig",
         "Status delår", "Kommentar delår", "Status 31/12", "Kommentar helår", "Avvikelse (Ja/Nej)", "Åtgärd"]
    header_row(ws, 6, H)
    ex = [0, "Exempel", "Exempel: Inköp utanför avtal", EXAMPLE_KM, "Stickprov", "1 gång/år", "Controller"]
    for c, v in enumerate(ex, 1):
        ws.cell(row=7, column=c, value=v).font = Font(italic=True, color="7F7F7F")
    ws.row_dimensions[7].hidden = True
    PN = "Per Nilsson, gatuavd."
    rows = [
        (1, "Gata/park – entreprenader", "Ändrings- och tilläggsarbeten utan beställning",
         "Kontroll av ÄTA-arbeten mot avtal i 3 pågående entreprenader", "Genomgång av ÄTA-listor",
         "2 gånger/år", "Projektchef", "Genomförd", "1 entreprenad kontrollerad.", "Genomförd",
         "ÄTA på Klostergatan saknade skriftlig beställning (ca 180 tkr).", "Ja",
         "Skriftlig beställning krävs innan ÄTA påbörjas.", "GENOMFORD", "ja"),
        (2, "Fordon", "Privat användning av tjänstefordon", "Kontroll av körjournaler för 10 tjänstefordon",
         "Stickprov", "1 gång/år", "Fordonssamordnare", None, None, "Ej genomförd",
         "Ej prioriterat under hösten.", "Nej", None, "EJ_GENOMFORD", "nej"),
        (3, "Parkeringsavgifter", "Intäkter från automater redovisas inte fullt ut",
         "Avstämning av intäkter från parkeringsautomater mot bankinsättningar (2 månader)", "Avstämning",
         "2 gånger/år", PN, "Genomförd", "Mars kontrollerad.", "Genomförd", "Ingen differens.", "Nej", None,
         "GENOMFORD", "nej"),
        (4, "Markupplåtelse", "Upplåtelser faktureras inte",
         "Kontroll att tillstånd för markupplåtelse faktureras (stickprov 20)", "Stickprov", "1 gång/år",
         "Handläggare markupplåtelse", "Delvis genomförd", "8 av 20.", "Delvis genomförd",
         "14 av 20 kontrollerade, 1 tillstånd var inte fakturerat.", "Ja", "Faktureras i januari.",
         "DELVIS", "ja"),
        (5, "Måltidsservice", "Inköp av livsmedel utanför avtal",
         "Kontroll av livsmedelsinköp mot avtal (stickprov 25 fakturor)", "Stickprov", "1 gång/år",
         "Måltidschef", None, None, "Genomförd", None, "Nej", None, "GENOMFORD", "nej"),
        (6, "Vinterväghållning", "Fakturerade timmar motsvarar inte utfört arbete",
         "Kontroll av rapporterade timmar för snöröjning mot GPS-logg (jan–mars)", "Avstämning mot GPS",
         "1 gång/år", PN, None, None, "Genomförd",
         "Kontrollen kunde inte göras – ingen snöröjning av betydelse under perioden.", "Nej", None,
         "GENOMFORD", "nej"),
        (7, "Bidrag till enskilda vägar", "Bidrag betalas till ej berättigade",
         "Kontroll att bidrag till enskilda vägar betalats ut till berättigade vägföreningar",
         "Registergenomgång", "1 gång/år", "Handläggare enskilda vägar", None, None, None,
         "Påbörjad, slutförs i februari 2026.", None, None, "DELVIS", "nej"),
        (8, "Inköp", "Inköp utanför avtal", "Stickprov av 20 leverantörsfakturor mot avtal", "Stickprov",
         "1 gång/år", "Controller", None, None, "Genomförd", "Inga avvikelser.", "Nej", None, "GENOMFORD",
         "nej"),
    ]
    r = 8
    for row in rows:
        for c, v in enumerate(row[:13], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if row[6] == PN:
            ws.row_dimensions[r].hidden = True     # hidden by the active filter on Ansvarig
        exp(fil, nm, row[3], row[13], row[14])
        r += 1
    last = r - 1
    status_dv_cf(ws, ["H", "J"], 8, last)
    yesno_dv(ws, "L", 8, last)
    ws.column_dimensions["E"].hidden = True
    ws.freeze_panes = "E7"
    ws.auto_filter.ref = "A6:M%d" % last
    shown = sorted({row[6] for row in rows if row[6] != PN} | {"Controller"})
    ws.auto_filter.add_filter_column(6, shown)
    widths(ws, {"A": 5, "B": 24, "C": 28, "D": 48, "E": 18, "F": 12, "G": 22, "H": 15, "I": 22, "J": 15,
                "K": 42, "L": 11, "M": 30})
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Byggnadsnämnden – helår status as X under four tick columns, two-row
#    merged header; sent as .xls
# ---------------------------------------------------------------------------
def f_bn(tmpdir):
    fil = "Byggnadsnamnden_IK_2025_helar.xls"
    nm = "Byggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    title_block(ws, "Byggnadsnämnden / stadsbyggnadskontoret", "Helår 2025", "Ola Svensson, administrativ chef",
                "2026-01-20", 12)
    ws["A5"] = "Helårsstatus markeras med X i en av kolumnerna G–J."
    H1 = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status delår", "Kommentar delår",
          "Status helår (markera med X)", None, None, None, "Kommentar helår", "Avvikelse"]
    H2 = [None, None, None, None, None, None, "Genomförd", "Delvis", "Ej genomförd", "Utgår", None, None]
    header_row(ws, 6, H1)
    header_row(ws, 7, H2)
    for c in (1, 2, 3, 4, 5, 6, 11, 12):
        ws.cell(row=7, column=c, value=None)
        ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
    ws.merge_cells("G6:J6")
    # ticks: (G, D, E, U)
    rows = [
        (1, "Bygglov", "Kontroll att bygglovsbeslut fattats inom 10 veckor (stickprov 20 ärenden)", "Enhetschef bygglov",
         "Genomförd", "10 ärenden, samtliga i tid.", "X", None, None, None,
         "18 av 20 inom tidsfrist; 2 överskred och avgiften reducerades enligt PBL.", "Ja", "GENOMFORD", "ja"),
        (2, None, "Kontroll av debiterad bygglovsavgift mot taxa (10 ärenden)", "Enhetschef bygglov",
         None, None, None, "X", None, None, "6 av 10 granskade.", "Nej", "DELVIS", "nej"),
        (3, "Tillsyn", "Uppföljning av ärenden om olovligt byggande äldre än 12 månader", "Enhetschef tillsyn",
         "Ej genomförd", "Ej påbörjad.", None, None, "X", None, "Resursbrist, två vakanta tjänster.", "Nej",
         "EJ_GENOMFORD", "nej"),
        (4, "Delegering", "Kontroll att delegationsbeslut anmälts till nämnden", "Nämndsekreterare",
         None, None, "X", None, "X", None, None, None, "OKLAR", "nej"),
        (5, "Kart och GIS", "Kontroll av fakturering av kartprodukter och nybyggnadskartor (stickprov 15)",
         "GIS-chef", "Delvis genomförd", "7 av 15 kontrollerade, inga fel.", None, None, None, None, None, None,
         "DELVIS", "nej"),
        (6, "Arkiv", "Kontroll att bygglovshandlingar skannats och arkiverats i e-arkivet", "Arkivarie",
         None, None, None, None, None, "X", "Utgår enligt beslut BN 2025-10-16 § 201.", "Nej", "UTGAR", "nej"),
        (7, "Inköp", "Stickprov av 20 leverantörsfakturor mot avtal", "Administrativ chef",
         "Genomförd", None, "X", None, None, None, "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
    ]
    r = 8
    start = None
    for row in rows:
        for c, v in enumerate(row[:12], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if 7 <= c <= 10:
                cell.alignment = Alignment(horizontal="center")
        if row[1] is not None:
            start = r
        else:
            ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
        exp(fil, nm, row[2], row[12], row[13])
        r += 1
    status_dv_cf(ws, ["E"], 8, r - 1)
    ws.freeze_panes = "A8"
    widths(ws, {"A": 5, "B": 16, "C": 50, "D": 20, "E": 15, "F": 26, "G": 10, "H": 8, "I": 11, "J": 8,
                "K": 45, "L": 10})
    legend_sheet(wb)
    src = os.path.join(tmpdir, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(src)
    soffice_convert(src, "xls", HERE)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Governance-system export (Stratsys-like) – metadata sheet + data sheet,
#    three nämnder, one row per control and period
# ---------------------------------------------------------------------------
def f_export():
    fil = "Rapport_Internkontroll_2025_Helar_export_20260127.xlsx"
    wb = Workbook()
    md = wb.active
    md.title = "Rapportinformation"
    meta = [("Rapport", "Uppföljning internkontroll – kontrollmoment"),
            ("Organisation", "Lunds kommun"),
            ("Urval", "Servicenämnden; Utbildningsnämnden; Miljöförvaltningen"),
            ("Period", "Helår 2025 (inkl. Delår 2025)"),
            ("Exporterad", "2026-01-27 09:42"),
            ("Exporterad av", "jonas.akesson"),
            ("Format", "Excel (.xlsx)"),
            ("Anmärkning", "Kommentarer kortas till 4 000 tecken vid export.")]
    for i, (k, v) in enumerate(meta, 1):
        md.cell(row=i, column=1, value=k).font = BOLD
        md.cell(row=i, column=2, value=v)
    md.column_dimensions["A"].width = 16
    md.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Data")
    H = ["Nämnd", "Förvaltning", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Avvikelse",
         "Åtgärd", "Ansvarig", "Senast uppdaterad"]
    for c, h in enumerate(H, 1):
        ws.cell(row=1, column=c, value=h).font = BOLD
    D, HL = "Delår 2025", "Helår 2025"
    # (namnd_cell, forv, register_name, process, km, ansv, [(period, status, comment, avv, atg, date)], exp, avv)
    ctrls = [
        ("Servicenämnden", "Serviceförvaltningen", "Servicenämnden", "Lokalförsörjning",
         "Kontroll att hyresavtal för inhyrda lokaler finns registrerade i avtalsdatabasen (stickprov 15)",
         "Lokalstrateg",
         [(D, "Pågående", "Stickprov uttaget.", "", "", "2025-09-05"),
          (HL, "Genomförd", "2 avtal saknades i avtalsdatabasen, nu registrerade.", "Ja",
           "Rutin för registrering vid tecknande.", "2026-01-12")], "GENOMFORD", "ja"),
        ("Servicenämnden", "Serviceförvaltningen", "Servicenämnden", "Fastighetsunderhåll",
         "Kontroll av fakturor för planerat underhåll mot beställning (20 st)", "Fastighetschef",
         [(D, "Ej påbörjad", "", "", "", "2025-09-05"),
          (HL, "Pågående", "12 av 20 fakturor kontrollerade.", "Nej", "", "2026-01-14")], "DELVIS", "nej"),
        ("Servicenämnden", "Serviceförvaltningen", "Servicenämnden", "Kost och måltid",
         "Kontroll av att debitering av måltider till förvaltningarna följer prislistan", "Kostchef",
         [(D, "Genomförd", "Inga avvikelser.", "Nej", "", "2025-09-02"),
          (HL, "", "", "", "", "")], "GENOMFORD", "nej"),
        ("Servicenämnden", "Serviceförvaltningen", "Servicenämnden", "IT-drift",
         "Kontroll av avslutade konton i AD mot personalsystemets avgångar (kvartalsvis)", "IT-säkerhetssamordnare",
         [(D, "Genomförd", "Q1 och Q2 klara.", "Nej", "", "2025-09-04"),
          (HL, "Ej genomförd", "Q3 och Q4 ej genomförda på grund av byte av identitetssystem.", "Nej", "",
           "2026-01-09")], "EJ_GENOMFORD", "nej"),
        ("Servicenämnden", "Serviceförvaltningen", "Servicenämnden", "Fordonsflotta",
         "Kontroll av drivmedelskort mot fordon och förare (stickprov 30 transaktioner)", "Fordonssamordnare",
         [(HL, "Ej aktuell", "Drivmedelskorten avvecklades 2025-03-01.", "", "", "2025-11-20")], "UTGAR", "nej"),
        ("Utbildningsnämnden", "Utbildningsförvaltningen", "Utbildningsnämnden", "Elevregistrering",
         "Kontroll av interkommunal ersättning – fakturerade elever mot elevregistret (HT)", "Controller",
         [(D, "Ej påbörjad", "Görs efter höstterminens start.", "", "", "2025-09-08"),
          (HL, "Genomförd", "3 elever fakturerades felaktigt till Staffanstorps kommun, krediterat.", "Ja",
           "Avstämning före varje fakturering.", "2026-01-15")], "GENOMFORD", "ja"),
        ("Utbildningsnämnden", "Utbildningsförvaltningen", "Utbildningsnämnden", "Betyg och examen",
         "Kontroll att betygskatalogerna är signerade och arkiverade (gymnasiet)", "Rektorer",
         [(HL, "Genomförd", "Samtliga kataloger signerade och arkiverade.", "Nej", "", "2026-01-10")],
         "GENOMFORD", "nej"),
        ("Utbildningsnämnden", "Utbildningsförvaltningen", "Utbildningsnämnden", "Studiestöd",
         "Kontroll att ogiltig frånvaro rapporterats till CSN inom en månad (stickprov)", "Studie- och yrkesvägledare",
         [(D, "Pågående", "", "", "", "2025-09-08"),
          (HL, "", "Kontrollen har inte genomförts under hösten på grund av vakans.", "", "", "2026-01-15")],
         "EJ_GENOMFORD", "nej"),
        ("Utbildningsnämnden", "Utbildningsförvaltningen", "Utbildningsnämnden", "Inköp",
         "Stickprov av 20 leverantörsfakturor mot avtal", "Controller",
         [(HL, "Genomförd", "1 faktura utan avtal (bussresa till Berlin).", "Ja", "Information till skolorna.",
           "2026-01-15")], "GENOMFORD", "ja"),
        ("Utbildningsnämnden", "Utbildningsförvaltningen", "Utbildningsnämnden", "Statsbidrag",
         "Kontroll av rekvirerat statsbidrag för lärlingsutbildning mot antal elever", "Controller",
         [(D, "", "", "", "", ""), (HL, "", "", "", "", "")], "SAKNAS", "nej"),
        ("Miljöförvaltningen", "Miljöförvaltningen", "Miljönämnden", "Tillsynsavgifter",
         "Kontroll att årlig tillsynsavgift debiterats för samtliga A- och B-verksamheter", "Administrativ chef",
         [(HL, "Genomförd", "2 verksamheter var inte debiterade, faktureras i januari 2026.", "Ja", "",
           "2026-01-13")], "GENOMFORD", "ja"),
        ("Miljöförvaltningen", "Miljöförvaltningen", "Miljönämnden", "Timavgifter",
         "Stickprov av 10 ärenden – debiterad handläggningstid mot tidredovisning", "Enhetschef miljö",
         [(D, "Genomförd", "Inga avvikelser.", "Nej", "", "2025-09-03"),
          (HL, "Genomförd", "Inga avvikelser.", "Nej", "", "2026-01-13")], "GENOMFORD", "nej"),
        ("Miljöförvaltningen", "Miljöförvaltningen", "Miljönämnden", "Livsmedelskontroll",
         "Uppföljning att planerade livsmedelskontroller genomförts enligt kontrollplanen", "Enhetschef livsmedel",
         [(D, "Delvis genomförd", "54 % utförda per 31/8.", "Nej", "", "2025-09-03"),
          (HL, "Delvis genomförd", "82 % av planerade kontroller utförda.", "Nej", "", "2026-01-13")],
         "DELVIS", "nej"),
        ("Miljöförvaltningen", "Miljöförvaltningen", "Miljönämnden", "Jäv",
         "Kontroll av jävsdeklarationer för inspektörer", "Administrativ chef",
         [(HL, "Ej genomförd", "Flyttad till 2026.", "Nej", "", "2026-01-13")], "EJ_GENOMFORD", "nej"),
    ]
    r = 2
    for nc, forv, reg, proc, km, ansv, periods, st, avv in ctrls:
        for per, s, kom, a, atg, dt in periods:
            vals = [nc, forv, proc, km, per, s, kom, a, atg, ansv, dt]
            for c, v in enumerate(vals, 1):
                ws.cell(row=r, column=c, value=v if v != "" else None)
            r += 1
        exp(fil, reg, km, st, avv)
    md.cell(row=len(meta) + 1, column=1, value="Antal rader").font = BOLD
    md.cell(row=len(meta) + 1, column=2, value=r - 2)
    ws.auto_filter.ref = "A1:K%d" % (r - 1)
    ws.freeze_panes = "A2"
    widths(ws, {"A": 20, "B": 24, "C": 20, "D": 60, "E": 12, "F": 16, "G": 50, "H": 10, "I": 30, "J": 22,
                "K": 16})
    wb.save(os.path.join(HERE, fil))
    for reg in ("Servicenämnden", "Utbildningsnämnden", "Miljönämnden"):
        FILES.append((fil, "INLAST", reg, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Lock file left by Excel next to Tekniska nämnden's file
# ---------------------------------------------------------------------------
def f_lock():
    fil = "~$Tekniska nämnden IKP uppföljning 2025.xlsx"
    name = "Karin Ek"
    data = bytes([len(name)]) + name.encode("ascii") + b" " * (54 - len(name))
    data += bytes([len(name), 0]) + name.encode("utf-16-le") + b"\x20\x00" * (54 - len(name))
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunkontoret|Lunds kommunstyrelse"),
    ("Barn- och skolnämnden", "BSN|Barn- och skolförvaltningen|Barn och skola"),
    ("Utbildningsnämnden", "UN|Utbildningsförvaltningen"),
    ("Socialnämnden", "SOCN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Byggnadsnämnden", "BN|Stadsbyggnadskontoret"),
    ("Miljönämnden", "MN|Miljöförvaltningen"),
    ("Servicenämnden", "ServN|Serviceförvaltningen"),
    ("Renhållningsstyrelsen", "LRS|Lunds Renhållningsverk|Renhållningsverket"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarförvaltningen"),
]


def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(HERE):
        p = os.path.join(HERE, f)
        if f not in keep and os.path.isfile(p):
            os.remove(p)
    tmpdir = tempfile.mkdtemp()
    f_ks()
    f_bsn()
    f_sn()
    f_von(tmpdir)
    f_kfn()
    f_tn()
    f_bn(tmpdir)
    f_export()
    f_lock()
    shutil.rmtree(tmpdir, ignore_errors=True)
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXP:
            f.write(";".join(row) + "\n")
    print("files:", len(FILES), "controls:", len(EXP))


if __name__ == "__main__":
    main()
