#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 140 – Hjortsjö kommun, inkorgen februari 2026: uppföljningar av
internkontrollplaner helår 2025.

Builds every file of the round in ./files plus namnder.csv, files.csv and
expected.csv.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableColumnProperties, TableCellProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LO_PROFILE = "file:///tmp/lo-round140"
FIXED = dt.datetime(2026, 2, 16, 9, 0, 0)

EXPECTED = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []         # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps (deterministic bytes)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    # mimetype first (ODF requirement)
    items.sort(key=lambda t: 0 if t[0].filename == "mimetype" else 1)
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 16, 9, 0, 0))
            zi.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def lo_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
GREEN = PatternFill("solid", fgColor="C6EFCE")
YELLOW = PatternFill("solid", fgColor="FFEB9C")
RED = PatternFill("solid", fgColor="FFC7CE")
GREY = PatternFill("solid", fgColor="D9D9D9")
INPUT = PatternFill("solid", fgColor="FFF2CC")
HEAD = PatternFill("solid", fgColor="1F4E78")


# --------------------------------------------------------------------------
# 1. The economy office's common template 2025 (KS, BUN, ÖFN)
# --------------------------------------------------------------------------
COMMON_HEADERS = ["Nr", "Process/rutin", "Risk", "Kontrollmoment",
                  "Metod/omfattning", "Frekvens", "Kontrollansvarig",
                  "Status T2\n(jan–aug)", "Status helår\n(jan–dec)",
                  "Avvikelse\n(Ja/Nej)", "Kommentar/resultat",
                  "Åtgärd vid avvikelse"]
COMMON_WIDTHS = [5, 18, 24, 40, 24, 11, 18, 16, 16, 11, 48, 32]


