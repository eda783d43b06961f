#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r526 - Värnamo kommun, tertial 2 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script (no subfolders). Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 9, 15, 8, 30, 0)
LO_PROFILE = "file:///tmp/lo-round526"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)


def fix_props(wb, title, creator):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - T1 / T2 / T3 column groups side by side (xlsx)
# ---------------------------------------------------------------------------
def build_ks():
    fn = "Internkontrollplan 2025 KS - uppföljning T2.xlsx"
    namnd = "Kommunstyrelsen"
    # (nr, process, kontrollmoment, metod, ansvarig, frekvens,
    #  t1status, t1komm, t2status, t2komm, exp_status, exp_avv)
    groups = [
        ("Ekonomi", [
            ("1.1", "Attest", "Attest av leverantörsfakturor enligt gällande attestordning",
             "Stickprov 20 fakturor per tertial i Raindance", "Redovisningschef", "Tertial",
             "Genomförd", "20 fakturor kontrollerade, inga avvikelser.",
             "Genomförd med avvikelse",
             "2 av 20 fakturor attesterade av person som saknar beslutad attesträtt. Attestantförteckningen uppdaterad 2025-08-28.",
             "GENOMFORD", "ja"),
            ("1.2", "Kontanthantering", "Kontantkassor inventeras och stäms av mot kassabok",
             "Oanmäld inventering av samtliga kassor", "Controller", "Tertial",
             "Genomförd", "Inventering av 4 kassor utan anmärkning.",
             None, "Inventering av samtliga 4 kassor genomförd 2025-08-20 utan anmärkning.",
             "GENOMFORD", "nej"),
            ("1.3", "Leverantörsregister",
             "Ändring av bankuppgifter i leverantörsregistret verifieras mot leverantören innan ändring",
             "Genomgång av ändringslogg, kontroll av callback-dokumentation", "Redovisningschef", "Tertial",
             "Genomförd", "Samtliga 14 ändringar verifierade via callback.",
             "Genomförd", "11 ändringar under perioden, samtliga verifierade.",
             "GENOMFORD", "nej"),
            ("1.4", "Avtalstrohet", "Inköp görs från avtalade leverantörer (stickprov i inköpsanalys)",
             "Inköpsanalys, 30 stickprov", "Upphandlingschef", "1 ggr/år",
             None, None,
             "Ej påbörjad", "Genomförs i samband med höstens inköpsanalys.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("2.1", "Lön",
             "Kontroll av att lönetillägg och engångsbelopp har underlag och beslut av behörig chef",
             "Stickprov 15 lönetransaktioner", "Lönechef", "Tertial",
             "Genomförd", "Inga avvikelser.",
             "Genomförd", "Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("2.2", "Bisysslor",
             "Samtliga medarbetare har redovisat eventuella bisysslor i samband med medarbetarsamtal",
             "Sammanställning från respektive chef", "HR-chef", "1 ggr/år",
             "Genomförd",
             "Redovisning genomförd i samband med medarbetarsamtalen under våren. Inga otillåtna bisysslor.",
             None, None,
             "GENOMFORD", "nej"),
            ("2.3", "Arbetsmiljö",
             "Uppföljning av att tillbud och arbetsskador rapporteras i KIA och åtgärdas",
             "Genomgång av ärenden i KIA", "HR-strateg", "Tertial",
             "Utgår", "Kontrollmomentet utgår enligt KS beslut 2025-03-04 § 41, hanteras inom SAM.",
             None, None,
             "UTGAR", ""),
        ]),
        ("Information och IT", [
            ("3.1", "Informationssäkerhet",
             "Behörigheter i ekonomisystemet Raindance stäms av mot aktuella anställningar",
             "Avstämning behörighetslista mot HR-systemet", "Systemförvaltare", "1 ggr/år",
             "Ej genomförd", "Ej hunnits med på grund av uppgradering av Raindance.",
             "Genomförd", "Avstämning gjord i juni, 6 behörigheter för avslutade anställningar togs bort.",
             "GENOMFORD", "ja"),
            ("3.2", "Diarieföring", "Inkomna handlingar diarieförs inom fem arbetsdagar",
             "Stickprov 30 handlingar i Public 360", "Kanslichef", "Tertial",
             "Genomförd", "Stickprov 30 handlingar, samtliga diarieförda inom fem arbetsdagar.",
             "Pågår", "Stickprov för perioden maj–augusti pågår.",
             "DELVIS", ""),
            ("3.3", "Delegation",
             "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
             "Jämförelse delegationslistor mot protokoll", "Kanslichef", "Tertial",
             "Genomförd", "Inga avvikelser.",
             "Ej genomförd", "Kontrollen har inte genomförts under tertial 2 på grund av vakans på kansliet.",
             "EJ_GENOMFORD", ""),
        ]),
    ]

    wb = openpyxl.Workbook()
    fix_props(wb, "Internkontrollplan 2025 Kommunstyrelsen", "Maria Bengtsson")
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Värnamo kommun"
    ws["A1"].font = Font(bold=True, size=10, color="1F4E79")
    ws["A2"] = "Internkontrollplan 2025 med uppföljning – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Rapporteringstillfälle: Tertial 2 (januari–augusti 2025). Ifylld av: "
                "Kommunledningsförvaltningen, ekonomiavdelningen 2025-09-12")
    ws["A3"].font = Font(italic=True, size=9)

    hdr_fill = fill("D9E1F2")
    t_fills = {"G": fill("FCE4D6"), "I": fill("E2EFDA"), "K": fill("EDEDED")}
    fixed_cols = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens"]
    for i, h in enumerate(fixed_cols, start=1):
        c = ws.cell(row=5, column=i, value=h)
        ws.merge_cells(start_row=5, start_column=i, end_row=6, end_column=i)
        c.font = BOLD
        c.fill = hdr_fill
        c.alignment = CENTER
    for col, label in (("G", "Tertial 1"), ("I", "Tertial 2"), ("K", "Tertial 3")):
        c = ws[col + "5"]
        c.value = label
        nxt = get_column_letter(openpyxl.utils.column_index_from_string(col) + 1)
        ws.merge_cells(col + "5:" + nxt + "5")
        c.font = BOLD
        c.alignment = CENTER
        c.fill = t_fills[col]
        for cc, lab in ((col, "Status"), (nxt, "Kommentar")):
            ws[cc + "6"] = lab
            ws[cc + "6"].font = BOLD
            ws[cc + "6"].fill = t_fills[col]
            ws[cc + "6"].alignment = CENTER
    for r in (5, 6):
        for cidx in range(1, 13):
            ws.cell(row=r, column=cidx).border = BORDER

    dv = DataValidation(type="list",
                        formula1='"Genomförd,Genomförd med avvikelse,Pågår,Ej påbörjad,Ej genomförd,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)

    r = 7
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True, color="FFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        ws.cell(row=r, column=1).fill = fill("1F4E79")
        r += 1
        for (nr, proc, km, metod, ansv, frekv, s1, k1, s2, k2, es, ea) in rows:
            vals = [nr, proc, km, metod, ansv, frekv, s1, k1, s2, k2, None, None]
            for cidx, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=cidx, value=v)
                c.alignment = WRAP
                c.border = BORDER
            dv.add("G%d" % r)
            dv.add("I%d" % r)
            dv.add("K%d" % r)
            EXPECTED.append((fn, namnd, km, es, ea))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Statusalternativ: Genomförd / Genomförd med avvikelse / Pågår / "
                                   "Ej påbörjad / Ej genomförd / Utgår").font = Font(size=9, italic=True)
    r += 1
    ws.cell(row=r, column=1, value="Tertial 3 fylls i inför helårsuppföljningen (rapporteras i januari 2026)."
            ).font = Font(size=9, italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Behandlad i kommunstyrelsens arbetsutskott 2025-09-23").font = Font(size=9)

    widths = [6, 18, 42, 30, 18, 11, 14, 36, 14, 40, 12, 30]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:6"
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - monthly tick columns jan-dec (xlsx)
# ---------------------------------------------------------------------------
def build_sn():
    fn = "SN_IK2025_återkommande kontroller_T2.xlsx"
    namnd = "Socialnämnden"
    months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    M = {m: i for i, m in enumerate(months)}
    ALL = months
    Q = ["mar", "jun", "sep", "dec"]
    # (nr, kontrollmoment, ansvarig, frekvens, planned months, marks{month: mark}, kommentar, exp, avv)
    groups = [
        ("Ekonomiskt bistånd", [
            ("1", "Utbetalningar av ekonomiskt bistånd stäms av mot beslut i Treserva (stickprov 10 ärenden)",
             "Enhetschef försörjningsstöd", "Månadsvis", ALL,
             {m: "x" for m in months[:8]}, "Inga avvikelser.", "GENOMFORD", "nej"),
            ("2", "Kontroll mot Försäkringskassan via SSBTEK görs innan beslut om ekonomiskt bistånd",
             "Enhetschef försörjningsstöd", "Månadsvis", ALL,
             dict({m: "x" for m in months[:8]}, apr="A"),
             "April: 1 ärende där inkomst från Försäkringskassan inte beaktats, återkrav upprättat.",
             "GENOMFORD", "ja"),
        ]),
        ("Vård och omsorg", [
            ("3", "Avgiftsbeslut inom äldreomsorgen är korrekt debiterade (stickprov 5 per månad)",
             "Avgiftshandläggare", "Månadsvis", ALL,
             dict({m: "x" for m in months[:6]}, jul="–", aug="–"),
             "Ej utfört juli–augusti på grund av semesterperiod och vakant tjänst som avgiftshandläggare. "
             "Tas igen i september.", "DELVIS", "nej"),
            ("4", "Läkemedelsförråd på särskilda boenden inventeras och narkotikaförbrukning stäms av",
             "MAS", "Kvartalsvis", Q, {"mar": "x", "jun": "x"}, "", "GENOMFORD", "nej"),
            ("5", "Genomförandeplaner upprättas inom 14 dagar efter beslut om hemtjänst",
             "Enhetschefer hemtjänst", "Varannan månad", ["feb", "apr", "jun", "aug", "okt", "dec"],
             {"feb": "x", "apr": "x", "jun": "A", "aug": "x"},
             "Juni: 3 av 12 genomförandeplaner upprättade senare än 14 dagar efter beslut.",
             "GENOMFORD", "ja"),
            ("6", "Brandskyddskontroll enligt SBA på särskilda boenden",
             "Verksamhetschef särskilt boende", "Halvårsvis", ["maj", "nov"], {"maj": "–"},
             "Ej genomförd i maj på grund av personalbrist, ny tid bokad i september.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Individ- och familjeomsorg", [
            ("7", "Orosanmälningar skyddsbedöms inom 24 timmar",
             "Enhetschef barn och unga", "Månadsvis", ALL, {m: "x" for m in months[:8]}, "",
             "GENOMFORD", "nej"),
            ("8", "Loggkontroll i verksamhetssystemet Treserva (stickprov 20 användare)",
             "Systemförvaltare", "Tertialvis", ["apr", "aug", "dec"], {"apr": "x", "aug": "A"},
             "Augusti: 1 otillåten åtkomst till en akt upptäckt, anmäld till dataskyddsombudet och "
             "hanterad som personuppgiftsincident.", "GENOMFORD", "ja"),
        ]),
        ("Funktionsstöd (LSS)", [
            ("9", "Ej verkställda beslut enligt LSS rapporteras till IVO inom tre månader",
             "Verksamhetschef funktionsstöd", "Kvartalsvis", Q, {"mar": "x", "jun": "x"},
             "Rapporterat till IVO 2025-04-04 och 2025-07-03.", "GENOMFORD", "nej"),
            ("10", "Kontroll av hantering av brukares privata medel på gruppbostäder",
             "Enhetschefer gruppbostad", "Årligen", ["okt"], {},
             "Planerad till oktober.", "EJ_GENOMFORD", ""),
        ]),
    ]

    wb = openpyxl.Workbook()
    fix_props(wb, "Internkontroll 2025 återkommande kontroller", "Socialförvaltningen")
    ws = wb.active
    ws.title = "Återkommande kontroller"
    ws["A1"] = "Internkontroll 2025 – återkommande kontroller"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avprickning per månad. Uppföljning tertial 2 (t.o.m. augusti 2025)"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = ("Teckenförklaring: x = kontroll utförd utan anmärkning   A = utförd, avvikelse noterad "
                "(beskriv i kommentar)   – = ej utförd   grå ruta = ingen kontroll planerad den månaden")
    ws["A3"].font = Font(size=9)
    grey = fill("BFBFBF")
    ws["A3"].alignment = Alignment(wrap_text=False)

    headers = ["Nr", "Kontrollmoment", "Ansvarig", "Frekvens"] + months + ["Kommentar T2"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = fill("DDEBF7")
        c.alignment = CENTER
        c.border = BORDER
    r = 6
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        ws.cell(row=r, column=1).fill = fill("F2F2F2")
        r += 1
        for (nr, km, ansv, frekv, planned, marks, komm, es, ea) in rows:
            ws.cell(row=r, column=1, value=nr)
            ws.cell(row=r, column=2, value=km)
            ws.cell(row=r, column=3, value=ansv)
            ws.cell(row=r, column=4, value=frekv)
            for m in months:
                c = ws.cell(row=r, column=5 + M[m])
                if m not in planned:
                    c.fill = grey
                elif m in marks:
                    c.value = marks[m]
                c.alignment = CENTER
                c.border = BORDER
            ws.cell(row=r, column=17, value=komm if komm else None)
            for cidx in (1, 2, 3, 4, 17):
                ws.cell(row=r, column=cidx).alignment = WRAP
                ws.cell(row=r, column=cidx).border = BORDER
            EXPECTED.append((fn, namnd, km, es, ea))
            r += 1
    # summary row with counts per month
    ws.cell(row=r, column=2, value="Antal utförda kontroller").font = BOLD
    for m in months:
        n = 0
        for _g, rows in groups:
            for row in rows:
                if row[5].get(m) in ("x", "A"):
                    n += 1
        ws.cell(row=r, column=5 + M[m], value=n if M[m] < 8 else None).font = BOLD
        ws.cell(row=r, column=5 + M[m]).alignment = CENTER
    r += 2
    ws.cell(row=r, column=2, value="Ansvarig för sammanställning: Kvalitetsstrateg, socialförvaltningen")
    ws.cell(row=r + 1, column=2, value="Redovisas för socialnämnden 2025-09-24")

    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 13
    for m in months:
        ws.column_dimensions[get_column_letter(5 + M[m])].width = 5
    ws.column_dimensions["Q"].width = 50
    ws.oddHeader.left.text = "Socialförvaltningen, Värnamo kommun"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.freeze_panes = "E6"

    ws2 = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion",
        "Fliken används för kontroller som görs flera gånger per år.",
        "Pricka av varje månad när kontrollen är gjord. Använd x, A eller – enligt teckenförklaringen.",
        "Avvikelser beskrivs i kommentarskolumnen med månad och åtgärd.",
        "Filen skickas till ekonomiavdelningen senast 15 september (T2) respektive 15 januari (helår).",
    ]
    for i, t in enumerate(lines, start=1):
        ws2.cell(row=i, column=1, value=t)
    ws2["A1"].font = BOLD
    ws2.column_dimensions["A"].width = 100
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden - status as percentage of planned checks (ods)
# ---------------------------------------------------------------------------
def build_bun():
    fn = "BUN Uppföljning internkontroll tertial 2 2025.ods"
    namnd = "Barn- och utbildningsnämnden"
    # (område, km, metod, ansvarig, planerat, utfört, status(value or text), avvikelser, kommentar, exp, avv)
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 10 fakturor per rektorsområde", "Ekonom", 12, 12, 1.0, "Inga",
         "Samtliga stickprov utan anmärkning.", "GENOMFORD", "nej"),
        ("Ekonomi", "Busskort och elevresor debiteras enligt gällande regler för skolskjuts",
         "Avstämning mot skolskjutsbeslut", "Skolskjutshandläggare", 4, 3, 0.75, "Inga",
         "Kontrollen för augusti görs i samband med terminsstarten.", "DELVIS", "nej"),
        ("Ekonomi", "Fakturering av förskoleavgifter överensstämmer med placeringsschema och inkomstuppgift",
         "Stickprov 20 hushåll per tertial", "Avgiftshandläggare", 8, 8, 1.0, 2,
         "Två familjer felaktigt debiterade maxtaxa, rättat och återbetalt i juni.", "GENOMFORD", "ja"),
        ("Elevhälsa och skolplikt", "Upprepad ogiltig frånvaro anmäls till huvudmannen enligt skollagen",
         "Genomgång av frånvarostatistik i Skola24", "Rektorer", 2, 1, 0.5, 1,
         "Vid en skola saknades anmälan för två elever. Rutinen genomgången med rektorsgruppen.",
         "DELVIS", "ja"),
        ("Elevhälsa och skolplikt", "Anmälningar om kränkande behandling rapporteras till huvudman och utreds skyndsamt",
         "Uppföljning i DF Respons", "Verksamhetschef grundskola", 8, 8, 1.0, "Inga", None,
         "GENOMFORD", "nej"),
        ("Elevhälsa och skolplikt", "Loggkontroll av elevhälsans journalsystem enligt patientdatalagen",
         "Stickprov 10 användare per termin", "Verksamhetschef elevhälsa", 2, 0, 0.0, None,
         "Loggkontroll ej påbörjad. Ny skolsköterska med ansvar för logguppföljning tillträder i september.",
         "EJ_GENOMFORD", ""),
        ("Personal", "Utdrag ur belastningsregistret har visats innan anställning i förskola och skola",
         "Kontroll av samtliga nyanställningar i Heroma", "HR-konsult", 25, 25, 1.0, 1,
         "En timvikarie började arbeta innan utdrag visats. Rutinen för bemanningsenheten förtydligad.",
         "GENOMFORD", "ja"),
        ("Personal", "Lärarlegitimation och behörighet kontrolleras vid anställning",
         "Kontroll mot Skolverkets legitimationsregister", "HR-konsult", 15, 15, 1.0, "Inga", None,
         "GENOMFORD", "nej"),
        ("Systematiskt kvalitetsarbete", "Individuella utvecklingsplaner upprättas för elever i åk 1–5",
         "Stickprov i Unikum", "Rektorer", None, None, "Ej aktuell", None,
         "Utgår enligt BUN beslut 2025-05-20 § 58, ersätts av digital uppföljning i Unikum.",
         "UTGAR", ""),
        ("Systematiskt kvalitetsarbete", "Elever med rätt till modersmålsundervisning har erbjudits undervisning",
         "Avstämning mot ansökningar", "Samordnare modersmål", 1, None, None, None, None,
         "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb, "BUN internkontroll T2 2025", "Barn- och utbildningsförvaltningen")
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Status anges som andel utförda kontroller av planerat antal för perioden januari–augusti. "
                "100 % = genomförd, 1–99 % = delvis genomförd, 0 % = ej påbörjad.")
    ws["A3"].font = Font(size=9, italic=True)
    headers = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Planerat antal kontroller",
               "Utförda kontroller", "Status (andel utförda)", "Antal avvikelser", "Kommentar/åtgärd"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = fill("FFF2CC")
        c.border = BORDER
    r = 6
    for (omr, km, metod, ansv, plan, utf, st, avv, komm, es, ea) in rows:
        vals = [omr, km, metod, ansv, plan, utf, st, avv, komm]
        for cidx, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=cidx, value=v)
            c.border = BORDER
            c.alignment = WRAP
        if isinstance(st, float):
            ws.cell(row=r, column=7).number_format = "0%"
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fn, namnd, km, es, ea))
        r += 1
    tot_plan = sum(x[4] for x in rows if isinstance(x[4], int))
    tot_utf = sum(x[5] for x in rows if isinstance(x[5], int))
    ws.cell(row=r, column=1, value="Totalt").font = BOLD
    ws.cell(row=r, column=5, value=tot_plan).font = BOLD
    ws.cell(row=r, column=6, value=tot_utf).font = BOLD
    c = ws.cell(row=r, column=7, value=round(tot_utf / tot_plan, 4))
    c.number_format = "0%"
    c.font = BOLD
    c.alignment = Alignment(horizontal="center")
    for cidx in range(1, 10):
        ws.cell(row=r, column=cidx).border = Border(top=Side(style="double"))
    r += 2
    ws.cell(row=r, column=1, value="Summeringen omfattar kontrollmoment med planerat antal. Kontrollmoment som utgått ingår inte.")
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Lena Ekström, controller barn- och utbildningsförvaltningen, 2025-09-09")
    for col, w in zip("ABCDEFGHI", [22, 46, 30, 22, 12, 11, 12, 11, 50]):
        ws.column_dimensions[col].width = w
    tmpdir = tempfile.mkdtemp(prefix="r526_")
    src = os.path.join(tmpdir, "BUN Uppföljning internkontroll tertial 2 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmpdir)
    shutil.move(os.path.join(tmpdir, fn), os.path.join(OUT, fn))
    shutil.rmtree(tmpdir, ignore_errors=True)
    FILES.append((fn, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Hypergene CSV export - two nämnder, T1 and T2 rows, multi-line comments
# ---------------------------------------------------------------------------
def build_hypergene():
    fn = "Hypergene_export_internkontroll_2025-09-15.csv"
    plan = "Internkontrollplan 2025"
    data = [
        ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", [
            ("Bidragshantering", "Felaktigt utbetalda föreningsbidrag",
             "Föreningsbidrag betalas ut enligt gällande bidragsregler och beslut", "Jonas Holm",
             ("Klar", "Stickprov 8 ansökningar om grundbidrag.\nInga avvikelser.", "Nej"),
             ("Klar", "Stickprov 6 ansökningar om aktivitetsstöd; kontroll mot närvarolistor.\n"
                      "1 förening hade redovisat fler deltagartillfällen än närvarolistan visade.\n"
                      "Återkrav 4 200 kr enligt \"Riktlinjer för föreningsbidrag 2024\".", "Ja"),
             "GENOMFORD", "ja"),
            ("Kontanthantering", "Svinn eller stöld i kassor",
             "Dagskassor i badhuset och på biblioteket stäms av mot kassarapport", "Sara Nyberg",
             ("Klar", "Avstämning sker dagligen, inga differenser.", "Nej"),
             ("Pågår", "Avstämning sker löpande.\nKassadifferens i juli (–350 kr) i badhuset utreds tillsammans "
                       "med ekonomiavdelningen.", ""),
             "DELVIS", "ja"),
            ("Lokaluthyrning", "Bokningar faktureras inte",
             "Uthyrning av idrottshallar faktureras enligt bokningssystemet Interbook Go", "Jonas Holm",
             ("Ej påbörjad", "", ""),
             ("Klar", "Jämförelse bokningar mot fakturor mars–juni.\nInga avvikelser.", "Nej"),
             "GENOMFORD", "nej"),
            ("Inventarier", "Stöld av utrustning",
             "Inventering av stöldbegärlig utrustning (IT, ljud och ljus) på Kulturhuset", "Peter Sjöberg",
             ("", "", ""),
             ("Ej påbörjad", "Planeras till november i samband med årsinventeringen.", ""),
             "EJ_GENOMFORD", ""),
            ("Barn och unga", "Olämpliga personer i verksamhet med barn",
             "Utdrag ur belastningsregistret kontrolleras för ledare i sommarlovsverksamheten", "Sara Nyberg",
             ("", "", ""),
             ("Klar", "Samtliga 42 feriearbetare och ledare har visat utdrag.\nKontrollerat av "
                      "fritidsgårdspersonal före start 16 juni.", "Nej"),
             "GENOMFORD", "nej"),
            ("Avtal", "Avtal följs inte upp",
             "Avtal med föreningar om driftbidrag för anläggningar följs upp", "Peter Sjöberg",
             ("Pågår", "Genomgång av 5 av 11 avtal klar.", ""),
             ("Utgår", "Utgår – avtalen omförhandlas under hösten enligt nämndens beslut 2025-06-11 § 47.", ""),
             "UTGAR", ""),
            ("Upphandling", "Otillåten direktupphandling",
             "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna", "Jonas Holm",
             ("Klar", "Inga direktupphandlingar över beloppsgränsen under perioden.", "Nej"),
             ("", "Se bilaga 2, sammanställning direktupphandlingar.", ""),
             "OKLAR", ""),
        ]),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", [
            ("Tillsyn", "Brister i granskning av årsräkningar",
             "Årsräkningar granskas och beslut fattas inom fastställd tid (senast 30 juni)", "Karin Wallin",
             ("Pågår", "Granskning pågår, 312 av 540 årsräkningar granskade.", ""),
             ("Klar", "Samtliga 540 årsräkningar granskade.\n9 årsräkningar granskades efter 30 juni på grund "
                      "av sena kompletteringar.", "Ja"),
             "GENOMFORD", "ja"),
            ("Arvoden", "Felaktigt arvode till ställföreträdare",
             "Arvode till ställföreträdare beräknas enligt nämndens riktlinjer", "Karin Wallin",
             ("Klar", "Stickprov 15 arvodesbeslut, inga avvikelser.", "Nej"),
             ("Klar", "Stickprov 15 arvodesbeslut;\ninga avvikelser.", "Nej"),
             "GENOMFORD", "nej"),
            ("Register", "Inaktuella uppgifter i registret",
             "Registerkontroll i Wärna Go – avslutade ärenden arkiveras", "Ahmed Karimi",
             ("", "", ""),
             ("Pågår", "Påbörjad i augusti.", ""),
             "DELVIS", ""),
            ("Lämplighet", "Olämpliga ställföreträdare",
             "Lämplighetsprövning av nya ställföreträdare (belastningsregister, kreditupplysning)",
             "Ahmed Karimi",
             ("Klar", "11 nya ställföreträdare, alla prövade.", "Nej"),
             ("Klar", "18 nya ställföreträdare under året, samtliga prövade innan förordnande.", "Nej"),
             "GENOMFORD", "nej"),
            ("Spärrade konton", "Uttag som inte gagnar huvudmannen",
             "Uttagstillstånd från spärrade konton prövas mot huvudmannens behov", "Karin Wallin",
             ("Ej påbörjad", "", ""),
             ("Ej påbörjad", "Kontrollen skjuts upp till tertial 3 på grund av hög arbetsbelastning\n"
                             "med årsräkningar.", ""),
             "EJ_GENOMFORD", ""),
        ]),
    ]
    header = ["Organisation", "Plan", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig",
              "Period", "Status", "Kommentar", "Avvikelse", "Senast ändrad", "Ändrad av"]
    out_rows = []
    ts = {"T1": "2025-05-14 16:02", "T2": "2025-09-11 10:47"}
    for org, namnd, ctrls in data:
        for (proc, risk, km, ansv, t1, t2, es, ea) in ctrls:
            for per, (st, komm, avv) in (("T1", t1), ("T2", t2)):
                per_txt = "Tertial 1 2025" if per == "T1" else "Tertial 2 2025"
                out_rows.append([org, plan, proc, risk, km, ansv, per_txt, st, komm, avv,
                                 ts[per] if (st or komm) else "", ansv if (st or komm) else ""])
            EXPECTED.append((fn, namnd, km, es, ea))
        FILES.append((fn, "INLAST", namnd, "2025", "T2"))
    path = os.path.join(OUT, fn)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(header)
        for row in out_rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 5. Miljö- och stadsbyggnadsnämnden - Word table, control text merged over rows
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def fix_docx_props(d, title, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def build_msn():
    fn = "MSN uppföljning internkontroll T2 2025.docx"
    namnd = "Miljö- och stadsbyggnadsnämnden"
    # (nr, kontrollmoment, metod, resultat, status, exp, avv)
    groups = [
        ("Process: Bygglov och anmälan", [
            ("1", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
             "Uttag ur ByggR av samtliga beslut januari–augusti.",
             "412 beslut, varav 9 överskred handläggningstiden. Avgiften har reducerats enligt 12 kap. 8 a § PBL.",
             "Genomförd – avvikelse noterad", "GENOMFORD", "ja"),
            ("2", "Avgift för bygglov tas ut enligt gällande taxa",
             "Stickprov 15 ärenden.", "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
            ("3", "Delegationsbeslut anmäls till nämnden",
             "Jämförelse mellan delegationslistor och nämndens protokoll.",
             "Kontrollen är genomförd. Samtliga delegationsbeslut januari–augusti har anmälts till nämnden, "
             "inga avvikelser.", "", "GENOMFORD", "nej"),
        ]),
        ("Process: Miljö- och hälsoskyddstillsyn samt livsmedelskontroll", [
            ("4", "Tillsynsplanen för livsmedelskontroll följs (antal utförda kontroller mot plan)",
             "Uppföljning i Ecos 2.",
             "148 av 230 planerade kontroller utförda t.o.m. augusti (64 %).", "Pågår", "DELVIS", ""),
            ("5", "Fakturering av årliga tillsynsavgifter sker enligt beslut",
             "Avstämning debiteringslista mot Ecos.",
             "Kontrollen har skjutits upp till tertial 3 på grund av byte av ekonomisystem.",
             "Ej genomförd", "EJ_GENOMFORD", ""),
            ("6", "Klagomål inom miljö- och hälsoskydd registreras och besvaras inom 14 dagar",
             "Stickprov 20 ärenden.",
             "3 av 20 klagomål besvarades senare än 14 dagar. Rutin för bevakning har införts i Ecos.",
             "Genomförd", "GENOMFORD", "ja"),
        ]),
        ("Process: Plan, kart och GIS", [
            ("7", "Lantmäteriförrättningar och nya adresser förs in i primärkartan inom en månad",
             "Stickprov i kartdatabasen.",
             "Kontrollmomentet utgår enligt nämndens beslut 2025-04-23 § 62.", "Utgår", "UTGAR", ""),
            ("8", "Handlingar som rör skyddsobjekt lämnas inte ut utan sekretessprövning",
             "Genomgång av samtliga begäranden om utlämnande av ritningar.",
             "Genomgång av 12 utlämnanden, sekretessprövning dokumenterad i samtliga.",
             "Genomförd", "GENOMFORD", "nej"),
            ("9", "Beslut om strandskyddsdispens skickas till länsstyrelsen inom tre veckor",
             "Kontroll av expedieringsdatum.", "Se bilaga 1.", "Se bilaga", "OKLAR", ""),
        ]),
    ]
    d = docx.Document()
    fix_docx_props(d, "Uppföljning internkontrollplan 2025 T2", "Anna Lindqvist")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "VÄRNAMO KOMMUN\tMiljö- och stadsbyggnadsförvaltningen\tDnr MSN 2025/0187"
    p = d.add_paragraph()
    r = p.add_run("Miljö- och stadsbyggnadsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025 – tertial 2")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 201). Planen omfattar nio "
        "kontrollmoment inom tre processer. Nedan redovisas uppföljningen för perioden januari–augusti 2025. "
        "För varje kontrollmoment anges kontrollmetod, resultat och status. Status anges som Genomförd, "
        "Pågår, Ej genomförd eller Utgår.")

    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for c, t in zip(hdr, ["Nr", "Kontrollmoment", "", "Uppföljning"]):
        c.text = ""
        run = c.paragraphs[0].add_run(t)
        run.bold = True
        set_cell_shading(c, "C6E0B4")
    for gname, rows in groups:
        cells = table.add_row().cells
        m = cells[0].merge(cells[3])
        m.text = ""
        run = m.paragraphs[0].add_run(gname)
        run.bold = True
        run.italic = True
        set_cell_shading(m, "E2EFDA")
        for (nr, km, metod, res, status, es, ea) in rows:
            r1 = table.add_row().cells
            r2 = table.add_row().cells
            r3 = table.add_row().cells
            r1[2].text = "Kontrollmetod"
            r1[3].text = metod
            r2[2].text = "Resultat"
            r2[3].text = res
            r3[2].text = "Status T2"
            r3[3].text = status
            for rc in (r1, r2, r3):
                rc[2].paragraphs[0].runs[0].italic = True
            r3[3].paragraphs[0].runs and setattr(r3[3].paragraphs[0].runs[0], "bold", True)
            mnr = r1[0].merge(r3[0])
            mkm = r1[1].merge(r3[1])
            mnr.text = nr
            mkm.text = km
            EXPECTED.append((fn, namnd, km, es, ea))
    widths = [Cm(1.0), Cm(6.0), Cm(2.8), Cm(7.2)]
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    d.add_paragraph()
    d.add_paragraph(
        "Sammanfattningsvis bedömer förvaltningen att den interna kontrollen i huvudsak fungerar. "
        "Avvikelserna avseende handläggningstider följs upp i verksamhetsplanen för 2026.")
    d.add_paragraph("Värnamo 2025-09-10")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, miljö- och stadsbyggnadsförvaltningen")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6+7. Tekniska nämnden - traffic-light fill only; sent twice (old + corrected)
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREYF = "00B050", "FFC000", "FF0000", "A6A6A6"


