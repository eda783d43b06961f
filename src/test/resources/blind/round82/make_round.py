#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 82 – Sundhamns stad (fiktiv storstad), helår 2025.
Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import struct
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", ["KS", "Stadskontoret", "Sundhamns stadskontor"]),
    ("Arbetsmarknads- och socialnämnden", ["ASN", "Arbetsmarknads- och socialförvaltningen", "ASF",
                                          "Arbetsmarknads och socialnämnden"]),
    ("Funktionsstödsnämnden", ["FSN", "Funktionsstödsförvaltningen", "FSF"]),
    ("Hälsa-, vård- och omsorgsnämnden", ["HVON", "Hälsa-, vård- och omsorgsförvaltningen", "HVOF",
                                         "Hälsa- vård och omsorgsnämnden"]),
    ("Grundskolenämnden", ["GSN", "Grundskoleförvaltningen", "GRF"]),
    ("Förskolenämnden", ["FSKN", "Förskoleförvaltningen", "FÖF"]),
    ("Gymnasie- och vuxenutbildningsnämnden", ["GVN", "Gymnasie- och vuxenutbildningsförvaltningen", "GYVF"]),
    ("Kulturnämnden", ["KN", "Kulturförvaltningen"]),
    ("Fritidsnämnden", ["FRN", "Fritidsförvaltningen"]),
    ("Miljönämnden", ["MN", "Miljöförvaltningen"]),
    ("Tekniska nämnden", ["TN", "Fastighets- och gatukontoret", "FGK", "Tekniska nämnd"]),
    ("Sundhamns Stadsfastigheter AB", ["SSF", "SSF AB", "Stadsfastigheter", "Sundhamns stadsfastigheter"]),
]

