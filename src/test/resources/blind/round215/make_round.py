#!/usr/bin/python3
"""Blind round r215 - Backa kommun, T1 2025: the first follow-up under a new common template.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py   (from anywhere; writes next to this script)
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round215"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# The new common template (xlsx): shared by KS, BUN, SBN/MHN and the blank template
# ---------------------------------------------------------------------------
NAMNDLISTA = ["Välj nämnd", "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden",
              "Vård- och omsorgsnämnden", "Kultur- och fritidsnämnden", "Samhällsbyggnadsnämnden",
              "Tekniska nämnden", "Miljö- och hälsoskyddsnämnden", "Överförmyndarnämnden", "Valnämnden"]
STATUSLISTA = ["Genomförd", "Genomförd med avvikelse", "Delvis genomförd", "Ej genomförd",
               "Ej påbörjad", "Utgår"]
PERIODLISTA = ["T1", "T2", "Helår"]
HEAD = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
        "Status T1", "Status T2", "Status Helår", "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADFILL = PatternFill("solid", fgColor="1F4E78")
INPUTFILL = PatternFill("solid", fgColor="FFF2CC")


def add_listor(wb):
    ls = wb.create_sheet("Listor")
    ls["A1"] = "Nämnd"
    ls["B1"] = "Status"
    ls["C1"] = "Period"
    ls["D1"] = "Avvikelse"
    for i, n in enumerate(NAMNDLISTA, start=2):
        ls.cell(i, 1, n)
    for i, s in enumerate(STATUSLISTA, start=2):
        ls.cell(i, 2, s)
    for i, p in enumerate(PERIODLISTA, start=2):
        ls.cell(i, 3, p)
    ls["D2"] = "Ja"
    ls["D3"] = "Nej"
    ls.sheet_state = "hidden"


def add_instruktion(wb):
    ws = wb.create_sheet("Instruktion", 0)
    rows = [
        "Instruktion – uppföljning av internkontrollplan 2025",
        "",
        "1. Välj nämnd och uppföljningsperiod i de gula cellerna överst på fliken Uppföljning.",
        "2. För in nämndens antagna kontrollmoment (kolumn B–G) om de inte redan finns.",
        "3. Ange status för aktuell period i rullistan: Genomförd, Genomförd med avvikelse, "
        "Delvis genomförd, Ej genomförd, Ej påbörjad eller Utgår.",
        "4. Kommentar ska alltid lämnas vid status Delvis genomförd, Ej genomförd, Ej påbörjad och Utgår.",
        "5. Skriv nämndens samlade bedömning av den interna kontrollen längst ned.",
        "6. Skicka filen till ekonomiavdelningen senast 2025-05-09. Filnamn: <nämnd> IK <period> 2025.",
        "",
        "Frågor: Ekonomiavdelningen, Backa kommun, ekonomi@backa.se",
    ]
    for i, t in enumerate(rows, start=1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 110


def new_template_sheet(ws, namnd, period, ifylld, datum, controls, bedomning,
                       groups=None, max_rows=None):
    """controls: list of dicts with keys nr, process, risk, km, metod, frekvens, ansvarig,
    t1, t2, hel, avv, kommentar.  groups: {index_before_which: heading text}."""
    groups = groups or {}
    ws["A1"] = "Backa kommun"
    ws["A1"].font = Font(bold=True, size=11, color="1F4E78")
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Nämnd:"
    ws["C3"] = namnd
    ws["A4"] = "Uppföljningsperiod:"
    ws["C4"] = period
    ws["A5"] = "Ifylld av:"
    ws["C5"] = ifylld
    ws["F5"] = "Datum:"
    ws["G5"] = datum
    for ref in ("A3", "A4", "A5", "F5"):
        ws[ref].font = Font(bold=True)
    for ref in ("C3", "C4", "C5", "G5"):
        ws[ref].fill = INPUTFILL
        ws[ref].border = BOX
    ws.merge_cells("C3:E3")
    ws.merge_cells("C4:E4")
    ws.merge_cells("C5:E5")
    ws["A7"] = ("Ange status för aktuell period i rullistan. Kommentar ska alltid lämnas vid status "
                "Delvis genomförd, Ej genomförd, Ej påbörjad och Utgår.")
    ws["A7"].font = Font(italic=True, color="595959")
    ws.merge_cells("A7:L7")
    hr = 8
    for c, h in enumerate(HEAD, start=1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEADFILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    widths = [5, 18, 26, 42, 26, 11, 18, 15, 15, 15, 11, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    r = hr + 1
    first_data = r
    for idx, c in enumerate(controls):
        if idx in groups:
            ws.cell(r, 1, groups[idx])
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            r += 1
        vals = [c.get("nr"), c.get("process"), c.get("risk"), c["km"], c.get("metod"),
                c.get("frekvens"), c.get("ansvarig"), c.get("t1"), c.get("t2"), c.get("hel"),
                c.get("avv"), c.get("kommentar")]
        for col, v in enumerate(vals, start=1):
            cell = ws.cell(r, col, v if v not in ("",) else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BOX
        r += 1
    n_rows = max_rows or 0
    while r < first_data + n_rows:
        for col in range(1, 13):
            ws.cell(r, col).border = BOX
        r += 1
    last_data = r - 1
    # drop-downs
    dv_status = DataValidation(type="list", formula1="=Listor!$B$2:$B$7", allow_blank=True)
    dv_status.showErrorMessage = False  # the template lets you type anything - people do
    dv_avv = DataValidation(type="list", formula1="=Listor!$D$2:$D$3", allow_blank=True)
    dv_n = DataValidation(type="list", formula1="=Listor!$A$2:$A$12", allow_blank=False)
    dv_p = DataValidation(type="list", formula1="=Listor!$C$2:$C$4", allow_blank=False)
    for dv in (dv_status, dv_avv, dv_n, dv_p):
        ws.add_data_validation(dv)
    dv_status.add(f"H{first_data}:J{max(last_data, first_data)}")
    dv_avv.add(f"K{first_data}:K{max(last_data, first_data)}")
    dv_n.add("C3")
    dv_p.add("C4")
    r += 1
    ws.cell(r, 1, "Bedömning av intern kontroll")
    ws.cell(r, 1).font = Font(bold=True, size=12)
    r += 1
    ws.cell(r, 1, bedomning)
    ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 3, end_column=12)
    ws.freeze_panes = "A9"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "8:8"


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - new template, used as intended (easy)
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS IK T1 2025.xlsx"
    N = "Kommunstyrelsen"
    C = [
        dict(nr=1, process="Ekonomi", risk="Felaktiga utbetalningar",
             km="Attest av leverantörsfakturor enligt attestordningen",
             metod="Stickprov 30 fakturor", frekvens="Tertialvis", ansvarig="Redovisningschef",
             t1="Genomförd", avv="Nej", kommentar="30 fakturor granskade, samtliga korrekt attesterade.",
             st="GENOMFORD", a="nej"),
        dict(nr=2, process="Ekonomi", risk="Jäv vid attest",
             km="Kontroll av att beslutsattestant inte attesterar egna utlägg och representation",
             metod="Genomgång av samtliga representationsfakturor", frekvens="Tertialvis",
             ansvarig="Controller KLF", t1="Genomförd med avvikelse", avv="Ja",
             kommentar="1 av 12 representationsfakturor attesterad av person som själv deltog. "
                       "Återkopplat till ansvarig chef.", st="GENOMFORD", a="ja"),
        dict(nr=3, process="Personal", risk="Lön betalas ut efter avslutad anställning",
             km="Kontroll av att löneutbetalningar till avslutade anställningar har stoppats",
             metod="Avstämning avslutade anställningar mot lönelista", frekvens="Månadsvis",
             ansvarig="Lönechef", t1="Delvis genomförd", avv="Nej",
             kommentar="Januari och februari kontrollerade utan anmärkning, mars återstår.",
             st="DELVIS", a="nej"),
        dict(nr=4, process="IT och informationssäkerhet", risk="Obehörig åtkomst",
             km="Kontroll av att behörigheter i ekonomisystemet tas bort vid avslutad anställning",
             metod="Behörighetslista mot HR-system", frekvens="Halvår", ansvarig="Systemförvaltare",
             t1="Ej genomförd", avv="",
             kommentar="Ej genomförd på grund av byte av ekonomisystem. Genomförs T2.",
             st="EJ_GENOMFORD", a=""),
        dict(nr=5, process="Upphandling", risk="Otillåtna direktupphandlingar",
             km="Kontroll av direktupphandlingar över 100 tkr – dokumentation enligt riktlinje",
             metod="Samtliga direktupphandlingar > 100 tkr", frekvens="Tertialvis",
             ansvarig="Upphandlingschef", t1="Genomförd", avv="Ja",
             kommentar="Av 8 direktupphandlingar saknade 2 dokumentation. Utbildning för beställare planeras i maj.",
             st="GENOMFORD", a="ja"),
        dict(nr=6, process="Dokumenthantering", risk="Handlingar registreras inte",
             km="Diarieföring av inkomna handlingar inom fem arbetsdagar",
             metod="Stickprov 20 handlingar", frekvens="Halvår", ansvarig="Registrator",
             t1="Ej påbörjad", avv="", kommentar="Kontrollen görs under T2 enligt plan.",
             st="EJ_GENOMFORD", a=""),
        dict(nr=7, process="Säkerhet och beredskap", risk="Bristande krisledningsförmåga",
             km="Uppdaterad kontinuitetsplan för kommunens krisledning",
             metod="Granskning av plan", frekvens="Helår", ansvarig="Säkerhetssamordnare",
             t1="Utgår", avv="",
             kommentar="Utgår, ersätts av kommunövergripande projekt enligt beslut KS 2025-02-19 § 31.",
             st="UTGAR", a=""),
        dict(nr=8, process="Ekonomi", risk="Felaktig redovisning",
             km="Avstämning av balanskonton månadsvis med underlag",
             metod="Genomgång av avstämningsmallar", frekvens="Månadsvis", ansvarig="Redovisningschef",
             t1="", avv="", kommentar="", st="SAKNAS", a=""),
        dict(nr=9, process="Ekonomi", risk="Förlust av kontanter",
             km="Inventering av kontantkassor och förskottskassor",
             metod="Oanmäld inventering", frekvens="Tertialvis", ansvarig="Controller KLF",
             t1="", avv="Nej",
             kommentar="Inventering gjord 2025-04-10 av samtliga fyra kassor, inga differenser.",
             st="GENOMFORD", a="nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    new_template_sheet(ws, N, "T1", "Maria Holm, controller", "2025-05-07", C,
                       "Kommunstyrelsen bedömer att den interna kontrollen under första tertialet i "
                       "huvudsak har varit tillräcklig. Två avvikelser har noterats (representation och "
                       "direktupphandling) och åtgärder är vidtagna. Kontrollen av behörigheter skjuts "
                       "till T2 på grund av systembytet.", max_rows=15)
    add_instruktion(wb)
    add_listor(wb)
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    for c in C:
        exp(fil, N, c["km"], c["st"], c["a"])


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - new template, nämnd never chosen ("Välj nämnd"),
#    nämnd only in the file name and the print header; group rows; typed status "Pågår"
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN IKP uppföljning T1 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    C = [
        dict(nr="1.1", process="Skolpeng", risk="Felaktig skolpeng",
             km="Kontroll av att elevregistret (IST) stämmer mot folkbokföringen vid utbetalning av skolpeng",
             metod="Avstämning elevantal mot folkbokföring", frekvens="Februari, april, oktober",
             ansvarig="Controller BUF", t1="Genomförd", avv="Nej",
             kommentar="Avstämning i februari och april, inga differenser.", st="GENOMFORD", a="nej"),
        dict(nr="1.2", process="Interkommunal ersättning", risk="Intäkter uteblir",
             km="Interkommunal ersättning – fakturering till andra kommuner sker enligt rutin",
             metod="Jämförelse elevlista mot kundfakturor", frekvens="Tertialvis",
             ansvarig="Ekonom BUF", t1="Genomförd med avvikelse", avv="Ja",
             kommentar="4 elever från Lerums kommun ej fakturerade för HT 2024.\nFakturor skickade i mars 2025.",
             st="GENOMFORD", a="ja"),
        dict(nr="1.3", process="Inköp", risk="Inköp utanför avtal",
             km="Inköp sker från avtalade leverantörer (avtalstrohet)",
             metod="Rapport ur e-handelssystemet", frekvens="Halvår", ansvarig="Ekonom BUF",
             t1="Ej genomförd", avv="",
             kommentar="Rapport från e-handelssystemet saknas, kontrollen genomförs T2.",
             st="EJ_GENOMFORD", a=""),
        dict(nr="2.1", process="Kränkande behandling", risk="Anmälan till huvudman dröjer",
             km="Anmälan av kränkande behandling till huvudmannen inom fem arbetsdagar",
             metod="Stickprov i DF Respons, samtliga skolor", frekvens="Tertialvis",
             ansvarig="Kvalitetsstrateg", t1="Pågår", avv="",
             kommentar="Stickprov på 6 av 14 skolor klart, resterande i maj.",
             st="DELVIS", a=""),
        dict(nr="2.2", process="Gymnasiet", risk="Studiemedel betalas ut felaktigt",
             km="Uppföljning av frånvaro – rapportering till CSN vid ogiltig frånvaro",
             metod="Frånvarorapport mot CSN-rapportering", frekvens="Tertialvis",
             ansvarig="Rektor Backa gymnasium", t1="Genomförd", avv="Nej",
             kommentar="Samtliga 23 elever med ogiltig frånvaro rapporterade.", st="GENOMFORD", a="nej"),
        dict(nr="2.3", process="Skolskjuts", risk="Skolskjuts utan beslut",
             km="Skolskjuts – kontroll av att beslut finns för samtliga åkande",
             metod="Åklista mot beslut", frekvens="Helår", ansvarig="Skolskjutshandläggare",
             t1="", avv="", kommentar="", st="SAKNAS", a=""),
        dict(nr="3.1", process="Personal", risk="Olämplig person anställs",
             km="Kontroll av att utdrag ur belastningsregistret har visats vid nyanställning",
             metod="Stickprov 15 nyanställningar", frekvens="Tertialvis", ansvarig="HR-konsult",
             t1="Genomförd", avv="Nej", kommentar="15 av 15 hade dokumenterat utdrag.",
             st="GENOMFORD", a="nej"),
        dict(nr="3.2", process="Säkerhet", risk="Brand i skollokal",
             km="Systematiskt brandskyddsarbete – dokumenterade egenkontroller på samtliga enheter",
             metod="Genomgång av egenkontrollprotokoll", frekvens="Halvår", ansvarig="Säkerhetssamordnare",
             t1="Utgår", avv="",
             kommentar="Flyttas till Tekniska nämndens plan (fastighetsägare), beslut BUN 2025-03-18 § 27.",
             st="UTGAR", a=""),
    ]
    groups = {0: "Process: Ekonomi och administration", 3: "Process: Utbildning och elevhälsa",
              6: "Process: Personal och säkerhet"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    new_template_sheet(ws, "Välj nämnd", "T1", "Johan Ek", "2025-05-08", C,
                       "Förvaltningen bedömer att den interna kontrollen i allt väsentligt är tillräcklig. "
                       "Den konstaterade avvikelsen inom interkommunal ersättning är åtgärdad.",
                       groups=groups, max_rows=12)
    ws.oddHeader.center.text = "Barn- och utbildningsnämnden – internkontroll 2025"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    add_instruktion(wb)
    add_listor(wb)
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    for c in C:
        exp(fil, N, c["km"], c["st"], c["a"])


# ---------------------------------------------------------------------------
# 3. Samhällsbyggnadsförvaltningen - new template, two sheets: SBN and MHN
# ---------------------------------------------------------------------------
def build_sbf():
    fil = "Samhällsbyggnadsförvaltningen IK T1 2025.xlsx"
    SBN = "Samhällsbyggnadsnämnden"
    MHN = "Miljö- och hälsoskyddsnämnden"
    C1 = [
        dict(nr=1, process="Bygglov", risk="Beslut fattas inte i tid",
             km="Handläggningstid för bygglov – beslut inom lagstadgad tid (tio veckor)",
             metod="Stickprov 25 ärenden", frekvens="Tertialvis", ansvarig="Bygglovschef",
             t1="Delvis genomförd", avv="Ja",
             kommentar="Stickprov januari–mars klart: 3 av 25 ärenden över tio veckor utan förlängningsbeslut. "
                       "April granskas i maj.", st="DELVIS", a="ja"),
        dict(nr=2, process="Bygglov", risk="Felaktiga avgifter",
             km="Avgiftsuttag för bygglov enligt gällande taxa",
             metod="Stickprov 15 beslut", frekvens="Tertialvis", ansvarig="Bygglovschef",
             t1="Genomförd", avv="Nej", kommentar="Inga avvikelser.", st="GENOMFORD", a="nej"),
        dict(nr=3, process="Delegation", risk="Beslut anmäls inte",
             km="Kontroll av att delegationsbeslut anmäls till nämnden",
             metod="Jämförelse diarium mot delegationslistor", frekvens="Tertialvis",
             ansvarig="Nämndsekreterare", t1="Genomförd", avv="Nej", kommentar="",
             st="GENOMFORD", a="nej"),
        dict(nr=4, process="Lantmäteri", risk="Intäkter uteblir",
             km="Debitering av förrättningskostnader inom kommunal lantmäterimyndighet",
             metod="Avslutade förrättningar mot fakturor", frekvens="Halvår", ansvarig="Lantmäterichef",
             t1="Ej genomförd", avv="", kommentar="Ej genomförd, ansvarig handläggare vakant.",
             st="EJ_GENOMFORD", a=""),
        dict(nr=5, process="Informationshantering", risk="Personuppgifter sparas för länge",
             km="Gallring av personuppgifter i bygglovsarkivet enligt dokumenthanteringsplan",
             metod="Genomgång av arkiv", frekvens="Helår", ansvarig="Arkivarie",
             t1="Ej påbörjad", avv="", kommentar="", st="EJ_GENOMFORD", a=""),
        dict(nr=6, process="Bygglov", risk="Konsument saknar skydd",
             km="Kontroll av att färdigställandeskydd finns vid nybyggnation av småhus",
             metod="Stickprov startbesked", frekvens="Tertialvis", ansvarig="Byggnadsinspektör",
             t1="Genomförd", avv="",
             kommentar="Kontroll gjord i 12 ärenden. I ett ärende saknades intyg om färdigställandeskydd, "
                       "har kompletterats.", st="GENOMFORD", a="ja"),
    ]
    C2 = [
        dict(nr=1, process="Tillsyn", risk="Tillsynsplanen följs inte",
             km="Planerad tillsyn enligt tillsynsplan – andel genomförda besök",
             metod="Uppföljning i Ecos", frekvens="Tertialvis", ansvarig="Miljöchef",
             t1="Delvis genomförd", avv="Nej",
             kommentar="31 % av årets planerade besök genomförda (delmål 33 %).", st="DELVIS", a="nej"),
        dict(nr=2, process="Avgifter", risk="Sen eller utebliven debitering",
             km="Debitering av timavgift för tillsyn sker inom 30 dagar efter besök",
             metod="Stickprov 20 besök", frekvens="Tertialvis", ansvarig="Administratör",
             t1="Genomförd med avvikelse", avv="Ja",
             kommentar="2 av 20 debiteringar gjordes senare än 30 dagar.", st="GENOMFORD", a="ja"),
        dict(nr=3, process="Tillsyn", risk="Jäv",
             km="Dokumenterad jävsprövning vid tillsyn av kommunala verksamheter",
             metod="Genomgång av samtliga ärenden", frekvens="Tertialvis", ansvarig="Miljöchef",
             t1="Genomförd", avv="Nej", kommentar="7 ärenden, jävsprövning dokumenterad i samtliga.",
             st="GENOMFORD", a="nej"),
        dict(nr=4, process="Klagomål", risk="Klagande får ingen återkoppling",
             km="Hantering av klagomål – återkoppling till klagande inom två veckor",
             metod="Stickprov 10 klagomål", frekvens="Tertialvis", ansvarig="Gruppchef hälsoskydd",
             t1="Ej genomförd", avv="",
             kommentar="Ärendesystemet saknar rapport, manuell genomgång planeras i maj.",
             st="EJ_GENOMFORD", a=""),
        dict(nr=5, process="Livsmedel", risk="Brister följs inte upp",
             km="Livsmedelskontroll – uppföljning av brister vid extra offentlig kontroll",
             metod="Genomgång av ärenden", frekvens="Halvår", ansvarig="Gruppchef livsmedel",
             t1="Utgår", avv="",
             kommentar="Ej aktuell 2025, området ingår i Livsmedelsverkets revision.",
             st="UTGAR", a=""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SBN"
    new_template_sheet(ws, SBN, "T1", "Eva Sund, förvaltningscontroller", "2025-05-06", C1,
                       "Samhällsbyggnadsnämnden bedömer att den interna kontrollen är tillräcklig men att "
                       "handläggningstiderna för bygglov behöver följas upp särskilt under året.", max_rows=10)
    ws2 = wb.create_sheet("MHN")
    new_template_sheet(ws2, MHN, "T1", "Eva Sund, förvaltningscontroller", "2025-05-06", C2,
                       "Miljö- och hälsoskyddsnämnden bedömer att den interna kontrollen är tillräcklig.",
                       max_rows=10)
    add_instruktion(wb)
    add_listor(wb)
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "T1"))
    FILES.append((fil, "INLAST", MHN, "2025", "T1"))
    for c in C1:
        exp(fil, SBN, c["km"], c["st"], c["a"])
    for c in C2:
        exp(fil, MHN, c["km"], c["st"], c["a"])


# ---------------------------------------------------------------------------
# Reject: the blank new template itself, left in the inbox by the economy office
# ---------------------------------------------------------------------------
def build_blank_template():
    fil = "Mall IK-uppföljning 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    new_template_sheet(ws, "Välj nämnd", None, None, None, [],
                       "[Skriv nämndens bedömning av den interna kontrollen här]", max_rows=15)
    add_instruktion(wb)
    add_listor(wb)
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for rr in table.rows:
        for i, c in enumerate(rr.cells):
            if i < len(widths):
                c.width = widths[i]


def landscape(doc):
    from docx.enum.section import WD_ORIENT
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Socialnämnden - last year's own Word template: "Följer plan: Ja/Nej/Delvis"
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden uppföljning internkontroll tertial 1 2025.docx"
    N = "Socialnämnden"
    groups = [
        ("Myndighetsutövning IFO", [
            ("Utredningar förhandsbedöms inte i tid", "12",
             "Utredningar inom barn och unga avslutas inom fyra månader", "Ja",
             "Stickprov 20 utredningar. 2 utredningar pågick längre än fyra månader utan beslut om förlängning. "
             "Påminnelse till enhetschefer om rutinen.", "GENOMFORD", "ja"),
            ("Barn skyddas inte", "16",
             "Skyddsbedömning görs samma dag som anmälan inkommit", "Ja",
             "Samtliga 40 granskade anmälningar hade dokumenterad skyddsbedömning.", "GENOMFORD", "nej"),
            ("Rättsosäkra beslut", "9",
             "Beslut om bistånd är dokumenterade och kommunicerade med den enskilde", "Delvis",
             "Granskning klar för försörjningsstöd, återstår för missbruks- och beroendevården.",
             "DELVIS", ""),
        ]),
        ("Ekonomi", [
            ("Felaktiga utbetalningar", "12",
             "Utbetalning av ekonomiskt bistånd – kontroll mot inkomstuppgifter i SSBTEK", "Nej",
             "Ej genomförd på grund av vakant controllertjänst. Görs under T2.", "EJ_GENOMFORD", ""),
            ("Uteblivna intäkter", "6",
             "Fakturering av egenavgifter för placeringar på HVB och familjehem", "",
             "Se bilaga 2.", "OKLAR", ""),
        ]),
        ("Arbetsmiljö och informationssäkerhet", [
            ("Hot och våld mot personal", "12",
             "Samtliga händelser av hot och våld rapporteras i KIA", "Ja", "", "GENOMFORD", ""),
            ("Obehörig åtkomst till journaler", "8",
             "Behörigheter i Lifecare följs upp två gånger per år", "–",
             "Utgår – ersätts av ny loggkontroll enligt beslut SN 2025-03-25 § 42.", "UTGAR", ""),
        ]),
    ]
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Backa kommun\tSocialförvaltningen\tDnr SN 2024/311"
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av Socialnämndens internkontrollplan 2025 – tertial 1")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 17 december 2024 (§ 188). Planen bygger på "
        "förvaltningens risk- och väsentlighetsanalys där risker med riskvärde 6 eller högre har lagts in i "
        "planen. Nedan redovisas uppföljningen efter årets första tertial (januari–april). I kolumnen "
        "”Följer plan” anges Ja om kontrollen har genomförts enligt plan, Delvis om den endast delvis har "
        "genomförts och Nej om den inte har genomförts.")
    heads = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan\n(Ja/Nej/Delvis)", "Kommentar"]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "D9D9D9")
    row = 1
    for proc, items in groups:
        start = row
        for (risk, rv, km, fp, kom, stt, avv) in items:
            set_cell(t.cell(row, 1), risk)
            set_cell(t.cell(row, 2), rv)
            set_cell(t.cell(row, 3), km)
            set_cell(t.cell(row, 4), fp)
            set_cell(t.cell(row, 5), kom)
            exp(fil, N, km, stt, avv)
            row += 1
        m = t.cell(start, 0).merge(t.cell(row - 1, 0))
        set_cell(m, proc, bold=True)
    set_widths(t, [Cm(3.2), Cm(3.6), Cm(1.6), Cm(6.0), Cm(2.2), Cm(8.0)])
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 2: Sammanställning egenavgifter placeringar januari–april (separat fil)")
    doc.add_paragraph()
    doc.add_paragraph("Backa 2025-05-06")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - the new template copied into Word
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN uppföljning IKP T1 2025.docx"
    N = "Kultur- och fritidsnämnden"
    C = [
        ("1", "Föreningsbidrag",
         "Bidrag till föreningar – kontroll av att underlag (medlemsförteckning, årsredovisning) finns",
         "Föreningsutvecklare", "Genomförd", "Nej", "Stickprov 10 föreningar, underlag fanns i samtliga.",
         "GENOMFORD", "nej"),
        ("2", "Kontanthantering",
         "Kontroll av kassaredovisning i simhallen och på biblioteken",
         "Enhetschef Backabadet", "Genomförd med avvikelse", "Ja",
         "Kassadifferens på 1 450 kr på Backabadet i februari. Utredd, rutin för dagsavslut skärpt.",
         "GENOMFORD", "ja"),
        ("3", "Uthyrning",
         "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         "Bokningsansvarig", "Delvis genomförd", "",
         "Idrottshallarna kontrollerade, övriga lokaler återstår.", "DELVIS", ""),
        ("4", "Tillgångar",
         "Inventarieförteckning för konst i offentlig miljö är aktuell",
         "Kulturchef", "Ej påbörjad", "", "Planeras till hösten i samband med ny konstdatabas.",
         "EJ_GENOMFORD", ""),
        ("5", "Styrning",
         "Barnrättsbedömning görs i nämndens beslutsärenden",
         "Nämndsekreterare", "Utgår", "", "Ingår i kommunstyrelsens kommunövergripande kontroll 2025.",
         "UTGAR", ""),
        ("6", "Personal",
         "Registerkontroll för ledare inom lovverksamhet och feriepraktik",
         "Fritidschef", "", "", "", "SAKNAS", ""),
        ("7", "Inköp",
         "Avtalstrohet vid inköp av idrotts- och fritidsmateriel",
         "Controller", "Genomförd", "Nej", "Samtliga 15 granskade inköp gjordes hos avtalsleverantör.",
         "GENOMFORD", "nej"),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("Backa kommun")
    p.runs[0].bold = True
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(16)
    ht = doc.add_table(rows=3, cols=2)
    ht.style = "Table Grid"
    for i, (a, b) in enumerate([("Nämnd:", N), ("Uppföljningsperiod:", "T1"),
                                ("Ifylld av:", "Karin Åberg, 2025-05-05")]):
        set_cell(ht.cell(i, 0), a, bold=True, size=10)
        set_cell(ht.cell(i, 1), b, size=10)
        shade(ht.cell(i, 1), "FFF2CC")
    doc.add_paragraph()
    ip = doc.add_paragraph("Ange status för aktuell period. Kommentar ska alltid lämnas vid status "
                           "Delvis genomförd, Ej genomförd, Ej påbörjad och Utgår.")
    ip.runs[0].italic = True
    t = doc.add_table(rows=2 + len(C), cols=9)
    t.style = "Table Grid"
    top = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "", "", "Avvikelse\n(Ja/Nej)",
           "Kommentar / åtgärd"]
    # two header rows: Status spans T1/T2/Helår
    for i in (0, 1, 2, 3, 7, 8):
        m = t.cell(0, i).merge(t.cell(1, i))
        set_cell(m, top[i], bold=True)
        shade(m, "1F4E78")
    m = t.cell(0, 4).merge(t.cell(0, 6))
    set_cell(m, "Status", bold=True)
    shade(m, "1F4E78")
    for i, h in zip((4, 5, 6), ("T1", "T2", "Helår")):
        set_cell(t.cell(1, i), h, bold=True)
        shade(t.cell(1, i), "1F4E78")
    for c in t.rows[0].cells + t.rows[1].cells:
        for pp in c.paragraphs:
            for rr in pp.runs:
                rr.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
    for k, (nr, proc, km, ans, s1, avv, kom, stt, a) in enumerate(C):
        row = 2 + k
        vals = [nr, proc, km, ans, s1, "", "", avv, kom]
        for i, v in enumerate(vals):
            set_cell(t.cell(row, i), v)
        exp(fil, N, km, stt, a)
    set_widths(t, [Cm(0.9), Cm(2.8), Cm(6.5), Cm(3.0), Cm(2.6), Cm(1.3), Cm(1.3), Cm(1.8), Cm(5.8)])
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Bedömning av intern kontroll")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Kultur- och fritidsnämnden bedömer att den interna kontrollen under tertial 1 är "
                      "tillräcklig. Kassadifferensen på Backabadet har utretts och rutinen för dagsavslut har "
                      "skärpts.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsförvaltningen - own .ods with colour codes and a legend
# ---------------------------------------------------------------------------
def build_von(tmp):
    fil = "VOF internkontroll 2025 T1.ods"
    N = "Vård- och omsorgsnämnden"
    GRON, GUL, ORANGE, ROD, GRA = "92D050", "FFFF00", "FFC000", "FF0000", "BFBFBF"
    C = [
        ("Myndighet/SoL", "Genomförandeplaner upprättas inom 14 dagar från verkställt beslut",
         "Stickprov 25 brukare", "Enhetschefer hemtjänst", GRON,
         "Stickprov 25 brukare, samtliga hade genomförandeplan inom 14 dagar.", "GENOMFORD", "nej"),
        ("HSL", "Läkemedelshantering – signeringslistor kontrolleras månadsvis",
         "Genomgång signeringslistor", "MAS", ORANGE,
         "Två enheter saknade signeringar för mars. Åtgärdsplan upprättad med berörda enhetschefer.",
         "GENOMFORD", "ja"),
        ("Kvalitet", "Avvikelser enligt SoL och HSL hanteras och återkopplas till rapportör",
         "Rapport ur avvikelsesystemet", "Kvalitetsutvecklare", GUL,
         "Pågår. Hemtjänsten klar, särskilt boende återstår.", "DELVIS", ""),
        ("Ekonomi", "Korrekt debitering av omsorgsavgifter",
         "Stickprov 30 avgiftsbeslut mot faktura", "Avgiftshandläggare", ROD,
         "Ej genomförd – systembyte i avgiftsmodulen.", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet Treserva",
         "Slumpvis loggkontroll 10 användare", "Systemförvaltare", GRON, "", "GENOMFORD", "nej"),
        ("Hemtjänst", "Nyckelhantering i hemtjänsten – kvittenslistor för utlämnade nycklar",
         "Inventering nyckelskåp", "Enhetschefer hemtjänst", GRA,
         "Ersatt av digitala lås i hela hemtjänsten från februari.", "UTGAR", ""),
        ("Personal", "Inhyrd personal anlitas endast via avtalade bemanningsföretag",
         "Fakturagenomgång", "HR-strateg", None, "Kontrollen genomförs under hösten.",
         "EJ_GENOMFORD", ""),
        ("Kvalitet", "Lex Sarah-rapporter utreds inom fastställd tid",
         "Genomgång av samtliga rapporter", "Kvalitetsutvecklare", GUL,
         "3 av 5 utredningar klara inom tid, 2 pågår.", "DELVIS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Vård- och omsorgsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1 (jan–apr)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Status markeras med färg i kolumnen för respektive tertial, se teckenförklaring nedan."
    ws["A3"].font = Font(italic=True)
    head = ["Område", "Kontrollmoment", "Metod", "Ansvarig", "Tertial 1", "Tertial 2", "Tertial 3",
            "Iakttagelser / kommentar"]
    for i, h in enumerate(head, start=1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for k, (omr, km, met, ans, col, kom, stt, a) in enumerate(C):
        r = 6 + k
        vals = [omr, km, met, ans, None, None, None, kom or None]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(r, i, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if col:
            ws.cell(r, 5).fill = PatternFill("solid", fgColor=col)
        exp(fil, N, km, stt, a)
    r = 6 + len(C) + 2
    ws.cell(r, 1, "Teckenförklaring").font = Font(bold=True)
    legend = [(GRON, "Genomförd utan anmärkning"), (ORANGE, "Genomförd, avvikelse noterad"),
              (GUL, "Pågår / delvis genomförd"), (ROD, "Ej genomförd"), (GRA, "Utgår")]
    for k, (col, txt) in enumerate(legend):
        ws.cell(r + 1 + k, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(r + 1 + k, 1).border = BOX
        ws.cell(r + 1 + k, 2, txt)
    ws.cell(r + 7, 1, "Uppföljningen har beretts av förvaltningens ledningsgrupp 2025-05-05.")
    for col, w in zip("ABCDEFGH", [18, 48, 26, 22, 11, 11, 11, 52]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "VOF internkontroll 2025 T1.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Tekniska nämnden - old .xls, 2024's columns left next to 2025's
# ---------------------------------------------------------------------------
def build_tn():
    fil = "TN_internkontroll_2025.xls"
    N = "Tekniska nämnden"
    C = [
        ("1", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom TF",
         "Klar", "Inga avvikelser.", "Klar", "20 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Inventering av maskiner och fordon mot anläggningsregistret", "Driftchef",
         "Klar med anm.", "3 maskiner saknades i registret.", "Pågår",
         "Fordon inventerade, maskiner återstår.", "DELVIS", ""),
        ("3", "Felanmälningar åtgärdas inom utlovad tid", "Enhetschef gata/park",
         "Pågår", "Rapport saknades i december.", "Klar med anm.",
         "12 % av felanmälningarna åtgärdades efter utlovad tid.", "GENOMFORD", "ja"),
        ("4", "Drivmedelskort – kontroll av tankningar mot körjournal", "Fordonssamordnare",
         "Klar", "", "", "", "SAKNAS", ""),
        ("5", "Entreprenadfakturor kontrolleras mot avtal och ÄTA-beslut", "Projektchef",
         "Ej påbörjad", "Skjuts till 2025.", "Ej påbörjad", "Planeras till maj.", "EJ_GENOMFORD", ""),
        ("6", "Vinterväghållning – utförda åtgärder enligt avtal (stickprov)", "Enhetschef gata/park",
         "Klar", "", "Klar", "Stickprov 10 utryckningar, samtliga enligt avtal.", "GENOMFORD", "nej"),
        ("7", "Kontroll av kassaflöde i parkeringsautomater", "Ekonom TF",
         "Klar", "", "Utgår", "Automaterna avvecklade, betalning sker via app.", "UTGAR", ""),
        ("8", "Egenkontroll av dricksvattenkvalitet enligt provtagningsplan", "VA-chef",
         "Ny 2025", "", "Klar", "", "GENOMFORD", ""),
        ("9", "Hyresavtal för externt förhyrda lokaler följs upp före uppsägningstid", "Lokalstrateg",
         "Ny 2025", "", "Ej påbörjad", "Ansvaret oklart mellan TN och KS, utreds.", "EJ_GENOMFORD", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cellf = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Tekniska nämnden – Internkontrollplan med uppföljning", title)
    ws.write(1, 0, "Uppföljning T1 2025. Kolumnerna för 2024 ligger kvar för jämförelse.")
    ws.write(2, 0, "Uppdaterad 2025-05-02 / PL")
    ws.write_merge(4, 4, 0, 2, "", hdr)
    ws.write_merge(4, 4, 3, 4, "Helår 2024", hdr)
    ws.write_merge(4, 4, 5, 6, "2025", hdr)
    heads = ["Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar", "Status T1", "Kommentar T1"]
    for i, h in enumerate(heads):
        ws.write(5, i, h, hdr)
    r = 6
    klar = 0
    for (nr, km, ans, s24, k24, s25, k25, stt, a) in C:
        for i, v in enumerate([nr, km, ans, s24, k24, s25, k25]):
            ws.write(r, i, v, cellf)
        if s25.startswith("Klar"):
            klar += 1
        exp(fil, N, km, stt, a)
        r += 1
    r += 1
    ws.write(r, 0, f"Summa: {len(C)} kontrollmoment, varav {klar} klara T1", bold)
    r += 2
    ws.write(r, 0, "Statusvärden: Klar / Klar med anm. / Pågår / Ej påbörjad / Utgår")
    for i, w in enumerate([5, 55, 22, 14, 30, 14, 45]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r215_")
    try:
        build_ks()
        build_bun()
        build_sbf()
        build_sn()
        build_kfn()
        build_von(tmp)
        build_tn()
        build_blank_template()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
