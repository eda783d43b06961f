#!/usr/bin/python3
"""Round 10: Hällsunds kommun (Bohuslän), follow-ups of internkontrollplaner 2025.

Run with /usr/bin/python3 (openpyxl, python-docx, odfpy) and LibreOffice (soffice) on PATH.
Rebuilds every follow-up file plus namnder.csv, files.csv and expected.csv.
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
VON = "Vård- och omsorgsnämnden"
SBN = "Samhällsbyggnadsnämnden"
SN = "Socialnämnden"
OFN = "Överförmyndarnämnden"
KFN = "Kultur- och fritidsnämnden"
TN = "Tekniska nämnden"
AIN = "Arbetsmarknads- och integrationsnämnden"
MN = "Miljönämnden"

NAMNDER = [
    (KS, "KS|Kommunstyrelseförvaltningen|Kommunledningsförvaltningen"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|Bildningsförvaltningen"),
    (VON, "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
    (SN, "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
    (OFN, "ÖFN|Överförmyndarenheten|Gemensamma överförmyndarnämnden i Norra Bohuslän"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (TN, "TN|Tekniska förvaltningen|Teknik och service"),
    (AIN, "AIN|Arbete och integration|Arbetsmarknadsenheten"),
    (MN, "MN|Miljöförvaltningen|Miljöenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def exp(fil, namnd, km, status, avv):
    assert status in {"GENOMFORD", "DELVIS", "EJ_GENOMFORD", "SAKNAS", "OKLAR", "UTGAR"}, status
    assert avv in {"ja", "nej"}
    km = km.replace(";", ",").replace("\n", " ")
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, dest):
    """Convert src with LibreOffice to format fmt, move the result to dest."""
    tmpd = tempfile.mkdtemp(prefix="round10_lo_")
    profile = tempfile.mkdtemp(prefix="round10_profile_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), dest)
    shutil.rmtree(tmpd, ignore_errors=True)
    shutil.rmtree(profile, ignore_errors=True)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – controller's structured Excel, helår
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK-uppföljning KS helår 2025 v2.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Hällsunds kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"], ws["B3"] = "Nämnd:", KS
    ws["A4"], ws["B4"] = "Period:", "Helår 2025"
    ws["A5"], ws["B5"] = "Upprättad av:", "Controller, Ekonomienheten"
    ws["D5"], ws["E5"] = "Datum:", "2026-01-19"
    for c in ("A3", "A4", "A5", "D5"):
        ws[c].font = BOLD
    head = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
            "Status", "Avvikelse (J/N)", "Kommentar/resultat", "Åtgärd"]
    r = 7
    for i, h in enumerate(head, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FF1F4E78")
        c.border = BOX
        c.alignment = WRAP
    groups = [
        ("Område: Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Felaktiga utbetalningar",
             "Kontroll av att leverantörsfakturor är attesterade enligt attestordning",
             "Stickprov 30 fakturor per halvår", "Halvår", "Redovisningsansvarig", "Genomförd", "N",
             "60 fakturor granskade (30 vt, 30 ht). Samtliga korrekt attesterade.", "-",
             "GENOMFORD", "nej"),
            ("1.2", "Representation", "Representation utanför riktlinjer",
             "Kontroll att representation följer riktlinjer (syfte, deltagare, moms)",
             "Stickprov 25 verifikationer", "Årlig", "Controller", "Genomförd med anmärkning", "J",
             "3 av 25 verifikationer saknade deltagarförteckning. Momsavdrag felaktigt i 1 fall, rättat.",
             "Påminnelse om riktlinjer skickad till samtliga chefer 2025-11-04.", "GENOMFORD", "ja"),
            ("1.3", "Leverantörsregister", "Bedrägeri genom ändrat bankkonto",
             "Kontroll av ändringar av bankuppgifter i leverantörsregistret",
             "Logggranskning, verifiering mot leverantör", "Kvartal", "Ekonomichef", "Delvis genomförd", "N",
             "Loggar för kv 1–3 kontrollerade utan anmärkning. Kv 4 kontrolleras i februari 2026 p.g.a. byte av ekonomisystem.",
             "", "DELVIS", "nej"),
        ]),
        ("Område: Personal", [
            ("2.1", "Lön", "Felaktig lön efter avslutad anställning",
             "Kontroll av att avslutade anställningar avslutats i lönesystemet i tid",
             "Avstämning avgångslista mot löneutbetalning", "Månad", "Lönechef", "Genomförd", "J",
             "2 fall där lön betalats ut efter anställningens slut (totalt 41 tkr). Återkrav gjort, 1 återbetalt.",
             "Rutin för avslut skärps, checklista till chefer.", "GENOMFORD", "ja"),
            ("2.2", "Bisysslor", "Förtroendeskadliga bisysslor",
             "Uppföljning att samtliga medarbetare redovisat bisysslor",
             "Uttag ur HR-systemet", "Årlig", "HR-chef", "Ej genomförd", "N",
             "Ej genomförd p.g.a. vakans som HR-specialist under hösten. Flyttas till IKP 2026.",
             "", "EJ_GENOMFORD", "nej"),
            ("2.3", "Arbetsmiljö", "Brister i fysisk arbetsmiljö",
             "Kontroll att skyddsronder genomförts i KS verksamheter",
             "Genomgång av protokoll", "Årlig", "Förvaltningschef", "Utförd enl. plan", "N",
             "Samtliga 6 enheter har genomfört skyddsrond, protokoll finns.", "", "GENOMFORD", "nej"),
        ]),
        ("Område: Upphandling och inköp", [
            ("3.1", "Avtalstrohet", "Inköp utanför avtal",
             "Stickprov av inköp över 100 tkr mot avtalsdatabasen",
             "Stickprov 20 inköp", "Halvår", "Upphandlingschef", "Genomförd", "J",
             "4 av 20 inköp gjordes utanför avtal (kontorsmaterial och konsulttjänster).",
             "Information på chefsforum, uppföljning 2026.", "GENOMFORD", "ja"),
            ("3.2", "Direktupphandling", "Otillåten direktupphandling",
             "Kontroll att direktupphandlingar över 100 tkr dokumenterats",
             "Genomgång av diarium", "Årlig", "Upphandlingschef", "Utgår", "N",
             "Utgår enligt KS beslut 2025-04-09 § 67, ingår i kommungemensam granskning av upphandling.",
             "", "UTGAR", "nej"),
        ]),
        ("Område: Informationssäkerhet och administration", [
            ("4.1", "Behörigheter", "Obehörig åtkomst",
             "Kontroll av behörigheter i ekonomisystemet",
             "Genomgång av behörighetslista mot anställda", "Årlig", "Systemförvaltare", "Pågående", "N",
             "Behörighetsgenomgång startad i november, beräknas klar vecka 6 2026.", "", "DELVIS", "nej"),
            ("4.2", "Diarieföring", "Handlingar diarieförs inte",
             "Stickprov att inkomna handlingar diarieförs inom 3 arbetsdagar",
             "Stickprov 50 handlingar", "Halvår", "Kanslichef", "", "",
             "Se bilaga 2", "", "OKLAR", "nej"),
            ("4.3", "Krisberedskap", "Bristande förmåga vid kris",
             "Kontroll att krisledningsplan är reviderad och övad",
             "Dokumentgranskning, övning", "Årlig", "Säkerhetssamordnare", "Genomförd", "N",
             "Planen reviderad i maj. Övning genomförd 2025-10-15 tillsammans med Länsstyrelsen.",
             "", "GENOMFORD", "nej"),
        ]),
    ]
    r = 8
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(head))
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="FFDDEBF7")
        r += 1
        for row in rows:
            vals, st, av = row[:11], row[11], row[12]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.border = BOX
                c.alignment = WRAP
            exp(fil, KS, vals[3], st, av)
            r += 1
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med anmärkning,Delvis genomförd,Pågående,Ej genomförd,Utgår,Utförd enl. plan"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"H9:H{r}")
    r += 1
    ws.cell(row=r, column=1, value="Sammanställning").font = BOLD
    summary = [("Genomförd (inkl. med anmärkning/enl. plan)", 6), ("Delvis/pågående", 2),
               ("Ej genomförd", 1), ("Utgår", 1), ("Ej bedömd", 1), ("Summa kontroller", 11)]
    for lab, n in summary:
        r += 1
        ws.cell(row=r, column=2, value=lab)
        ws.cell(row=r, column=4, value=n)
    r += 2
    ws.cell(row=r, column=1, value="Hällsund 2026-01-19")
    ws.cell(row=r + 1, column=1, value="Anna Karlsson, controller")
    widths = [6, 20, 22, 40, 26, 10, 18, 22, 10, 50, 36]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(row=7, column=i).column_letter].width = w
    ws.freeze_panes = "A8"
    ws.oddHeader.right.text = "Hällsunds kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – delår + helår columns, helår only partly filled
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN internkontroll 2025 - delår och helår.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsnämnden – Uppföljning intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Uppföljningen görs två gånger per år: i samband med delårsbokslutet (31/8) och i samband med "
                "årsbokslutet. Ansvarig chef fyller i status och kommentar för respektive tillfälle.")
    ws.merge_cells("A2:I2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 32
    # two header rows
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "Område", "Vad kontrolleras", "Hur", "Vem"
    ws["E4"] = "Delår (jan–aug)"
    ws["G4"] = "Helår"
    ws.merge_cells("E4:F4")
    ws.merge_cells("G4:H4")
    ws["I4"] = "Åtgärd/notering"
    for col in "ABCDI":
        ws.merge_cells(f"{col}4:{col}5")
    ws["E5"], ws["F5"], ws["G5"], ws["H5"] = "Status", "Kommentar", "Status", "Kommentar"
    fill = PatternFill("solid", fgColor="FFFCE4D6")
    for row in ws["A4:I5"]:
        for c in row:
            c.font = BOLD
            c.fill = fill
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    rows = [
        ("Myndighetsutövning", "Kontroll att beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 15 beslut", "Kanslichef",
         "Klar", "15 beslut granskade, inga fel.",
         "Klar", "Ny kontroll ht: 15 beslut, 1 beslut fattat av fel delegat (rektor i stället för skolskjutshandläggare).",
         "Delegationsordningen förtydligas.", "GENOMFORD", "ja"),
        ("Elevhälsa", "Uppföljning av elevfrånvaro – att rutin för anmälan till EHT följs",
         "Genomgång frånvarostatistik F-9", "Verksamhetschef grundskola",
         "Påbörjad", "Statistik vt uttagen, analys återstår.",
         "Klar", "Genomgång gjord på samtliga F-9-skolor. Rutinen följs.",
         "", "GENOMFORD", "nej"),
        ("Personal", "Kontroll att utdrag ur belastningsregistret finns för nyanställd personal i förskola",
         "Genomgång av anställningsakter", "HR-partner",
         "Klar", "12 nyanställda vt, samtliga utdrag uppvisade.",
         "Klar", "9 nyanställda ht, 1 saknade utdrag vid tillträdet. Personen fick inte börja förrän utdrag visats.",
         "", "GENOMFORD", "ja"),
        ("Trygghet", "Kontroll av att kränkningsanmälningar anmäls till huvudman inom en vecka",
         "Uttag ur DF Respons", "Utvecklingsstrateg",
         "Påbörjad", "Sammanställning för vt pågår.",
         "", "",
         "", "SAKNAS", "nej"),
        ("Ekonomi", "Avstämning av barnantal i förskola mot debiterad barnomsorgsavgift",
         "Avstämning placeringsregister mot fakturering", "Controller BUF",
         "Ej påbörjad", "",
         "Ej klar", "Systemstöd saknas. Avstämning gjord manuellt för 2 av 11 förskolor utan avvikelse. Fortsätter 2026.",
         "", "DELVIS", "nej"),
        ("Ekonomi", "Kontroll av interkommunal ersättning (IKE) – fakturering mot elevregister",
         "Avstämning per termin", "Controller BUF",
         "Klar", "Vt fakturerat korrekt.",
         "Klar", "Ht: 3 elever fakturerade till fel kommun, kreditering gjord.",
         "", "GENOMFORD", "ja"),
        ("Säkerhet", "Uppföljning av systematiskt brandskyddsarbete (SBA) på skolenheterna",
         "Egenkontrollprotokoll", "Rektorer",
         "Ej påbörjad", "",
         "", "",
         "", "SAKNAS", "nej"),
        ("Inköp", "Kontroll att inköp av läromedel görs från avtalade leverantörer",
         "Stickprov fakturor", "Controller BUF",
         "Pågår", "",
         "Utgår", "Utgår – ingår i KS kommungemensamma avtalstrohetskontroll (KS § 67).",
         "", "UTGAR", "nej"),
    ]
    r = 6
    for rw in rows:
        vals, st, av = rw[:9], rw[9], rw[10]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, BUN, vals[1], st, av)
        r += 1
    # a control whose text runs over two rows, helår not filled in
    part1 = "Kontroll att åtgärdsprogram upprättas för elever"
    part2 = "i behov av särskilt stöd (stickprov på tre skolor)"
    ws.cell(row=r, column=1, value="Elevhälsa")
    ws.cell(row=r, column=2, value=part1)
    ws.cell(row=r, column=3, value="Stickprov elevakter")
    ws.cell(row=r, column=4, value="Verksamhetschef grundskola")
    ws.cell(row=r, column=5, value="Pågår")
    ws.cell(row=r, column=6, value="Stickprov planerade till oktober.")
    ws.cell(row=r + 1, column=2, value=part2)
    for rr in (r, r + 1):
        for cc in range(1, 10):
            ws.cell(row=rr, column=cc).border = BOX
            ws.cell(row=rr, column=cc).alignment = WRAP
    exp(fil, BUN, part1 + " " + part2, "SAKNAS", "nej")
    r += 3
    ws.cell(row=r, column=1, value="Obs! Helårsuppföljningen kompletteras inför nämndens sammanträde i februari 2026.").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Senast uppdaterad 2026-01-23 /LN")
    for col, w in zip("ABCDEFGHI", [16, 44, 24, 20, 12, 32, 12, 44, 26]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Vård- och omsorgsnämnden – verksamhetschef's Word report, one table per control
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_von():
    fil = "Uppföljning IK 2025 Vård och omsorg.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Vård- och omsorgsförvaltningen\tTjänsteskrivelse\tDnr VON 2025/0412"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph(
        "Vård- och omsorgsnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 7). Planen omfattar "
        "nio kontrollmoment inom läkemedelshantering, myndighetsutövning, ekonomi och kvalitet. Nedan redovisas "
        "resultatet av helårsuppföljningen per kontrollmoment. Uppföljningen har genomförts av verksamhetschefer "
        "och medicinskt ansvarig sjuksköterska (MAS) under december 2025 och januari 2026.")
    doc.add_paragraph(
        "Sammanfattningsvis bedömer förvaltningen att den interna kontrollen i huvudsak har varit tillräcklig, men "
        "att arbetet med genomförandeplaner och hanteringen av brukarnas privata medel behöver förbättras.")
    controls = [
        ("1. Läkemedelshantering",
         "Kontroll av att signeringslistor för läkemedel är kompletta på särskilda boenden",
         "Stickprov av signeringslistor två veckor per boende", "MAS",
         "Stickprov på Tångenhemmet och Solbacken. 4 osignerade överlämningar av totalt 120 kontrollerade. "
         "Avvikelser har registrerats i avvikelsesystemet och återkopplats till enhetschefer.",
         "Genomförd med anmärkning", "FFF2CC", "GENOMFORD", "ja"),
        ("2. Myndighetsutövning och dokumentation",
         "Granskning av att genomförandeplaner upprättas inom 14 dagar i hemtjänsten",
         "Genomgång av 40 slumpvis valda ärenden", "Verksamhetschef hemtjänst",
         "Genomgången är gjord. 31 av 40 ärenden hade en genomförandeplan upprättad inom 14 dagar, "
         "9 ärenden saknade plan eller var upprättade senare.",
         "Delvis tillfredsställande", "FFF2CC", "GENOMFORD", "ja"),
        (None,
         "Kontroll av att dokumentation i verksamhetssystemet sker enligt SoL och HSL",
         "Journalgranskning", "MAS / verksamhetschefer",
         "Journalgranskning av HSL-dokumentationen är klar utan större anmärkningar. Granskningen av "
         "SoL-dokumentationen pågår och redovisas i mars.",
         "Pågående", "FFF2CC", "DELVIS", "nej"),
        (None,
         "Kontroll av att Lex Sarah-rapporter utreds och anmäls till IVO inom lagstadgad tid",
         "Genomgång av samtliga rapporter", "Kvalitetsutvecklare",
         "11 rapporter inkom under året, samtliga har utretts. 1 anmälan till IVO gjordes tre dagar för sent.",
         "Genomförd", "E2EFDA", "GENOMFORD", "ja"),
        ("3. Ekonomi",
         "Uppföljning av att avgiftsbeslut (maxtaxa) fattas och debiteras korrekt",
         "Stickprov 25 avgiftsbeslut", "Avgiftshandläggare",
         "Se bilaga 3, Avgiftsgranskning 2025.",
         "", None, "OKLAR", "nej"),
        (None,
         "Kontroll av att brukarnas privata medel hanteras enligt rutin (kassabok, kvitton)",
         "Kassagranskning på enheterna", "Enhetschefer SÄBO",
         "Kassagranskning genomförd på 3 av 5 enheter utan anmärkning. Resterande två enheter granskas i januari 2026.",
         "Genomförd", "E2EFDA", "DELVIS", "nej"),
        (None,
         "Kontroll av att nyckelkvittenser finns för hemtjänstens nycklar och digitala lås",
         "Inventering av nyckelförteckning", "Enhetschefer hemtjänst",
         "Kontrollen har inte kunnat genomföras under året eftersom införandet av digitala lås har försenats. "
         "Kontrollen görs under andra kvartalet 2026.",
         None, None, "EJ_GENOMFORD", "nej"),
        ("4. Kvalitet och bemanning",
         "Kontroll av bemanning nattetid mot beslutad grundbemanning",
         "Schemagenomgång", "Verksamhetschef SÄBO",
         "Under våren genomförde IVO tillsyn av nattbemanningen. Nämnden beslutade 2025-05-21 § 48 att "
         "kontrollmomentet utgår ur planen.",
         "Utgår", "D9D9D9", "UTGAR", "nej"),
        (None,
         "Kontroll att nyanställda genomgått utbildning i hot och våld",
         "Utdrag ur utbildningsportalen", "HR-partner",
         "Samtliga 23 nyanställda under 2025 har genomgått utbildningen.",
         "Uppfyllt", "E2EFDA", "GENOMFORD", "nej"),
    ]
    for heading, km, metod, ansv, res, bed, color, s, a in controls:
        if heading:
            doc.add_heading(heading, level=2)
        rows = [("Kontrollmoment:", km), ("Metod:", metod), ("Ansvarig:", ansv), ("Resultat:", res)]
        if bed is not None:
            rows.append(("Bedömning:", bed))
        t = doc.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(rows):
            t.cell(i, 0).text = k
            t.cell(i, 0).paragraphs[0].runs[0].bold = True
            t.cell(i, 1).text = v
            shade(t.cell(i, 0), "F2F2F2")
            if k == "Bedömning:" and color:
                shade(t.cell(i, 1), color)
        doc.add_paragraph()
        exp(fil, VON, km, s, a)
    doc.add_heading("Förvaltningens samlade bedömning", level=2)
    doc.add_paragraph(
        "Av nio kontrollmoment har fem genomförts, ett pågår, ett har inte genomförts och ett har utgått efter "
        "nämndbeslut. Avgiftsgranskningen redovisas i separat bilaga. Förvaltningen föreslår att genomförandeplaner och privata medel tas med även i 2026 års plan.")
    doc.add_paragraph("Hällsund den 21 januari 2026")
    doc.add_paragraph("Maria Olsson\nVerksamhetschef, Vård- och omsorgsförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden – status only as cell colour, nämnd only in print header
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "IK uppföljning helår 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    head = ["Process", "Kontroll", "Ansvarig", None, "Kommentar"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = BOLD
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="FFD9E1F2")
    GREEN, GREEN2, YELLOW, RED = "FF00B050", "FF92D050", "FFFFFF00", "FFFF0000"
    rows = [
        ("Bygglov", "Kontroll att bygglov beslutas inom 10 veckor (PBL 9 kap. 27 §)", "Bygglovschef", GREEN,
         "212 av 219 ärenden beslutade inom tidsfrist. 7 ärenden med avgiftsreduktion.", "GENOMFORD", "ja"),
        ("Bygglov", "Stickprov att delegationsbeslut anmäls till nämnden", "Nämndsekreterare", GREEN2,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Tillsyn", "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Controller", YELLOW,
         "Genomgång av första halvåret klar, andra halvåret återstår.", "DELVIS", "nej"),
        ("Mät och GIS", "Kontroll att nybyggnadskartor levereras inom utlovad tid", "GIS-chef", RED,
         "Ej genomförd. Mätningsingenjör har slutat.", "EJ_GENOMFORD", "nej"),
        ("Mät och GIS", "Kontroll av rutin för utstakning och lägeskontroll", "GIS-chef", GREEN,
         None, "GENOMFORD", "nej"),
        ("Plan", "Uppföljning av att arkivering av detaljplaner sker i e-arkivet", "Planchef", None,
         None, "SAKNAS", "nej"),
        ("Plan", "Kontroll att beslut om strandskyddsdispens skickats till Länsstyrelsen inom en vecka", "Planchef",
         YELLOW, "Pågår. 2 dispenser har inte skickats i tid, rutinen ses över.", "DELVIS", "ja"),
        ("Bostadsanpassning", "Kontroll av att ansökningar om bostadsanpassningsbidrag handläggs enligt rutin",
         "Handläggare BAB", RED,
         "Kontrollen har inte hunnits med. Obs: handläggningen flyttas till VON 2026.", "EJ_GENOMFORD", "nej"),
        ("VA-taxa", "Kontroll av fakturering av VA-anslutningsavgifter", "Controller", None,
         "Utgår – VA överfört till Tekniska nämnden fr.o.m. 2025-03-01.", "UTGAR", "nej"),
    ]
    r = 4
    for proc, km, ansv, color, kom, s, a in rows:
        vals = [proc, km, ansv, None, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        if color:
            ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=color)
        exp(fil, SBN, km, s, a)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen redovisas för nämnden 2026-02-12.")
    for col, w in zip("ABCDE", [18, 56, 18, 6, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.left.text = "&F"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Socialnämnden – symbols with a legend, T2, merged process cells, note below
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN Uppföljning internkontrollplan T2 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "T2"
    ws["A1"] = "Uppföljning av intern kontroll – tertial 2, 2025 (januari–augusti)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"], ws["B2"] = "Förvaltning:", "Socialförvaltningen"
    ws["A3"], ws["B3"] = "Beslutad plan:", "SN 2024-12-11 § 142"
    ws["A2"].font = ws["A3"].font = BOLD
    legend = [("Teckenförklaring", None), ("●", "Genomförd"), ("◐", "Pågår / delvis genomförd"),
              ("○", "Ej påbörjad"), ("⊘", "Utgår"), ("?", "Osäkert – resultat ej återrapporterat")]
    for i, (sym, txt) in enumerate(legend):
        ws.cell(row=1 + i, column=6, value=sym).font = BOLD if i == 0 else Font(size=12)
        if txt:
            ws.cell(row=1 + i, column=7, value=txt)
    head = ["Granskningsområde", "Kontrollaktivitet", "Kontrollmetod", "Omfattning", "Resultat", "Bedömning"]
    hr = 8
    for i, h in enumerate(head, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="FFE2EFDA")
        c.border = BOX
    blocks = [
        ("Ekonomiskt bistånd", [
            ("Kontroll att utbetalningar av ekonomiskt bistånd har beslut och attest", "Stickprov",
             "40 utbetalningar", "Stickprov 40 utbetalningar jan–aug. Inga avvikelser.", "●", "GENOMFORD", "nej"),
            ("Kontroll att inkomstuppgifter kontrolleras via SSBTEK vid nybesök", "Stickprov",
             "20 ärenden/tertial", "Gjord för T1. T2-kontrollen pågår.", "◐", "DELVIS", "nej"),
            ("Kontroll av att beslut om återkrav fattas och bevakas", "Genomgång", "Samtliga återkrav",
             "12 ärenden granskade, 2 återkrav saknade bevakning i ekonomisystemet.", "●", "GENOMFORD", "ja"),
        ]),
        ("Barn och unga", [
            ("Kontroll att förhandsbedömning av orosanmälan sker inom 14 dagar", "Uttag ur verksamhetssystemet",
             "Samtliga anmälningar", "96 % inom tidsgränsen (214 av 223). De 9 sena har analyserats.", "●",
             "GENOMFORD", "ja"),
            ("Kontroll att utredningar avslutas inom fyra månader", "Uttag ur verksamhetssystemet",
             "Samtliga utredningar", "Ej påbörjad, planeras till T3.", "○", "EJ_GENOMFORD", "nej"),
            ("Kontroll att familjehem har aktuell utredning och registerkontroll", "Aktgranskning",
             "10 familjehem", None, "◐", "DELVIS", "nej"),
        ]),
        ("Vuxna/missbruk", [
            ("Kontroll att LVM-anmälningar hanteras enligt rutin", "Aktgranskning", "Samtliga",
             "Utgår enligt SN 2025-03-19 § 31, ingår i egenkontrollprogrammet.", "⊘", "UTGAR", "nej"),
            ("Avstämning av köpta platser – att avtal och faktura stämmer", "Avstämning", "Samtliga placeringar",
             "Se kommentar nedan.", "●", "GENOMFORD", "ja"),
        ]),
        ("Administration", [
            ("Kontroll av behörighetsloggar i verksamhetssystemet", "Logguttag", "Stickprov 10 användare",
             "Loggkontroll utförd av IT-enheten, resultatet har ännu inte återrapporterats till förvaltningen.",
             "?", "OKLAR", "nej"),
            ("Kontroll att allmänna handlingar lämnas ut inom skälig tid", "Genomgång av diarium",
             "Samtliga begäranden", None, "●", "GENOMFORD", "nej"),
        ]),
    ]
    r = hr + 1
    for area, rows in blocks:
        start = r
        for km, metod, omf, res, sym, s, a in rows:
            vals = [area if r == start else None, km, metod, omf, res, sym]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=6).font = Font(size=14)
            exp(fil, SN, km, s, a)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Kommentarer").font = BOLD
    ws.cell(row=r + 1, column=1, value=(
        "Köpta platser: Fakturor för 6 placeringar har stämts av mot avtal. En faktura hade felaktigt "
        "dygnspris (3 200 kr i stället för 2 850 kr), kreditering har begärts."))
    ws.cell(row=r + 2, column=1, value=(
        "Familjehem: aktgranskning av 6 av 10 familjehem klar, resterande under september."))
    ws.cell(row=r + 4, column=1, value="Antal kontrollaktiviteter: 10")
    for col, w in zip("ABCDEFG", [20, 50, 24, 20, 55, 12, 34]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden – OpenDocument, J/N with two year columns
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden IKP uppföljning 2025.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Gemensamma överförmyndarnämnden i Norra Bohuslän"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av intern kontroll – avser helår"
    ws["A3"] = "Jämförelse med föregående år redovisas i kolumn C."
    ws["A3"].font = Font(italic=True)
    head = ["Kontroll", "Metod", "Utförd 2024 (J/N)", "Utförd 2025 (J/N)", "Iakttagelser 2025", "Åtgärd"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("Granskning av årsräkningar – stickprov på arvodesberäkning", "Stickprov 20 årsräkningar", "J", "J",
         "20 stickprov, 2 felräknade arvoden har justerats.", "Handläggarträff om arvodesberäkning",
         "GENOMFORD", "ja"),
        ("Kontroll att förvaltare lämnat förteckning inom två månader", "Bevakningslista", "N", "J",
         "Samtliga 14 nya förvaltarskap hade förteckning i tid.", None, "GENOMFORD", "nej"),
        ("Kontroll av att ställföreträdare har registerkontroll (belastnings- och kronofogderegister)",
         "Genomgång av nya uppdrag", "J", "N",
         "Ej utförd – ny handläggare under hösten. Flyttas till 2026.", None, "EJ_GENOMFORD", "nej"),
        ("Kontroll att överförmyndarspärr finns på konton där beslut fattats", "Kontroll mot bankbesked",
         "J", "Delvis", "Kontrollerat för 30 av 52 ärenden.", "Resterande ärenden Q1 2026", "DELVIS", "nej"),
        ("Uppföljning av att arvodesbeslut expedieras inom en vecka", "Uttag ur verksamhetssystemet", None, "-",
         "Ej aktuell 2025 – arvodesbeslut expedieras automatiskt via e-tjänst sedan januari.", None,
         "UTGAR", "nej"),
        ("Kontroll av sekretessmarkering i verksamhetssystemet", "Stickprov 10 ärenden", "J", None, None, None,
         "SAKNAS", "nej"),
    ]
    r = 6
    for rw in rows:
        vals, s, a = rw[:6], rw[6], rw[7]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, OFN, vals[0], s, a)
        r += 1
    ws.cell(row=r + 1, column=1, value="Justerat av nämndens ordförande 2026-01-28")
    for col, w in zip("ABCDEF", [52, 26, 12, 12, 50, 30]):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp(prefix="round10_src_")
    src = os.path.join(tmpd, "ofn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", os.path.join(OUT, fil))
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. System export, two nämnder, Windows-1252 CSV, export date 2026 in name
# ---------------------------------------------------------------------------
def file_export():
    fil = "Export_Internkontroll_20260114.csv"
    head = ["Organisation", "Plan", "Period", "Processnamn", "Kontrollmoment", "Kontrollmetod", "Frekvens",
            "Ansvarig", "Status", "Statuskommentar", "Senast uppdaterad", "Uppdaterad av"]
    KFF, TF = "Kultur- och fritidsförvaltningen", "Tekniska förvaltningen"
    rows = [
        (KFF, KFN, "Föreningsbidrag", "Kontroll att föreningsbidrag betalas ut enligt beslutade riktlinjer",
         "Stickprov 15 föreningar", "Årlig", "Föreningskonsulent", "Slutförd", "Stickprov 15 föreningar, OK.",
         "2025-11-28", "eva.l", "GENOMFORD", "nej"),
        (KFF, KFN, "Föreningsbidrag",
         "Kontroll att bidragsmottagande föreningar lämnat verksamhetsberättelse och revisionsberättelse",
         "Genomgång av samtliga ansökningar", "Årlig", "Föreningskonsulent", "Slutförd med avvikelse",
         "4 föreningar saknade revisionsberättelse.\nUtbetalning stoppad tills komplettering inkommit.",
         "2025-12-02", "eva.l", "GENOMFORD", "ja"),
        (KFF, KFN, "Kassahantering", "Avstämning av dagskassor på Havsbadet mot kassasystemet",
         "Avstämning per månad", "Månad", "Badchef", "Pågående", "Avstämt jan–jun. Jul–dec pågår.",
         "2025-10-01", "jonas.b", "DELVIS", "nej"),
        (KFF, KFN, "Bibliotek", "Inventering av mediebestånd genom stickprov", "Stickprov 200 titlar", "Årlig",
         "Bibliotekschef", "Ej påbörjad", "", "2025-02-14", "system", "EJ_GENOMFORD", "nej"),
        (KFF, KFN, "Lokaluthyrning", "Kontroll att lokaluthyrning faktureras enligt bokningssystemet",
         "Avstämning bokning mot faktura", "Kvartal", "Administratör", "Avbruten",
         "Avbruten efter beslut i KFN 2025-09-10 § 71. Bokningssystemet byts, kontrollen flyttas till plan 2026.",
         "2025-09-15", "jonas.b", "UTGAR", "nej"),
        (KFF, KFN, "Arbetsmiljö", "Kontroll att rutin för hot och våld är känd på fritidsgårdarna",
         "Enkät till personal", "Årlig", "Enhetschef fritid", "Ej rapporterad", "", "2025-01-20", "system",
         "SAKNAS", "nej"),
        (TF, TN, "Fordon", "Kontroll av körjournaler för kommunens bilpool", "Stickprov en månad", "Årlig",
         "Fordonssamordnare", "Slutförd", "Körjournal saknades för 6 av 48 resor i oktober.",
         "2025-11-20", "per.a", "GENOMFORD", "ja"),
        (TF, TN, "Hamnar", "Avstämning av gästhamnsavgifter mot kortterminal och kassarapport",
         "Avstämning per månad maj–sep", "Säsong", "Hamnkapten", "Slutförd", "Avstämt maj–september, differens 0 kr.",
         "2025-10-06", "hamn.kontor", "GENOMFORD", "nej"),
        (TF, TN, "VA", "Kontroll av att egenkontrollprogram för dricksvatten följs (provtagning)",
         "Genomgång av provtagningsprotokoll", "Kvartal", "VA-chef", "Slutförd",
         "Samtliga 52 planerade prover tagna. 1 prov med anmärkning (koliforma bakterier) – kokningsrekommendation i Tången under 3 dagar.",
         "2026-01-09", "per.a", "GENOMFORD", "ja"),
        (TF, TN, "Upphandling", "Stickprov på avrop från ramavtal för mark- och anläggningsentreprenader",
         "Stickprov 10 avrop", "Halvår", "Inköpare", "Pågående", "5 av 10 stickprov genomförda.",
         "2025-12-18", "lena.s", "DELVIS", "nej"),
        (TF, TN, "Vinterväghållning", "Kontroll att fakturor för snöröjning stämmer mot körrapporter",
         "Stickprov 10 fakturor", "Säsong", "Gatuchef", "Ej påbörjad",
         "Ej aktuell 2025 – inga snöröjningsuppdrag beställdes under året.", "2026-01-12", "lena.s",
         "UTGAR", "nej"),
        (TF, TN, "Fastighet", "Kontroll av att lagstadgade besiktningar (OVK, hissar) genomförts",
         "Genomgång besiktningsprotokoll", "Årlig", "Fastighetschef", "Slutförd", "Se bilaga",
         "2025-12-20", "fastighet", "GENOMFORD", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(head)
    for org, namnd, proc, km, met, frek, ansv, stat, kom, dat, who, s, a in rows:
        w.writerow([org, "Internkontrollplan 2025", "Helår", proc, km, met, frek, ansv, stat, kom, dat, who])
        exp(fil, namnd, km, s, a)
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Arbetsmarknads- och integrationsnämnden – X tick columns, legacy .xls, delår
# ---------------------------------------------------------------------------
def file_ain():
    fil = "Arbete och integration IK delår 2025.xls"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Arbete och integration – intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per 31 augusti 2025 (delårsrapport)"
    head = ["Aktivitet", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.border = BOX
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    rows = [
        ("Kontroll att deltagare i arbetsmarknadsinsats har aktuell handlingsplan", "x", None, None, None,
         "GENOMFORD", "nej"),
        ("Kontroll av närvarorapportering för feriearbetare innan löneutbetalning", None, "x", None,
         "Juni kontrollerad, juli–augusti pågår. 3 rapporter i juni saknade handledarens signatur.",
         "DELVIS", "ja"),
        ("Kontroll av att schablonersättning från Migrationsverket återsökts", "x", None, None,
         "Återsökning gjord för samtliga mottagna 2024.", "GENOMFORD", "nej"),
        ("Kontroll att SFI-elevers närvaro rapporteras till CSN", None, None, "x", None,
         "EJ_GENOMFORD", "nej"),
        ("Kontroll av att arbetsträningsplatser har skriftlig överenskommelse", None, None, None,
         "Utgår – ansvaret flyttat till Socialnämnden från 1 april.", "UTGAR", "nej"),
        ("Kontroll av kostnader för tolk mot avtalade priser", "x", None, None,
         "Genomförd för Q1, övriga kvartal görs i samband med bokslutet.", "DELVIS", "nej"),
    ]
    r = 5
    for rw in rows:
        vals, s, a = rw[:5], rw[5], rw[6]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP if i in (1, 5) else Alignment(horizontal="center", vertical="top")
        exp(fil, AIN, vals[0], s, a)
        r += 1
    ws.cell(row=r, column=1, value="Antal").font = BOLD
    ws.cell(row=r, column=2, value=f'=COUNTIF(B5:B{r-1},"x")')
    ws.cell(row=r, column=3, value=f'=COUNTIF(C5:C{r-1},"x")')
    ws.cell(row=r, column=4, value=f'=COUNTIF(D5:D{r-1},"x")')
    ws.cell(row=r + 2, column=1, value="Ansvarig: Enhetschef Arbete och integration")
    for col, w in zip("ABCDE", [60, 12, 10, 14, 60]):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp(prefix="round10_src_")
    src = os.path.join(tmpd, "ain.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", os.path.join(OUT, fil))
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fil, "INLAST", AIN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 9. Miljönämnden – broken file (truncated xlsx, e.g. interrupted sync)
# ---------------------------------------------------------------------------
def file_mn():
    fil = "Miljönämnden IK-uppföljning helår 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Miljönämnden – uppföljning internkontroll helår 2025"
    for i in range(3, 12):
        ws.cell(row=i, column=1, value=f"Kontroll {i-2}: tillsyn och avgifter enligt taxa, stickprov")
        ws.cell(row=i, column=2, value="Genomförd")
    bio = io.BytesIO()
    wb.save(bio)
    data = bio.getvalue()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: len(data) // 3])
    FILES.append((fil, "AVVISAD", MN, "2025", "HELAR"))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            assert not any(";" in x for x in row)
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert not any(";" in x for x in row)
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    file_ks()
    file_bun()
    file_von()
    file_sbn()
    file_sn()
    file_ofn()
    file_export()
    file_ain()
    file_mn()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")