def tn_rows(version):
    # (nr, verksamhet, km, risk, ansvarig, colour, comment, exp, avv)
    rows = [
        ("1", "Gata/park", "Vinterväghållning: entreprenörens fakturor stäms av mot körjournaler",
         "3×3", "Gatuchef", GREEN, "Stickprov januari–mars, inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Gata/park", "Säkerhetsbesiktning av lekplatser enligt SS-EN 1176 genomförs och dokumenteras",
         "2×4", "Parkchef", YELLOW,
         "Besiktning klar för 31 av 44 lekplatser." if version == 2 else "Besiktning pågår.",
         "DELVIS", ""),
        ("3", "VA", "Provtagning av dricksvatten sker enligt kontrollprogrammet",
         "2×4", "VA-chef", GREEN,
         "Samtliga prov tagna. 1 prov med anmärkning (koliforma bakterier, Bor vattenverk), åtgärdat och "
         "omprovtaget utan anmärkning.", "GENOMFORD", "ja"),
        ("4", "Fastighet", "Hyresavtal med externa hyresgäster indexuppräknas enligt avtal",
         "3×2", "Fastighetschef",
         GREEN if version == 2 else RED,
         "Indexuppräkning genomförd för samtliga 23 avtal, fakturerat i augusti." if version == 2
         else "Ej genomförd.", "GENOMFORD", "nej"),
        ("5", "Kost", "Inköp av livsmedel görs från avtalade leverantörer (avtalstrohet)",
         "2×3", "Kostchef", YELLOW,
         "Mätning januari–juni visar 87 % avtalstrohet, målet är 95 %. Juli–augusti mäts i september.",
         "DELVIS", "ja"),
        ("6", "Avfall", "Avgifter för slamtömning debiteras enligt gällande taxa",
         "2×2", "Avfallschef", GREYF,
         "Utgår – avfallsverksamheten har överförts till kommunens bolag från 2025-01-01.", "UTGAR", ""),
        ("7", "Gata/park", "Återställning efter schakt kontrolleras innan slutbesiktning godkänns",
         "3×3", "Gatuchef",
         RED if version == 2 else None,
         "Kontrollen ej genomförd på grund av resursbrist under sommaren." if version == 2 else None,
         "EJ_GENOMFORD", ""),
        ("8", "Fastighet", "Entreprenadfakturor attesteras mot beslutade ÄTA-arbeten",
         "3×3", "Projektchef", GREEN, "Stickprov 10 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("9", "VA", "Orimliga förbrukningsvärden vid mätaravläsning utreds innan debitering",
         "2×3", "VA-ekonom", YELLOW,
         "Utredning av 14 avvikande mätarställningar pågår.", "DELVIS", ""),
    ]
    if version == 1:
        rows = [x for x in rows if x[0] != "9"]   # row forgotten in the first version
    return rows


