#!/usr/bin/python3
"""Blind round r217 — Hedlunda stad, delår 2025 (stadsdelsnämnder och facknämnder).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r217build"
LO_PROFILE = "file:///tmp/lo-round217"
FIXED = datetime.datetime(2025, 9, 15, 8, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fix_props_xlsx(wb):
    wb.properties.creator = "Hedlunda stad"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_props_docx(d, author):
    cp = d.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author


# ---------------------------------------------------------------------------
# 1. Stadsledningskontorets export: five stadsdelsnämnder in one sheet
# ---------------------------------------------------------------------------
def file_slk_export():
    fil = "Stadsledningskontoret_IK-export_stadsdelsnamnder_2025-09-15.xlsx"
    sdn = {
        "SDN Centrum": "Stadsdelsnämnd Centrum",
        "SDN Norr": "Stadsdelsnämnd Norr",
        "SDN Söder": "Stadsdelsnämnd Söder",
        "SDN Väster": "Stadsdelsnämnd Väster",
        "SDN Öster": "Stadsdelsnämnd Öster",
    }
    # nämnd, id, process, kontrollmoment, ansvarig, status T1, status delår, kommentar, ärendenr, expected status, avv
    rows = [
        ("SDN Centrum", "SDN-C-2025-01", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Utförd utan anmärkning", "Utförd utan anmärkning",
         "Stickprov 30 fakturor april–juli. Samtliga attesterade av behörig attestant.", "", "GENOMFORD", "nej"),
        ("SDN Centrum", "SDN-C-2025-02", "Bidrag", "Kontroll av föreningsbidrag – redovisning av beviljade medel",
         "Enhetschef fritid", "", "Ej utförd",
         "Skjuts upp till 2026 enligt beslut i förvaltningens ledningsgrupp 2025-05-06.", "", "EJ_GENOMFORD", ""),
        ("SDN Centrum", "SDN-C-2025-03", "Verksamhet",
         "Uppföljning av synpunkter och klagomål inom parkverksamheten",
         "Avdelningschef stadsmiljö", "Pågående", "Utförd utan anmärkning",
         "Samtliga 47 synpunkter besvarade inom tio arbetsdagar.", "", "GENOMFORD", "nej"),
        ("SDN Norr", "SDN-N-2025-01", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Utförd utan anmärkning", "Utförd utan anmärkning",
         "Stickprov 25 fakturor maj–juli, samtliga korrekt attesterade.", "", "GENOMFORD", "nej"),
        ("SDN Norr", "SDN-N-2025-02", "Personal",
         "Kontroll av att registerutdrag inhämtats vid nyanställning inom förskola",
         "HR-specialist", "Pågående", "Utförd med anmärkning",
         "2 av 30 nyanställda saknade registerutdrag vid tillträde. Åtgärdat 2025-06-12.",
         "SDN-N 2025/0412", "GENOMFORD", "ja"),
        ("SDN Norr", "SDN-N-2025-03", "Upphandling",
         "Kontroll av direktupphandlingar över 100 000 kr – dokumentation enligt riktlinje",
         "Administrativ chef", "", "Ej utförd",
         "Flyttas till tertial 3 p.g.a. vakans på controllertjänsten.", "", "EJ_GENOMFORD", ""),
        ("SDN Norr", "SDN-N-2025-04", "Myndighetsutövning",
         "Handläggningstid för ansökan om ekonomiskt bistånd – beslut inom 10 arbetsdagar",
         "Enhetschef försörjningsstöd", "Pågående", "Pågående",
         "20 av planerade 40 ärenden granskade, inga avvikelser hittills.", "", "DELVIS", "nej"),
        ("SDN Söder", "SDN-S-2025-01", "Ekonomi", "Kontroll av kontantkassor och handkassor på enheterna",
         "Ekonom", "", "Utförd utan anmärkning",
         "Oanmäld inventering av 8 kassor 2025-05-20, inga differenser.", "", "GENOMFORD", "nej"),
        ("SDN Söder", "SDN-S-2025-02", "Ekonomi",
         "Representation och förtroendekänsliga poster – kontroll mot riktlinje",
         "Controller", "", "Utförd med anmärkning",
         "Tre fakturor saknade deltagarförteckning (inkom 2025-04-03).", "2025-SÖ-0087", "GENOMFORD", "ja"),
        ("SDN Söder", "SDN-S-2025-03", "Äldreomsorg",
         "Uppföljning av avvikelser enligt lex Sarah inom äldreomsorgen",
         "Kvalitetsutvecklare", "Pågående", "", "", "", "DELVIS", ""),
        ("SDN Söder", "SDN-S-2025-04", "Informationssäkerhet",
         "Informationssäkerhet – behörighetsgenomgång i verksamhetssystemet Lifecare",
         "Systemförvaltare", "", "Ej aktuell",
         "Utgår enligt nämndbeslut 2025-05-21 § 64 (systembyte hösten 2025).", "SDN-S 2025/0190",
         "UTGAR", ""),
        ("SDN Väster", "SDN-V-2025-01", "Inköp", "Avtalstrohet vid inköp av livsmedel",
         "Kostchef", "Utförd utan anmärkning", "Utförd utan anmärkning",
         "Avtalstrohet 97 % jan–jul, inga köp utanför avtal över 5 000 kr.", "", "GENOMFORD", "nej"),
        ("SDN Väster", "SDN-V-2025-02", "Personal",
         "Kontroll av lönetillägg och engångsbelopp i lönesystemet",
         "HR-chef", "", "Utförd med anmärkning",
         "Felaktigt OB-tillägg i 1 fall, återkrav initierat 2025-07-02.", "SDN-V 2025/0333",
         "GENOMFORD", "ja"),
        ("SDN Väster", "SDN-V-2025-03", "Verksamhet",
         "Dokumentation av orosanmälningar inom förskola och fritidsverksamhet",
         "Avdelningschef förskola", "", "",
         "Kontrollen är inte påbörjad, planeras till oktober.", "", "EJ_GENOMFORD", ""),
        ("SDN Öster", "SDN-Ö-2025-01", "Myndighetsutövning",
         "Kontroll av att beslut om bistånd enligt SoL är fattade av behörig delegat",
         "Enhetschef biståndsenheten", "Utförd utan anmärkning", "Utförd utan anmärkning",
         "40 beslut granskade, samtliga enligt delegationsordningen.", "", "GENOMFORD", "nej"),
        ("SDN Öster", "SDN-Ö-2025-02", "Dokumenthantering",
         "Hantering av allmänna handlingar – diarieföring inom fem arbetsdagar",
         "Registrator", "", "Pågående",
         "Stickprov pågår, redovisas i tertialrapport 2.", "", "DELVIS", ""),
        ("SDN Öster", "SDN-Ö-2025-03", "Ekonomi",
         "Kontroll av körjournaler för stadsdelens leasingbilar",
         "Ekonom", "", "", "Se bilaga 3 till delårsrapporten.", "", "OKLAR", ""),
    ]
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb)
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Stadsledningskontoret – Uppföljning av internkontrollplaner 2025, stadsdelsnämnderna"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uttag ur Hedlunda styr- och ledningssystem 2025-09-15 08:12. Period: Delår januari–augusti 2025."
    ws["A2"].font = Font(italic=True)
    hdr = ["Nämnd", "Kontroll-ID", "Process", "Kontrollmoment", "Ansvarig", "Status T1", "Status delår",
           "Resultat/kommentar delår", "Ärendenr"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
    r = 5
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, sdn[row[0]], row[3], row[9], row[10])
        r += 1
    ws.cell(row=r + 1, column=1, value=f"Antal rader: {len(rows)}").font = Font(italic=True)
    widths = [13, 15, 18, 55, 24, 22, 22, 55, 16]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:I{r - 1}"
    wb.save(os.path.join(HERE, fil))
    for n in sdn.values():
        FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Utbildningsnämnden: two sheets Ekonomi / Verksamhet + instruction sheet,
#    with last year's status beside this year's
# ---------------------------------------------------------------------------
def file_ubn():
    fil = "UBN uppföljning internkontrollplan delår 2025.xlsx"
    namnd = "Utbildningsnämnden"
    ekonomi = [
        ("E1", "Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor/tertial", "Utförd utan anmärkning", "Utförd utan anmärkning",
         "20 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("E2", "Ekonomi", "Felaktig skolpeng",
         "Kontroll av skolpengsutbetalningar till fristående skolor mot elevregistret",
         "Avstämning månadsvis", "Utförd med anmärkning", "Utförd med anmärkning",
         "Dubbelregistrering av 3 elever i april, korrigerat i junis utbetalning (dnr UBN 2025/0561).",
         "GENOMFORD", "ja"),
        ("E3", "Inköp", "Inköp utanför avtal",
         "Inköp via e-handelssystemet – andel inköp utanför avtal",
         "Rapport från inköpsenheten", "–", "Pågående",
         "Rapport från inköpsenheten inväntas, första delen analyserad.", "DELVIS", ""),
        ("E4", "Ekonomi", "Återbetalningskrav statsbidrag",
         "Kontroll av att statsbidrag från Skolverket redovisas och återrapporteras i tid",
         "Genomgång av bidragsförteckning", "Utförd utan anmärkning", None, None, "SAKNAS", ""),
    ]
    verksamhet = [
        ("V1", "Elevhälsa och trygghet", "Kränkningar utreds inte",
         "Kontroll av att kränkande behandling anmäls till huvudman enligt skollagen 6 kap. 10 §",
         "Genomgång av anmälningar i DF Respons", "Utförd utan anmärkning", "Utförd med anmärkning",
         "Två skolor anmälde med mer än 14 dagars fördröjning. Rektorerna har informerats.",
         "GENOMFORD", "ja"),
        ("V2", "Elevhälsa och trygghet", "Hög frånvaro uppmärksammas inte",
         "Frånvarouppföljning – kontroll av att upprepad frånvaro utreds",
         "Stickprov 5 skolor", "Utförd med anmärkning", "Utförd utan anmärkning",
         "Utredning inledd i samtliga granskade fall.", "GENOMFORD", "nej"),
        ("V3", "Skolskjuts", "Olämplig personal",
         "Registerkontroll av förare inom skolskjutsavtalet",
         "Intyg från entreprenör", "Utförd utan anmärkning", "Ej aktuell",
         "Avtalet upphandlas om, kontrollen utgår 2025.", "UTGAR", ""),
        ("V4", "Betyg", "Betyg registreras för sent",
         "Betygssättning – kontroll av att betyg registrerats i tid i elevdokumentationssystemet",
         "Rapport ur systemet", "Utförd utan anmärkning", "Ej utförd",
         "Genomförs efter höstterminens betygsperiod.", "EJ_GENOMFORD", ""),
        ("V5", "Skolskjuts", "Felaktiga beslut",
         "Skolskjuts – kontroll av beslut om skolskjuts mot riktlinjer",
         "Stickprov 40 beslut", "–", "Pågående",
         "Hittills 15 av 40 beslut kontrollerade, inga fel.", "DELVIS", "nej"),
    ]
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb)
    ins = wb.active
    ins.title = "Instruktioner"
    lines = [
        "Instruktion för uppföljning av internkontrollplan 2025",
        "",
        "Fyll i kolumnen \"Status delår 2025\" med något av stadens statusord:",
        "Utförd utan anmärkning / Utförd med anmärkning / Ej utförd / Pågående / Ej aktuell",
        "Vid \"Utförd med anmärkning\" ska anmärkningen och vidtagen åtgärd beskrivas i kommentaren.",
        "Kolumnen \"Status helår 2024\" är förifylld från föregående års uppföljning och ska inte ändras.",
        "Skickas till stadsledningskontoret senast 2025-09-12.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t if t else None)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 100

    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Status helår 2024", "Status delår 2025",
           "Kommentar delår 2025"]
    for title, rows in (("Ekonomi", ekonomi), ("Verksamhet", verksamhet)):
        ws = wb.create_sheet(title)
        ws["A1"] = "Utbildningsnämnden – internkontrollplan 2025"
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:H1")
        ws["A2"] = f"Uppföljning delår (januari–augusti) – del: {title}"
        ws.merge_cells("A2:H2")
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="2F5597")
            cell.border = BOX
            cell.alignment = WRAP
        r = 5
        for row in rows:
            for c, v in enumerate(row[:8], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            exp(fil, namnd, row[3], row[8], row[9])
            r += 1
        ws.cell(row=r + 1, column=1, value="Ifylld av: Maria Ek, controller, 2025-09-10")
        for i, w in enumerate([6, 20, 26, 50, 28, 22, 22, 50], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.oddHeader.center.text = "Hedlunda stad – Utbildningsförvaltningen"
    wb.active = 1
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden: Word report, one table per förvaltningsavdelning
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        run = p.add_run(part)
        run.bold = bold
        if i < len(parts) - 1:
            run.add_break()


def file_sn():
    fil = "Socialnämnden - Uppföljning internkontrollplan delår 2025.docx"
    namnd = "Socialnämnden"
    avd = [
        ("Avdelningen för individ- och familjeomsorg", [
            ("SN-IFO-1",
             "Utbetalning av ekonomiskt bistånd – kontroll av att beslut finns före utbetalning",
             "Stickprov 50 utbetalningar",
             "I 2 av 50 granskade ärenden saknades beslut före utbetalning (ärende SN 2025/1187 och "
             "SN 2025/1203). Berörda handläggare har fått genomgång av rutinen.",
             "Utförd med anmärkning", "GENOMFORD", "ja"),
            ("SN-IFO-2",
             "Uppföljning av placeringar – kontroll av att vårdplan upprättats inom sex veckor",
             "Genomgång av samtliga nya placeringar",
             "Samtliga 18 placeringar under perioden hade vårdplan inom sex veckor.",
             "Utförd utan anmärkning", "GENOMFORD", "nej"),
            ("SN-IFO-3",
             "Kontroll av att förhandsbedömning görs inom 14 dagar efter orosanmälan",
             "Rapport ur Treserva",
             "Granskning av mars–maj klar, juni–augusti pågår. Inga avvikelser hittills.",
             "Pågående", "DELVIS", "nej"),
        ]),
        ("Avdelningen för funktionsstöd", [
            ("SN-FS-1",
             "Kontroll av att genomförandeplaner upprättas och följs upp enligt LSS",
             "Stickprov 10 brukare per enhet",
             "Ej genomförd på grund av omorganisation inom avdelningen; flyttas till hösten.",
             "Ej utförd", "EJ_GENOMFORD", ""),
            ("SN-FS-2",
             "Hantering av brukares privata medel i gruppbostäder",
             "Oanmäld kontroll av kassaböcker",
             "Kvitton saknades för 4 uttag på en enhet (Lönnvägen). Rutinen har förtydligats och "
             "ny kontroll görs i november.",
             "Utförd med anmärkning", "GENOMFORD", "ja"),
            ("SN-FS-3",
             "Avgiftshantering – kontroll av att avgiftsbeslut fattats för nya insatser\n(stickprov 20 beslut)",
             "Avstämning mot verkställda insatser",
             "Avgiftsbeslut fanns i samtliga 20 ärenden.",
             "Utförd utan anmärkning", "GENOMFORD", "nej"),
        ]),
        ("Administrativa avdelningen", [
            ("SN-ADM-1",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor",
             "Inga avvikelser.",
             "Utförd utan anmärkning", "GENOMFORD", "nej"),
            ("SN-ADM-2",
             "Diarieföring av inkomna handlingar inom tre arbetsdagar",
             "Stickprov i registratorns post",
             "Kontrollen genomfördes i juni. 40 handlingar granskades, samtliga var diarieförda i tid.",
             "", "GENOMFORD", "nej"),
            ("SN-ADM-3",
             "Behörigheter i Treserva tas bort vid avslutad anställning",
             "Avstämning mot personalsystemet",
             "Ersätts av stadens centrala behörighetskontroll enligt KS beslut 2025-03-10 § 38.",
             "Ej aktuell", "UTGAR", ""),
        ]),
    ]
    d = docx.Document()
    fix_props_docx(d, "Socialförvaltningen")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Hedlunda stad\tSocialförvaltningen\tDnr SN 2025/0044"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=0)
    d.add_paragraph("Socialnämnden – delårsrapport januari–augusti 2025")
    d.add_heading("Sammanfattning", level=1)
    d.add_paragraph(
        "Socialnämnden fastställde internkontrollplanen för 2025 den 18 december 2024 (§ 212). Planen omfattar "
        "nio kontrollmoment fördelade på förvaltningens tre avdelningar. Av dessa har sex genomförts under "
        "perioden, varav två med anmärkning. Ett kontrollmoment pågår, ett har inte genomförts och ett har "
        "ersatts av stadens centrala kontroll.")
    d.add_paragraph(
        "Status anges med stadens statusord: Utförd utan anmärkning, Utförd med anmärkning, Ej utförd, "
        "Pågående och Ej aktuell.")
    hdr = ["ID", "Kontrollmoment", "Kontrollmetod", "Resultat delår", "Bedömning"]
    for name, rows in avd:
        d.add_heading(name, level=1)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row[:5]):
                set_cell(cells[i], v)
            exp(fil, namnd, row[1], row[5], row[6])
        d.add_paragraph()
    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplanen per 31 augusti 2025.")
    d.add_paragraph("Hedlunda 2025-09-10")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Kommunstyrelsen: ODS with status codes and a legend below the table
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_IKP_2025_uppfoljning_aug.ods"
    namnd = "Kommunstyrelsen"
    groups = [
        ("Ekonomi", [
            ("KS-01", "Avstämning av balanskonton i bokslut per 30 april och 31 augusti",
             "Redovisningschef", "Tertial", "UU", "UU", "", "Samtliga konton avstämda.", "GENOMFORD", "nej"),
            ("KS-02", "Kontroll av kundfakturering – att fakturor skickas inom 30 dagar efter leverans",
             "Redovisningschef", "Tertial", "PG", "UM", "",
             "Fakturering för lokaluthyrning försenad för 6 kunder, rutin ses över.", "GENOMFORD", "ja"),
            ("KS-03", "Kontroll av ändringar av leverantörers bankuppgifter (bedrägeriförsök)",
             "Ekonomichef", "Löpande", "UU", "UM", "",
             "Ett bedrägeriförsök upptäcktes och stoppades 2025-05-14, polisanmält (KS 2025/0233).",
             "GENOMFORD", "ja"),
        ]),
        ("Upphandling", [
            ("KS-04", "Uppföljning av att stadens upphandlingar annonseras enligt LOU",
             "Upphandlingschef", "Halvår", "", "UU", "", "", "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("KS-05", "Löneutbetalningar – kontroll av nyanställda och avslutade i lönesystemet",
             "Lönechef", "Tertial", "UU", "EU", "",
             "Ej genomförd under sommaren p.g.a. resursbrist på lönecentrum.", "EJ_GENOMFORD", ""),
        ]),
        ("Styrning och ledning", [
            ("KS-06", "Kontroll av att politiska beslut verkställs – uppföljning av beslutslogg",
             "Kanslichef", "Halvår", "", "PG", "", "Halva beslutsloggen genomgången.", "DELVIS", ""),
            ("KS-07", "Informationssäkerhet – årlig översyn av behörigheter i ekonomisystemet",
             "IT-säkerhetssamordnare", "År", "", "EA", "",
             "Flyttad till den centrala IT-kontrollplanen fr.o.m. maj 2025.", "UTGAR", ""),
            ("KS-08", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
             "Kanslichef", "Tertial", "UU", "UU", "", "", "GENOMFORD", "nej"),
        ]),
    ]
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Stadsledningskontoret, rapporterat per 2025-08-31"
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Frekvens", "T1", "Delår", "T3", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
    fills = {"UU": "C6EFCE", "UM": "FFEB9C", "PG": "FFEB9C", "EU": "FFC7CE", "EA": "D9D9D9"}
    r = 5
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            for c, v in enumerate(row[:8], 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (5, 6, 7) and v in fills:
                    cell.fill = PatternFill("solid", fgColor=fills[v])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, row[1], row[8], row[9])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = BOLD
    legend = ["UU = Utförd utan anmärkning", "UM = Utförd med anmärkning", "EU = Ej utförd",
              "PG = Pågående", "EA = Ej aktuell"]
    for i, t in enumerate(legend, 1):
        ws.cell(row=r + i, column=2, value=t)
    for i, w in enumerate([8, 60, 24, 10, 7, 7, 7, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp = os.path.join(BUILD, "KS_IKP_2025_uppfoljning_aug.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", HERE)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Stadsbyggnadsnämnden: Stratsys-like CSV export, one row per control and period
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "Stratsys_export_2025-09-12.csv"
    namnd = "Stadsbyggnadsnämnden"
    org = "Stadsbyggnadsnämnden"
    doc = "Internkontrollplan 2025 SBN"
    ctrls = [
        ("IK-SBN-01", "Handläggningstid för bygglov – kontroll av att beslut fattas inom lagstadgad tid",
         "Stickprov 60 ärenden",
         ("Pågående", "Halva urvalet granskat."),
         ("Utförd med anmärkning",
          "7 av 60 ärenden överskred 10 veckor; avgiften reducerades enligt PBL 12 kap. 8 a §."),
         "GENOMFORD", "ja"),
        ("IK-SBN-02", "Debitering av bygglovsavgifter enligt taxa", "Stickprov 30 beslut",
         ("Utförd utan anmärkning", "Inga fel."), ("Utförd utan anmärkning", "Inga fel."), "GENOMFORD", "nej"),
        ("IK-SBN-03", "Kontroll av att delegationsbeslut anmäls till nämnden", "Avstämning mot delegationslista",
         ("Ej utförd", ""), ("Pågående", "Stickprov påbörjat i augusti."), "DELVIS", ""),
        ("IK-SBN-04", "Arkivering av avslutade detaljplaneärenden i e-arkivet", "Genomgång av ärendelista",
         None, ("Ej utförd", "Resurser saknas, omplaneras till 2026."), "EJ_GENOMFORD", ""),
        ("IK-SBN-05", "Kontroll av avgifter för nybyggnadskarta och lägeskontroll", "Stickprov 15 fakturor",
         ("Utförd utan anmärkning", ""), ("Utförd utan anmärkning", "Samtliga enligt taxa."), "GENOMFORD", "nej"),
        ("IK-SBN-06", "Tillsyn – uppföljning av ovårdade tomter enligt tillsynsplan", "Genomgång av tillsynsärenden",
         ("Pågående", ""), ("Ej aktuell", "Avbruten genom beslut SBN 2025-06-18 § 112."), "UTGAR", ""),
    ]
    out = []
    out.append(["Organisation", "Dokument", "Id", "Kontrollmoment", "Metod", "Period", "Status", "Kommentar",
                "Senast ändrad"])
    for cid, km, metod, t1, dl, st, avv in ctrls:
        if t1 is not None:
            out.append([org, doc, cid, km, metod, "Tertial 1 2025", t1[0], t1[1], "2025-05-08"])
        out.append([org, doc, cid, km, metod, "Delår 2025", dl[0], dl[1], "2025-09-11"])
        exp(fil, namnd, km, st, avv)
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(out)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsförvaltningen: .xls with X tick columns
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "IK uppföljning Kultur och fritid aug 2025.xls"
    namnd = "Kultur- och fritidsnämnden"
    ticks = ["Utförd utan anmärkning", "Utförd med anmärkning", "Ej utförd", "Pågående", "Ej aktuell"]
    groups = [
        ("Ekonomiprocessen", [
            ("Kassahantering i simhallar och bibliotek – dagliga kassaavstämningar", "Enhetschef bad",
             {0}, "", "GENOMFORD", "nej"),
            ("Kontroll av entréintäkter mot kassasystem", "Controller",
             {1}, "Differens 2 340 kr Hedlundabadet 2025-03-17, utrett. Ärende KFN 2025/0098.", "GENOMFORD", "ja"),
            ("Uthyrning av lokaler och idrottshallar – kontroll av fakturering av bokningar", "Bokningsansvarig",
             {0, 2}, "", "OKLAR", ""),
        ]),
        ("Bidragsprocessen", [
            ("Föreningsbidrag – kontroll av medlemsuppgifter och aktivitetsstöd", "Bidragshandläggare",
             {3}, "Stickprov av 10 av 25 föreningar klart, inga avvikelser hittills.", "DELVIS", "nej"),
            ("Kulturbidrag – återrapportering från bidragsmottagare", "Kultursekreterare",
             {2}, "Återrapporteringen samlas in i oktober.", "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhetsprocessen", [
            ("Säkerhetsrutiner vid evenemang – kontroll av riskanalyser", "Evenemangssamordnare",
             set(), "Se bilaga 2", "OKLAR", ""),
            ("Inventarieförteckning för konstsamlingen", "Konstintendent", set(), "", "SAKNAS", ""),
            ("Registerkontroll av ledare i sommarlovsverksamhet", "Enhetschef fritidsgårdar",
             {4}, "Ingår i stadens centrala kontroll fr.o.m. 2025.", "UTGAR", ""),
        ]),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Delår 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top; pattern: pattern solid, fore_colour gray25")
    boldc = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                        "alignment: wrap on, horiz center, vert center; pattern: pattern solid, fore_colour gray25")
    grp = xlwt.easyxf("font: bold on, italic on; pattern: pattern solid, fore_colour light_yellow")
    norm = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cen = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center, vert top")
    ws.write_merge(0, 0, 0, 7, "Kultur- och fritidsförvaltningen", title)
    ws.write_merge(1, 1, 0, 7, "Uppföljning internkontroll 2025 – delår 1 januari–31 augusti")
    ws.write_merge(3, 4, 0, 0, "Kontrollmoment", bold)
    ws.write_merge(3, 4, 1, 1, "Ansvarig", bold)
    ws.write_merge(3, 3, 2, 6, "Status delår (markera med X)", boldc)
    for i, t in enumerate(ticks):
        ws.write(4, 2 + i, t, boldc)
    ws.write_merge(3, 4, 7, 7, "Kommentar / ärendenr", bold)
    r = 5
    for gname, rows in groups:
        ws.write_merge(r, r, 0, 7, gname, grp)
        r += 1
        for km, ans, xs, kom, st, avv in rows:
            ws.write(r, 0, km, norm)
            ws.write(r, 1, ans, norm)
            for i in range(5):
                ws.write(r, 2 + i, "X" if i in xs else "", cen)
            ws.write(r, 7, kom, norm)
            exp(fil, namnd, km, st, avv)
            r += 1
    r += 1
    ws.write(r, 0, "Uppföljningen har stämts av med förvaltningens ledningsgrupp 2025-09-04.")
    ws.write(r + 1, 0, "Kontaktperson: Johan Sandberg, controller")
    ws.col(0).width = 256 * 55
    ws.col(1).width = 256 * 22
    for i in range(2, 7):
        ws.col(i).width = 256 * 12
    ws.col(7).width = 256 * 50
    ws.row(4).height_mismatch = True
    ws.row(4).height = 20 * 30
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Trafik- och gatunämnden: text-only Word report (.doc)
# ---------------------------------------------------------------------------
def file_tgn():
    fil = "Trafikkontoret uppföljning intern kontroll delår 2025.doc"
    namnd = "Trafik- och gatunämnden"
    ctrls = [
        ("Kontroll av att fakturor för vinterväghållning stämmer mot avtal och utförda insatser",
         "Entreprenören fakturerade 14 plogtillfällen som inte kunde styrkas i GPS-loggen. Kreditering "
         "begärdes 2025-04-22 och har erhållits.", "Utförd med anmärkning", "GENOMFORD", "ja"),
        ("Parkeringsintäkter – avstämning mellan parkeringssystem och ekonomisystem",
         "Månadsvis avstämning januari–juli utan differenser.", "Utförd utan anmärkning", "GENOMFORD", "nej"),
        ("Kontroll av grävtillstånd – att återställning sker enligt villkor",
         "Besiktning av 12 av 30 grävningar är gjord. Två brister har noterats och återställs av "
         "ledningsägaren.", "Pågående", "DELVIS", "ja"),
        ("Kontroll av att skadeståndsanspråk handläggs inom 60 dagar",
         "Kontrollen har inte kunnat genomföras under perioden.", "Ej utförd", "EJ_GENOMFORD", ""),
        ("Upphandling av gatubelysningsunderhåll – uppföljning av avtalsvillkor",
         "Avtalet förlängs inte; kontrollmomentet utgår enligt beslut TGN 2025-04-09 § 41.",
         "Ej aktuell", "UTGAR", ""),
    ]
    d = docx.Document()
    fix_props_docx(d, "Trafikkontoret")
    d.sections[0].header.paragraphs[0].text = "HEDLUNDA STAD – Trafikkontoret"
    d.add_heading("Uppföljning av intern kontroll, delår 2025", level=0)
    d.add_paragraph("Tjänsteutlåtande till Trafik- och gatunämnden, dnr TGN 2025/0157")
    d.add_paragraph(
        "Trafikkontoret redovisar här uppföljningen per den 31 augusti 2025 av nämndens internkontrollplan, "
        "som antogs den 11 december 2024. Planen innehåller fem kontrollmoment. Bedömningen anges för varje "
        "kontrollmoment med stadens statusord.")
    for i, (km, res, bed, st, avv) in enumerate(ctrls, 1):
        d.add_heading(f"Kontrollmoment {i}", level=2)
        p = d.add_paragraph()
        p.add_run(km).bold = True
        d.add_paragraph("Resultat: " + res)
        d.add_paragraph("Bedömning: " + bed)
        exp(fil, namnd, km, st, avv)
    d.add_heading("Sammanfattande bedömning", level=1)
    d.add_paragraph(
        "Trafikkontoret bedömer att den interna kontrollen i allt väsentligt är tillräcklig. De brister som "
        "noterats har åtgärdats eller är under åtgärd.")
    d.add_paragraph("Karin Holm\nTrafikdirektör")
    tmp = os.path.join(BUILD, "Trafikkontoret uppföljning intern kontroll delår 2025.docx")
    d.save(tmp)
    soffice_convert(tmp, "doc:MS Word 97", HERE)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. To reject: SDN Söder's covering letter (missiv), no follow-up in it
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv delårsrapport SDN Söder 2025.docx"
    d = docx.Document()
    fix_props_docx(d, "Stadsdelsförvaltning Söder")
    d.add_paragraph("Stadsdelsförvaltning Söder\t\t2025-09-08\nDnr SDN-S 2025/0301")
    d.add_paragraph("Till Stadsledningskontoret, ekonomiavdelningen")
    d.add_heading("Översändande av delårsrapport 2025 inklusive uppföljning av intern kontroll", level=1)
    d.add_paragraph(
        "Stadsdelsnämnd Söder behandlade delårsrapporten per den 31 augusti 2025 vid sitt sammanträde "
        "2025-09-04 (§ 98). Härmed översänds protokollsutdrag och delårsrapporten.")
    d.add_paragraph(
        "Uppföljningen av nämndens internkontrollplan 2025 har rapporterats direkt i stadens styr- och "
        "ledningssystem enligt stadsledningskontorets anvisningar och bifogas därför inte separat. "
        "Av nämndens fyra kontrollmoment har två genomförts, ett pågår och ett utgår efter nämndbeslut.")
    d.add_paragraph("Frågor besvaras av controller Lena Berg, tfn 010-123 45 67.")
    d.add_paragraph("Med vänlig hälsning\n\nPer Åström\nStadsdelsdirektör")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Stadsledningskontoret|SLK"),
        ("Stadsdelsnämnd Norr", "SDN Norr|Stadsdelsnämnden Norr|Stadsdelsförvaltning Norr|SDF Norr"),
        ("Stadsdelsnämnd Söder", "SDN Söder|Stadsdelsnämnden Söder|Stadsdelsförvaltning Söder|SDF Söder"),
        ("Stadsdelsnämnd Väster", "SDN Väster|Stadsdelsnämnden Väster|Stadsdelsförvaltning Väster|SDF Väster"),
        ("Stadsdelsnämnd Öster", "SDN Öster|Stadsdelsnämnden Öster|Stadsdelsförvaltning Öster|SDF Öster"),
        ("Stadsdelsnämnd Centrum", "SDN Centrum|Stadsdelsnämnden Centrum|Stadsdelsförvaltning Centrum|SDF Centrum"),
        ("Utbildningsnämnden", "UBN|Utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Stadsbyggnadsnämnden", "SBN|Stadsbyggnadskontoret"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Trafik- och gatunämnden", "TGN|Trafikkontoret"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")


def write_csvs():
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    file_slk_export()
    file_ubn()
    file_sn()
    file_ks()
    file_sbn()
    file_kfn()
    file_tgn()
    file_missiv()
    write_register()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
