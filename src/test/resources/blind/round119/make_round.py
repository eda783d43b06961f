#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 119 – Ekeby kommun, delår (per 31 augusti) 2025.

Builds the inbox of the economy office on 2025-09-15: most nämnder used the
kommun's common Excel template ("Mall uppföljning IK delår 2025") but filled it
in their own way. Also writes namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 from any directory; files are written next to this script.
"""
import csv
import os
import shutil
import subprocess
import tempfile
import textwrap

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round119"

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
EX_FONT = Font(italic=True, color="7F7F7F")


def out(name):
    return os.path.join(HERE, name)


def expect(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


# ---------------------------------------------------------------------------
# The kommun's common template (Mall uppföljning IK delår 2025)
# ---------------------------------------------------------------------------
TEMPLATE_COLS = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod",
                 "Frekvens", "Ansvarig", "Status", "Kommentar/resultat",
                 "Avvikelse (Ja/Nej)", "Åtgärd vid avvikelse"]
TEMPLATE_WIDTHS = [5, 20, 26, 42, 22, 11, 16, 16, 48, 11, 30]
STATUS_LIST = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
EXAMPLE_ROW = ["Ex.", "Leverantörsfakturor", "Felaktig eller dubbel betalning",
               "Stickprov 20 leverantörsfakturor: attest, kontering och avtal",
               "Stickprov", "Delår + helår", "Controller", "Genomförd",
               "Exempel: 20 fakturor kontrollerade, inga avvikelser.", "Nej", ""]


def template_header(ws, namnd, ansvarig, cols, widths, datum="", period="Delår per 31 augusti 2025"):
    ws["A1"] = "Ekeby kommun"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"
    ws["C3"] = namnd
    ws["A4"] = "Uppföljningstillfälle:"
    ws["C4"] = period
    ws["A5"] = "Ansvarig tjänsteperson:"
    ws["C5"] = ansvarig
    if datum:
        ws["F5"] = "Datum:"
        ws["G5"] = datum
    for r in (3, 4, 5):
        ws.cell(r, 1).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws["A6"] = ("Välj status i rullistan (Genomförd / Delvis genomförd / Ej genomförd / Utgår). "
                "Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister.")
    ws["A6"].font = Font(italic=True, size=9, color="7F7F7F")
    for i, (c, w) in enumerate(zip(cols, widths), start=1):
        cell = ws.cell(7, i, c)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A8"


def write_rows(ws, start, rows, ncols, font=None):
    r = start
    for row in rows:
        for i in range(ncols):
            v = row[i] if i < len(row) else None
            if v == "":
                v = None
            cell = ws.cell(r, i + 1, v)
            cell.alignment = WRAP
            cell.border = BORDER
            if font:
                cell.font = font
        r += 1
    return r


def template_footer(ws, first, last, status_col, r, signer):
    sc = get_column_letter(status_col)
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment").font = BOLD
    ws.cell(r, 4, "=COUNTA(D%d:D%d)" % (first, last))
    for s in STATUS_LIST:
        r += 1
        ws.cell(r, 1, "varav " + s.lower())
        ws.cell(r, 4, '=COUNTIF(%s%d:%s%d,"%s")' % (sc, first, sc, last, s))
    r += 2
    ws.cell(r, 1, "Godkänd av förvaltningschef:").font = BOLD
    ws.cell(r, 4, signer)
    return r


def instruction_sheet(wb):
    ws = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion – uppföljning av internkontrollplan 2025",
        "",
        "Fyll i kolumnerna Status, Kommentar/resultat, Avvikelse och Åtgärd för varje kontrollmoment.",
        "Status väljs i rullistan:",
        "  Genomförd – kontrollen är utförd (även om avvikelser hittats).",
        "  Delvis genomförd – kontrollen är påbörjad men inte klar.",
        "  Ej genomförd – kontrollen har inte utförts under perioden.",
        "  Utgår – kontrollmomentet har strukits genom beslut i nämnden.",
        "Rad märkt Ex. är ett exempel och kan tas bort.",
        "Skicka ifylld mall till ekonomiavdelningen senast 2025-09-15.",
        "Frågor: ekonomiavdelningen@ekeby.se",
    ]
    for i, t in enumerate(lines, start=1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True, size=12)
    ws.column_dimensions["A"].width = 100
    lst = wb.create_sheet("Listor")
    for i, s in enumerate(STATUS_LIST, start=1):
        lst.cell(i, 1, s)
    for i, s in enumerate(["Ja", "Nej"], start=1):
        lst.cell(i, 2, s)
    lst.sheet_state = "hidden"


def status_validation(ws, col_letter, first, last):
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    dv.add("%s%d:%s%d" % (col_letter, first, col_letter, last))
    ws.add_data_validation(dv)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – template filled in as intended (example row removed)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK uppföljning delår 2025 KS.xlsx"
    namnd = "Kommunstyrelsen"
    data = [
        ["1", "Attest", "Attest görs av obehörig person",
         "Kontroll att attest skett av behörig attestant enligt attestförteckning (stickprov 30 verifikationer)",
         "Stickprov", "Delår + helår", "Redovisningschef", "Genomförd",
         "30 verifikationer kontrollerade. 2 verifikationer var attesterade av en attestant som slutade i maj och inte tagits bort ur förteckningen.",
         "Ja", "Attestförteckningen uppdaterad 2025-06-18. Rutin för avslut ses över."],
        ["2", "Leverantörsfakturor", "Dubbelbetalning av fakturor",
         "Kontroll av dubbletter i leverantörsreskontran (samma belopp, leverantör och fakturanummer)",
         "Systemrapport", "Månadsvis", "Ekonomiassistent", "Genomförd",
         "Rapport körd varje månad jan–aug. Inga dubbelbetalningar.", "Nej", ""],
        ["3", "Inköp", "Köp utanför avtal",
         "Avtalstrohet: stickprov 25 inköp jämförs mot avtalsdatabasen",
         "Stickprov", "Delår + helår", "Upphandlingschef", "Delvis genomförd",
         "Stickprov för januari–april gjort (4 av 25 köp utanför avtal). Maj–augusti görs i september.",
         "Ja", "Information till budgetansvariga på chefsforum 2025-10-02."],
        ["4", "Representation", "Representation som inte följer riktlinjen",
         "Granskning av samtliga fakturor för representation över 5 000 kr",
         "Granskning", "Delår + helår", "Controller", "Genomförd",
         "12 fakturor granskade. Deltagarförteckning och syfte saknades i 1 fall, komplettering inhämtad.",
         "Ja", "Påminnelse om riktlinjen i ledningsgruppen."],
        ["5", "IT-behörigheter", "Behörigheter ligger kvar efter avslutad anställning",
         "Kontroll att behörigheter i ekonomisystemet tas bort för avslutade anställningar",
         "Avstämning mot HR-system", "Delår + helår", "Systemförvaltare", "Ej genomförd",
         "Ej genomförd på grund av byte av ekonomisystem i juni. Görs under kvartal 4.", "", ""],
        ["6", "Dataskydd", "Personuppgiftsincidenter rapporteras inte i tid",
         "Kontroll att personuppgiftsincidenter anmälts till IMY inom 72 timmar",
         "Genomgång incidentlogg", "Delår + helår", "Dataskyddssamordnare", "Genomförd",
         "1 incident under perioden, anmäld till IMY inom 48 timmar.", "Nej", ""],
        ["7", "Delegation", "Delegationsbeslut anmäls inte",
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
         "Stickprov", "Delår + helår", "Kommunsekreterare", "Utgår",
         "Utgår enligt beslut KS 2025-03-12 § 41. Ingår i den kommungemensamma granskningen.", "", ""],
        ["8", "Löner", "Felaktiga löneutbetalningar",
         "Kontroll av nyanställda och ändrade lönearter (stickprov 15 anställda)",
         "Stickprov", "Helår", "Lönechef", "", "", "", ""],
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    template_header(ws, namnd, "Anna Bergström, redovisningschef", TEMPLATE_COLS, TEMPLATE_WIDTHS,
                    datum="2025-09-12")
    last = write_rows(ws, 8, data, 11) - 1
    status_validation(ws, "H", 8, last)
    template_footer(ws, 8, last, 8, last + 1, "Per Håkansson, kommundirektör")
    instruction_sheet(wb)
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    expect(fil, namnd, [
        (data[0][3], "GENOMFORD", "ja"),
        (data[1][3], "GENOMFORD", "nej"),
        (data[2][3], "DELVIS", "ja"),
        (data[3][3], "GENOMFORD", "ja"),
        (data[4][3], "EJ_GENOMFORD", "nej"),
        (data[5][3], "GENOMFORD", "nej"),
        (data[6][3], "UTGAR", "nej"),
        (data[7][3], "SAKNAS", "nej"),
    ])


# ---------------------------------------------------------------------------
# 2. Socialnämnden – own columns, heading rows and a colour legend
# ---------------------------------------------------------------------------
GREEN = "92D050"
YELLOW = "FFFF00"
RED = "FF0000"
LIGHTBLUE = "9BC2E6"
GREY = "BFBFBF"


def file_sn():
    fil = "IK uppföljning delår 2025 SN.xlsx"
    namnd = "Socialnämnden"
    cols = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
            "Status", "Bedömning (färg)", "Kommentar/resultat", "Avvikelse (Ja/Nej)",
            "Åtgärd vid avvikelse", "Klart senast"]
    widths = [5, 20, 24, 42, 20, 16, 16, 11, 48, 11, 28, 12]
    # (row list, fill colour of Bedömning or None) ; heading rows are strings
    rows = [
        "INDIVID- OCH FAMILJEOMSORG",
        (["1", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
          "Stickprov 20 utbetalningar av ekonomiskt bistånd: beslut finns och belopp stämmer",
          "Stickprov", "Enhetschef EB", "Genomförd", "",
          "20 ärenden kontrollerade, inga fel.", "Nej", "", ""], GREEN),
        (["2", "Ekonomiskt bistånd", "Inkomster beaktas inte",
          "Kontroll av inkomster från Försäkringskassan via SSBTEK i 15 ärenden",
          "Stickprov", "Enhetschef EB", "", "",
          "3 ärenden där inkomst från FK inte beaktats. Återkrav upprättat i samtliga.",
          "", "Handläggarträff om SSBTEK 2025-09-23.", "2025-10-31"], YELLOW),
        (["3", "Barn och unga", "Utredningar drar ut på tiden",
          "Kontroll att barnavårdsutredningar avslutas inom fyra månader (11 kap. 2 § SoL)",
          "Uttag ur verksamhetssystemet", "Enhetschef BoU", "Genomförd", "",
          "7 av 52 utredningar överskred fyra månader, beslut om förlängning saknades i 2.",
          "Ja", "Bevakningslista införd.", "2025-09-30"], YELLOW),
        (["4", "Barn och unga", "Skyddsbedömning görs inte",
          "Kontroll att skyddsbedömning görs inom 24 timmar efter orosanmälan",
          "Stickprov 20 anmälningar", "Enhetschef mottagning", "", "", "", "", "", ""], None),
        "FUNKTIONSHINDER / LSS",
        (["5", "LSS-beslut", "Beslut verkställs inte i tid",
          "Kontroll att gynnande LSS-beslut verkställs inom tre månader och att ej verkställda beslut rapporteras till IVO",
          "Uttag ur verksamhetssystemet", "Enhetschef LSS", "Ej genomförd", "",
          "Kontrollen har inte hunnit göras på grund av vakans som LSS-handläggare. Görs i oktober.",
          "", "", "2025-10-31"], RED),
        (["6", "Personlig assistans", "Ersättning för ej utförd tid",
          "Kontroll av tidsredovisning för personlig assistans mot fakturor från assistansanordnare",
          "Avstämning", "Controller", "Pågår", "",
          "Januari–juni kontrollerat utan anmärkning, juli–augusti återstår.", "Nej", "", "2025-10-15"], None),
        "LEDNING OCH ADMINISTRATION",
        (["7", "Delegation", "Delegationsbeslut anmäls inte",
          "Kontroll att delegationsbeslut anmälts till nämnden",
          "Avstämning mot protokoll", "Nämndsekreterare", "", "",
          "Samtliga beslut anmälda.", "Nej", "", ""], GREEN),
        (["8", "Dataskydd", "Obehörig åtkomst till journaler",
          "Loggkontroll i verksamhetssystemet, 10 slumpvis valda användare",
          "Loggkontroll", "Systemförvaltare", "", "",
          "Se separat rapport loggkontroll.", "", "", ""], LIGHTBLUE),
        (["9", "Avtalstrohet", "Placeringar köps utanför ramavtal",
          "Kontroll att HVB- och familjehemsplaceringar köps via ramavtal",
          "Stickprov", "Controller", "Utgår", "",
          "Utgår – ingår i kommunstyrelsens gemensamma kontroll av avtalstrohet (KS § 41).", "", "", ""], GREY),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    template_header(ws, "Socialnämnden", "Karin Ek, förvaltningscontroller", cols, widths, datum="2025-09-10")
    own_head = PatternFill("solid", fgColor="C65911")
    for i in range(1, len(cols) + 1):
        ws.cell(7, i).fill = own_head
    sect_fill = PatternFill("solid", fgColor="F8CBAD")
    r = 8
    first = r
    for item in rows:
        if isinstance(item, str):
            ws.cell(r, 1, item).font = Font(bold=True, color="833C0B")
            for c in range(1, len(cols) + 1):
                ws.cell(r, c).fill = sect_fill
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
            r += 1
            continue
        data, colour = item
        write_rows(ws, r, [data], len(cols))
        if colour:
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=colour)
        r += 1
    last = r - 1
    status_validation(ws, "G", first, last)
    # legend to the right of the table
    ws["N7"] = "Färgmarkering bedömning:"
    ws["N7"].font = BOLD
    legend = [(GREEN, "Genomförd – inga avvikelser"),
              (YELLOW, "Genomförd – avvikelser noterade"),
              (RED, "Ej genomförd"),
              (GREY, "Utgår")]
    for i, (colr, txt) in enumerate(legend, start=8):
        ws.cell(i, 14).fill = PatternFill("solid", fgColor=colr)
        ws.cell(i, 14).border = BORDER
        ws.cell(i, 15, txt)
    ws.column_dimensions["N"].width = 5
    ws.column_dimensions["O"].width = 32
    template_footer(ws, first, last, 7, last + 1, "Lena Sjöholm, socialchef")
    instruction_sheet(wb)
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    ctl = [x[0] for x in rows if not isinstance(x, str)]
    expect(fil, namnd, [
        (ctl[0][3], "GENOMFORD", "nej"),
        (ctl[1][3], "GENOMFORD", "ja"),
        (ctl[2][3], "GENOMFORD", "ja"),
        (ctl[3][3], "SAKNAS", "nej"),
        (ctl[4][3], "EJ_GENOMFORD", "nej"),
        (ctl[5][3], "DELVIS", "nej"),
        (ctl[6][3], "GENOMFORD", "nej"),
        (ctl[7][3], "OKLAR", "nej"),
        (ctl[8][3], "UTGAR", "nej"),
    ])
    return fil


def lock_file(target):
    """Excel owner file '~$name' as left on a shared folder while the file is open."""
    fil = "~$" + target
    user = "Karin Ek"
    b = bytes([len(user)]) + user.encode("latin-1") + b" " * (53 - len(user))
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b += b"\x20\x00" * ((165 - len(b)) // 2)
    b = b[:165].ljust(165, b"\x00")
    with open(out(fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – status column deleted, status first in comment,
#    saved as Excel 97-2003 (.xls)
# ---------------------------------------------------------------------------
def file_bun(tmpdir):
    fil = "BUN uppföljning internkontroll delår 2025.xls"
    namnd = "Barn- och utbildningsnämnden"
    cols = [c for c in TEMPLATE_COLS if c != "Status"]
    widths = [w for c, w in zip(TEMPLATE_COLS, TEMPLATE_WIDTHS) if c != "Status"]
    example = [v for i, v in enumerate(EXAMPLE_ROW) if i != 7]
    data = [
        ["1", "Skolskjuts", "Felaktig debitering från entreprenör",
         "Kontroll av fakturor från skolskjutsentreprenör mot körjournaler",
         "Avstämning", "Delår + helår", "Skolskjutssamordnare",
         "Genomförd. Fakturor för mars och maj kontrollerade mot körjournaler, inga avvikelser.", "Nej", ""],
        ["2", "Barnomsorgsavgifter", "Felaktig avgift debiteras",
         "Stickprov 30 hushåll: inkomstuppgift jämförs med debiterad avgift enligt maxtaxa",
         "Stickprov", "Delår + helår", "Administratör avgifter",
         "Genomförd med avvikelser: 4 av 30 hushåll hade inaktuell inkomstuppgift. Rättelse gjord från juli.",
         "Ja", "Påminnelse till vårdnadshavare om inkomstuppgift i oktober."],
        ["3", "Kränkande behandling", "Anmälningar utreds inte",
         "Kontroll att anmälan om kränkande behandling gått till huvudmannen och att utredning startats",
         "Genomgång av anmälningar", "Delår + helår", "Kvalitetsstrateg",
         "PÅGÅR – grundskolan är klar, förskolan återstår.", "", ""],
        ["4", "Elevfrånvaro", "Hög frånvaro fångas inte upp",
         "Kontroll att elevhälsan kontaktas när frånvaron överstiger 15 procent",
         "Uttag ur lärplattform", "Delår + helår", "Rektorer",
         "Ej genomförd, skjuts till helår på grund av byte av lärplattform.", "", ""],
        ["5", "Skolplikt", "Skolpliktiga barn saknar skolplacering",
         "Avstämning av folkbokförda barn 6–15 år mot elevregistret",
         "Avstämning", "Delår + helår", "Skoladministratör",
         "Delvis. Avstämning gjord för vårterminen, höstterminen görs i oktober.", "", ""],
        ["6", "Inköp", "Läromedel köps utanför avtal",
         "Stickprov på läromedelsinköp jämförs mot avtal",
         "Stickprov", "Delår", "Controller",
         "Se bilaga 2", "", ""],
        ["7", "IT-behörigheter", "Behörighet kvar efter avslutad anställning",
         "Kontroll att lärare som slutat inte har kvar behörighet i IST och Skola24",
         "Avstämning mot HR", "Delår + helår", "Systemförvaltare",
         "", "", ""],
        ["8", "Dataskydd", "Bilder på elever publiceras utan samtycke",
         "Kontroll av samtycken för bilder på skolornas webbsidor",
         "Stickprov", "Delår", "Kommunikatör",
         "Utgår enligt beslut BUN 2025-04-22 § 38 – ingår i kommunens gemensamma dataskyddsgranskning.", "", ""],
        ["9", "Löner", "Felaktiga timlöner",
         "Kontroll av timanställdas tidrapporter mot schema (stickprov 10)",
         "Stickprov", "Delår + helår", "Rektorer / HR",
         "Ej påbörjad.", "", ""],
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    template_header(ws, namnd, "Jonas Lind, controller", cols, widths)
    write_rows(ws, 8, [example], 10, font=EX_FONT)
    last = write_rows(ws, 9, data, 10) - 1
    r = last + 2
    ws.cell(r, 1, "Antal kontrollmoment").font = BOLD
    ws.cell(r, 4, "=COUNTA(D9:D%d)" % last)
    r += 2
    ws.cell(r, 1, "Godkänd av förvaltningschef:").font = BOLD
    ws.cell(r, 4, "Eva Norberg, 2025-09-11")
    instruction_sheet(wb)
    tmp_xlsx = os.path.join(tmpdir, "bun.xlsx")
    wb.save(tmp_xlsx)
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "xls", "--outdir", tmpdir, tmp_xlsx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpdir, "bun.xls"), out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    expect(fil, namnd, [
        (data[0][3], "GENOMFORD", "nej"),
        (data[1][3], "GENOMFORD", "ja"),
        (data[2][3], "DELVIS", "nej"),
        (data[3][3], "EJ_GENOMFORD", "nej"),
        (data[4][3], "DELVIS", "nej"),
        (data[5][3], "OKLAR", "nej"),
        (data[6][3], "SAKNAS", "nej"),
        (data[7][3], "UTGAR", "nej"),
        (data[8][3], "EJ_GENOMFORD", "nej"),
    ])


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden – the table pasted into a Word tjänsteskrivelse
# ---------------------------------------------------------------------------
def file_kfn():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    fil = "Tjänsteskrivelse uppföljning internkontroll delår 2025 KFN.docx"
    namnd = "Kultur- och fritidsnämnden"
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    hp = sec.header.paragraphs[0]
    hp.text = "EKEBY KOMMUN\tKultur- och fritidsförvaltningen\tDnr KFN 2025/112"
    fp = sec.footer.paragraphs[0]
    fp.text = "Kultur- och fritidsförvaltningen, Storgatan 4, 731 30 Ekeby"

    doc.add_paragraph("TJÄNSTESKRIVELSE").runs[0].bold = True
    doc.add_paragraph("2025-09-08")
    doc.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=1)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplanen "
                      "per den 31 augusti 2025 och överlämnar den till kommunstyrelsen.")
    doc.add_heading("Ärendet", level=2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 97). Planen omfattar sju "
        "kontrollmoment. Nedan redovisas resultatet per den 31 augusti. Tabellen är hämtad ur kommunens "
        "mall för uppföljning. Två kontrollmoment visar avvikelser och ett kontrollmoment har strukits "
        "genom beslut i nämnden.")

    cols = ["Process", "Kontrollmoment", "Frekvens", "Status", "Kommentar/resultat", "Avvikelse"]
    body = [
        ("A. Ekonomiska kontroller", None),
        ("Föreningsbidrag", ["Kontroll att utbetalda föreningsbidrag har beslut och redovisning enligt bidragsreglerna (stickprov 15)",
                             "Delår + helår", "Genomförd",
                             "15 bidrag kontrollerade. 2 föreningar saknade verksamhetsberättelse för 2024, höstens bidrag hålls inne tills den kommit in.",
                             "Ja"]),
        ("Föreningsbidrag", ["Kontroll av redovisat aktivitetsstöd mot närvarolistor",
                             "Delår + helår", "Delvis genomförd",
                             "Genomfört för 6 av 12 utvalda föreningar, resterande under hösten.", "Nej"]),
        ("Kontanthantering", ["Oanmäld kassakontroll av dagskassor i simhallen och på huvudbiblioteket",
                              "Två gånger per år", "Genomförd",
                              "Två oanmälda kontroller (mars och juni). Inga differenser.", "Nej"]),
        ("Lokaluthyrning", ["Kontroll att samtliga bokningar i bokningssystemet faktureras",
                            "Delår + helår", "Ej genomförd",
                            "Bokningssystemet byts i september. Kontrollen görs i det nya systemet inför helår.", ""]),
        ("Representation", ["Granskning av fakturor för representation och interna möten",
                            "Delår + helår", "Genomförd", "Inga avvikelser.", "Nej"]),
        ("B. Verksamhet och informationssäkerhet", None),
        ("Inventarier", ["Inventering av konstsamlingen mot konstregistret",
                         "Helår", "Utgår",
                         "Avbruten genom beslut KFN 2025-05-20 § 52; inventeringen görs i samband med flytten av konstdepån 2026.",
                         ""]),
        ("Dataskydd", ["Kontroll att personuppgiftsbiträdesavtal finns för nämndens e-tjänster (lokalbokning, bibliotek)",
                       "Delår", "",
                       "Klart – PUB-avtal finns för samtliga fyra e-tjänster.", "Nej"]),
    ]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for i, c in enumerate(cols):
        cell = table.rows[0].cells[i]
        cell.text = c
        cell.paragraphs[0].runs[0].bold = True
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9E2F3")
        tcPr.append(shd)
    prev_proc, prev_cell = None, None
    for proc, vals in body:
        row = table.add_row()
        if vals is None:
            m = row.cells[0].merge(row.cells[-1])
            m.text = proc
            m.paragraphs[0].runs[0].bold = True
            prev_proc, prev_cell = None, None
            continue
        if proc == prev_proc:
            prev_cell = prev_cell.merge(row.cells[0])
        else:
            row.cells[0].text = proc
            prev_cell = row.cells[0]
            prev_proc = proc
        for i, v in enumerate(vals, start=1):
            row.cells[i].text = v
    widths = [Cm(3.3), Cm(6.5), Cm(2.4), Cm(2.8), Cm(8.5), Cm(2.0)]
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    for p in (c.paragraphs for r in table.rows for c in r.cells):
        for para in p:
            for run in para.runs:
                run.font.size = Pt(9)

    doc.add_paragraph("")
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                      "Uteblivna kontroller redovisas i helårsuppföljningen.")
    doc.add_paragraph("")
    doc.add_paragraph("Sofia Wallin\nKultur- och fritidschef")
    doc.add_paragraph("Martin Ek\nEkonom")
    doc.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    exp = [("GENOMFORD", "ja"), ("DELVIS", "nej"), ("GENOMFORD", "nej"), ("EJ_GENOMFORD", "nej"),
           ("GENOMFORD", "nej"), ("UTGAR", "nej"), ("GENOMFORD", "nej")]
    ctl = [v[0] for _, v in body if v is not None]
    expect(fil, namnd, [(k, s, a) for k, (s, a) in zip(ctl, exp)])


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden – template printed to PDF and converted back into .ods
# ---------------------------------------------------------------------------
def file_sbn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P

    fil = "SBN_IK_delar_2025 (export).ods"
    namnd = "Samhällsbyggnadsnämnden"
    # Narrow columns as on the printed page: widths in characters per column
    W = {"nr": 3, "proc": 14, "km": 28, "st": 10, "kom": 38, "av": 9}
    controls = [
        ("1", "Gatu- och parkdrift",
         "Kontroll att entreprenörens fakturor för vinterväghållning stämmer mot rapporterade insatser",
         "Genomförd", "Januari–mars kontrollerat mot körrapporter, inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        ("2", "Exploatering",
         "Kontroll att exploateringsavtal följs upp och att ersättningar fakturerats",
         "Delvis genomförd", "Fyra av sju avtal genomgångna. Resterande tre görs i oktober.", "Nej", "DELVIS", "nej"),
        ("3", "VA-taxa",
         "Kontroll av VA-anslutningsavgifter mot gällande taxa (samtliga nya anslutningar)",
         "Genomförd", "18 anslutningar kontrollerade, 2 felaktiga avgifter har korrigerats och fakturerats på nytt.",
         "Ja", "GENOMFORD", "ja"),
        ("4", "Bygglov",
         "Kontroll att bygglovsavgifter debiteras enligt taxa (stickprov 20 beslut)",
         "Ej genomförd", "Inte genomförd under perioden på grund av hög ärendemängd. Planeras till november.",
         "", "EJ_GENOMFORD", "nej"),
        ("5", "Inköp",
         "Avtalstrohet: stickprov 20 inköp inom drift och underhåll jämförs mot avtal",
         "Genomförd",
         "20 inköp kontrollerade. 3 inköp av maskinreparationer gjordes hos leverantör utan avtal. "
         "Direktupphandling ska dokumenteras enligt riktlinjen; information till arbetsledarna är given "
         "och ny kontroll görs vid helår.",
         "Ja", "GENOMFORD", "ja"),
        ("6", "Fordon",
         "Kontroll av körjournaler och drivmedelskort för förvaltningens fordon",
         "Pågår", "Körjournaler kontrollerade för 14 av 31 fordon.", "", "DELVIS", "nej"),
        ("7", "Delegation",
         "Kontroll att delegationsbeslut i bygglovsärenden anmäls till nämnden",
         "Genomförd", "Samtliga beslut jan–juli anmälda.", "Nej", "GENOMFORD", "nej"),
        ("8", "Investeringar",
         "Kontroll att investeringsprojekt har beslut om genomförande innan start",
         "Utgår", "Ej aktuell 2025 – inga nya projekt startade.", "", "UTGAR", "nej"),
    ]

    def wrap(t, w):
        return textwrap.wrap(t, w, break_long_words=False) if t else [""]

    physical = []  # list of lists of 6 cells

    def page_head(page):
        physical.append(["Ekeby kommun", "", "", "", "", "Sida %d av 2" % page])
        if page == 1:
            physical.append(["Uppföljning av internkontrollplan 2025", "", "", "", "", ""])
            physical.append(["Nämnd: Samhällsbyggnadsnämnden", "", "", "", "", ""])
            physical.append(["Uppföljningstillfälle: Delår per 31 augusti 2025", "", "", "", "", ""])
            physical.append(["", "", "", "", "", ""])
        physical.append(["Nr", "Process/", "Kontroll-", "Status", "Kommentar/resultat", "Avvikelse"])
        physical.append(["", "rutin", "moment", "", "", "(Ja/Nej)"])

    def page_foot(page):
        physical.append(["", "", "", "", "", ""])
        physical.append(["Utskrivet 2025-09-11 14:02", "", "", "", "", "Sida %d av 2" % page])

    page_head(1)
    for idx, (nr, proc, km, st, kom, av, _, _) in enumerate(controls):
        cols = [[nr], wrap(proc, W["proc"]), wrap(km, W["km"]), wrap(st, W["st"]),
                wrap(kom, W["kom"]), [av]]
        n = max(len(c) for c in cols)
        lines = [[c[i] if i < len(c) else "" for c in cols] for i in range(n)]
        if nr == "5":
            # page break in the middle of control 5's comment
            physical.extend(lines[:2])
            page_foot(1)
            page_head(2)
            physical.extend(lines[2:])
        else:
            physical.extend(lines)
    physical.append(["", "", "", "", "", ""])
    physical.append(["Godkänd: Ulf Ragnarsson, samhällsbyggnadschef", "", "", "", "", ""])
    page_foot(2)

    doc = OpenDocumentSpreadsheet()
    colw = ["1.0cm", "3.0cm", "6.0cm", "2.2cm", "8.0cm", "2.0cm"]
    table = Table(name="Table 1")
    for i, w in enumerate(colw):
        st = Style(name="co%d" % i, family="table-column")
        st.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(st)
        table.addElement(TableColumn(stylename=st))
    for row in physical:
        tr = TableRow()
        for v in row:
            if v == "":
                tr.addElement(TableCell())
            elif v.isdigit():
                tc = TableCell(valuetype="float", value=v)
                tc.addElement(P(text=v))
                tr.addElement(tc)
            else:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=v))
                tr.addElement(tc)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    expect(fil, namnd, [(c[2], c[6], c[7]) for c in controls])


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden – 2023, 2024 and 2025 as column groups side by side
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON IK-uppföljning 2023-2025 (delår 2025).xlsx"
    namnd = "Vård- och omsorgsnämnden"
    fixed = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig"]
    groups = [("Helår 2023", ["Status", "Kommentar"]),
              ("Helår 2024", ["Status", "Kommentar"]),
              ("Delår 2025 (per 31/8)", ["Status", "Kommentar", "Avvikelse"])]
    data = [
        # nr, process, km, metod, ansvarig, s23, k23, s24, k24, s25, k25, av25, exp status, exp avv
        ["1", "Hemtjänst", "Kontroll att utförd tid i hemtjänsten (TES) stämmer mot beviljad tid",
         "Uttag TES / stickprov", "Enhetschef hemtjänst",
         "Genomförd", "Inga större avvikelser.", "Genomförd", "Avvikelse i 2 ärenden.",
         "Delvis genomförd", "Januari–maj klart, juni–augusti återstår.", "Nej", "DELVIS", "nej"],
        ["2", "Avgifter", "Stickprov 25 avgiftsbeslut: inkomstuppgifter och maxtaxa",
         "Stickprov", "Avgiftshandläggare",
         "Ej genomförd", "Personalbrist.", "Genomförd", "Inga fel.",
         "Genomförd", "3 av 25 beslut hade felaktigt bostadstillägg, avgiften omräknad.", "Ja", "GENOMFORD", "ja"],
        ["3", "Läkemedel", "Kontroll av förråd för narkotikaklassade läkemedel på särskilda boenden",
         "Inventering", "MAS",
         "", "", "Genomförd", "Inga differenser.",
         "", "", "", "SAKNAS", "nej"],
        ["4", "Basal hygien", "Observationsmätning av basala hygienrutiner (BHK) på samtliga enheter",
         "Observation", "Enhetschefer / MAS",
         "Genomförd", "", "Genomförd", "Följsamhet 86 %.",
         "Genomförd", "Mätning i april, följsamhet 91 %.", "Nej", "GENOMFORD", "nej"],
        ["5", "Avvikelser", "Kontroll att rapporter enligt lex Sarah utreds och avslutas inom två månader",
         "Genomgång av ärenden", "Kvalitetsutvecklare",
         "Genomförd", "", "Delvis genomförd", "Halva året kontrollerat.",
         "Ej genomförd", "Kvalitetsutvecklartjänsten vakant mars–augusti.", "", "EJ_GENOMFORD", "nej"],
        ["6", "Bemanning", "Kontroll av timanställdas tidrapporter mot schema i Time Care",
         "Stickprov", "Bemanningsenheten",
         "Ny 2025", "", "Ny 2025", "",
         "Genomförd", "Stickprov 30 tidrapporter, inga avvikelser.", "Nej", "GENOMFORD", "nej"],
        ["7", "Boendes medel", "Kontroll av hantering av boendes privata medel på särskilt boende",
         "Kassakontroll", "Enhetschefer SÄBO",
         "Genomförd", "", "Delvis genomförd", "2 boenden ej kontrollerade.",
         "Utgår", "Utgår enligt VON 2025-02-19 § 12 – personalen hanterar inte längre kontanter.", "", "UTGAR", "nej"],
        ["8", "Privata utförare", "Avtalsuppföljning av privata utförare inom LOV hemtjänst",
         "Uppföljningsmöte", "Avtalscontroller",
         "Ej genomförd", "", "Genomförd", "",
         "Pågår", "Två av tre utförare följda.", "", "DELVIS", "nej"],
        ["9", "Informationssäkerhet", "Loggkontroll i journalsystemet (Lifecare), 20 användare",
         "Loggkontroll", "Systemförvaltare",
         "Ej genomförd", "", "Ej genomförd", "",
         "", "Loggkontroll genomförd i juni. 2 otillåtna åtkomster har upptäckts och utreds av HR.", "Ja",
         "GENOMFORD", "ja"],
        ["10", "Leverantörsfakturor", "Kontroll av fakturor för hjälpmedel mot beställningar",
         "Stickprov", "Controller",
         "Genomförd", "", "Genomförd", "",
         "Genomförd", "Inga avvikelser.", "Nej", "GENOMFORD", "nej"],
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2023-2025"
    ws["A1"] = "Ekeby kommun"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"], ws["C3"] = "Nämnd:", "Vård- och omsorgsnämnden"
    ws["A4"], ws["C4"] = "Uppföljningstillfälle:", "Delår per 31 augusti 2025"
    ws["A5"], ws["C5"] = "Ansvarig tjänsteperson:", "Ingrid Holm, kvalitetscontroller"
    for r in (3, 4, 5):
        ws.cell(r, 1).font = BOLD
    ws["A6"] = ("Förvaltningens version: utfallen för 2023 och 2024 (helår) visas bredvid 2025 för jämförelse. "
                "Kontrollmoment 6 är nytt för 2025.")
    ws["A6"].font = Font(italic=True, size=9)
    col = 1
    for h in fixed:
        c = ws.cell(7, col, h)
        ws.merge_cells(start_row=7, start_column=col, end_row=8, end_column=col)
        col += 1
    fills = ["D9D9D9", "D9D9D9", "C6E0B4"]
    for (g, subs), f in zip(groups, fills):
        ws.cell(7, col, g)
        ws.merge_cells(start_row=7, start_column=col, end_row=7, end_column=col + len(subs) - 1)
        for i, s in enumerate(subs):
            ws.cell(8, col + i, s)
            ws.cell(7, col + i).fill = PatternFill("solid", fgColor=f)
            ws.cell(8, col + i).fill = PatternFill("solid", fgColor=f)
        col += len(subs)
    ncols = col - 1
    for r in (7, 8):
        for c in range(1, ncols + 1):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).border = BORDER
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for c in range(1, 6):
        ws.cell(7, c).fill = HEAD_FILL
        ws.cell(7, c).font = HEAD_FONT
    widths = [5, 18, 42, 16, 18, 14, 22, 14, 24, 16, 44, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    last = write_rows(ws, 9, [d[:12] for d in data], 12) - 1
    grey = Font(color="808080")
    for r in range(9, last + 1):
        for c in range(6, 10):
            ws.cell(r, c).font = grey
    ws.freeze_panes = "F9"
    r = last + 2
    ws.cell(r, 1, "Summa genomförda 2025").font = BOLD
    ws.cell(r, 10, '=COUNTIF(J9:J%d,"Genomförd")' % last)
    ws.cell(r + 2, 1, "Godkänd av förvaltningschef:").font = BOLD
    ws.cell(r + 2, 3, "Ann-Christin Lund, vård- och omsorgschef, 2025-09-12")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    expect(fil, namnd, [(d[2], d[12], d[13]) for d in data])


# ---------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden – the template returned unfilled
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "MHN uppföljning IK delår 2025.xlsx"
    namnd = "Miljö- och hälsoskyddsnämnden"
    data = [
        ["1", "Tillsynsavgifter", "Avgifter debiteras inte",
         "Kontroll att årliga tillsynsavgifter har debiterats enligt taxa för samtliga objekt",
         "Avstämning mot objektsregister", "Delår + helår", "Administratör"],
        ["2", "Livsmedelskontroll", "Planerad kontroll genomförs inte",
         "Kontroll att planerade livsmedelskontroller enligt kontrollplanen genomförs",
         "Uttag ur Ecos", "Delår + helår", "Enhetschef livsmedel"],
        ["3", "Delegation", "Delegationsbeslut anmäls inte",
         "Kontroll att delegationsbeslut anmäls till nämnden",
         "Avstämning mot protokoll", "Delår + helår", "Nämndsekreterare"],
        ["4", "Handläggning", "Lång handläggningstid",
         "Kontroll av handläggningstid för anmälan om enskilda avlopp (mål: 6 veckor)",
         "Uttag ur Ecos", "Delår + helår", "Enhetschef miljö"],
        ["5", "Jäv", "Inspektör handlägger ärende där jäv föreligger",
         "Kontroll att jävsdeklarationer finns för samtliga inspektörer",
         "Genomgång", "Helår", "Miljöchef"],
        ["6", "Diarieföring", "Allmänna handlingar registreras inte",
         "Kontroll att inkomna handlingar diarieförs inom två arbetsdagar",
         "Stickprov", "Delår + helår", "Registrator"],
        ["7", "Attest", "Attest av obehörig",
         "Kontroll av attesträtt mot aktuell attestförteckning",
         "Stickprov", "Delår + helår", "Miljöchef"],
    ]
    rows = [d + ["", "", "", ""] for d in data]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    template_header(ws, "Miljö- och hälsoskyddsnämnden", "", TEMPLATE_COLS, TEMPLATE_WIDTHS)
    write_rows(ws, 8, [EXAMPLE_ROW], 11, font=EX_FONT)
    last = write_rows(ws, 9, rows, 11) - 1
    status_validation(ws, "H", 9, last)
    template_footer(ws, 9, last, 8, last + 1, "")
    instruction_sheet(wb)
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    expect(fil, namnd, [(d[3], "SAKNAS", "nej") for d in data])


# ---------------------------------------------------------------------------
# 8. Gemensam överförmyndarnämnd – Stratsys export from the host kommun Ljungby
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Stratsys_export_internkontroll_OFN_20250910.csv"
    namnd = "Gemensamma överförmyndarnämnden Ljungby–Ekeby"
    header = ["Nivå", "Namn", "Metod", "Frekvens", "Ansvarig", "Mätperiod", "Status",
              "Analys/kommentar", "Avvikelse"]
    # Område rows, Kontrollmoment rows and Uppföljning (measurement) rows.
    rows = [
        ["Område", "Ekonomi", "", "", "", "", "", "", ""],
        ["Kontrollmoment", "Kontroll att arvoden till ställföreträdare beräknats enligt riktlinje (stickprov 25)",
         "Stickprov", "Tertial", "Handläggare arvoden", "", "", "", ""],
        ["Uppföljning", "", "", "", "", "Tertial 1 2025", "Gul", "Stickprov påbörjat.", "Nej"],
        ["Uppföljning", "", "", "", "", "Delår augusti 2025", "Grön",
         "25 ärenden kontrollerade, 1 felaktigt beräknat arvode har rättats.", "Ja"],
        ["Kontrollmoment", "Kontroll av attest av utbetalningar från nämndens budget",
         "Stickprov", "Delår", "Enhetschef", "", "", "", ""],
        ["Uppföljning", "", "", "", "", "Delår augusti 2025", "Blå",
         "Se kommentar i Ljungby kommuns delårsrapport.", ""],
        ["Område", "Tillsyn", "", "", "", "", "", "", ""],
        ["Kontrollmoment", "Kontroll att inlämnade årsräkningar granskats senast 30 juni",
         "Uttag ur Wärna", "Tertial", "Enhetschef", "", "", "", ""],
        ["Uppföljning", "", "", "", "", "Tertial 1 2025", "Röd", "Ej påbörjad.", ""],
        ["Uppföljning", "", "", "", "", "Delår augusti 2025", "Grön",
         "Kontrollen gjord: 78 % av årsräkningarna var granskade per 30 juni (mål 100 %).", "Ja"],
        ["Kontrollmoment", "Kontroll av överförmyndarspärr på huvudmännens bankkonton",
         "Stickprov 20", "Tertial", "Handläggare", "", "", "", ""],
        ["Uppföljning", "", "", "", "", "Tertial 1 2025", "Grön", "Inga avvikelser.", "Nej"],
        ["Uppföljning", "", "", "", "", "Delår augusti 2025", "Grön", "Inga avvikelser.", "Nej"],
        ["Kontrollmoment", "Kontroll av belastningsregister vid rekrytering av nya gode män",
         "Genomgång", "Tertial", "Rekryterare", "", "", "", ""],
        ["Uppföljning", "", "", "", "", "Tertial 1 2025", "Grön", "Samtliga 6 nya gode män kontrollerade.", "Nej"],
        ["Uppföljning", "", "", "", "", "Delår augusti 2025", "Gul",
         "Utdrag saknas ännu för 3 av 11 rekryteringar i maj–augusti.", "Nej"],
        ["Område", "Informationssäkerhet", "", "", "", "", "", "", ""],
        ["Kontrollmoment", "Kontroll att handlingar med personuppgifter skickas via säker e-post",
         "Stickprov", "Tertial", "Enhetschef", "", "", "", ""],
        ["Uppföljning", "", "", "", "", "Tertial 1 2025", "Röd", "Säker e-post ej införd i Ekeby.", ""],
        ["Uppföljning", "", "", "", "", "Delår augusti 2025", "Röd",
         "Fortfarande ej genomförd, väntar på Ekebys upphandling av säker e-post.", ""],
        ["Kontrollmoment", "Kontroll att delegationsbeslut anmäls till nämnden",
         "Avstämning", "Delår", "Nämndsekreterare", "", "", "", ""],
        ["Uppföljning", "", "", "", "", "Delår augusti 2025", "Grå",
         "Ej aktuell – ny delegationsordning från 1 september ersätter kontrollen.", ""],
    ]
    lines = [
        ["Rapport: Internkontroll – uppföljning"],
        ["Organisation: Gemensam överförmyndarnämnd Ljungby–Ekeby (värdkommun Ljungby kommun)"],
        ["Plan: Internkontrollplan 2025"],
        ["Period: 2025-01-01 – 2025-08-31 (delårsuppföljning)"],
        ["Utskriven: 2025-09-10 09:14"],
        [],
        header,
    ] + rows + [
        [],
        ["Statusförklaring: Grön = Genomförd; Gul = Pågår/delvis genomförd; Röd = Ej genomförd; Grå = Utgår/ej aktuell"],
    ]
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    kms = [r[1] for r in rows if r[0] == "Kontrollmoment"]
    exp = [("GENOMFORD", "ja"), ("OKLAR", "nej"), ("GENOMFORD", "ja"), ("GENOMFORD", "nej"),
           ("DELVIS", "nej"), ("EJ_GENOMFORD", "nej"), ("UTGAR", "nej")]
    expect(fil, namnd, [(k, s, a) for k, (s, a) in zip(kms, exp)])


# ---------------------------------------------------------------------------
def register():
    regs = [
        ("Kommunstyrelsen", ["KS", "Kommunledningskontoret", "KLK"]),
        ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
        ("Socialnämnden", ["SN", "Socialförvaltningen", "SOC"]),
        ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgsförvaltningen", "VOF"]),
        ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen", "KFF"]),
        ("Samhällsbyggnadsnämnden", ["SBN", "Samhällsbyggnadsförvaltningen", "SBF"]),
        ("Miljö- och hälsoskyddsnämnden", ["MHN", "Miljökontoret", "Miljö- och hälsoskyddskontoret"]),
        ("Gemensamma överförmyndarnämnden Ljungby–Ekeby",
         ["Gemensam överförmyndarnämnd Ljungby–Ekeby", "Gemensamma överförmyndarnämnden Ljungby-Ekeby",
          "Överförmyndarnämnden", "ÖFN", "OFN", "Överförmyndarenheten"]),
        ("Arbetsmarknadsnämnden", ["AMN", "Arbetsmarknadsenheten"]),
        ("Valnämnden", ["VN"]),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in regs:
            f.write("%s;%s\n" % (n, "|".join(a)))


def main():
    for name in os.listdir(HERE):
        if name not in ("make_round.py", "README.md"):
            os.remove(out(name))
    tmpdir = tempfile.mkdtemp(prefix="r119_")
    try:
        file_ks()
        sn = file_sn()
        lock_file(sn)
        file_bun(tmpdir)
        file_kfn()
        file_sbn()
        file_von()
        file_mhn()
        file_ofn()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    register()
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for fil, n, km, st, av in EXPECTED:
            f.write(";".join([fil, n, km.replace(";", ","), st, av]) + "\n")
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
