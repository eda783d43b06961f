#!/usr/bin/python3
# Blind round r412 - Vislanda kommun, helårsuppföljning 2025 (bolag, förbund, nämnder)
import os, csv, subprocess, shutil, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round412"]
EXP = []    # expected rows
FILES = []  # files rows

def exp(fil, namnd, km, status, avv):
    EXP.append([fil, namnd, km, status, avv])

def convert(src, fmt, final_name):
    tmp = tempfile.mkdtemp(prefix="r412conv")
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(OUT, final_name))
    shutil.rmtree(tmp)

for f in os.listdir(OUT):
    if f not in ("make_round.py", "README.md"):
        os.remove(os.path.join(OUT, f))

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
def fill(hexc): return PatternFill("solid", start_color=hexc, end_color=hexc)

# ---------------------------------------------------------------- 1 Vislandahem (xlsx board report)
F1 = "Vislandahem_Internkontroll_Helår_2025_styrelserapport.xlsx"
N1 = "Vislandahem AB"
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Internal control 2025"
ws["A1"] = "Vislandahem AB"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Internkontroll 2025 – Helårsrapport till styrelsen"; ws["A2"].font = Font(bold=True, size=12)
ws["A3"] = "Styrelsemöte 2026-02-12, ärende 7. Bilaga 1."
ws["A5"] = ("Legend: OK = kontrollpunkt genomförd utan anmärkning  |  Ej OK = kontrollpunkt genomförd, brist konstaterad "
            "(se kommentar)  |  Pågår = ej slutförd vid årets slut  |  N/A = utgår")
