#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 18 - Ljusnebo kommun (Gävleborg), internkontroll 2025, januari-inkorgen."""
import io
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Ljusnebo kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km and len(km) >= 25, km
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- common Excel template
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")
GREY = PatternFill("solid", fgColor="BFBFBF")

TEMPLATE_HEAD = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Metod/frekvens", "Ansvarig",
                 "Resultat av kontroll", "Avvikelse (Ja/Nej)", "Status", "Kommentar/åtgärd"]
WIDTHS = [5, 20, 26, 40, 20, 16, 45, 12, 18, 40]


def template_sheet(ws, namnd_cell, period_cell, datum, head, rows, widths=None, status_col=None,
                   validation=True):
    """Ljusnebo kommuns gemensamma mall 'Uppföljning av internkontrollplan'."""
    ncol = len(head)
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = KOMMUN
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Nämnd:"
    ws["B3"] = namnd_cell
    ws["A4"] = "Period:"
    ws["B4"] = period_cell
    ws["A5"] = "Datum:"
    ws["B5"] = datum
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    hr = 7
    for i, h in enumerate(head, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    r = hr + 1
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BORDER
        r += 1
    for i, w in enumerate(widths or WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    if validation and status_col:
        dv = DataValidation(type="list",
                            formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"',
                            allow_blank=True)
        col = get_column_letter(status_col)
        dv.add(f"{col}{hr + 1}:{col}{hr + 40}")
        ws.add_data_validation(dv)
    ws.freeze_panes = ws.cell(row=hr + 1, column=1)
    return r  # first free row


def instruktion_sheet(wb):
    ws = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion – uppföljning av internkontrollplan",
        "Fyll i en rad per kontrollmoment enligt nämndens antagna internkontrollplan.",
        "Status anges med något av följande värden (rullista):",
        "Genomförd – kontrollen är utförd enligt plan",
        "Delvis genomförd – kontrollen är påbörjad eller utförd i delar",
        "Ej genomförd – kontrollen har inte utförts",
        "Utgår – kontrollmomentet har tagits bort ur planen genom beslut",
        "Avvikelse anges Ja om kontrollen visat brister. Beskriv i så fall åtgärd i kommentarskolumnen.",
        "Skicka filen till ekonomiavdelningen senast 2026-01-16. Frågor: ekonomi@ljusnebo.se",
    ]
    for i, t in enumerate(lines, 1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True, size=12)
    ws.column_dimensions["A"].width = 95


def save_wb(wb, name, creator):
    wb.properties.creator = creator
    wb.properties.title = "Uppföljning internkontrollplan 2025"
    wb.save(os.path.join(OUT, name))


# ---------------------------------------------------------------- 1. Kommunstyrelsen (clean)
def f1_ks():
    fil = "Kommunstyrelsen_IK_uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    rows = [
        # nr, process, risk, km, metod, ansvarig, resultat, avv, status, kommentar, exp_status, exp_avv
        (1, "Attest", "Fakturor betalas utan behörig attest",
         "Kontroll att attest av leverantörsfakturor sker enligt attestreglementet",
         "Stickprov 20 fakturor per kvartal", "Ekonomichef",
         "80 fakturor granskade. Två fakturor var attesterade av person som saknade attesträtt.",
         "Ja", "Genomförd", "Attestförteckningen uppdaterad i november 2025.", "GENOMFORD", "ja"),
        (2, "Delegation", "Beslut fattade på delegation anmäls inte",
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Stickprov vid T2 och helår", "Kanslichef",
         "Samtliga 30 kontrollerade beslut var anmälda till KS.", "Nej", "Genomförd", "", "GENOMFORD", "nej"),
        (3, "Löner", "Felaktiga lönetillägg betalas ut",
         "Kontroll av att lönetillägg och engångsbelopp har undertecknat beslutsunderlag",
         "Stickprov sept–nov", "HR-chef",
         "Tre av 40 tillägg saknade undertecknat underlag. Underlag har kompletterats i efterhand.",
         "Ja", "Genomförd", "Påminnelse till chefer via chefsforum.", "GENOMFORD", "ja"),
        (4, "Behörigheter", "Avslutade medarbetare har kvar behörighet",
         "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning",
         "Jämförelse mot personalsystemet, halvår", "Systemförvaltare ekonomi",
         "Kontroll gjord för kansli och ekonomi. Övriga enheter kontrolleras i februari 2026.",
         "Nej", "Delvis genomförd", "", "DELVIS", "nej"),
        (5, "Upphandling", "Direktupphandlingar dokumenteras inte",
         "Kontroll att direktupphandlingar över 100 tkr dokumenteras enligt riktlinje",
         "Genomgång av leverantörsreskontra", "Upphandlingschef",
         "Kontrollen har inte genomförts på grund av vakans som upphandlare under hösten.",
         "", "Ej genomförd", "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", "nej"),
        (6, "Representation", "Representation utan koppling till verksamheten",
         "Kontroll av representation och förtroendekänsliga poster på KS konton",
         "Samtliga verifikationer konto 7xxx", "Redovisningsansvarig",
         "Alla verifikationer hade syfte och deltagare angivna.", "Nej", "Genomförd", "", "GENOMFORD", "nej"),
        (7, "Informationssäkerhet", "Kritiska system saknar klassning",
         "Kontroll att informationssäkerhetsklassning gjorts för kommunens kritiska system",
         "Genomgång av klassningsregister", "Informationssäkerhetssamordnare",
         "", "", "Utgår",
         "Ersätts av kommungemensamt NIS2-projekt enligt KS beslut 2025-04-08 § 61.", "UTGAR", "nej"),
        (8, "Statsbidrag", "Kommunen går miste om ersättning",
         "Kontroll att återsökning av ersättning från Migrationsverket görs inom föreskriven tid",
         "Kvartalsvis avstämning", "Ekonom",
         "En ansökan för kvartal 2 skickades för sent, 42 tkr gick förlorade.", "Ja", "Genomförd",
         "Bevakning lagd i ärendesystemet.", "GENOMFORD", "ja"),
        (9, "Diarieföring", "Allmänna handlingar registreras inte i tid",
         "Kontroll att inkomna allmänna handlingar diarieförs inom tre arbetsdagar",
         "Mätning två veckor vår och höst", "Registrator",
         "Mätningen under våren visade 96 % inom tre dagar. Höstens mätning är inte gjord.", "Nej",
         "Delvis genomförd", "", "DELVIS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    r = template_sheet(ws, N, "Helår 2025", "2026-01-13", TEMPLATE_HEAD,
                       [x[:10] for x in rows], status_col=9)
    ws.cell(row=r + 1, column=1, value="Antal kontrollmoment: 9")
    ws.cell(row=r + 3, column=1, value="Godkänd av kommundirektör: Anna-Karin Westberg, 2026-01-13")
    instruktion_sheet(wb)
    save_wb(wb, fil, "Ekonomiavdelningen Ljusnebo")
    for x in rows:
        exp(fil, N, x[3], x[10], x[11])
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))


