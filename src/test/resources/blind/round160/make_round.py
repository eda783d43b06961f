#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 160 - Sjövik kommun, T2 2025.

The kommun's own standard template ("Mall IK-uppföljning 2025:1"), filled in by each nämnd,
each of which has "improved" it in its own way. Builds every file plus namnder.csv,
files.csv and expected.csv. Run with /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round160"
FIXED_TS = dt.datetime(2025, 9, 12, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

# ----------------------------------------------------------------- styles
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
GREY_FILL = PatternFill("solid", fgColor="D9D9D9")
PROC_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")

STATUS_LIST = '"Genomförd,Delvis genomförd,Ej genomförd,Utgår"'
JANEJ_LIST = '"Ja,Nej"'

STD_HEAD = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens",
            "Ansvarig", "Status T2", "Avvikelse (Ja/Nej)", "Kommentar / resultat", "Åtgärd"]
STD_WIDTH = [6, 20, 46, 30, 12, 18, 16, 12, 50, 34]
INSTR = ("Instruktion: Status anges som Genomförd, Delvis genomförd, Ej genomförd eller Utgår. "
         "Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister och beskriv dem under "
         "Kommentar / resultat. Skicka filen till ekonomiavdelningen senast 15 september.")
FOOTER = "Sjövik kommun · Ekonomiavdelningen · Mall IK-uppföljning version 2025:1"


def new_wb():
    wb = Workbook()
    wb.properties.creator = "Sjövik kommun"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    return wb


