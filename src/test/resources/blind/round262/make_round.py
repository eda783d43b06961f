#!/usr/bin/python3
# Blind round 262 - Skärvsjö kommun - theme: tricky Swedish language in status/comment text.
# Builds every follow-up file, the reject file and namnder.csv / files.csv / expected.csv.
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)
LO_PROFILE = "file:///tmp/lo-round262"

EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice to fmt and store it as outname in HERE."""
    tmpd = tempfile.mkdtemp(prefix="r262_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmpd)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="D9E1F2")
GRP_FILL = PatternFill("solid", fgColor="F2F2F2")


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Skärvsjö kommun"
    return wb


def new_doc():
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Skärvsjö kommun"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    return d


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Excel, status column in words, delår
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK-uppfoljning_KS_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Skärvsjö kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: Delår (januari–augusti 2025)"
    ws["A4"] = ("Instruktion: Ange status i klartext (Genomförd / Delvis genomförd / Ej genomförd / Utgår). "
                "Beskriv resultat och eventuella avvikelser i kolumnen Kommentar.")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:G4")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår", "Kommentar"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = HDR_FILL
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("grp", "Ekonomiprocesser"),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Redovisningschef", "Genomförd",
         "Stickprov om 30 fakturor (jan–jun). Inga avvikelser noterades.", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Representation och förtroendekänsliga poster – syfte och deltagare framgår av verifikat",
         "Stickprov 20 verifikat", "Controller",
         "Genomförd. Rättelse: endast hälften av stickproven har granskats, resterande tas under hösten.",
         "Av de 10 granskade verifikaten saknade 2 deltagarförteckning.", "DELVIS", "ja"),
        ("1.3", "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Analys av leverantörsreskontra", "Upphandlingschef",
         "Ej genomförd ännu men planerad till november", None, "EJ_GENOMFORD", ""),
        ("1.4", "Ekonomi", "Beslutade budgetjusteringar är korrekt bokförda",
         "Avstämning mot KS-beslut", "Ekonomichef", "I stort sett klar",
         "Återstår avstämning av två investeringsprojekt.", "DELVIS", ""),
        ("grp", "Personal"),
        ("2.1", "Lön", "Löneutbetalningar till nyanställda stämmer med anställningsavtal",
         "Stickprov 15 anställningar", "HR-chef", "Har genomförts", "Ingen åtgärd behövs.",
         "GENOMFORD", "nej"),
        ("2.2", "Arbetsmiljö", "Rehabiliteringsplan upprättas vid upprepad korttidsfrånvaro",
         "Genomgång av rehabärenden", "HR-konsult", "Genomförd",
         "Två ärenden saknade rehabiliteringsplan – åtgärd krävs.", "GENOMFORD", "ja"),
        ("2.3", "Bisysslor", "Samtliga chefer har redovisat eventuella bisysslor",
         "Enkät till chefer", "HR-chef", "Inte påbörjad", "Enkäten skickas ut i september.",
         "EJ_GENOMFORD", ""),
        ("grp", "Informationssäkerhet"),
        ("3.1", "Behörigheter", "Behörigheter för avslutade anställningar har tagits bort i ekonomi- och personalsystem",
         "Registerkörning mot personalsystem", "Systemförvaltare", "Genomförd till största delen",
         "Klart för ekonomisystemet, personalsystemet återstår.", "DELVIS", ""),
        ("3.2", "Dataskydd", "Registerförteckningen enligt dataskyddsförordningen är uppdaterad",
         "Genomgång", "Dataskyddssamordnare", "Utgår",
         "Utgår enligt beslut KS 2025-03-11 § 42 – ingår i dataskyddsombudets granskning.", "UTGAR", ""),
        ("3.3", "Arkiv", "Dokumenthanteringsplanen följs vid arkivering av allmänna handlingar",
         "Stickprov i diariet", "Registrator", None, None, "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "grp":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            for c in range(1, 8):
                ws.cell(r, c).fill = GRP_FILL
                ws.cell(r, c).border = BORDER
        else:
            vals = row[:7]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.cell(r, 1, "Uppföljningen har stämts av med kommundirektören 2025-09-12.")
    ws.cell(r + 1, 1, "Sammanställd av: Karin Wester, controller, Kommunledningskontoret")
    set_widths(ws, [6, 14, 44, 24, 18, 30, 48])
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word, single "Uppföljning" column, T1
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning internkontroll T1 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc()
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll – tertial 1 2025 (januari–april)", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (BUN 2024/312). "
        "Nedan redovisas läget för respektive kontrollmoment efter första tertialet. Kontroller som "
        "enligt planen ska genomföras senare under året redovisas med planerad tidpunkt.")
    rows = [
        ("Ekonomi", "Attest av fakturor för skolskjuts enligt attestordningen", "Ekonom",
         "Kontrollen har genomförts i april genom stickprov på 25 fakturor och inga avvikelser noterades.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Interkommunala ersättningar faktureras korrekt och i rätt tid", "Controller",
         "Kontrollen har inte kunnat genomföras fullt ut eftersom underlag från två kommuner saknas; "
         "de 14 av 20 fakturor som hittills granskats var korrekta.", "DELVIS", "nej"),
        ("Trygghet och studiero", "Anmälan om kränkande behandling utreds inom fastställd tid", "Rektorer",
         "Inte påbörjad. Kontrollen flyttas till tertial 2 på grund av byte av ärendesystem.",
         "EJ_GENOMFORD", ""),
        ("Personal", "Utdrag ur belastningsregistret har uppvisats före anställning", "HR-specialist",
         "Av 18 nyanställningar hade 17 uppvisat registerutdrag. I ett fall hade utdrag inte begärts, "
         "vilket nu har åtgärdats. Kontrollen är därmed genomförd.", "GENOMFORD", "ja"),
        ("Personal", "Legitimation finns för tillsvidareanställda lärare", "HR-specialist",
         "Ska genomföras under hösten i samband med lönerevisionen.", "EJ_GENOMFORD", ""),
        ("Verksamhet", "Frånvaro meddelas vårdnadshavare samma dag", "Rektorer",
         "Pågår. Två av fem skolor har rapporterat, resterande rapporter inkommer i maj.", "DELVIS", ""),
        ("Verksamhet", "Elever med hög frånvaro har utretts enligt skollagen", "Verksamhetschef grundskola",
         "Genomförd, dock inte utan anmärkning: tre utredningar saknade beslut om åtgärd.",
         "GENOMFORD", "ja"),
        ("IT", "Behörigheter i elevdokumentationssystemet är aktuella", "IT-samordnare",
         "Någon kontroll har ännu inte gjorts; den planeras i samband med läsårsstarten i augusti.",
         "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollmoment", "Ansvarig", "Uppföljning"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for omr, km, ans, upp, st, av in rows:
        cells = t.add_row().cells
        cells[0].text = omr
        cells[1].text = km
        cells[2].text = ans
        cells[3].text = upp
        exp(fil, N, km, st, av)
    widths = [Cm(3), Cm(5.5), Cm(3), Cm(7)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Skärvsjö 2025-05-20")
    d.add_paragraph("Maria Holmqvist\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. CSV export (governance system) - Socialnämnden + Kultur- och fritidsnämnden, helår
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Stratsys_export_internkontroll_2025_helar.csv"
    SN = "Socialnämnden"
    KFN = "Kultur- och fritidsnämnden"
    header = ["Organisation", "År", "Process", "Kontrollmoment", "Ansvarig",
              "Status T1", "Status T2", "Status T3", "Kommentar T3"]
    rows = [
        (SN, "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Enhetschef försörjningsstöd",
         "Pågående", "Pågående", "Genomförd", "Stickprov 40 ärenden. Inga avvikelser noterades.",
         "GENOMFORD", "nej"),
        (SN, "Placeringar", "Avtal finns för samtliga externa placeringar", "Enhetschef IFO",
         "Ej påbörjad", "Pågående", "Pågående",
         "Nästan färdig – avtal saknas fortfarande för två placeringar, åtgärd krävs.", "DELVIS", "ja"),
        (SN, "Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Enhetschef barn och unga",
         "Genomförd", "Genomförd", "Genomförd",
         "Har genomförts varje tertial.\nI 6 av 112 anmälningar överskreds tidsgränsen.", "GENOMFORD", "ja"),
        (SN, "Informationssäkerhet", "Loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare",
         "Pågående", "", "Utgår",
         "Uppföljningen pågår inte längre – kontrollen ersattes av central loggkontroll enligt beslut SN 2025-06-17 § 88.",
         "UTGAR", ""),
        (SN, "Avgifter", "Avgiftsbeslut inom äldreomsorgen är korrekta", "Avgiftshandläggare",
         "", "Genomförd", "", "", "GENOMFORD", ""),
        (SN, "Arbetsmiljö", "Rapporterade händelser om hot och våld följs upp", "Verksamhetschef",
         "Ej påbörjad", "Ej påbörjad", "Ej påbörjad",
         "Ska genomföras 2026 när rutinen har reviderats.", "EJ_GENOMFORD", ""),
        (SN, "Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "", "", "Genomförd",
         "Genomförd. Rättelse: avser endast IFO, vård och omsorg har inte kontrollerats.", "DELVIS", ""),
        (KFN, "Kassahantering", "Kontantkassor i simhall och bibliotek stäms av dagligen", "Enhetschef",
         "Genomförd", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (KFN, "Bidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer", "Föreningshandläggare",
         "", "Pågående", "Genomförd",
         "Genomförd till största delen; kontrollen av lokalt aktivitetsstöd återstår.", "DELVIS", ""),
        (KFN, "Uthyrning", "Uthyrning av lokaler faktureras korrekt", "Bokningsansvarig",
         "", "", "Ej påbörjad", "Genomförandeplan saknas, kontrollen har därför inte påbörjats.",
         "EJ_GENOMFORD", ""),
        (KFN, "Inventarier", "Inventarieförteckning för kulturskolans instrument är aktuell", "Kulturskolechef",
         "", "", "", "", "SAKNAS", ""),
        (KFN, "Avtal", "Avtal med externa arrangörer är underskrivna före evenemang", "Evenemangssamordnare",
         "Pågående", "", "", "", "DELVIS", ""),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Rapport: Internkontroll - uppföljning;;;;;;;;\r\n")
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for org, proc, km, ans, t1, t2, t3, kom, st, av in rows:
            w.writerow([org, "2025", proc, km, ans, t1, t2, t3, kom])
            exp(fil, org, km, st, av)
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - Excel with only a comment column; nämnd only in print header (+ TF in file name), T2
# ---------------------------------------------------------------------------
def file_tn():
    fil = "IK-plan uppföljning T2 2025 TF.xlsx"
    N = "Tekniska nämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "IK-plan"
    ws.oddHeader.left.text = "Tekniska nämnden"
    ws.oddHeader.right.text = "Skärvsjö kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning tertial 2 (maj–augusti)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk", "Kontrollmoment", "Metod / omfattning", "Riskvärde", "Ansvarig", "Kommentar uppföljning T2"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(3, c, h)
        cell.font = BOLD
        cell.fill = HDR_FILL
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Felaktiga utbetalningar", "Attest av leverantörsfakturor över 50 000 kr",
         "Stickprov 20 fakturor", 9, "Ekonom", "Har genomförts i augusti, ingen åtgärd behövs.",
         "GENOMFORD", "nej"),
        ("Bristande avtalstrohet", "Inköp av entreprenadtjänster sker från avtalade leverantörer",
         "Analys av inköp över 100 tkr", 12, "Upphandlare",
         "Genomförd. Tre inköp gjordes utanför avtal, åtgärd krävs – information till beställare i oktober.",
         "GENOMFORD", "ja"),
        ("Olyckor på lekplatser", "Lekplatsbesiktning enligt SS-EN 1176",
         "Protokoll från besiktning", 12, "Parkchef",
         "Genomförandeplan saknas – kontrollen har därför inte startat.", "EJ_GENOMFORD", ""),
        ("Brand i kommunala lokaler", "Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga fastigheter",
         "Genomgång av SBA-pärmar", 16, "Fastighetschef",
         "Nästan färdig, återstår två av 34 fastigheter.", "DELVIS", ""),
        ("Felaktig fordonsanvändning", "Körjournaler för kommunens fordon förs korrekt",
         "Stickprov 10 fordon", 6, "Fordonssamordnare", "Se bilaga 2", "OKLAR", ""),
        ("Bristande leverans", "Vinterväghållningsentreprenaden utförs enligt avtal",
         "Avstämning mot utryckningslogg", 8, "Gatuchef", None, "SAKNAS", ""),
        ("Felaktig debitering", "Avgifter för VA och avfall debiteras enligt taxa",
         "Stickprov 30 kunder", 9, "Ekonom",
         "Ej aktuellt för TN – VA-debiteringen har övergått till Skärvsjö Vatten AB.", "UTGAR", ""),
        ("Arbetsmiljö", "Skyddsronder genomförs på samtliga driftenheter",
         "Protokoll skyddsrond", 8, "Driftchef",
         "Inte alla enheter har kontrollerats – fem av sex är klara.", "DELVIS", ""),
        ("Bristande service", "Synpunkter och klagomål besvaras inom 10 arbetsdagar",
         "Uttag ur synpunktssystemet", 4, "Kundtjänst",
         "Genomförd i stort sett utan anmärkning; två ärenden besvarades först efter 12 dagar.",
         "GENOMFORD", "ja"),
    ]
    r = 4
    for risk, km, met, rv, ans, kom, st, av in rows:
        for c, v in enumerate([risk, km, met, rv, ans, kom], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, N, km, st, av)
        r += 1
    set_widths(ws, [24, 44, 26, 9, 16, 52])
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - Word (.doc), one table per process, helår
# ---------------------------------------------------------------------------
def file_sbn(tmpdir):
    fil = "Samhällsbyggnadsnämnden årsuppföljning IK 2025.doc"
    N = "Samhällsbyggnadsnämnden"
    d = new_doc()
    d.add_heading("Årsuppföljning av internkontrollplan 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Samhällsbyggnadsnämnden").bold = True
    d.add_paragraph(
        "Nämnden har under 2025 följt upp nio kontrollmoment fördelade på tre processer. "
        "I de kontroller som har genomförts noterades inga avvikelser av väsentlig betydelse, "
        "men ett par kontroller har inte kunnat slutföras. Status anges per kontrollmoment nedan.")
    blocks = [
        ("Process: Bygglov och tillsyn", [
            ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "Har genomförts",
             "Av 212 ärenden överskreds tidsfristen i 9 fall.", "GENOMFORD", "ja"),
            ("Avgifter för bygglov debiteras enligt gällande taxa", "Administratör", "Genomförd till största delen",
             "Stickprov för kvartal 4 återstår.", "DELVIS", ""),
            ("Tillsynsärenden om ovårdade tomter följs upp", "Byggnadsinspektör", "Avbruten genom nämndbeslut",
             "SBN 2025-04-22 § 51.", "UTGAR", ""),
        ]),
        ("Process: Planering och exploatering", [
            ("Exploateringsavtal tecknas innan detaljplan antas", "Exploateringschef", "Genomförd",
             "Inga avvikelser noterades.", "GENOMFORD", "nej"),
            ("Markanvisningar sker enligt antagen markanvisningspolicy", "Mark- och exploateringsingenjör",
             "Ej genomförd", "Har inte genomförts på grund av vakans; flyttas till 2026.", "EJ_GENOMFORD", ""),
            ("Planbesked lämnas inom fyra månader", "Planchef", "Pågår", "", "DELVIS", ""),
        ]),
        ("Process: Lantmäteri och GIS", [
            ("Fastighetsbildningsärenden debiteras korrekt", "Lantmätare", "Genomförd",
             "Genomförd med avvikelse – två ärenden fakturerades med fel timpris, vilket har rättats.",
             "GENOMFORD", "ja"),
            ("Behörigheter i GIS-systemet ses över", "GIS-samordnare", "",
             "Inte genomförd – ska genomföras i februari 2026.", "EJ_GENOMFORD", ""),
            ("Grundkartan för pågående detaljplaner är aktuell", "Kartingenjör", "Genomförd",
             "Ej genomförd enligt GIS-enheten – uppgifterna ska stämmas av.", "OKLAR", ""),
        ]),
    ]
    for title, rows in blocks:
        d.add_heading(title, level=3)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Status", "Kommentar"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for km, ans, st_txt, kom, st, av in rows:
            c = t.add_row().cells
            c[0].text = km
            c[1].text = ans
            c[2].text = st_txt
            c[3].text = kom
            exp(fil, N, km, st, av)
        d.add_paragraph("")
    d.add_paragraph("Skärvsjö 2026-01-14")
    d.add_paragraph("Anders Lind, samhällsbyggnadschef")
    src = os.path.join(tmpdir, "Samhällsbyggnadsnämnden årsuppföljning IK 2025.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och hälsoskyddsnämnden - ODS, Ja/Nej/Delvis columns + comment, delår
# ---------------------------------------------------------------------------
def file_mhn(tmpdir):
    fil = "MHN internkontroll delår 2025.ods"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Miljö- och hälsoskyddsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontroll, delår 2025 (t.o.m. 31 augusti)"
    ws["A2"].font = Font(bold=True)
    hdr = ["Kontrollmoment", "Kontrollansvarig", "Genomförd?\n(Ja/Nej/Delvis)", "Avvikelse?\n(Ja/Nej)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.fill = HDR_FILL
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Tillsynsavgifter debiteras enligt taxa", "Miljöekonom", "Ja", "Nej",
         "Inga avvikelser noterades.", "GENOMFORD", "nej"),
        ("Livsmedelskontroller genomförs enligt fastställd kontrollplan", "Enhetschef livsmedel", "Delvis", "Nej",
         "I stort sett enligt plan: 78 av 85 planerade kontroller utförda.", "DELVIS", "nej"),
        ("Klagomålsärenden registreras inom två arbetsdagar", "Registrator", "Nej", None,
         "Ej genomförd ännu men planerad till oktober.", "EJ_GENOMFORD", ""),
        ("Jävssituationer hanteras enligt förvaltningslagen", "Miljöchef", "Ja", "Ja",
         "Genomförd. Ett ärende där jäv inte kunde uteslutas har omfördelats.", "GENOMFORD", "ja"),
        ("Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare", "Ja", "Nej",
         "Korrigering: endast beslut t.o.m. juni har kontrollerats, juli–augusti återstår.", "DELVIS", "nej"),
        ("Tillsyn av enskilda avlopp följs upp med beslut", "Miljöinspektör", None, None,
         "Inte påbörjad.", "EJ_GENOMFORD", ""),
        ("Mätdata från recipientkontrollen rapporteras till vattenvårdsförbundet", "Miljöstrateg", "Ej aktuell",
         None, "Ej aktuell 2025 – kontrollen utgår ur planen.", "UTGAR", ""),
        ("Inventering av förorenade områden rapporteras till länsstyrelsen", "Miljöinspektör", None, None, None,
         "SAKNAS", ""),
    ]
    r = 5
    for km, ans, g, a, kom, st, av in rows:
        for c, v in enumerate([km, ans, g, a, kom], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, N, km, st, av)
        r += 1
    ws.cell(r + 1, 1, "Behandlad av nämnden 2025-09-24, § 97.")
    set_widths(ws, [48, 20, 14, 12, 50])
    src = os.path.join(tmpdir, "MHN internkontroll delår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Skärvsjö Vatten AB - .xls, status T1 and T2 side by side + plan month, T2
# ---------------------------------------------------------------------------
def file_svab(tmpdir):
    fil = "Skärvsjö Vatten AB - uppföljning internkontroll T2 2025.xls"
    N = "Skärvsjö Vatten AB"
    wb = new_wb()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Skärvsjö Vatten AB – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per tertial 2 (maj–augusti). Status anges per tertial; lämna tomt om kontrollen inte är aktuell under tertialet."
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Kontrollmoment", "Planerad (månad)", "Status T1", "Status T2", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.fill = HDR_FILL
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        (1, "Debitering av VA-avgifter enligt antagen taxa", "Mars", "Genomförd", None,
         "T1: Inga avvikelser noterades.", "GENOMFORD", "nej"),
        (2, "Avläsning av vattenmätare – rimlighetsbedömning av förbrukning", "Maj", "Pågår", "Genomförd",
         "Har genomförts. 14 mätare med orimlig förbrukning byts under hösten.", "GENOMFORD", "ja"),
        (3, "Behörigheter till driftövervakningssystemet (SCADA)", "Juni", "Ej påbörjad", "Ej påbörjad",
         "Ska genomföras i oktober tillsammans med IT-leverantören.", "EJ_GENOMFORD", ""),
        (4, "Kundfordringar äldre än 90 dagar följs upp", "Löpande", "Pågår", "Pågår",
         "Uppföljningen pågår, i stort sett klar för privatkunder.", "DELVIS", ""),
        (5, "Provtagning av dricksvatten enligt kontrollprogram", "Löpande", "Genomförd", "Genomförd",
         "Inga avvikelser noterades; ingen åtgärd behövs.", "GENOMFORD", "nej"),
        (6, "Inköp av kemikalier görs från upphandlade ramavtal", "Augusti", None, "Ej genomförd",
         "Kontrollen har inte kunnat genomföras på grund av sjukfrånvaro.", "EJ_GENOMFORD", ""),
        (7, "Attest av leverantörsfakturor enligt bolagets attestinstruktion", "Augusti", None, "Genomförd",
         "Åtgärd krävs: 4 av 25 fakturor hade attesterats av fel person.", "GENOMFORD", "ja"),
        (8, "Reservvattenplanen är uppdaterad", "December", None, None,
         "Ej genomförd ännu – planerad till december.", "EJ_GENOMFORD", ""),
    ]
    r = 5
    GREEN = PatternFill("solid", fgColor="C6EFCE")
    YELLOW = PatternFill("solid", fgColor="FFEB9C")
    RED = PatternFill("solid", fgColor="FFC7CE")
    fills = {"Genomförd": GREEN, "Pågår": YELLOW, "Ej påbörjad": RED, "Ej genomförd": RED}
    for nr, km, plan, t1, t2, kom, st, av in rows:
        for c, v in enumerate([nr, km, plan, t1, t2, kom], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
            if c in (4, 5) and v in fills:
                cell.fill = fills[v]
        exp(fil, N, km, st, av)
        r += 1
    ws.cell(r + 1, 1, "Godkänd av VD 2025-09-18. Rapporteras till styrelsen 2025-10-02.")
    set_widths(ws, [5, 48, 14, 13, 13, 52])
    src = os.path.join(tmpdir, "Skärvsjö Vatten AB - uppföljning internkontroll T2 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (missiv) with status words but no follow-up
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Missiv intern kontroll SBN 2025.docx"
    d = new_doc()
    d.add_paragraph("Skärvsjö kommun\nSamhällsbyggnadsförvaltningen")
    d.add_paragraph("2026-01-15")
    d.add_paragraph("Till: Ekonomikontoret, Kommunledningskontoret")
    d.add_heading("Missiv – årsuppföljning av intern kontroll 2025", level=2)
    d.add_paragraph(
        "Härmed översänds Samhällsbyggnadsnämndens årsuppföljning av internkontrollplanen för 2025. "
        "Uppföljningen behandlas av nämnden den 27 januari 2026.")
    d.add_paragraph(
        "Kontrollerna har i huvudsak genomförts. Inga avvikelser av väsentlig betydelse noterades, men "
        "två kontroller har inte kunnat genomföras fullt ut och en kontroll har avbrutits genom nämndbeslut. "
        "Detaljerna framgår av bifogad uppföljning.")
    d.add_paragraph("Ingen åtgärd behövs från ekonomikontorets sida i nuläget.")
    d.add_paragraph("Bilaga: Samhällsbyggnadsnämnden årsuppföljning IK 2025")
    d.add_paragraph("\nMed vänlig hälsning\nAnders Lind\nSamhällsbyggnadschef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
    ("Skärvsjö Vatten AB", "SVAB|Skärvsjövatten|Skärvsjö Vatten"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
]


def main():
    # remove previous outputs (only files this script makes)
    tmpdir = tempfile.mkdtemp(prefix="r262src_")
    file_ks()
    file_bun()
    file_csv()
    file_tn()
    file_sbn(tmpdir)
    file_mhn(tmpdir)
    file_svab(tmpdir)
    file_reject()
    shutil.rmtree(tmpdir)
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected rows")


if __name__ == "__main__":
    main()