# ---------------------------------------------------------------- 2. BUN (status only in comment)
def f2_bun():
    fil = "BUF IK 2025 helår.xlsx"
    N = "Barn- och utbildningsnämnden"
    head = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Metod/frekvens", "Ansvarig",
            "Berörda skolenheter", "Resultat av kontroll", "Avvikelse (Ja/Nej)", "Status", "Kommentar/åtgärd"]
    widths = [5, 20, 26, 40, 14, 16, 22, 45, 12, 14, 40]
    rows = [
        (1, "Rekrytering", "Olämplig person anställs",
         "Kontroll att utdrag ur belastningsregistret uppvisats vid nyanställning i förskola och skola",
         "", "HR-konsult", "Alla",
         "Stickprov på 25 anställningar, samtliga hade uppvisat utdrag.", "", "",
         "Genomförd.", "GENOMFORD", "nej"),
        (2, "Elevhälsa", "Ogiltig frånvaro upptäcks inte",
         "Kontroll att upprepad ogiltig frånvaro anmäls till huvudmannen enligt rutin",
         "", "Verksamhetschef grundskola", "Grundskolorna",
         "Två av sju skolor har inte anmält upprepad frånvaro enligt rutinen.", "", "",
         "Genomförd, avvikelse – rutinen förtydligas och gås igenom med rektorer i februari.",
         "GENOMFORD", "ja"),
        (3, "Kränkande behandling", "Anmälningar når inte huvudmannen",
         "Kontroll att anmälan om kränkande behandling når huvudmannen inom en vecka",
         "", "Kvalitetsutvecklare", "Alla",
         "", "", "",
         "Kontrollen påbörjad under hösten, slutförs under vt 2026.", "DELVIS", "nej"),
        (4, "Skolskjuts", "Beslut fattas utan delegation",
         "Kontroll att beslut om skolskjuts fattas enligt delegationsordningen",
         "", "Skolskjutssamordnare", "",
         "", "", "",
         "Ej genomförd p.g.a. byte av verksamhetssystem.", "EJ_GENOMFORD", "nej"),
        (5, "Avgifter", "Felaktiga avgifter debiteras",
         "Kontroll av att barnomsorgsavgifter debiteras enligt taxa och aktuell inkomstuppgift",
         "", "Avgiftshandläggare", "Förskolorna",
         "Se bilaga 3", "", "", "", "OKLAR", "nej"),
        (6, "Tilläggsbelopp", "Stödet används inte för avsett syfte",
         "Kontroll att beviljade tilläggsbelopp följs upp och används för avsett stöd",
         "", "Barn- och elevhälsochef", "", "", "", "", "", "SAKNAS", "nej"),
        (7, "Inköp", "Inköp görs utanför avtal",
         "Kontroll av att inköp av läromedel sker från avtalade leverantörer",
         "", "Controller", "Alla",
         "Genomgång av leverantörsfakturor jan–okt.", "", "",
         "Klart. 14 % av läromedelsinköpen gjordes hos leverantörer utan avtal.", "GENOMFORD", "ja"),
        (8, "Behörigheter", "Tidigare personal kommer åt elevuppgifter",
         "Kontroll av behörigheter i elevdokumentationssystemet", "", "Systemförvaltare", "Alla",
         "", "", "", "Pågår, ca hälften av enheterna klara.", "DELVIS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    data = [x[:11] for x in rows]
    # control 8: text continues on the next physical row (someone pressed Enter in the wrong place)
    data.append(["", "", "", "(Unikum) för personal som slutat", "", "", "", "", "", "", ""])
    r = template_sheet(ws, "Barn- och utbildningsförvaltningen", "Helår 2025", "", head, data,
                       widths=widths, status_col=10)
    ws.cell(row=r + 1, column=1, value="Bilaga 3 (avgiftskontroll) skickas separat.")
    instruktion_sheet(wb)
    save_wb(wb, fil, "BUF kansli")
    for x in rows:
        km = x[3]
        if x[0] == 8:
            km = km + " (Unikum) för personal som slutat"
        exp(fil, N, km, x[11], x[12])
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))