def save_xlsx(wb, path):
    wb.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the zip with fixed timestamps so the build is byte-stable."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 12, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = item.external_attr
            zout.writestr(zi, data)
    os.replace(tmp, path)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def title_block(ws, title, fields, instr=INSTR, label_w=None):
    """Rows 1..: kommun name, title, label/value fields, blank, instruction. Returns next free row."""
    ws["A1"] = "Sjövik kommun"
    ws["A1"].font = Font(bold=True, size=10, color="1F4E78")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    r = 3
    for label, value in fields:
        ws.cell(r, 1, label).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        c = ws.cell(r, 3, value)
        c.fill = INPUT_FILL
        r += 1
    r += 1
    if instr:
        ws.cell(r, 1, instr).font = Font(italic=True, size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.row_dimensions[r].height = 30
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
        r += 2
    return r


def header_row(ws, r, headers, widths=None):
    for i, h in enumerate(headers, 1):
        c = ws.cell(r, i, h)
        c.fill = HEAD_FILL
        c.font = HEAD_FONT
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    if widths:
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = w
    ws.row_dimensions[r].height = 32


def data_row(ws, r, values, fmt=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(r, i, v)
        c.alignment = WRAP
        c.border = BORDER
        if isinstance(v, dt.date):
            c.number_format = "yyyy-mm-dd"


def add_dv(ws, formula, ref):
    dv = DataValidation(type="list", formula1=formula, allow_blank=True)
    dv.error = "Välj ett värde i listan"
    dv.showErrorMessage = False
    ws.add_data_validation(dv)
    dv.add(ref)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


# =================================================================== KS
def make_ks():
    fil = "KS_IK_uppfoljning_T2_2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning T2"
    r = title_block(ws, "Uppföljning av intern kontroll – tertial 2 2025", [
        ("Nämnd:", "Kommunstyrelsen (KLF)"),
        ("Förvaltning:", "Kommunledningsförvaltningen"),
        ("Uppföljningsperiod:", "T2 (januari–augusti) 2025"),
        ("Ifylld av / datum:", "Helena Bergqvist, controller, 2025-09-09"),
    ])
    # KS added columns: risk value, sample size, number of errors, control date and a Status T1 column
    head = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
            "Risk (S×K)", "Stickprov (antal)", "Antal fel", "Kontrolldatum", "Status T1",
            "Status T2", "Avvikelse (Ja/Nej)", "Kommentar / resultat", "Åtgärd"]
    widths = [5, 18, 44, 28, 11, 18, 8, 9, 7, 12, 15, 16, 10, 52, 32]
    header_row(ws, r, head, widths)
    ws.cell(r - 1, 7, "Tillagt av KLF →").font = Font(italic=True, size=8, color="C00000")
    hr = r
    rows = [
        # (process, km, metod, frekv, ansv, risk, n, fel, datum, t1, t2, avv, komm, atg, EXP, EXPAVV)
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov ur Raindance, 25 fakturor per tertial", "Tertialvis", "Redovisningschef",
         12, 25, 2, dt.date(2025, 8, 28), "Genomförd", "Genomförd", "Ja",
         "2 fakturor attesterade av person utan attesträtt för aktuellt ansvar. Attestantförteckningen uppdaterad.",
         "Påminnelse om attestordningen till samtliga attestanter", "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 15 verifikationer konto 7610/7620", "Tertialvis", "Controller",
         9, 15, 0, dt.date(2025, 8, 20), "Delvis genomförd", "Genomförd", "Nej",
         "Samtliga 15 verifikationer hade angivet syfte och deltagarförteckning.", "", "GENOMFORD", "nej"),
        ("Upphandling", "Kontroll av avtalstrohet vid direktupphandling över 100 000 kr",
         "Stickprov 10 inköp mot avtalsdatabasen", "Tertialvis", "Upphandlingschef",
         12, 10, None, None, "", "Delvis genomförd", "",
         "Granskning av 6 av 10 inköp klar, resterande slutförs i oktober.", "", "DELVIS", ""),
        ("Upphandling", "Dokumentation av direktupphandlingar enligt riktlinjen för direktupphandling",
         "Genomgång av dokumentation för samtliga direktupphandlingar > 100 tkr", "Halvår",
         "Upphandlingschef", 8, None, None, None, "Ej genomförd", "Ej genomförd", "",
         "Ej påbörjad p.g.a. vakans på upphandlingsenheten. Flyttas till T3.",
         "Ny upphandlare rekryterad, tillträder oktober", "EJ_GENOMFORD", ""),
        ("Personal", "Kontroll av att anställningar registreras korrekt i HR-systemet (lön, anställningsform, befattning)",
         "Stickprov 20 nyanställningar jämförs mot anställningsavtal", "Tertialvis", "HR-chef",
         9, 20, 0, dt.date(2025, 8, 15), "Genomförd", "Genomförd", "Nej", "Inga fel.", "", "GENOMFORD", "nej"),
        ("Personal", "Uppföljning av att bisysslor anmälts och prövats",
         "Enkät till chefer samt kontroll mot bisyssleregistret", "Årligen", "HR-chef",
         6, None, 0, dt.date(2025, 3, 26), "Genomförd", "", "",
         "Årlig kontroll, genomfördes i mars. Inga otillåtna bisysslor.", "", "GENOMFORD", "nej"),
        ("IT/informationssäkerhet", "Behörighetskontroll i ekonomisystemet – avslutade anställda har spärrats",
         "Uttag av aktiva användare jämförs mot avslutade anställningar", "Tertialvis", "IT-chef",
         16, None, 3, dt.date(2025, 8, 29), "Genomförd", "Genomförd", "Ja",
         "3 konton för avslutade anställda var fortfarande aktiva. Spärrade 2025-08-29.",
         "Rutin för avslut ses över med HR", "GENOMFORD", "ja"),
        ("Diarieföring", "Registrering av inkomna handlingar inom 2 arbetsdagar",
         "Stickprov 40 inkomna handlingar i W3D3", "Tertialvis", "Kanslichef",
         6, 40, 11, dt.date(2025, 8, 25), "Genomförd", "Genomförd med anmärkning", "Ja",
         "11 av 40 handlingar registrerades senare än 2 arbetsdagar, främst under semesterperioden.",
         "Ersättare för registrator under semester", "GENOMFORD", "ja"),
        ("Krisberedskap", "Kontroll att kontinuitetsplaner för samhällsviktig verksamhet är uppdaterade",
         "Genomgång av planer per förvaltning", "Årligen", "Säkerhetssamordnare",
         8, None, None, None, "", "Utgår", "",
         "Utgår enligt beslut KS 2025-05-14 § 88, hanteras inom projektet Civilt försvar.", "",
         "UTGAR", ""),
        ("Lön", "Kontroll av utbetalda arvoden till förtroendevalda mot närvarolistor",
         "Avstämning arvodesunderlag mot protokoll", "Månadsvis", "Lönechef",
         6, None, None, None, "Genomförd", "Delvis genomförd", "",
         "Maj–juni kontrollerade, juli–augusti återstår.", "", "DELVIS", ""),
        ("Ekonomi", "Avstämning av balanskonton vid tertialbokslut",
         "Kontroll av avstämningsmallar för samtliga balanskonton", "Tertialvis", "Redovisningschef",
         9, None, 0, dt.date(2025, 9, 5), "Genomförd", "Genomförd", "Nej", "", "", "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row[:14])
        data_row(ws, r, vals)
        exp(fil, namnd, row[1], row[14], row[15])
        r += 1
    add_dv(ws, STATUS_LIST, "K%d:L%d" % (hr + 1, r + 5))
    add_dv(ws, JANEJ_LIST, "M%d:M%d" % (hr + 1, r + 5))
    r += 1
    ws.cell(r, 1, "Datum och underskrift förvaltningschef: ______________________").font = Font(size=9)
    ws.cell(r + 2, 1, FOOTER).font = Font(size=8, color="808080")
    ws.freeze_panes = ws.cell(hr + 1, 4)
    save_xlsx(wb, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# =================================================================== BUN (status column deleted)
def make_bun():
    fil = "BUN uppföljning IK T2 2025.xls"
    namnd = "Barn- och utbildningsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "BUN T2"
    r = title_block(ws, "Uppföljning av intern kontroll – tertial 2 2025", [
        ("Nämnd:", "BUN"),
        ("Förvaltning:", "Barn- och utbildningsförvaltningen"),
        ("Uppföljningsperiod:", "T2 2025"),
        ("Ifylld av / datum:", "Jonas Lindahl 2025-09-11"),
    ])
    head = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
            "Avvikelse (Ja/Nej)", "Kommentar / resultat", "Åtgärd"]
    widths = [5, 20, 46, 30, 12, 18, 11, 60, 34]
    header_row(ws, r, head, widths)
    hr = r
    rows = [
        ("Elevhälsa", "Kontroll att skolsköterskors journalföring sker i enlighet med patientdatalagen",
         "Granskning av 10 journaler", "Årligen", "Verksamhetschef elevhälsa", "Nej",
         "Genomförd. 10 journaler granskade, inga brister.", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Tertialvis", "Ekonomichef BUF", "Ja",
         "Genomförd med avvikelse: 3 av 20 fakturor saknade andra attest. Berörda rektorer informerade.",
         "Information på rektorsmöte 2025-09-04", "GENOMFORD", "ja"),
        ("Skolskjuts", "Kontroll att beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov per rektorsområde", "Tertialvis", "Skolskjutshandläggare", "",
         "Delvis genomförd – stickprov gjort på 2 av 5 rektorsområden, resterande under september.",
         "", "DELVIS", ""),
        ("Frånvaro", "Uppföljning av elevers frånvaro och anmälan till huvudman vid upprepad ogiltig frånvaro",
         "Uttag ur Skola24 och jämförelse med anmälningar", "Tertialvis", "Rektorer", "",
         "Pågår. Rutinen revideras samtidigt.", "", "DELVIS", ""),
        ("Kränkande behandling", "Anmälan om kränkande behandling vidarebefordras till huvudman utan dröjsmål",
         "Jämförelse datum för händelse och anmälan i DF Respons", "Tertialvis", "Utvecklingsledare", "",
         "Ej genomförd under perioden, planeras till T3.", "", "EJ_GENOMFORD", ""),
        ("Barnomsorgsavgifter", "Kontroll av inkomstuppgifter för barnomsorgsavgift (maxtaxa)",
         "Inkomstjämförelse mot Skatteverket", "Årligen", "Avgiftshandläggare", "",
         "Se bilaga 3.", "", "OKLAR", ""),
        ("Personal", "Registerutdrag ur belastningsregistret har uppvisats före anställning",
         "Kontroll av samtliga nyanställda jan–aug", "Tertialvis", "HR-konsult BUF", "Nej",
         "Genomförd, 15 av 15 nyanställda hade uppvisat utdrag.", "", "GENOMFORD", "nej"),
        ("Lokaler", "Systematiskt brandskyddsarbete på förskolor – dokumenterade egenkontroller",
         "Stickprov 5 förskolor", "Halvår", "Förskolechefer", "", "", "", "SAKNAS", ""),
        ("Placering", "Placering i förskola enligt köregler",
         "Stickprov 10 placeringar", "Årligen", "Placeringsassistent", "",
         "Utgår – ersätts av ny kontroll i IK-plan 2026 enl. BUN 2025-06-11 § 54.", "", "UTGAR", ""),
        ("Ekonomi", "Kontroll av interkommunala ersättningar (fakturering till andra kommuner)",
         "Avstämning elevregister mot fakturerade belopp", "Tertialvis", "Ekonom BUF", "Ja",
         "Klar. Två fakturor var ställda mot fel kommun, krediterade och omfakturerade.", "",
         "GENOMFORD", "ja"),
    ]
    r = hr + 1
    for i, row in enumerate(rows, 1):
        data_row(ws, r, [i] + list(row[:8]))
        exp(fil, namnd, row[1], row[8], row[9])
        r += 1
    r += 1
    ws.cell(r, 1, "OBS! Statuskolumnen är borttagen – status framgår av kommentaren. /JL").font = Font(italic=True, size=9)
    ws.cell(r + 2, 1, FOOTER).font = Font(size=8, color="808080")
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, fil[:-4] + ".xlsx")
    wb.save(src)
    soffice_convert(src, "xls", HERE)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# =================================================================== SN (sub-total rows per process)
def make_sn():
    fil = "Socialnämnden IK T2 2025.xlsx"
    namnd = "Socialnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "SN"
    ws.oddHeader.center.text = "Socialnämnden – Uppföljning intern kontroll T2 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    r = title_block(ws, "Uppföljning av intern kontroll – tertial 2 2025", [
        ("Nämnd:", ""),
        ("Förvaltning:", ""),
        ("Uppföljningsperiod:", "T2 (januari–augusti) 2025"),
        ("Ifylld av / datum:", "Maria Ekström, kvalitetsutvecklare, 2025-09-10"),
    ])
    header_row(ws, r, STD_HEAD, STD_WIDTH)
    hr = r
    r += 1
    groups = [
        ("Ekonomiskt bistånd", [
            ("Kontroll att utbetalning av ekonomiskt bistånd sker enligt beslut",
             "Stickprov 20 ärenden i Viva", "Tertialvis", "Enhetschef försörjningsstöd",
             "Genomförd", "Nej", "20 ärenden granskade utan anmärkning.", "", "GENOMFORD", "nej"),
            ("Kontroll av att uppföljning görs i ärenden med långvarigt bistånd",
             "Genomgång av ärenden med bistånd > 10 månader", "Tertialvis", "Enhetschef försörjningsstöd",
             "Genomförd", "Ja", "I 4 av 12 ärenden saknades dokumenterad uppföljningsplan.",
             "Genomgång på APT, checklista införs", "GENOMFORD", "ja"),
            ("Kontroll av att samkörning mot Försäkringskassan och CSN (SSBTEK) görs före beslut",
             "Stickprov 20 nybesök", "Tertialvis", "Socialsekreterare", "Genomförd", "Nej", "",
             "", "GENOMFORD", "nej"),
            ("Återsökning av felaktigt utbetalt bistånd",
             "Genomgång av återkravsbeslut", "Halvår", "Enhetschef försörjningsstöd",
             "Ej genomförd", "", "Ej hunnits p.g.a. hög personalomsättning.", "Görs under T3",
             "EJ_GENOMFORD", ""),
        ], "Antal kontroller: 4, varav genomförda 3"),
        ("Barn och unga", [
            ("Förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Uttag ur verksamhetssystemet", "Tertialvis", "Enhetschef mottagning",
             "Genomförd", "Ja", "87 % av förhandsbedömningarna klara inom 14 dagar (mål 100 %).",
             "Extra resurs på mottagningen under hösten", "GENOMFORD", "ja"),
            ("Utredningstid högst fyra månader enligt 11 kap. 2 § SoL",
             "Uttag ur verksamhetssystemet", "Tertialvis", "Enhetschef utredning",
             "Delvis genomförd", "", "Uttag gjort t.o.m. juni, juli–augusti återstår.", "",
             "DELVIS", ""),
            ("Kontroll av att vårdplan upprättas vid placering",
             "Samtliga placeringar jan–aug", "Tertialvis", "Enhetschef utredning",
             "Genomförd", "Nej", "Vårdplan fanns i samtliga 9 placeringar.", "", "GENOMFORD", "nej"),
        ], "Antal kontroller: 3, varav genomförda 2"),
        ("LSS / funktionsstöd", [
            ("Kontroll av att beslut om personlig assistans verkställs inom tre månader",
             "Uttag ej verkställda beslut", "Tertialvis", "Enhetschef LSS",
             "Genomförd", "Nej", "", "", "GENOMFORD", "nej"),
            ("Kontroll av fakturor från privata assistansanordnare mot beviljade timmar",
             "Avstämning tidrapporter mot beslut", "Tertialvis", "Ekonom SOC",
             "Delvis genomförd", "Ja",
             "Två av fem anordnare granskade; en anordnare hade fakturerat 46 timmar för mycket.",
             "Kreditering begärd", "DELVIS", "ja"),
            ("Rapportering av ej verkställda beslut till IVO",
             "Jämförelse beslut/verkställighet", "Kvartalsvis", "Enhetschef LSS",
             "Utgår", "", "Ej aktuellt – rapporteringen hanteras från 2025 av Vård- och omsorgsnämnden.",
             "", "UTGAR", ""),
        ], "Antal kontroller: 3, varav genomförda 1"),
        ("Gemensamt", [
            ("Kontroll av att delegationsbeslut anmäls till nämnden",
             "Jämförelse delegationslistor mot protokoll", "Tertialvis", "Nämndsekreterare",
             "Genomförd", "Nej", "", "", "GENOMFORD", "nej"),
            ("Hantering av synpunkter och klagomål",
             "Genomgång av inkomna synpunkter", "Halvår", "Kvalitetsutvecklare",
             "", "", "", "", "SAKNAS", ""),
        ], "Antal kontroller: 2, varav genomförda 1"),
    ]
    for gi, (proc, items, subtotal) in enumerate(groups, 1):
        c = ws.cell(r, 1, "Process: " + proc)
        c.font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(r, col).fill = PROC_FILL
            ws.cell(r, col).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for ii, it in enumerate(items, 1):
            data_row(ws, r, ["%d.%d" % (gi, ii), proc if ii == 1 else ""] + list(it[:8]))
            exp(fil, namnd, it[0], it[8], it[9])
            r += 1
        # inserted sub-total row, written in the Kontrollmoment column
        for col in range(1, 11):
            ws.cell(r, col).fill = GREY_FILL
            ws.cell(r, col).border = BORDER
        ws.cell(r, 3, subtotal).font = Font(bold=True, italic=True)
        r += 1
    r += 1
    ws.cell(r, 3, "Totalt antal kontroller: 12, varav genomförda 7, delvis genomförda 2, "
                  "ej genomförda 1, utgår 1, ej rapporterad 1").font = Font(bold=True)
    ws.cell(r, 3).alignment = WRAP
    add_dv(ws, STATUS_LIST, "G%d:G%d" % (hr + 1, r))
    ws.cell(r + 2, 1, FOOTER).font = Font(size=8, color="808080")
    save_xlsx(wb, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# =================================================================== TN (English headings)
def make_tn():
    fil = "TN_Internal_control_follow-up_T2_2025.xlsx"
    namnd = "Tekniska nämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Follow-up T2"
    r = title_block(ws, "Internal control follow-up – tertial 2 2025", [
        ("Committee:", "Tekniska nämnden"),
        ("Department:", "Tekniska förvaltningen"),
        ("Follow-up period:", "T2 (January–August) 2025"),
        ("Completed by / date:", "P. Hansson (Ramboll) / Anders Nyberg, 2025-09-08"),
    ], instr=("Instructions: Status is entered as Genomförd (completed), Delvis genomförd (partly completed), "
              "Ej genomförd (not completed) or Utgår (removed). Enter Yes under Deviation if the control "
              "found errors and describe them under Comment / result."))
    head = ["No.", "Process", "Control activity", "Control method", "Frequency", "Responsible",
            "Status T2", "Deviation (Yes/No)", "Comment / result", "Action"]
    header_row(ws, r, head, STD_WIDTH)
    hr = r
    rows = [
        ("Fakturering", "Kontroll att VA-avgifter debiteras enligt gällande taxa",
         "Stickprov 30 kunder", "Tertialvis", "VA-chef", "Genomförd", "Nej",
         "Stickprov 30 kunder, korrekt taxa i samtliga fall.", "", "GENOMFORD", "nej"),
        ("Fordon", "Körjournaler för kommunens fordon förs och attesteras",
         "Genomgång av samtliga fordon juni", "Tertialvis", "Fordonssamordnare", "Completed", "Yes",
         "Logbook missing for 2 of 14 vehicles in June.", "Reminder sent to unit managers",
         "GENOMFORD", "ja"),
        ("Upphandling", "Avrop från ramavtal för entreprenader följer avtalets villkor",
         "Granskning av 6 avrop", "Halvår", "Upphandlingsansvarig TF", "Delvis genomförd", "",
         "3 of 6 call-offs reviewed, remaining 3 in October.", "", "DELVIS", ""),
        ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176",
         "Okulär besiktning samtliga lekplatser", "Årligen", "Parkchef", "In progress", "",
         "Inspection of 18 of 31 playgrounds done, remaining in September.", "", "DELVIS", ""),
        ("Fastighet", "Kontroll av att lagstadgade besiktningar (hiss, OVK) utförs i tid",
         "Uttag ur fastighetssystemet", "Tertialvis", "Fastighetschef", "Genomförd", "No",
         "All inspections within deadline.", "", "GENOMFORD", "nej"),
        ("Avfall", "Kontroll att farligt avfall hanteras med transportdokument",
         "Stickprov återvinningscentralen", "Halvår", "Avfallschef", "Not started", "",
         "Postponed to T3 due to reorganisation of the waste unit.", "", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Tertialvis", "Controller TF", "Genomförd", "Nej", "", "",
         "GENOMFORD", "nej"),
        ("Investeringar", "Uppföljning av investeringsprojekt mot beslutad budget",
         "Genomgång projektredovisning", "Tertialvis", "Controller TF", "N/A", "",
         "Removed – covered by the new investment process (TN 2025-04-23 § 31).", "", "UTGAR", ""),
        ("Vinterväghållning", "Kontroll av entreprenörens utryckningstider vid snöröjning mot avtal",
         "GPS-loggar jämförs mot avtalade tider", "Årligen", "Gatuchef", "", "",
         "Done in April for winter season 2024/25. No deviations.", "", "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for i, row in enumerate(rows, 1):
        data_row(ws, r, [i] + list(row[:9]))
        exp(fil, namnd, row[1], row[9], row[10])
        r += 1
    add_dv(ws, STATUS_LIST, "G%d:G%d" % (hr + 1, r + 5))
    r += 1
    ws.cell(r, 1, "Date and signature, Head of Department: ______________________").font = Font(size=9)
    ws.cell(r + 2, 1, FOOTER).font = Font(size=8, color="808080")
    save_xlsx(wb, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# =================================================================== KFN (control + method in one cell) -> .ods
def make_kfn():
    fil = "KFN_IK-uppfoljning_T2-2025.ods"
    namnd = "Kultur- och fritidsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    r = title_block(ws, "Uppföljning av intern kontroll – tertial 2 2025", [
        ("Nämnd:", "Kultur- och fritidsnämnden"),
        ("Förvaltning:", "Kultur- och fritidsförvaltningen"),
        ("Uppföljningsperiod:", "jan–aug 2025 (T2)"),
        ("Ifylld av / datum:", "Sara Öhman 2025-09-03"),
    ])
    head = ["Nr", "Process/rutin", "Kontrollmoment / metod", "Frekvens", "Ansvarig",
            "Status T2", "Avvikelse (Ja/Nej)", "Kommentar / resultat", "Åtgärd"]
    widths = [5, 18, 58, 12, 20, 16, 11, 50, 30]
    header_row(ws, r, head, widths)
    hr = r
    rows = [
        ("Kassahantering", "Kassarapporter stäms av mot bankinsättningar\nMetod: stickprov 10 dagar per anläggning (badhus, bibliotek)",
         "Tertialvis", "Administrativ chef", "Genomförd", "Nej", "", "", "GENOMFORD", "nej"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler\nMetod: granskning av 15 ansökningar mot regelverket",
         "Halvår", "Föreningskonsulent", "Genomförd", "Ja",
         "2 föreningar hade fått aktivitetsstöd för deltagare över 25 år. Återkrav skickat.",
         "Tydligare information i ansökningsportalen", "GENOMFORD", "ja"),
        ("Uthyrning", "Bokning och debitering av lokaler och anläggningar\nMetod: avstämning bokningssystem mot fakturering, april och maj",
         "Tertialvis", "Bokningsansvarig", "Delvis genomförd", "", "April klar, maj pågår.", "",
         "DELVIS", ""),
        ("Bibliotek", "Gallring och inventering av mediebestånd enligt gallringsplan\nMetod: egenkontroll per filial",
         "Årligen", "Bibliotekschef", "Ej genomförd", "", "Skjuts till 2026 p.g.a. flytt av huvudbiblioteket.",
         "", "EJ_GENOMFORD", ""),
        ("Personal", "Registerutdrag för personal som arbetar med barn (fritidsgård, kulturskola)\nMetod: kontroll av samtliga nyanställningar",
         "Tertialvis", "HR-partner", "Genomförd", "Nej", "7 av 7 nyanställda kontrollerade.", "",
         "GENOMFORD", "nej"),
        ("Kulturskola", "Avgifter för kulturskolan debiteras enligt taxa\nMetod: stickprov 20 elever",
         "Terminsvis", "Kulturskolechef", "Genomförd med avvikelse", "Ja",
         "Syskonrabatt hade inte tillämpats i 3 fall. Rättat.", "", "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen\nMetod: stickprov 20 fakturor",
         "Tertialvis", "Ekonom", "Ej aktuell", "",
         "Kontrollen görs centralt av KLF från 2025, se KS uppföljning.", "", "UTGAR", ""),
        ("Evenemang", "Tillstånd och säkerhetsplan finns för större evenemang\nMetod: genomgång av samtliga evenemang > 500 besökare",
         "Tertialvis", "Evenemangssamordnare", "Genomförd", "Nej",
         "Sjöviksfestivalen och nationaldagsfirandet granskade, tillstånd och planer fanns.", "",
         "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for i, row in enumerate(rows, 1):
        data_row(ws, r, [i] + list(row[:8]))
        ws.row_dimensions[r].height = 45
        exp(fil, namnd, row[1], row[8], row[9])
        r += 1
    r += 1
    ws.cell(r, 1, FOOTER).font = Font(size=8, color="808080")
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, fil[:-4] + ".xlsx")
    wb.save(src)
    soffice_convert(src, "ods", HERE)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# =================================================================== MBN (table pasted twice)
def make_mbn():
    fil = "MBN_uppfoljning_internkontroll_T2_2025.xlsx"
    namnd = "Miljö- och byggnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Blad1"
    r = title_block(ws, "Uppföljning av intern kontroll – tertial 2 2025", [
        ("Nämnd:", "Miljö- och byggnämnden"),
        ("Förvaltning:", "Samhällsbyggnadsförvaltningen"),
        ("Uppföljningsperiod:", "T2 (januari–augusti) 2025"),
        ("Ifylld av / datum:", "Karin Sjöberg"),
    ])
    # ---- old version (must be ignored)
    c = ws.cell(r, 1, "Tidigare version – ej aktuell")
    c.font = Font(bold=True, size=12, color="C00000")
    ws.cell(r, 4, "(utkast 2025-06-12)").font = Font(italic=True, size=9)
    r += 1
    header_row(ws, r, STD_HEAD, STD_WIDTH)
    r += 1
    old = [
        ("Bygglov", "Handläggningstid för bygglov inom lagstadgade 10 veckor", "Uttag ur Castor", "Tertialvis",
         "Bygglovschef", "Ej genomförd", "", "Uttag ej gjort ännu.", ""),
        ("Bygglov", "Avgiftsuttag enligt plan- och bygglovstaxan", "Stickprov 15 beslut", "Tertialvis",
         "Bygglovschef", "Delvis genomförd", "", "8 av 15 granskade.", ""),
        ("Tillsyn", "Planerad livsmedelskontroll genomförs enligt kontrollplan", "Uttag ur Ecos",
         "Tertialvis", "Miljöchef", "Ej genomförd", "", "", ""),
        ("Tillsyn", "Debitering av årlig kontrollavgift livsmedel", "Avstämning mot fakturering",
         "Årligen", "Miljöchef", "Genomförd", "Nej", "", ""),
        ("Miljö", "Handläggning av ansökan om enskilt avlopp", "Stickprov 10 ärenden", "Halvår",
         "Miljöinspektör", "", "", "", ""),
        ("Strandskydd", "Kontroll av strandskyddsdispenser mot delegationsordningen", "Samtliga beslut",
         "Halvår", "Planarkitekt", "Delvis genomförd", "", "Pågår.", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Tertialvis", "Controller", "", "", "", ""),
    ]
    for i, row in enumerate(old, 1):
        data_row(ws, r, [i] + list(row))
        r += 1
    r += 3
    # ---- current version
    c = ws.cell(r, 1, "Aktuell version – reviderad 2025-09-08")
    c.font = Font(bold=True, size=12, color="375623")
    r += 1
    header_row(ws, r, STD_HEAD)
    hr = r
    r += 1
    new = [
        ("Bygglov", "Handläggningstid för bygglov inom lagstadgade 10 veckor", "Uttag ur Castor", "Tertialvis",
         "Bygglovschef", "Genomförd", "Ja",
         "6 av 112 ärenden överskred 10 veckor, avgiftsreduktion enligt PBL tillämpad.", "", "GENOMFORD", "ja"),
        ("Bygglov", "Avgiftsuttag enligt plan- och bygglovstaxan", "Stickprov 15 beslut", "Tertialvis",
         "Bygglovschef", "Genomförd", "Nej", "15 av 15 korrekt debiterade.", "", "GENOMFORD", "nej"),
        ("Tillsyn", "Planerad livsmedelskontroll genomförs enligt kontrollplan", "Uttag ur Ecos",
         "Tertialvis", "Miljöchef", "Delvis genomförd", "",
         "62 % av planerade kontroller utförda t.o.m. augusti.", "Inhyrd inspektör sept–nov", "DELVIS", ""),
        ("Tillsyn", "Debitering av årlig kontrollavgift livsmedel", "Avstämning mot fakturering",
         "Årligen", "Miljöchef", "Genomförd", "Nej", "", "", "GENOMFORD", "nej"),
        ("Miljö", "Handläggning av ansökningar om enskilda avlopp inom 8 veckor", "Stickprov 10 ärenden",
         "Halvår", "Miljöinspektör", "Ej genomförd", "", "Ej påbörjad.", "", "EJ_GENOMFORD", ""),
        ("Delegation", "Delegationsbeslut anmäls till nämnden", "Jämförelse Castor/Ecos mot protokoll",
         "Tertialvis", "Nämndsekreterare", "Genomförd", "Nej", "", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Tertialvis", "Controller", "Genomförd", "Nej", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Diarieföring", "Registrering av inkomna klagomål inom 2 arbetsdagar", "Stickprov 20 klagomål",
         "Tertialvis", "Registrator", "Utgår", "", "Slås ihop med kontroll 1 från T3 (MBN 2025-08-27 § 71).",
         "", "UTGAR", ""),
    ]
    for i, row in enumerate(new, 1):
        data_row(ws, r, [i] + list(row[:9]))
        exp(fil, namnd, row[1], row[9], row[10])
        r += 1
    add_dv(ws, STATUS_LIST, "G%d:G%d" % (hr + 1, r + 5))
    r += 1
    ws.cell(r, 1, FOOTER).font = Font(size=8, color="808080")
    save_xlsx(wb, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# =================================================================== VON (symbols, legend in a cell comment)
def make_von():
    fil = "VON uppföljning internkontroll T2 2025.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning T2"
    r = title_block(ws, "Uppföljning av intern kontroll – tertial 2 2025", [
        ("Nämnd:", "Vård- och omsorgsförvaltningen"),
        ("Förvaltning:", ""),
        ("Uppföljningsperiod:", "Tertial 2, 2025"),
        ("Ifylld av / datum:", "Lena Holm, 2025-09-10"),
    ])
    header_row(ws, r, STD_HEAD, STD_WIDTH)
    hr = r
    cm = Comment("Lena Holm:\nTeckenförklaring\n✔ = Genomförd\n◐ = Delvis genomförd\n"
                 "✘ = Ej genomförd\n– = Utgår / ej aktuell", "Lena Holm")
    cm.width = 220
    cm.height = 130
    ws.cell(hr, 7).comment = cm
    rows = [
        ("Hemtjänst", "Utförd tid i hemtjänsten stäms av mot beviljad tid", "Uttag ur TES mot beslut",
         "Tertialvis", "Enhetschef hemtjänst", "✔", "Nej", "", "", "GENOMFORD", "nej"),
        ("Hemtjänst", "Kontroll av att genomförandeplan upprättas inom 14 dagar efter beslut",
         "Stickprov 30 ärenden", "Tertialvis", "Enhetschef hemtjänst", "✔", "Ja",
         "Genomförandeplan saknades eller var försenad i 7 av 30 ärenden.", "Uppföljning på APT",
         "GENOMFORD", "ja"),
        ("Särskilt boende", "Läkemedelshantering – avvikelser rapporteras och följs upp",
         "Genomgång av avvikelser i Lifecare", "Tertialvis", "MAS", "◐", "",
         "Två av fyra boenden klara.", "", "DELVIS", ""),
        ("Särskilt boende", "Kontroll av brukarnas privata medel (kontantkassor)",
         "Inventering av kassor och kvitton", "Halvår", "Enhetschefer SÄBO", "✘", "",
         "Ej genomförd p.g.a. sjukskrivning.", "Genomförs i oktober", "EJ_GENOMFORD", ""),
        ("Hälso- och sjukvård", "Kontroll av signeringslistor för delegerade hälso- och sjukvårdsinsatser",
         "Stickprov 2 veckor per enhet", "Tertialvis", "MAS", "✔", "Nej", "", "", "GENOMFORD", "nej"),
        ("Avgifter", "Debitering av omvårdnadsavgifter enligt maxtaxa", "Stickprov 25 avgiftsbeslut",
         "Tertialvis", "Avgiftshandläggare", "✔✘", "",
         "Se separat rapport till nämnden i oktober.", "", "OKLAR", ""),
        ("Personal", "Kontroll av att timanställda har giltig delegering",
         "Jämförelse bemanningsschema mot delegeringsregister", "Tertialvis", "Enhetschefer", "◐", "Ja",
         "Delegering saknades för 3 timanställda på Sjögläntan, åtgärdat. Övriga enheter kontrolleras i T3.",
         "", "DELVIS", "ja"),
        ("Bemanning", "Uppföljning av bemanningsföretag – fakturor mot avtal",
         "Avstämning faktura mot avrop", "Tertialvis", "Controller VOF", "–", "",
         "Inga bemanningsföretag anlitade 2025.", "", "UTGAR", ""),
        ("Lex Sarah", "Utredning av lex Sarah-rapporter påbörjas utan dröjsmål",
         "Genomgång av samtliga rapporter", "Tertialvis", "Kvalitetsstrateg", "", "", "", "",
         "SAKNAS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Tertialvis", "Controller VOF", "✔", "Nej", "", "", "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for i, row in enumerate(rows, 1):
        data_row(ws, r, [i] + list(row[:9]))
        ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 7).font = Font(size=13)
        exp(fil, namnd, row[1], row[9], row[10])
        r += 1
    r += 1
    ws.cell(r, 1, FOOTER).font = Font(size=8, color="808080")
    save_xlsx(wb, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# =================================================================== blank template (rejected)
def make_template():
    fil = "Mall_uppfoljning_T2_2025.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning T2"
    r = title_block(ws, "Uppföljning av intern kontroll – tertial 2 2025", [
        ("Nämnd:", None),
        ("Förvaltning:", None),
        ("Uppföljningsperiod:", "T2 (januari–augusti) 2025"),
        ("Ifylld av / datum:", None),
    ])
    header_row(ws, r, STD_HEAD, STD_WIDTH)
    hr = r
    for i in range(1, 16):
        data_row(ws, hr + i, [i] + [None] * 9)
    add_dv(ws, STATUS_LIST, "G%d:G%d" % (hr + 1, hr + 15))
    add_dv(ws, JANEJ_LIST, "H%d:H%d" % (hr + 1, hr + 15))
    ws.cell(hr + 17, 1, "Datum och underskrift förvaltningschef: ______________________").font = Font(size=9)
    ws.cell(hr + 19, 1, FOOTER).font = Font(size=8, color="808080")
    ins = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion – uppföljning av intern kontroll T2 2025",
        "",
        "1. Fyll i nämnd, förvaltning och vem som fyllt i uppgifterna i de gula fälten.",
        "2. För in nämndens kontrollmoment enligt antagen internkontrollplan 2025.",
        "3. Ange status för perioden: Genomförd, Delvis genomförd, Ej genomförd eller Utgår.",
        "4. Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister och beskriv dem.",
        "5. Lägg inte till eller ta bort kolumner – filen läses in automatiskt.",
        "6. Skicka filen till ekonomiavdelningen@sjovik.se senast 15 september 2025.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(i, 1, t).font = Font(bold=(i == 1))
    ins.column_dimensions["A"].width = 100
    save_xlsx(wb, os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# =================================================================== CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Samhällsbyggnadsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Sjövikshem AB", "Sjövikshem|Sjöviks bostadsbolag"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, delimiter=";", lineterminator="\n")
            cw.writerow(header)
            for row in rows:
                cw.writerow(row)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], sorted(FILES))
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    for name in os.listdir(HERE):
        if name.endswith((".xlsx", ".xls", ".ods", ".csv")):
            os.remove(os.path.join(HERE, name))
    make_ks()
    make_bun()
    make_sn()
    make_tn()
    make_kfn()
    make_mbn()
    make_von()
    make_template()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
