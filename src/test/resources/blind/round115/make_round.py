#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 115 – Bäckeby kommun, delår (per 31 augusti) 2025.
Builds every inbox file plus namnder.csv, files.csv and expected.csv in this folder.
Run with /usr/bin/python3."""
import csv
import os
import shutil
import struct
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.comments import Comment
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round115"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Socialnämnden – transposed sheet: controls are columns, attributes are rows
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN uppföljning internkontroll delår 2025.xlsx"
    namnd = "Socialnämnden"
    # (process, kontrollmoment, ansvarig, metod, T1, delår, kommentar, avvikelse-cell, expected status, expected avv)
    controls = [
        ("Ekonomiskt bistånd",
         "Stickprov 20 utbetalningar av ekonomiskt bistånd – kontroll mot beslut och riksnorm",
         "Enhetschef försörjningsstöd", "Stickprov 20 ärenden per halvår",
         "Pågår", "Genomförd",
         "20 ärenden granskade. 2 felaktiga utbetalningar (dubbelutbetald hyra). Återkrav beslutat.",
         "Ja", "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd",
         "Återsökning av statsbidrag från Migrationsverket görs för samtliga berättigade ärenden",
         "Ekonom SOF", "Avstämning per kvartal",
         "", "Pågår",
         "Ansökan för kv 1 inskickad, kv 2 under arbete.",
         "Nej", "DELVIS", "nej"),
        ("Barn och unga",
         "Utredningstid barnavårdsutredningar – högst 4 månader (11 kap. 2 § SoL)",
         "Enhetschef barn och unga", "Uttag ur Treserva, samtliga avslutade utredningar",
         "Pågår", "Delvis",
         "7 av 52 utredningar överskred 4 månader utan beslut om förlängning.",
         "Ja", "DELVIS", "ja"),
        ("Barn och unga",
         "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Enhetschef mottagning", "Uttag ur Treserva jan–aug",
         "Genomförd", "Genomförd med anmärkning",
         "3 av 40 förhandsbedömningar tog 15–18 dagar. Påminnelsefunktion införd i juni.",
         "Ja", "GENOMFORD", "ja"),
        ("Placeringar",
         "Avtalstrohet vid placering på HVB – placering sker hos ramavtalsleverantör",
         "Enhetschef placeringar", "Genomgång av samtliga nya placeringar",
         "", "Ej påbörjad",
         "Skjuts till hösten på grund av vakans på upphandlingsenheten.",
         "", "EJ_GENOMFORD", "nej"),
        ("Informationssäkerhet",
         "Loggkontroll i Treserva – otillbörlig åtkomst till personakter",
         "Systemförvaltare", "Slumpvis loggkontroll 10 användare/tertial",
         "Genomförd", "",
         "Loggkontroll utförd i maj och augusti, ingen otillbörlig åtkomst upptäckt.",
         "Nej", "GENOMFORD", "nej"),
        ("Avgifter",
         "Egenavgifter familjerätt/IFO faktureras enligt beslutad rutin",
         "Administrativ chef", "Stickprov 15 ärenden",
         "Ej påbörjad", "Utgår",
         "Utgår enligt nämndens beslut 2025-03-19 § 34. Ersätts av kontroll nr 8.",
         "", "UTGAR", "nej"),
        ("Avgifter",
         "Faktureringsunderlag egenavgifter stäms av mot verksamhetssystemet",
         "Administrativ chef", "Månatlig avstämning",
         "", "Genomförd",
         "Avstämning görs månadsvis sedan april. Inga differenser.",
         "Nej", "GENOMFORD", "nej"),
        ("Delegation",
         "Delegationsbeslut anmäls till nämnden senast nästkommande sammanträde",
         "Nämndsekreterare", "Jämförelse delegationslista mot protokoll",
         "Genomförd", "Genomförd",
         "Inga avvikelser.",
         "Nej", "GENOMFORD", "nej"),
        ("Privata medel",
         "Hantering av brukares privata medel på stödboende – kassabok stäms av",
         "Enhetschef stödboende", "Avstämning två gånger per år",
         "", "?",
         "Avvaktar svar från enhetschef.",
         "", "OKLAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Socialnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Delårsuppföljning per 31 augusti 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Upprättad av Socialförvaltningen, kvalitetsenheten, 2025-09-08"
    ws["A3"].font = Font(italic=True)
    labels = ["Kontroll nr", "Process", "Kontrollmoment", "Ansvarig", "Metod/omfattning",
              "Status T1 (30 april)", "Status delår (31 augusti)", "Kommentar", "Avvikelse noterad (ja/nej)"]
    r0 = 5
    for i, lab in enumerate(labels):
        c = ws.cell(row=r0 + i, column=1, value=lab)
        c.font = BOLD
        c.fill = fill("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    for j, ctl in enumerate(controls):
        col = 2 + j
        vals = [j + 1, ctl[0], ctl[1], ctl[2], ctl[3], ctl[4] or None, ctl[5] or None, ctl[6], ctl[7] or None]
        for i, v in enumerate(vals):
            c = ws.cell(row=r0 + i, column=col, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = BOLD
                c.alignment = Alignment(horizontal="center")
                c.fill = fill("D9E1F2")
        ws.column_dimensions[get_column_letter(col)].width = 24
        exp(fil, namnd, ctl[1], ctl[8], ctl[9])
    # merge the process row where neighbouring controls share a process
    j = 0
    while j < len(controls):
        k = j
        while k + 1 < len(controls) and controls[k + 1][0] == controls[j][0]:
            k += 1
        if k > j:
            for jj in range(j + 1, k + 1):
                ws.cell(row=r0 + 1, column=2 + jj).value = None
            ws.merge_cells(start_row=r0 + 1, start_column=2 + j, end_row=r0 + 1, end_column=2 + k)
            ws.cell(row=r0 + 1, column=2 + j).alignment = Alignment(horizontal="center", vertical="top")
        j = k + 1
    # instruction column to the right (not a control)
    icol = 2 + len(controls) + 1
    ws.cell(row=r0 - 1, column=icol, value="Anvisning (ta ej bort)").font = Font(italic=True, bold=True, color="7F7F7F")
    instr = ["Löpnummer enligt internkontrollplanen", "Process enligt riskanalysen",
             "Vad som kontrolleras", "Funktion, inte namn", "Hur och hur ofta",
             "Välj i listan", "Välj i listan: Genomförd, Genomförd med anmärkning, Delvis, Pågår, Ej påbörjad, Utgår",
             "Beskriv resultat och åtgärder", "Ja om fel/brister har upptäckts"]
    for i, t in enumerate(instr):
        c = ws.cell(row=r0 + i, column=icol, value=t)
        c.font = Font(italic=True, color="7F7F7F")
        c.alignment = WRAP
        c.fill = fill("F2F2F2")
    ws.column_dimensions[get_column_letter(icol)].width = 34
    ws.column_dimensions["A"].width = 26
    for rr, h in ((r0 + 2, 75), (r0 + 4, 45), (r0 + 7, 90)):
        ws.row_dimensions[rr].height = h
    dv = DataValidation(type="list",
                        formula1='"Genomförd,Genomförd med anmärkning,Delvis,Pågår,Ej påbörjad,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("{}{}:{}{}".format("B", r0 + 5, get_column_letter(1 + len(controls)), r0 + 6))
    ws.cell(row=r0 + len(labels) + 2, column=1,
            value="Behandlad i socialnämndens arbetsutskott 2025-09-16. Fastställs av nämnden 2025-09-24.").font = Font(italic=True)
    ws.freeze_panes = "B5"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – form-like sheet, one block per control (.ods)
# ---------------------------------------------------------------------------
def file_bun(tmp):
    fil = "BUN_IK_uppfoljning_delar_2025.ods"
    namnd = "Barn- och utbildningsnämnden"
    # dict per block; 'status_in_label' puts the status into the label cell
    blocks = [
        dict(km="Attest av leverantörsfakturor – rätt attestant enligt gällande attestförteckning",
             risk="Felaktiga utbetalningar", ansv="Controller BUF", status="Genomförd",
             komm="Stickprov 30 fakturor (mars och juni). Samtliga korrekt attesterade.",
             atg="Ingen åtgärd", e=("GENOMFORD", "nej")),
        dict(km="Skolpliktsbevakning – elever med upprepad frånvaro anmäls till huvudmannen",
             risk="Elever fullgör inte sin skolplikt", ansv="Skolchef grundskola", status="Delvis genomförd",
             komm="Rutinen följs på 5 av 7 skolor. Två skolor har inte anmält elever med över 20 % frånvaro.",
             atg="Genomgång med rektorerna i september.", e=("DELVIS", "ja")),
        dict(km="Anmälan om kränkande behandling till huvudman (6 kap. 10 § skollagen)",
             risk="Barn och elever får inte skydd", ansv="Kvalitetsstrateg", status="Genomförd",
             komm="Kontrollen genomförd. 12 % av anmälningarna kom in senare än en vecka efter händelsen.",
             atg="Påminnelse till rektorer, ny e-tjänst.", e=("GENOMFORD", "ja")),
        dict(km="Barnomsorgsavgifter – inkomstuppgifter kontrolleras mot Skatteverkets uppgifter",
             risk="Felaktiga avgifter", ansv="Avgiftshandläggare", status="Ej genomförd",
             komm="Kontrollen kan göras först efter att 2024 års taxeringsuppgifter kommit, planeras till oktober.",
             atg="", e=("EJ_GENOMFORD", "nej")),
        dict(km="Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
             risk="Beslut fattas utan stöd i delegation", ansv="Nämndsekreterare", status="Genomförd",
             status_in_label=True,
             komm="Kontroll mot protokoll jan–juni.", atg="", e=("GENOMFORD", "nej")),
        dict(km="Skolskjuts – beslut om skolskjuts fattas enligt riktlinjerna",
             risk="Ojämlik behandling", ansv="Skolskjutshandläggare", status="",
             komm="", atg="", e=("SAKNAS", "nej")),
        dict(km="IT-behörigheter i elevregistret tas bort när anställningen upphör",
             risk="Obehörig åtkomst till elevuppgifter", ansv="Systemförvaltare IST", status="Pågår",
             komm="Lista från HR jämförs mot aktiva konton. Hittills har 14 konton för avslutade anställda spärrats.",
             atg="Automatisk avslutning via HR-systemet utreds.", e=("DELVIS", "ja")),
        dict(km="Representation och interna måltider följer kommunens riktlinjer",
             risk="Förtroendeskada", ansv="Controller BUF", status="Se bilaga 2",
             komm="", atg="", e=("OKLAR", "nej")),
        dict(km="Registerförteckning enligt dataskyddsförordningen (art. 30) är uppdaterad",
             risk="Brister i dataskydd", ansv="Dataskyddssamordnare", status="Ej aktuell",
             komm="Hanteras centralt av kommunstyrelsens dataskyddsombud från 2025.",
             atg="", e=("UTGAR", "nej")),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.column_dimensions["A"].width = 22
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18
    ws["A1"] = "UPPFÖLJNING INTERN KONTROLL"
    ws["A1"].font = Font(bold=True, size=14)
    head = [("Nämnd:", "Barn- och utbildningsnämnden"), ("Period:", "Delår januari–augusti"),
            ("År:", 2025), ("Ifylld av:", "L. Sandberg, controller BUF"), ("Datum:", "2025-09-10")]
    r = 3
    for lab, val in head:
        ws.cell(row=r, column=1, value=lab).font = BOLD
        ws.cell(row=r, column=2, value=val)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status anges som: Genomförd / Delvis genomförd / Ej genomförd / Ej aktuell. "
            "En ruta per kontrollmoment i internkontrollplanen.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 2
    n_total = len(blocks) + 1
    for i, b in enumerate(blocks + [None]):
        hc = ws.cell(row=r, column=1, value="Kontroll {} av {}".format(i + 1, n_total))
        hc.font = Font(bold=True, color="FFFFFF")
        for col in range(1, 7):
            ws.cell(row=r, column=col).fill = fill("2F5597")
        r += 1
        if b is None:
            rows = [("Kontrollmoment:", ""), ("Risk:", ""), ("Ansvarig:", ""), ("Status:", ""),
                    ("Kommentar:", ""), ("Åtgärd:", "")]
        else:
            status_label = "Status:"
            status_val = b["status"]
            if b.get("status_in_label"):
                status_label = "Status: " + b["status"]
                status_val = ""
            rows = [("Kontrollmoment:", b["km"]), ("Risk:", b["risk"]), ("Ansvarig:", b["ansv"]),
                    (status_label, status_val), ("Kommentar:", b["komm"]), ("Åtgärd:", b["atg"])]
            exp(fil, namnd, b["km"], *b["e"])
        for lab, val in rows:
            lc = ws.cell(row=r, column=1, value=lab)
            lc.font = BOLD
            lc.border = BOX
            lc.alignment = WRAP
            vc = ws.cell(row=r, column=2, value=val if val != "" else None)
            vc.alignment = WRAP
            for col in range(2, 7):
                ws.cell(row=r, column=col).border = BOX
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            if lab in ("Kontrollmoment:", "Kommentar:") and val and len(str(val)) > 70:
                ws.row_dimensions[r].height = 30
            r += 1
        r += 1
    ws.cell(row=r + 1, column=1, value="Förvaltningschef:").font = BOLD
    ws.cell(row=r + 1, column=2, value="Anna-Karin Wiklund")
    ws.cell(row=r + 2, column=1, value="Datum:").font = BOLD
    ws.cell(row=r + 2, column=2, value="2025-09-10")
    src = os.path.join(tmp, "BUN_IK_uppfoljning_delar_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden – Word, one small 2-column table per control
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def file_kfn():
    fil = "Uppföljning internkontroll KFN delår 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    Y, N = "☒", "☐"

    def boxes(ja, delvis, nej):
        return "{} Ja   {} Delvis   {} Nej".format(Y if ja else N, Y if delvis else N, Y if nej else N)

    controls = [
        ("Föreningsbidrag",
         "Föreningsbidrag – kontroll av medlemsförteckning och närvarokort mot ansökan om aktivitetsstöd",
         "Fritidskonsulent", "Stickprov 10 föreningar", boxes(1, 0, 0),
         "Kontrollen genomförd. Två föreningar har redovisat fler deltagartillfällen än underlaget visar och har fått betala tillbaka aktivitetsstöd.",
         "Ja", "GENOMFORD", "ja"),
        ("Kontanthantering",
         "Dagskassan i Bäckebybadet stäms av mot kassasystemet varje dag",
         "Badchef", "Avstämning dagligen, kontroll av 2 veckor per månad", boxes(0, 1, 0),
         "Avstämning gjord januari–maj. Under sommaren ej genomförd på grund av personalbrist. Differenser på totalt 340 kr i mars.",
         "Ja", "DELVIS", "ja"),
        ("Lokaluthyrning",
         "Uthyrning av lokaler – samtliga bokningar i bokningssystemet faktureras",
         "Bokningsansvarig", "Jämförelse bokningar mot kundfakturor, ett kvartal", boxes(0, 0, 1),
         "Inte genomförd. Bokningssystemet byts i oktober och kontrollen görs efter bytet.",
         "Nej", "EJ_GENOMFORD", "nej"),
        ("Inköp",
         "Avtalstrohet – förbrukningsmaterial köps från avtalsleverantör",
         "Controller KFF", "Stickprov 25 fakturor", Y + " Ja   " + Y + " Delvis   " + N + " Nej",
         "Se resultat i bilaga.",
         "", "OKLAR", "nej"),
        ("Bibliotek",
         "Inköp av media följer beslutad mediebudget och delegationsordning",
         "Bibliotekschef", "Genomgång av inköp jan–jun", boxes(1, 0, 0),
         "Inga avvikelser.",
         "Nej", "GENOMFORD", "nej"),
        ("Representation",
         "Representation – syfte och deltagarförteckning finns på fakturan",
         "Controller KFF", "Samtliga representationsfakturor", boxes(0, 0, 0),
         "Kontrollen är genomförd utan anmärkning, samtliga 11 fakturor hade syfte och deltagare angivna.",
         "Nej", "GENOMFORD", "nej"),
        ("Löner",
         "Timanställda på fritidsgårdarna – rapporterad tid stäms av mot schema",
         "Enhetschef fritidsgårdar", "Stickprov 2 månader", boxes(0, 0, 0),
         "",
         "", "SAKNAS", "nej"),
        ("Avtal",
         "Hyresavtal för föreningslokaler – uppföljning av avtalstid och uppsägning",
         "Fastighetssamordnare", "Genomgång av avtalsregistret",
         "Utgår – kontrollen flyttas till internkontrollplan 2026 (KFN 2025-04-22 § 41)",
         "",
         "", "UTGAR", "nej"),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Bäckeby kommun • Kultur- och fritidsförvaltningen\tDnr KFN 2025/118"
    p = d.add_paragraph()
    run = p.add_run("Kultur- och fritidsnämnden")
    run.bold = True
    run.font.size = Pt(12)
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 28 januari 2025 (§ 7). Planen omfattar åtta "
        "kontrollmoment. Nedan redovisas varje kontrollmoment i en egen tabell med resultatet av de kontroller "
        "som gjorts under perioden januari–augusti. Kontroller som ska göras under hösten redovisas i "
        "verksamhetsberättelsen.")
    for i, c in enumerate(controls, 1):
        d.add_heading("{}. {}".format(i, c[0]), level=2)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        rows = [("Kontrollmoment", c[1]), ("Ansvarig", c[2]), ("Metod", c[3]),
                ("Utfört under perioden", c[4]), ("Resultat och kommentar", c[5]),
                ("Avvikelse upptäckt", c[6])]
        for lab, val in rows:
            cells = t.add_row().cells
            cells[0].text = lab
            cells[0].paragraphs[0].runs[0].bold = True
            set_cell_shading(cells[0], "E2EFDA")
            cells[1].text = val
        for row in t.rows:
            row.cells[0].width = Cm(4.5)
            row.cells[1].width = Cm(11.5)
        d.add_paragraph()
        exp(fil, namnd, c[1], c[7], c[8])
    d.add_heading("Nämndens samlade bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Brister i kontanthanteringen "
        "på badet och i fakturering av lokaluthyrning åtgärdas under hösten.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in (("Datum", "2025-09-12"), ("Förvaltningschef", "Jonas Ekström"),
                     ("Behandlas i nämnden", "2025-09-30")):
        cells = t.add_row().cells
        cells[0].text = lab
        cells[1].text = val
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    return fil


def lock_file(docname):
    """Word owner file '~$…' (162 bytes) left behind while the document was open."""
    user = "Jonas Ekström"
    lockname = "~$" + docname[2:]
    a = user.encode("latin-1")[:53]
    data = bytes([len(a)]) + a.ljust(53, b" ")
    data += struct.pack("<H", len(user)) + user.encode("utf-16-le")
    data = data.ljust(162, b"\x00")
    with open(os.path.join(HERE, lockname), "wb") as f:
        f.write(data[:162])
    FILES.append((lockname, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 4. Kommunstyrelsen – wide sheet, statuses per month (.xls)
# ---------------------------------------------------------------------------
def file_ks(tmp):
    fil = "KLF_Internkontroll_2025_manadsvis.xls"
    namnd = "Kommunstyrelsen"
    months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
    OK = "✔"
    # rows: (group or None, nr, kontrollmoment, ansvarig, frekvens, {month_index: value}, kommentar, exp status, avv)
    allm = lambda vals: {i: v for i, v in enumerate(vals) if v}
    rows = [
        ("Ekonomi och redovisning",),
        (1, "Avstämning av balanskonton (bank, kund- och leverantörsreskontra)", "Redovisningsansvarig", "Månadsvis",
         allm([OK, OK, OK, OK, OK, OK, "", OK]), "Ingen månadsstängning i juli.", "GENOMFORD", "nej"),
        (2, "Leverantörsfakturor – stickprov 15 fakturor mot avtal och attest", "Controller KLF", "Månadsvis",
         allm([OK, OK, "A", OK, OK, OK, "", OK]),
         "Mars: en faktura attesterad av jävig attestant, rättat och attestant informerad.", "GENOMFORD", "ja"),
        (3, "Löneutbetalningar – nyanställda och avslutade stäms av mot HR-systemet", "Lönechef", "Månadsvis",
         allm([OK, OK, "X", "X", OK, OK, "", OK]),
         "April–maj ej utförd på grund av byte av lönesystem.", "DELVIS", "nej"),
        (4, "Avtalstrohet – uppföljning av inköp utanför ramavtal", "Upphandlingschef", "Kvartalsvis",
         allm(["", "", OK, "", "", "A", "", ""]),
         "Kv 2: 11 % av inköpsvolymen utanför avtal (mål max 5 %).", "GENOMFORD", "ja"),
        ("IT och informationssäkerhet",),
        (5, "Behörigheter i ekonomisystemet Raindance – användare och roller granskas", "Systemförvaltare ekonomi",
         "Halvår", allm(["", "", "", "", "", "X", "", ""]),
         "Ej gjord i juni, flyttad till september.", "EJ_GENOMFORD", "nej"),
        (6, "Dataskyddsombudets granskning av personuppgiftsincidenter", "Dataskyddsombud", "Årlig",
         {}, "Ej påbörjad – planerad till oktober.", "EJ_GENOMFORD", "nej"),
        ("Styrning och förtroende",),
        (7, "Delegationsbeslut anmäls till kommunstyrelsen", "Kommunsekreterare", "Varje sammanträde",
         allm([OK, OK, OK, OK, OK, OK, "", OK]), "", "GENOMFORD", "nej"),
        (8, "Representation och förtroendekänsliga poster granskas", "Ekonomichef", "Halvår",
         allm(["", "", "", "", "", "?", "", ""]), "", "OKLAR", "nej"),
        (9, "Bisysslor – chefer har anmält och fått bisysslor prövade", "HR-chef", "Årlig",
         allm(["", "", "", "A", "", "", "", ""]),
         "2 chefer saknade anmälan om bisyssla, anmälan nu inkommen och prövad.", "GENOMFORD", "ja"),
        (10, "Arvoden till förtroendevalda – utbetalning stäms av mot närvarolistor", "Kommunsekreterare",
         "Kvartalsvis", "UTGÅR", "Utgår – ersatt av automatisk kontroll i nya arvodessystemet (KS 2025-02-11 § 19).",
         "UTGAR", "nej"),
        (11, "Kundfakturor – förfallna kundfordringar skickas till inkasso enligt rutin", "Redovisningsansvarig",
         "Kvartalsvis", allm(["", "", OK, "", "", OK, "", ""]), "", "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kommunstyrelsen – Kommunledningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – löpande uppföljning per månad"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Avstämd per 2025-08-31 (underlag till delårsrapporten)"
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Frekvens"] + months + ["Kommentar"]
    hr = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = BOLD
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [5, 48, 22, 13] + [5] * 12 + [50]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    r = hr + 1
    grey = fill("D9D9D9")
    for row in rows:
        if len(row) == 1:
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            c.fill = fill("FFF2CC")
            r += 1
            continue
        nr, km, ansv, frek, vals, komm, es, ea = row
        ws.cell(row=r, column=1, value=nr)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=ansv)
        ws.cell(row=r, column=4, value=frek)
        if vals == "UTGÅR":
            ws.cell(row=r, column=5, value="UTGÅR")
            ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=16)
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center")
            ws.cell(row=r, column=5).font = Font(bold=True, color="7F7F7F")
        else:
            for mi in range(12):
                c = ws.cell(row=r, column=5 + mi, value=vals.get(mi))
                c.alignment = Alignment(horizontal="center")
                if mi >= 8:
                    c.fill = grey
        ws.cell(row=r, column=17, value=komm or None)
        for j in range(1, len(hdr) + 1):
            ws.cell(row=r, column=j).border = BOX
            if j in (2, 3, 17):
                ws.cell(row=r, column=j).alignment = WRAP
        exp(fil, namnd, km, es, ea)
        r += 1
    # summary row (not a control)
    ws.cell(row=r, column=2, value="Antal utförda kontroller").font = BOLD
    for mi in range(8):
        col = get_column_letter(5 + mi)
        ws.cell(row=r, column=5 + mi,
                value='=COUNTIF({c}{a}:{c}{b},"{ok}")+COUNTIF({c}{a}:{c}{b},"A")'.format(
                    c=col, a=hr + 1, b=r - 1, ok=OK)).font = BOLD
    r += 2
    ws.cell(row=r, column=2, value="Teckenförklaring").font = BOLD
    for t in (OK + " = kontroll utförd utan anmärkning",
              "A = kontroll utförd, avvikelse noterad (se kommentar)",
              "X = kontroll ej utförd",
              "Tom ruta = ingen kontroll planerad den månaden",
              "Grå = månad ej passerad vid avstämningen"):
        r += 1
        ws.cell(row=r, column=2, value=t)
    ws.freeze_panes = "E6"
    src = os.path.join(tmp, "KLF_Internkontroll_2025_manadsvis.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.move(os.path.join(tmp, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsförvaltningen – two nämnder on separate sheets
# ---------------------------------------------------------------------------
def file_sbf():
    fil = "Samhällsbyggnadsförvaltningen IKP delår 2025.xlsx"
    GREEN, YELLOW, ORANGE, RED, GREY, BLUE = "00B050", "FFFF00", "FFC000", "FF0000", "BFBFBF", "9BC2E6"
    legend = [(GREEN, "Genomförd, inga avvikelser"), (YELLOW, "Genomförd, avvikelser finns (se iakttagelser)"),
              (ORANGE, "Påbörjad, ej slutförd"), (RED, "Ej genomförd"), (GREY, "Utgår")]
    mbn = [
        ("Myndighetsutövning", "Tillsynsavgifter debiteras enligt fastställd taxa", "Miljöchef", GREEN, "",
         "Stickprov 20 ärenden, korrekt debitering.", "", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Handläggningstid bygglov – beslut inom 10 veckor (9 kap. 27 § PBL)", "Bygglovschef",
         YELLOW, "", "4 av 96 ärenden överskred 10 veckor, avgiften reducerades enligt PBL.",
         "Veckovis bevakningslista införd.", "GENOMFORD", "ja"),
        ("Styrning", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", GREEN, "", "", "",
         "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Miljötillsyn – tillsynsplanen följs (utförda besök mot plan)", "Miljöchef", ORANGE,
         "", "62 % av planerade besök utförda per 31/8. Resterande planeras sep–nov.", "", "DELVIS", "nej"),
        ("Myndighetsutövning", "Sanktionsavgifter – beslut fattas när överträdelse konstaterats", "Miljöchef", RED,
         "", "Ej genomförd på grund av långtidssjukskrivning.", "Görs under hösten.", "EJ_GENOMFORD", "nej"),
        ("Dokumenthantering", "Inkommande handlingar diarieförs inom två arbetsdagar", "Registrator", BLUE, "",
         "", "", "OKLAR", "nej"),
        ("Jäv", "Handläggarnas jävsdeklarationer är uppdaterade", "Förvaltningschef", None, "", "", "",
         "SAKNAS", "nej"),
    ]
    tn = [
        ("Upphandling", "Avtalstrohet entreprenader – avrop sker mot ramavtal mark och anläggning",
         "Gatuchef", "Genomförd", GREEN, "Genomförd", "Stickprov 15 avrop, samtliga mot ramavtal.", "",
         "GENOMFORD", "nej"),
        ("Investeringar", "Investeringsprojekt slutredovisas inom sex månader efter färdigställande",
         "Projektchef", "Delvis", ORANGE, "Påbörjad", "3 av 7 projekt slutredovisade, övriga under arbete.", "",
         "DELVIS", "nej"),
        ("Fordon", "Drivmedelskort – tankningar stäms av mot körjournal och fordon", "Fordonssamordnare",
         "Ej genomförd", YELLOW, "Genomförd – avvikelser",
         "3 tankningar till privat fordon upptäckta. Polisanmälan gjord, kortet spärrat.",
         "Kortrutinen skärps.", "GENOMFORD", "ja"),
        ("Kost", "Livsmedelsinköp i kostenheten görs från avtalade leverantörer", "Kostchef", "Genomförd",
         None, "", "", "", "SAKNAS", "nej"),
        ("VA", "Anslutningsavgifter VA debiteras enligt VA-taxan", "VA-chef", "Genomförd", RED, "Ej genomförd",
         "Resurser saknas på VA-ekonomi under våren.", "", "EJ_GENOMFORD", "nej"),
        ("Gata/park", "Felanmälningar gatubelysning åtgärdas inom utlovad tid", "Gatuchef", "Delvis", GREY,
         "Utgår", "Gatubelysningen överförd till Bäckeby Energi AB från 2025-01-01.", "", "UTGAR", "nej"),
        ("Gata/park", "Vinterväghållning – entreprenörens fakturor stäms av mot körjournaler", "Driftchef",
         "Genomförd", GREEN, "Genomförd", "Säsongen jan–mars kontrollerad, inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Attestförteckningen i ekonomisystemet är aktuell", "Controller SBF", "", ORANGE, "Pågår",
         "Uppdatering efter omorganisation pågår.", "", "DELVIS", "nej"),
    ]
    wb = Workbook()
    info = wb.active
    info.title = "Info"
    info["A1"] = "Samhällsbyggnadsförvaltningen"
    info["A1"].font = Font(bold=True, size=14)
    info["A3"] = ("Förvaltningen redovisar här delårsuppföljningen per 31 augusti 2025 av internkontrollplanerna "
                  "för de två nämnder förvaltningen arbetar åt:")
    info["A4"] = "• flik MBN – Miljö- och byggnadsnämnden"
    info["A5"] = "• flik TN – Tekniska nämnden"
    info["A7"] = "Kontaktperson: Petra Lund, controller, 0455-123 45"
    info.column_dimensions["A"].width = 110

    def sheet(title, namn, data, words):
        ws = wb.create_sheet(title)
        ws["A1"] = namn + " – intern kontroll 2025"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Uppföljning delår (januari–augusti 2025)"
        if words:
            hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "Status 2024 (helår)",
                   "Status delår 2025", "Iakttagelser", "Åtgärd"]
        else:
            hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "Status delår 2025", "Iakttagelser", "Åtgärd"]
        hr = 4
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row=hr, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("375623")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center")
        r = hr + 1
        for row in data:
            if words:
                proc, km, ansv, s24, col, txt, iakt, atg, es, ea = row
                vals = [proc, km, ansv, s24 or None, txt or None, iakt or None, atg or None]
                scol = 5
            else:
                proc, km, ansv, col, txt, iakt, atg, es, ea = row
                vals = [proc, km, ansv, txt or None, iakt or None, atg or None]
                scol = 4
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
            if col:
                ws.cell(row=r, column=scol).fill = fill(col)
            exp(fil, namn, km, es, ea)
            r += 1
        widths = [18, 50, 20] + ([14] if words else []) + [16, 50, 28]
        for j, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(j)].width = w
        # legend: MBN to the right of the table, TN below it
        if words:
            lr, lc = r + 2, 2
            ws.cell(row=lr, column=lc, value="Färgförklaring status").font = BOLD
            for k, (cc, t) in enumerate(legend, 1):
                ws.cell(row=lr + k, column=lc - 1).fill = fill(cc)
                ws.cell(row=lr + k, column=lc, value=t)
        else:
            lr, lc = 4, 9
            ws.cell(row=lr, column=lc + 1, value="Färgförklaring").font = BOLD
            for k, (cc, t) in enumerate(legend, 1):
                ws.cell(row=lr + k, column=lc).fill = fill(cc)
                ws.cell(row=lr + k, column=lc + 1, value=t)
            ws.column_dimensions[get_column_letter(lc)].width = 4
            ws.column_dimensions[get_column_letter(lc + 1)].width = 40
        return ws

    sheet("MBN", "Miljö- och byggnadsnämnden", mbn, False)
    sheet("TN", "Tekniska nämnden", tn, True)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Servicenämnden – English template from an IT consultancy
# ---------------------------------------------------------------------------
def file_sen():
    fil = "Backeby_SEN_ICP_follow-up_Aug2025.xlsx"
    namnd = "Servicenämnden"
    data = [
        ("IT-01", "Access management", "Quarterly review of user accounts and privileged access in Active Directory",
         "IT security manager", "Q1 and Q2 reviews completed. 9 orphan accounts found and disabled.", "Done", "Y",
         "Continue quarterly.", "GENOMFORD", "ja"),
        ("IT-02", "Backup", "Monthly restore test of backups for critical systems (Visma, Treserva, Public 360)",
         "Infrastructure lead", "Restore tests January–June OK. July and August not performed (holiday staffing).",
         "Partly", "N", "Resume in September.", "DELVIS", "nej"),
        ("IT-03", "Patch management", "Security patches installed on servers within 30 days of release",
         "Infrastructure lead", "Average lead time 18 days. 2 servers exceeded 30 days (legacy payroll server).",
         "Done", "Y", "Decommission legacy server.", "GENOMFORD", "ja"),
        ("IT-04", "Licences", "Licence compliance – Microsoft 365 licences reconciled against active users",
         "IT controller", "Postponed to Q4 due to tenant migration.", "Not done", "N", "Q4 2025",
         "EJ_GENOMFORD", "nej"),
        ("IT-05", "Data protection", "Record of processing activities (GDPR art. 30) updated for IT systems",
         "Data protection coordinator", "Moved to the Kommunstyrelsen DPO plan from 2025.", "N/A", "N", "",
         "UTGAR", "nej"),
        ("IT-06", "Incident management", "Information security incidents are logged and reported to the nämnd",
         "IT security manager",
         "Completed in June. All 14 incidents logged in the ITSM tool and reported to the nämnd on 2025-06-17. No deviations.",
         "", "N", "", "GENOMFORD", "nej"),
        ("IT-07", "Change management", "Changes to production systems are approved by the Change Advisory Board",
         "Service manager", "", "See appendix B", "", "", "OKLAR", "nej"),
        ("IT-08", "Procurement", "IT purchases are made via framework agreements (Adda/Kammarkollegiet)",
         "IT controller", "Sample of 20 invoices, all within framework agreements.", "Done", "N", "",
         "GENOMFORD", "nej"),
        ("IT-09", "Third-party access", "Supplier VPN accounts for external consultants have an end date",
         "IT security manager", "12 of 20 accounts had an end date. Remaining 8 to be fixed in September.",
         "Partly", "Y", "Fix in September.", "DELVIS", "ja"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "ICP follow-up"
    ws["A1"] = "Internal control follow-up – Bäckeby kommun"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = "Client: Servicenämnden (Service- och IT-förvaltningen)"
    ws["A3"] = "Reporting period: Interim report (delår) as of 31 August 2025"
    ws["A4"] = "Prepared by: Kestrel Digital Assurance AB, 2025-09-05 – version 1.1"
    ws["A4"].font = Font(italic=True, color="7F7F7F")
    hdr = ["Ref", "Area", "Control", "Owner", "Result", "Status: Done / Partly / Not done", "Finding (Y/N)",
           "Next step"]
    hr = 6
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = hr + 1
    for row in data:
        for j, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=j, value=v or None)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, namnd, row[2], row[8], row[9])
        r += 1
    for j, w in enumerate([8, 20, 48, 24, 52, 16, 10, 24], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.cell(row=hr, column=6).comment = Comment("Choose one of: Done, Partly, Not done", "Kestrel")
    r += 1
    ws.cell(row=r, column=1, value="Status definitions:").font = BOLD
    ws.cell(row=r + 1, column=1, value="Done = control performed as planned for the period (findings may exist). "
            "Partly = started or partially performed. Not done = not performed in the period.")
    ws.cell(row=r + 3, column=1, value="Reviewed by: M. Holm, Senior Consultant").font = Font(italic=True)
    ws.cell(row=r + 4, column=1, value="Approved by client: Förvaltningschef Service- och IT-förvaltningen").font = Font(italic=True)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Vård- och omsorgsnämnden – plain Stratsys CSV export (the easy one), tertial 2
# ---------------------------------------------------------------------------
def file_von():
    fil = "Stratsys_export_VON_2025-09-09.csv"
    namnd = "Vård- och omsorgsnämnden"
    rows = [
        ("Hemtjänst", "Utförd tid i hemtjänsten stäms av mot beviljad tid", "Verksamhetschef hemtjänst",
         "Klar", "Avvikelse i 2 av 30 ärenden, rättat i TES.", "GENOMFORD", "ja"),
        ("Särskilt boende", "Läkemedelshantering – signeringslistor kontrolleras", "MAS",
         "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("LSS", "LSS-beslut om personlig assistans följs upp minst en gång per år", "Enhetschef LSS-handläggning",
         "Pågående", "45 av 71 uppföljningar gjorda.", "DELVIS", "nej"),
        ("Avgifter", "Avgiftsbeslut omsorgsavgift – inkomstförfrågan skickas årligen", "Avgiftshandläggare",
         "Ej påbörjad", "Görs i november.", "EJ_GENOMFORD", "nej"),
        ("Inköp", "Avtalstrohet – förbrukningsmaterial (inkontinens) köps via avtal", "Controller VOF",
         "Avbruten", "Avbruten genom nämndens beslut 2025-05-21 § 58, ny regional upphandling.", "UTGAR", "nej"),
        ("Personal", "Timanställda – registerutdrag kontrolleras före anställning (LSS)", "HR-konsult",
         "Klar", "Samtliga 38 nyanställningar kontrollerade.", "GENOMFORD", "nej"),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Organisation", "Period", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Status",
                    "Kommentar"])
        for proc, km, ansv, st, komm, es, ea in rows:
            w.writerow(["Vård- och omsorgsnämnden", "T2 2025", proc, km, ansv, st, komm])
            exp(fil, namnd, km, es, ea)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och bygg|Bygg- och miljönämnden"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och fastighet"),
        ("Servicenämnden", "SEN|Service- och IT-förvaltningen|Serviceförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarkansliet"),
        ("Valnämnden", "VN|Valkansliet"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("{};{}\n".format(n, a))


def main():
    # remove old outputs (keep script and README)
    keep = {"make_round.py", "README.md"}
    for fn in os.listdir(HERE):
        if fn not in keep and os.path.isfile(os.path.join(HERE, fn)):
            os.remove(os.path.join(HERE, fn))
    tmp = tempfile.mkdtemp(prefix="r115_")
    try:
        file_sn()
        file_bun(tmp)
        kfn = file_kfn()
        lock_file(kfn)
        file_ks(tmp)
        file_sbf()
        file_sen()
        file_von()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_register()
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2], row
            f.write(";".join(row) + "\n")
    print("files:", len({r[0] for r in FILES}), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