# ---------------------------------------------------------------- 3. Socialnämnden (Delår + Helår sheets)
def f3_sn():
    fil = "Socialnämnden IK-uppföljning 2025.xlsx"
    N = "Socialnämnden"
    head = ["Nr", "Process/rutin", "Risk", "Riskvärde (1–16)", "Kontrollmoment", "Metod/frekvens", "Ansvarig",
            "Resultat av kontroll", "Avvikelse (Ja/Nej)", "Status", "Kommentar/åtgärd"]
    widths = [5, 20, 26, 10, 40, 20, 16, 45, 12, 18, 40]
    # nr, process, risk, riskvärde, km, metod, ansv,
    #   (delår: resultat, avv, status, komm), (helår: resultat, avv, status, komm), exp_status, exp_avv
    C = [
        (1, "Barnavård", "Utredningar drar ut på tiden", 12,
         "Kontroll att utredningar om barn som far illa avslutas inom fyra månader",
         "Uttag ur Treserva per tertial", "Enhetschef barn och unga",
         ("Uttag gjort för T1.", "Nej", "Delvis genomförd", "T2 följs upp till helår."),
         ("6 av 40 utredningar överskred fyra månader utan beslut om förlängning.", "Ja", "Genomförd",
          "Veckovis bevakningslista införd."), "GENOMFORD", "ja"),
        (2, "Ekonomiskt bistånd", "Felaktiga utbetalningar",
         12, "Kontroll av att beslut om ekonomiskt bistånd har korrekt beräkning och dokumentation",
         "Stickprov 10 ärenden/månad", "Enhetschef försörjningsstöd",
         ("60 ärenden granskade, inga fel.", "Nej", "Genomförd", ""),
         ("120 ärenden granskade under året, inga felaktiga utbetalningar.", "Nej", "Genomförd", ""),
         "GENOMFORD", "nej"),
        (3, "Barnavård", "Orosanmälningar bedöms inte i tid", 16,
         "Kontroll att orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur Treserva", "Enhetschef mottagning",
         ("", "", "Ej genomförd", "Startar efter sommaren."),
         ("Uttag gjort för september–december. Första halvåret kontrolleras inte.", "Nej",
          "Delvis genomförd", ""), "DELVIS", "nej"),
        (4, "Placeringar", "Placeringar görs utanför avtal", 9,
         "Kontroll att placeringar på HVB följer ramavtal eller har dokumenterad direktupphandling",
         "Genomgång av samtliga placeringar", "Verksamhetschef IFO",
         ("", "", "Ej genomförd", ""),
         ("Har inte hunnits med, prioriteras 2026.", "", "Ej genomförd", ""), "EJ_GENOMFORD", "nej"),
        (5, "Dataskydd", "Otillbörlig åtkomst till personakter", 12,
         "Kontroll av loggar i verksamhetssystemet Treserva avseende otillbörlig åtkomst",
         "Slumpvis loggkontroll 5 användare/månad", "Systemförvaltare",
         ("Loggkontroller gjorda jan–jun utan anmärkning.", "Nej", "Genomförd", ""),
         ("En otillbörlig åtkomst upptäcktes i oktober och har anmälts till IMY.", "Ja", "Genomförd",
          "Personalärende hanterat av HR."), "GENOMFORD", "ja"),
        (6, "Familjehem", "Barn placeras i ej godkända hem", 16,
         "Kontroll att familjehem är utredda och godkända innan placering",
         "Genomgång av nya placeringar", "Enhetschef familjehem",
         ("Samtliga 5 nya placeringar hade godkänd utredning.", "Nej", "Genomförd", ""),
         ("Samtliga 11 nya placeringar under året hade godkänd utredning.", "Nej", "Genomförd", ""),
         "GENOMFORD", "nej"),
        (7, "Statsbidrag", "Socialnämnden går miste om statliga medel", 6,
         "Kontroll av återsökning av ersättning från Migrationsverket för ensamkommande barn",
         "Kvartalsvis", "Ekonom",
         ("Inga aktuella ärenden.", "", "Utgår", ""),
         ("", "", "Utgår", "Ej aktuell 2025 – inga ensamkommande barn placerade."), "UTGAR", "nej"),
        (8, "Avgifter", "Intäkter uteblir", 9,
         "Kontroll av att egenavgifter för missbruksvård faktureras enligt taxa",
         "Avstämning mot placeringslista", "Administrativ chef",
         ("Fakturering påbörjad för vuxenplaceringar.", "Nej", "Delvis genomförd", ""),
         ("", "Nej", "Genomförd",
          "Faktureringen av egenavgifter har ännu inte kommit igång, ny rutin tas fram."),
         "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws1 = wb.active
    ws1.title = "Delår 2025"
    ws2 = wb.create_sheet("Helår 2025")
    for ws, idx, per, dat in ((ws1, 7, "Delår (jan–aug) 2025", "2025-09-10"),
                              (ws2, 8, "Helår 2025", "2026-01-12")):
        data = []
        for c in C:
            p = c[idx]
            data.append([c[0], c[1], c[2], c[3], c[4], c[5], c[6], p[0], p[1], p[2], p[3]])
        template_sheet(ws, "Socialnämnden", per, dat, head, data, widths=widths, status_col=10)
        # SN colours its status cells (own addition)
        for r in range(8, 8 + len(C)):
            cell = ws.cell(row=r, column=10)
            fill = {"Genomförd": GREEN, "Delvis genomförd": YELLOW, "Ej genomförd": RED,
                    "Utgår": GREY}.get(cell.value)
            if fill:
                cell.fill = fill
    instruktion_sheet(wb)
    wb.active = 1
    save_wb(wb, fil, "Socialförvaltningen")
    for c in C:
        exp(fil, N, c[4], c[9], c[10])
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))