# ---------------------------------------------------------------------------
# F1  HVON – xlsx, status codes 1–3 shown as traffic-light icon set
# ---------------------------------------------------------------------------
def make_f1():
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.formatting.rule import IconSetRule
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    fil = "IK-uppföljning helår 2025 HVOF.xlsx"
    N = "Hälsa-, vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Hälsa-, vård- och omsorgsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helårsrapport"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Underlag till nämndens sammanträde 2026-02-18. Upprättad av ekonomiavdelningen (L. Bergqvist), 2026-01-14."
    ws["A3"].font = Font(italic=True, size=9)

    # legend in an odd place: top right
    ws["L1"] = "Teckenförklaring"
    ws["L1"].font = Font(bold=True)
    ws["L2"], ws["M2"] = 3, "Genomförd"
    ws["L3"], ws["M3"] = 2, "Påbörjad / delvis genomförd"
    ws["L4"], ws["M4"] = 1, "Ej genomförd"
    ws["M5"] = "Ange siffran 1–3 i statuskolumnerna, symbolen visas automatiskt."
    ws["M5"].font = Font(italic=True, size=8)

    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status T2 (delår)", "Status helår", "Avvikelse (Ja/Nej)", "Kommentar helår"]
    HR = 6
    thin = Side(style="thin", color="999999")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")

    rows = [
        # process, kontrollmoment, metod, frekvens, ansvarig, T2, helår, avv, kommentar, expected status, avv
        ("Myndighetsutövning SoL",
         "Kontroll att beslut om hemtjänst fattas av behörig handläggare enligt delegationsordningen",
         "Stickprov 20 beslut per halvår", "Halvår", "Avd.chef myndighet", 3, 3, "Nej",
         "40 beslut granskade under året, samtliga fattade på rätt delegation.", "GENOMFORD", "nej"),
        (None,
         "Kontroll att genomförandeplan upprättas inom 14 dagar efter verkställighet",
         "Stickprov 15 ärenden per enhet", "Helår", "Enhetschefer hemtjänst", 2, 2, "Ja",
         "Granskning genomförd på 6 av 12 enheter, resterande flyttas till 2026. 4 av 15 planer upprättade för sent.",
         "DELVIS", "ja"),
        ("Ekonomi och inköp",
         "Attest av leverantörsfakturor – kontroll att attestant inte attesterat egna kostnader",
         "Systemrapport Raindance", "Tertial", "Controller", 3, 3, "Nej",
         "Systemkontroll i Raindance, inga jävsattester hittade.", "GENOMFORD", "nej"),
        (None,
         "Avtalstrohet vid inköp av förbrukningsmaterial (stickprov 25 fakturor)",
         "Stickprov", "Halvår", "Upphandlare", 2, 3, "Ja",
         "3 av 25 inköp gjorda utanför avtal (apoteksvaror). Återkoppling till berörda enhetschefer.",
         "GENOMFORD", "ja"),
        (None,
         "Representation och interna kostnader – deltagarförteckning och syfte anges",
         "Stickprov 10 fakturor", "Helår", "Controller", 1, 1, "Nej",
         "Kontrollen har inte genomförts p.g.a. vakans på controllertjänsten. Flyttas till IK-plan 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Personal och lön",
         "Kontroll av timanställdas lönerader mot bemanningssystemet (Time Care)",
         "Avstämning 2 månader", "Helår", "HR-specialist", 3, None, "Nej",
         "Genomförd i augusti (redovisad i delårsrapporten), inga felaktiga utbetalningar. Ingen ytterligare kontroll planerad under hösten.",
         "GENOMFORD", "nej"),
        (None,
         "Avslut av behörigheter i verksamhetssystem (Lifecare) vid avslutad anställning",
         "Lista avslutade anställningar mot behörighetslista", "Tertial", "Systemförvaltare", 2, 3, "Ja",
         "12 konton var fortfarande aktiva efter avslutad anställning, samtliga spärrade i november.",
         "GENOMFORD", "ja"),
        ("Hälso- och sjukvård",
         "Läkemedelshantering – kontroll av narkotikaförteckningar i särskilt boende",
         "Granskning på plats", "Halvår", "MAS", 3, 2, "Ja",
         "Kontroll genomförd på 9 av 14 boenden under hösten. Brister i kvittering på 2 boenden.",
         "DELVIS", "ja"),
        (None,
         "Kontroll av loggar i journalsystem (obehörig åtkomst)",
         "Slumpvis loggkontroll 30 journaler", "Tertial", "MAS/Systemförvaltare", 3, "Utgår", "Nej",
         "Utgår enligt beslut i HVON 2025-10-22 § 188, ersätts av stadens centrala loggkontroll.",
         "UTGAR", "nej"),
        ("Arbetsmiljö",
         "Hot och våld – uppföljning av incidentrapporter i KIA",
         "Genomgång av KIA-rapporter", "Helår", "Arbetsmiljöenheten", None, "?", "",
         "Återkommer efter avstämning med arbetsmiljöenheten.",
         "OKLAR", "nej"),
    ]
    r = HR + 1
    first = r
    proc_start = None
    for i, row in enumerate(rows, 1):
        proc, km, met, frek, ans, t2, ha, avv, kom, est, eavv = row
        if proc is not None:
            if proc_start is not None and r - 1 > proc_start:
                ws.merge_cells(start_row=proc_start, start_column=2, end_row=r - 1, end_column=2)
            proc_start = r
            ws.cell(r, 2, proc)
        ws.cell(r, 1, i)
        ws.cell(r, 3, km)
        ws.cell(r, 4, met)
        ws.cell(r, 5, frek)
        ws.cell(r, 6, ans)
        if t2 is not None:
            ws.cell(r, 7, t2)
        if ha is not None:
            ws.cell(r, 8, ha)
        ws.cell(r, 9, avv)
        ws.cell(r, 10, kom)
        for cc in range(1, 11):
            ws.cell(r, cc).alignment = Alignment(wrap_text=True, vertical="top",
                                                 horizontal="center" if cc in (7, 8, 9) else None)
            ws.cell(r, cc).border = Border(top=thin, bottom=thin, left=thin, right=thin)
        exp(fil, N, km, est, eavv)
        r += 1
    if proc_start is not None and r - 1 > proc_start:
        ws.merge_cells(start_row=proc_start, start_column=2, end_row=r - 1, end_column=2)
    last = r - 1
    ws.cell(last, 8).comment = Comment("Vi har inte fått in alla underlag ännu /LB", "Lina Bergqvist")
    r += 1
    ws.cell(r, 2, "Antal kontrollmoment: 10")
    ws.cell(r, 2).font = Font(bold=True)
    r += 2
    ws.cell(r, 2, "Godkänd av förvaltningsledningen 2026-01-13")

    rule = IconSetRule("3TrafficLights1", "num", [1, 2, 3], showValue=False)
    ws.conditional_formatting.add(f"G{first}:H{last}", rule)
    rule2 = IconSetRule("3TrafficLights1", "num", [1, 2, 3], showValue=False)
    ws.conditional_formatting.add("L2:L4", rule2)

    widths = {"A": 5, "B": 20, "C": 48, "D": 26, "E": 10, "F": 18, "G": 11, "H": 11, "I": 11, "J": 55,
              "K": 3, "L": 5, "M": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = f"A{HR + 1}"
    wb.properties.creator = "Lina Bergqvist"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F2  FSN – xlsx, Excel table (ListObject) with banded rows + active filter,
#     comments kept in cell notes
# ---------------------------------------------------------------------------
def make_f2():
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.table import Table, TableStyleInfo

    fil = "FSN_internkontroll_2025_uppfoljning.xlsx"
    N = "Funktionsstödsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Funktionsstödsnämnden – uppföljning av intern kontroll"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Verksamhetsår: 2025"
    ws["A3"] = ("Rapporttillfällen: Delår (per 31/8) och Helår (per 31/12). Kommentarer finns som anteckningar "
                "i statuscellen. Tabellen är filtrerad på Period.")
    ws["A3"].font = Font(italic=True, size=9)

    hdr = ["ID", "Process", "Kontrollmoment", "Period", "Status", "Avvikelse", "Ansvarig", "Senast uppdaterad"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        ws.cell(HR, i, h)

    # controls: id, process, km, ansvarig, [(period, status, note, avv, date)], expected, eavv
    C = [
        ("FSN-01", "Delegation",
         "Delegationsbeslut LSS – kontroll att beslut anmäls till nämnden", "Nämndsekreterare",
         [("Delår", "Genomförd", "Beslut jan–jul anmälda.", "Nej", "2025-08-29"),
          ("Helår", "Genomförd", "Samtliga 312 beslut anmälda månadsvis under året.", "Nej", "2026-01-09")],
         "GENOMFORD", "nej"),
        ("FSN-02", "Myndighetsutövning LSS",
         "Kontroll av att beslut om personlig assistans verkställs inom tre månader", "Avd.chef myndighet",
         [("Delår", "Pågår", "Genomgång av ej verkställda beslut pågår.", "", "2025-08-29"),
          ("Helår", "Delvis genomförd", "Uppföljning gjord för kvartal 1–3. 7 ej verkställda beslut har rapporterats till IVO.", "Ja", "2026-01-09")],
         "DELVIS", "ja"),
        ("FSN-03", "Ekonomi",
         "Fakturakontroll assistansanordnare – utförda timmar mot beslut", "Controller",
         [("Delår", "Genomförd", "10 fakturor, inga avvikelser.", "Nej", "2025-08-29"),
          ("Helår", None, "Kontrollen genomförd 2025-11-20 på 15 fakturor. En felaktig fakturering (42 timmar) har krediterats.", "Ja", "2026-01-12")],
         "GENOMFORD", "ja"),
        ("FSN-04", "Ekonomi",
         "Hantering av brukares privata medel i bostad med särskild service", "Enhetschefer BmSS",
         [("Delår", "Ej påbörjad", "Ny rutin under framtagande.", "", "2025-08-29"),
          ("Helår", "Ej genomförd", "Ny rutin beslutades i oktober, kontrollen flyttas till 2026.", "Nej", "2026-01-09")],
         "EJ_GENOMFORD", "nej"),
        ("FSN-05", "Informationssäkerhet",
         "Behörighetsuppföljning i verksamhetssystemet (Procapita)", "Systemförvaltare",
         [("Delår", "Genomförd", "Engångskontroll – genomförd i juni, inga felaktiga behörigheter. Rapporteras inte igen vid helår.", "Nej", "2025-08-29")],
         "GENOMFORD", "nej"),
        ("FSN-06", "Avtal och upphandling",
         "Avtalsuppföljning av privata utförare inom daglig verksamhet", "Upphandlare",
         [("Delår", "Pågår", "Två av fem utförare uppföljda.", "", "2025-08-29"),
          ("Helår", "Genomförd m. anmärkning", "Samtliga fem utförare uppföljda. Två utförare saknade redovisning av bemanning; föreläggande skickat.", "Ja", "2026-01-09")],
         "GENOMFORD", "ja"),
        ("FSN-07", "Dataskydd",
         "Dataskydd – registerförteckning enligt GDPR art. 30 uppdaterad", "Dataskyddssamordnare",
         [("Delår", "Pågår", "Inventering påbörjad.", "", "2025-08-29"),
          ("Helår", "Pågår", "Inventeringen klar till ca 80 %, slutförs mars 2026.", "Nej", "2026-01-09")],
         "DELVIS", "nej"),
        ("FSN-08", "Fordon",
         "Kontroll av körjournaler för verksamhetsbilar", "Enhetschef service",
         [("Delår", "Ej aktuell", "Se helår.", "", "2025-08-29"),
          ("Helår", "Utgår", "Bilarna leasas via Serviceförvaltningen fr.o.m. 2025-04-01; kontrollen ligger där.", "Nej", "2026-01-09")],
         "UTGAR", "nej"),
    ]
    r = HR + 1
    hidden = []
    for cid, proc, km, ans, periods, est, eavv in C:
        for per, st, note, avv, dt in periods:
            ws.cell(r, 1, cid)
            ws.cell(r, 2, proc)
            ws.cell(r, 3, km)
            ws.cell(r, 4, per)
            if st is not None:
                ws.cell(r, 5, st)
            ws.cell(r, 6, avv)
            ws.cell(r, 7, ans)
            ws.cell(r, 8, dt)
            cm = Comment(note, "Funktionsstödsförvaltningen")
            cm.width, cm.height = 260, 90
            ws.cell(r, 5).comment = cm
            for cc in range(1, 9):
                ws.cell(r, cc).alignment = Alignment(wrap_text=True, vertical="top")
            if per != "Helår":
                hidden.append(r)
            r += 1
        exp(fil, N, km, est, eavv)
    last = r - 1
    ref = f"A{HR}:H{last}"
    tab = Table(displayName="tblIK2025", ref=ref)
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showFirstColumn=False, showLastColumn=False,
                                        showRowStripes=True, showColumnStripes=False)
    from openpyxl.worksheet.filters import AutoFilter
    tab._initialise_columns()          # create columns first, otherwise openpyxl resets autoFilter on save
    for col, h in zip(tab.tableColumns, hdr):
        col.name = h
    tab.autoFilter = AutoFilter(ref=ref)
    tab.autoFilter.add_filter_column(3, ["Helår"])
    ws.add_table(tab)
    for h in hidden:
        ws.row_dimensions[h].hidden = True
    for k, v in {"A": 9, "B": 22, "C": 55, "D": 9, "E": 22, "F": 11, "G": 22, "H": 16}.items():
        ws.column_dimensions[k].width = v

    # a second sheet with the plan's risk list (no statuses) – typical, not a follow-up
    ws2 = wb.create_sheet("Riskanalys")
    ws2["A1"] = "Risk- och väsentlighetsanalys 2025 (bilaga till internkontrollplanen)"
    ws2["A3"], ws2["B3"], ws2["C3"] = "Risk", "Sannolikhet", "Konsekvens"
    for i, (rk, s, k) in enumerate([("Felaktig ersättning till assistansanordnare", 3, 4),
                                     ("Beslut verkställs inte i tid", 4, 3),
                                     ("Brukares medel hanteras felaktigt", 2, 4),
                                     ("Obehörig åtkomst till personuppgifter", 2, 4)], 4):
        ws2.cell(i, 1, rk); ws2.cell(i, 2, s); ws2.cell(i, 3, k)
    ws2.column_dimensions["A"].width = 50
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3  ASN – Word report, one table per process, control in first column,
#     periods as columns
# ---------------------------------------------------------------------------
def make_f3():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    fil = "ASN Uppföljning internkontrollplan 2025 helår.docx"
    N = "Arbetsmarknads- och socialnämnden"
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Arbetsmarknads- och socialförvaltningen\tTjänsteskrivelse\t2026-01-15"
    d.add_paragraph("Arbetsmarknads- och socialnämnden").runs[0].bold = True
    d.add_paragraph("Diarienummer: ASN-2025-08841")
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=0)

    d.add_heading("1. Sammanfattning", level=1)
    d.add_paragraph(
        "Nämnden fastställde i januari 2025 en internkontrollplan med tio kontrollmoment fördelade på fem "
        "processer. Uppföljning har skett i samband med tertialrapport 1, delårsrapporten per 31 augusti och "
        "nu vid helår. I tabellerna nedan redovisas status per period; kolumnen Helår avser läget per "
        "31 december 2025. Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig, "
        "men ser förbättringsbehov inom barn och unga.")
    d.add_heading("2. Uppföljning per process", level=1)

    procs = [
        ("2.1 Ekonomiskt bistånd", [
            ("Stickprov på 40 utbetalningar av ekonomiskt bistånd – korrekt beslut och belopp",
             "Genomförd – 1 felaktig utbetalning (återkrav)", "Genomförd, inga avvikelser",
             "Genomförd. 2 felaktiga utbetalningar av 40, återkrav upprättade.",
             "Påminnelse om rutin för dubbelkontroll på APT.", "GENOMFORD", "ja"),
            ("Kontroll av att utbetalning inte sker till annan än den sökande (byte av kontonummer)",
             "Ej aktuell (halvårsvis)", "Genomförd", "Genomförd utan anmärkning", "–", "GENOMFORD", "nej"),
        ]),
        ("2.2 Barn och unga", [
            ("Utredningstid – barnavårdsutredningar avslutas inom fyra månader",
             "Pågår", "Pågår", "Delvis. 81 % avslutade inom lagstadgad tid (målet är 95 %).",
             "Förstärkt arbetsledning, veckovis bevakning av utredningstider.", "DELVIS", "ja"),
            ("Kontroll av att familjehem är utredda och godkända innan placering",
             "–", "Ej genomförd", "Ej genomförd. Resursbrist på familjehemsenheten, kontrollen flyttas till 2026.",
             "Ingår i IK-plan 2026.", "EJ_GENOMFORD", "nej"),
        ]),
        ("2.3 Inköp och avtal", [
            ("Avtalstrohet – placeringar på HVB och konsulentstödda familjehem sker inom ramavtal",
             "", "Påbörjad",
             "Genomförd. Inga avvikelser – de 6 av 48 placeringar som ligger utanför ramavtal har dokumenterad direktupphandling.",
             "", "GENOMFORD", "nej"),
            ("Representation – kontroll av syfte och deltagare på 20 fakturor",
             "", "", "", "", "SAKNAS", "nej"),
        ]),
        ("2.4 Informationssäkerhet", [
            ("Loggkontroll i Treserva – otillåten åtkomst till skyddade personuppgifter",
             "Genomförd", "Genomförd", "Se bilaga 2", "", "OKLAR", "nej"),
            ("Behörighetsgenomgång – chefer attesterar behörighetslistor två gånger per år",
             "Ej aktuell", "Genomförd (vårens genomgång)",
             "Höstens genomgång påbörjad, beräknas klar i februari 2026.", "", "DELVIS", "nej"),
        ]),
        ("2.5 Arbetsmarknad", [
            ("Kontroll av att lönebidrag och anställningsstöd rekvireras från Arbetsförmedlingen",
             "Pågår", "Genomförd",
             "Utgår – verksamheten överfördes till Kommunstyrelsen (Stadskontoret) den 1 oktober 2025.",
             "", "UTGAR", "nej"),
            ("Lönekontroll – stickprov på manuellt registrerade tillägg i HR-systemet",
             "Genomförd", "Genomförd", "Genomförd, inga avvikelser", "", "GENOMFORD", "nej"),
        ]),
    ]

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), color)
        tcPr.append(shd)

    for title, ctrls in procs:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        heads = ["Kontrollmoment", "T1 (jan–apr)", "Delår (maj–aug)", "Helår (sep–dec)", "Åtgärd vid avvikelse"]
        for i, h in enumerate(heads):
            c = t.rows[0].cells[i]
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            shade(c, "D9E2F3")
        for km, t1, t2, ha, atg, est, eavv in ctrls:
            cells = t.add_row().cells
            for i, v in enumerate([km, t1, t2, ha, atg]):
                cells[i].text = v
                for p in cells[i].paragraphs:
                    for rr in p.runs:
                        rr.font.size = Pt(9)
            exp(fil, N, km, est, eavv)
        for row in t.rows:
            row.cells[0].width = Cm(6)
            row.cells[3].width = Cm(4.5)
        d.add_paragraph("")

    d.add_heading("3. Sammanställning helår", level=1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Status helår"
    t.rows[0].cells[1].text = "Antal"
    for a, b in [("Genomförd", "4"), ("Delvis genomförd / pågår", "2"), ("Ej genomförd", "1"),
                 ("Utgår", "1"), ("Ej redovisad / redovisas i bilaga", "2"), ("Summa", "10")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a, b
    d.add_paragraph("")
    d.add_paragraph(
        "Kontrollmomentet avseende representation har inte kunnat följas upp vid helår då ansvarig controller "
        "slutat. Resultatet av loggkontrollen redovisas i bilaga 2 (sekretess enligt 26 kap. OSL).")
    d.add_heading("4. Förslag till beslut", level=1)
    d.add_paragraph("Arbetsmarknads- och socialnämnden godkänner uppföljningen av internkontrollplan 2025.")
    d.add_paragraph("")
    p = d.add_paragraph("Malin Persson\nFörvaltningsdirektör")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.core_properties.author = "Malin Persson"
    d.core_properties.title = "Uppföljning internkontrollplan 2025 helår ASN"
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4  Stratsys-like CSV export, three nämnder, one row per control and period
# ---------------------------------------------------------------------------
def make_f4():
    fil = "Stratsys_export_Internkontroll_2026-01-13.csv"
    GSN, FSK, GVN = "Grundskolenämnden", "Förskolenämnden", "Gymnasie- och vuxenutbildningsnämnden"
    data = [
        (GSN, "Ekonomi", "Kontroll av att grundbelopp (skolpeng) betalas ut till fristående huvudmän enligt beslutat belopp",
         "Avstämning utbetalningsfil mot beslut", [
             ("Tertial 1 2025", "Pågående", "", ""),
             ("Delår 2025", "Genomförd", "Avstämning jan–jul utan differenser.", "Nej"),
             ("Årsrapport 2025", "Genomförd", "Avstämning jan–nov utan differenser.", "Nej")],
         "GENOMFORD", "nej"),
        (GSN, "Skolskjuts", "Skolskjuts – stickprov att beviljad skolskjuts motsvarar beslut",
         "Stickprov 30 ärenden", [
             ("Tertial 1 2025", "Ej påbörjad", "", ""),
             ("Delår 2025", "Pågående", "Stickprov påbörjat.", ""),
             ("Årsrapport 2025", "Genomförd", "Stickprov 30 ärenden; 2 elever hade skjuts utan giltigt beslut, åtgärdat.", "Ja")],
         "GENOMFORD", "ja"),
        (GSN, "Elevhälsa och trygghet", "Kränkande behandling – anmälan till huvudman inom fem arbetsdagar",
         "Uppföljning i DF Respons", [
             ("Delår 2025", "Pågående", "", ""),
             ("Årsrapport 2025", "Pågående",
              "Analys av 412 anmälningar pågår.\n23 % av anmälningarna har kommit in senare än fem arbetsdagar. "
              "Slutredovisning till nämnden i mars 2026.", "Ja")],
         "DELVIS", "ja"),
        (GSN, "Tillgångar", "Inventarier – inventering av digitala enheter (elevdatorer)",
         "Inventering mot register", [
             ("Delår 2025", "Ej påbörjad", "", ""),
             ("Årsrapport 2025", "Ej påbörjad", "Skjuts till 2026 på grund av byte av inventariesystem.", "Nej")],
         "EJ_GENOMFORD", "nej"),
        (FSK, "Avgifter", "Barnomsorgsavgift – kontroll av inkomstuppgifter (maxtaxa)",
         "Inkomstjämförelse mot Skatteverket", [
             ("Delår 2025", "Genomförd", "Inkomstkontroll för 2023 års inkomster klar.", "Ja"),
             ("Årsrapport 2025", "Genomförd", "Inkomstkontroll mot Skatteverket genomförd. 118 hushåll har fått efterdebitering.", "Ja")],
         "GENOMFORD", "ja"),
        (FSK, "Ekonomi", "Attest – kontroll av att beslutsattest görs av behörig attestant",
         "Stickprov 25 verifikationer", [
             ("Delår 2025", "Genomförd", "", "Nej"),
             ("Årsrapport 2025", "", "Kontrollen är genomförd i december utan anmärkning.", "Nej")],
         "GENOMFORD", "nej"),
        (FSK, "Placering", "Köhantering – erbjudande om plats inom fyra månader enligt skollagen",
         "Uppföljning i e-tjänst", [
             ("Delår 2025", "Pågående", "Data tas ut i september.", ""),
             ("Årsrapport 2025", "Ej rapporterad", "", "")],
         "SAKNAS", "nej"),
        (FSK, "Livsmedel", "Livsmedelshantering – egenkontroll i förskolekök",
         "Checklista per kök", [
             ("Delår 2025", "Avbruten", "", ""),
             ("Årsrapport 2025", "Avbruten",
              "Avbruten efter beslut i nämnden 2025-06-11 § 87 – ingår i Miljöförvaltningens ordinarie tillsyn.", "Nej")],
         "UTGAR", "nej"),
        (GVN, "Ekonomi", "Interkommunal ersättning – fakturering av elever från andra kommuner",
         "Avstämning elevregister mot fakturor", [
             ("Delår 2025", "Pågående", "", ""),
             ("Årsrapport 2025", "Genomförd", "Tre kommuner hade inte fakturerats för vårterminen, fakturerat i oktober.", "Ja")],
         "GENOMFORD", "ja"),
        (GVN, "Studiestöd", "CSN-rapportering av ogiltig frånvaro",
         "Stickprov 20 elever", [
             ("Delår 2025", "Genomförd", "", "Nej"),
             ("Årsrapport 2025", "Genomförd", "Inga avvikelser.", "Nej")],
         "GENOMFORD", "nej"),
        (GVN, "Upphandling", "Upphandlad vuxenutbildning – uppföljning av avtalsvillkor hos externa anordnare",
         "Avtalsuppföljning", [
             ("Tertial 1 2025", "Ej påbörjad", "", ""),
             ("Delår 2025", "Ej påbörjad", "", ""),
             ("Årsrapport 2025", "Pågående", "Uppföljning av 2 av 5 anordnare genomförd.", "Nej")],
         "DELVIS", "nej"),
    ]
    with open(fil, "w", encoding="cp1252", newline="") as f:
        f.write("Rapport: Internkontroll - uppföljning;Urval: Internkontrollplan 2025, alla perioder;"
                "Exporterad 2026-01-13 09:42 av ekonomistaben\r\n")
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Styrdokument", "Process", "Kontrollmoment", "Kontrollmetod",
                    "Uppföljningsperiod", "Status", "Kommentar", "Avvikelse"])
        for org, proc, km, met, pers, est, eavv in data:
            for per, st, kom, avv in pers:
                w.writerow(["Sundhamns stad/" + org, "Internkontrollplan 2025", proc, km, met, per, st, kom, avv])
            exp(fil, org, km, est, eavv)
    for n in (GSN, FSK, GVN):
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F5  Bolag – real .xls (BIFF8), X in one of three status columns
# ---------------------------------------------------------------------------
def make_f5():
    import xlwt
    fil = "SSF AB Intern kontroll 2025 - uppföljning.xls"
    N = "Sundhamns Stadsfastigheter AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning IK")
    bold = xlwt.easyxf("font: bold on, height 280")
    b = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                    "pattern: pattern solid, fore_colour gray25; alignment: wrap on")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ctr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center, vert top")
    it = xlwt.easyxf("font: italic on, height 180")
    ws.write(0, 0, "Sundhamns Stadsfastigheter AB", bold)
    ws.write(1, 0, "Uppföljning av intern kontrollplan 2025")
    ws.write(2, 0, "Avser: helår (läget per 2025-12-31)")
    ws.write(3, 0, "Behandlas av styrelsen 2026-02-05")
    ws.write(5, 0, "Markera med X i den kolumn som stämmer. Kommentera alltid avvikelser.", it)
    hdr = ["Nr", "Område", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(7, i, h, b)
    rows = [
        ("Hyror", "Hyresdebitering – kontroll att nya kontrakt registreras korrekt i hyressystemet",
         "X", "", "", "20 nya kontrakt kontrollerade, inga fel.", "GENOMFORD", "nej"),
        ("Underhåll", "Underhållsplan – avstämning av utfört planerat underhåll mot budget",
         "", "X", "", "Avstämning gjord för bostadsbeståndet, lokaler återstår.", "DELVIS", "nej"),
        ("Inköp", "Inköp – avrop från ramavtal entreprenader sker enligt avtalad rangordning",
         "X", "", "", "Ett avrop utanför rangordningen (brådskande vattenskada), dokumenterat i efterhand.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Attestordning – kontroll av att firmatecknare och attestanter är uppdaterade",
         "X", "", "X", "", "OKLAR", "nej"),
        ("Ekonomi", "Hyresförluster – kundfordringar äldre än 90 dagar följs upp månadsvis",
         "", "", "X", "Ej genomförd på grund av byte av ekonomisystem i september.", "EJ_GENOMFORD", "nej"),
        ("Energi", "Energi – kontroll av mätvärden mot fakturor från nätägare",
         "", "", "", "Utgår, hanteras inom energiprojektet enligt styrelsebeslut i maj.", "UTGAR", "nej"),
        ("Förtroendekänsliga poster", "Representation och resor för VD och ledningsgrupp",
         "X", "", "", "Granskat av lekmannarevisor, inga anmärkningar.", "GENOMFORD", "nej"),
    ]
    r = 8
    for i, (omr, km, g, dv, ej, kom, est, eavv) in enumerate(rows, 1):
        ws.write(r, 0, i, ctr)
        ws.write(r, 1, omr, cell)
        ws.write(r, 2, km, cell)
        ws.write(r, 3, g, ctr)
        ws.write(r, 4, dv, ctr)
        ws.write(r, 5, ej, ctr)
        ws.write(r, 6, kom, cell)
        exp(fil, N, km, est, eavv)
        r += 1
    r += 2
    ws.write(r, 0, "Sundhamn 2026-01-12")
    ws.write(r + 2, 0, "Anders Nyqvist, VD")
    for i, wdt in enumerate([5, 18, 50, 11, 9, 13, 50]):
        ws.col(i).width = wdt * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  Kulturnämnden – ODT, free text only (section of verksamhetsberättelse)
# ---------------------------------------------------------------------------
def make_f6():
    from odf.opendocument import OpenDocumentText
    from odf.style import ParagraphProperties, Style, TextProperties
    from odf.text import H, P, Span

    fil = "KN VB2025 avsnitt 6 intern kontroll.odt"
    N = "Kulturnämnden"
    doc = OpenDocumentText()
    bst = Style(name="Fet", family="text")
    bst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bst)
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(marginbottom="0.3cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h2)

    doc.text.addElement(P(text="Kulturförvaltningen, Sundhamns stad"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Verksamhetsberättelse 2025 – Kulturnämnden"))
    doc.text.addElement(P(text="Utdrag: avsnitt 6. Övriga avsnitt (ekonomi, måluppfyllelse, personal) lämnas separat."))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="6. Intern kontroll"))
    doc.text.addElement(P(text=(
        "Kulturnämnden beslutade i januari 2025 om en internkontrollplan med sex kontrollmoment. "
        "Uppföljning har skett i delårsrapporten och redovisas här för helåret. Nämnden bedömer att den "
        "interna kontrollen i huvudsak har varit tillräcklig.")))

    items = [
        ("Kontroll av bidragsgivning till kulturföreningar – återrapportering av beviljade verksamhetsbidrag",
         "Kontrollen har genomförts. Av 64 föreningar med verksamhetsbidrag hade fem inte lämnat "
         "återrapport i tid. Dessa har fått påminnelse och utbetalning av bidrag för 2026 hålls inne tills "
         "återrapport kommit in.", "GENOMFORD", "ja"),
        ("Kontanthantering i museibutiker och entréer",
         "Oanmälda kassainventeringar har gjorts vid tre tillfällen på Sundhamns museer och i Konsthallens "
         "butik. Inga differenser noterades.", "GENOMFORD", "nej"),
        ("Konstsamlingen – inventering av deponerad konst",
         "Inventeringen påbörjades under hösten och omfattar hittills cirka 40 procent av de omkring 2 300 "
         "deponerade verken. Hittills har 14 verk inte kunnat lokaliseras. Arbetet fortsätter under 2026.",
         "DELVIS", "ja"),
        ("Lönehantering – kontroll av arvoden till frilansande kulturarbetare",
         "Kontrollen har inte genomförts under året på grund av omorganisation av HR-enheten. Momentet förs "
         "över till internkontrollplanen 2026.", "EJ_GENOMFORD", "nej"),
        ("Upphandling och avtalstrohet vid inköp av scenteknik",
         "Kontrollmomentet ströks ur planen genom nämndens beslut 2025-05-20, KN § 61, eftersom inköpen av "
         "scenteknik har centraliserats till Serviceförvaltningen.", "UTGAR", "nej"),
        ("Dataskydd – personuppgiftsbiträdesavtal för bibliotekets e-tjänster",
         "Samtliga sju e-tjänster har granskats. För en tjänst (e-boksleverantör) saknades "
         "personuppgiftsbiträdesavtal; avtal tecknades i november.", "GENOMFORD", "ja"),
    ]
    for i, (km, txt, est, eavv) in enumerate(items, 1):
        p = P()
        p.addElement(Span(stylename=bst, text=f"6.{i} {km}"))
        doc.text.addElement(p)
        doc.text.addElement(P(text=txt))
        exp(fil, N, km, est, eavv)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="6.7 Sammanfattande bedömning"))
    doc.text.addElement(P(text=(
        "Tre av sex kontrollmoment har genomförts, ett har delvis genomförts, ett har inte genomförts och ett "
        "har utgått. Avvikelser har hanterats löpande. Förvaltningen föreslår att kontrollen av frilansarvoden "
        "och inventeringen av deponerad konst ingår även i 2026 års plan.")))
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  Tekniska nämnden – ODS, traffic-light fills, Status 2024 / Status 2025,
#     legend on a separate sheet, period not stated
# ---------------------------------------------------------------------------
def make_f7():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TableColumnProperties, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow, CoveredTableCell
    from odf.text import P

    fil = "TN uppföljning internkontroll 2025.ods"
    N = "Tekniska nämnden"
    doc = OpenDocumentSpreadsheet()

    def cstyle(name, bg=None, bold=False, wrap=True):
        s = Style(name=name, family="table-cell")
        kw = {}
        if bg:
            kw["backgroundcolor"] = bg
        if wrap:
            kw["wrapoption"] = "wrap"
        kw["border"] = "0.5pt solid #808080"
        s.addElement(TableCellProperties(**kw))
        if bold:
            s.addElement(TextProperties(fontweight="bold"))
        doc.automaticstyles.addElement(s)
        return s

    COL = {"G": "#00B050", "Y": "#FFD966", "R": "#FF0000", "GR": "#A6A6A6", "B": "#8EA9DB", None: None}
    styles = {k: cstyle("c" + (k or "none"), COL[k]) for k in COL}
    st_head = cstyle("head", "#DDEBF7", bold=True)
    st_title = Style(name="title", family="table-cell")
    st_title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(st_title)

    def colstyle(name, w):
        s = Style(name=name, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        return s

    t = Table(name="Uppföljning")
    for w in ["4.5cm", "8cm", "2.6cm", "2.6cm", "9cm"]:
        t.addElement(TableColumn(stylename=colstyle("co" + w.replace(".", "_"), w)))

    def row(vals, styl=None):
        tr = TableRow()
        for v in vals:
            if isinstance(v, tuple):
                txt, s = v
            else:
                txt, s = v, styl
            kw = {}
            if s is not None:
                kw["stylename"] = s
            tc = TableCell(valuetype="string", **kw) if txt else TableCell(**kw)
            if txt:
                for line in txt.split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        t.addElement(tr)

    row([("Fastighets- och gatukontoret – uppföljning av internkontrollplan", st_title)])
    row(["Tekniska nämnden, år 2025"])
    row(["Statusfärger: se flik Färgkoder"])
    row([])
    row(["Process", "Kontrollmoment", "Status 2024", "Status 2025", "Kommentar 2025"], st_head)
    C = [
        ("Parkering", "Parkeringsautomater – avstämning av kassatömning mot redovisning",
         ("", "G"), ("", "G"), "Inga differenser.", "GENOMFORD", "nej"),
        ("Markupplåtelse", "Markupplåtelse – fakturering av beviljade tillstånd",
         ("", "Y"), ("", "Y"), "62 av 70 tillstånd fakturerade i tid, resterande fakturerade i januari 2026.",
         "DELVIS", "ja"),
        ("Investeringar", "Investeringsprojekt – kontroll att projekt över 10 mnkr har beslut i nämnden",
         ("", "R"), ("", "G"), "Samtliga 14 projekt har genomförandebeslut.", "GENOMFORD", "nej"),
        ("Drift gata", "Vinterväghållning – kontroll av entreprenörens fakturor mot GPS-loggar",
         ("Ny 2025", None), ("", "R"), "Ej genomförd – GPS-data levererades inte av entreprenören.",
         "EJ_GENOMFORD", "nej"),
        ("Juridik", "Skadeståndsärenden – handläggningstid inom 3 månader",
         ("", "G"), ("", "GR"), "Kontrollen utgår 2025.", "UTGAR", "nej"),
        ("Drift gata", "Felanmälan gatubelysning – åtgärd inom avtalad tid",
         ("", "Y"), ("", "B"), "", "OKLAR", "nej"),
        ("Ekonomi", "Leverantörsregister – kontroll av ändrade bankuppgifter (bedrägeriförsök)",
         ("", "G"), ("OK", "G"), "Två bedrägeriförsök upptäcktes och stoppades innan utbetalning.", "GENOMFORD", "ja"),
        ("Parker och lek", "Lekplatsbesiktningar – kontroll att årlig huvudbesiktning är utförd",
         ("", "G"), ("", None), "", "SAKNAS", "nej"),
    ]
    for proc, km, s24, s25, kom, est, eavv in C:
        row([(proc, styles[None]), (km, styles[None]), (s24[0], styles[s24[1]]), (s25[0], styles[s25[1]]),
             (kom, styles[None])])
        exp(fil, N, km, est, eavv)
    row([])
    row(["Ansvarig: Sara Lindqvist, controller FGK. Uppdaterad 2026-01-16"])
    doc.spreadsheet.addElement(t)

    t2 = Table(name="Färgkoder")
    t2.addElement(TableColumn(stylename=colstyle("leg1", "3cm")))
    t2.addElement(TableColumn(stylename=colstyle("leg2", "8cm")))

    def row2(vals):
        tr = TableRow()
        for txt, s in vals:
            kw = {"stylename": s} if s is not None else {}
            tc = TableCell(valuetype="string", **kw) if txt else TableCell(**kw)
            if txt:
                tc.addElement(P(text=txt))
            tr.addElement(tc)
        t2.addElement(tr)
    row2([("Färgkoder för status", None)])
    row2([("", styles["G"]), ("Genomförd", None)])
    row2([("", styles["Y"]), ("Delvis genomförd / pågår", None)])
    row2([("", styles["R"]), ("Ej genomförd", None)])
    row2([("", styles["GR"]), ("Utgår", None)])
    doc.spreadsheet.addElement(t2)
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", ""))


# ---------------------------------------------------------------------------
# F8  Kommunstyrelsen – .xlsm (converted by LibreOffice), instruction sheet
#     with legend + example row, T1/T2/T3 code columns G/D/E/U
# ---------------------------------------------------------------------------
def make_f8():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    fil = "KS IKP 2025 uppföljning T3.xlsm"
    N = "Kommunstyrelsen"
    wb = Workbook()
    wi = wb.active
    wi.title = "Instruktion"
    wi["A1"] = "Instruktion – uppföljning av internkontrollplan"
    wi["A1"].font = Font(bold=True, size=13)
    lines = [
        "Fyll i status för varje kontrollmoment i kolumnerna T1, T2 och T3 på fliken Uppföljning.",
        "Använd följande koder:",
        "G = Genomförd (även med iakttagelser)",
        "D = Delvis genomförd / pågår",
        "E = Ej genomförd",
        "U = Utgår (beslut ska anges i kolumnen Iakttagelser)",
        "Beskriv iakttagelser och åtgärder kortfattat.",
        "",
        "Exempel:",
    ]
    for i, l in enumerate(lines, 3):
        wi.cell(i, 1, l)
    wi.cell(13, 1, "Nr"); wi.cell(13, 2, "Kontrollmoment"); wi.cell(13, 3, "T1"); wi.cell(13, 4, "Iakttagelser")
    wi.cell(14, 1, "0"); wi.cell(14, 2, "Kontroll av att avtal finns registrerade i avtalsdatabasen")
    wi.cell(14, 3, "G"); wi.cell(14, 4, "20 avtal kontrollerade, samtliga registrerade.")
    for c in range(1, 5):
        wi.cell(14, c).font = Font(italic=True, color="808080")
    wi.column_dimensions["A"].width = 8
    wi.column_dimensions["B"].width = 60
    wi.column_dimensions["D"].width = 45

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Nämnd/styrelse: Kommunstyrelsen (Stadskontoret)"
    ws["A2"] = "År: 2025"
    ws["A3"] = "Uppföljningstillfälle: T3 / helår"
    for a in ("A1", "A2", "A3"):
        ws[a].font = Font(bold=True)
    hdr = ["Nr", "Granskningsområde", "Kontrollmoment", "Ansvarig avdelning", "T1", "T2", "T3",
           "Iakttagelser", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    C = [
        ("Delegation", "Delegationsbeslut anmäls till kommunstyrelsen vid nästkommande sammanträde",
         "Kansliavdelningen", "G", "G", "G", "Stickprov 25 beslut per tertial, inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("Förtroendekänsliga poster",
         "Kontroll av förtroendekänsliga poster (representation, resor, gåvor) för stadsledningen",
         "Ekonomiavdelningen", "", "D", "G", "3 fakturor saknade deltagarlista – kompletterade.",
         "Påminnelse till assistenter.", "GENOMFORD", "ja"),
        ("HR", "Bisysslor – samtliga chefer har lämnat bisyssleredovisning",
         "HR-avdelningen", "E", "D", "D", "87 % av cheferna har lämnat redovisning.",
         "Påminnelse via chefsforum, uppföljning T1 2026.", "DELVIS", "ja"),
        ("IT", "IT-behörigheter i ekonomisystemet – periodisk genomgång av administratörsbehörigheter",
         "Digitaliseringsavdelningen", "G", "G", "", "", "", "SAKNAS", "nej"),
        ("Ekonomi", "Leverantörsfakturor – kontroll av dubbelbetalningar",
         "Ekonomiavdelningen", "G", "G", "G", "En dubbelbetalning (148 tkr) upptäckt och återbetald.",
         "Spärr för dubbla fakturanummer aktiverad.", "GENOMFORD", "ja"),
        ("Säkerhet", "Krisberedskap – kontinuitetsplaner uppdaterade för samhällsviktig verksamhet",
         "Säkerhetsavdelningen", "E", "E", "E", "Arbetet har inte startat p.g.a. prioritering av civilt försvar.",
         "Ingår i 2026 års plan.", "EJ_GENOMFORD", "nej"),
        ("Statsbidrag", "Statsbidrag – ansökan och återrapportering sker inom föreskriven tid",
         "Ekonomiavdelningen", "G", "G", "U",
         "Ansvaret för statsbidrag för yrkesvux överfört till Gymnasie- och vuxenutbildningsnämnden enligt KS beslut 2025-09-03 § 301.",
         "", "UTGAR", "nej"),
        ("Dataskydd", "Dataskydd – personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Kansliavdelningen", "G", "G", "G*", "* Samtliga fyra incidenter anmälda i tid.", "", "GENOMFORD", "nej"),
    ]
    r = 6
    for i, (omr, km, avd, t1, t2, t3, iakt, atg, est, eavv) in enumerate(C, 1):
        vals = [i, omr, km, avd, t1, t2, t3, iakt, atg]
        for cidx, v in enumerate(vals, 1):
            if v != "":
                ws.cell(r, cidx, v)
            ws.cell(r, cidx).alignment = Alignment(wrap_text=True, vertical="top",
                                                   horizontal="center" if cidx in (5, 6, 7) else None)
        exp(fil, N, km, est, eavv)
        r += 1
    dv = DataValidation(type="list", formula1='"G,D,E,U"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E6:G{r - 1}")
    ws.cell(r + 1, 2, "Sammanställt av: Johan Ek, controller, 2026-01-15")
    for k, v in {"A": 5, "B": 20, "C": 55, "D": 22, "E": 6, "F": 6, "G": 6, "H": 50, "I": 35}.items():
        ws.column_dimensions[k].width = v
    wb.active = 1
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "KS IKP 2025 uppföljning T3.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsm:Calc MS Excel 2007 VBA XML",
                    "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "KS IKP 2025 uppföljning T3.xlsm"), fil)
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F9  Excel owner/lock file left on the share – must be rejected
# ---------------------------------------------------------------------------
def make_f9():
    fil = "~$IK-uppföljning helår 2025 HVOF.xlsx"
    name = "Lina Bergqvist"
    b = bytes([len(name)]) + name.encode("cp1252")
    b = b.ljust(54, b" ")
    b += struct.pack("<H", len(name)) + name.encode("utf-16-le")
    b = b.ljust(165, b"\x00")
    with open(fil, "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def main():
    keep = {"make_round.py", "README.md"}
    for fn in os.listdir("."):
        if fn not in keep and os.path.isfile(fn):
            os.remove(fn)
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, al in REGISTER:
            f.write(n + ";" + "|".join(al) + "\n")
    make_f1()
    make_f2()
    make_f3()
    make_f4()
    make_f5()
    make_f6()
    make_f7()
    make_f8()
    make_f9()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for fil, n, km, st, av in EXPECTED:
            assert ";" not in km and "\n" not in km
            f.write(f"{fil};{n};{km};{st};{av}\n")
    print(len(FILES), "files.csv rows;", len({r[0] for r in FILES}), "files;", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
