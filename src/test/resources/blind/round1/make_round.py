#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 1 – Åsby kommun, run year 2025.

Builds the follow-up files, namnder.csv, files.csv and expected.csv in this folder.
Run with /usr/bin/python3 (openpyxl, python-docx) and LibreOffice (soffice) on PATH.
"""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.formatting.rule import FormulaRule
from openpyxl.worksheet.datavalidation import DataValidation

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = 2025

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    text = " ".join(text.replace(";", ",").split())
    EXPECTED.append((fil, namnd, text, status, avv))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. Socialnämnden – codes 1-4 with a legend, group-heading rows, merged process
# ---------------------------------------------------------------------------
def f_sn():
    fil = "IK-uppföljning SN helår 2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Åsby kommun"
    ws["A1"].font = Font(bold=True, size=9, color="666666")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"], ws["B3"] = "Nämnd:", N
    ws["A4"], ws["B4"] = "Upprättad av:", "Kvalitetsstrateg M. Lindqvist, 2026-01-22"
    ws["A3"].font = ws["A4"].font = BOLD
    ws["A6"] = ("Statuskoder:   1 = Genomförd    2 = Delvis genomförd    "
                "3 = Ej genomförd    4 = Utgår")
    ws.merge_cells("A6:I6")
    ws["A6"].font = Font(italic=True)
    ws["A6"].fill = fill("F2F2F2")
    hdr = ["Nr", "Process", "Risk", "Vad kontrolleras", "Metod/frekvens",
           "Ansvarig", "Kod", "Iakttagelser", "Åtgärd"]
    r = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("G", "Område: Ekonomi"),
        ("C", "1.1", "Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd",
         "Stickprov på 20 utbetalningar per kvartal avseende korrekt beslut och belopp",
         "Stickprov, kvartalsvis", "Enhetschef försörjningsstöd", 1,
         "80 ärenden granskade. 3 felaktiga belopp upptäckta och återkrävda.",
         "Genomgång av rutin för beräkning på APT.", "GENOMFORD", "ja"),
        ("C", "1.2", None, "Utbetalning utan behörig attest",
         "Kontroll att samtliga utbetalningar över 10 000 kr attesterats av två personer",
         "Systemrapport, månadsvis", "Controller", 1, "Inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("C", "1.3", "Köp av placeringar", "Placeringar köps utanför ramavtal",
         "Kontroll av att köp av placeringar sker enligt ramavtal",
         "Genomgång av samtliga HVB-placeringar, halvår", "Avdelningschef IFO", 2,
         "Granskning genomförd för jan–jun. Andra halvåret granskas i februari 2026. "
         "2 placeringar saknade avtal.",
         "Direktupphandlingar ska dokumenteras i avtalsdatabasen.", "DELVIS", "ja"),
        ("G", "Område: Myndighetsutövning"),
        ("C", "2.1", "Barn och unga", "Orosanmälningar bedöms inte i tid",
         "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Uttag ur Treserva, tertialvis", "Enhetschef mottagning", 1,
         "Kontroll genomförd. 91 % av förhandsbedömningarna klara inom 14 dagar (mål 100 %).",
         "Bemanning av mottagningen förstärkt från oktober.", "GENOMFORD", "ja"),
        ("C", "2.2", None, "Utredningar överskrider lagstadgad tid",
         "Utredningstid högst fyra månader – uppföljning av pågående utredningar",
         "Uttag ur Treserva, tertialvis", "Enhetschef utredning", 3,
         "Kontrollen har inte genomförts p.g.a. vakanser på enheten. Flyttas till IKP 2026.",
         "", "EJ_GENOMFORD", "nej"),
        ("C", "2.3", "LSS", "Beslut verkställs inte",
         "Ej verkställda beslut rapporteras till IVO kvartalsvis",
         "Kontroll av inrapportering", "Enhetschef LSS", 1,
         "Rapportering har skett samtliga kvartal.", "", "GENOMFORD", "nej"),
        ("C", "2.4", "Vuxen", "Insatser genomförs inte enligt beslut",
         "Genomförandeplaner upprättade inom 30 dagar efter beslut",
         "Stickprov 10 ärenden", "Enhetschef vuxen", 4,
         "Utgår – verksamheten flyttad till Vård- och omsorgsnämnden efter "
         "omorganisation 2025-03-01 (SN § 34).", "", "UTGAR", "nej"),
        ("G", "Område: Personal och arbetsmiljö"),
        ("C", "3.1", "Hot och våld", "Medarbetare saknar kunskap om rutiner vid hot och våld",
         "Handlingsplan mot hot och våld genomgången på APT i samtliga enheter",
         "Protokoll APT", "Samtliga enhetschefer", None,
         "IFO klart, funktionsstöd ej klart – återstår två enheter.", "",
         "DELVIS", "nej"),
        ("C", "3.2", "Rekrytering", "Olämplig person anställs",
         "Kontroll av utdrag ur belastningsregistret vid nyanställning",
         "Stickprov 15 anställningar", "HR-konsult", 1,
         "I 2 fall av 15 saknades dokumenterat registerutdrag.",
         "Checklista för rekrytering kompletterad.", "GENOMFORD", "ja"),
        ("G", "Område: Informationssäkerhet"),
        ("C", "4.1", "Dokumentation", "Obehörig åtkomst till personuppgifter",
         "Loggkontroll i verksamhetssystemet (Treserva) – stickprov 10 användare/månad",
         "Logguttag, månadsvis", "Systemförvaltare", None, "Se bilaga 2", "",
         "OKLAR", "nej"),
        ("C", "4.2", None, "Behörigheter ligger kvar efter avslutad anställning",
         "Behörigheter i verksamhetssystem stäms av mot aktuella anställningar två gånger per år",
         "Avstämning mot HR-system", "Systemförvaltare", 2,
         "Vårens avstämning gjord, höstens ej genomförd. 14 konton för avslutade "
         "anställningar spärrades.", "Höstens avstämning görs i januari 2026.",
         "DELVIS", "ja"),
    ]
    r = 9
    proc_start = None
    last_proc = None
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True, color="1F4E78")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).fill = fill("DDEBF7")
            r += 1
            proc_start = None
            continue
        _, nr, proc, risk, ctrl, met, ans, kod, iakt, atg, st, avv = row
        vals = [nr, proc, risk, ctrl, met, ans, kod, iakt, atg]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        if proc is None and proc_start is not None:
            ws.merge_cells(start_row=proc_start, start_column=2, end_row=r, end_column=2)
        else:
            proc_start = r
        exp(fil, N, ctrl, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Summa: 11 kontrollmoment").font = BOLD
    ws.cell(r + 1, 1, "Antal genomförda (kod 1): 5")
    ws.cell(r + 3, 1, "Åsby 2026-01-22")
    ws.cell(r + 4, 1, "Anna Berg, socialchef")
    widths(ws, {"A": 12, "B": 18, "C": 28, "D": 42, "E": 22, "F": 20, "G": 6, "H": 48, "I": 32})
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "8:8"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 2. Tekniska nämnden – Delår sheet + Helår sheet, nämnd only in print header
# ---------------------------------------------------------------------------
def f_tn():
    fil = "IK 2025 delår+helår teknik.xlsx"
    N = "Tekniska nämnden"
    ctrls = [
        # område, aktivitet, kontrollant, delår (läge, kommentar), helår (läge, kommentar), exp
        ("Fordon och maskiner",
         "Körjournaler för kommunens fordon förs och attesteras månadsvis", "Fordonssamordnare",
         ("Pågående", "Jan–jun kontrollerade, inga avvikelser."),
         ("Utförd enl. plan", "Samtliga månader kontrollerade. 2 journaler saknade attest i oktober, åtgärdat."),
         "GENOMFORD", "ja"),
        ("Vatten och avlopp", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef",
         ("Pågående", "Provtagning enligt plan."),
         ("Slutförd", "Samtliga prover inom gränsvärden."),
         "GENOMFORD", "nej"),
        ("Vatten och avlopp",
         "Kontroll av debiterade VA-avgifter mot mätarställning (stickprov 50 abonnenter)",
         "Debiteringsansvarig",
         ("Ej påbörjad", ""),
         ("Pågående", "30 av 50 abonnenter kontrollerade, 4 felaktiga debiteringar rättade."),
         "DELVIS", "ja"),
        ("Upphandling", "Avtalstrohet – stickprov av 25 fakturor mot avtalsdatabasen",
         "Upphandlare",
         ("Slutförd", "Klart i maj. 3 köp gjorda utanför avtal, berörda chefer informerade."),
         ("Slutförd", "Se delår."),
         "GENOMFORD", "ja"),
        ("Gata/park", "Besiktning av lekplatser enligt SS-EN 1176", "Parkchef",
         ("Pågående", "Besiktning beställd."),
         ("Avbruten", "Kontrollen avbröts efter beslut i nämnden 2025-09-10 § 61, ersätts av extern "
                      "huvudbesiktning 2026."),
         "UTGAR", "nej"),
        ("Fastighet", "Systematiskt brandskyddsarbete – egenkontroll i kommunens fastigheter",
         "Fastighetschef",
         ("Pågående", "22 av 41 fastigheter klara."),
         (None, "Egenkontroller genomförda i samtliga 41 fastigheter. Brister i 3 skolor "
                "(nödutgångsskyltning) åtgärdade."),
         "GENOMFORD", "ja"),
        ("Fastighet", "Energiuppföljning – månadsvis avläsning av mätare", "Energicontroller",
         ("Utförd enl. plan", "Avläsning sker automatiskt via fjärravläsning."),
         (None, None),
         "SAKNAS", "nej"),
        ("Ekonomi", "Kontroll av att investeringsprojekt slutredovisas till nämnden",
         "Controller",
         ("Ej påbörjad", ""),
         ("Ej påbörjad", "Ingen slutredovisning har gjorts 2025 p.g.a. personalbrist."),
         "EJ_GENOMFORD", "nej"),
        ("Arbetsmiljö", "Skyddsronder genomförs på samtliga driftenheter", "Driftchef",
         ("Pågående", "3 av 7 enheter klara."),
         ("Se kommentar", "Skyddsronder genomförda på 5 av 7 driftenheter, resterande i januari 2026."),
         "DELVIS", "nej"),
        ("Avfall", "Kontroll av vågsedlar mot fakturerad mängd på återvinningscentralen",
         "Avfallschef",
         ("Pågående", ""),
         ("Slutförd", "Kontrollen har inte hunnits med under året, flyttas till 2026."),
         "EJ_GENOMFORD", "nej"),
    ]
    wb = Workbook()
    for si, (title, head, key) in enumerate([
            ("Delår", "Delårsuppföljning internkontroll per 2025-08-31", 3),
            ("Helår", "Helårsuppföljning internkontroll 2025", 4)]):
        ws = wb.active if si == 0 else wb.create_sheet()
        ws.title = title
        ws.oddHeader.center.text = "Tekniska nämnden – Internkontroll 2025"
        ws.oddHeader.center.size = 12
        ws.oddFooter.right.text = "Sida &P av &N"
        ws.oddFooter.left.text = "&F"
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=13)
        hdr = ["Granskningsområde", "Aktivitet", "Kontrollant", "Läge", "Utfall/kommentar"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(3, i, h)
            c.font = BOLD
            c.fill = fill("E2EFDA")
            c.border = BOX
        r = 4
        prev = None
        start = None
        for ct in ctrls:
            omr, akt, kontr = ct[0], ct[1], ct[2]
            lage, kom = ct[key]
            ws.cell(r, 1, omr if omr != prev else None)
            if omr == prev:
                ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
            else:
                start = r
            prev = omr
            ws.cell(r, 2, akt)
            ws.cell(r, 3, kontr)
            ws.cell(r, 4, lage)
            ws.cell(r, 5, kom)
            for i in range(1, 6):
                ws.cell(r, i).alignment = WRAP
                ws.cell(r, i).border = BOX
            r += 1
        # conditional colouring of the Läge column (decoration only, words are present)
        rng = "D4:D%d" % (r - 1)
        ws.conditional_formatting.add(rng, FormulaRule(formula=['OR(D4="Slutförd",D4="Utförd enl. plan")'],
                                                       fill=fill("C6EFCE")))
        ws.conditional_formatting.add(rng, FormulaRule(formula=['D4="Pågående"'], fill=fill("FFEB9C")))
        ws.conditional_formatting.add(rng, FormulaRule(formula=['OR(D4="Ej påbörjad",D4="Avbruten")'],
                                                       fill=fill("FFC7CE")))
        dv = DataValidation(type="list", allow_blank=True,
                            formula1='"Ej påbörjad,Pågående,Slutförd,Utförd enl. plan,Avbruten,Se kommentar"')
        ws.add_data_validation(dv)
        dv.add(rng)
        widths(ws, {"A": 22, "B": 50, "C": 20, "D": 16, "E": 60})
        ws.page_setup.orientation = "landscape"
    for ct in ctrls:
        exp(fil, N, ct[1], ct[5], ct[6])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 3. BUN – Swedish Excel "CSV (semikolonavgränsad)", cp1252, J/N columns
# ---------------------------------------------------------------------------
def f_bun():
    fil = "BUF IKP uppföljning export 2026-02-03.csv"
    N = "Barn- och utbildningsnämnden"
    ctrls = [
        ("1", "Kontroll av att skolpliktsbevakning sker för elever folkbokförda i kommunen",
         "Samtliga elever", "Utvecklingsstrateg", "J", "N",
         "Bevakning sker månadsvis via elevregistret.", "GENOMFORD", "nej"),
        ("2", "Kränkande behandling – anmälan till huvudman inom 24 timmar",
         "Stickprov 40 ärenden", "Kvalitetschef", "J", "J",
         "6 anmälningar gjordes senare än 24 timmar. Påminnelse till rektorer.", "GENOMFORD", "ja"),
        ("3", "Registerkontroll av personal i förskola (utdrag ur belastningsregistret)",
         "Nyanställda 2025", "HR", "J", "N", "", "GENOMFORD", "nej"),
        ("4", "Inventering av IT-utrustning (elevdatorer)", "Alla skolor", "IT-samordnare",
         "N", "", "Påbörjad på 4 av 9 skolor, slutförs under vt 2026.", "DELVIS", "nej"),
        ("5", "Kontroll av att beslut om tilläggsbelopp följs upp", "Samtliga beslut",
         "Elevhälsochef", "N", "", "Ej genomförd, resursbrist på centrala elevhälsan.",
         "EJ_GENOMFORD", "nej"),
        ("6", "Avgifter i förskola/fritidshem – stickprov mot inkomstuppgifter",
         "Stickprov 100 hushåll", "Avgiftshandläggare", "J", "J",
         "Maxtaxekontroll: 12 hushåll med felaktig avgift; beslut om efterdebitering.",
         "GENOMFORD", "ja"),
        ("7", "Skolskjuts – kontroll att beslut fattas enligt riktlinjer", "Stickprov 20 beslut",
         "Skolskjutshandläggare", "-", "",
         "Ej aktuell 2025, handläggningen överförd till Tekniska nämnden.", "UTGAR", "nej"),
        ("8", "Systematiskt kvalitetsarbete – rektors rapport inlämnad", "Samtliga enheter",
         "Skolchef", "J", "N",
         "Samtliga rektorer har lämnat rapport.\nSammanställning redovisad för nämnden i december.",
         "GENOMFORD", "nej"),
        ("9", "Delegationsbeslut anmäls till nämnden", "Samtliga beslut", "Nämndsekreterare",
         "", "", "Osäkert, kontrolleras med nämndsekreteraren.", "OKLAR", "nej"),
    ]
    ncol = 7

    def line(vals):
        out = []
        for v in list(vals) + [""] * (ncol - len(vals)):
            v = "" if v is None else str(v)
            if any(ch in v for ch in ';"\n'):
                v = '"' + v.replace('"', '""') + '"'
            out.append(v)
        return ";".join(out)

    lines = [line(["Internkontroll 2025 – uppföljning"]),
             line(["Förvaltning: Barn- och utbildningsförvaltningen"]),
             line(["Period: Helår 2025"]),
             line([]),
             line(["Nr", "Kontroll", "Omfattning", "Ansvarig", "Utförd (J/N)", "Avvikelse (J/N)",
                   "Kommentar"])]
    for c in ctrls:
        lines.append(line(c[:7]))
        exp(fil, N, c[1], c[7], c[8])
    lines += [line([]), line(["", "Antal J: 5"]),
              line(["", "Sammanställt av: Lena Ek, verksamhetscontroller"]),
              line(["", "Exporterad 2026-02-03 09:14"])]
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden – emoji statuses with a legend, English headings
# ---------------------------------------------------------------------------
def f_kfn():
    fil = "Kultur o fritid IK årsuppföljning 2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    ctrls = [
        ("Bidrag", "Föreningsbidrag – kontroll av medlemsförteckningar mot ansökan (stickprov 10 föreningar)",
         "Föreningskonsulent", "2025-11-30", "✅",
         "En förening redovisade 40 fler medlemmar än underlaget visar. Bidraget återkrävt.",
         "Krav på utdrag ur medlemsregister från 2026.", "GENOMFORD", "ja"),
        ("Bidrag", "Återrapportering av projektbidrag inom 3 månader efter avslut",
         "Föreningskonsulent", "2025-12-31", "⚠️",
         "7 av 11 projekt kontrollerade, övriga kontrolleras i februari.", "", "DELVIS", "nej"),
        ("Kassahantering",
         "Kassaavstämning i simhallens och bibliotekets kassor, oanmäld kontroll 2 ggr/år",
         "Controller", "2025-12-31", "✅",
         "Differens på 1 250 kr i simhallens kassa vid oanmäld kontroll i oktober.",
         "Rutin för dagskassa skärpt.", "GENOMFORD", "ja"),
        ("Bibliotek", "Inventering av mediebeståndet på filialerna", "Bibliotekschef",
         "2025-10-31", "❌", "Ej utfört – nytt bibliotekssystem infördes under hösten.",
         "Görs 2026.", "EJ_GENOMFORD", "nej"),
        ("Lokaler", "Bokningar av idrottshallar faktureras enligt taxa", "Bokningsansvarig",
         "2025-12-31", "✅", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Arbetsmiljö", "Hot och våld – incidentrapportering i KIA följs upp på APT",
         "Enhetschefer", "2025-12-31", None, "Se bilaga 3", "", "OKLAR", "nej"),
        ("Evenemang", "Tillstånd och säkerhetsplan finns för större evenemang",
         "Evenemangssamordnare", "2025-09-30", "➖",
         "Inga större evenemang i kommunal regi 2025.", "", "UTGAR", "nej"),
        ("Ungdomsgårdar", "Rutin för bemanning (minst två personal vid öppet) följs",
         "Fritidschef", "2025-12-31", "✅",
         "Stickprov 30 kvällar: vid 3 tillfällen bemanning med en person.",
         "Vikariepool utökad.", "GENOMFORD", "ja"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsnämnden – uppföljning intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Årsuppföljning"
    ws["A2"].font = Font(italic=True)
    # legend box to the right
    ws["J1"] = "Legend"
    ws["J1"].font = BOLD
    for i, (sym, txt) in enumerate([("✅", "Done / genomförd"), ("⚠️", "Partly / delvis"),
                                     ("❌", "Not done / ej genomförd"),
                                     ("➖", "N/A – utgår")]):
        ws.cell(2 + i, 10, sym).alignment = Alignment(horizontal="center")
        ws.cell(2 + i, 11, txt)
    hdr = ["#", "Area", "Control", "Owner", "Deadline", "Status", "Finding", "Action"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    for n, ct in enumerate(ctrls, 1):
        r = 7 + n
        vals = [n] + list(ct[:7])
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 6).font = Font(size=14)
        exp(fil, N, ct[1], ct[7], ct[8])
    ws.freeze_panes = "A8"
    widths(ws, {"A": 4, "B": 16, "C": 50, "D": 20, "E": 12, "F": 8, "G": 50, "H": 34, "J": 6, "K": 24})
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 5. Miljö- och byggnämnden – traffic-light fills only, status column has no heading
# ---------------------------------------------------------------------------
def f_mbn():
    fil = "Uppföljning intern kontroll aug 2025.xlsx"
    N = "Miljö- och byggnämnden"
    G, Y, R, GR = "00B050", "FFC000", "FF0000", "BFBFBF"
    ctrls = [
        ("Tillsyn", "Att tillsynsplanen för livsmedelskontroll följs (antal planerade kontroller utförda)",
         "Uttag ur Ecos", Y, "62 % av planerade kontroller utförda t.o.m. augusti.", "DELVIS", "nej"),
        ("Tillsyn", "Avgiftsdebitering för tillsyn – stickprov 20 ärenden", "Stickprov", G,
         "2 ärenden saknade debitering, åtgärdat.", "GENOMFORD", "ja"),
        ("Bygglov", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Uttag ur Ecos", R,
         "Kontroll ej genomförd, ärendehanteringssystemet saknar rapport för handläggningstid.",
         "EJ_GENOMFORD", "nej"),
        ("Bygglov", "Beslut om byggsanktionsavgift fattas enligt delegationsordningen",
         "Genomgång av samtliga beslut", G, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Delegation", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
         "Jämförelse mot protokoll", G, None, "GENOMFORD", "nej"),
        ("Registratur", "Diarieföring av inkomna handlingar inom 2 arbetsdagar",
         "Stickprov 2 ggr/år", Y, "Stickprov gjort i april, nästa i oktober.", "DELVIS", "nej"),
        ("Strandskydd", "Kontroll av beviljade dispenser mot länsstyrelsens överprövning",
         "Genomgång", GR, "Utgår enl. beslut MBN 2025-04-15 § 22.", "UTGAR", "nej"),
        ("Miljö", "Uppföljning av förelägganden med vite", "Genomgång av ärendelista", None, None,
         "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK"
    ws["A1"] = "Miljö- och byggnämnden"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Delårsuppföljning internkontrollplan, jan–aug 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:E1")
    ws.merge_cells("A2:E2")
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", None, "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = BOLD
        c.border = BOX
        c.fill = fill("D9D9D9")
    r = 5
    for ct in ctrls:
        omr, km, met, col, kom, st, avv = ct
        for i, v in enumerate([omr, km, met, None, kom], 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        if col:
            ws.cell(r, 4).fill = fill(col)
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Förklaring:").font = BOLD
    for i, (col, txt) in enumerate([(G, "Genomförd"), (Y, "Påbörjad / delvis genomförd"),
                                    (R, "Ej genomförd"), (GR, "Utgår")]):
        ws.cell(r + 1 + i, 4).fill = fill(col)
        ws.cell(r + 1 + i, 4).border = BOX
        ws.cell(r + 1 + i, 5, txt)
    widths(ws, {"A": 16, "B": 55, "C": 24, "D": 5, "E": 60})
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 6. System export – rows of three nämnder, T1 and T2 side by side
# ---------------------------------------------------------------------------
def f_export():
    fil = "Rapportexport_internkontroll_20250918.xlsx"
    NM = {"KS": "Kommunstyrelsen", "SBN": "Samhällsbyggnadsnämnden", "VON": "Vård- och omsorgsnämnden"}
    FV = {"KS": "KLF", "SBN": "SBF", "VON": "VOF"}
    rows = [
        ("KS", "KS-01", "Löner", "Kontroll av att löneutbetalningar till avslutade anställningar stoppats",
         "Månadsvis", "Pågår", "", "Klar", "Två felaktiga utbetalningar upptäckta och återkrävda.",
         "GENOMFORD", "ja"),
        ("KS", "KS-02", "Attest", "Attestförteckningar uppdaterade och beslutade av nämnden",
         "Årligen", "Klar", "Beslut KS 2025-02-05 § 12.", "Klar", "", "GENOMFORD", "nej"),
        ("KS", "KS-03", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras",
         "Halvår", "Ej påbörjad", "", "Försenad", "Planeras till oktober p.g.a. vakans.",
         "DELVIS", "nej"),
        ("KS", "KS-04", "Informationssäkerhet", "Kontroll av behörigheter i ekonomisystemet",
         "Halvår", "Pågår", "Halva förvaltningen klar.", "", "Klart, 9 inaktuella behörigheter togs bort.",
         "GENOMFORD", "ja"),
        ("KS", "KS-05", "Representation", "Stickprov av representationsfakturor mot riktlinjer",
         "Årligen", "Klar", "20 fakturor, inga avvikelser.", "Ej aktuell",
         "Kontrollen görs endast T1 enligt plan.", "GENOMFORD", "nej"),
        ("SBN", "SBN-01", "Exploatering", "Exploateringsavtal följs upp mot faktiska kostnader",
         "Tertial", "Pågår", "", "Pågår", "Tre av fem projekt avstämda.", "DELVIS", "nej"),
        ("SBN", "SBN-02", "Detaljplan", "Planavgifter debiteras enligt taxa", "Tertial", "Klar", "",
         "Klar", "1 plan felaktigt debiterad, korrigerad.", "GENOMFORD", "ja"),
        ("SBN", "SBN-03", "Bostadsanpassning",
         "Bostadsanpassningsbidrag – utbetalning sker först efter slutbesiktning", "Tertial",
         "Ej påbörjad", "", "Ej påbörjad", "Ingen resurs under perioden.", "EJ_GENOMFORD", "nej"),
        ("SBN", "SBN-04", "GIS/kart", "Licensvillkor i avtal om kartdata efterlevs", "Årligen",
         "", "", "", "", "SAKNAS", "nej"),
        ("SBN", "SBN-05", "Trafik", "Parkeringstillstånd för rörelsehindrade handläggs enligt rutin",
         "Tertial", "Pågår", "", "Ej aktuell",
         "Utgår – handläggningen flyttad till Socialnämnden enl. KF-beslut 2025-06-16.",
         "UTGAR", "nej"),
        ("VON", "VON-01", "Hemtjänst",
         "Utförd tid i hemtjänst jämförs med beviljad tid (stickprov 30 brukare)", "Tertial",
         "Klar", "", "Klar", "Avvikelse >20 % för 4 brukare, utredning pågår.", "GENOMFORD", "ja"),
        ("VON", "VON-02", "Läkemedel", "Läkemedelsavvikelser analyseras och återkopplas till enheterna",
         "Tertial", "Pågår", "", "Pågår", "", "DELVIS", "nej"),
        ("VON", "VON-03", "Avgifter", "Avgiftsbeslut omprövas vid ändrade inkomstuppgifter",
         "Tertial", "Försenad", "", "Klar", "", "GENOMFORD", "nej"),
        ("VON", "VON-04", "Lex Sarah", "Rapporter enligt lex Sarah utreds inom fastställd tid",
         "Tertial", "Klar", "", "Klar", "Se bilaga", "GENOMFORD", "nej"),
        ("VON", "VON-05", "Bemanning", "Bemanningsschema följs på särskilt boende nattetid",
         "Tertial", "Ej påbörjad", "", "Pågår", "Kontroll påbörjad i augusti.", "DELVIS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    meta = ["Rapport: Internkontroll – uppföljning", "Period: T2 2025", "Urval: KS, SBN, VON",
            "Utskriven: 2025-09-18 av ekonomienheten"]
    for i, m in enumerate(meta, 1):
        ws.cell(i, 1, m)
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Nämnd", "Förvaltning", "ID", "Process", "Kontrollaktivitet", "Frekvens",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h)
        c.font = BOLD
        c.fill = fill("BDD7EE")
    for n, rw in enumerate(rows):
        r = 7 + n
        nm, id_, proc, ka, fr, s1, k1, s2, k2, st, avv = rw
        for i, v in enumerate([nm, FV[nm], id_, proc, ka, fr, s1, k1, s2, k2], 1):
            ws.cell(r, i, v if v != "" else None).alignment = WRAP
        exp(fil, NM[nm], ka, st, avv)
    last = 6 + len(rows)
    ws.auto_filter.ref = "A6:J%d" % last
    for col in ("G", "I"):
        rng = "%s7:%s%d" % (col, col, last)
        ws.conditional_formatting.add(rng, FormulaRule(formula=['%s7="Klar"' % col], fill=fill("C6EFCE")))
        ws.conditional_formatting.add(rng, FormulaRule(formula=['OR(%s7="Pågår",%s7="Försenad")' % (col, col)],
                                                       fill=fill("FFEB9C")))
    ws.cell(last + 2, 1, "Antal rader: %d" % len(rows))
    widths(ws, {"A": 8, "B": 11, "C": 8, "D": 18, "E": 55, "F": 10, "G": 12, "H": 30, "I": 12, "J": 50})
    wb.save(os.path.join(OUT, fil))
    for k in ("KS", "SBN", "VON"):
        FILES.append((fil, "INLAST", NM[k], YEAR, "T2"))


# ---------------------------------------------------------------------------
# 7. Kommunstyrelsen – X in tick columns, control text over two rows, Summa row;
#    nämnd only in the file name
# ---------------------------------------------------------------------------
def f_ks():
    fil = "KS IKP 2025 helår.xlsx"
    N = "Kommunstyrelsen"
    # (nr, område, text rows, frekv, ansv, tick, kommentar, status, avv)
    ctrls = [
        ("1", "Ekonomi", ["Avstämning av balanskonton inför bokslut – samtliga konton har specifikation"],
         "Årligen", "Redovisningschef", "G", "Klart 2026-01-15.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", ["Kontroll av leverantörsregister – dubbletter och ändrade bankuppgifter"],
         "Kvartal", "Ekonomiadministratör", "G",
         "1 misstänkt bedrägeriförsök (ändrat bankgiro) stoppat och polisanmält.", "GENOMFORD", "ja"),
        ("3", "Ekonomi", ["Moms – ingående moms på representation redovisas korrekt"],
         "Kvartal", "Redovisningsekonom", "D", "Kontroll gjord för Q1–Q3, Q4 görs i februari.",
         "DELVIS", "nej"),
        ("4", "HR", ["Rehabiliteringsärenden påbörjas senast dag 14 i sjukperioden"],
         "Tertial", "HR-chef", "EG", "Ej genomförd, HR-systemet byts.", "EJ_GENOMFORD", "nej"),
        ("5", "HR", ["Lönekartläggning genomförd och dokumenterad"], "Årligen", "HR-chef", "G", "",
         "GENOMFORD", "nej"),
        ("6", "IT", ["Kontinuitetsplan för IT-drift testad – återläsning av backup för",
                     "kritiska system (ekonomi, lön, ärendehantering)"],
         "Årligen", "IT-chef", "D", "Test av ekonomi och lön klart, ärendehantering i mars 2026.",
         "DELVIS", "nej"),
        ("7", "Säkerhet", ["Krisledningsplan uppdaterad och övad"], "Årligen", "Säkerhetssamordnare",
         None, "Utgår enligt beslut KS 2025-05-07 § 88 – ersätts av regional övning.", "UTGAR", "nej"),
        ("8", "Säkerhet", ["Informationsklassning av kommunens verksamhetssystem"], "Årligen",
         "Informationssäkerhetssamordnare", None,
         "Redovisas muntligt på kommunstyrelsens sammanträde i februari.", "OKLAR", "nej"),
        ("9", "Kansli", ["Allmänna handlingar registreras utan dröjsmål – stickprov"], "Halvår",
         "Registrator", "G", "Inga anmärkningar.", "GENOMFORD", "nej"),
        ("10", "Kansli", ["Beslutsuppföljning – nämndbeslut verkställs"], "Halvår", "Kanslichef",
         "EG", "Ingen systematisk uppföljning har gjorts 2025.", "EJ_GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helårsbedömning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "G = Genomförd   D = Delvis genomförd   EG = Ej genomförd   (markera med X)"
    ws["A3"].font = Font(italic=True, color="595959")
    hdr = ["Nr", "Gr.omr", "Ktrl.akt", "Frekv.", "Ansv.", "G", "D", "EG", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = BOLD
        c.border = BOX
        c.fill = fill("FCE4D6")
        c.alignment = Alignment(horizontal="center")
    colof = {"G": 6, "D": 7, "EG": 8}
    r = 6
    first = r
    for ct in ctrls:
        nr, omr, texts, frek, ansv, tick, kom, st, avv = ct
        ws.cell(r, 1, nr)
        ws.cell(r, 2, omr)
        ws.cell(r, 3, texts[0])
        ws.cell(r, 4, frek)
        ws.cell(r, 5, ansv)
        if tick:
            ws.cell(r, colof[tick], "X").alignment = Alignment(horizontal="center")
        ws.cell(r, 9, kom)
        for i in range(1, 10):
            ws.cell(r, i).border = BOX
        exp(fil, N, texts[0], st, avv)
        for t in texts[1:]:
            r += 1
            ws.cell(r, 3, t)
            for i in range(1, 10):
                ws.cell(r, i).border = BOX
        r += 1
    ws.cell(r, 2, "Summa").font = BOLD
    ws.cell(r, 6, 4).font = BOLD
    ws.cell(r, 7, 2).font = BOLD
    ws.cell(r, 8, 2).font = BOLD
    for i in range(1, 10):
        ws.cell(r, i).fill = fill("F2F2F2")
        ws.cell(r, i).border = BOX
    ws.cell(r + 2, 1, "Antal genomförda: 4 av 10")
    ws.cell(r + 4, 1, "Godkänd av kommundirektör 2026-01-28")
    widths(ws, {"A": 5, "B": 11, "C": 62, "D": 9, "E": 26, "F": 5, "G": 5, "H": 5, "I": 60})
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 8. Vård- och omsorgsnämnden – .xls, ● ◐ ○ symbols, Bedömning 2024 | 2025 columns
# ---------------------------------------------------------------------------
def f_von(tmpdir):
    fil = "VON helårsuppföljning IKP 2025.xls"
    N = "Vård- och omsorgsnämnden"
    ctrls = [
        ("Felaktig tid i hemtjänst",
         "Utförd tid i hemtjänst jämförs med beviljad tid (stickprov 30 brukare)",
         "Stickprov maj och nov", "◐", "●",
         "Genomförd i maj och november. 4 brukare med avvikelse >20 %, åtgärdat med utförarna.",
         "GENOMFORD", "ja"),
        ("Läkemedelshantering", "Läkemedelsavvikelser analyseras och återkopplas till enheterna",
         "MAS-rapport", "○", "◐", "Analys gjord, återkoppling till 6 av 11 enheter.", "DELVIS", "nej"),
        ("Felaktiga avgifter", "Avgiftsbeslut omprövas vid ändrade inkomstuppgifter",
         "Stickprov 25 beslut", "●", "●", None, "GENOMFORD", "nej"),
        ("Missförhållanden", "Rapporter enligt lex Sarah utreds inom fastställd tid",
         "Genomgång av samtliga rapporter", "●", "●",
         "Genomförd med anmärkning – 2 utredningar överskred tidsgränsen.", "GENOMFORD", "ja"),
        ("Underbemanning", "Bemanningsschema följs på särskilt boende nattetid",
         "Schemauttag", None, "○", "Kontrollen kom inte igång, flyttas till 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Fallskador", "Riskbedömning (Senior alert) görs vid inflyttning på särskilt boende",
         "Uttag ur kvalitetsregister", "◐", "●", None, "GENOMFORD", "nej"),
        ("Livsmedelssäkerhet", "Temperaturkontroll av matlådor vid leverans", "Egenkontroll",
         "●", "–", "Utgår, ny leverantör ansvarar för egenkontroll enligt avtal.", "UTGAR", "nej"),
        ("Rättssäkerhet", "Biståndsbeslut följs upp minst en gång per år", "Uttag ur Lifecare",
         "◐", None, "Uppföljning gjord för 70 % av besluten, resterande under Q1 2026.",
         "DELVIS", "nej"),
        ("Trygghetslarm", "Larmtest av trygghetslarm månadsvis", "Larmlogg", "●", "●",
         "Se bilaga 1", "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"], ws["B2"] = "Nämnd:", N
    ws["A3"], ws["B3"] = "Period:", "Helår"
    ws["A4"], ws["B4"] = "Datum:", "2026-02-10"
    hdr = ["Risk", "Kontrollmoment", "Hur", "Bedömning 2024", "Bedömning 2025", "Kommentar 2025"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h)
        c.font = BOLD
        c.fill = fill("FFF2CC")
        c.border = BOX
        c.alignment = WRAP
    for n, ct in enumerate(ctrls):
        r = 7 + n
        for i, v in enumerate(ct[:6], 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 4).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 5).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, ct[1], ct[6], ct[7])
    r = 7 + len(ctrls) + 1
    ws.cell(r, 1, "● = Genomförd    ◐ = Påbörjad/delvis    ○ = Ej genomförd    – = Utgår")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    widths(ws, {"A": 20, "B": 55, "C": 24, "D": 11, "E": 11, "F": 60})
    tmpx = os.path.join(tmpdir, "VON helårsuppföljning IKP 2025.xlsx")
    wb.save(tmpx)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmpdir, tmpx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpdir, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 9. Gymnasie- och arbetsmarknadsnämnden – Word, plain table, tertial 1
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def f_gan():
    fil = "GAN uppföljning internkontroll T1 2025.docx"
    N = "Gymnasie- och arbetsmarknadsnämnden"
    ctrls = [
        ("Kontroll av att frånvaro rapporteras till CSN enligt regelverket",
         "Rapportering sker månadsvis. Stickprov i mars utan anmärkning.", "Genomförd",
         "GENOMFORD", "nej"),
        ("Interkommunal ersättning – fakturering till andra kommuner stäms av mot elevregistret",
         "Avstämning för vårterminen pågår. Hittills har 5 elever utan fakturering upptäckts, rättat.",
         "Pågående", "DELVIS", "ja"),
        ("Närvaro i arbetsmarknadsinsats rapporteras till socialtjänsten för personer med försörjningsstöd",
         "Se bilaga", "", "OKLAR", "nej"),
        ("Betyg sätts av behörig lärare – kontroll i Skolverkets lärarlegitimationsregister",
         "Görs efter vårterminens betygssättning, redovisas T2.", "Ej påbörjad",
         "EJ_GENOMFORD", "nej"),
        ("Ansökningar om lönebidrag och anställningsstöd görs i tid till Arbetsförmedlingen",
         "Uppgifter från Arbetsförmedlingen har inte inkommit.", "Osäkert", "OKLAR", "nej"),
        ("Inköp av läromedel sker via avtalade leverantörer",
         "Stickprov 20 fakturor, 1 köp utanför avtal. Berörd rektor informerad.", "Åtgärdad",
         "GENOMFORD", "ja"),
        ("Kursstart inom SFI sker inom tre månader från ansökan",
         "SFI upphandlas externt från 2025, kontrollen utgår enligt GAN 2025-02-12 § 9.",
         "Ej aktuell", "UTGAR", "nej"),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = "Åsby kommun\tGymnasie- och arbetsmarknadsförvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Gymnasie- och arbetsmarknadsnämnden – tertial 1 (januari–april)").bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 22 januari. Planen omfattar sju "
        "kontrollmoment. Nedan redovisas läget efter första tertialet. Kontroller som enligt "
        "planen genomförs senare under året redovisas i kommande uppföljningar.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    h = t.rows[0].cells
    for c, txt in zip(h, ["Nr", "Kontrollmoment", "Resultat / kommentar", "Status"]):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")
    for n, ct in enumerate(ctrls, 1):
        cells = t.add_row().cells
        cells[0].text = str(n)
        cells[1].text = ct[0]
        cells[2].text = ct[1]
        cells[3].text = ct[2]
        exp(fil, N, ct[0], ct[3], ct[4])
    for row in t.rows:
        row.cells[0].width = Cm(1.0)
        row.cells[1].width = Cm(6.5)
        row.cells[2].width = Cm(6.5)
        row.cells[3].width = Cm(2.5)
    d.add_paragraph()
    d.add_paragraph("Åsby 2025-05-14")
    d.add_paragraph("Per Holm\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "T1"))


# ---------------------------------------------------------------------------
# 10. Räddningsnämnden – broken workbook (truncated during e-mail transfer)
# ---------------------------------------------------------------------------
def f_broken(tmpdir):
    fil = "Räddningsnämnden IK helår 2025.xlsx"
    N = "Räddningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Räddningsnämnden – uppföljning intern kontroll helår 2025"
    for i in range(3, 12):
        ws.cell(i, 1, "Kontroll av brandposter %d" % i)
        ws.cell(i, 2, "Genomförd")
    p = os.path.join(tmpdir, "full.xlsx")
    wb.save(p)
    data = open(p, "rb").read()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: len(data) // 3])
    FILES.append((fil, "AVVISAD", N, YEAR, "HELAR"))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Gymnasie- och arbetsmarknadsnämnden", "GAN|Gymnasie- och arbetsmarknadsförvaltningen"),
    ("Räddningsnämnden", "RN|Räddningstjänsten Åsby"),
    ("Överförmyndarnämnden", "ÖFN"),
    ("Valnämnden", "VN"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(header + "\n")
        for r in rows:
            for v in r:
                assert ";" not in str(v), (name, r)
            f.write(";".join(str(v) for v in r) + "\n")


def main():
    tmpdir = tempfile.mkdtemp(prefix="_build_", dir=OUT)
    try:
        f_sn()
        f_tn()
        f_bun()
        f_kfn()
        f_mbn()
        f_export()
        f_ks()
        f_von(tmpdir)
        f_gan()
        f_broken(tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csv("namnder.csv", "nämnd;alias", NAMNDER)
    write_csv("files.csv", "fil;utfall;nämnd;år;period", FILES)
    write_csv("expected.csv", "fil;nämnd;kontrollmoment;status;avvikelse", EXPECTED)
    print(len(set(f[0] for f in FILES)), "files,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