def common_template(path, namnd_cell, period_cell, ifylld, datum, rows,
                    footer_rows=(), print_header=None):
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Hjortsjö kommun – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Nämnd/styrelse:"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A2:C2")
    ws["D2"] = namnd_cell
    ws["D2"].fill = INPUT
    ws["A3"] = "Uppföljningsperiod:"
    ws["A3"].font = Font(bold=True)
    ws.merge_cells("A3:C3")
    ws["D3"] = period_cell
    ws["D3"].fill = INPUT
    ws["A4"] = "Ifylld av:"
    ws["A4"].font = Font(bold=True)
    ws.merge_cells("A4:C4")
    ws["D4"] = ifylld
    ws["D4"].fill = INPUT
    ws["E4"] = "Datum:"
    ws["E4"].font = Font(bold=True)
    ws["F4"] = datum
    ws["F4"].fill = INPUT
    ws["A5"] = ("Instruktion: Fyll i de gula fälten. Välj status i listan "
                "(Genomförd, Delvis genomförd, Ej genomförd, Utgår). Ange Ja i "
                "kolumnen Avvikelse om kontrollen visat fel eller brister och "
                "beskriv dem i kommentaren. Skickas till ekonomiavdelningen "
                "senast 2026-02-13. Se även fliken Instruktion.")
    ws["A5"].alignment = WRAP
    ws["A5"].font = Font(italic=True, size=9)
    ws.merge_cells("A5:L5")
    ws.row_dimensions[5].height = 30
    hr = 7
    for c, (h, w) in enumerate(zip(COMMON_HEADERS, COMMON_WIDTHS), start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.row_dimensions[hr].height = 32
    dv_status = DataValidation(
        type="list",
        formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"',
        allow_blank=True, showErrorMessage=False)
    dv_avv = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv_status)
    ws.add_data_validation(dv_avv)
    r = hr + 1
    first = r
    for row in rows:
        if row[0] == "group":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 13):
                ws.cell(row=r, column=c).fill = GREY
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            r += 1
            continue
        vals = row[1]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        fills = row[2] if len(row) > 2 else {}
        for c, f in fills.items():
            ws.cell(row=r, column=c).fill = f
        r += 1
    last = r - 1
    dv_status.add(f"H{first}:I{last}")
    dv_avv.add(f"J{first}:J{last}")
    r += 1
    for fr in footer_rows:
        for c, v in fr.items():
            ws.cell(row=r, column=c, value=v)
            if c == 1:
                ws.cell(row=r, column=c).font = Font(bold=True)
        r += 1
    ws.freeze_panes = ws.cell(row=hr + 1, column=1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = f"{hr}:{hr}"
    if print_header:
        ws.oddHeader.center.text = print_header
        ws.oddHeader.center.size = 10
    ws.oddFooter.right.text = "Sida &P av &N"

    ins = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion – uppföljning av internkontrollplan 2025",
        "",
        "Mallen används för uppföljning per tertial 2 (jan–aug) och helår (jan–dec).",
        "Statusvärden:",
        "Genomförd – kontrollen är utförd enligt plan.",
        "Delvis genomförd – kontrollen är påbörjad eller endast en del av urvalet är granskat.",
        "Ej genomförd – kontrollen har inte utförts under perioden.",
        "Utgår – kontrollen har strukits genom beslut i nämnden.",
        "",
        "Avvikelse: ange Ja om kontrollen visat fel, brister eller avvikelser från rutin.",
        "Frågor: Lena Håkansson, ekonomiavdelningen, ankn. 4412",
    ]
    for i, t in enumerate(lines, start=1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 100
    wb.properties.creator = "Ekonomiavdelningen Hjortsjö kommun"
    wb.properties.created = dt.datetime(2025, 1, 20, 8, 0, 0)
    wb.properties.modified = FIXED
    wb.save(path)
    normalize_zip(path)


def build_ks():
    fil = "Uppföljning IK helår 2025 - Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    rows = []
    data = [
        # nr, process, risk, km, metod, frekv, ansv, t2, hel, avv, komm, atg, exp_status, exp_avv
        (1, "Inköp", "Köp utanför avtal ger högre kostnader och bryter mot LOU",
         "Avtalstrohet vid inköp – stickprov på 30 leverantörsfakturor",
         "Stickprov 30 fakturor ur ekonomisystemet", "Två ggr/år",
         "Upphandlingschef", "Genomförd", "Genomförd", "Ja",
         "4 av 30 fakturor avsåg köp utanför avtal (kontorsmaterial, konsulttjänst IT). Berörda budgetansvariga har informerats.",
         "Påminnelse om avtalskatalogen på chefsforum i februari 2026.",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Helår", "Redovisningschef",
         None, "Genomförd", "Nej",
         "Samtliga granskade fakturor var attesterade av behörig attestant.",
         None, "GENOMFORD", "nej"),
        (3, "Ekonomi", "Otillåtna eller felaktigt redovisade förtroendekänsliga kostnader",
         "Kontroll av representation och förtroendekänsliga poster (syfte, deltagare, moms)",
         "Genomgång av samtliga representationsfakturor okt–nov", "Helår",
         "Controller KLF", None, "Genomförd", "Ja",
         "I 3 av 20 fall saknades deltagarförteckning. I ett fall hade moms dragits felaktigt för alkohol.",
         "Rättelse av momsen gjord. Information till chefer om rutinen för representation.",
         "GENOMFORD", "ja"),
        (4, "HR/Lön", "Obehöriga har åtkomst till personuppgifter och lönedata",
         "Kontroll av att behörigheter i lönesystemet är aktuella",
         "Behörighetslista jämförs mot aktuella anställningar", "Helår",
         "HR-chef", "Ej genomförd", "Delvis genomförd", "Nej",
         "Behörighetsgenomgång klar för kommunledningsförvaltningen. HR-enhetens egna konton återstår, slutförs i mars 2026.",
         None, "DELVIS", "nej"),
        (5, "Informationssäkerhet", "Otillbörlig åtkomst till handlingar med sekretess",
         "Loggkontroll i ärendehanteringssystemet (otillbörlig åtkomst)",
         "Slumpvis loggkontroll 20 ärenden", "Tertialvis", "Informationssäkerhetssamordnare",
         "Ej genomförd", "Ej genomförd", None,
         "Ej genomförd på grund av byte av ärendehanteringssystem under hösten. Kontrollen flyttas till internkontrollplan 2026.",
         None, "EJ_GENOMFORD", ""),
        (6, "Nämndadministration", "Beslut fattas utan delegation",
         "Anmälan av delegationsbeslut till kommunstyrelsen",
         "Jämförelse delegationslistor mot protokoll", "Helår",
         "Kanslichef", "Genomförd", "Genomförd", "Nej",
         "Samtliga delegationsbeslut har anmälts enligt rutin.", None,
         "GENOMFORD", "nej"),
        (7, "Säkerhet", "Kommunen kan inte leda verksamheten vid kris",
         "Kontroll att krisledningsplanen är uppdaterad och övad",
         "Dokumentgranskning och övning", "Helår", "Säkerhetschef",
         "Utgår", "Utgår", None,
         "Utgår – ersätts av övning inom civilt försvar, beslut KS 2025-06-11 § 98.",
         None, "UTGAR", ""),
        (8, "HR/Lön", "Lön betalas ut efter avslutad anställning",
         "Kontroll av att avslutade anställningar avslutas i lönesystemet i rätt tid",
         "Avstämning avslutade anställningar mot utbetalningar", "Tertialvis",
         "Lönechef", "Genomförd", "Genomförd", "Ja",
         "Två fall där lön betalats ut efter avslutad anställning (totalt 31 400 kr). Återkrav har skickats.",
         "Checklista vid avslut uppdaterad.", "GENOMFORD", "ja"),
    ]
    for d in data:
        rows.append(("row", list(d[:12])))
        exp(fil, N, d[3], d[12], d[13])
    common_template(os.path.join(OUT, fil), "Kommunstyrelsen", "Helår 2025",
                    "Lena Håkansson", "2026-02-09", rows,
                    footer_rows=[{1: "Behandlad i kommunstyrelsen 2026-02-25 (förslag)."}])
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


def build_bun():
    fil = "BUN_IK-uppföljning_helår2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    st_fill = {"Genomförd": GREEN, "Delvis genomförd": YELLOW,
               "Ej genomförd": RED}
    rows = []
    data = [
        ("group", "EKONOMI"),
        (1, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "Två ggr/år", "Ekonomichef BUF",
         "Genomförd", "Genomförd", "Nej",
         "Stickprov 40 fakturor (20 vår, 20 höst). Inga fel.", None,
         "GENOMFORD", "nej"),
        (2, "Skolskjuts", "Kommunen betalar för turer som inte körts",
         "Kontroll av att skolskjutsfakturor stämmer mot avtal och körda turer",
         "Avstämning fakturor mot körorder, 3 månader", "Tertialvis",
         "Skolskjutssamordnare", "Delvis genomförd", "Genomförd", "Ja",
         "Felaktigt debiterade extraturer i oktober.\nKreditering erhållen från entreprenören, 12 000 kr.",
         "Månadsvis avstämning införd.", "GENOMFORD", "ja"),
        (3, "Avgifter", "Felaktiga barnomsorgsavgifter",
         "Kontroll av inkomstuppgifter för barnomsorgsavgifter (maxtaxa)",
         "Inkomstjämförelse mot Skatteverket", "Helår", "Avgiftshandläggare",
         "Ej genomförd", "Delvis genomförd", "Ja",
         "Inkomstkontroll gjord för ca 60 % av hushållen.\n14 hushåll hade för låg anmäld inkomst, efterdebitering pågår.\nResterande hushåll kontrolleras under våren 2026.",
         "Efterdebitering. Påminnelse till vårdnadshavare i e-tjänsten.",
         "DELVIS", "ja"),
        ("group", "PERSONAL"),
        (4, "Rekrytering", "Personer olämpliga att arbeta med barn anställs",
         "Kontroll av registerutdrag från belastningsregistret vid nyanställning",
         "Genomgång av samtliga nyanställningar jan–apr", "En gång/år",
         "HR-konsult BUF", "Genomförd", None, None,
         "Kontrollerat i maj: 20 nyanställningar, samtliga hade uppvisat registerutdrag.",
         None, "GENOMFORD", "nej"),
        (5, "Arbetsmiljö", "Rehabiliteringsansvaret fullgörs inte",
         "Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin",
         "Stickprov 15 rehabärenden", "Helår", "HR-chef", None, None, None,
         "Kontrollen slutförd i november. Samtliga granskade rehabärenden hade upprättad plan och uppföljning, inga avvikelser.",
         None, "GENOMFORD", "nej"),
        ("group", "VERKSAMHET"),
        (6, "Elevhälsa", "Barn som far illa uppmärksammas inte",
         "Kontroll av att orosanmälningar till socialtjänsten görs och dokumenteras",
         "Genomgång på 6 skolor och 4 förskolor", "Helår",
         "Verksamhetschef elevhälsa", None, "Genomförd", "Nej",
         "Samtliga enheter har rutin och orosanmälningarna är dokumenterade i elevakten.",
         None, "GENOMFORD", "nej"),
        (7, "Särskilt stöd", "Elever får inte det stöd de har rätt till",
         "Kontroll av att beslut om särskilt stöd/åtgärdsprogram fattas och dokumenteras",
         "Stickprov 30 elevakter", "Helår", "Grundskolechef", None, None, None,
         "Se bilaga 2.", None, "OKLAR", ""),
        (8, "Närvaro", "Problematisk skolfrånvaro upptäcks inte",
         "Kontroll av elevernas närvaro och rutin vid problematisk frånvaro",
         "Uttag ur närvarosystemet, 5 skolor", "Tertialvis",
         "Grundskolechef", "Ej genomförd", "Ej genomförd", None,
         "Ej genomförd, resursbrist inom elevhälsan under hösten.", None,
         "EJ_GENOMFORD", ""),
        (9, "Trygghet", "Kränkningar anmäls inte till huvudmannen",
         "Kontroll av kränkande behandling – anmälan till huvudman inom 5 dagar",
         "Uttag ur anmälningssystemet", "Tertialvis",
         "Utvecklingsstrateg", "Delvis genomförd", "Delvis genomförd", "Ja",
         "Uttag gjort för vårterminen: 68 % av anmälningarna inom 5 dagar.\nHöstterminen ej analyserad ännu.",
         "Utbildning för rektorer om anmälningsskyldigheten.", "DELVIS", "ja"),
        (10, "Förskola", "Placeringar görs i strid med regler",
         "Kontroll av kö- och placeringsregler i förskolan",
         "Stickprov 20 placeringar", "Helår", "Förskolechef",
         None, None, None, None, None, "SAKNAS", ""),
    ]
    for d in data:
        if d[0] == "group":
            rows.append(d)
            continue
        fills = {}
        if d[8] in st_fill:
            fills[9] = st_fill[d[8]]
        if d[7] in st_fill:
            fills[8] = st_fill[d[7]]
        rows.append(("row", list(d[:12]), fills))
        exp(fil, N, d[3], d[12], d[13])
    footer = [
        {1: "Summering helår", 4: "Genomförda: 3 av 10   Delvis: 2   Ej genomförda: 1"},
        {1: "Beslutad i BUN 2026-02-10 § 12"},
    ]
    common_template(os.path.join(OUT, fil), "BUN", "Helår 2025",
                    "Johan Berggren, controller BUF", "2026-02-04", rows,
                    footer_rows=footer)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