def build_tn(version):
    if version == 1:
        fn = "Tekniska nämnden IK-uppföljning T2 2025.xlsx"
    else:
        fn = "Tekniska nämnden IK-uppföljning T2 2025 - korrigerad version.xlsx"
    namnd = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    fix_props(wb, "IK-uppföljning T2 2025", "Tekniska förvaltningen")
    if version == 2:
        wb.properties.modified = dt.datetime(2025, 9, 19, 14, 5, 0)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska förvaltningen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    if version == 1:
        ws["A2"] = "Tertial 2, januari–augusti.  Version 1, 2025-09-05"
    else:
        ws["A2"] = ("Tertial 2, januari–augusti.  Version 2 (korrigerad), 2025-09-19 – ersätter version "
                    "inskickad 2025-09-05")
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Teckenförklaring:"
    ws["A4"].font = BOLD
    legend = [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"), (RED, "Ej genomförd"),
              (GREYF, "Utgår")]
    for i, (col, txt) in enumerate(legend):
        ws.cell(row=5 + i, column=1).fill = fill(col)
        ws.cell(row=5 + i, column=2, value=txt)
    hr = 10
    headers = ["Nr", "Verksamhet", "Kontrollmoment", "Risk (S×K)", "Ansvarig", "Status T2", "Kommentar"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = CENTER
        c.border = BORDER
    r = hr + 1
    for (nr, verk, km, risk, ansv, colour, komm, es, ea) in tn_rows(version):
        vals = [nr, verk, km, risk, ansv, None, komm]
        for cidx, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=cidx, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if colour:
            ws.cell(row=r, column=6).fill = fill(colour)
        if version == 2:
            EXPECTED.append((fn, namnd, km, es, ea))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Kontaktperson: Henrik Svensson, controller tekniska förvaltningen")
    for col, w in zip("ABCDEFG", [8, 14, 52, 11, 16, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    if version == 2:
        FILES.append((fn, "INLAST", namnd, "2025", "T2"))
    else:
        FILES.append((fn, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from BUN - no follow-up in it
# ---------------------------------------------------------------------------
def build_missiv():
    fn = "Missiv IK-uppföljning T2 2025 BUN.docx"
    d = docx.Document()
    fix_docx_props(d, "Missiv", "Lena Ekström")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "VÄRNAMO KOMMUN\tBarn- och utbildningsförvaltningen"
    p = d.add_paragraph("2025-09-17")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till: Kommunledningsförvaltningen, ekonomiavdelningen\n"
                    "Från: Barn- och utbildningsförvaltningen")
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025, tertial 2 – Barn- och utbildningsnämnden")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Härmed översänds barn- och utbildningsnämndens uppföljning av internkontrollplanen för 2025 avseende "
        "tertial 2. Nämnden behandlade uppföljningen vid sitt sammanträde 2025-09-16, § 94, och beslutade att "
        "godkänna redovisningen.")
    d.add_paragraph(
        "Av nämndens tio kontrollmoment är fem genomförda, två delvis genomförda och ett ej påbörjat. Ett "
        "kontrollmoment har utgått efter beslut i nämnden och för ett kontrollmoment saknas ännu uppgift. "
        "Avvikelser har noterats inom avgiftshantering, frånvarorapportering och rekrytering. Åtgärder "
        "framgår av bilagan.")
    d.add_paragraph(
        "Frågor om redovisningen besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Lena Ekström\nController, barn- och utbildningsförvaltningen\n0370-37 70 00")
    d.add_paragraph("Bilaga: BUN Uppföljning internkontroll tertial 2 2025.ods")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och stadsbyggnadsnämnden",
         "MSN|Miljö- och stadsbyggnadsförvaltningen|Miljö och stadsbyggnad"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Värnamo Energi AB", "VEAB|Värnamo Energi"),
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
    build_ks()
    build_sn()
    build_bun()
    build_hypergene()
    build_msn()
    build_tn(1)
    build_tn(2)
    build_missiv()
    write_registers()


if __name__ == "__main__":
    main()
