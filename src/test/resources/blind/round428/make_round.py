#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r428 - Hammarö kommun (fictional), delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
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
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round428"
FIXED = dt.datetime(2025, 9, 12, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into HERE/outname."""
    tmpd = tempfile.mkdtemp(prefix="r428conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmpd, ignore_errors=True)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb):
    wb.properties.creator = "Hammarö kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, title rows, process group rows, word statuses
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_IK-uppföljning_delår_2025.xlsx"
    N = "Kommunstyrelsen"
    groups = [
        ("Ekonomiprocesser", [
            ("1.1", "Leverantörsbetalningar", "Felaktiga eller obehöriga utbetalningar till leverantörer", 9,
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor ur ekonomisystemet", "Två ggr/år", "Redovisningsansvarig",
             "Genomförd",
             "Stickprov om 30 fakturor för perioden jan–jun. Två fakturor saknade beslutsattest; berörda attestanter har informerats.",
             "Påminnelse om attestordningen på chefsforum i september.", "GENOMFORD", "ja"),
            ("1.2", "Leverantörsregister", "Bedrägeri genom falska ändringar av bankgiro", 12,
             "Kontroll av att ändringar av bankgiro/kontonummer i leverantörsregistret är verifierade",
             "Genomgång av samtliga ändringar i leverantörsregistret", "Kvartalsvis", "Ekonomichef",
             "Genomförd",
             "Kontrollen har hittills bara gjorts för kvartal 1 (inga avvikelser). Kvartal 2 kontrolleras i september på grund av semestrar.",
             "", "DELVIS", "nej"),
            ("1.3", "Representation", "Representation som inte följer riktlinjerna; förtroendeskada", 6,
             "Representation och förtroendekänsliga poster – syfte och deltagare är angivna på verifikationen",
             "Stickprov 15 verifikationer konto 6071–6072", "Halvår", "Controller",
             "Delvis genomförd",
             "10 av 15 verifikationer granskade. I 3 fall saknades deltagarförteckning.",
             "Resterande 5 granskas i oktober.", "DELVIS", "ja"),
        ]),
        ("HR och lön", [
            ("2.1", "Anställning", "Felaktig lön vid nyanställning", 6,
             "Nyanställda registreras i lönesystemet med lön enligt anställningsbeslut",
             "Stickprov 20 nyanställningar", "Halvår", "HR-chef",
             "Genomförd", "Inga avvikelser.", "", "GENOMFORD", "nej"),
            ("2.2", "Avslut av anställning", "Lön betalas ut efter avslut; behörigheter ligger kvar", 8,
             "Vid avslut av anställning avslutas lön och behörigheter i tid",
             "Stickprov avslutade anställningar mot AD-konton", "Kvartalsvis", "Lönechef",
             "Pågår", "Kontrollen påbörjades i augusti, resultat redovisas i helårsuppföljningen.", "",
             "DELVIS", ""),
        ]),
        ("Informationssäkerhet", [
            ("3.1", "Behörighetsadministration", "Otillbörlig åtkomst till ekonomisystemet", 8,
             "Behörigheter i ekonomisystemet följs upp mot aktuell befattning",
             "Genomgång av behörighetslista med respektive chef", "Årligen", "Systemförvaltare ekonomisystem",
             "Ej påbörjad", "Planerad till oktober (årlig kontroll).", "", "EJ_GENOMFORD", ""),
            ("3.2", "Medarbetarnas kunskap", "Incidenter på grund av bristande kunskap om informationssäkerhet", 9,
             "Samtliga medarbetare har genomfört den obligatoriska utbildningen i informationssäkerhet",
             "Uttag ur lärplattformen", "Halvår", "Informationssäkerhetssamordnare",
             "Genomförd",
             "Uttag 2025-08-25: 78 % av medarbetarna har genomfört utbildningen. Påminnelse har skickats till berörda chefer.",
             "Ny avstämning i december.", "GENOMFORD", "ja"),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Direktupphandling", "Direktupphandlingar dokumenteras inte enligt LOU", 9,
             "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
             "Stickprov 10 direktupphandlingar", "Halvår", "Upphandlingschef",
             "", "Granskningen är genomförd utan anmärkning. Samtliga 10 var dokumenterade.", "",
             "GENOMFORD", "nej"),
            ("4.2", "Avtalstrohet", "Inköp utanför avtal", 6,
             "Avtalstrohet – inköp sker från avtalade leverantörer",
             "Analys av leverantörsreskontra", "Årligen", "Upphandlingschef",
             "Utgår", "Ersätts av kommungemensam spendanalys enligt KS beslut 2025-04-14 § 58.", "",
             "UTGAR", ""),
            ("4.3", "Avtalsdatabas", "Avtal hittas inte och följs inte upp", 4,
             "Nya avtal registreras i avtalsdatabasen",
             "Stickprov 10 avtal tecknade 2025", "Halvår", "Upphandlare",
             "", "", "", "SAKNAS", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning delår (januari–augusti)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Förvaltning: Kommunledningsförvaltningen"
    ws["A4"] = "Upprättad av: Lena Gustavsson, controller, 2025-09-08"
    ws["A4"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Metod", "Frekvens",
           "Ansvarig", "Status delår", "Kommentar / resultat", "Åtgärd"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for row in rows:
            vals = list(row[:11])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            exp(fil, N, row[4], row[11], row[12])
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanställning: 4 av 10 kontrollmoment genomförda, 2 delvis/pågår, 1 ej påbörjad, 1 utgår.")
    ws.cell(r + 2, 1, "Uppföljningen har stämts av med kommundirektör Anders Wahlberg 2025-09-10.")
    widths = [6, 20, 30, 10, 45, 30, 12, 22, 14, 55, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    ws.oddHeader.center.text = "Hammarö kommun – Kommunstyrelsen"
    fix_props(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, T1 and Delår columns as free text
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fix_docprops(d):
    d.core_properties.author = "Hammarö kommun"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "Hammarö kommun"


def file_bun():
    fil = "BUN uppföljning internkontrollplan delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    areas = [
        ("Område: Ekonomi och administration", [
            ("Attest och kontering av fakturor avseende läromedel och digitala licenser",
             "Felaktig kontering ger missvisande uppföljning\nRiskvärde 6",
             "Stickprov 20 fakturor per tertial", "Ekonomiassistent BUF",
             "Genomförd – inga fel.",
             "Genomförd. 20 fakturor kontrollerade, en felkontering (licenser bokade som inventarier) har rättats.",
             "GENOMFORD", "ja"),
            ("Statsbidrag – ansökan och återrapportering sker inom angivna tidsfrister",
             "Förlorade statsbidrag\nRiskvärde 8",
             "Genomgång av bevakningslista, halvår", "Controller BUF",
             "Påbörjad",
             "Klar. Samtliga ansökningar och återrapporteringar under perioden har skickats in i tid.",
             "GENOMFORD", "nej"),
            ("Registerutdrag ur belastningsregistret har uppvisats före anställning",
             "Olämplig person anställs i verksamhet med barn\nRiskvärde 9",
             "Stickprov 15 anställningar per tertial", "HR-konsult",
             "Genomförd, inga avvikelser.",
             "",
             "GENOMFORD", "nej"),
            ("Kontroll av inventarieförteckning på skolenheterna",
             "Stöld och svinn av IT-utrustning\nRiskvärde 4",
             "Stickprov två enheter, årligen", "Rektorer",
             "Utgår enligt beslut BUN 2025-03-19 § 22.",
             "Utgår",
             "UTGAR", ""),
        ]),
        ("Område: Verksamhet och elevhälsa", [
            ("Skolpliktsbevakning – elever med hög frånvaro anmäls till huvudmannen",
             "Elever får inte sin utbildning\nRiskvärde 12",
             "Genomgång av frånvarorapporter, per tertial", "Rektorer",
             "Genomförd",
             "Genomförd för vårterminen, inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Anmälan om kränkande behandling hanteras och dokumenteras inom fastställd tid",
             "Barn och elever får inte skydd\nRiskvärde 12",
             "Stickprov 10 ärenden per skola, per tertial", "Rektorer / huvudmannens utredare",
             "Pågår",
             "Genomförd på 4 av 6 skolor. Två skolor har inte redovisat. I två ärenden överskreds tidsgränsen för anmälan till huvudman.",
             "DELVIS", "ja"),
            ("Skolskjutsbeslut fattas enligt delegationsordningen",
             "Felaktiga beslut och kostnader\nRiskvärde 6",
             "Genomgång av beslut, halvår", "Skolskjutshandläggare",
             "Ej aktuellt för perioden",
             "Ej genomförd – handläggaren har varit sjukskriven. Kontrollen flyttas till hösten.",
             "EJ_GENOMFORD", ""),
            ("Placering i förskola sker enligt antagna riktlinjer för kö och placering",
             "Ojämlik behandling av vårdnadshavare\nRiskvärde 4",
             "Stickprov, årligen", "Placeringshandläggare",
             "–",
             "",
             "SAKNAS", ""),
            ("Loggkontroll av elevhälsans journalsystem",
             "Obehörig åtkomst till känsliga uppgifter\nRiskvärde 9",
             "Loggkontroll, kvartalsvis", "Verksamhetschef elevhälsa",
             "Genomförd",
             "Se bilaga 3.",
             "OKLAR", ""),
        ]),
    ]
    d = docx.Document()
    fix_docprops(d)
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "HAMMARÖ KOMMUN\tBarn- och utbildningsförvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden – delårsrapport per 31 augusti 2025").bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 97). Planen omfattar nio "
        "kontrollmoment som följs upp per tertial. Nedan redovisas resultatet av kontrollerna för tertial 1 "
        "(januari–april) och för delåret (januari–augusti). Kontroller som är årliga redovisas i sin helhet "
        "vid helårsuppföljningen.")
    hdr = ["Kontrollmoment", "Risk och riskvärde", "Metod och frekvens", "Ansvarig",
           "Uppföljning T1 (jan–apr)", "Uppföljning delår (jan–aug)"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_bg(c, "C6E0B4")
    for aname, rows in areas:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        m.text = ""
        m.paragraphs[0].add_run(aname).bold = True
        set_cell_bg(m, "EDEDED")
        for row in rows:
            cells = t.add_row().cells
            for i in range(6):
                cells[i].text = row[i]
            exp(fil, N, row[0], row[6], row[7])
    d.add_paragraph()
    d.add_paragraph("Bilaga 3 – Loggkontroll elevhälsan (omfattas av sekretess, lämnas separat).")
    d.add_paragraph("Hammarö 2025-09-09")
    d.add_paragraph("Maria Ekström\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, traffic-light fills with legend above the table
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden IKP 2025 uppföljning aug.xlsx"
    N = "Socialnämnden"
    G, Y, R, GR = "00B050", "FFC000", "FF0000", "BFBFBF"
    rows = [
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker i enlighet med beslut",
         "Felaktiga utbetalningar", 3, 3, "Stickprov 25 akter", "Halvår", "Enhetschef försörjningsstöd",
         G, "Nej", "Stickprov 25 akter. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Inkomstuppgifter stäms av mot SSBTEK före beslut",
         "Bistånd beviljas på felaktiga grunder", 3, 4, "Stickprov 25 akter", "Halvår",
         "Enhetschef försörjningsstöd",
         G, "Ja", "I 2 av 25 akter saknades dokumenterad avstämning mot SSBTEK. Genomgång på APT 2025-06-12.",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Barn som far illa uppmärksammas inte i tid", 3, 4, "Uttag ur verksamhetssystemet", "Tertial",
         "Enhetschef barn och unga",
         Y, "Ja", "Kontroll gjord för januari–april: 88 % inom tidsgränsen. Maj–augusti tas ut i september.",
         "DELVIS", "ja"),
        ("Barn och unga",
         "Utredningar avslutas inom fyra månader eller beslut om förlängd utredningstid finns",
         "Rättsosäkerhet för barn och vårdnadshavare", 2, 4, "Stickprov 15 utredningar", "Halvår",
         "Enhetschef barn och unga",
         G, "Nej", "Genomförd men endast för enheten barn 0–12 år. Ungdomsenheten kontrolleras i oktober.",
         "DELVIS", "nej"),
        ("Vuxen och missbruk", "Placeringar på HVB följs upp enligt vårdplan",
         "Insatser ger inte avsedd effekt; höga kostnader", 3, 3, "Genomgång av samtliga placeringar",
         "Halvår", "Enhetschef vuxen",
         R, "", "Ej genomförd på grund av vakant tjänst som enhetschef.", "EJ_GENOMFORD", ""),
        ("Familjehem", "Familjehemsutredning är genomförd och dokumenterad före placering",
         "Barn placeras i olämpligt hem", 2, 5, "Stickprov 10 placeringar", "Halvår",
         "Familjehemssekreterare",
         G, "Nej", "", "GENOMFORD", "nej"),
        ("Dokumentation", "Loggkontroll i verksamhetssystemet",
         "Obehörig åtkomst till sekretessuppgifter", 2, 4, "Loggutdrag, slumpvis 20 användare", "Kvartal",
         "Systemförvaltare",
         GR, "", "Ej aktuell 2025 – ingår i den kommungemensamma loggkontrollen under KS.", "UTGAR", ""),
        ("Synpunkter och klagomål",
         "Synpunkter och klagomål registreras och besvaras inom 10 arbetsdagar",
         "Brister i verksamheten fångas inte upp", 3, 2, "Genomgång av registret", "Halvår",
         "Kvalitetsutvecklare",
         None, "", "", "SAKNAS", ""),
        ("Statlig ersättning",
         "Återsökning av statlig ersättning från Migrationsverket görs inom tidsfrist",
         "Kommunen går miste om statliga medel", 3, 3, "Avstämning mot bevakningslista", "Tertial",
         "Ekonom socialförvaltningen",
         Y, "", "Pågår. Rutinen revideras i samband med ny organisation.", "DELVIS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning delår 1 januari – 31 augusti 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Statusen markeras med färg i kolumn J enligt teckenförklaringen till höger."
    ws["A3"].font = Font(italic=True, size=9)
    # legend
    ws["I2"] = "Teckenförklaring"
    ws["I2"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(G, "Genomförd"), (Y, "Påbörjad / delvis genomförd"),
                                     (R, "Ej genomförd"), (GR, "Utgår / ej aktuell")]):
        ws.cell(3 + i, 9).fill = PatternFill("solid", fgColor=col)
        ws.cell(3 + i, 9).border = BOX
        ws.cell(3 + i, 10, txt)
    hdr = ["Process/rutin", "Kontrollmoment", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–5)",
           "Riskvärde", "Kontrollmetod", "Frekvens", "Ansvarig", "Status", "Avvikelse (Ja/Nej)", "Kommentar"]
    r = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for row in rows:
        proc, km, risk, s, k, met, frek, ans, col, avv, kom, st, ea = row
        vals = [proc, km, risk, s, k, s * k, met, frek, ans, None, avv or None, kom or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        if col:
            ws.cell(r, 10).fill = PatternFill("solid", fgColor=col)
        exp(fil, N, km, st, ea)
        r += 1
    r += 1
    ws.cell(r, 1, "Uppföljningen har beretts i förvaltningens ledningsgrupp 2025-09-04.")
    for i, w in enumerate([20, 45, 32, 11, 11, 9, 28, 10, 24, 9, 11, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    # second sheet: risk matrix (no controls)
    m = wb.create_sheet("Riskmatris")
    m["A1"] = "Riskmatris – sannolikhet × konsekvens"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Sannolikhet \\ Konsekvens"
    for k in range(1, 6):
        m.cell(3, 1 + k, k)
    for s in range(1, 5):
        m.cell(3 + s, 1, s)
        for k in range(1, 6):
            v = s * k
            c = m.cell(3 + s, 1 + k, v)
            c.fill = PatternFill("solid", fgColor=G if v <= 4 else (Y if v <= 9 else R))
    m["A9"] = "Risker med riskvärde 9 eller högre ska alltid ha ett kontrollmoment i planen."
    fix_props(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - ods (via LibreOffice), two-row header,
#    T1 and Delår side by side, letter codes with legend
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON_IKP_2025_T1_och_delår.ods"
    N = "Vård- och omsorgsnämnden"
    rows = [
        ("1", "Läkemedelshantering – signeringslistor kontrolleras mot ordination",
         "Felaktig läkemedelsbehandling", "Stickprov 10 brukare per enhet", "Tertial", "MAS",
         "D", "Två av fem enheter kontrollerade.",
         "G", "Samtliga enheter kontrollerade. Brister i signering på Kärnans särskilda boende, åtgärdsplan upprättad.",
         "GENOMFORD", "ja"),
        ("2", "Avvikelser enligt SoL och HSL rapporteras och utreds inom 14 dagar",
         "Upprepade misstag; brukare skadas", "Uttag ur avvikelsemodulen", "Tertial", "Kvalitetsstrateg",
         "G", "Inga avvikelser.",
         "G", "3 av 40 utredningar överskred 14 dagar.",
         "GENOMFORD", "ja"),
        ("3", "Beviljade hemtjänstinsatser stämmer med utförd tid i planeringssystemet",
         "Brukare får inte beviljade insatser; felaktig ersättning", "Jämförelse beviljad/utförd tid en månad",
         "Tertial", "Enhetschef hemtjänst",
         "E", "Ej påbörjad.",
         "D", "Jämförelse gjord för juni. Avvikelse på 6 % mellan beviljad och utförd tid, analyseras vidare.",
         "DELVIS", "ja"),
        ("4", "Fakturering av omsorgsavgifter sker enligt beslut om avgift",
         "Felaktiga avgifter", "Stickprov 20 brukare", "Halvår", "Avgiftshandläggare",
         "E", "Flyttad till maj på grund av systembyte.",
         "", "",
         "EJ_GENOMFORD", ""),
        ("5", "Brandskyddskontroller genomförs på särskilda boenden enligt SBA",
         "Brand med personskador", "Egenkontroll enligt checklista", "Halvår", "Enhetschefer SÄBO",
         "G", "",
         "G", "Samtliga boenden kontrollerade i maj. Inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("6", "Timanställda har genomgått introduktion och har giltig delegering före första arbetspass",
         "Patientsäkerhetsrisk vid bemanning med timanställda", "Stickprov 15 timanställda", "Halvår",
         "Bemanningsenheten",
         "", "",
         "", "Se bilaga 2",
         "OKLAR", ""),
        ("7", "LOV-utförare lämnar månadsrapport enligt avtal",
         "Bristande insyn i privat utförd hemtjänst", "Bevakning av inkomna rapporter", "Månadsvis",
         "Avtalsuppföljare",
         "U", "Utgår – LOV avskaffat från 2025-01-01 (KF § 112/2024).",
         "U", "",
         "UTGAR", ""),
        ("8", "Nattfastan mäts på särskilda boenden",
         "Undernäring hos äldre", "Mätning under två veckor", "Halvår", "Dietist",
         "D", "Mätning påbörjad.",
         "D", "Mätning gjord på 3 av 5 boenden.",
         "DELVIS", ""),
        ("9", "Journalgranskning – hälso- och sjukvårdsdokumentationen uppfyller kraven i patientdatalagen",
         "Bristande dokumentation; vårdskador", "Granskning av 30 journaler", "Halvår", "MAS",
         "", "",
         "G", "30 journaler granskade. Ofullständigt dokumenterade vårdplaner i 9 fall.",
         "GENOMFORD", "ja"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Vård- och omsorgsnämnden — uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Statuskoder: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    ws["A2"].font = Font(italic=True)
    # two-row header
    ws["A4"] = "Plan 2025"
    ws.merge_cells("A4:F4")
    ws["G4"] = "Tertial 1 (jan–apr)"
    ws.merge_cells("G4:H4")
    ws["I4"] = "Delår (jan–aug)"
    ws.merge_cells("I4:J4")
    sub = ["Nr", "Kontrollmoment", "Risk", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status", "Kommentar", "Status", "Kommentar"]
    for c in range(1, 11):
        for rr in (4, 5):
            ws.cell(rr, c).font = Font(bold=True)
            ws.cell(rr, c).fill = PatternFill("solid", fgColor="FCE4D6")
            ws.cell(rr, c).border = BOX
            ws.cell(rr, c).alignment = Alignment(horizontal="center", wrap_text=True)
        ws.cell(5, c, sub[c - 1])
    r = 6
    for row in rows:
        for c, v in enumerate(row[:10], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, N, row[1], row[10], row[11])
        r += 1
    ws.cell(r + 1, 1, "Bilaga 2: Sammanställning bemanning (lämnas till nämnden i september).")
    for i, w in enumerate([5, 48, 32, 28, 10, 20, 7, 30, 7, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_props(wb)
    tmpd = tempfile.mkdtemp(prefix="r428von")
    src = os.path.join(tmpd, "VON_IKP_2025_T1_och_delar.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden - .doc (via LibreOffice), one vertical key/value
#    table per control under a heading
# ---------------------------------------------------------------------------
def file_tn():
    fil = "Tekniska nämnden - uppföljning intern kontroll delår 2025.doc"
    N = "Tekniska nämnden"
    ctrls = [
        ("Debitering VA", "Kunder debiteras fel VA-avgift; intäktsbortfall",
         "Kontroll att anläggningsavgift för VA debiteras enligt gällande taxa vid nyanslutning",
         "Genomgång av samtliga nyanslutningar", "Halvår", "VA-ekonom",
         "Genomförd",
         "Samtliga 14 nyanslutningar januari–augusti kontrollerade. En anslutning hade debiterats enligt 2024 års taxa; fakturan är krediterad och ny faktura skickad.",
         "GENOMFORD", "ja"),
        ("Fordon och maskiner", "Privat användning av kommunens fordon",
         "Körjournaler för kommunens fordon förs och attesteras månadsvis",
         "Stickprov två månader", "Halvår", "Fordonssamordnare",
         "Delvis",
         "Stickprov för april och juni. Körjournal saknades för två fordon i gatuenhetens fordonspark.",
         "DELVIS", "ja"),
        ("Arbetsmiljö", "Olyckor i förråd och verkstäder",
         "Skyddsronder genomförs på förråd och verkstäder enligt plan",
         "Skyddsrond med skyddsombud", "Årligen", "Enhetschef drift",
         "Genomförd",
         "Skyddsrond genomförd i Mörmon och Skoghall. Hallstensviks förråd återstår, planerad till vecka 38.",
         "DELVIS", ""),
        ("Upphandling och entreprenad", "Kostnadsökningar genom oreglerade tilläggsarbeten",
         "ÄTA-arbeten i entreprenader beställs skriftligt av behörig beställare",
         "Stickprov 3 pågående entreprenader", "Halvår", "Projektchef",
         "Ej genomförd",
         "Kontrollen skjuts till tertial 3 eftersom projektchef saknats under våren.",
         "EJ_GENOMFORD", ""),
        ("Gata och park", "Betalning för tjänster som inte utförts",
         "Vinterväghållning – entreprenörens fakturor stäms av mot körrapporter",
         "Avstämning fakturor mot körrapporter", "Säsong (jan–mars, nov–dec)", "Gatuingenjör",
         "Genomförd",
         "Samtliga fakturor januari–mars avstämda mot körrapporter. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Lokaler", "Kostnader för lokaler som inte används",
         "Hyresavtal för externt inhyrda lokaler är uppdaterade och bevakade",
         "Genomgång av avtalsregistret", "Årligen", "Lokalstrateg",
         "Utgår",
         "Lokalförsörjningen har flyttats till kommunstyrelsen från 2025-03-01 och följs upp i KS internkontrollplan.",
         "UTGAR", ""),
        ("Fastighet", "Dålig inomhusmiljö; föreläggande",
         "OVK-besiktningar utförs enligt besiktningsintervall",
         "Genomgång av besiktningsprotokoll", "Årligen", "Fastighetsförvaltare",
         "",
         "",
         "SAKNAS", ""),
    ]
    d = docx.Document()
    fix_docprops(d)
    d.sections[0].header.paragraphs[0].text = "Hammarö kommun\tTekniska förvaltningen\tDnr TN 2025/041"
    d.add_heading("Tekniska nämnden", level=0)
    d.add_heading("Uppföljning av intern kontroll – delår 2025 (januari–augusti)", level=1)
    d.add_paragraph(
        "Tekniska nämnden fastställde internkontrollplanen för 2025 den 11 december 2024. "
        "I planen ingår sju kontrollmoment. För varje kontroll redovisas nedan planens uppgifter samt "
        "status och resultat per den 31 augusti 2025. Kontroller med frekvens årligen kan vara "
        "planerade till hösten.")
    d.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig, "
                    "men rutinerna för körjournaler behöver skärpas.")
    for i, c in enumerate(ctrls, 1):
        d.add_heading(f"Kontroll {i}. {c[0]}", level=2)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        keys = ["Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status 31/8", "Resultat och kommentar"]
        vals = [c[1], c[2], c[3], c[4], c[5], c[6], c[7]]
        for k, v in zip(keys, vals):
            cells = t.add_row().cells
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(k).bold = True
            set_cell_bg(cells[0], "F2F2F2")
            cells[1].text = v
        for row in t.rows:
            row.cells[0].width = Cm(4)
            row.cells[1].width = Cm(12)
        exp(fil, N, c[2], c[8], c[9])
        d.add_paragraph()
    d.add_paragraph("Skoghall 2025-09-05\nJohan Berg, teknisk chef")
    tmpd = tempfile.mkdtemp(prefix="r428tn")
    src = os.path.join(tmpd, "tn.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Stratsys-like CSV export with two nämnder, T1 and Delår rows
# ---------------------------------------------------------------------------
def file_export():
    fil = "Export_Stratsys_internkontroll_20250915.csv"
    KFN = "Kultur- och fritidsnämnden"
    BMN = "Bygg- och miljönämnden"
    kf_org, kf_plan = "Kultur- och fritidsförvaltningen", "Internkontrollplan 2025 KFN"
    bm_org, bm_plan = "Bygg- och miljönämnden", "Internkontrollplan 2025 BMN"
    T1, DEL = "Tertial 1 2025", "Delår 2025"
    # (org, plan, process, risk, riskvärde, km, metod, frekvens, ansvarig, [(period, status, kommentar, ändrad)], namnd, exp_status, exp_avv)
    ctrls = [
        (kf_org, kf_plan, "Bidragsgivning", "Bidrag betalas ut på felaktiga grunder", 9,
         "Föreningsbidrag betalas ut enligt kommunens bidragsregler",
         "Stickprov 12 föreningar", "Halvår", "Föreningshandläggare",
         [(T1, "Pågående", "", "2025-05-06"),
          (DEL, "Klar", "Stickprov 12 föreningar. Samtliga uppfyllde villkoren.", "2025-09-02")],
         KFN, "GENOMFORD", "nej"),
        (kf_org, kf_plan, "Kontanthantering", "Förskingring av kontanter", 8,
         "Dagskassor i simhallen stäms av mot kassasystemet",
         "Avstämning av 10 slumpvis valda dagar", "Tertial", "Badhuschef",
         [(T1, "Klar", "Inga differenser.", "2025-05-08"),
          (DEL, "Klar", "Differens 1 200 kr den 14 juni, utredd och förklarad (felslag i kassan).", "2025-09-03")],
         KFN, "GENOMFORD", "ja"),
        (kf_org, kf_plan, "Lokaluthyrning", "Intäktsbortfall", 6,
         "Fakturering sker för samtliga bokningar av kommunens lokaler och anläggningar",
         "Avstämning bokningssystem mot kundfakturor", "Halvår", "Bokningsansvarig",
         [(DEL, "Pågående", "Avstämning klar för januari–mars.", "2025-09-01")],
         KFN, "DELVIS", ""),
        (kf_org, kf_plan, "Fritidsgård", "Utrustning försvinner", 4,
         "Utlåning av utrustning på fritidsgården registreras",
         "Genomgång av utlåningslista", "Halvår", "Fritidsledare",
         [(DEL, "Avbruten", "Avbruten genom beslut KFN 2025-05-20 § 31, ersätts av ny rutin för utlåning.", "2025-05-21")],
         KFN, "UTGAR", ""),
        (kf_org, kf_plan, "Sommarlovsaktiviteter", "Barn utsätts för övergrepp", 10,
         "Registerutdrag kontrolleras för ledare i sommarlovsaktiviteter",
         "Kontroll av samtliga ledare", "Årligen", "Enhetschef fritid",
         [(DEL, "Ej påbörjad", "Kontrollen hann inte utföras före sommarlovet. Rutinen ses över inför 2026.", "2025-09-04")],
         KFN, "EJ_GENOMFORD", ""),
        (bm_org, bm_plan, "Bygglov", "Avgiftsreduktion och förtroendeskada", 9,
         "Handläggningstid för bygglov följer tidsfristerna i plan- och bygglagen",
         "Uttag ur ärendehanteringssystemet", "Tertial", "Bygglovschef",
         [(T1, "Klar", "Samtliga ärenden inom tidsfrist.", "2025-05-12"),
          (DEL, "Klar", "4 av 112 ärenden överskred tidsfristen; avgiften reducerades enligt PBL 12 kap. 8 a §.", "2025-09-08")],
         BMN, "GENOMFORD", "ja"),
        (bm_org, bm_plan, "Miljötillsyn", "Felaktiga avgifter", 6,
         "Tillsynsavgifter debiteras enligt taxa",
         "Stickprov 20 fakturor", "Halvår", "Miljöchef",
         [(DEL, "Klar", "Genomfört för livsmedelskontrollen. Miljötillsynen återstår.", "2025-09-08")],
         BMN, "DELVIS", ""),
        (bm_org, bm_plan, "Delegation", "Beslut fattas utan mandat", 6,
         "Delegationsbeslut anmäls till nämnden",
         "Jämförelse beslutslista mot anmälda beslut", "Tertial", "Nämndsekreterare",
         [(T1, "Klar", "Samtliga beslut anmälda.", "2025-05-12"),
          (DEL, "", "", "")],
         BMN, "GENOMFORD", "nej"),
        (bm_org, bm_plan, "Diarieföring", "Handlingar kommer bort; offentlighetsprincipen åsidosätts", 6,
         "Inkomna handlingar diarieförs inom två arbetsdagar",
         "Stickprov 30 handlingar", "Halvår", "Registrator",
         [(DEL, "Ej påbörjad", "", "2025-09-08")],
         BMN, "EJ_GENOMFORD", ""),
        (bm_org, bm_plan, "Jäv", "Handläggning vid jäv", 8,
         "Handläggare lämnar jävsdeklaration inför tillsyn och lovärenden",
         "Genomgång av jävsdeklarationer", "Årligen", "Förvaltningschef",
         [(DEL, "Pågående", "", "2025-09-08")],
         BMN, "DELVIS", ""),
    ]
    hdr = ["Enhet", "Internkontrollplan", "Process", "Risk", "Riskvärde", "Kontrollmoment",
           "Kontrollmetod", "Frekvens", "Ansvarig", "Period", "Status", "Kommentar", "Senast ändrad"]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for c in ctrls:
            for (per, st, kom, andr) in c[9]:
                w.writerow([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], per, st, kom, andr])
            exp(fil, c[10], c[5], c[11], c[12])
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", BMN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Hammarö Bostäder AB - .xls (xlwt), tick columns, company only in the
#    print header and in the file name (HBAB)
# ---------------------------------------------------------------------------
def file_hbab():
    fil = "HBAB_internkontroll_uppf_aug2025.xls"
    N = "Hammarö Bostäder AB"
    # (område, km, risk, ansvarig, metod, frekvens, utfört, delvis, ej, kommentar, status, avv)
    rows = [
        ("Hyresdebitering", "Hyresavier stämmer mot hyreskontrakt och gällande hyresnivå 2025", "H",
         "Ekonomichef", "Stickprov 40 kontrakt", "Årligen", "X", "", "", "Stickprov 40 kontrakt, inga fel.",
         "GENOMFORD", "nej"),
        ("Kundfordringar", "Hyresfordringar äldre än 60 dagar överlämnas till inkasso", "M",
         "Kundreskontra", "Genomgång av åldersanalys", "Kvartal", "", "X", "",
         "Genomgång gjord för första halvåret, juli–augusti kvarstår.",
         "DELVIS", ""),
        ("Underhåll", "Beställningar av underhållsarbeten över 50 tkr godkänns av VD i förväg", "H",
         "Fastighetschef", "Genomgång av samtliga beställningar > 50 tkr", "Halvår", "X", "", "",
         "Två beställningar saknade VD:s godkännande i förväg; godkända i efterhand.",
         "GENOMFORD", "ja"),
        ("Nyckelhantering", "Nyckelkvittenser finns för samtliga utlämnade huvudnycklar", "H",
         "Förvaltare", "Inventering av nyckelskåp", "Årligen", "X", "", "X", "",
         "OKLAR", ""),
        ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn (kötid)", "M",
         "Uthyrningschef", "Stickprov 15 uthyrningar", "Halvår", "X", "", "", "",
         "GENOMFORD", ""),
        ("Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestinstruktionen", "M",
         "Ekonomichef", "Stickprov 25 fakturor", "Halvår", "", "", "X",
         "Flyttad till kvartal 4 på grund av byte av ekonomisystem.",
         "EJ_GENOMFORD", ""),
        ("Brandskydd",
         "Systematiskt brandskyddsarbete – brandsläckare och utrymningsvägar i trapphus kontrolleras", "H",
         "Fastighetschef", "Egenkontroll enligt checklista", "Kvartal", "", "", "",
         "Utgår – utförs av extern entreprenör enligt nytt avtal från 2025.",
         "UTGAR", ""),
        ("Dataskydd", "Personuppgifter om tidigare hyresgäster gallras enligt gallringsplan", "M",
         "Dataskyddsombud", "Kontroll i kundregistret", "Årligen", "", "", "", "",
         "SAKNAS", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    ws._Worksheet__header_str = "&LHammarö Bostäder AB&CIntern kontroll 2025&R&D"  # xlwt setter breaks on non-ASCII under py3
    ws._Worksheet__footer_str = "&LUppföljning per 2025-08-31&RSida &P av &N"
    ws.portrait = False
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    center = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center, vert top")
    ws.write(0, 0, "Uppföljning av internkontrollplan per 2025-08-31", title)
    ws.write(1, 0, "Avser: bolagets internkontrollplan 2025, fastställd av styrelsen 2025-02-12")
    ws.write(2, 0, "Markera utfallet med X i en av kolumnerna G–I.")
    hdr = ["Område", "Kontrollmoment", "Risk (L/M/H)", "Ansvarig", "Metod", "Frekvens",
           "Utfört", "Delvis utfört", "Ej utfört", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, bold)
    r = 5
    for row in rows:
        for c, v in enumerate(row[:10]):
            ws.write(r, c, v, center if c in (2, 6, 7, 8) else cellst)
        exp(fil, N, row[1], row[10], row[11])
        r += 1
    ws.write(r + 1, 0, "Skoghall 2025-09-10")
    ws.write(r + 2, 0, "Per Lindqvist, VD")
    for c, w in enumerate([18, 50, 10, 18, 28, 10, 8, 8, 8, 50]):
        ws.col(c).width = 256 * w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: a covering letter (följebrev), no follow-up in it
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev internkontroll delår 2025 - VON.docx"
    d = docx.Document()
    fix_docprops(d)
    d.sections[0].header.paragraphs[0].text = "HAMMARÖ KOMMUN\tVård- och omsorgsförvaltningen"
    d.add_paragraph("2025-09-11")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen\nKopia: Nämndsekreterare VON")
    p = d.add_paragraph()
    p.add_run("Ärende: Uppföljning av internkontrollplan 2025 – delår").bold = True
    d.add_paragraph(
        "Härmed översänds Vård- och omsorgsnämndens uppföljning av internkontrollplanen för perioden "
        "januari–augusti 2025. Uppföljningen finns i den bifogade filen VON_IKP_2025_T1_och_delår.ods "
        "och behandlas av nämnden den 24 september 2025.")
    d.add_paragraph(
        "Vi vill uppmärksamma att bilaga 2 (bemanning) kompletteras efter nämndens sammanträde. "
        "Har ni frågor är ni välkomna att kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Sara Holm\nNämndsekreterare / kvalitetsstrateg\nVård- och omsorgsförvaltningen\n054-51 50 00")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Miljö- och byggnadsnämnden"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Hammarö Bostäder AB", "HBAB|Hammarö Bostäder|Hammaröbostäder"),
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
    file_ks()
    file_bun()
    file_sn()
    file_von()
    file_tn()
    file_export()
    file_hbab()
    file_reject()
    write_csvs()
    print(len(FILES), "file rows;", len(EXPECTED), "expected controls")


if __name__ == "__main__":
    main()
