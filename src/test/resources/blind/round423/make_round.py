#!/usr/bin/python3
"""Blind round 423 - Korpilombolo kommun (fictional), delår 2025, text-heavy follow-ups.

Builds every follow-up file in ./files/ plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LO_PROFILE = "file:///tmp/lo-round423"
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_core(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def label_par(doc, label, text, bold_label=True):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = bold_label
    if text:
        p.add_run(" " + text)
    return p


# ---------------------------------------------------------------------------
# 1. Socialnämnden - Word memo, one heading per control, "Metod"/"Resultat" paragraphs.
#    Nämnd only in the page header and the file name.
# ---------------------------------------------------------------------------
def build_sn():
    fil = "SN_IK-uppfoljning_delar_2025.docx"
    namnd = "Socialnämnden"
    doc = Document()
    fix_core(doc, "Anna-Lena Keinänen")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Socialnämnden\tKorpilombolo kommun\tDnr SN 2025/118"
    sec.footer.paragraphs[0].text = "Socialförvaltningen, Korpilombolo kommun"

    doc.add_heading("Uppföljning av internkontrollplan 2025", level=0)
    p = doc.add_paragraph("Delårsrapport – perioden januari–augusti 2025")
    p.runs[0].italic = True
    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024. Planen omfattar åtta "
        "kontrollmoment som följs upp i samband med delårsrapporten och helårsbokslutet. Nedan redovisas "
        "resultatet per kontrollmoment för perioden januari–augusti.")
    doc.add_paragraph(
        "Kontrollerna har genomförts av förvaltningens controller och berörda enhetschefer. "
        "Eventuella avvikelser har rapporterats till förvaltningens ledningsgrupp.")
    doc.add_heading("Resultat per kontrollmoment", level=1)

    controls = [
        ("Kontroll av att utbetalningar av ekonomiskt bistånd har attesterats enligt delegationsordningen",
         "Stickprov om 40 utbetalningar under januari–juni.",
         "Samtliga 40 granskade utbetalningar var attesterade av behörig delegat. Inga avvikelser noterades.",
         "GENOMFORD", "nej"),
        ("Uppföljning av att orosanmälningar inom barn och unga förhandsbedöms inom 14 dagar",
         "Genomgång av samtliga orosanmälningar i verksamhetssystemet.",
         "Under perioden inkom 112 orosanmälningar. I 9 ärenden överskreds tidsgränsen på 14 dagar, "
         "främst under semesterperioden i juli. Enheten har infört en bevakningslista som gås igenom "
         "veckovis.",
         "GENOMFORD", "ja"),
        ("Kontroll av att genomförandeplaner inom hemtjänsten är upprättade och uppdaterade senast var sjätte månad",
         "Stickprov om 25 brukare per hemtjänstgrupp.",
         "Kontrollen pågår. Två av fyra hemtjänstgrupper är granskade; i dessa saknade 6 av 50 brukare en "
         "aktuell genomförandeplan. Resterande grupper granskas under september.",
         "DELVIS", "ja"),
        ("Kontroll av att utredningar enligt lex Sarah slutförs och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga lex Sarah-rapporter.",
         "Kontrollen är planerad till oktober och redovisas i helårsuppföljningen.",
         "EJ_GENOMFORD", ""),
        ("Granskning av loggar i verksamhetssystemet Treserva",
         "Slumpvis urval av 20 användare per månad.",
         "Kontrollmomentet utgår ur planen enligt nämndens beslut 2025-04-23 § 41 eftersom loggkontrollen "
         "har flyttats till den kommungemensamma informationssäkerhetsplanen.",
         "UTGAR", ""),
        ("Kontroll av att läkemedelsförråd inom särskilt boende inventeras och att narkotikaklassade läkemedel stäms av",
         "Medicinskt ansvarig sjuksköterska (MAS) genomför inventering.",
         "Se bilaga 2.",
         "OKLAR", ""),
        ("Uppföljning av att avtal finns för samtliga externa placeringar (HVB och familjehem)",
         "Genomgång av samtliga pågående placeringar per 30 juni.",
         "Genomförd. 14 placeringar granskades. För två placeringar saknades undertecknat avtal vid "
         "granskningstillfället; avtal har därefter upprättats.",
         "GENOMFORD", "ja"),
        ("Kontroll av att utdrag ur belastningsregistret har begärts vid nyanställning inom LSS-verksamheten",
         "Stickprov om 15 nyanställningar.",
         "",
         "SAKNAS", ""),
    ]
    for km, metod, res, st, avv in controls:
        doc.add_heading(km, level=2)
        label_par(doc, "Metod:", metod)
        label_par(doc, "Resultat:", res)
        exp(fil, namnd, km, st, avv)

    doc.add_heading("Samlad bedömning", level=1)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De avvikelser som "
        "framkommit har åtgärdats eller är under åtgärd. Slutlig bedömning görs i helårsuppföljningen.")
    doc.add_paragraph("Korpilombolo 2025-09-15")
    doc.add_paragraph("Anna-Lena Keinänen\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - ODT memo. Heading per process, under it
#    "Kontrollmoment: …" / "Resultat delår: …" label paragraphs (one process has two controls).
# ---------------------------------------------------------------------------
def build_bun(tmp):
    fil = "BUN delår 2025 intern kontroll.odt"
    namnd = "Barn- och utbildningsnämnden"
    doc = Document()
    fix_core(doc, "Johan Niemi")
    doc.sections[0].header.paragraphs[0].text = "Barn- och utbildningsförvaltningen – TJÄNSTESKRIVELSE"
    doc.add_heading("Delårsuppföljning av intern kontroll 2025", level=0)
    doc.add_paragraph("Barn- och utbildningsnämnden, Korpilombolo kommun")
    doc.add_paragraph("Uppföljningsperiod: 2025-01-01 – 2025-08-31")
    doc.add_heading("Sammanfattning", level=1)
    doc.add_paragraph(
        "Internkontrollplanen 2025 innehåller åtta kontrollmoment fördelade på fem processer. "
        "Av dessa är fyra genomförda vid delåret, ett pågår, ett har inte påbörjats och ett har "
        "utgått. Nedan redovisas resultatet process för process.")
    doc.add_heading("Redovisning per process", level=1)

    procs = [
        ("Skolskjuts", [
            ("Kontroll av att beslut om skolskjuts fattas enligt gällande delegationsordning",
             "Stickprov på 25 beslut från vårterminen. Samtliga beslut var fattade av rätt delegat och "
             "motiverade enligt riktlinjerna.", "GENOMFORD", "nej")]),
        ("Elevfrånvaro och kränkande behandling", [
            ("Uppföljning av att hög frånvaro hos elever anmäls till rektor och att åtgärder dokumenteras",
             "Genomförd för vårterminen på samtliga sju grundskolor. På två skolor saknades dokumenterade "
             "åtgärder för elever med mer än 20 procent frånvaro. Rektorerna har fått i uppdrag att följa "
             "rutinen och kontrollen upprepas i december.", "GENOMFORD", "ja"),
            ("Kontroll av att anmälan om kränkande behandling rapporteras till huvudmannen samma dag",
             "Pågående. Vårterminens ärenden är kontrollerade (38 ärenden, varav 5 rapporterades senare "
             "än samma dag). Höstterminens ärenden kontrolleras i december.", "DELVIS", "ja")]),
        ("Inköp", [
            ("Kontroll av att inköp av läromedel görs från upphandlade leverantörer",
             "Har inte genomförts under perioden på grund av vakans på förvaltningens ekonomfunktion. "
             "Kontrollen flyttas till hösten.", "EJ_GENOMFORD", ""),
            ("Granskning av representation och andra förtroendekänsliga poster",
             "30 verifikationer från januari–juni har granskats. Samtliga hade angivet syfte och "
             "deltagarförteckning. Inga avvikelser.", "GENOMFORD", "nej")]),
        ("Personal", [
            ("Kontroll av att utdrag ur belastningsregistret har uppvisats före anställning i förskola och skola",
             "Ej aktuell för nämnden 2025 – kontrollen genomförs centralt av HR-avdelningen enligt "
             "kommunstyrelsens beslut.", "UTGAR", ""),
            ("Uppföljning av att lärare som sätter betyg har legitimation och behörighet i ämnet",
             "Genomförd. Samtliga 212 lärare som satte betyg vårterminen 2025 har legitimation med behörighet "
             "i ämnet.", "GENOMFORD", "nej")]),
        ("Elevhälsa", [
            ("Kontroll av att elevhälsans journaler förs enligt patientdatalagen",
             "–", "SAKNAS", "")]),
    ]
    for proc, ctrls in procs:
        doc.add_heading("Process: " + proc, level=2)
        for km, res, st, avv in ctrls:
            label_par(doc, "Kontrollmoment:", km)
            label_par(doc, "Resultat delår:", res)
            doc.add_paragraph()
            exp(fil, namnd, km, st, avv)

    doc.add_heading("Förslag till beslut", level=1)
    doc.add_paragraph("Barn- och utbildningsnämnden godkänner delårsuppföljningen av internkontrollplanen 2025.")
    doc.add_paragraph("Johan Niemi, förvaltningschef")
    src = os.path.join(tmp, "bun.docx")
    doc.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.move(os.path.join(tmp, "bun.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "DELAR"))


# ---------------------------------------------------------------------------
# 3. Kommunstyrelsen - Word: key/value info table, then a control table whose only
#    status is a free-text comment column. Process cells merged vertically.
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_internkontroll_delar_2025.docx"
    namnd = "Kommunstyrelsen"
    doc = Document()
    fix_core(doc, "Mikael Lantto")
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Internkontrollplan 2025 – uppföljning per 31 augusti", level=1)

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Nämnd/styrelse", "Kommunstyrelsen"),
                                ("Förvaltning", "Kommunledningsförvaltningen"),
                                ("Uppföljningstillfälle", "Delår 2025 (jan–aug)"),
                                ("Upprättad av", "Mikael Lantto, controller")]):
        info.cell(i, 0).text = k
        info.cell(i, 1).text = v
        info.cell(i, 0).paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph("Anvisning: Ange i kolumnen Kommentar vad kontrollen visat och om avvikelser har "
                      "upptäckts. Bifoga eventuella underlag.").runs[0].italic = True

    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "12", "Ekonomichef", "Tertial",
         "Stickprov 60 fakturor: 2 saknade behörig beslutsattest (ordinarie attestant på semester, ersättare "
         "ej utsedd). Åtgärdat genom uppdaterad ersättarförteckning.", "GENOMFORD", "ja"),
        ("2", "Ekonomi", "Kontroll av att avstämning av balanskonton görs månadsvis", "9", "Redovisningsansvarig",
         "Månadsvis", "Samtliga balanskonton avstämda per 30/6 och 31/7 utan anmärkning.", "GENOMFORD", "nej"),
        ("3", "Upphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", "12",
         "Upphandlingssamordnare", "Halvår",
         "Påbörjad. Underlag från ekonomisystemet är framtaget, granskning av dokumentationen återstår.",
         "DELVIS", ""),
        ("4", "Upphandling", "Avtalstrohet – inköp från leverantörer utan avtal", "8",
         "Upphandlingssamordnare", "Halvår", "Se bilaga 1", "OKLAR", ""),
        ("5", "Personal", "Kontroll av att lönetillägg beslutas av behörig chef", "6", "HR-chef", "År",
         "Ej påbörjad – görs i samband med lönerevisionen i oktober.", "EJ_GENOMFORD", ""),
        ("6", "Personal", "Uppföljning av att chefers bisysslor är anmälda och prövade", "6", "HR-chef", "År",
         "", "SAKNAS", ""),
        ("7", "IT och informationssäkerhet",
         "Kontroll av att behörigheter i ekonomisystemet tas bort när anställning upphör", "9", "IT-chef",
         "Tertial", "Avbruten genom beslut i KS 2025-05-12 § 88 – ersätts av automatisk avregistrering via "
         "kommunens identitetstjänst.", "UTGAR", ""),
        ("8", "Dokumenthantering", "Diarieföring av inkomna handlingar inom två arbetsdagar", "4",
         "Kanslichef", "Tertial",
         "Genomförd med anmärkning: 14 % av de granskade handlingarna diariefördes senare än två arbetsdagar.",
         "GENOMFORD", "ja"),
        ("9", "Säkerhet och beredskap",
         "Kontroll av att krisledningsplanen är uppdaterad och känd hos krisledningsgruppen", "8",
         "Säkerhetssamordnare", "År",
         "Klart. Planen reviderades i mars och en övning med krisledningsgruppen hölls 2025-05-20.",
         "GENOMFORD", "nej"),
    ]
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Riskvärde", "Ansvarig", "Frekvens", "Kommentar delår 2025"]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        c = t.cell(0, j)
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")
    for i, r in enumerate(rows, start=1):
        for j in range(7):
            if j == 1:
                continue
            t.cell(i, j).text = r[j]
        exp(fil, namnd, r[2], r[7], r[8])
    # merge process cells vertically over equal runs
    i = 1
    while i <= len(rows):
        k = i
        while k + 1 <= len(rows) and rows[k][1] == rows[i - 1][1]:
            k += 1
        cell = t.cell(i, 1)
        if k > i:
            cell = cell.merge(t.cell(k, 1))
        cell.text = rows[i - 1][1]
        i = k + 1
    widths = [Cm(1), Cm(3.2), Cm(6), Cm(1.8), Cm(3), Cm(2), Cm(8)]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph("Riskvärde = sannolikhet × konsekvens (1–16).")
    doc.add_paragraph("Bilaga 1: Avtalstrohetsanalys jan–jun 2025 (separat fil).")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "DELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys text export - two nämnder, one row per control and period (T1, Delår),
#    free-text comment only (a Status column exists but is blank in every row).
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_IK_2025-09-12.txt"
    sbn, kfn = "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden"
    data = [
        ("Samhällsbyggnadsförvaltningen", sbn, "Bygglov",
         "Handläggningstid för bygglov inom tio veckor enligt PBL", "Bygglovschef",
         "Kontroll av ärenden jan–apr: samtliga beslut inom tid.",
         "Kontroll av ärenden maj–aug: 3 av 61 ärenden överskred tio veckor, avgiften reducerades enligt "
         "PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
        ("Samhällsbyggnadsförvaltningen", sbn, "Gata och park",
         "Kontroll av att vinterväghållningsentreprenörens fakturor stäms av mot utförda körningar",
         "Gatuchef", "Genomförd för säsongen 2024/2025, inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", sbn, "Fastighet",
         "Uppföljning av att lagstadgade besiktningar (OVK, hiss) utförs i kommunens fastigheter",
         "Fastighetschef", "Påbörjad.",
         "Pågår, 70 % av fastigheterna kontrollerade. Två OVK-besiktningar har passerat datum och är nu "
         "beställda.", "DELVIS", "ja"),
        ("Samhällsbyggnadsförvaltningen", sbn, "Mark och exploatering",
         "Kontroll av att arrendeavgifter faktureras enligt avtal", "Mark- och exploateringsingenjör", "",
         "Ej genomförd, har prioriterats bort på grund av personalbrist. Genomförs under kvartal 4.",
         "EJ_GENOMFORD", ""),
        ("Samhällsbyggnadsförvaltningen", sbn, "Kart och mät",
         "Kontroll av att avgift för nybyggnadskarta tas ut enligt taxa", "GIS-samordnare", "", "",
         "SAKNAS", ""),
        ("Kultur- och fritidsnämnden", kfn, "Föreningsstöd",
         "Kontroll av att föreningsbidrag betalas ut enligt beslutade riktlinjer", "Fritidschef", "",
         "Stickprov på 12 föreningar – samtliga bidrag enligt riktlinjer och med inlämnad verksamhetsberättelse.",
         "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", kfn, "Kassahantering",
         "Dagsavstämning av kassa i simhallen", "Badchef",
         "Avvikelse i april: kassadifferens på 1 200 kr.",
         "Genomförd. Utöver aprilavvikelsen inga differenser. Ny rutin med dubbelkontroll vid kassaavslut "
         "har införts.", "GENOMFORD", "ja"),
        ("Kultur- och fritidsnämnden", kfn, "Bibliotek",
         "Kontroll av bibliotekets medieinköp mot avtal", "Bibliotekschef", "",
         "Utgår – avtalet har upphandlats på nytt och kontrollen är inte längre aktuell 2025.", "UTGAR", ""),
        ("Kultur- och fritidsnämnden", kfn, "Lokaluthyrning",
         "Uppföljning av att uthyrning av kommunens idrottslokaler faktureras", "Bokningsansvarig", "",
         "Delvis genomförd: sporthallen är kontrollerad, övriga lokaler återstår.", "DELVIS", ""),
    ]
    lines = []
    lines.append("Rapport:\tInternkontroll – uppföljning av kontrollmoment")
    lines.append("Organisation:\tKorpilombolo kommun (urval: SBF, KFN)")
    lines.append("Utskriven:\t2025-09-12 14:03\tav: ekonomiavdelningen")
    lines.append("")
    lines.append("\t".join(["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status",
                            "Kommentar", "Senast ändrad"]))
    for org, namnd, proc, km, ansv, t1, dl, st, avv in data:
        lines.append("\t".join([org, proc, km, ansv, "T1 2025", "", t1, "2025-05-08" if t1 else ""]))
        lines.append("\t".join([org, proc, km, ansv, "Delår 2025", "", dl, "2025-09-05" if dl else ""]))
        exp(fil, namnd, km, st, avv)
    lines.append("")
    lines.append("Antal rader: %d" % (2 * len(data)))
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")
    FILES.append((fil, "INLAST", sbn, 2025, "DELAR"))
    FILES.append((fil, "INLAST", kfn, 2025, "DELAR"))


# ---------------------------------------------------------------------------
# 5. Miljökontoret - ordinary Excel table, status words + coloured fills, legend below.
# ---------------------------------------------------------------------------
def build_miljo():
    fil = "Miljökontoret uppföljning IKP delår 2025.xlsx"
    namnd = "Miljö- och hälsoskyddsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    wb.properties.creator = "Miljökontoret"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws["A1"] = "Internkontrollplan 2025 – Miljökontoret"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning delår (januari–augusti 2025)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig", "Status delår", "Kommentar"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="385723")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {"Genomförd": "92D050", "Pågår": "FFFF00", "Ej påbörjad": "FF0000", "Utgår": "BFBFBF"}
    rows = [
        ("Tillsyn", "Planerad tillsyn genomförs inte", 12,
         "Kontroll av att planerad tillsyn enligt tillsynsplanen genomförs", "Uttag ur Ecos",
         "Miljöchef", "Pågår", "62 % av planerade tillsynsbesök genomförda per 31/8.", "DELVIS", ""),
        ("Handläggning och avgifter", "Felaktig debitering", 9, "Kontroll av att timavgift debiteras enligt taxa",
         "Stickprov 20 ärenden", "Administratör", "Genomförd",
         "1 av 20 ärenden felaktigt debiterat, rättat och kreditfaktura skickad.", "GENOMFORD", "ja"),
        ("Handläggning och avgifter", "Sen dokumentation", 6,
         "Kontroll av att livsmedelskontroller dokumenteras i verksamhetssystemet inom sju dagar",
         "Stickprov 20 kontroller", "Livsmedelsinspektör", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Delegation", "Beslut anmäls inte", 6, "Anmälan av delegationsbeslut till nämnden",
         "Jämförelse diarium/protokoll", "Nämndsekreterare", "Ej påbörjad", "Görs i november.",
         "EJ_GENOMFORD", ""),
        ("Delegation", "Jäv", 8, "Kontroll av att jävsdeklarationer finns för samtliga inspektörer",
         "Genomgång", "Miljöchef", "Utgår", "Ersätts av kommungemensam rutin från 2025.", "UTGAR", ""),
        ("Klagomål", "Bristande service", 4,
         "Handläggning av klagomålsärenden – återkoppling till klagande inom 14 dagar",
         "Stickprov 25 ärenden", "Miljöinspektör", "Genomförd",
         "Genomförd med avvikelse: 4 av 25 ärenden saknade dokumenterad återkoppling.", "GENOMFORD", "ja"),
    ]
    thin = Side(style="thin", color="808080")
    r = 5
    for proc, risk, rv, km, metod, ansv, st_txt, kom, st, avv in rows:
        vals = [proc, risk, rv, km, metod, ansv, st_txt, kom]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fills[st_txt])
        exp(fil, namnd, km, st, avv)
        r += 1
    # merge Process over equal runs (Handläggning och avgifter rows 6-7, Delegation rows 8-9)
    ws.merge_cells("A6:A7")
    ws.merge_cells("A8:A9")
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring status").font = Font(bold=True)
    for k, col in fills.items():
        r += 1
        ws.cell(row=r, column=1, value=k).fill = PatternFill("solid", fgColor=col)
    r += 2
    ws.cell(row=r, column=1, value="Godkänd av miljöchef Lena Pekkari 2025-09-08")
    for col, w in zip("ABCDEFGH", [14, 24, 10, 48, 22, 20, 14, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.oddHeader.center.text = "Miljö- och hälsoskyddsnämnden"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "DELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - .doc memo, one paragraph per control with a bold lead-in
#    "<kontrollmoment>:" followed by the result in the same paragraph.
# ---------------------------------------------------------------------------
def build_ofn(tmp):
    fil = "ÖFN_delårsuppföljning_internkontroll_2025.doc"
    namnd = "Överförmyndarnämnden"
    doc = Document()
    fix_core(doc, "Överförmyndarenheten")
    doc.add_paragraph("Överförmyndarenheten").runs[0].bold = True
    doc.add_paragraph("PM 2025-09-11")
    doc.add_heading("Delårsuppföljning av internkontrollplanen 2025", level=1)
    doc.add_paragraph(
        "Överförmyndarenheten redovisar här för nämnden resultatet av de kontroller som ingår i "
        "internkontrollplanen för 2025, avseende perioden januari till och med augusti.")
    ctrls = [
        ("Kontroll av att årsräkningar för 2024 är granskade senast 30 juni 2025",
         "Samtliga 187 årsräkningar granskades före den 30 juni. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att lämplighetsprövning görs innan ny ställföreträdare förordnas",
         "Stickprov på tio förordnanden. I ett ärende saknades utdrag ur belastningsregistret vid "
         "förordnandet; utdraget har begärts i efterhand och rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Kontroll av att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Kontrollen påbörjas i september i samband med arvodesutbetalningen och redovisas i "
         "årsbokslutet.", "EJ_GENOMFORD", ""),
        ("Kontroll av att överförmyndarspärr finns på bankkonton för huvudmän med betydande tillgångar",
         "Kontrollen pågår; hittills har 30 av 55 akter granskats utan anmärkning.", "DELVIS", "nej"),
        ("Uppföljning av handläggningstid för nya ärenden om godmanskap",
         "Kontrollen genomfördes i maj. Medianhandläggningstiden var 21 dagar mot målet 30 dagar.",
         "GENOMFORD", "nej"),
    ]
    for km, res, st, avv in ctrls:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(km + ":")
        r.bold = True
        p.add_run(" " + res)
        exp(fil, namnd, km, st, avv)
    doc.add_paragraph(
        "Sammantaget bedömer enheten att den interna kontrollen fungerar tillfredsställande. "
        "Den fullständiga redovisningen lämnas i samband med årsbokslutet.")
    doc.add_paragraph("Maria Vaara\nEnhetschef, Överförmyndarenheten")
    src = os.path.join(tmp, "ofn.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.move(os.path.join(tmp, "ofn.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "DELAR"))


# ---------------------------------------------------------------------------
# 7. Korpilombolo Bostäder AB - ordinary Excel: symbols with legend at top,
#    T1 and Delår columns side by side, one comment column.
# ---------------------------------------------------------------------------
def build_kbab():
    fil = "KBAB IK-rapport aug 2025.xlsx"
    namnd = "Korpilombolo Bostäder AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    wb.properties.creator = "KBAB ekonomi"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws["A1"] = "Korpilombolo Bostäder AB"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning per augusti"
    ws["F1"] = "Teckenförklaring:"
    ws["F1"].font = Font(bold=True)
    ws["F2"] = "● = Genomförd   ◐ = Pågår   ○ = Ej påbörjad   – = Ej aktuell"
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "T1 (30/4)", "Delår (31/8)", "Kommentar"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = [
        (1, "Hyror", "Kontroll av att nya hyror efter hyresförhandling debiteras från rätt datum",
         "Ekonomichef", "●", "●", "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Uthyrning", "Kontroll av att vakanta lägenheter registreras korrekt i hyressystemet",
         "Uthyrningschef", "◐", "●", "Två lägenheter var felregistrerade som uthyrda; rättat i juni.",
         "GENOMFORD", "ja"),
        (3, "Hyror", "Kontroll av att hyresfordringar äldre än 60 dagar lämnas till inkasso",
         "Ekonomichef", "●", None, "T1: samtliga fordringar hanterade enligt rutin, inga avvikelser.",
         "GENOMFORD", "nej"),
        (4, "Förvaltning", "Uppföljning av att felanmälningar åtgärdas inom avtalad tid",
         "Förvaltningschef", "○", "◐", "Systemstöd för uppföljning installerat i juni, mätning pågår.",
         "DELVIS", ""),
        (5, "Ekonomi", "Kontroll av att fakturor över 50 000 kr attesteras av VD",
         "VD", None, "○", "Skjuts till hösten.", "EJ_GENOMFORD", ""),
        (6, "Säkerhet", "Kontroll av nyckel- och passerkortshantering", "Förvaltningschef", "–", "–",
         "Ej aktuell 2025, nytt låssystem installeras under året.", "UTGAR", ""),
        (7, "Säkerhet", "Kontroll av systematiskt brandskyddsarbete (SBA) i flerbostadshus",
         "Fastighetstekniker", None, None, None, "SAKNAS", ""),
    ]
    r = 5
    for nr, omr, km, ansv, t1, dl, kom, st, avv in rows:
        for j, v in enumerate([nr, omr, km, ansv, t1, dl, kom], start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if j in (5, 6) else None)
        exp(fil, namnd, km, st, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Rapporteras till styrelsen 2025-09-18.")
    for col, w in zip("ABCDEFG", [5, 14, 55, 18, 10, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "DELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (missiv) from Samhällsbyggnadsförvaltningen - no follow-up in it.
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv uppföljning intern kontroll delår 2025 SBN.docx"
    doc = Document()
    fix_core(doc, "Samhällsbyggnadsförvaltningen")
    doc.add_paragraph("Samhällsbyggnadsförvaltningen\nKorpilombolo kommun")
    doc.add_paragraph("2025-09-12")
    doc.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    doc.add_heading("Översändande av uppföljning av intern kontroll – delår 2025", level=1)
    doc.add_paragraph(
        "Härmed översänds Samhällsbyggnadsnämndens uppföljning av internkontrollplanen per den 31 augusti "
        "2025. Uppföljningen har tagits ut ur Stratsys och bifogas som textfil tillsammans med Kultur- och "
        "fritidsnämndens uppföljning, eftersom förvaltningarna delar controllerstöd.")
    doc.add_paragraph(
        "Nämnden behandlar uppföljningen vid sammanträdet den 24 september 2025. Protokollsutdrag skickas "
        "till ekonomiavdelningen efter justering.")
    doc.add_paragraph("Frågor besvaras av undertecknad.")
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Erik Mäkitalo\nController, Samhällsbyggnadsförvaltningen\n0978-120 45")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddskontoret"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Korpilombolo Bostäder AB", "KBAB|Bostadsbolaget|Korpilombolo Bostäder"),
    ("Tornedalens räddningstjänstförbund", "TRF|Räddningstjänsten"),
]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="r423_")
    try:
        build_sn()
        build_bun(tmp)
        build_ks()
        build_stratsys()
        build_miljo()
        build_ofn(tmp)
        build_kbab()
        build_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def wcsv(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)

    # consistency checks
    names = {n for n, _ in NAMNDER}
    inlast = {(f, n) for f, u, n, _, _ in FILES if u == "INLAST"}
    for f, n, km, st, avv in EXPECTED:
        assert (f, n) in inlast, (f, n)
        assert n in names, n
        assert st in {"GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"}, st
        assert avv in {"ja", "nej", ""}
    for f, *_ in FILES:
        assert os.path.exists(os.path.join(OUT, f)), f
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
