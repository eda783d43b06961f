#!/usr/bin/python3
"""Blind round r213 - Lindesund kommun, T2 2025: long plans with numbered process areas.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv (deterministic).
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO_PROFILE = "file:///tmp/lo-round213"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def flat(text):
    return " ".join(text.split())


def expect(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, flat(km), status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# --------------------------------------------------------------------------- docx helpers
def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    return sec


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text (may contain \n -> separate paragraphs) into a cell."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def set_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


# =========================================================================== 1. KS (docx)
def build_ks():
    fil = "IK-uppfoljning_T2_2025_Kommunstyrelsen.docx"
    namnd = "Kommunstyrelsen"
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    # (nr, kontrollmoment, metod, ansvarig, status, kommentar, exp_status, avv)
    areas = [
        ("1", "Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov om 25 fakturor per tertial ur Raindance. Kontroll av att beslutsattest gjorts av behörig attestant och att jäv inte föreligger.",
             "Redovisningsansvarig", "Genomförd",
             "25 fakturor granskade för perioden maj–augusti. Samtliga attesterade av behörig beslutsattestant. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("1.2", "Kontroll av att representation redovisas med syfte och deltagare",
             "Samtliga fakturor på konto 7110–7130 under perioden.",
             "Ekonomichef", "Genomförd med avvikelse",
             "15 fakturor granskade. Tre saknade deltagarförteckning och en saknade angivet syfte. Berörda chefer har kompletterat underlagen och påminnelse om riktlinjerna för representation har skickats till samtliga budgetansvariga.",
             "GENOMFORD", "ja"),
            ("1.3", "Avstämning av balanskonton vid tertialbokslut",
             "Kontroll av att samtliga balanskonton är avstämda och har specifikation per 30 april och 31 augusti.",
             "Redovisningsansvarig", "Genomförd",
             "Samtliga balanskonton avstämda och specificerade per 2025-08-31.",
             "GENOMFORD", "nej"),
            ("1.4", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras",
             "Uttag ur leverantörsreskontran av leverantörer utan avtal med inköp över 100 000 kr; kontroll av dokumentation i diariet.",
             "Upphandlingschef", "Pågår",
             "Granskning för januari–april klar, maj–augusti pågår och redovisas i T3. Hittills har en direktupphandling (konsulttjänst, 180 tkr) saknat dokumentation.",
             "DELVIS", "ja"),
        ]),
        ("2", "Personal", [
            ("2.1", "Kontroll av att lönebeslut och anställningsavtal är attesterade innan lön utbetalas",
             "Stickprov om 20 nyanställningar och lönerevisioner.",
             "HR-chef", "Genomförd",
             "20 ärenden granskade. Samtliga anställningsavtal och lönebeslut var undertecknade innan första utbetalning.",
             "GENOMFORD", "nej"),
            ("2.2", "Uppföljning av att rehabiliteringsärenden dokumenteras i Adato",
             "Genomgång av samtliga medarbetare med fler än sex sjukfrånvarotillfällen de senaste tolv månaderna.",
             "HR-specialist", "Ej genomförd",
             "Kontrollen har inte kunnat genomföras på grund av vakanser på HR-avdelningen. Skjuts till tertial 3.",
             "EJ_GENOMFORD", ""),
            ("2.3", "Kontroll av bisysslor",
             "Kontroll av att samtliga chefer har lämnat bisyssleredovisning för 2025.",
             "HR-chef", "Utgår",
             "Utgår enligt beslut i kommunstyrelsen 2025-04-09 § 61. Kontrollen ingår i stället i den kommungemensamma HR-revisionen.",
             "UTGAR", ""),
        ]),
        ("3", "IT och informationssäkerhet", [
            ("3.1", "Kontroll av behörigheter i ekonomisystemet – att behörigheter för avslutade anställningar har tagits bort",
             "Jämförelse mellan behörighetslista i Raindance och lista över avslutade anställningar från Personec.",
             "Systemförvaltare ekonomi", "Genomförd",
             "Fyra konton för personer som slutat under våren var fortfarande aktiva. Konton avslutade 2025-06-03. Rutinen för avslut har förtydligats så att HR meddelar systemförvaltaren vid varje avslut.",
             "GENOMFORD", "ja"),
            ("3.2", "Test av återläsning av säkerhetskopior för verksamhetskritiska system",
             "Återläsning av slumpvis vald databas till testmiljö, två gånger per år.",
             "IT-chef", "Genomförd",
             "Återläsningstest genomfört 2025-05-14 och 2025-08-20 utan anmärkning.",
             "GENOMFORD", "nej"),
            ("3.3", "Uppföljning av genomförd utbildning i informationssäkerhet",
             "Uttag ur lärplattformen av andel medarbetare som genomfört den obligatoriska webbutbildningen.",
             "Informationssäkerhetssamordnare", "Delvis genomförd",
             "62 procent av medarbetarna har genomfört utbildningen. Påminnelse har gått ut via chefer; målet är 90 procent vid årets slut.",
             "DELVIS", ""),
            ("3.4", "Kontroll av att personuppgiftsincidenter anmäls till IMY inom 72 timmar",
             "Genomgång av incidentloggen och jämförelse med datum för anmälan.",
             "Dataskyddsombud", "", "",
             "SAKNAS", ""),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Lindesunds kommun\tKommunledningsförvaltningen\tDnr KS 2024/0412"
    h = doc.add_heading("Kommunstyrelsen – uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Uppföljning tertial 2 (januari–augusti 2025)").runs[0].bold = True
    doc.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024 (§ 214). Planen omfattar tre "
        "processområden: ekonomi, personal samt IT och informationssäkerhet. Nedan redovisas utfallet av de "
        "kontrollmoment som skulle ha genomförts under perioden. Kontroller som inte genomförts redovisas med orsak "
        "och ny tidpunkt. Avvikelser och vidtagna åtgärder framgår av kolumnen Resultat och kommentar.")
    cols = ["Nr", "Kontrollmoment", "Kontrollmetod och omfattning", "Ansvarig", "Status T2", "Resultat och kommentar"]
    widths = [1.2, 6.0, 6.0, 3.0, 2.6, 7.3]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "1F4E79")
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    for anr, aname, ctrls in areas:
        row = t.add_row()
        set_cell(row.cells[0], anr, bold=True)
        m = row.cells[1].merge(row.cells[-1])
        set_cell(m, aname, bold=True)
        shade(row.cells[0], "D9E2F3")
        shade(m, "D9E2F3")
        for nr, km, metod, ans, status, kom, es, av in ctrls:
            row = t.add_row()
            for i, v in enumerate([nr, km, metod, ans, status, kom]):
                set_cell(row.cells[i], v)
            expect(fil, namnd, km, es, av)
    set_widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                      "Åtgärder för identifierade avvikelser pågår enligt ovan. Kontroll 2.2 och resterande del av "
                      "1.4 redovisas i samband med årsbokslutet.")
    doc.add_paragraph("Lindesund 2025-09-10\n\nMarie Holmgren\nKommundirektör")
    doc.save(fil)


# =========================================================================== 2. BUN (xlsx, fills)
GREEN, YELLOW, RED, GREY = "FF00B050", "FFFFFF00", "FFFF0000", "FFBFBFBF"


def build_bun():
    fil = "BUN IKP 2025 uppföljning T2.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    thin = Side(style="thin", color="FF808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Status markeras med färg i kolumnerna T1 och T2, se teckenförklaring under tabellen."
    ws["A3"].font = Font(italic=True)
    hdr = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "Kommentar T2"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FF2F5597")
        c.border = border
        c.alignment = wrap
    for col, w in zip("ABCDEFGH", [18, 26, 48, 18, 14, 6, 6, 50]):
        ws.column_dimensions[col].width = w
    # processes: (process, risk, [(nr, km, ansvarig, frekvens, t1, t2, comment, exp, avv)])
    areas = [
        ("1 Ekonomi", [
            ("Inköp", "Inköp utanför avtal ger högre kostnader och bryter mot LOU", [
                ("1.1", "Kontroll av att inköp görs från avtalade leverantörer", "Controller", "Per tertial",
                 GREEN, YELLOW,
                 "Stickprov 30 fakturor: 4 inköp utanför avtal (livsmedel, förskolan Solrosen). Återkoppling till rektor/förskolechef.",
                 "DELVIS", "ja"),
                ("1.2", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "Per tertial",
                 GREEN, GREEN, "20 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
            ]),
            ("Intäkter", "Felaktig debitering av avgifter", [
                ("1.3", "Debitering av barnomsorgsavgifter enligt maxtaxa.\nKontroll av att aktuell inkomstuppgift finns för samtliga placerade barn.",
                 "Avgiftshandläggare", "Per tertial", None, GREEN,
                 "Inkomstuppgift saknades för 6 hushåll; högsta avgift har debiterats i enlighet med taxan och hushållen har kontaktats.",
                 "GENOMFORD", "ja"),
                ("1.4", "Kontroll av att beslut om skolskjuts följer riktlinjerna för skolskjuts",
                 "Skolskjutssamordnare", "1 gång/år", None, RED,
                 "Ej genomförd p.g.a. byte av handläggare. Genomförs under hösten.", "EJ_GENOMFORD", ""),
            ]),
        ]),
        ("2 Personal", [
            ("Rekrytering", "Olämplig person anställs i verksamhet med barn", [
                ("2.1", "Kontroll av registerutdrag ur belastningsregistret vid nyanställning", "HR-konsult", "Per tertial",
                 GREEN, GREEN, "Samtliga 42 nyanställda under perioden hade uppvisat registerutdrag.", "GENOMFORD", "nej"),
                ("2.2", "Kontroll av lärarlegitimation vid tillsvidareanställning", "HR-konsult", "Per tertial",
                 None, GREEN, "Samtliga kontrollerade anställningar i ordning.", "GENOMFORD", "nej"),
            ]),
            ("Arbetsmiljö", "Bristande systematiskt arbetsmiljöarbete", [
                ("2.3", "Uppföljning av att tillbud och arbetsskador anmäls i KIA", "Skyddsombud/HR", "1 gång/år (april)",
                 GREEN, None, "Kontrollen gjordes i april (T1), inga avvikelser.", "GENOMFORD", "nej"),
            ]),
        ]),
        ("3 IT och informationssäkerhet", [
            ("Behörigheter", "Obehörig åtkomst till elevuppgifter", [
                ("3.1", "Behörighetskontroll i elevdokumentationssystemet (IST)", "Systemförvaltare", "Per tertial",
                 None, YELLOW, "Kontroll gjord för grundskolan; gymnasiet återstår (redovisas T3).", "DELVIS", ""),
                ("3.2", "Kontroll av att personuppgiftsbiträdesavtal finns för molntjänster som används i undervisningen",
                 "IT-pedagog", "1 gång/år", None, GREY,
                 "Utgår – ersätts av central granskning som kommunledningsförvaltningen genomför.", "UTGAR", ""),
            ]),
        ]),
    ]
    r = 6
    for area, procs in areas:
        ws.cell(row=r, column=1, value=area).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="FFD9D9D9")
            ws.cell(row=r, column=c).border = border
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for proc, risk, ctrls in procs:
            start = r
            for nr, km, ans, frek, t1, t2, kom, es, av in ctrls:
                vals = [proc if r == start else None, risk if r == start else None,
                        nr + " " + km, ans, frek, None, None, kom]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = wrap
                    cell.border = border
                if t1:
                    ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=t1)
                if t2:
                    ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=t2)
                expect(fil, namnd, km, es, av)
                r += 1
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = Font(bold=True)
    for fill, txt in [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                      (RED, "Ej genomförd"), (GREY, "Utgår")]:
        r += 1
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=fill)
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Uppföljningen behandlad i BUN:s arbetsutskott 2025-09-16.")
    ws.freeze_panes = "A6"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(fil)


# =========================================================================== 3. SN (docx, vMerge, symbols)
def build_sn():
    fil = "Uppföljning IK tertial 2 2025 SOC.docx"
    namnd = "Socialnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    areas = [
        ("1 Ekonomi", [
            ("Ekonomiskt bistånd – utbetalning", "Felaktiga utbetalningar eller bidragsbrott", [
                ("1.1", "Kontroll av att utbetalning av ekonomiskt bistånd sker enligt beslut.\nStickprov om 20 akter per tertial där beslut, belopp och mottagare jämförs med utbetalning i verksamhetssystemet.",
                 "20 akter granskade. En utbetalning hade gjorts till fel kontonummer efter att den enskilde bytt bank; beloppet är återkrävt och rutinen för ändring av kontouppgifter är förtydligad.",
                 "●", "GENOMFORD", "ja"),
                ("1.2", "Kontroll av att dubbelutbetalningar inte förekommer genom matchning mot Försäkringskassan och Arbetsförmedlingen (SSBTEK)",
                 "Matchning gjord månadsvis maj–augusti. Inga avvikelser.", "●", "GENOMFORD", "nej"),
            ]),
            ("Köp av placeringar", "Placering utan avtal leder till för höga kostnader och brott mot LOU", [
                ("1.3", "Kontroll av att köpta placeringar (HVB, stödboende, konsulentstödda familjehem) har giltigt ramavtal eller dokumenterad direktupphandling",
                 "Genomgång av 14 av 31 pågående placeringar. Två placeringar saknade dokumenterad direktupphandling. Övriga placeringar granskas under hösten.",
                 "◐", "DELVIS", "ja"),
            ]),
        ]),
        ("2 Personal", [
            ("Bemanning och kompetens", "Hög personalomsättning bland handläggare ger bristande kvalitet", [
                ("2.1", "Kontroll av att nyanställda handläggare har genomgått introduktion enligt checklista",
                 "Samtliga sju nyanställda har signerad introduktionschecklista.", "●", "GENOMFORD", "nej"),
                ("2.2", "Uppföljning av sjukfrånvaro och vidtagna åtgärder per enhet",
                 "Ej genomförd. Statistik ur HR-systemet har inte varit tillgänglig efter systembytet i maj. Ny tidpunkt oktober.",
                 "○", "EJ_GENOMFORD", ""),
            ]),
            ("Myndighetsutövning", "Rättsosäkra beslut och bristande insyn för nämnden", [
                ("2.3", "Kontroll av att delegationsbeslut anmäls till nämnden enligt delegationsordningen",
                 "Kontrollen genomförd. Två beslut om placering enligt LVU anmäldes för sent (junisammanträdet i stället för maj).",
                 "●", "GENOMFORD", "ja"),
                ("2.4", "Kontroll av att utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader.\nUttag ur verksamhetssystemet över utredningar som pågått längre än fyra månader utan beslut om förlängning.",
                 "Se bilaga 2.", "", "OKLAR", ""),
            ]),
        ]),
        ("3 IT och informationssäkerhet", [
            ("Informationssäkerhet", "Obehörig åtkomst till sekretessuppgifter om enskilda", [
                ("3.1", "Logguppföljning i verksamhetssystemet – kontroll av slumpvis utvalda användares loggar",
                 "Loggkontroll av 40 användare. Ingen obehörig åtkomst konstaterades.", "●", "GENOMFORD", "nej"),
                ("3.2", "Kontroll av att behörigheter tas bort vid avslutad anställning",
                 "Kontroll för januari–juni klar utan anmärkning, juli–augusti återstår.", "◐", "DELVIS", "nej"),
                ("3.3", "Kontroll av att sekretessmarkerad post hanteras enligt rutin",
                 "Utgår för 2025 – ersatt av kontroll 3.1 enligt nämndens beslut 2025-03-19 § 33.", "–", "UTGAR", ""),
            ]),
        ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Socialförvaltningen\tLindesunds kommun\t"
    sec.footer.paragraphs[0].text = "Dnr SN 2025/0087"
    doc.add_heading("Uppföljning av intern kontroll – tertial 2 2025", level=1)
    doc.add_paragraph(
        "Rapporten avser perioden 1 januari–31 augusti 2025. Kontrollmomenten är ordnade efter processområde; "
        "under varje område anges process och risk enligt nämndens risk- och väsentlighetsanalys.")
    p = doc.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("● Genomförd   ◐ Delvis genomförd/pågår   ○ Ej genomförd   – Utgår")
    cols = ["Process", "Risk", "Kontrollmoment", "Resultat/kommentar", "Status"]
    widths = [3.6, 4.0, 7.5, 9.0, 1.9]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "C5E0B4")
    repeat_header(t.rows[0])
    for area, procs in areas:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, area, bold=True, size=10)
        shade(m, "E2EFDA")
        for proc, risk, ctrls in procs:
            rows = []
            for nr, km, res, sym, es, av in ctrls:
                row = t.add_row()
                rows.append(row)
                set_cell(row.cells[2], nr + " " + km)
                set_cell(row.cells[3], res)
                set_cell(row.cells[4], sym, size=12)
                expect(fil, namnd, km, es, av)
            if len(rows) > 1:
                mp = rows[0].cells[0].merge(rows[-1].cells[0])
                mr = rows[0].cells[1].merge(rows[-1].cells[1])
            else:
                mp, mr = rows[0].cells[0], rows[0].cells[1]
            set_cell(mp, proc)
            set_cell(mr, risk)
    set_widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 2: Förteckning över utredningar äldre än fyra månader (lämnas separat, sekretess).")
    doc.add_paragraph("Socialförvaltningen, 2025-09-08\nKarin Åberg, socialchef")
    doc.save(fil)


# =========================================================================== 4. VON (xlsx, sub-checks)
def build_von():
    fil = "VON uppföljning internkontroll T2-2025.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Vård- och omsorgsnämnden"
    ws["A3"] = "Uppföljning per 31 augusti (tertial 2)"
    ws["F3"] = "Status: Klar / Klar med avvikelse / Pågår / Ej påbörjad / Utgår"
    ws["F3"].font = Font(italic=True, size=9)
    hdr = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFFCE4D6")
        c.border = border
    for col, w in zip("ABCDEF", [20, 28, 55, 18, 18, 55]):
        ws.column_dimensions[col].width = w
    # rows: (level, nr, km, ans, status, comment, exp, avv) ; level 0 = control, 1 = sub-check, 'P' = parent
    areas = [
        ("1 Ekonomi", [
            ("Fakturahantering", "Felaktiga eller obehöriga utbetalningar", [
                (0, "1.1", "Attest av leverantörsfakturor enligt attestordningen", "Enhetschef", "Klar",
                 "Inga avvikelser i stickprov om 20 fakturor.", "GENOMFORD", "nej"),
                (0, "1.2", "Kontroll av fakturor från bemanningsföretag mot avtal och tidrapporter.\nUrval: samtliga fakturor över 50 000 kr under perioden.",
                 "Controller", "Klar med avvikelse",
                 "Två fakturor debiterade högre timpris än avtalat. Kreditering har begärts och erhållits för den ena.",
                 "GENOMFORD", "ja"),
            ]),
            ("Avgifter", "Felaktiga avgifter för brukare", [
                (0, "1.3", "Kontroll av att avgiftsbeslut för hemtjänst fattas och debiteras enligt gällande taxa",
                 "Avgiftshandläggare", "Pågår", "Stickprov för hemtjänstområde Norr klart, Söder pågår.", "DELVIS", ""),
            ]),
        ]),
        ("2 Personal", [
            ("Schemaläggning och lön", "Felaktiga löneutbetalningar och brott mot arbetstidslagen", [
                (0, "2.1", "Kontroll av att timanställdas tidrapporter attesteras av chef innan löneutbetalning",
                 "Enhetschef", "Klar", "Samtliga tidrapporter i urvalet attesterade.", "GENOMFORD", "nej"),
                (0, "2.2", "Kontroll av övertid och mertid mot arbetstidslagen (ATL)", "HR-konsult", "Ej påbörjad",
                 "Flyttas till T3 på grund av semesterperioden.", "EJ_GENOMFORD", ""),
            ]),
        ]),
        ("3 IT och informationssäkerhet", [
            ("Behörigheter och journalföring", "Obehörig åtkomst till journaler; bristande dokumentation", [
                (0, "3.1", "Kontroll av behörighetstilldelning i verksamhetssystemet utifrån roll", "Systemförvaltare",
                 "Klar", "Behörigheter stämmer mot rollbeskrivningar.", "GENOMFORD", "nej"),
                ("P", "3.2", "Informationssäkerhet i journalföringen", "MAS/Systemförvaltare", "",
                 "Se delkontroller 3.2.1–3.2.3", None, None),
                (1, "3.2.1", "Loggkontroll – stickprov 30 journaler", "Systemförvaltare", "Klar",
                 "Ingen otillåten åtkomst konstaterades.", "GENOMFORD", "nej"),
                (1, "3.2.2", "Kontroll av att journalanteckningar signeras inom fem dagar", "MAS", "Klar med avvikelse",
                 "17 % av anteckningarna var osignerade efter fem dagar. Påminnelse till enhetschefer; följs upp i T3.",
                 "GENOMFORD", "ja"),
                (1, "3.2.3", "Kontroll av att mobila enheter i hemtjänsten är låsta med pinkod", "Enhetschef",
                 "Pågår", "Genomfört i hemtjänstområde Norr, Söder återstår.", "DELVIS", ""),
            ]),
            ("Larm", "Obehöriga får tillgång till brukares bostad", [
                (0, "3.3", "Kontroll av att koder till trygghetslarm och nyckelgömmor byts vid personalbyte",
                 "Enhetschef", "", "", "SAKNAS", ""),
            ]),
        ]),
    ]
    r = 6
    for area, procs in areas:
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for proc, risk, ctrls in procs:
            start = r
            for lvl, nr, km, ans, status, kom, es, av in ctrls:
                indent = "      " if lvl == 1 else ""
                vals = [proc if r == start else None, risk if r == start else None,
                        indent + nr + " " + km, ans, status or None, kom or None]
                for ci, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=ci, value=v)
                    cell.alignment = wrap
                    cell.border = border
                if lvl == "P":
                    ws.cell(row=r, column=3).font = Font(bold=True)
                else:
                    expect(fil, namnd, km, es, av)
                r += 1
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Jonas Lind, kvalitetsstrateg, 2025-09-04")
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "landscape"
    wb.save(fil)


# =========================================================================== 5. Stratsys CSV (SBN + MBN)
def build_stratsys():
    fil = "Stratsys_export_IK_2025-09-05.csv"
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "T2"))
    data = [
        ("Samhällsbyggnadsnämnden", [
            ("1 Ekonomi", [
                ("1.1", "Kontroll av att investeringsprojekt följs upp mot budget och beslut", "Ekonomichef",
                 "Delvis genomförd", "Genomförd", "Samtliga projekt över 1 mnkr avstämda mot beslutad budget.", "GENOMFORD", "nej"),
                ("1.2", "Kontroll av fakturor för entreprenader mot avtal (á-priser och ÄTA-arbeten)", "Projektchef",
                 "", "Genomförd med avvikelse", "ÄTA-arbeten om 240 tkr saknade skriftlig beställning. Rutin för beställning av ÄTA förtydligad.",
                 "GENOMFORD", "ja"),
            ]),
            ("2 Personal", [
                ("2.1", "Kontroll av att fördelning av arbetsmiljöuppgifter är skriftlig och kvitterad", "Förvaltningschef",
                 "Genomförd", "", "", "GENOMFORD", ""),
            ]),
            ("3 IT och informationssäkerhet", [
                ("3.1", "Kontroll av behörigheter i GIS- och fastighetssystem", "GIS-samordnare",
                 "", "Ej genomförd", "Ej påbörjad, resursbrist. Planeras till november.", "EJ_GENOMFORD", ""),
                ("3.2", "Kontroll av att personuppgiftsbiträdesavtal finns för samtliga e-tjänster", "Digitaliseringsstrateg",
                 "", "Delvis genomförd", "Avtal finns för 9 av 12 e-tjänster; resterande tre begärda från leverantör.", "DELVIS", "ja"),
            ]),
        ]),
        ("Miljö- och byggnadsnämnden", [
            ("1 Ekonomi", [
                ("1.1", "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Avdelningschef miljö",
                 "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
                ("1.2", "Kontroll av att bygglovsavgiften reduceras enligt 12 kap. 8 a § PBL när handläggningstiden överskrids",
                 "Bygglovschef", "", "Genomförd med avvikelse", "Tre ärenden fick inte reducerad avgift; återbetalning gjord.",
                 "GENOMFORD", "ja"),
            ]),
            ("2 Personal", [
                ("2.1", "Kontroll av jäv och bisysslor hos inspektörer", "Förvaltningschef",
                 "", "Utgår", "Avbruten genom beslut MBN 2025-05-20 § 48.", "UTGAR", ""),
            ]),
            ("3 IT och informationssäkerhet", [
                ("3.1", "Kontroll av att ärenden diarieförs inom tre arbetsdagar", "Registrator",
                 "", "Ej bedömd", "", "SAKNAS", ""),
                ("3.2", "Kontroll av behörigheter i ärendehanteringssystemet", "Systemförvaltare",
                 "", "Genomförd", "Behörighetslistan genomgången, inga avvikelser.", "GENOMFORD", "nej"),
            ]),
        ]),
    ]
    lines = [
        ["Rapport: Intern kontroll – uppföljning"],
        ["Period: Tertial 2 2025"],
        ["Utskriven: 2025-09-05 08:41 av ekonomikontoret"],
        [],
        ["Organisation", "Nivå", "Namn", "Typ", "Ansvarig", "Status T1 2025", "Status T2 2025", "Kommentar T2 2025"],
    ]
    for org, areas in data:
        lines.append([org, "0", org, "Organisation", "", "", "", ""])
        for area, ctrls in areas:
            lines.append([org, "1", area, "Processområde", "", "", "", ""])
            for nr, km, ans, t1, t2, kom, es, av in ctrls:
                lines.append([org, "2", nr + " " + km, "Kontrollmoment", ans, t1, t2, kom])
                expect(fil, org, km, es, av)
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)


# =========================================================================== 6. LBAB (xls, codes, 3 periods)
def build_lbab():
    fil = "Lindesunds Bostäder AB - Internkontroll 2025.xls"
    namnd = "Lindesunds Bostäder AB"
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Lindesunds Bostäder AB"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning efter andra tertialet"
    ws["A3"] = "Koder enligt flik Instruktion."
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "Helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = Border(bottom=Side(style="medium"))
    for col, w in zip("ABCDEFG", [50, 40, 18, 7, 7, 7, 50]):
        ws.column_dimensions[col].width = w
    areas = [
        ("1 Ekonomi", [
            ("1.1", "Kontroll av att hyror aviseras enligt gällande hyresavtal", "Stickprov 15 lägenheter", "Ekonomichef",
             "G", "G", "", "GENOMFORD", "nej"),
            ("1.2", "Uppföljning av hyresfordringar äldre än 60 dagar.\nKontroll av att påminnelse och inkasso skett enligt kravrutinen.",
             "Uttag ur reskontra", "Kundreskontra", "P", "GA",
             "Kravrutinen hade inte följts för fem hyresgäster; ärendena är nu överlämnade till inkasso.", "GENOMFORD", "ja"),
            ("1.3", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Ekonomichef",
             "", "E", "Genomförs i oktober i samband med revisionens granskning.", "EJ_GENOMFORD", ""),
        ]),
        ("2 Personal", [
            ("2.1", "Kontroll av att förmåner (bil, drivmedel) redovisas korrekt i lönesystemet", "Samtliga förmånstagare",
             "Löneadministratör", "", "G", "", "GENOMFORD", "nej"),
            ("2.2", "Kontroll av efterlevnad av policy mot mutor och jäv", "Enkät till chefer", "VD",
             "", "U", "Utgår – ingår i koncerngemensam granskning som kommunen genomför.", "UTGAR", ""),
        ]),
        ("3 IT och informationssäkerhet", [
            ("3.1", "Kontroll av behörigheter i fastighetssystemet", "Behörighetslista mot personalförteckning",
             "IT-samordnare", "", "P", "Uttag gjort, analys pågår.", "DELVIS", ""),
            ("3.2", "Test av kontinuitetsplan vid längre IT-avbrott", "Skrivbordsövning", "IT-samordnare",
             "", "E", "", "EJ_GENOMFORD", ""),
        ]),
    ]
    r = 6
    for area, ctrls in areas:
        ws.cell(row=r, column=1, value=area).font = Font(bold=True)
        r += 1
        for nr, km, metod, ans, t1, t2, kom, es, av in ctrls:
            vals = [nr + " " + km, metod, ans, t1 or None, t2 or None, None, kom or None]
            for ci, v in enumerate(vals, 1):
                ws.cell(row=r, column=ci, value=v).alignment = Alignment(wrap_text=True, vertical="top")
            expect(fil, namnd, km, es, av)
            r += 1
    ws2 = wb.create_sheet("Instruktion")
    rows = [
        ["Instruktion för uppföljning"],
        ["Fyll i kod per tertial i kolumnerna T1, T2 och Helår. Kommentera alltid avvikelser och ej genomförda kontroller."],
        [],
        ["Kod", "Betydelse"],
        ["G", "Genomförd utan anmärkning"],
        ["GA", "Genomförd med anmärkning (avvikelse)"],
        ["P", "Pågår / delvis genomförd"],
        ["E", "Ej genomförd"],
        ["U", "Utgår"],
    ]
    for row in rows:
        ws2.append(row)
    ws2.column_dimensions["B"].width = 45
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, "lbab.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", tmpd)
    shutil.move(os.path.join(tmpd, "lbab.xls"), fil)
    shutil.rmtree(tmpd)


# =========================================================================== 7. ÖFN (odt, text only)
def build_ofn():
    fil = "Överförmyndarnämnden uppföljning IK T2 2025.odt"
    namnd = "Överförmyndarnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    items = [
        ("1 Ekonomi", [
            ("1.1", "Kontroll av att arvoden till ställföreträdare beslutas och betalas ut enligt nämndens riktlinjer",
             ["Stickprov om 15 ärenden där arvodesbeslut jämförts med utbetalning. Inga avvikelser."],
             "Status: Genomförd", "GENOMFORD", "nej"),
            ("1.2", "Kontroll av att samtliga årsräkningar för 2024 är granskade senast den 30 juni 2025",
             ["412 av 415 årsräkningar var granskade per den 30 juni. Tre årsräkningar inkom först efter påminnelse och granskas under september."],
             "Status: Delvis genomförd", "DELVIS", ""),
        ]),
        ("2 Personal", [
            ("2.1", "Kontroll av att handläggare har genomgått utbildning i de nya reglerna i föräldrabalken",
             ["Samtliga fyra handläggare genomgick utbildningen i maj. Kontrollen är därmed genomförd utan anmärkning."],
             None, "GENOMFORD", "nej"),
        ]),
        ("3 IT och informationssäkerhet", [
            ("3.1", "Kontroll av att akter i verksamhetssystemet endast kan nås av behöriga handläggare",
             ["Behörighetslistan har stämts av mot bemanningen. En tidigare konsult hade fortfarande behörighet; den togs bort 2025-06-12."],
             "Status: Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("3.2", "Kontroll av att digitala handlingar gallras enligt dokumenthanteringsplanen",
             ["Kontrollen skjuts upp till 2026 i avvaktan på att den nya dokumenthanteringsplanen antas."],
             "Status: Ej genomförd", "EJ_GENOMFORD", ""),
        ]),
    ]
    doc = Document()
    doc.add_heading("Överförmyndarnämnden", level=0)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 2").runs[0].bold = True
    doc.add_paragraph(
        "Överförmyndarnämnden i Lindesunds kommun redovisar här utfallet av de kontroller i internkontrollplanen "
        "som skulle vara genomförda till och med augusti. Planen är ordnad efter processområde.")
    for area, ctrls in items:
        doc.add_heading(area, level=1)
        for nr, km, paras, status, es, av in ctrls:
            doc.add_heading(nr + " " + km, level=2)
            for ptxt in paras:
                doc.add_paragraph(ptxt)
            if status:
                doc.add_paragraph(status).runs[0].italic = True
            expect(fil, namnd, km, es, av)
    doc.add_paragraph("Lindesund den 2 september 2025\nAnna-Lena Ström, ordförande")
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, "ofn.docx")
    doc.save(src)
    soffice_convert(src, "odt", tmpd)
    shutil.move(os.path.join(tmpd, "ofn.odt"), fil)
    shutil.rmtree(tmpd)


# =========================================================================== 8. Reject: covering letter
def build_missiv():
    fil = "Missiv RTLÅ internkontroll T2 2025.docx"
    FILES.append((fil, "AVVISAD", "", "", ""))
    doc = Document()
    doc.add_paragraph("Räddningstjänstförbundet Lindesund-Åskär\nBox 118\n472 31 Lindesund")
    doc.add_paragraph("2025-09-12\n\nTill: Lindesunds kommun, ekonomiavdelningen")
    doc.add_heading("Följebrev – uppföljning av intern kontroll, tertial 2 2025", level=1)
    doc.add_paragraph(
        "Förbundsdirektionen behandlade förbundets uppföljning av internkontrollplanen för andra tertialet vid "
        "sammanträdet den 10 september 2025 (§ 37). Uppföljningen omfattar sex kontrollmoment inom processområdena "
        "ekonomi, personal samt IT och informationssäkerhet.")
    doc.add_paragraph(
        "Eftersom protokollet ännu inte är justerat skickas själva uppföljningen tillsammans med protokollsutdraget "
        "så snart justering skett, senast den 26 september. Vi ber er därför att notera förbundet som inrapporterat "
        "i avvaktan på underlaget.")
    doc.add_paragraph("Med vänlig hälsning\n\nPer Ekwall\nFörbundsdirektör")
    doc.save(fil)


# =========================================================================== registers
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Lindesunds Bostäder AB", "LBAB|Lindesundsbostäder|Bostadsbolaget"),
        ("Räddningstjänstförbundet Lindesund-Åskär", "RTLÅ|Räddningstjänsten Lindesund-Åskär|Räddningstjänsten"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    build_ks()
    build_bun()
    build_sn()
    build_von()
    build_stratsys()
    build_lbab()
    build_ofn()
    build_missiv()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
