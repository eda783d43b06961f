#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 597 - Höganäs kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round597"

STATUSES = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Ej påbörjad", "Utgår"]
COLOURS = {  # conditional-format colours of the kommun template
    "Genomförd": "C6EFCE",
    "Delvis genomförd": "FFEB9C",
    "Ej genomförd": "FFC7CE",
    "Ej påbörjad": "D9D9D9",
    "Utgår": "BDD7EE",
}
CODE = {
    "Genomförd": "GENOMFORD",
    "Delvis genomförd": "DELVIS",
    "Ej genomförd": "EJ_GENOMFORD",
    "Ej påbörjad": "EJ_GENOMFORD",
    "Utgår": "UTGAR",
}

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
WRAP = Alignment(wrap_text=True, vertical="top")


def expect(fil, namnd, rows):
    """rows: list of dicts with km, exp (status code), avv ('ja'/'nej'/'')."""
    for r in rows:
        EXPECTED.append((fil, namnd, r["km"], r["exp"], r["avv"]))


def C(nr, proc, km, status, kommentar, avv_col, exp=None, avv=None, **kw):
    """One control. exp/avv = expected reading (defaults derived from status/avv column)."""
    d = dict(nr=nr, proc=proc, km=km, status=status, kommentar=kommentar, avv_col=avv_col)
    d.update(kw)
    if exp is None:
        exp = CODE[status]
    if avv is None:
        avv = {"Ja": "ja", "Nej": "nej"}.get(avv_col, "")
    d["exp"] = exp
    d["avv"] = avv
    return d


# ---------------------------------------------------------------------------
# The kommun's Excel template
# ---------------------------------------------------------------------------
TEMPLATE_HEAD = ["Nr", "Process/rutin", "Kontrollmoment", "Risk\n(S×K)", "Kontrollmetod", "Ansvarig",
                 "Frekvens/\ntidpunkt", "Status delår 2025", "Resultat/kommentar", "Avvikelse\n(Ja/Nej)",
                 "Åtgärd vid avvikelse"]
TEMPLATE_WIDTH = [5, 18, 42, 8, 26, 18, 12, 18, 46, 11, 32]


def add_list_sheet(wb):
    ls = wb.create_sheet("Listor")
    for i, s in enumerate(STATUSES, 1):
        ls.cell(row=i, column=1, value=s)
    ls.cell(row=1, column=3, value="Ja")
    ls.cell(row=2, column=3, value="Nej")
    ls.sheet_state = "hidden"


def add_status_validation_and_colours(ws, col_letter, first, last, list_ref="Listor!$A$1:$A$5"):
    dv = DataValidation(type="list", formula1=list_ref, allow_blank=True,
                        showErrorMessage=True, errorTitle="Ogiltig status",
                        error="Välj en status i listan.")
    dv.add(f"{col_letter}{first}:{col_letter}{last}")
    ws.add_data_validation(dv)
    rng = f"{col_letter}{first}:{col_letter}{last}"
    for s in STATUSES:
        ws.conditional_formatting.add(
            rng, FormulaRule(formula=[f'${col_letter}{first}="{s}"'],
                             fill=PatternFill("solid", fgColor=COLOURS[s], bgColor=COLOURS[s])))


def add_instruction_sheet(wb):
    ins = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion – uppföljning av internkontrollplan 2025",
        "",
        "1. Fyll i nämnd, datum och vem som gjort uppföljningen överst på bladet.",
        "2. Välj status för varje kontrollmoment i rullistan i kolumnen Status.",
        "   Genomförd = kontrollen är utförd under perioden.",
        "   Delvis genomförd = kontrollen är påbörjad eller gjord på en del av urvalet.",
        "   Ej genomförd = kontrollen skulle ha utförts men har inte gjorts.",
        "   Ej påbörjad = kontrollen är planerad senare under året.",
        "   Utgår = kontrollen har strukits genom beslut eller är inte längre aktuell.",
        "3. Beskriv resultatet och ange om avvikelse har konstaterats (Ja/Nej).",
        "4. Vid avvikelse: beskriv åtgärd.",
        "5. Skicka filen till ekonomiavdelningen senast 2025-09-12.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 90