def build_ofn(tmp):
    fil = "ÖFN_IK_helår2025.xls"
    N = "Överförmyndarnämnden"
    rows = []
    data = [
        (1, "Årsräkningar", "Huvudmäns medel förvaltas felaktigt",
         "Granskning av årsräkningar – kontroll att samtliga inkommit senast 1 mars",
         "Bevakningslista i Wärna", "Helår", "Handläggare", "Genomförd",
         "Genomförd", "Nej",
         "Samtliga 212 årsräkningar har inkommit; 9 efter påminnelse.", None,
         "GENOMFORD", "nej"),
        (2, "Förordnande", "Olämpliga ställföreträdare förordnas",
         "Kontroll av att ställföreträdare har giltigt registerutdrag innan förordnande",
         "Samtliga nya förordnanden", "Löpande", "Enhetschef", "Genomförd",
         "Genomförd", "Ja",
         "1 ärende där utdrag saknades vid förordnandet. Utdrag inhämtat i efterhand, inget anmärkningsvärt.",
         "Checklista kompletterad.", "GENOMFORD", "ja"),
        (3, "Tillsyn", "Uttag från spärrade konton utan tillstånd",
         "Kontroll av spärrade bankkonton för huvudmän",
         "Stickprov 30 huvudmän, kontoutdrag", "Helår", "Handläggare",
         None, "Delvis genomförd", "Nej",
         "18 av 30 granskade, inga otillåtna uttag. Resten granskas i samband med årsräkningarna 2025.",
         None, "DELVIS", "nej"),
        (4, "Arvoden", "Arvoden beslutas inte enligt riktlinjer",
         "Kontroll av arvodesbeslut mot gällande arvodesriktlinjer",
         "Stickprov 20 beslut", "Helår", "Enhetschef", None, "Ej aktuell",
         None, "Ej aktuell 2025 – nya arvodesriktlinjer antas först 2026.",
         None, "UTGAR", ""),
        (5, "Handläggning", "Långa handläggningstider",
         "Uppföljning av handläggningstider för förordnanden",
         "Uttag ur Wärna", "Helår", "Enhetschef", "Ej genomförd",
         "Ej genomförd", None, "Ej genomförd. Flyttas till 2026.", None,
         "EJ_GENOMFORD", ""),
    ]
    for d in data:
        rows.append(("row", list(d[:12])))
        exp(fil, N, d[3], d[12], d[13])
    src = os.path.join(tmp, "ÖFN_IK_helår2025.xlsx")
    # nämnd cell left empty; the nämnd is only in the print header and file name
    common_template(src, None, "Helår 2025", "M. Sjöberg", "2026-01-30", rows,
                    print_header="Överförmyndarnämnden i Hjortsjö",
                    footer_rows=[{1: "Kontaktperson: Maria Sjöberg, ankn. 4630"}])
    lo_convert(src, "xls:MS Excel 97", tmp)
    shutil.copyfile(os.path.join(tmp, "ÖFN_IK_helår2025.xls"),
                    os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# --------------------------------------------------------------------------
# 2. Tekniska nämnden – last year's (2024) template
# --------------------------------------------------------------------------
def build_tn():
    fil = "TN uppföljning IK helår 2025.xlsx"
    N = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2024"
    ws["A1"] = "Uppföljning av internkontrollplan 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Tekniska nämnden"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Statuskoder: 1 = Genomförd utan anmärkning   2 = Genomförd med "
                "anmärkning   3 = Ej genomförd   4 = Utgår")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:G3")
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Kontrollansvarig",
           "Delår\n(status)", "Helår\n(status)", "Kommentar / åtgärd"]
    widths = [5, 16, 46, 20, 10, 10, 60]
    for c, (h, w) in enumerate(zip(hdr, widths), start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(c)].width = w
    data = [
        (1, "VA", "Kontroll av att VA-anslutningsavgifter debiteras vid nyanslutning",
         "VA-ekonom", 1, 2,
         "Två nyanslutna fastigheter i Lövsta hade inte debiterats. Fakturerat i december 2025.",
         "GENOMFORD", "ja"),
        (2, "Gata", "Kontroll av att vinterväghållning utförs och faktureras enligt entreprenadavtal",
         "Driftchef gata", None, 1,
         "Stickprov jan–mars samt nov–dec 2025. Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Avfall", "Kontroll av abonnemangsregister för hämtning av hushållsavfall mot fastighetsregistret",
         "Avfallschef", 3, 3,
         "Ej genomförd, nytt verksamhetssystem för avfall införs under 2026.",
         "EJ_GENOMFORD", ""),
        (4, "Fordon", "Kontroll av drivmedelskort – tankning mot körjournal",
         "Fordonssamordnare", 1, 1, "Inga avvikelser.", "GENOMFORD", "nej"),
        (5, "Inköp", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjer",
         "Förvaltningschef", 2, 2,
         "3 av 12 direktupphandlingar saknade dokumentation av konkurrensutsättning. Utbildning för projektledare hölls i oktober 2025.",
         "GENOMFORD", "ja"),
        (6, "Fastighet", "Kontroll av att säkerhetsbesiktning av lekplatser genomförs",
         "Parkchef", 1, "Pågår",
         "Besiktning klar för 18 av 24 lekplatser, resterande besiktas våren 2026.",
         "DELVIS", ""),
        (7, "Gata", "Kontroll av register över parkeringstillstånd för rörelsehindrade",
         "Trafikhandläggare", 4, 4,
         "Utgår 2025, kontrollen ingår inte i 2025 års plan.", "UTGAR", ""),
        (8, "VA", "Kontroll av att mätaravläsningar och debitering av VA stämmer (stickprov 50 abonnenter)",
         "VA-ekonom", 1, 1,
         "50 abonnenter kontrollerade i september 2025, inga felaktiga debiteringar.",
         "GENOMFORD", "nej"),
    ]
    r = 6
    for d in data:
        for c, v in enumerate(d[:7], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if c in (5, 6):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, d[2], d[7], d[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Delår = januari–augusti, helår = januari–december.")
    ws.cell(row=r + 1, column=1, value="Uppgiftslämnare: Per Holm, tekniska förvaltningen, 2026-02-06")
    dv = DataValidation(type="list", formula1='"1,2,3,4"', allow_blank=True,
                        showErrorMessage=False)
    ws.add_data_validation(dv)
    dv.add("E6:F40")
    wb.properties.creator = "Ekonomiavdelningen Hjortsjö kommun"
    wb.properties.lastModifiedBy = "Per Holm"
    wb.properties.created = dt.datetime(2024, 1, 22, 8, 0, 0)
    wb.properties.modified = FIXED
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# --------------------------------------------------------------------------
# 3. Socialnämnden – own Word report
# --------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_core(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 1


def build_sn():
    fil = "Socialnämnden uppföljning intern kontroll 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Socialförvaltningen\tTjänsteskrivelse\tDnr SN 2025/0312"
    p = d.add_paragraph("2026-01-29")
    p.alignment = WRAP_RIGHT
    d.add_heading("Uppföljning av socialnämndens internkontrollplan – helår 2025", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 17 december 2024 (§ 142). "
        "Planen omfattar nio kontrollmoment. Av dessa har sex genomförts, varav två med "
        "avvikelser, ett är delvis genomfört, ett har inte genomförts och ett har utgått "
        "genom beslut i nämnden. Förvaltningen bedömer att den interna kontrollen under "
        "2025 i huvudsak har varit tillräcklig.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är "
        "tillräcklig. Kommunstyrelsens reglemente för intern kontroll anger att nämnden ska "
        "följa upp sin plan och rapportera resultatet till kommunstyrelsen i samband med "
        "årsredovisningen.")
    d.add_heading("Resultat av granskade kontrollmoment", level=2)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Metod",
                           "Resultat helår 2025", "Bedömning"]):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")
    colors = {"Grön": "92D050", "Gul": "FFFF00", "Röd": "FF0000"}
    data = [
        ("Ekonomiskt bistånd",
         "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
         "Stickprov 25 akter",
         "Samtliga 25 beslut var fattade av behörig delegat.", "Grön",
         "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut",
         "Stickprov 25 utbetalningar",
         "Två utbetalningar avvek från beslutet (felaktigt belopp). Återkrav har initierats "
         "och rutin för dubbelkontroll av manuella utbetalningar har införts.", "Gul",
         "GENOMFORD", "ja"),
        ("Barn och unga",
         "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur verksamhetssystemet",
         "Kontrollen genomförd. 86 % av förhandsbedömningarna gjordes inom 14 dagar, vilket "
         "är en avvikelse mot lagkravet. Orsaken är hög ärendebelastning under sommaren.",
         "Gul", "GENOMFORD", "ja"),
        ("Barn och unga",
         "Kontroll av att utredningar avslutas inom fyra månader",
         "Uttag ur verksamhetssystemet per kvartal",
         "Kontrollen påbörjad under hösten. Uttag för kvartal 3 och 4 återstår och "
         "redovisas för nämnden i mars 2026.", "Gul", "DELVIS", ""),
        ("Placeringar",
         "Kontroll av att avtal finns vid köp av externa placeringar (HVB, konsulentstödda familjehem)",
         "Samtliga placeringar 2025",
         "Samtliga 17 placeringar hade avtal eller avrop från ramavtal.", "Grön",
         "GENOMFORD", "nej"),
        ("Informationssäkerhet",
         "Loggkontroll i verksamhetssystemet Treserva",
         "Slumpvis kontroll 30 akter",
         "Ej genomförd. Loggverktyget har inte kunnat användas efter systemuppgraderingen i maj.",
         "Röd", "EJ_GENOMFORD", ""),
        ("Kvalitet",
         "Kontroll av att synpunkter och klagomål diarieförs och besvaras",
         "Genomgång av samtliga synpunkter",
         "Granskningen är genomförd och redovisas i separat rapport "
         "”Granskning av synpunkter och klagomål 2025”.", "Grön",
         "GENOMFORD", "nej"),
    ]
    prev = None
    first_cell = None
    for proc, km, met, res, bed, s, a in data:
        cells = t.add_row().cells
        if proc == prev:
            first_cell = first_cell.merge(cells[0])
        else:
            cells[0].text = proc
            first_cell = cells[0]
        prev = proc
        cells[1].text = km
        cells[2].text = met
        cells[3].text = res
        cells[4].text = bed
        shade(cells[4], colors[bed])
        exp(fil, N, km, s, a)
    for row in t.rows:
        for i, w in enumerate([Cm(2.8), Cm(4.6), Cm(2.8), Cm(5.6), Cm(1.8)]):
            row.cells[i].width = w
    lp = d.add_paragraph()
    r = lp.add_run("Bedömning: Grön = kontrollen genomförd utan avvikelser. Gul = kontrollen "
                   "genomförd med avvikelser eller delvis genomförd. Röd = kontrollen ej genomförd.")
    r.italic = True
    r.font.size = Pt(9)

    d.add_heading("Övriga kontrollmoment i planen", level=2)
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Status", "Kommentar"]):
        c = t2.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")
    data2 = [
        ("Kontroll av att lex Sarah-rapporter utreds och anmäls till IVO vid behov",
         "Genomförd", "11 rapporter under året, samtliga utredda. Två anmälda till IVO. Inga brister i hanteringen.",
         "GENOMFORD", "nej"),
        ("Kontroll av faktureringsunderlag från bemanningsföretag (socionomer)",
         "Utgår", "Utgår enligt beslut SN 2025-05-20 § 45 då inhyrning av socionomer via bemanningsföretag har upphört.",
         "UTGAR", ""),
    ]
    for km, stt, kom, s, a in data2:
        cells = t2.add_row().cells
        cells[0].text = km
        cells[1].text = stt
        cells[2].text = kom
        exp(fil, N, km, s, a)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplanen för 2025 "
                    "och överlämnar den till kommunstyrelsen.")
    d.add_paragraph("")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.add_paragraph("Erik Nord\nKvalitetsutvecklare")
    set_core(d, "Erik Nord", "Uppföljning intern kontroll 2025")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