# ---------------------------------------------------------------- 4. KFN (colour only, .xls)
def f4_kfn(tmpdir, lo_profile):
    fil = "KFN uppföljning internkontroll 2025.xls"
    N = "Kultur- och fritidsnämnden"
    rows = [
        (1, "Föreningsbidrag", "Bidrag betalas ut felaktigt",
         "Kontroll att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         "Stickprov 15 ansökningar", "Fritidskonsulent",
         "15 ansökningar kontrollerade, alla enligt normerna.", "Nej", GREEN, "", "GENOMFORD", "nej"),
        (2, "Kontanthantering", "Svinn i kassan",
         "Kontroll att kassaredovisning vid Ljusnebadet stäms av dagligen mot kassasystemet",
         "Månadsvis genomgång", "Badchef",
         "Avstämning har inte skett dagligen under sommaren. Differenser vid fyra tillfällen.", "Ja", YELLOW,
         "Ny rutin med dubbelsignering från 1 sept.", "DELVIS", "ja"),
        (3, "Uthyrning", "Intäkter uteblir",
         "Kontroll att uthyrning av idrottshallar och gymnastiksalar faktureras enligt taxa",
         "Jämförelse bokningssystem – faktura", "Bokningsansvarig",
         "Alla bokningar under mars och oktober fakturerade.", "Nej", GREEN, "", "GENOMFORD", "nej"),
        (4, "Inventarier", "Utrustning försvinner",
         "Kontroll av inventarieförteckning för bibliotekets utlåningsteknik och datorer",
         "Årlig inventering", "Bibliotekschef",
         "Inventeringen kunde inte genomföras p.g.a. ombyggnad av huvudbiblioteket.", "", RED, "",
         "EJ_GENOMFORD", "nej"),
        (5, "Kulturskolan", "Avgiftsbefrielse utan beslut",
         "Kontroll att kulturskolans avgiftsbefrielser har beslut enligt delegation",
         "Samtliga befrielser ht 2025", "Kulturskolechef",
         "Fyra av 22 befrielser saknade delegationsbeslut.", "Ja", GREEN, "Beslut fattade i efterhand.",
         "GENOMFORD", "ja"),
        (6, "Säkerhet", "Brister i brandskyddet",
         "Kontroll av att systematiskt brandskyddsarbete dokumenteras i samtliga lokaler",
         "Egenkontroll", "Fastighetssamordnare",
         "Kontrollen flyttad till Tekniska nämndens plan enligt beslut KFN 2025-03-12 § 18.", "", GREY, "",
         "UTGAR", "nej"),
        (7, "Synpunkter", "Medborgare får inget svar",
         "Kontroll av att allmänhetens synpunkter registreras och besvaras inom tio dagar",
         "Uttag ur synpunktssystemet", "Förvaltningssekreterare",
         "", "", None, "", "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    data = [[x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], "", x[9]] for x in rows]
    r = template_sheet(ws, "Kultur och fritid", "Helår 2025", "2026-01-09", TEMPLATE_HEAD, data,
                       status_col=9)
    for i, x in enumerate(rows):
        if x[8] is not None:
            ws.cell(row=8 + i, column=9).fill = x[8]
    ws.cell(row=r + 1, column=1, value="Färgmarkering i statuskolumnen:")
    ws.cell(row=r + 2, column=2, value="Genomförd").fill = GREEN
    ws.cell(row=r + 3, column=2, value="Delvis genomförd").fill = YELLOW
    ws.cell(row=r + 4, column=2, value="Ej genomförd").fill = RED
    ws.cell(row=r + 5, column=2, value="Utgår").fill = GREY
    ws.cell(row=r + 7, column=1, value="Behandlad i kultur- och fritidsnämnden 2026-01-21.")
    instruktion_sheet(wb)
    tmp_x = os.path.join(tmpdir, "kfn.xlsx")
    wb.properties.creator = "Kultur- och fritidsförvaltningen"
    wb.save(tmp_x)
    convert(tmp_x, "xls", tmpdir, lo_profile)
    shutil.move(os.path.join(tmpdir, "kfn.xls"), os.path.join(OUT, fil))
    for x in rows:
        exp(fil, N, x[3], x[10], x[11])
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))


