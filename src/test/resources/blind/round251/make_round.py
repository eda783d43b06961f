# -*- coding: utf-8 -*-
"""Blind round 251 - Storvreta kommun, 2025 helår.
Theme: status given by grouping (sections, band rows, sheets, kanban columns), not by a column.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import xlwt
import docx
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r251build"
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round251"]
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_docx_props(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Storvreta kommun"
    cp.author = "Storvreta kommun"


def fix_xlsx_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Storvreta kommun"


def soffice_convert(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. BUN - Word, sections "Genomförda kontroller" / "Kontroller som inte genomförts" / "Pågående"
# ---------------------------------------------------------------------------
def bun_docx():
    fil = "BUN_uppfoljning_internkontroll_2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_docx_props(d)
    d.add_paragraph("Storvreta kommun").runs[0].bold = True
    d.add_paragraph("Barn- och utbildningsförvaltningen\nDnr BUN 2025/118")
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=0)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 februari 2025 "
                    "(§ 14). I denna rapport redovisas utfallet för hela året. Kontrollerna redovisas "
                    "grupperade efter läget vid årets slut.")
    d.add_paragraph("Av planens 11 kontrollmoment har 6 genomförts, 2 pågår och 3 har inte genomförts "
                    "(varav ett har utgått genom beslut i nämnden).")

    d.add_heading("1. Genomförda kontroller", level=1)
    done = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial",
         "Samtliga granskade fakturor var korrekt attesterade. Inga avvikelser.",
         "Ekonomichef", "nej"),
        ("Kontroll av att registerutdrag ur belastningsregistret finns för nyanställd personal",
         "Stickprov 15 anställningar",
         "Genomförd med anmärkning. För 2 av 15 nyanställda saknades registerutdrag i personalakten "
         "vid kontrolltillfället. Rutinen har förtydligats för rektorerna.",
         "HR-specialist", "ja"),
        ("Uppföljning av att anmälningar om kränkande behandling rapporteras till huvudman inom fem dagar",
         "Genomgång av ärenden i ärendesystemet",
         "94 % av anmälningarna har rapporterats inom fem dagar. Avvikelse mot målet 100 %; "
         "åtgärdsplan tas fram av elevhälsochefen.",
         "Kvalitetsstrateg", "ja"),
        ("Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 10 beslut",
         "Alla beslut fattade av rätt delegat. Inga avvikelser.",
         "Skolskjutssamordnare", "nej"),
        ("Avstämning av elevantal som ligger till grund för interkommunal ersättning",
         "Avstämning mot folkbokföringen per 15 oktober",
         "Avstämningen utförd i oktober, underlaget stämmer med folkbokföringen.",
         "Controller", "nej"),
        ("Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 10 verifikationer",
         "Genomförd. I 3 av 10 verifikationer saknades deltagarförteckning. Information har gått ut till "
         "budgetansvariga.",
         "Controller", "ja"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Kontrollmetod", "Resultat", "Ansvarig"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for km, met, res, ans, avv in done:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = km, met, res, ans
        exp(fil, N, km, "GENOMFORD", avv)

    d.add_heading("2. Kontroller som inte genomförts", level=1)
    d.add_paragraph("Nedanstående kontroller har inte kunnat genomföras under året.")
    notdone = [
        ("Kontroll av att individuella utvecklingsplaner upprättas i grundskolan",
         "Ej genomförd på grund av byte av lärplattform under hösten.",
         "Genomförs under T1 2026.", "EJ_GENOMFORD"),
        ("Granskning av att avtalstrohet följs vid inköp av förbrukningsmaterial",
         "Kontrollen har inte hunnits med på grund av vakans på inköpsfunktionen.",
         "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD"),
        ("Kontroll av hantering av elevhälsans journaler i ProReNata",
         "Utgår enligt beslut i nämnden 2025-06-11 § 58. Ingår i stället i dataskyddsombudets granskning.",
         "–", "UTGAR"),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Orsak", "Planerad åtgärd"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for km, orsak, atg, st in notdone:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = km, orsak, atg
        exp(fil, N, km, st, "")

    d.add_heading("3. Pågående", level=1)
    ongoing = [
        ("Uppföljning av frånvarorapportering i gymnasieskolan",
         "Kontroll har gjorts för vårterminen. Höstterminens uppgifter sammanställs i januari 2026.", ""),
        ("Kontroll av att lokalt upprättade avtal är registrerade i avtalsdatabasen",
         "Hälften av enheterna är granskade. Hittills har två avtal som inte registrerats hittats.", "ja"),
    ]
    for km, kom, avv in ongoing:
        d.add_paragraph(km, style="List Bullet")
        p = d.add_paragraph(kom)
        p.paragraph_format.left_indent = Pt(36)
        p.runs[0].italic = True
        exp(fil, N, km, "DELVIS", avv)

    d.add_paragraph("")
    d.add_paragraph("Storvreta 2026-01-28")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. SN - Excel, status band rows ("EJ GENOMFÖRDA") above their controls
# ---------------------------------------------------------------------------
def sn_xlsx():
    fil = "SN IK-uppföljning helår 2025.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Socialnämnden – Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Helår (januari–december)"
    ws["A3"] = "Sammanställd av socialförvaltningens kvalitetsenhet 2026-01-20"
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Resultat och kommentar", "Avvikelse (Ja/Nej)"]
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    groups = [
        ("GENOMFÖRDA", "C6EFCE", "GENOMFORD", [
            ("SN1", "Myndighetsutövning IFO",
             "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader",
             "Uttag ur Treserva", "Enhetschef barn och unga",
             "41 av 44 utredningar avslutade inom lagstadgad tid. Tre utredningar förlängda med "
             "formellt beslut enligt 11 kap. 2 § SoL.", "Nej"),
            ("SN2", "Ekonomiskt bistånd", "Stickprov på utbetalt ekonomiskt bistånd mot beslut",
             "25 akter per halvår", "Enhetschef försörjningsstöd",
             "En felaktig utbetalning (dubbel hyra) upptäcktes och har återkrävts.", "Ja"),
            ("SN3", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor", "Controller", "Inga avvikelser.", "Nej"),
            ("SN4", "Personal",
             "Kontroll av att nyanställda har fått introduktion i sekretess och tystnadsplikt",
             "Enkät till nyanställda", "HR-partner", "Samtliga svarande har fått introduktion.", "Nej"),
            ("SN5", "Dokumentation", "Loggkontroll i verksamhetssystemet avseende obehörig åtkomst",
             "Slumpvis urval 30 loggar per kvartal", "Systemförvaltare",
             "Genomförd kvartal 1–4. Ingen obehörig åtkomst konstaterad.", "Nej"),
        ]),
        ("DELVIS GENOMFÖRDA / PÅGÅENDE", "FFEB9C", "DELVIS", [
            ("SN6", "Placeringar", "Uppföljning av att vårdplan finns för samtliga placerade barn",
             "Aktgranskning", "Enhetschef barn och unga",
             "Granskningen klar för HVB-placeringar, familjehemsplaceringar återstår.", ""),
            ("SN7", "Upphandling", "Kontroll av att köp av plats sker från upphandlade leverantörer",
             "Jämförelse fakturor/avtal", "Controller",
             "Påbörjad i november. Två köp utanför avtal har hittills identifierats.", "Ja"),
        ]),
        ("EJ GENOMFÖRDA", "FFC7CE", "EJ_GENOMFORD", [
            ("SN8", "Lex Sarah",
             "Kontroll av att rapporter enligt lex Sarah utreds och avslutas inom två månader",
             "Genomgång av registret", "Kvalitetsutvecklare",
             "Ej genomförd p.g.a. sjukskrivning. Överförs till 2026.", ""),
            ("SN9", "Avgifter", "Avstämning av avgifter för familjerådgivning mot kassaregister",
             "Månadsvis avstämning", "Administratör", "", ""),
        ]),
        ("UTGÅR", "D9D9D9", "UTGAR", [
            ("SN10", "Bostad", "Kontroll av andrahandskontrakt för sociala bostäder",
             "", "", "Verksamheten överförd till Storvreta Bostäder AB 2025-03-01.", ""),
        ]),
    ]
    for title, color, st, rows in groups:
        ws.append([f"{title} ({len(rows)})"])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(r, col).fill = PatternFill("solid", fgColor=color)
            ws.cell(r, col).border = BORDER
        for row in rows:
            ws.append(list(row))
            for c in ws[ws.max_row]:
                c.alignment = WRAP
                c.border = BORDER
            avv = {"Ja": "ja", "Nej": "nej"}.get(row[6], "")
            exp(fil, N, row[2], st, avv)
    ws.append([])
    ws.append(["", "", "Totalt antal kontrollmoment: 10"])
    ws.append(["", "", "Grupperingen ovan anger kontrollens status vid årets slut."])
    for col, w in zip("ABCDEFG", [6, 22, 50, 24, 22, 50, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. TN - workbook with one sheet per status ("Klara", "Ej klara") + info sheet
# ---------------------------------------------------------------------------
def tn_xlsx():
    fil = "Tekniska_IK_2025_helar.xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    info = wb.active
    info.title = "Info"
    for row in [
        ["Nämnd:", "Tekniska nämnden"],
        ["Förvaltning:", "Samhällsbyggnadsförvaltningen"],
        ["Uppföljningsperiod:", "Helår 2025"],
        ["Uppgiftslämnare:", "Per Ekström, controller"],
        [],
        ["Instruktion:", "Flytta kontrollen till fliken Klara när den är genomförd. Kontroller som inte "
                         "är klara ligger kvar på fliken Ej klara med kommentar."],
    ]:
        info.append(row)
    info.column_dimensions["A"].width = 20
    info.column_dimensions["B"].width = 80
    for r in range(1, 7):
        info.cell(r, 1).font = Font(bold=True)

    ws = wb.create_sheet("Klara")
    ws.append(["Id", "Område", "Kontrollmoment", "Datum för kontroll", "Resultat", "Avvikelse"])
    klara = [
        ("TN-01", "Gata/park",
         "Kontroll av att vinterväghållningsentreprenörens fakturor stämmer mot körjournaler",
         datetime.date(2025, 3, 14), "Stickprov 12 fakturor. En felaktig debitering om 14 tkr, krediterad.", "Ja"),
        ("TN-02", "VA", "Kontroll av att debitering av VA-avgifter sker enligt gällande taxa",
         datetime.date(2025, 9, 30), "Taxan korrekt inlagd i kundsystemet.", "Nej"),
        ("TN-03", "Fastighet", "Kontroll av att lagstadgade besiktningar av hissar och portar är utförda",
         datetime.date(2025, 11, 5), "Samtliga 38 besiktningar utförda i tid.", "Nej"),
        ("TN-04", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         datetime.date(2025, 12, 10), "Inga avvikelser.", "Nej"),
        ("TN-05", "Fordon", "Kontroll av drivmedelskort mot fordonsregister",
         datetime.date(2025, 6, 18), "Två kort kopplade till sålda fordon var aktiva; de har spärrats.", "Ja"),
    ]
    for row in klara:
        ws.append(list(row))
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        exp(fil, N, row[2], "GENOMFORD", row[5].lower())
    ws2 = wb.create_sheet("Ej klara")
    ws2.append(["Id", "Område", "Kontrollmoment", "Kommentar", "Ny tidpunkt"])
    ejklara = [
        ("TN-06", "Upphandling", "Granskning av att direktupphandlingar över 100 tkr dokumenteras",
         "Påbörjad – 3 av 5 förvaltningsenheter granskade, inga brister hittills.", "Mars 2026", "DELVIS", "nej"),
        ("TN-07", "Fastighet",
         "Kontroll av att hyresavtal för externt inhyrda lokaler sägs upp eller förlängs i tid",
         "Ej påbörjad på grund av resursbrist.", "T1 2026", "EJ_GENOMFORD", ""),
        ("TN-08", "Gata/park", "Kontroll av att schakttillstånd finns för pågående grävarbeten",
         "", "", "EJ_GENOMFORD", ""),
    ]
    for row in ejklara:
        ws2.append(list(row[:5]))
        exp(fil, N, row[2], row[5], row[6])
    for s in (ws, ws2):
        for c in s[1]:
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
        s.column_dimensions["B"].width = 14
        s.column_dimensions["C"].width = 70
        s.column_dimensions["D"].width = 40
        s.column_dimensions["E"].width = 50
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. KFN - Kanban sheet: Ej påbörjad | Pågår | Klar
# ---------------------------------------------------------------------------
def kfn_kanban():
    fil = "KFN_tavla_internkontroll_2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "Tavla"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – tavla, läge helår (2025-12-31)"
    ws["A3"] = "Flytta kontrollens text till den kolumn som motsvarar läget. Kommentar i kolumn F."
    ws["A3"].font = Font(italic=True, color="7F7F7F")
    ws.append([])
    ws.append(["Process", "Ej påbörjad", "Pågår", "Klar", "Ansvarig", "Kommentar"])
    fills = {2: "D9D9D9", 3: "FFEB9C", 4: "C6EFCE"}
    for c in ws[5]:
        c.font = Font(bold=True)
        c.border = BORDER
    for col, color in fills.items():
        ws.cell(5, col).fill = PatternFill("solid", fgColor=color)
    # (process, {col: text}, ansvarig, kommentar, status, avv)
    cards = [
        ("Bidrag", {4: "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsregler"},
         "Bidragshandläggare",
         "12 ansökningar granskade. Två föreningar hade fått aktivitetsstöd för fel antal deltagare, "
         "återkrav skickat.", "GENOMFORD", "ja"),
        ("Ekonomi", {4: "Attest av leverantörsfakturor enligt attestordningen"}, "Controller",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Bibliotek", {3: "Inventering av bibliotekens kassahantering"}, "Bibliotekschef",
         "Två av fyra filialer klara.", "DELVIS", ""),
        ("Anläggningar", {2: "Kontroll av att bokningar i Interbook faktureras"}, "Anläggningschef",
         "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Kulturskola", {4: "Kontroll av att avgifter för kulturskolan debiteras enligt taxa"},
         "Kulturskolechef", "", "GENOMFORD", ""),
        ("Personal", {3: "Kontroll av att timanställda har giltiga anställningsavtal",
                      4: "Kontroll av att timanställda har giltiga anställningsavtal"},
         "HR-partner", "", "OKLAR", ""),
        ("Ungdom", {2: "Kontroll av att registerutdrag finns för ledare på fritidsgårdar"},
         "Fritidsgårdschef", "Ej genomförd, läggs in i plan 2026.", "EJ_GENOMFORD", ""),
        ("Ekonomi", {4: "Avstämning av kontantkassor på fritidsgårdarna"}, "Controller",
         "Kassorna stämde vid samtliga avstämningar.", "GENOMFORD", "nej"),
    ]
    for proc, texts, ans, kom, st, avv in cards:
        row = [proc, None, None, None, ans, kom]
        for col, txt in texts.items():
            row[col - 1] = txt
        ws.append(row)
        r = ws.max_row
        for col in range(1, 7):
            ws.cell(r, col).alignment = WRAP
            ws.cell(r, col).border = BORDER
        for col, color in fills.items():
            if ws.cell(r, col).value:
                ws.cell(r, col).fill = PatternFill("solid", fgColor=color)
        exp(fil, N, list(texts.values())[0], st, avv)
    for col, w in zip("ABCDEF", [14, 34, 34, 34, 18, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys CSV export - ordinary status columns, two nämnder, T2 + Helår
# ---------------------------------------------------------------------------
def stratsys_csv():
    fil = "Stratsys_export_IK_2025.csv"
    hdr = ["Enhet", "Process", "Kontrollmoment", "Kontrollansvarig", "Status T2 2025",
           "Status Helår 2025", "Avvikelse", "Kommentar Helår 2025"]
    M, O = "Miljö- och byggnämnden", "Överförmyndarnämnden"
    rows = [
        (M, "Bygglov", "Kontroll av att bygglov handläggs inom lagstadgad tid", "Bygglovschef",
         "Genomförd", "Genomförd", "Nej", "Samtliga ärenden avgjorda inom tio veckor.", "GENOMFORD", "nej"),
        (M, "Tillsyn", "Uppföljning av att tillsynsplanen för livsmedelskontroll följs", "Miljöchef",
         "Pågående", "Pågående", "Nej", "82 % av planerade kontroller utförda.", "DELVIS", "nej"),
        (M, "Avgifter", "Kontroll av att timavgift debiteras för nedlagd handläggningstid", "Controller",
         "Pågående", "Genomförd", "Ja", "Tre ärenden saknade debitering och har fakturerats i efterhand.",
         "GENOMFORD", "ja"),
        (M, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Genomförd", "", "", "", "GENOMFORD", ""),
        (M, "Arkiv", "Kontroll av att avslutade ärenden arkiveras enligt dokumenthanteringsplanen",
         "Registrator", "Ej påbörjad", "Ej påbörjad", "", "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        (M, "Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Ej aktuell", "Ej aktuell", "", "Ersatt av automatisk anmälan i ärendesystemet.", "UTGAR", ""),
        (O, "Granskning", "Granskning av årsräkningar inom fyra månader", "Handläggare",
         "Pågående", "Genomförd", "Nej", "Samtliga årsräkningar granskade per 2025-10-31.", "GENOMFORD", "nej"),
        (O, "Arvoden", "Kontroll av att arvoden till ställföreträdare beräknas korrekt", "Handläggare",
         "Genomförd", "Genomförd", "Ja", "Ett arvode felberäknat, rättat i december.", "GENOMFORD", "ja"),
        (O, "Register", "Kontroll av att registret över ställföreträdare är uppdaterat", "Enhetschef",
         "", "", "", "", "SAKNAS", ""),
        (O, "Förvaltarskap", "Kontroll av att förteckningar inkommer inom två månader", "Handläggare",
         "Pågående", "", "", "", "DELVIS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Rapport: Intern kontroll – uppföljning"] + [""] * 7)
        w.writerow(["Utskriven: 2026-01-15 08:42"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(hdr)
        for r in rows:
            w.writerow(r[:8])
            exp(fil, r[0], r[2], r[8], r[9])
    FILES.append((fil, "INLAST", M, "2025", "HELAR"))
    FILES.append((fil, "INLAST", O, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. VON - .xls with ordinary status code column + legend; nämnd only in print header / file name
# ---------------------------------------------------------------------------
def von_xls():
    fil = "VON uppföljning IK 2025.xls"
    N = "Vård- och omsorgsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    ws._Worksheet__header_str = "&LVård- och omsorgsnämnden&RStorvreta kommun"  # xlwt py3 setter bug workaround
    ws._Worksheet__footer_str = "&LUtskrift &D&RSida &P av &N"
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ws.write(0, 0, "Uppföljning av intern kontroll – helår 2025", title)
    ws.write(1, 0, "Storvreta kommun")
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, head)
    rows = [
        ("Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut", "Stickprov 20 ärenden",
         "Enhetschefer", "G", "17 av 20 i tid. Tre sena planer har åtgärdats.", "GENOMFORD", "ja"),
        ("Kontroll av att läkemedelsavvikelser rapporteras och följs upp", "Genomgång av avvikelsesystemet",
         "MAS", "D", "Sammanställning för särskilt boende klar, hemtjänst återstår.", "DELVIS", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Controller",
         "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av debitering av hemtjänstavgifter mot utförd tid", "Jämförelse TES/Procapita",
         "Avgiftshandläggare", "E", "Ej genomförd – systembyte under hösten.", "EJ_GENOMFORD", ""),
        ("Kontroll av att nyckelhantering i hemtjänsten följer rutin", "Inventering av nyckelskåp",
         "Enhetschef hemtjänst", "",
         "Kontrollen är genomförd i samtliga hemtjänstgrupper, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att brukarnas privata medel hanteras enligt rutin", "Stickprov kassaböcker",
         "Enhetschef SÄBO", "", "Se bilaga 2.", "OKLAR", ""),
        ("Kontroll av schemaläggning mot bemanningsbudget", "Månadsuppföljning", "Controller", "U",
         "Ingår i budgetuppföljningen från 2025.", "UTGAR", ""),
        ("Kontroll av att signeringslistor för delegerade insatser är kompletta", "Stickprov",
         "Sjuksköterskor", "G", "Inga brister.", "GENOMFORD", "nej"),
    ]
    for i, r in enumerate(rows):
        ws.write(4 + i, 0, i + 1, cell)
        for j, v in enumerate(r[:5]):
            ws.write(4 + i, j + 1, v, cell)
        exp(fil, N, r[0], r[5], r[6])
    last = 4 + len(rows) + 1
    ws.write(last, 0, "Status:", bold)
    ws.write(last, 1, "G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår")
    for j, w in enumerate([5, 55, 28, 22, 8, 50]):
        ws.col(j).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. KS - text-only document with status headings, converted to .odt
# ---------------------------------------------------------------------------
def ks_odt():
    base = "KS uppföljning intern kontroll 2025"
    fil = base + ".odt"
    N = "Kommunstyrelsen"
    d = docx.Document()
    fix_docx_props(d)
    d.add_paragraph("Kommunledningskontoret")
    d.add_heading("Kommunstyrelsens uppföljning av intern kontroll 2025", level=0)
    d.add_paragraph("Helårsrapport. Kommunstyrelsen antog internkontrollplanen 2025-01-28 § 9. Planen omfattar "
                    "sju kontrollmoment. Nedan redovisas kontrollerna efter hur långt de kommit vid årets slut.")
    sections = [
        ("Genomförda kontroller", [
            ("Avstämning av kundreskontra mot huvudbok",
             "Avstämning gjord månadsvis. Inga differenser.", "GENOMFORD", "nej"),
            ("Kontroll av behörigheter i ekonomisystemet Raindance",
             "Genomgång gjord i oktober. Sju användare som slutat hade kvar behörighet; behörigheterna "
             "är borttagna och rutinen för avslut av användare har setts över.", "GENOMFORD", "ja"),
            ("Kontroll av att politiska arvoden betalas ut enligt arvodesreglementet",
             "Stickprov på 15 utbetalningar, samtliga korrekta.", "GENOMFORD", "nej"),
            ("Uppföljning av att diarieföring sker inom en vecka från ankomst",
             "Kontrollen genomförd. 88 % av handlingarna registrerades inom en vecka; målet är 95 %. "
             "Avvikelsen har lyfts i ledningsgruppen.", "GENOMFORD", "ja"),
        ]),
        ("Kontroller som inte har genomförts", [
            ("Kontroll av att upphandlade ramavtal följs vid inköp av IT-utrustning",
             "Kontrollen har inte genomförts under året på grund av omorganisationen av IT-enheten. "
             "Den flyttas till 2026.", "EJ_GENOMFORD", ""),
            ("Kontroll av bisysslor hos chefer",
             "Ny rutin för bisysslor beslutas våren 2026; kontrollen görs därefter.", "EJ_GENOMFORD", ""),
        ]),
        ("Kontroller som utgått", [
            ("Kontroll av att leasingavtal för fordon registreras i leasingregistret",
             "Utgår efter kommunstyrelsens beslut 2025-05-06 § 92 då samtliga fordon har köpts ut.",
             "UTGAR", ""),
        ]),
    ]
    for i, (sec, items) in enumerate(sections, 1):
        d.add_heading(f"{i}. {sec}", level=1)
        for km, txt, st, avv in items:
            d.add_heading(km, level=2)
            d.add_paragraph(txt)
            exp(fil, N, km, st, avv)
    d.add_paragraph("")
    d.add_paragraph("Storvreta den 2 februari 2026")
    d.add_paragraph("Johan Berg, kommundirektör")
    src = os.path.join(TMP, base + ".docx")
    d.save(src)
    soffice_convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Storvreta Bostäder AB - status as vertically merged group cell in column A, .ods
# ---------------------------------------------------------------------------
def sbab_ods():
    base = "Storvreta Bostäder internkontroll 2025"
    fil = base + ".ods"
    N = "Storvreta Bostäder AB"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Storvreta Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – årsuppföljning till styrelsen"
    ws.append([])
    ws.append(["Läge", "Risk", "Kontrollmoment", "Utförs av", "Kommentar"])
    for c in ws[4]:
        c.font = Font(bold=True)
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    groups = [
        ("Genomförd", "C6EFCE", "GENOMFORD", [
            ("Felaktiga hyresintäkter", "Kontroll av att hyresavier överensstämmer med gällande hyresavtal",
             "Ekonomi", "Stickprov 30 avtal, inga avvikelser.", "nej"),
            ("Missnöjda hyresgäster", "Kontroll av att felanmälningar åtgärdas inom utlovad tid",
             "Förvaltning", "91 % åtgärdade inom utlovad tid – avvikelse mot målet 95 %.", "ja"),
            ("Oegentligheter", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomi",
             "Inga avvikelser.", "nej"),
            ("Favorisering vid uthyrning", "Kontroll av att kötiden följs vid lägenhetsuthyrning",
             "Uthyrning", "20 kontrakt granskade, samtliga enligt köordningen.", "nej"),
        ]),
        ("Delvis genomförd", "FFEB9C", "DELVIS", [
            ("Brand", "Kontroll av brandskyddsdokumentation (SBA) i samtliga fastigheter", "Fastighet",
             "12 av 19 fastigheter kontrollerade.", ""),
            ("Obehörigt tillträde", "Inventering av nycklar och passerbrickor", "Förvaltning",
             "Påbörjad. Systemet för passerbrickor byts i februari 2026, inventeringen slutförs därefter.", ""),
        ]),
        ("Ej genomförd", "FFC7CE", "EJ_GENOMFORD", [
            ("Felaktig underhållsplanering",
             "Kontroll av att underhållsplanen uppdateras efter utförda åtgärder", "Teknisk chef", "", ""),
        ]),
    ]
    for label, color, st, rows in groups:
        first = ws.max_row + 1
        for risk, km, by, kom, avv in rows:
            ws.append([None, risk, km, by, kom])
            for c in ws[ws.max_row]:
                c.alignment = WRAP
                c.border = BORDER
            exp(fil, N, km, st, avv)
        last = ws.max_row
        ws.cell(first, 1).value = label
        ws.cell(first, 1).fill = PatternFill("solid", fgColor=color)
        ws.cell(first, 1).font = Font(bold=True)
        ws.cell(first, 1).alignment = Alignment(vertical="center", horizontal="center", wrap_text=True)
        if last > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
    ws.append([])
    ws.append(["Godkänd av VD 2026-01-22"])
    for col, w in zip("ABCDE", [16, 26, 55, 16, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, base + ".xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Reject: covering letter (missiv) from KFN - no controls in it
# ---------------------------------------------------------------------------
def missiv():
    fil = "Missiv KFN internkontroll 2025.docx"
    d = docx.Document()
    fix_docx_props(d)
    d.add_paragraph("Kultur- och fritidsförvaltningen\nStorvreta kommun")
    d.add_paragraph("2026-01-23")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningskontoret")
    d.add_heading("Överlämnande av uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden behandlade uppföljningen av internkontrollplanen för 2025 vid "
                    "sitt sammanträde 2026-01-21 § 5. Uppföljningen bifogas i form av förvaltningens tavla "
                    "(KFN_tavla_internkontroll_2025.xlsx).")
    d.add_paragraph("Sammanfattningsvis är fyra av åtta kontroller klara. Övriga redovisas med kommentar i "
                    "tavlan. De kontroller som inte har genomförts föreslås ingå i internkontrollplanen 2026.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Karin Sjöberg\nNämndsekreterare")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Tekniska nämnden", "TN|Samhällsbyggnadsförvaltningen|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen"),
    ("Valnämnden", "VN"),
    ("Storvreta Bostäder AB", "SBAB|Storvretabostäder|Storvreta Bostäder"),
]


def main():
    os.makedirs(TMP, exist_ok=True)
    bun_docx()
    sn_xlsx()
    tn_xlsx()
    kfn_kanban()
    stratsys_csv()
    von_xls()
    ks_odt()
    sbab_ods()
    missiv()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