WRAP_RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


# --------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden – own .ods, tertial codes
# --------------------------------------------------------------------------
def build_kfn():
    fil = "KFN internkontroll 2025 uppföljning T3.ods"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #000000",
                                        wrapoption="wrap"))
    doc.automaticstyles.addElement(head)
    body = Style(name="body", family="table-cell")
    body.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                        verticalalign="top"))
    doc.automaticstyles.addElement(body)
    center = Style(name="center", family="table-cell")
    center.addElement(TableCellProperties(border="0.5pt solid #000000", verticalalign="top"))
    center.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(center)
    small = Style(name="small", family="table-cell")
    small.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    widths = ["1.0cm", "3.2cm", "8.5cm", "3.6cm", "1.5cm", "1.5cm", "1.8cm", "9.0cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="IK 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(values, style=None, styles=None, span=None):
        tr = TableRow()
        for i, v in enumerate(values):
            stl = (styles[i] if styles else style)
            kw = {}
            if stl is not None:
                kw["stylename"] = stl
            if span and i == 0:
                kw["numbercolumnsspanned"] = span
            if v is None:
                tc = TableCell(**kw)
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
            if span and i == 0:
                for _ in range(span - 1):
                    tr.addElement(CoveredTableCell())
        t.addElement(tr)

    row(["Kultur- och fritidsförvaltningen"], style=title, span=8)
    row(["Internkontrollplan 2025 – uppföljning per tertial (T3 = helår)"], style=bold, span=8)
    row(["Redovisas för kultur- och fritidsnämnden 2026-02-19"], span=8)
    row([None])
    row(["Nr", "Område", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3",
         "Kommentar"], style=head)
    data = [
        (1, "Föreningsbidrag",
         "Kontroll av att föreningar som erhållit aktivitetsstöd redovisat korrekt deltagarunderlag",
         "Fritidschef", "P", "P", "G/A",
         "Stickprov 10 föreningar. En förening hade redovisat sammankomster som inte ägt rum; bidraget (8 400 kr) återkrävs.",
         "GENOMFORD", "ja"),
        (2, "Kassahantering",
         "Kassahantering på badhuset – kassaavstämning mot dagsrapport",
         "Badchef", "G", "G", "G", "Inga differenser över 50 kr.", "GENOMFORD", "nej"),
        (3, "Bibliotek",
         "Kontroll av att medier gallras och inventeras enligt gallringsplan",
         "Bibliotekschef", "E", "P", "P",
         "Huvudbiblioteket klart. Filialerna i Norrå och Lövsta återstår.", "DELVIS", ""),
        (4, "Lokaluthyrning",
         "Kontroll av att uthyrning av idrottshallar faktureras enligt taxa",
         "Bokningsansvarig", None, "G", None,
         "Kontrollen gjordes i augusti (100 bokningar), inga avvikelser.", "GENOMFORD", "nej"),
        (5, "Säkerhet",
         "Kontroll av att brandskyddsronder (SBA) genomförs i kulturhuset och sporthallen",
         "Fastighetssamordnare", "E", "E", "E",
         "Ej genomförd, skjuts till 2026 på grund av ombyggnaden av kulturhuset.",
         "EJ_GENOMFORD", ""),
        (6, "Evenemang",
         "Kontroll av tillstånd och riskbedömning vid större evenemang",
         "Evenemangssamordnare", "U", "U", "U",
         "Utgår – inga större evenemang i egen regi 2025 (beslut KFN 2025-03-13 § 21).",
         "UTGAR", ""),
        (7, "Personal",
         "Kontroll av att timanställda har giltiga anställningsbeslut innan arbete påbörjas",
         "Administrativ chef", None, None, None, None, "SAKNAS", ""),
    ]
    for d in data:
        row(list(d[:8]), styles=[center, body, body, body, center, center, center, body])
        exp(fil, N, d[2], d[8], d[9])
    row([None])
    row(["Teckenförklaring: G = Genomförd, P = Påbörjad/pågår, E = Ej påbörjad, "
         "U = Utgår. /A = avvikelse noterad (anges efter koden, t.ex. G/A)."],
        style=small, span=8)
    row(["Sammanställt av: Sara Öberg, nämndsekreterare"], style=small, span=8)
    doc.spreadsheet.addElement(t)
    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# --------------------------------------------------------------------------
# 5. Stratsys export – three nämnder in one CSV, long format (T2 + helår rows)
# --------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_internkontroll_2025_20260203.csv"
    orgmap = {
        "Vård- och omsorgsförvaltningen": "Vård- och omsorgsnämnden",
        "Samhällsbyggnadsförvaltningen": "Samhällsbyggnadsnämnden",
        "Miljö- och byggförvaltningen": "Miljö- och byggnadsnämnden",
    }
    PLAN = "Internkontrollplan 2025"
    # org, process, km, metod, ansvarig,
    # (t2 status, t2 avv, t2 komm, t2 date), (hel status, hel avv, hel komm, hel date), exp_status, exp_avv
    data = [
        ("Vård- och omsorgsförvaltningen", "Fakturering",
         "Kontroll av att hemtjänsttimmar faktureras enligt beslut och utförd tid",
         "Stickprov 40 ärenden", "Enhetschef myndighet",
         ("Pågående", "", "20 av 40 ärenden granskade.", "2025-09-05"),
         ("Slutförd", "Ja", "Differenser i 7 av 40 ärenden mellan beviljad och fakturerad tid.\nFakturering korrigerad och utförare informerade.", "2026-01-22"),
         "GENOMFORD", "ja"),
        ("Vård- och omsorgsförvaltningen", "Hälso- och sjukvård",
         "Kontroll av läkemedelshantering – signeringslistor på särskilda boenden",
         "Granskning signeringslistor 2 veckor per boende", "MAS",
         ("Pågående", "Nej", "2 av 6 boenden granskade.", "2025-09-05"),
         ("Pågående", "Nej", "4 av 6 boenden granskade, inga avvikelser hittills. Resterande två boenden granskas i februari 2026.", "2026-01-28"),
         "DELVIS", "nej"),
        ("Vård- och omsorgsförvaltningen", "Dokumentation",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Kvalitetsutvecklare",
         ("Slutförd", "Nej", "96 % inom 14 dagar.", "2025-09-03"),
         ("Slutförd", "Nej", "Ny mätning december: 97 % inom 14 dagar. Inga avvikelser.", "2026-01-20"),
         "GENOMFORD", "nej"),
        ("Vård- och omsorgsförvaltningen", "Säkerhet",
         "Kontroll av nyckelhantering i hemtjänsten",
         "Inventering nyckelskåp och kvittenser", "Enhetschef hemtjänst",
         ("Ej påbörjad", "", "", "2025-09-05"),
         ("Ej påbörjad", "", "Ej påbörjad på grund av pågående införande av digitala lås. Kontrollen utgår ur plan 2026.", "2026-01-28"),
         "EJ_GENOMFORD", ""),
        ("Vård- och omsorgsförvaltningen", "Avgifter",
         "Kontroll av avgiftsbeslut (maxtaxa) inom äldreomsorgen",
         "Stickprov 30 avgiftsbeslut", "Avgiftshandläggare",
         ("Pågående", "", "Stickprov påbörjat.", "2025-09-04"),
         ("", "", "", ""),
         "DELVIS", ""),
        ("Vård- och omsorgsförvaltningen", "Inköp",
         "Kontroll av att bemanningsföretag anlitas enligt avtal",
         "Fakturagenomgång", "Förvaltningsekonom",
         ("Avbruten", "", "Avbruten genom beslut VON 2025-06-12 § 51, ramavtalet har upphört och inhyrning sker inte längre.", "2025-06-20"),
         ("Avbruten", "", "", "2025-06-20"),
         "UTGAR", ""),
        ("Samhällsbyggnadsförvaltningen", "Exploatering",
         "Kontroll av att exploateringsavtal följs upp vid slutbesiktning",
         "Genomgång avslutade exploateringsprojekt", "Exploateringschef",
         ("Pågående", "", "", "2025-09-10"),
         ("Slutförd", "Nej", "Tre avslutade projekt granskade, villkoren uppfyllda.", "2026-01-15"),
         "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", "Markförsäljning",
         "Kontroll av att markanvisningar sker enligt riktlinjer för markanvisning",
         "Samtliga markanvisningar 2025", "Mark- och exploateringsingenjör",
         ("Slutförd", "Ja", "En direktanvisning (Hjortsjö 4:12) gjordes utan beslut i nämnden.", "2025-09-10"),
         ("Slutförd", "Ja", "Avvikelsen från T2 kvarstår; ärendet har anmälts till nämnden i oktober. Inga ytterligare avvikelser.", "2026-01-15"),
         "GENOMFORD", "ja"),
        ("Samhällsbyggnadsförvaltningen", "Planavgifter",
         "Kontroll av att planavgifter debiteras enligt plankostnadsavtal",
         "Stickprov 10 detaljplaner", "Planchef",
         ("Ej påbörjad", "", "", "2025-09-10"),
         ("Pågående", "Nej", "5 av 10 planer kontrollerade, inga fel.", "2026-01-16"),
         "DELVIS", "nej"),
        ("Samhällsbyggnadsförvaltningen", "Arrenden",
         "Kontroll av att arrendeavgifter indexuppräknas enligt avtal",
         "Samtliga jordbruks- och anläggningsarrenden", "Markhandläggare",
         ("Slutförd", "Nej", "Samtliga 34 arrenden uppräknade korrekt.", "2025-08-29"),
         ("", "", "Genomfördes under T2, se kommentar där.", "2026-01-15"),
         "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", "Dokumenthantering",
         "Kontroll av att inkomna handlingar diarieförs inom tre arbetsdagar",
         "Stickprov 50 handlingar", "Registrator",
         ("", "", "", ""),
         ("", "", "", ""),
         "SAKNAS", ""),
        ("Miljö- och byggförvaltningen", "Bygglov",
         "Kontroll av att bygglovsbeslut fattas inom tio veckor enligt PBL",
         "Uttag ur ärendesystemet", "Bygglovschef",
         ("Slutförd", "Ja", "89 % inom tidsfristen.", "2025-09-08"),
         ("Slutförd", "Ja", "91 % inom tidsfristen under året. 12 ärenden överskred tio veckor och avgiften reducerades enligt PBL 12 kap. 8 a §.", "2026-01-27"),
         "GENOMFORD", "ja"),
        ("Miljö- och byggförvaltningen", "Miljötillsyn",
         "Kontroll av att tillsynsavgifter inom miljöbalken debiteras enligt taxa",
         "Stickprov 25 tillsynsärenden", "Miljöchef",
         ("", "", "", ""),
         ("Slutförd", "Nej", "Samtliga 25 ärenden debiterade enligt gällande taxa.", "2026-01-27"),
         "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", "Handläggning",
         "Kontroll av jäv vid handläggning av tillsynsärenden",
         "Genomgång jävsdeklarationer", "Förvaltningschef",
         ("Pågående", "", "", "2025-09-08"),
         ("Pågående", "", "Jävsdeklarationer insamlade för miljöenheten, byggenheten återstår.", "2026-01-27"),
         "DELVIS", ""),
        ("Miljö- och byggförvaltningen", "Nämndadministration",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslistor mot ärendesystem", "Nämndsekreterare",
         ("Slutförd", "Nej", "", "2025-09-08"),
         ("Slutförd", "Nej", "Samtliga delegationsbeslut anmälda.", "2026-01-27"),
         "GENOMFORD", "nej"),
    ]
    header = ["Organisation", "Styrdokument", "Process", "Kontrollmoment",
              "Kontrollmetod", "Ansvarig", "Period", "Status", "Avvikelse",
              "Kommentar", "Senast uppdaterad"]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for org, proc, km, met, ans, t2, hel, s, a in data:
            for per, v in (("Tertial 2 2025", t2), ("Helår 2025", hel)):
                w.writerow([org, PLAN, proc, km, met, ans, per, v[0], v[1], v[2], v[3]])
            exp(fil, orgmap[org], km, s, a)
    for org in orgmap:
        FILES.append((fil, "INLAST", orgmap[org], "2025", "HELAR"))


# --------------------------------------------------------------------------
# 6. Hjortsjö Bostäder AB – text-only Word 97 report (.doc)
# --------------------------------------------------------------------------
def build_hbab(tmp):
    fil = "Hjortsjö Bostäder - intern kontroll 2025.doc"
    N = "Hjortsjö Bostäder AB"
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Hjortsjö Bostäder AB", level=1)
    d.add_paragraph("Rapport avseende intern kontroll för räkenskapsåret 2025").runs[0].bold = True
    d.add_paragraph("Till styrelsen och för kännedom till kommunstyrelsen i Hjortsjö kommun")
    d.add_paragraph(
        "Styrelsen fastställde den 14 februari 2025 bolagets plan för intern kontroll 2025 "
        "med sex kontrollmoment. Nedan redovisas resultatet för helåret. Rapporten har "
        "upprättats av ekonomichefen i samråd med VD.")
    items = [
        ("1. Hyresreskontra",
         "Kontrollmoment: Månatlig avstämning av hyresreskontra mot huvudbok.",
         "Resultat: Avstämning har skett samtliga tolv månader utan kvarstående differenser.",
         "Bedömning: Genomförd utan anmärkning.",
         "Månatlig avstämning av hyresreskontra mot huvudbok.", "GENOMFORD", "nej"),
        ("2. Attest",
         "Kontrollmoment: Attest av leverantörsfakturor enligt bolagets attestinstruktion.",
         "Resultat: Stickprov om 30 fakturor. Två fakturor var attesterade av person utan "
         "attesträtt för aktuellt projekt. Attestlistan har uppdaterats.",
         "Bedömning: Genomförd med anmärkning.",
         "Attest av leverantörsfakturor enligt bolagets attestinstruktion.", "GENOMFORD", "ja"),
        ("3. Nyckelhantering",
         "Kontrollmoment: Inventering av huvudnycklar och passerbrickor på fastighetskontoren.",
         "Resultat: Inventering genomförd vid två av tre fastighetskontor, inga saknade "
         "nycklar. Kontoret i Norrå inventeras i mars 2026.",
         "Bedömning: Delvis genomförd.",
         "Inventering av huvudnycklar och passerbrickor på fastighetskontoren.", "DELVIS", "nej"),
        ("4. Uthyrning",
         "Kontrollmoment: Kontroll av att lägenheter förmedlas enligt bolagets uthyrningspolicy (kötid).",
         "Resultat: Kontrollen har inte genomförts under året på grund av vakans på tjänsten "
         "som uthyrningschef. Den tas med i planen för 2026.",
         None,
         "Kontroll av att lägenheter förmedlas enligt bolagets uthyrningspolicy (kötid).",
         "EJ_GENOMFORD", ""),
        ("5. Underhåll",
         "Kontrollmoment: Uppföljning av att planerat underhåll utförs enligt underhållsplan och budget.",
         "Resultat: Se bilaga Underhållsuppföljning 2025.",
         "Bedömning: –",
         "Uppföljning av att planerat underhåll utförs enligt underhållsplan och budget.",
         "OKLAR", ""),
        ("6. Beställning av reparationer",
         "Kontrollmoment: Kontroll av att ramavtal med hantverkare följs vid beställning av reparationer.",
         "Bedömning: Genomförd.",
         "Resultat: Stickprov 20 arbetsordrar, samtliga beställda från avtalad leverantör. Inga avvikelser.",
         "Kontroll av att ramavtal med hantverkare följs vid beställning av reparationer.",
         "GENOMFORD", "nej"),
    ]
    for head, a, b, c, km, s, av in items:
        d.add_heading(head, level=2)
        d.add_paragraph(a)
        d.add_paragraph(b)
        if c:
            d.add_paragraph(c)
        exp(fil, N, km, s, av)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Bolagets bedömning är att den interna kontrollen i allt väsentligt fungerar. "
        "Kontrollmomenten för uthyrning och nyckelhantering förs över till 2026.")
    d.add_paragraph("Hjortsjö 2026-02-12")
    d.add_paragraph("Karin Ek\nVerkställande direktör")
    set_core(d, "Karin Ek", "Intern kontroll 2025")
    src = os.path.join(tmp, "hbab.docx")
    d.save(src)
    lo_convert(src, "doc:MS Word 97", tmp)
    shutil.copyfile(os.path.join(tmp, "hbab.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# --------------------------------------------------------------------------
# 7. File to reject – BUN's covering letter (missiv)
# --------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv BUN uppföljning intern kontroll helår 2025.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\t\t2026-02-11"
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_paragraph("Från: Barn- och utbildningsförvaltningen")
    d.add_paragraph("Dnr BUN 2025/0418")
    d.add_heading("Missiv – Uppföljning av internkontrollplan helår 2025", level=1)
    d.add_paragraph(
        "Härmed översänds barn- och utbildningsnämndens uppföljning av internkontrollplanen "
        "för helåret 2025 i ekonomiavdelningens mall (bifogad fil "
        "BUN_IK-uppföljning_helår2025.xlsx). Nämnden behandlade ärendet den 10 februari 2026, § 12.")
    d.add_paragraph(
        "Vi vill uppmärksamma att bilaga 2, som avser granskningen av åtgärdsprogram, "
        "eftersänds när rektorernas underlag är sammanställt, senast den 27 februari.")
    d.add_paragraph(
        "Frågor om uppföljningen besvaras av controller Johan Berggren, ankn. 5120.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Cecilia Wahl\nFörvaltningschef")
    set_core(d, "Cecilia Wahl", "Missiv intern kontroll")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "AVVISAD", "", "", ""))


# --------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen"),
    ("Valnämnden", "VN"),
    ("Hjortsjö Bostäder AB", "HBAB|Hjortsjöbostäder|Hjortsjö Bostäder"),
]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="round140_")
    try:
        build_ks()
        build_bun()
        build_ofn(tmp)
        build_tn()
        build_sn()
        build_kfn()
        build_stratsys()
        build_hbab(tmp)
        build_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def wcsv(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"],
         sorted(FILES, key=lambda r: (r[0], r[2])))
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"],
         EXPECTED)
    print(f"{len(os.listdir(OUT))} files, {len(FILES)} file rows, "
          f"{sum(1 for r in FILES if r[1] == 'INLAST')} nämnd rows, "
          f"{len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