# ---------------------------------------------------------------- 5. Omsorgsnämnden (Word, one form per control)
def f5_on():
    fil = "Omsorgsnämnden uppföljning IK 2026-01-15.docx"
    N = "Omsorgsnämnden"
    C = [
        dict(km="Kontroll att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut om hemtjänst",
             proc="Hemtjänst", metod="Stickprov 30 ärenden i Lifecare", ansv="Enhetschefer hemtjänst",
             res="26 av 30 ärenden hade genomförandeplan inom 14 dagar. Fyra ärenden saknade plan efter 30 dagar.",
             avv="Ja", bed="Genomförd", st="GENOMFORD", a="ja"),
        dict(km="Kontroll av följsamhet till basala hygienrutiner på särskilda boenden",
             proc="Vård och omsorg", metod="Observationsmätning två gånger per år", ansv="MAS",
             res="Mätningar i april och oktober. Följsamheten ökade från 71 % till 84 %.",
             avv="Nej", bed="Genomförd", st="GENOMFORD", a="nej"),
        dict(km="Kontroll av att gynnande beslut enligt LSS verkställs inom tre månader",
             proc="LSS", metod="Uttag av ej verkställda beslut per kvartal", ansv="Verksamhetschef LSS",
             res="Kontroll gjord för kvartal 1–3. Två beslut om bostad med särskild service var inte verkställda "
                 "och har rapporterats till IVO.",
             avv="Ja", bed="Delvis genomförd", st="DELVIS", a="ja"),
        dict(km="Kontroll att läkemedelsöverlämning signeras korrekt i digital signeringslista",
             proc="Hälso- och sjukvård", metod="Månadsvis uttag ur signeringssystemet", ansv="Enhetschef HSL",
             res="Kontrollen har inte hunnit genomföras under året.",
             avv="Nej", bed="Ej genomförd", st="EJ_GENOMFORD", a="nej"),
        dict(km="Kontroll av att avgifter för hemtjänst och särskilt boende beräknas på aktuella inkomstuppgifter",
             proc="Avgiftshantering", metod="Stickprov 20 avgiftsbeslut", ansv="Avgiftshandläggare",
             res="Se bilaga.", avv="",
             bed="Osäkert – underlag från avgiftshandläggarna har inte kommit in.", st="OKLAR", a="nej"),
        dict(km="Kontroll att privata utförare inom hemtjänst rapporterar avvikelser enligt avtal",
             proc="Upphandlad verksamhet", metod="Avtalsuppföljning", ansv="Avtalscontroller",
             res="Avtalet med den enda privata utföraren upphörde 2025-03-31.", avv="",
             bed="Ej aktuell", st="UTGAR", a="nej"),
        dict(km="Kontroll av att personlig assistans enligt LSS faktureras med korrekt antal timmar",
             proc="LSS", metod="Jämförelse tidrapporter – fakturor", ansv="Controller",
             res="Kontrollen är genomförd för samtliga 31 ärenden. Timmarna stämde med beviljade beslut.",
             avv="Nej", bed="", st="GENOMFORD", a="nej"),
    ]
    d = Document()
    d.core_properties.author = "Omsorgsförvaltningen"
    d.core_properties.title = "Uppföljning intern kontroll helår 2025"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ljusnebo kommun – Omsorgsförvaltningen"
    d.add_heading("Uppföljning av intern kontroll – helår 2025", level=1)
    d.add_paragraph("Omsorgsnämnden")
    d.add_paragraph(
        "Omsorgsnämnden antog i december 2024 en internkontrollplan för 2025 med sju kontrollmoment. "
        "Nedan redovisas resultatet av varje kontroll. Delårsuppföljningen redovisades för nämnden i "
        "september 2025. Förvaltningens samlade bedömning är att den interna kontrollen i huvudsak har "
        "varit tillräcklig, men att brister finns inom hemtjänstens dokumentation och verkställighet av LSS-beslut.")
    for i, c in enumerate(C, 1):
        d.add_heading(f"Kontroll {i}", level=2)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in (("Kontrollmoment", c["km"]), ("Process", c["proc"]), ("Metod", c["metod"]),
                         ("Ansvarig", c["ansv"]), ("Resultat", c["res"]), ("Avvikelse", c["avv"]),
                         ("Bedömning", c["bed"])):
            row = t.add_row().cells
            row[0].text = lab
            row[1].text = val
            row[0].paragraphs[0].runs[0].bold = True
        d.add_paragraph("")
        exp(fil, N, c["km"], c["st"], c["a"])
    d.add_paragraph("Ljusnebo 2026-01-15")
    d.add_paragraph("Maria Sundqvist, förvaltningschef omsorgsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))


# ---------------------------------------------------------------- 6. Samhällsbyggnadsnämnden (Word, table per process)
def f6_sbn():
    fil = "SBN helårsuppföljning IKP 2025.docx"
    N = "Samhällsbyggnadsnämnden"
    P = [
        ("Process: Bostadsanpassning", [
            ("Sökande får vänta för länge på beslut", "Kontroll att bostadsanpassningsbidrag beslutas inom "
             "tre månader från komplett ansökan", "9", "Ja",
             "92 % av besluten inom tid. Fyra ärenden överskred tre månader på grund av hög arbetsbelastning.",
             "GENOMFORD", "ja"),
            ("Bidrag betalas ut för ej utförda åtgärder", "Kontroll att bostadsanpassningsåtgärder besiktigas "
             "innan bidraget betalas ut", "8", "Ja", "Samtliga 18 utbetalningar föregicks av besiktning.",
             "GENOMFORD", "nej"),
        ]),
        ("Process: Mark och exploatering", [
            ("Markanvisningar brister i transparens", "Kontroll att markanvisningsavtal tecknas enligt "
             "kommunens riktlinje för markanvisning", "6", "Nej",
             "Kontrollen har inte genomförts på grund av personalbrist på mark- och exploateringsenheten.",
             "EJ_GENOMFORD", "nej"),
            ("Exploateringsprojekt går med förlust", "Kontroll att exploateringsavtal följs upp ekonomiskt "
             "vid projektavslut", "8", "", "", "SAKNAS", "nej"),
        ]),
        ("Process: Detaljplanering", [
            ("Planavgifter tas inte ut", "Kontroll av att planavgift debiteras enligt gällande plan- och "
             "bygglovstaxa", "6", "Delvis",
             "Stickprov gjort för första halvåret, inga fel. Andra halvåret återstår.", "DELVIS", "nej"),
        ]),
        ("Process: Trafik och parkering", [
            ("Tillstånd beviljas utan underlag", "Kontroll att parkeringstillstånd för rörelsehindrade "
             "handläggs enligt delegationsordningen", "4", "Ja",
             "20 beslut granskade, alla fattade av behörig handläggare med läkarintyg.", "GENOMFORD", "nej"),
        ]),
    ]
    d = Document()
    d.core_properties.author = "Samhällsbyggnadsförvaltningen"
    d.add_heading("Helårsuppföljning av Samhällsbyggnadsnämndens internkontrollplan 2025", level=1)
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig. "
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (SBN § 142). Planen omfattar sex "
        "kontrollmoment fördelade på fyra processer.")
    d.add_heading("Uppföljning 2025", level=2)
    d.add_paragraph(
        "I tabellerna nedan redovisas per process om kontrollen följt planen (Ja/Nej/Delvis) samt en kommentar. "
        "Uppföljningen av exploateringsavtal redovisas muntligt på nämndens sammanträde i februari.")
    for proc, items in P:
        d.add_paragraph(proc).runs[0].bold = True
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Risk", "Kontrollmoment", "Risk-värde", "Följer plan:", "Kommentar:"]):
            t.rows[0].cells[i].text = h
        for it in items:
            cells = t.add_row().cells
            for i in range(5):
                cells[i].text = it[i]
            exp(fil, N, it[1], it[5], it[6])
        d.add_paragraph("")
    d.add_paragraph("Samhällsbyggnadsförvaltningen, januari 2026")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))