def template_sheet(ws, namnd_text, controls, title, datum, gjord_av, head=TEMPLATE_HEAD,
                   width=TEMPLATE_WIDTH, start_row=1, row_fn=None, status_col="H"):
    """Writes the standard title block + table. Returns (first_data_row, last_data_row)."""
    r = start_row
    ws.cell(row=r, column=1, value="Höganäs kommun").font = Font(bold=True, size=11, color="1F4E78")
    ws.cell(row=r + 1, column=1, value=title).font = Font(bold=True, size=14)
    ws.cell(row=r + 2, column=1, value="Nämnd:").font = Font(bold=True)
    ws.cell(row=r + 2, column=3, value=namnd_text)
    ws.cell(row=r + 3, column=1, value="Datum:").font = Font(bold=True)
    ws.cell(row=r + 3, column=3, value=datum)
    ws.cell(row=r + 3, column=5, value="Uppföljning gjord av:").font = Font(bold=True)
    ws.cell(row=r + 3, column=6, value=gjord_av)
    ws.cell(row=r + 4, column=1,
            value="Välj status i rullistan. Cellen färgas automatiskt: grön = Genomförd, gul = Delvis genomförd, "
                  "röd = Ej genomförd, grå = Ej påbörjad, blå = Utgår.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r + 4, start_column=1, end_row=r + 4, end_column=len(head))
    hr = r + 6
    for j, h in enumerate(head, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[get_column_letter(j)].width = width[j - 1]
    ws.row_dimensions[hr].height = 32
    rr = hr + 1
    for ctl in controls:
        vals = row_fn(ctl) if row_fn else [ctl["nr"], ctl["proc"], ctl["km"], ctl.get("risk", ""),
                                           ctl.get("metod", ""), ctl.get("ansv", ""), ctl.get("frekv", ""),
                                           ctl["status"], ctl["kommentar"], ctl["avv_col"], ctl.get("atg", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=rr, column=j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        rr += 1
    first, last = hr + 1, hr + len(controls) + 10  # validation a few rows beyond, as in the template
    add_status_validation_and_colours(ws, status_col, first, last)
    ws.freeze_panes = ws.cell(row=hr + 1, column=1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = f"{hr}:{hr}"
    return hr + 1, rr - 1


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – the template as intended (easy)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppföljning_IKP_delår_2025.xlsx"
    ctl = [
        C(1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
          "Stickprov 30 fakturor, samtliga korrekt attesterade.", "Nej", risk="9", metod="Stickprov i Raindance",
          ansv="Redovisningschef", frekv="Mars, aug"),
        C(2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Genomförd",
          "2 av 20 verifikationer saknade deltagarförteckning. Återkoppling till berörda chefer.", "Ja", risk="6",
          metod="Stickprov 20 verifikationer", ansv="Controller", frekv="Aug",
          atg="Påminnelse om riktlinjer för representation i chefsforum 2025-09-18."),
        C(3, "Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)", "Delvis genomförd",
          "Analys av perioden jan–jun klar, juli–aug återstår.", "", risk="12",
          metod="Spendanalys", ansv="Upphandlingschef", frekv="Delår, helår"),
        C(4, "Personal", "Löneutbetalningar till avslutade anställningar", "Genomförd",
          "Inga felaktiga utbetalningar identifierade.", "Nej", risk="8",
          metod="Avstämning mot avslutslistor", ansv="Lönechef", frekv="Varje månad"),
        C(5, "Personal", "Registrering av bisysslor hos samtliga medarbetare", "Ej genomförd",
          "Kontrollen har skjutits till hösten p.g.a. byte av HR-system.", "", risk="6",
          metod="Uttag ur HR-systemet", ansv="HR-chef", frekv="Maj"),
        C(6, "IT och informationssäkerhet",
          "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personal", "Genomförd",
          "Fyra konton för avslutade medarbetare var fortfarande aktiva. Kontona har stängts.", "Ja", risk="12",
          metod="Behörighetslista mot HR-data", ansv="Systemförvaltare", frekv="April",
          atg="Rutin för avslut av behörighet ses över med HR."),
        C(7, "Dokumenthantering", "Diarieföring av inkommande handlingar sker inom tre arbetsdagar",
          "Ej påbörjad", "", "", risk="4", metod="Stickprov 25 handlingar", ansv="Kanslichef", frekv="Okt"),
        C(8, "Säkerhet", "Krisledningsplanen är uppdaterad och övad", "Utgår",
          "Utgår – ersätts av ny plan för civilt försvar som antas av kommunfullmäktige i november.", "",
          risk="8", metod="Genomgång av plan", ansv="Säkerhetssamordnare", frekv="Juni"),
        C(9, "Ekonomi", "Avstämning av kommunens bankkonton per månadsskifte", "Genomförd",
          "Avstämt januari–augusti utan differenser.", "Nej", risk="9",
          metod="Avstämning bank/huvudbok", ansv="Redovisningsekonom", frekv="Varje månad"),
        C(10, "Styrning", "Uppföljning av att beslut i kommunstyrelsen verkställs", "", "", "",
          exp="SAKNAS", avv="", risk="6", metod="Genomgång av beslutslogg", ansv="Kommunsekreterare",
          frekv="Aug, dec"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    template_sheet(ws, "Kommunstyrelsen", ctl, "Uppföljning av internkontrollplan 2025 – delårsrapport (jan–aug)",
                   "2025-09-09", "Maria Holm, controller")
    add_instruction_sheet(wb)
    add_list_sheet(wb)
    wb.active = 0
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    expect(fil, "Kommunstyrelsen", ctl)


# ---------------------------------------------------------------------------
# 2. Bygg- och miljönämnden – template with small changes, converted to .ods
# ---------------------------------------------------------------------------
def file_bmn(tmp):
    fil = "BMN_internkontrollplan_uppföljning_delår2025.ods"
    head = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Kontrollmetod", "Status delår", "Kommentar (ange även ev. avvikelse)"]
    width = [5, 16, 44, 18, 26, 18, 55]
    ctl = [
        C(1, "Handläggning", "Handläggningstid för bygglov inom lagstadgade 10 veckor", "Delvis genomförd",
          "Granskat jan–apr: 94 % av ärendena inom tid. 7 ärenden överskred tidsfristen och avgiften reducerades. "
          "Maj–aug granskas under hösten.", "", avv="ja", ansv="Bygglovschef", metod="Uttag ur Castor"),
        C(2, "Avgifter", "Debitering av avgifter för bygglov enligt gällande taxa", "Genomförd",
          "Stickprov 15 ärenden, samtliga rätt debiterade.", "", avv="nej", ansv="Administratör",
          metod="Stickprov 15 ärenden"),
        C(3, "Tillsyn", "Tillsyn av livsmedelsverksamheter enligt tillsynsplan", "Delvis genomförd",
          "62 av 110 planerade kontroller utförda t.o.m. augusti.", "", ansv="Miljöchef",
          metod="Uppföljning mot tillsynsplan"),
        C(4, "Delegering", "Delegationsbeslut anmäls till nämnden", "Genomförd",
          "Samtliga delegationslistor har anmälts vid nämndens sammanträden.", "", avv="nej",
          ansv="Nämndsekreterare", metod="Jämförelse ärendesystem/protokoll"),
        C(5, "Arkiv", "Arkivering av avslutade bygglovsärenden i e-arkivet", "Ej genomförd",
          "Resursbrist, kontrollen flyttas till 2026.", "", ansv="Arkivansvarig", metod="Stickprov"),
        C(6, "Jäv", "Jävsdeklarationer för handläggare och förtroendevalda", "Genomförd",
          "Genomförd. Avvikelse: en handläggare hade inte lämnat deklaration, åtgärdat i maj.", "", avv="ja",
          ansv="Förvaltningschef", metod="Genomgång av deklarationer"),
        C(7, "Miljö", "Uppföljning av förelägganden om enskilda avlopp", "Ej påbörjad",
          "Planeras till oktober.", "", ansv="Miljöinspektör", metod="Stickprov 10 förelägganden"),
        C(8, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
          "Inga avvikelser.", "", avv="nej", ansv="Förvaltningsekonom", metod="Stickprov 20 fakturor"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    row_fn = lambda c: [c["nr"], c["proc"], c["km"], c["ansv"], c["metod"], c["status"], c["kommentar"]]
    template_sheet(ws, "Bygg- och miljönämnden", ctl,
                   "Internkontrollplan 2025 – uppföljning delår (januari–augusti)", "2025-09-05",
                   "Johan Berg, förvaltningsekonom", head=head, width=width, row_fn=row_fn, status_col="F")
    add_list_sheet(wb)
    wb.active = 0
    src = os.path.join(tmp, "bmn.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "ods",
                    "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "bmn.ods"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Bygg- och miljönämnden", "2025", "DELAR"))
    expect(fil, "Bygg- och miljönämnden", ctl)


# ---------------------------------------------------------------------------
# 3. Socialnämnden – template table pasted into Word
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def file_sn():
    fil = "Socialnämnden_IK_delår_2025.docx"
    ctl = [
        C(1, "Myndighetsutövning barn och unga",
          "Utredningar inom barn och unga avslutas inom fyra månader", "Delvis genomförd",
          "Stickprov 20 ärenden: 16 avslutade inom tid, 4 överskred fyramånadersgränsen. Orsak: vakanser bland "
          "socialsekreterare.\nResterande stickprov görs i oktober.", "", avv="ja", ansv="Enhetschef BoU"),
        C(2, "Ekonomiskt bistånd",
          "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen", "Genomförd",
          "Inga avvikelser i stickprov om 25 beslut.", "", avv="nej", ansv="Enhetschef försörjningsstöd"),
        C(3, "Myndighetsutövning barn och unga",
          "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "",
          "Kontrollen är genomförd. Samtliga 40 granskade anmälningar var förhandsbedömda inom 14 dagar.", "",
          exp="GENOMFORD", avv="nej", ansv="Enhetschef mottagning"),
        C(4, "Ekonomiskt bistånd",
          "Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut", "Genomförd",
          "Genomförd med anmärkning: två utbetalningar saknade underskrift av handläggare.", "",
          avv="ja", ansv="Controller"),
        C(5, "Placeringar", "Avtalsuppföljning av externa placeringar (HVB)", "Ej genomförd",
          "Ej genomförd under perioden, prioriteras under hösten.", "", ansv="Avdelningschef IFO"),
        C(6, "Informationssäkerhet", "Loggkontroll i verksamhetssystemet Treserva", "",
          "Se bilaga 2", "", exp="OKLAR", avv="", ansv="Systemförvaltare"),
        C(7, "Ekonomi", "Hantering av klienters privata medel", "Utgår",
          "Ej aktuell – verksamheten är överförd till vård- och omsorgsnämnden.", "", ansv="Avdelningschef"),
        C(8, "Dokumentation", "Dokumentation av genomförandeplaner inom LSS", "Delvis genomförd",
          "Pågår, redovisas i helårsuppföljningen.", "", ansv="Enhetschef LSS"),
        C(9, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "", "",
          avv="", ansv="Förvaltningsekonom"),
    ]
    d = docx.Document()
    landscape(d)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Höganäs kommun\tSocialförvaltningen\tDnr SN 2025/0112"
    d.add_heading("Socialnämnden – uppföljning av internkontrollplan 2025, delår", level=1)
    d.add_paragraph("Period: januari–augusti 2025")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 2025-01-29 (§ 8). Av planens nio kontrollmoment "
        "har tre genomförts helt under perioden. Två kontroller har visat avvikelser som föranleder åtgärder. "
        "Uppföljningen har gjorts i kommunens mall och tabellen har klistrats in nedan.")
    d.add_heading("Uppföljning per kontrollmoment", level=2)
    head = ["Nr", "Process/rutin", "Kontrollmoment", "Ansvarig", "Status delår 2025", "Resultat/kommentar"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for j, h in enumerate(head):
        c = t.rows[0].cells[j]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "1F4E78")
        c.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    for ctl_ in ctl:
        cells = t.add_row().cells
        vals = [str(ctl_["nr"]), ctl_["proc"], ctl_["km"], ctl_["ansv"], ctl_["status"], ctl_["kommentar"]]
        for j, v in enumerate(vals):
            lines = v.split("\n")
            cells[j].text = lines[0]
            for extra in lines[1:]:
                cells[j].add_paragraph(extra)
        if ctl_["status"]:
            shade(cells[4], COLOURS[ctl_["status"]])
    widths = [Cm(1.0), Cm(4.0), Cm(6.5), Cm(3.5), Cm(3.2), Cm(8.0)]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Loggkontroll Treserva (skickas separat, innehåller personuppgifter).")
    d.add_paragraph()
    d.add_paragraph("Höganäs 2025-09-08")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))
    expect(fil, "Socialnämnden", ctl)


# ---------------------------------------------------------------------------
# 4. Utbildningsnämnden – Helår 2024 sheet left beside the Delår 2025 sheet
# ---------------------------------------------------------------------------
def file_un():
    fil = "UN_Internkontroll_2025.xlsx"
    ctl24 = [
        C(1, "Skolskjuts", "Skolskjuts beviljas enligt gällande riktlinjer", "Delvis genomförd",
          "Stickprov gjort för höstterminen.", "", ansv="Skolskjutshandläggare", risk="6"),
        C(2, "Elevhälsa", "Kränkande behandling anmäls till huvudman inom rutinens tidsgränser", "Ej genomförd",
          "Ej genomförd 2024, flyttas till plan 2025.", "", ansv="Verksamhetschef grundskola", risk="12"),
        C(3, "Ekonomi", "Ersättning till fristående förskolor och skolor (skolpeng) betalas ut korrekt",
          "Genomförd", "Inga avvikelser.", "Nej", ansv="Controller", risk="9"),
        C(4, "Personal", "Registerkontroll av personal i förskola och skola", "Genomförd",
          "Tre vikarier saknade utdrag vid anställning.", "Ja", ansv="HR-partner", risk="12"),
        C(5, "IT", "Inventarieförteckning för IT-utrustning (elevdatorer)", "Genomförd",
          "Inventering klar i december.", "Nej", ansv="IT-samordnare", risk="4"),
        C(6, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
          "Inga avvikelser.", "Nej", ansv="Förvaltningsekonom", risk="9"),
        C(7, "Kost", "Specialkost dokumenteras med intyg", "Genomförd",
          "Intyg saknades för 5 elever, kompletterat.", "Ja", ansv="Kostchef", risk="6"),
    ]
    ctl25 = [
        C(1, "Skolskjuts", "Skolskjuts beviljas enligt gällande riktlinjer", "Genomförd",
          "Stickprov 20 beslut vårterminen, samtliga enligt riktlinjer.", "Nej", ansv="Skolskjutshandläggare",
          risk="6", metod="Stickprov 20 beslut", frekv="Maj"),
        C(2, "Elevhälsa", "Kränkande behandling anmäls till huvudman inom rutinens tidsgränser",
          "Delvis genomförd", "Kontroll gjord för grundskolan, förskolan återstår.", "",
          ansv="Verksamhetschef grundskola", risk="12", metod="Uttag ur DF Respons", frekv="Juni, nov"),
        C(3, "Ekonomi", "Ersättning till fristående förskolor och skolor (skolpeng) betalas ut korrekt",
          "Genomförd", "Avvikelse: dubbel utbetalning för 3 elever i mars, beloppet är återkrävt.", "Ja",
          ansv="Controller", risk="9", metod="Avstämning mot elevregister", frekv="Varje månad",
          atg="Kontroll mot folkbokföring läggs in före utbetalning."),
        C(4, "Elevhälsa", "Frånvarorapportering och uppföljning av elever med hög frånvaro", "Ej genomförd",
          "Inte genomförd p.g.a. byte av lärplattform.", "", ansv="Rektorer", risk="12",
          metod="Uttag ur frånvarosystem", frekv="April"),
        C(5, "Personal", "Registerkontroll av personal i förskola och skola", "Genomförd",
          "Samtliga 42 nyanställda hade uppvisat utdrag.", "Nej", ansv="HR-partner", risk="12",
          metod="Stickprov nyanställda", frekv="Aug"),
        C(6, "Elevhälsa", "Elevhälsans journalföring följer patientdatalagen", "Ej påbörjad", "", "",
          ansv="Verksamhetschef elevhälsa", risk="8", metod="Journalgranskning", frekv="Nov"),
        C(7, "IT", "Inventarieförteckning för IT-utrustning (elevdatorer)", "Utgår",
          "Utgår, ersätts av leasingavtal med leverantörens inventering.", "", ansv="IT-samordnare", risk="4"),
        C(8, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
          "Inga avvikelser.", "Nej", ansv="Förvaltningsekonom", risk="9", metod="Stickprov", frekv="Aug"),
        C(9, "Undervisning", "Kontroll av att modersmålsundervisning erbjuds enligt skollagen", "", "", "",
          exp="SAKNAS", avv="", ansv="Skolchef", risk="6", metod="Genomgång av ansökningar", frekv="Sep"),
    ]
    wb = Workbook()
    ws24 = wb.active
    ws24.title = "Helår 2024"
    head24 = [h.replace("delår 2025", "helår 2024") for h in TEMPLATE_HEAD]
    template_sheet(ws24, "Utbildningsnämnden", ctl24, "Uppföljning av internkontrollplan 2024 – helår",
                   "2025-01-20", "Lena Ek, controller", head=head24)
    ws25 = wb.create_sheet("Delår 2025")
    template_sheet(ws25, "Utbildningsnämnden", ctl25,
                   "Uppföljning av internkontrollplan 2025 – delårsrapport (jan–aug)", "2025-09-10",
                   "Lena Ek, controller")
    add_instruction_sheet(wb)
    add_list_sheet(wb)
    wb.active = 1
    ws24.sheet_view.tabSelected = False
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Utbildningsnämnden", "2025", "DELAR"))
    expect(fil, "Utbildningsnämnden", ctl25)


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden – risk matrix added above the table, process headings
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "Samhällsbyggnad_IK-plan_uppföljning_aug2025.xlsx"
    groups = [
        ("Process: Upphandling och inköp", [
            C("R1", "", "Direktupphandlingar över 100 000 kr dokumenteras", "Genomförd",
              "Samtliga 14 direktupphandlingar dokumenterade i avtalsdatabasen.", "Nej", risk="8 (S2×K4)",
              ansv="Inköpssamordnare", metod="Genomgång avtalsdatabas", frekv="Aug"),
            C("R2", "", "Inköp sker från avtalade leverantörer", "Delvis genomförd",
              "Uppföljning av entreprenad och drivmedel klar, övriga kategorier granskas under hösten.", "",
              risk="12 (S3×K4)", ansv="Inköpssamordnare", metod="Spendanalys", frekv="Delår, helår"),
        ]),
        ("Process: Investeringar", [
            C("R3", "", "Investeringsprojekt följs upp mot beslutad budget", "Genomförd",
              "Två projekt (Väsbyvägen etapp 2, Hamnplan) prognostiserar överskridande > 10 %. "
              "Rapporterat till nämnden i juni.", "Ja", risk="16 (S4×K4)", ansv="Projektchef",
              metod="Projektuppföljning", frekv="Tertialvis", atg="Beslut om omprioritering i investeringsplanen."),
            C("R4", "", "Aktivering av avslutade investeringsprojekt sker löpande", "Ej genomförd",
              "Ej genomförd p.g.a. personalbyte på ekonomienheten.", "", risk="9 (S3×K3)",
              ansv="Controller", metod="Avstämning anläggningsregister", frekv="Juni"),
        ]),
        ("Process: Fastighet och gata", [
            C("R5", "", "Lekplatsbesiktningar utförs enligt plan", "Genomförd",
              "Samtliga 38 lekplatser besiktigade i april–maj.", "Nej", risk="10 (S2×K5)",
              ansv="Parkchef", metod="Besiktningsprotokoll", frekv="Maj"),
            C("R6", "", "Felanmälningar i Infracontrol åtgärdas inom avtalad tid", "Ej påbörjad", "", "",
              risk="6 (S3×K2)", ansv="Driftchef gata", metod="Uttag ur Infracontrol", frekv="Okt"),
            C("R7", "", "Vinterväghållning – kontroll av entreprenörens tidrapporter", "Utgår",
              "Utgår – avtalet med entreprenören har upphört, ny upphandling klar till säsongen 2025/26.", "",
              risk="9 (S3×K3)", ansv="Driftchef gata", metod="Stickprov tidrapporter", frekv="Mars"),
            C("R8", "", "Hyresavtal för kommunens lokaler är uppdaterade och registrerade", "Delvis genomförd",
              "Externa förhyrningar genomgångna, interna hyresavtal kvar.", "", risk="6 (S2×K3)",
              ansv="Fastighetschef", metod="Avtalsgenomgång", frekv="Aug"),
        ]),
        ("Process: VA och avfall", [
            C("R9", "", "Fakturering av VA-avgifter stäms av mot mätarställningar", "Genomförd",
              "Differens i 12 abonnemang, felaktiga fakturor krediterade och rättade.", "Ja",
              risk="12 (S3×K4)", ansv="VA-chef", metod="Avstämning mätarregister/kundsystem", frekv="April",
              atg="Rutin för mätarbyte uppdaterad."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    # Title block
    ws["A1"] = "Höganäs kommun"
    ws["A1"].font = Font(bold=True, color="1F4E78")
    ws["A2"] = "Samhällsbyggnadsnämnden – internkontrollplan 2025 med uppföljning delår"
    ws["A2"].font = Font(bold=True, size=14)
    # Risk matrix (rows 4-11)
    ws["A4"] = "Riskmatris (riskvärde = sannolikhet × konsekvens)"
    ws["A4"].font = Font(bold=True)
    placed = {(2, 4): "R1", (3, 4): "R2, R9", (4, 4): "R3", (3, 3): "R4, R7", (2, 5): "R5", (3, 2): "R6",
              (2, 3): "R8"}
    ws["B5"] = "Konsekvens →"
    ws["A6"] = "Sannolikhet ↓"
    for k in range(1, 6):
        ws.cell(row=5, column=2 + k, value=f"{k}").font = Font(bold=True)
    labels = {5: "5 Mycket sannolik", 4: "4 Sannolik", 3: "3 Möjlig", 2: "2 Mindre sannolik", 1: "1 Osannolik"}
    for i, s in enumerate(range(5, 0, -1)):
        rr = 6 + i
        ws.cell(row=rr, column=2, value=labels[s])
        for k in range(1, 6):
            v = s * k
            col = "C6EFCE" if v <= 4 else ("FFEB9C" if v <= 9 else ("F8CBAD" if v <= 15 else "FF7C80"))
            txt = f"{v}" + (f"\n{placed[(s, k)]}" if (s, k) in placed else "")
            c = ws.cell(row=rr, column=2 + k, value=txt)
            c.fill = PatternFill("solid", fgColor=col)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = BOX
        ws.row_dimensions[rr].height = 30
    ws["A12"] = "1–4 låg risk, 5–9 medel, 10–15 hög, 16–25 mycket hög"
    ws["A12"].font = Font(italic=True, size=9)
    # Meta
    ws["A14"] = "Nämnd:"
    ws["C14"] = "Samhällsbyggnadsnämnden"
    ws["A15"] = "Datum:"
    ws["C15"] = "2025-09-11"
    ws["E15"] = "Uppföljning gjord av:"
    ws["F15"] = "Peter Sjöstrand, verksamhetscontroller"
    for a in ("A14", "A15", "E15"):
        ws[a].font = Font(bold=True)
    ws["A16"] = ("Välj status i rullistan. Cellen färgas automatiskt: grön = Genomförd, gul = Delvis genomförd, "
                 "röd = Ej genomförd, grå = Ej påbörjad, blå = Utgår.")
    ws["A16"].font = Font(italic=True, size=9)
    hr = 18
    head = ["Risk-id", "Process/rutin", "Kontrollmoment", "Riskvärde\n(S×K)", "Kontrollmetod", "Ansvarig",
            "Frekvens/\ntidpunkt", "Status delår 2025", "Resultat/kommentar", "Avvikelse\n(Ja/Nej)",
            "Åtgärd vid avvikelse"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    widths = [8, 16, 42, 11, 26, 18, 12, 18, 46, 11, 32]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = max(w, 14 if j in (3, 4, 5, 6, 7) else w)
    rr = hr + 1
    all_ctl = []
    for gname, ctls in groups:
        ws.cell(row=rr, column=1, value=gname).font = Font(bold=True)
        for j in range(1, 12):
            ws.cell(row=rr, column=j).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=11)
        rr += 1
        for c_ in ctls:
            vals = [c_["nr"], "", c_["km"], c_["risk"], c_["metod"], c_["ansv"], c_["frekv"], c_["status"],
                    c_["kommentar"], c_["avv_col"], c_.get("atg", "")]
            for j, v in enumerate(vals, 1):
                cell = ws.cell(row=rr, column=j, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            rr += 1
            all_ctl.append(c_)
    add_status_validation_and_colours(ws, "H", hr + 1, rr + 5)
    ws.cell(row=rr + 1, column=1, value="Antal kontrollmoment: 9. Genomförda: 4. Delvis: 2. Ej genomförda/ej påbörjade: 2. Utgår: 1.")
    ws.cell(row=rr + 3, column=1, value="Godkänd av förvaltningschef Karin Dahl 2025-09-11")
    add_list_sheet(wb)
    wb.active = 0
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))
    expect(fil, "Samhällsbyggnadsnämnden", all_ctl)


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden – nämnd only in file name and print header; extra helår column
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_internkontroll_delar_2025.xlsx"
    head = ["Nr", "Process/rutin", "Kontrollmoment", "Risk\n(S×K)", "Kontrollmetod", "Ansvarig",
            "Frekvens/\ntidpunkt", "Status delår", "Status helår", "Resultat/kommentar", "Avvikelse\n(Ja/Nej)"]
    width = [5, 18, 42, 8, 24, 18, 12, 18, 16, 48, 11]
    ctl = [
        C(1, "Kontanthantering",
          "Kontanthantering i kassan på Höganäs sim- och sporthall stäms av dagligen", "Genomförd",
          "Stickprov 10 dagar. En differens på 200 kr, förklarad och dokumenterad.", "Ja", risk="9",
          metod="Stickprov dagskassor", ansv="Badchef", frekv="Mars, aug"),
        C(2, "Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna", "Genomförd",
          "Samtliga 12 granskade bidrag enligt regelverket.", "Nej", risk="8",
          metod="Stickprov 12 bidrag", ansv="Föreningskonsulent", frekv="Juni"),
        C(3, "Uthyrning", "Uthyrning av lokaler och idrottshallar debiteras enligt taxa", "Delvis genomförd",
          "Idrottshallarna kontrollerade, samlingslokaler återstår.", "", risk="6",
          metod="Bokningssystem mot fakturering", ansv="Bokningsansvarig", frekv="Aug"),
        C(4, "Konst", "Inventering av kommunens konstsamling", "Ej påbörjad",
          "Startar i oktober.", "", risk="4", metod="Inventering mot register", ansv="Kulturchef", frekv="Okt"),
        C(5, "Inköp", "Biblioteksmedia – inköp följer upphandlat avtal", "Genomförd med anmärkning",
          "Två inköp gjorda utanför avtal, berörd personal informerad.", "Ja", exp="GENOMFORD", avv="ja",
          risk="6", metod="Genomgång av fakturor", ansv="Bibliotekschef", frekv="Maj"),
        C(6, "Personal", "Registerkontroll av ledare i sommarlovsaktiviteter", "Genomförd",
          "Utdrag uppvisat för samtliga 26 feriearbetsledare.", "Nej", risk="12",
          metod="Genomgång av utdrag", ansv="Fritidschef", frekv="Juni"),
        C(7, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ej genomförd", "", "",
          risk="9", metod="Stickprov 20 fakturor", ansv="Förvaltningsekonom", frekv="Aug"),
        C(8, "Evenemang", "Tillstånd och säkerhetsplan finns före genomförande av evenemang", "Utgår",
          "Utgår enligt beslut KFN 2025-04-22 § 31 (hanteras i kommungemensam evenemangsprocess).", "",
          risk="8", metod="Genomgång", ansv="Evenemangssamordnare", frekv="Juli"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    row_fn = lambda c: [c["nr"], c["proc"], c["km"], c["risk"], c["metod"], c["ansv"], c["frekv"], c["status"],
                        "", c["kommentar"], c["avv_col"]]
    template_sheet(ws, "", ctl, "Uppföljning av internkontrollplan 2025 – delårsrapport (jan–aug)",
                   "2025-09-04", "", head=head, width=width, row_fn=row_fn, status_col="H")
    # the helår column also has the drop-down (template change), but nothing entered yet
    add_status_validation_and_colours(ws, "I", 8, 25)
    ws.oddHeader.left.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.right.text = "Delår 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    add_instruction_sheet(wb)
    add_list_sheet(wb)
    wb.active = 0
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))
    expect(fil, "Kultur- och fritidsnämnden", ctl)


# ---------------------------------------------------------------------------
# 7. CSV export, status as % done (0-100), two nämnder
# ---------------------------------------------------------------------------
def pct_row(org, id_, proc, km, ansv, pct, komm, avv, exp, eavv):
    return dict(org=org, id=id_, proc=proc, km=km, ansv=ansv, pct=pct, komm=komm, avv_col=avv, exp=exp, avv=eavv)


def file_csv():
    fil = "Stratsys_export_internkontroll_20250908.csv"
    V, O = "Vård- och omsorgsförvaltningen", "Överförmyndarnämnden"
    rows = [
        pct_row(V, "IK-VON-01", "Läkemedel", "Läkemedelshantering – kontroll av signeringslistor", "MAS", "100",
                "Stickprov på två särskilda boenden; tre osignerade doser, avvikelser registrerade.", "Ja",
                "GENOMFORD", "ja"),
        pct_row(V, "IK-VON-02", "Avgifter", "Debitering av avgifter inom hemtjänst stäms av mot utförd tid",
                "Avgiftshandläggare", "60", "Januari–maj avstämt, inga differenser hittills.", "Nej",
                "DELVIS", "nej"),
        pct_row(V, "IK-VON-03", "Myndighetsutövning",
                "Biståndsbeslut inom äldreomsorgen följs upp inom sex månader", "Enhetschef biståndsenheten",
                "100", "", "Nej", "GENOMFORD", "nej"),
        pct_row(V, "IK-VON-04", "Ekonomi", "Hantering av brukares privata medel på särskilt boende",
                "Enhetschefer SÄBO", "0", "Ej påbörjad, planerad till kvartal 4.", "", "EJ_GENOMFORD", ""),
        pct_row(V, "IK-VON-05", "Kvalitet", "Registrering av avvikelser i verksamhetssystemet Lifecare",
                "Kvalitetsutvecklare", "25", "Pågår", "", "DELVIS", ""),
        pct_row(V, "IK-VON-06", "Informationssäkerhet", "Loggkontroll i journalsystemet", "Systemförvaltare",
                "", "", "", "SAKNAS", ""),
        pct_row(V, "IK-VON-07", "Bemanning", "Bemanningsföretag anlitas enligt avtal", "HR-strateg", "",
                "Utgår – inga bemanningsföretag anlitas 2025 enligt beslut VON 2025-02-19 § 12.", "",
                "UTGAR", ""),
        pct_row(O, "IK-ÖFN-01", "Granskning", "Granskning av årsräkningar inom föreskriven tid",
                "Handläggare", "75", "312 av 415 årsräkningar granskade per 31 augusti.", "", "DELVIS", ""),
        pct_row(O, "IK-ÖFN-02", "Arvoden", "Arvoden till ställföreträdare beräknas enligt riktlinjer",
                "Enhetschef", "100", "Inga fel i stickprov om 15 arvodesbeslut.", "Nej", "GENOMFORD", "nej"),
        pct_row(O, "IK-ÖFN-03", "Rekrytering", "Registerkontroll av nya ställföreträdare", "Rekryterare",
                "100", "En ställföreträdare saknade utdrag ur belastningsregistret – komplettering begärd.", "Ja",
                "GENOMFORD", "ja"),
        pct_row(O, "IK-ÖFN-04", "Arkiv", "Akter arkiveras enligt dokumenthanteringsplan", "Administratör", "0",
                "", "", "EJ_GENOMFORD", ""),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Rapport: Internkontroll – uppföljning", "Höganäs kommun", "Period: Delår 2025 (jan–aug)",
                    "Utskriven: 2025-09-08 14:32"])
        w.writerow([])
        w.writerow(["Organisation", "Id", "Process", "Kontrollmoment", "Ansvarig",
                    "Status (% genomfört 0–100. OBS! 100 = genomförd, 0 = ej påbörjad, tomt = ej rapporterat)",
                    "Kommentar", "Avvikelse"])
        for r in rows:
            w.writerow([r["org"], r["id"], r["proc"], r["km"], r["ansv"], r["pct"], r["komm"], r["avv_col"]])
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "DELAR"))
    for r in rows:
        n = "Vård- och omsorgsnämnden" if r["org"] == V else "Överförmyndarnämnden"
        EXPECTED.append((fil, n, r["km"], r["exp"], r["avv"]))


# ---------------------------------------------------------------------------
# 8. Covering letter – must be rejected
# ---------------------------------------------------------------------------
def file_letter():
    fil = "Följebrev_internkontroll_delår_2025.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Höganäs kommun\tVård- och omsorgsförvaltningen"
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_paragraph("Datum: 2025-09-08")
    d.add_heading("Följebrev – uppföljning av internkontrollplan, delår 2025", level=1)
    d.add_paragraph(
        "Härmed översänds vård- och omsorgsnämndens uppföljning av internkontrollplanen för perioden "
        "januari–augusti 2025. Uppföljningen har tagits ut som export ur Stratsys och bifogas detta brev.")
    d.add_paragraph(
        "Uppföljningen behandlas av vård- och omsorgsnämnden vid sammanträdet den 24 september 2025. "
        "Eventuella ändringar efter nämndens behandling meddelas snarast.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Sofia Nilsson\nVerksamhetscontroller\nVård- och omsorgsförvaltningen\n042-33 71 00")
    d.add_paragraph()
    d.add_paragraph("Bilaga: Stratsys_export_internkontroll_20250908.csv")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Miljö- och byggförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Utbildningsnämnden", "UN|Utbildningsförvaltningen|Barn och utbildning"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("AB Höganäshem", "Höganäshem|Höganäshem AB"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r597-")
    try:
        file_ks()
        file_bmn(tmp)
        file_sn()
        file_un()
        file_sbn()
        file_kfn()
        file_csv()
        file_letter()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