ws["A5"].font = Font(italic=True, size=9)
hdr = ["ID", "Process", "Kontrollpunkt", "Risk level", "Control owner", "Frequency", "Status 2024", "Status 2025", "Comment / Action"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(7, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("1F4E78"); c.border = BOX; c.alignment = WRAP
rows1 = [
 ("VH-01", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen – stickprov 25 fakturor per kvartal", "Hög", "Ekonomichef", "Kvartal", "OK", "OK",
  "100 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
 ("VH-02", "Ekonomi", "Kontroll av att hyror debiterats enligt 2025 års förhandlingsöverenskommelse", "Hög", "Ekonomichef", "År", "OK", "Ej OK",
  "14 lägenheter på Storgatan 12 debiterades 2024 års hyra jan–mars. Rättat och efterdebiterat i april.\nAction: avstämning hyresfil mot överenskommelse införs som fast rutin.", "GENOMFORD", "ja"),
 ("VH-03", "Uthyrning", "Uthyrning sker enligt uthyrningspolicyn och kötid – granskning av 20 kontrakt", "Medel", "Uthyrningschef", "Halvår", "Ej OK", "OK",
  "20 av 20 kontrakt tecknade med den sökande som hade längst kötid.", "GENOMFORD", "nej"),
 ("VH-04", "Uthyrning", "Kreditprövning av nya hyresgäster dokumenteras i kundakten", "Medel", "Uthyrningschef", "Halvår", "OK", "Pågår",
  "Stickprov H1 utan anmärkning. Stickprov H2 genomfört, sammanställning klar januari 2026.", "DELVIS", ""),
 ("VH-05", "Fastighetsförvaltning", "OVK (obligatorisk ventilationskontroll) utförd enligt besiktningsplan", "Hög", "Fastighetschef", "År", "OK", "Ej OK",
  "OVK genomförd i samtliga 11 planerade fastigheter. Ringvägen 4 och Ringvägen 6 underkända – åtgärdas Q1 2026.", "GENOMFORD", "ja"),
 ("VH-06", "Fastighetsförvaltning", "Systematiskt brandskyddsarbete (SBA) – egenkontroll i trapphus och gemensamma utrymmen", "Hög", "Fastighetschef", "Kvartal", "Pågår", "OK",
  "Samtliga fyra kvartalsronder genomförda och dokumenterade.", "GENOMFORD", "nej"),
 ("VH-07", "Inköp", "Avtalstrohet – inköp över 100 tkr sker mot ramavtal eller efter upphandling", "Hög", "VD", "Halvår", "OK", "Ej OK",
  "Två direktupphandlingar (snöröjning Norra området, målning Björkvägen) över beloppsgränsen saknade dokumentation.\nAction: utbildning för förvaltare i LOU feb 2026.", "GENOMFORD", "ja"),
 ("VH-08", "Inköp", "Jäv och bisysslor – årlig redovisning från anställda i inköpsroller", "Medel", "HR-ansvarig", "År", "–", "Pågår",
  "9 av 12 redovisningar inkomna per 31/12.", "DELVIS", ""),
 ("VH-09", "IT", "Behörighetsgenomgång i fastighetssystemet", "Medel", "IT-samordnare", "År", "OK", "N/A",
  "Utgår 2025 p.g.a. byte av fastighetssystem, styrelsebeslut 2025-05-15 § 34.", "UTGAR", ""),
 ("VH-10", "Personal", "Lönekontroll – rimlighetsbedömning av månadens lönelista innan utbetalning", "Låg", "Ekonomichef", "Månad", "OK", "",
  "Se bilaga 2", "OKLAR", ""),
 ("VH-11", "Projekt", "Uppföljning av investeringsprojekt mot styrelsens beslutade budget", "Hög", "VD", "Tertial", "OK", "OK",
  "Samtliga pågående projekt rapporterade till styrelsen per tertial.", "GENOMFORD", "nej"),
]
col = {"OK": "C6EFCE", "Ej OK": "FFC7CE", "Pågår": "FFEB9C", "N/A": "D9D9D9"}
r = 8
for row in rows1:
    for i, v in enumerate(row[:9], 1):
        c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
    for ci in (7, 8):
        v = row[ci - 1]
        if v in col: ws.cell(r, ci).fill = fill(col[v])
    exp(F1, N1, row[2], row[9], row[10]); r += 1
r += 1
ws.cell(r, 1, "Summering 2025:").font = Font(bold=True)
ws.cell(r, 3, "Totalt 11 kontrollpunkter – OK 4, Ej OK 3, Pågår 2, N/A 1, ej rapporterad 1")
ws.cell(r + 2, 1, "Upprättad av: Karin Lindqvist, ekonomichef, 2026-01-28")
for L, w in zip("ABCDEFGHI", [8, 18, 48, 10, 16, 11, 11, 11, 55]): ws.column_dimensions[L].width = w
ws.freeze_panes = "A8"
wb.save(os.path.join(OUT, F1))
FILES.append([F1, "INLAST", N1, "2025", "HELAR"])

# ---------------------------------------------------------------- 2 Vislanda Energi (docx, traffic lights)
F2 = "VEAB Uppföljning internkontroll 2025.docx"
N2 = "Vislanda Energi AB"
def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexc)
    tcPr.append(shd)
d = docx.Document()
d.add_paragraph().add_run("Vislanda Energi AB").bold = True
d.add_heading("Uppföljning av internkontrollplan – Helår 2025", level=1)
d.add_paragraph("Rapport till styrelsen, sammanträde 2026-02-19. Diarienr VEAB 2026/014.")
d.add_paragraph("Styrelsen fastställde internkontrollplanen för 2025 den 23 januari 2025. Planen omfattar tio kontrollaktiviteter "
                "inom fyra områden. Nedan redovisas utfallet för helåret. Status markeras med färg enligt teckenförklaringen "
                "under tabellen.")
t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
for i, h in enumerate(["Nr", "Kontrollaktivitet", "Control owner", "Frekvens", "Status", "Kommentar"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    shade(t.rows[0].cells[i], "BDD7EE")
G, Y, R_, GR = "00B050", "FFC000", "FF0000", "A6A6A6"
items2 = [
 ("1. Ekonomi och finans",),
 ("1.1", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Månadsvis", G, "Stickprov om 60 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
 ("1.2", "Avstämning av debiterade nätavgifter mot Ei:s beslutade intäktsram", "Ekonomichef", "Årligen", G,
  "Avstämningen gjord. En differens om 1,2 mkr mellan debiterat och beräknat utfall identifierades och korrigerades i december.", "GENOMFORD", "ja"),
 ("1.3", "Kontroll att elcertifikat och ursprungsgarantier bokförts korrekt", "Redovisningsansvarig", "Kvartalsvis", Y,
  "Q1–Q3 kontrollerade utan anmärkning. Q4 kontrolleras i samband med bokslutet.", "DELVIS", ""),
 ("2. Elsäkerhet och drift",),
 ("2.1", "Egenkontroll av högspänningsanläggningar enligt elsäkerhetsprogrammet", "Driftchef", "Årligen", G,
  "Samtliga 42 nätstationer kontrollerade.", "GENOMFORD", "nej"),
 ("2.2", "Dokumentation av elsäkerhetsutbildning (ESA) för montörer och entreprenörer", "Driftchef", "Årligen", R_,
  "Inte genomförd 2025 på grund av personalbrist. Flyttas till Q2 2026.", "EJ_GENOMFORD", ""),
 ("2.3", "Uppföljning av leveranssäkerhet – avbrott över 12 timmar rapporterade till Ei", "Nätchef", "Årligen", G, "", "GENOMFORD", "nej"),
 ("3. IT/OT-säkerhet",),
 ("3.1", "Behörighetsgenomgång i driftövervakningssystemet (SCADA)", "IT-chef", "Halvårsvis", Y,
  "Genomgång H1 klar. Genomgång H2 påbörjad, beräknas klar i februari.", "DELVIS", ""),
 ("3.2", "Återläsningstest av backup för kund- och debiteringssystemet", "IT-chef", "Årligen", None, "", "SAKNAS", ""),
 ("3.3", "Incidentrapportering enligt NIS-regelverket", "Säkerhetsskyddschef", "Löpande", GR,
  "Kontrollen utgår enligt styrelsebeslut 2025-09-18 § 52, ersätts av krav enligt nya cybersäkerhetslagen i 2026 års plan.", "UTGAR", ""),
 ("4. Miljö och tillstånd",),
 ("4.1", "Miljörapport för fjärrvärmeverket lämnas till tillsynsmyndigheten i tid", "Produktionschef", "Årligen", G,
  "Inlämnad 2025-03-28.", "GENOMFORD", "nej"),
]
for it in items2:
    cells = t.add_row().cells
    if len(it) == 1:
        m = cells[0].merge(cells[5]); m.text = it[0]; m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")
        continue
    cells[0].text, cells[1].text, cells[2].text, cells[3].text = it[0], it[1], it[2], it[3]
    if it[4]: shade(cells[4], it[4])
    cells[5].text = it[5]
    exp(F2, N2, it[1], it[6], it[7])
d.add_paragraph()
d.add_paragraph("Teckenförklaring: Grön = genomförd utan avvikelse. Gul = påbörjad/delvis genomförd. "
                "Röd = ej genomförd. Grå = utgår.").runs[0].italic = True
d.add_heading("Samlad bedömning", level=2)
d.add_paragraph("Bolagets bedömning är att den interna kontrollen 2025 i huvudsak varit tillräcklig. Kontrollaktiviteten avseende "
                "elsäkerhetsutbildning förs över till 2026 års plan.")
d.add_paragraph("Vislanda 2026-02-04\nMagnus Ek, VD")
d.save(os.path.join(OUT, F2))
FILES.append([F2, "INLAST", N2, "2025", "HELAR"])

# ---------------------------------------------------------------- 3 Vislanda Vatten (xls, T1/T2/T3 codes)
F3 = "Vislanda Vatten AB - uppföljning IKP T3 2025.xls"
N3 = "Vislanda Vatten AB"
wbx = xlwt.Workbook(encoding="utf-8"); sh = wbx.add_sheet("IKP 2025")
bold = xlwt.easyxf("font: bold on"); big = xlwt.easyxf("font: bold on, height 280")
hs = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour pale_blue; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top, horiz center")
cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
cc = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: vert top, horiz center")
sh.write(0, 0, "Vislanda Vatten AB – Internkontrollplan 2025 med uppföljning", big)
sh.write(1, 0, "Uppföljning per tertial. T3 = helårsuppföljning (rapporteras till styrelsen i februari).")
sh.write(2, 0, "Statuskod: 1 = Genomförd utan avvikelse, 2 = Genomförd med avvikelse, 3 = Pågår, 4 = Ej genomförd, 5 = Utgår")
sh.write_merge(4, 4, 0, 4, "Plan 2025 (fastställd av styrelsen 2025-01-30)", hs)
sh.write_merge(4, 4, 5, 8, "Uppföljning (statuskod)", hs)
for i, h in enumerate(["Nr", "Område", "Kontrollmoment", "Metod", "Ansvarig", "T1", "T2", "T3", "Kommentar T3"]):
    sh.write(5, i, h, hs)
rows3 = [
 (1, "Dricksvatten", "Provtagning av dricksvatten enligt provtagningsprogrammet", "Avstämning provtagningsplan mot laboratoriesvar", "Driftchef VA", 1, 1, 1,
  "Samtliga prover tagna. Inga prover otjänliga.", "GENOMFORD", "nej"),
 (2, "Dricksvatten", "Egenkontroll av reservoarer och vattentorn", "Rondprotokoll", "Driftchef VA", 3, 3, 2,
  "Vid tillsyn av vattentornet i Vislanda upptäcktes sprickbildning vid inspektionslucka. Åtgärdat i november.", "GENOMFORD", "ja"),
 (3, "Avlopp", "Bräddningar rapporteras till tillsynsmyndigheten inom föreskriven tid", "Genomgång av bräddrapporter", "Processingenjör", 1, 2, None,
  "", "GENOMFORD", "ja"),
 (4, "Ekonomi", "Debitering av VA-taxa – kontroll att nya abonnenter debiteras anläggningsavgift", "Stickprov 10 nyanslutningar", "Ekonomiansvarig", None, 3, 4,
  "Ej genomförd. Kontrollen flyttas till 2026 i samband med byte av kundsystem.", "EJ_GENOMFORD", ""),
 (5, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor/tertial", "Ekonomiansvarig", 1, 1, 1, "", "GENOMFORD", "nej"),
 (6, "Ledningsnät", "Läcksökning på huvudledningar enligt underhållsplan", "Jämförelse utfört mot plan", "Nätchef", 3, 3, 3,
  "Ca 70 % av planerad sträcka genomsökt, resterande 2026.", "DELVIS", ""),
 (7, "Säkerhet", "Skalskydd vid vattenverk – kontroll av larm och passagesystem", "Larmtest och loggkontroll", "Säkerhetsansvarig", 5, None, None,
  "Utgår – ingår från 2025 i kommunens säkerhetsskyddsarbete.", "UTGAR", ""),
 (8, "Arbetsmiljö", "Kemikalieförteckning uppdaterad vid reningsverken", "Genomgång av kemikalieregistret", "Driftchef avlopp", None, None, None, "", "SAKNAS", ""),
 (9, "Upphandling", "Avrop från ramavtal för slamtransporter sker enligt avtal", "Fakturagranskning mot avtalspriser", "Ekonomiansvarig", None, 1, None,
  "Årlig kontroll genomförd under T2.", "GENOMFORD", "nej"),
 (10, "Kund", "Kundklagomål besvaras inom 10 arbetsdagar", "Utdrag ur ärendesystemet", "Kundtjänstansvarig", 2, 1, 1, "", "GENOMFORD", "nej"),
]
for k, row in enumerate(rows3):
    rr = 6 + k
    for i, v in enumerate(row[:9]):
        if v is None: sh.write(rr, i, "", cc)
        else: sh.write(rr, i, v, cc if i in (0, 5, 6, 7) else cs)
    exp(F3, N3, row[2], row[9], row[10])
sh.write(17, 0, "Upprättad 2026-01-22 / Per Åberg, VD")
for i, w in enumerate([5, 14, 45, 30, 18, 6, 6, 6, 50]): sh.col(i).width = w * 256
wbx.save(os.path.join(OUT, F3))
FILES.append([F3, "INLAST", N3, "2025", "HELAR"])

# ---------------------------------------------------------------- 4 Räddningstjänstförbund (odt, free text)
F4 = "Helårsuppföljning internkontroll 2025 RVS.odt"
N4 = "Räddningstjänstförbundet Värend Syd"
d = docx.Document()
d.add_paragraph().add_run("Räddningstjänstförbundet Värend Syd").bold = True
d.add_paragraph("Tjänsteskrivelse till direktionen  •  2026-01-30  •  Dnr RVS 2026/7")
d.add_heading("Helårsuppföljning av internkontrollplan 2025", level=1)
d.add_paragraph("Direktionen antog internkontrollplanen för 2025 den 12 december 2024 (§ 58). Planen innehåller åtta kontrollpunkter. "
                "För varje kontrollpunkt redovisas nedan kontrollaktivitet, resultat och status. Status anges som OK (kontrollen "
                "genomförd, inga brister), Ej OK (kontrollen genomförd, brister konstaterade) eller Pågår (kontrollen inte avslutad).")
items4 = [
 ("Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan", "Jämförelse av genomförda tillsyner mot tillsynsplanen 2025.",
  "86 av 92 planerade tillsyner genomfördes. De sex återstående objekten (samtliga skolor) har flyttats till första kvartalet 2026.",
  "Status: Ej OK", "GENOMFORD", "ja"),
 ("Utbetalning av ersättning till räddningspersonal i beredskap (RIB) stäms av mot tjänstgöringslistor",
  "Stickprov om två löneperioder per station.",
  "Inga avvikelser mellan tjänstgöringslistor och utbetald ersättning.", "Status: OK", "GENOMFORD", "nej"),
 ("Fakturering av onödiga automatlarm sker enligt förbundets taxa", "Avstämning larmrapporter mot utställda fakturor.",
  "Avstämning genomförd för januari–augusti. September–december stäms av i februari 2026.", "Status: Pågår", "DELVIS", ""),
 ("Egenkontroll av andningsskydd – funktionstest och dokumentation", "Genomgång av testprotokoll i underhållssystemet.",
  "Samtliga andningsskydd funktionstestade enligt intervall och dokumenterade.", "Status: OK", "GENOMFORD", "nej"),
 ("Rökdykarnas årliga arbetsprov och medicinska kontroller dokumenteras", "Kontroll av kompetensregistret.",
  "Fyra av 38 rökdykare saknade godkänt arbetsprov vid kontrolltillfället. De har tagits ur rökdykartjänst tills prov genomförts.",
  "Status: Ej OK", "GENOMFORD", "ja"),
 ("Attest av leverantörsfakturor enligt förbundets attestordning", "Stickprov 30 fakturor.",
  "Inga avvikelser.", "Status: OK", "GENOMFORD", "nej"),
 ("Förbundets fordon besiktigas och servas enligt underhållsplan", "Genomgång av fordonsregister och serviceprotokoll.",
  "Kontrollen har inte genomförts under året på grund av vakans som fordonsansvarig. Kontrollpunkten förs över till 2026.",
  "Status: Ej påbörjad", "EJ_GENOMFORD", ""),
 ("Delegationsbeslut anmäls till direktionen", "Jämförelse av delegationslista mot direktionens protokoll.",
  "Kontrollpunkten utgår enligt direktionsbeslut 2025-06-12 § 21, eftersom anmälan numera sker automatiskt via ärendesystemet.",
  "Status: –", "UTGAR", ""),
]
for n, it in enumerate(items4, 1):
    d.add_heading(f"Kontrollpunkt {n} – {it[0]}", level=2)
    p = d.add_paragraph(); p.add_run("Kontrollaktivitet: ").bold = True; p.add_run(it[1])
    p = d.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(it[2])
    d.add_paragraph().add_run(it[3]).bold = True
    exp(F4, N4, it[0], it[4], it[5])
d.add_heading("Sammanfattande bedömning", level=2)
d.add_paragraph("Förbundsledningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
                "Brister inom tillsyn och rökdykarkompetens följs upp särskilt i 2026 års plan.")
d.add_paragraph("Anna Bergström\nFörbundsdirektör")
tmpdir = tempfile.mkdtemp(prefix="r412src")
src4 = os.path.join(tmpdir, "Helårsuppföljning internkontroll 2025 RVS.docx")
d.save(src4)
convert(src4, "odt", F4)
FILES.append([F4, "INLAST", N4, "2025", "HELAR"])

# ---------------------------------------------------------------- 5 Gymnasieförbund (Stratsys-like CSV, long format)
F5 = "stratsys_export_internkontroll_20260115.csv"
N5 = "Värendsbygdens gymnasieförbund"
ORG = "Värendsbygdens gymnasieförbund"
items5 = [
 ("Elevadministration", "Frånvaro rapporteras till CSN enligt rutin", "Månatlig avstämning frånvarorapport", "Studie- och elevadministratör",
  [("Pågår", "Rapportering jan–apr utan anmärkning."), ("Pågår", ""), ("Klar", "Månatlig rapportering har skett hela året. Inga avvikelser.")], "GENOMFORD", "nej"),
 ("Elevadministration", "Samtliga betyg registreras i elevsystemet före fastställd deadline", "Utdrag över sent registrerade betyg", "Rektor",
  [("Ej påbörjad", ""), ("Klar", "Vårterminens betyg kontrollerade."),
   ("Klar", "Tre kursbetyg registrerades efter deadline i juni.\nRättat; påminnelserutin införd inför HT.")], "GENOMFORD", "ja"),
 ("Ekonomi", "Interkommunala ersättningar (IKE) faktureras enligt gällande prislista", "Stickprov 15 fakturor", "Ekonom",
  [("Klar", ""), ("Klar", ""), ("Klar", "Inga avvikelser.")], "GENOMFORD", "nej"),
 ("Personal", "Utdrag ur belastningsregistret kontrolleras vid nyanställning", "Genomgång av anställningar under året", "HR-specialist",
  [("Pågår", ""), ("Pågår", ""), ("Pågår", "15 av 22 nyanställningar kontrollerade. Resterande kontrolleras i januari.")], "DELVIS", ""),
 ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor", "Förbundsekonom",
  [("", ""), ("Pågår", ""), ("Klar", "Stickprov gjort, alla korrekt attesterade.")], "GENOMFORD", "nej"),
 ("Säkerhet", "Systematiskt brandskyddsarbete på skolenheterna", "Kontroll av brandskyddsronder", "Lokalsamordnare",
  [("Ej påbörjad", ""), ("Pågår", "Ronder genomförda på två av tre enheter."), ("", "")], "DELVIS", ""),
 ("Inköp", "Inköp av läromedel sker från upphandlad leverantör", "Fakturagranskning mot avtal", "Inköpare",
  [("Ej påbörjad", ""), ("Ej påbörjad", ""), ("Ej påbörjad", "Ej genomförd p.g.a. vakans på inköpsfunktionen.")], "EJ_GENOMFORD", ""),
 ("Elevadministration", "Kontroll av utdelade busskort mot antagna elever", "Avstämning elevlista mot kortregister", "Studie- och elevadministratör",
  [("Pågår", ""), ("Avbruten", "Avbruten efter direktionsbeslut 2025-10-02 § 45 – ansvaret har övergått till Länstrafiken."), ("Avbruten", "")], "UTGAR", ""),
]
with open(os.path.join(OUT, F5), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write("Rapport: Internkontroll - uppföljning kontrollaktiviteter\r\n")
    fh.write("Utskriven: 2026-01-15 09:42 av Lena Holm\r\n")
    fh.write("Filter: Plan = Internkontrollplan 2025; Nivå = Förbund\r\n\r\n")
    w = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Organisation", "Process", "Kontrollaktivitet", "Kontrollmetod", "Ansvarig", "Period", "Status", "Kommentar"])
    for it in items5:
        for per, (st, kom) in zip(["Tertial 1 2025", "Tertial 2 2025", "Helår 2025"], it[4]):
            w.writerow([ORG, it[0], it[1], it[2], it[3], per, st, kom])
        exp(F5, N5, it[1], it[5], it[6])
FILES.append([F5, "INLAST", N5, "2025", "HELAR"])

# ---------------------------------------------------------------- 6 KS + SN (xlsx, two sheets)
F6 = "Intern kontroll helår 2025 KS och SN.xlsx"
wb = openpyxl.Workbook(); wb.remove(wb.active)
ks = [
 ("Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 50 fakturor", "Redovisningschef",
  "Genomförd", "Inga avvikelser.", "", "GENOMFORD", "nej"),
 ("Ekonomi", "Förtroendeskada", "Förtroendekänsliga poster – representation och resor följer riktlinjerna", "Granskning 30 verifikationer", "Redovisningschef",
  "Genomförd med avvikelse", "2 av 30 representationsfakturor saknade deltagarförteckning och syfte.", "Påminnelse till chefer, riktlinjen förtydligas.", "GENOMFORD", "ja"),
 ("Lön", "Felaktiga utbetalningar", "Avslutade anställningar avslutas i lönesystemet i rätt tid", "Utdrag avslutade anställningar mot lönekörning", "Lönechef",
  "Genomförd", "Inga felaktiga utbetalningar efter avslutad anställning.", "", "GENOMFORD", "nej"),
 ("Upphandling", "Otillåten direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjer", "Stickprov 10 direktupphandlingar", "Upphandlingschef",
  "Delvis genomförd", "Stickprov gjort för första halvåret. Andra halvåret ej granskat.", "Granskas i januari 2026.", "DELVIS", ""),
 ("Informationssäkerhet", "Obehörig åtkomst", "Behörigheter i ekonomisystemet följs upp", "Genomgång behörighetslista", "Systemförvaltare",
  "Ej genomförd", "Skjuts till 2026 på grund av uppgradering av ekonomisystemet.", "", "EJ_GENOMFORD", ""),
 ("Delegation", "Beslut fattas utan mandat", "Delegationsbeslut anmäls till kommunstyrelsen", "Jämförelse delegationslistor mot protokoll", "Kanslichef",
  "", "Genomförd. Samtliga delegationsbeslut har anmälts enligt delegationsordningen.", "", "GENOMFORD", "nej"),
]
sn = [
 ("Myndighetsutövning", "Rättsosäkra beslut", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Stickprov 25 akter", "Enhetschef IFO",
  "Genomförd", "Samtliga beslut fattade av behörig delegat.", "", "GENOMFORD", "nej"),
 ("Myndighetsutövning", "Barn far illa", "Utredningstiden om fyra månader inom barn och unga följs", "Uppföljning i verksamhetssystemet", "Enhetschef barn och unga",
  "Genomförd med avvikelse", "12 av 64 utredningar överskred fyra månader utan beslut om förlängning.", "Veckovis bevakning av utredningstider införd.", "GENOMFORD", "ja"),
 ("Myndighetsutövning", "Barn far illa", "Orosanmälningar skyddsbedöms inom 24 timmar", "Utdrag ur verksamhetssystemet", "Enhetschef barn och unga",
  "Genomförd", "Samtliga 212 anmälningar skyddsbedömda inom 24 timmar.", "", "GENOMFORD", "nej"),
 ("Ekonomi", "Felaktiga avgifter", "Avgifter inom äldreomsorgen beräknas korrekt enligt maxtaxa", "Stickprov 20 avgiftsbeslut", "Avgiftshandläggare",
  "Delvis genomförd", "10 av 20 avgiftsbeslut granskade, inga fel hittills.", "Resterande granskas i februari.", "DELVIS", ""),
 ("Vård och omsorg", "Felaktig läkemedelshantering", "Egenkontroll av läkemedelshantering i särskilt boende", "Checklista per enhet", "MAS",
  "Utgår", "Ersatt av MAS:s egen granskning enligt beslut i nämnden 2025-03-20 § 31.", "", "UTGAR", ""),
 ("Personal", "Olämplig personal", "Registerutdrag begärs vid anställning inom LSS-verksamheten", "Genomgång av nyanställningar", "HR-konsult",
  "Ej genomförd", "Rutin saknas, tas fram under första kvartalet 2026.", "", "EJ_GENOMFORD", ""),
 ("IT", "Otillbörlig åtkomst", "Loggkontroll i verksamhetssystemet för socialtjänsten", "Slumpvis loggkontroll 10 användare/månad", "Systemförvaltare",
  "Genomförd", "Ingen otillbörlig åtkomst konstaterad.", "", "GENOMFORD", "nej"),
]
for tab, namn, rows in (("KS", "Kommunstyrelsen", ks), ("SN", "Socialnämnden", sn)):
    ws = wb.create_sheet(tab)
    ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"; ws["B2"] = namn; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Period:"; ws["B3"] = "Helår (januari–december)"; ws["A3"].font = Font(bold=True)
    ws["E2"] = "Status anges som: Genomförd / Genomförd med avvikelse / Delvis genomförd / Ej genomförd / Utgår"
    ws["E2"].font = Font(italic=True, size=9)
    hdr = ["Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Resultat/kommentar", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.fill = fill("DDEBF7"); c.border = BOX; c.alignment = WRAP
    r = 6; start = 6; prev = None
    for k, row in enumerate(rows):
        for i, v in enumerate(row[:8], 1):
            if i == 1 and v == prev: v = None
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
        if row[0] != prev:
            if prev is not None and r - 1 > start: ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            start = r
        prev = row[0]
        exp(F6, namn, row[2], row[8], row[9]); r += 1
    if r - 1 > start: ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r + 1, 1, "Beslutad i " + namn.lower() + " 2026-02-" + ("10" if tab == "KS" else "17"))
    for L, wdt in zip("ABCDEFGH", [18, 22, 45, 28, 20, 20, 45, 32]): ws.column_dimensions[L].width = wdt
    FILES.append([F6, "INLAST", namn, "2025", "HELAR"])
wb.save(os.path.join(OUT, F6))

# ---------------------------------------------------------------- 7 Tekniska nämnden (ods, tick columns, nämnd only in print header/filename)
F7 = "TF_IK_uppföljning_helår_2025.ods"
N7 = "Tekniska nämnden"
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
ws.oddHeader.center.text = "Tekniska nämnden – Vislanda kommun"
ws.oddFooter.right.text = "Sida &P av &N"
ws["A1"] = "Uppföljning intern kontroll 2025 – helår"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Markera med X i den kolumn som gäller. Ange om avvikelse har konstaterats."; ws["A2"].font = Font(italic=True, size=9)
hdr = ["Kontrollmoment", "Omfattning", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse (ja/nej)", "Kommentar"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(4, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = WRAP; c.fill = fill("E2EFDA")
items7 = [
 ("Gata/park",),
 ("Vinterväghållning – entreprenörens körrapporter stäms av mot faktura", "Samtliga fakturor jan–mars och nov–dec", "Enhetschef gata/park", "", "X", "", "",
  "Jan–mars avstämt. Nov–dec återstår.", "DELVIS", ""),
 ("Lekplatsbesiktning enligt SS-EN 1176", "Samtliga 24 lekplatser", "Parkingenjör", "X", "", "", "nej", "", "GENOMFORD", "nej"),
 ("Interna arbetsorder för gatudrift faktureras och konteras korrekt", "Stickprov 30 arbetsorder", "Controller", "X", "", "", "ja",
  "Felaktig kontering i 6 av 30 arbetsorder. Rättat i bokslutet.", "GENOMFORD", "ja"),
 ("Kost",),
 ("Kostenhetens egenkontrollprogram för livsmedelshantering följs", "Samtliga tillagningskök", "Kostchef", "X", "X", "", "", "", "OKLAR", ""),
 ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Kostchef", "X", "", "", "nej", "", "GENOMFORD", "nej"),
 ("Fastighet och fordon",),
 ("Körjournaler för förmånsbilar och poolbilar kontrolleras", "Samtliga förmånsbilar", "Fordonssamordnare", "", "", "X", "",
  "Ej genomförd 2025.", "EJ_GENOMFORD", ""),
 ("Investeringsprojekt följs upp mot beslutad budget", "Projekt över 1 mnkr", "Förvaltningschef", "X", "", "", "nej", "", "GENOMFORD", "nej"),
 ("Hämtningsregister för avfall stäms av mot abonnemang", "Stickprov 50 abonnemang", "Avfallsansvarig", "", "", "", "",
  "Utgår – ansvaret för avfall överfördes till Vislanda Vatten AB 2025-01-01.", "UTGAR", ""),
]
r = 5
for it in items7:
    if len(it) == 1:
        ws.cell(r, 1, it[0]).font = Font(bold=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = fill("F2F2F2"); r += 1; continue
    for i, v in enumerate(it[:8], 1):
        c = ws.cell(r, i, v if v != "" else None); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="top") if 4 <= i <= 7 else WRAP
    exp(F7, N7, it[0], it[8], it[9]); r += 1
ws.cell(r + 1, 1, "Uppföljningen sammanställd 2026-01-20 av förvaltningens controller.")
for L, wdt in zip("ABCDEFGH", [50, 28, 20, 11, 9, 12, 12, 45]): ws.column_dimensions[L].width = wdt
src7 = os.path.join(tmpdir, "TF_IK_uppföljning_helår_2025.xlsx")
wb.save(src7)
convert(src7, "ods", F7)
FILES.append([F7, "INLAST", N7, "2025", "HELAR"])

# ---------------------------------------------------------------- 8 Reject: covering letter
F8 = "Följebrev internkontroll 2025 Vislanda Energi.docx"
d = docx.Document()
d.add_paragraph("Vislanda Energi AB\nBox 112\n342 50 Vislanda")
d.add_paragraph("2026-02-05")
d.add_paragraph("Till: Vislanda kommun, Kommunledningsförvaltningen, ekonomienheten")
d.add_heading("Följebrev – Uppföljning av intern kontroll 2025", level=1)
d.add_paragraph("Härmed översänds Vislanda Energi AB:s helårsuppföljning av internkontrollplanen för 2025 enligt ägardirektivets "
                "krav på årlig rapportering till kommunstyrelsen.")
d.add_paragraph("Uppföljningen behandlas av bolagets styrelse den 19 februari 2026. Eventuella ändringar efter styrelsens "
                "behandling meddelas separat. Själva uppföljningen finns i bifogad fil \"VEAB Uppföljning internkontroll 2025\".")
d.add_paragraph("Frågor om rapporten besvaras av ekonomichef Sara Nilsson, tfn 0470-55 12 30.")
d.add_paragraph("Med vänlig hälsning\n\nMagnus Ek\nVD, Vislanda Energi AB")
d.save(os.path.join(OUT, F8))
FILES.append([F8, "AVVISAD", "", "", ""])
shutil.rmtree(tmpdir)

# ---------------------------------------------------------------- CSVs
register = [
 ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
 ("Socialnämnden", "SN|Socialförvaltningen"),
 ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
 ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
 ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
 ("Vislandahem AB", "Vislandahem|VHAB|Bostadsbolaget"),
 ("Vislanda Energi AB", "VEAB|Vislanda Energi"),
 ("Vislanda Vatten AB", "VVAB|Vislanda Vatten"),
 ("Räddningstjänstförbundet Värend Syd", "RVS|Räddningstjänsten Värend Syd"),
 ("Värendsbygdens gymnasieförbund", "VGF|Gymnasieförbundet|Värendsgymnasiet"),
]
def wcsv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(header); w.writerows(rows)
wcsv("namnder.csv", ["nämnd", "alias"], register)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)
print(len(FILES), "file rows,", len(EXP), "controls")