# ---------------------------------------------------------------- 7. Stratsys export (two nämnder, long format, UTF-16 tab)
def f7_stratsys():
    fil = "Stratsys_Internkontroll_export_20260112.txt"
    TN = "Tekniska nämnden"
    BMN = "Bygg- och miljönämnden"
    # org, område, km, (delår status, avv, komm), (helår status, avv, komm), exp status, exp avv
    C = [
        (TN, "VA-ekonomi", "Kontroll att VA-anslutningsavgifter debiteras enligt gällande VA-taxa",
         ("Pågår", "", "Genomgång av nyanslutningar 2024–2025 påbörjad."),
         ("Klar", "Ja", "Två nyanslutna fastigheter hade inte debiterats anslutningsavgift. Fakturerat i december."),
         "GENOMFORD", "ja"),
        (TN, "Gata/park", "Kontroll av att vinterväghållning utförs enligt entreprenadavtalets krav på utryckningstid",
         ("Klar", "Nej", "Säsongen jan–mars kontrollerad mot GPS-loggar."),
         ("Klar", "Nej", "Även nov–dec kontrollerad. Inga avvikelser."), "GENOMFORD", "nej"),
        (TN, "Inköp", "Kontroll att leverantörsfakturor för entreprenader stäms av mot avtal och ÄTA-beslut",
         ("Ej startad", "", ""),
         ("Pågår", "Nej", "Tre av sex entreprenader avstämda."), "DELVIS", "nej"),
        (TN, "Fordon", "Kontroll att drivmedelskort används enligt riktlinje och endast för kommunens fordon",
         ("Pågår", "", "Uttag för första kvartalet gjort."),
         ("Avbruten", "", "Kortleverantören byttes i september och historiken gick inte att ta ut."),
         "EJ_GENOMFORD", "nej"),
        (TN, "VA-drift", "Kontroll att egenkontroll av dricksvatten provtas enligt kontrollprogrammet",
         ("Klar", "Nej", ""),
         ("Klar", "Ja", "Ett prov från Hölje vattenverk visade otjänligt resultat, kokningsrekommendation i 4 dagar."),
         "GENOMFORD", "ja"),
        (TN, "Fastighet", "Kontroll av att passerbehörigheter till kommunens fastigheter inventeras årligen",
         ("Ej aktuell", "", "Utgår enligt TN beslut 2025-05-20 § 44."),
         ("Ej aktuell", "", "Utgår enligt TN beslut 2025-05-20 § 44."), "UTGAR", "nej"),
        (BMN, "Bygglov", "Kontroll att bygglov beslutas inom lagstadgad handläggningstid om tio veckor",
         ("Pågår", "Ja", "Fem ärenden över tio veckor under våren."),
         ("Klar", "Ja", "Totalt nio ärenden överskred tiden, avgiften reducerades enligt PBL 12 kap. 8 a §."),
         "GENOMFORD", "ja"),
        (BMN, "Livsmedel", "Kontroll att livsmedelskontroller genomförs enligt fastställd kontrollplan",
         ("Pågår", "Nej", "45 % av planerade kontroller utförda."),
         ("Pågår", "Nej", "78 % av planerade kontroller utförda, resterande flyttas till 2026."), "DELVIS", "nej"),
        (BMN, "Miljötillsyn", "Kontroll av att årliga tillsynsavgifter för miljöfarlig verksamhet faktureras",
         ("Ej startad", "", "Görs i samband med årsfaktureringen i oktober."),
         ("Klar", "Nej", "Samtliga 212 objekt fakturerade."), "GENOMFORD", "nej"),
        (BMN, "Strandskydd", "Kontroll att beslut om strandskyddsdispens har delegationsstöd och anmäls till nämnden",
         ("Ej startad", "", ""),
         ("Ej startad", "", "Prioriterades bort."), "EJ_GENOMFORD", "nej"),
        (BMN, "Rättssäkerhet", "Kontroll av att handläggare inte handlägger ärenden där jäv kan föreligga",
         ("", "", ""), ("", "", ""), "SAKNAS", "nej"),
    ]
    lines = ["Rapport: Internkontroll – uppföljning av kontrollmoment",
             "Utskriven: 2026-01-12 08:14 av Stratsys (lena.holm)",
             "Urval: Plan = Internkontrollplan 2025; Organisation = Tekniska nämnden, Bygg- och miljönämnden",
             "",
             "\t".join(["Organisation", "Plan", "Kontrollområde", "Kontrollmoment", "Period", "Status",
                        "Avvikelse", "Kommentar", "Senast ändrad"])]
    for org in (TN, BMN):
        for pi, per, date in ((3, "Delår 2025", "2025-09-05"), (4, "Helår 2025", "2026-01-09")):
            for c in C:
                if c[0] != org:
                    continue
                s = c[pi]
                lines.append("\t".join([org, "Internkontrollplan 2025", c[1], c[2], per, s[0], s[1], s[2],
                                        date if s[0] else ""]))
    lines.append("")
    lines.append(f"Antal rader: {len(C) * 2}")
    data = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data.encode("utf-16"))  # with BOM, little endian
    for c in C:
        exp(fil, c[0], c[2], c[5], c[6])
    FILES.append((fil, "INLAST", TN, 2025, "HELAR"))
    FILES.append((fil, "INLAST", BMN, 2025, "HELAR"))


# ---------------------------------------------------------------- 8. Överförmyndarnämnden (truncated xlsx)
def f8_ofn():
    fil = "Överförmyndarnämnden_IK_helår_2025.xlsx"
    N = "Överförmyndarnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    rows = [
        (1, "Arvoden", "Felaktiga arvoden", "Kontroll att arvoden till gode män beräknas enligt riktlinjer",
         "Stickprov", "Handläggare", "Inga fel.", "Nej", "Genomförd", ""),
        (2, "Årsräkningar", "Granskning dröjer", "Kontroll att årsräkningar granskas före 30 juni",
         "Uttag", "Enhetschef", "91 % granskade i tid.", "Ja", "Genomförd", ""),
    ]
    template_sheet(ws, N, "Helår 2025", "2026-01-14", TEMPLATE_HEAD, rows, status_col=9)
    instruktion_sheet(wb)
    bio = io.BytesIO()
    wb.save(bio)
    raw = bio.getvalue()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(raw[: int(len(raw) * 0.45)])   # mail attachment cut off
    FILES.append((fil, "AVVISAD", N, 2025, "HELAR"))


# ---------------------------------------------------------------- 9. AMI (template with tick columns, .ods)
def f9_ami(tmpdir, lo_profile):
    fil = "AMI IK-uppföljning 2025.ods"
    N = "Arbetsmarknads- och integrationsnämnden"
    head = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Metod/frekvens", "Ansvarig",
            "Resultat av kontroll", "Avvikelse (Ja/Nej)", "Genomförd", "Delvis", "Ej genomförd",
            "Kommentar/åtgärd"]
    widths = [5, 20, 26, 40, 20, 16, 45, 12, 11, 9, 12, 35]
    rows = [
        (1, "Arbetsmarknadsinsatser", "Deltagare saknar planering",
         "Kontroll att anvisade deltagare i arbetsmarknadsinsatser har en aktuell handlingsplan",
         "Stickprov 25 deltagare", "Enhetschef AME", "Alla 25 hade aktuell handlingsplan.", "Nej",
         "X", "", "", "", "GENOMFORD", "nej"),
        (2, "Ersättningar", "Felaktiga utbetalningar",
         "Kontroll av att utbetalning av aktivitetsersättning sker enligt närvarorapport",
         "Månadsvis avstämning", "Administratör",
         "Tre felaktiga utbetalningar upptäcktes och har återkrävts.", "Ja",
         "X", "", "", "", "GENOMFORD", "ja"),
        (3, "Statliga stöd", "Kommunen går miste om ersättning",
         "Kontroll att lönebidrag och nystartsjobb rekvireras från Arbetsförmedlingen varje månad",
         "Avstämning mot rekvisitioner", "Ekonom",
         "Kontrollerat för jan–jun.", "Nej", "", "X", "", "Andra halvåret kontrolleras i februari.",
         "DELVIS", "nej"),
        (4, "Integration", "Nyanlända får inte samhällsorientering i tid",
         "Kontroll av att samhällsorientering erbjuds nyanlända inom föreskriven tid",
         "Uttag ur Procapita", "Integrationssamordnare", "", "", "", "", "X",
         "Uttaget gick inte att göra efter systembytet.", "EJ_GENOMFORD", "nej"),
        (5, "Anställningsstöd", "Anställning fortsätter utan stöd",
         "Kontroll att extratjänster avslutas eller omprövas när anställningsstödet upphör",
         "Genomgång av samtliga extratjänster", "HR-konsult", "", "", "X", "", "X", "", "OKLAR", "nej"),
        (6, "Feriepraktik", "Platser fördelas orättvist",
         "Kontroll av att feriepraktikplatser tilldelas enligt beslutade kriterier",
         "Genomgång av tilldelningslistan", "Feriepraktiksamordnare", "", "", "", "", "", "",
         "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    r = template_sheet(ws, "", "", "2026-01-08", head, [x[:12] for x in rows], widths=widths,
                       validation=False)
    ws.cell(row=r, column=4, value="Antal")
    ws.cell(row=r, column=9, value=f'=COUNTIF(I8:I{r - 1},"X")')
    ws.cell(row=r, column=10, value=f'=COUNTIF(J8:J{r - 1},"X")')
    ws.cell(row=r, column=11, value=f'=COUNTIF(K8:K{r - 1},"X")')
    for col in range(1, 13):
        ws.cell(row=r, column=col).font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Markera med X i den kolumn som stämmer.")
    instruktion_sheet(wb)
    tmp_x = os.path.join(tmpdir, "ami.xlsx")
    wb.properties.creator = "Arbetsmarknadsenheten"
    wb.save(tmp_x)
    convert(tmp_x, "ods", tmpdir, lo_profile)
    shutil.move(os.path.join(tmpdir, "ami.ods"), os.path.join(OUT, fil))
    for x in rows:
        exp(fil, N, x[3], x[12], x[13])
    FILES.append((fil, "INLAST", N, 2025, ""))


# ---------------------------------------------------------------- helpers
def convert(path, fmt, outdir, profile):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Omsorgsnämnden", "ON|Omsorgsförvaltningen|Vård och omsorg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Bygg- och miljönämnden", "BMN|Bygg och miljö|Miljö- och byggkontoret"),
    ("Arbetsmarknads- och integrationsnämnden", "AMI|AMIN|Arbetsmarknadsenheten|Arbetsmarknad och integration"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def main():
    tmpdir = tempfile.mkdtemp(prefix="r18-")
    lo_profile = "/tmp/lo-round18"
    f1_ks()
    f2_bun()
    f3_sn()
    f4_kfn(tmpdir, lo_profile)
    f5_on()
    f6_sbn()
    f7_stratsys()
    f8_ofn()
    f9_ami(tmpdir, lo_profile)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(str(x) for x in row) + "\n")
    kms = [e[2] for e in EXPECTED]
    assert len(kms) == len(set(kms)), "control texts must be distinct"
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for e in EXPECTED:
            f.write(";".join(e) + "\n")
    shutil.rmtree(tmpdir)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
