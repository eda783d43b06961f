#!/usr/bin/python3
# Blind round r543 – Kungsbacka kommun, helår 2025
import os, csv, subprocess, shutil, glob
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

D = os.path.dirname(os.path.abspath(__file__))
os.chdir(D)
EXP = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []    # (fil, utfall, nämnd, år, period)
B = Font(bold=True)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEADFILL = PatternFill("solid", fgColor="1F4E79")
WH = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")

KS, FGN, GVN, IFN, VON = ("Kommunstyrelsen", "Förskole- och grundskolenämnden",
    "Gymnasie- och vuxenutbildningsnämnden", "Individ- och familjeomsorgsnämnden", "Vård- och omsorgsnämnden")
NT, NS, FOF, KOT = "Nämnden för Teknik", "Nämnden för Service", "Nämnden för Fritid & Folkhälsa", "Nämnden för Kultur & Turism"
BN, MHN, EKSTA = "Byggnadsnämnden", "Miljö- och hälsoskyddsnämnden", "Eksta Bostads AB"

# ---------------------------------------------------------------- 1. Stratsys-like xlsx, 3 sheets KS/FGN/VON
F1 = "Uppföljning IKP 2025 helår KS FGN VON.xlsx"
# rows: ("H", heading) or (process, kontrollmoment, metod, ansvarig, T1, T2, helår, kommentar, exp_status, exp_avv)
s1 = {
 "KS": (KS, "Kommunstyrelsen – internkontrollplan 2025, uppföljning helår", [
  ("H", "Ekonomi"),
  ("Inköp och betalning", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor", "Redovisningschef",
   "Pågående", "Pågående", "Genomförd", "Stickprov 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
  ("Inköp och betalning", "Representation och förtroendekänsliga poster – syfte och deltagare anges", "Stickprov 25 verifikationer", "Controller",
   "", "Pågående", "Genomförd med anmärkning", "3 av 25 verifikationer saknade deltagarförteckning. Påminnelse skickad till samtliga chefer.", "GENOMFORD", "ja"),
  ("Upphandling", "Avtalstrohet vid inköp av konsulttjänster", "Analys av inköpsdata", "Upphandlingschef",
   "Ej påbörjad", "Pågående", "Pågående", "Analys av inköpsdata klar för januari–september, resterande månader granskas i januari 2026.", "DELVIS", ""),
  ("H", "HR och lön"),
  ("Lön", "Rätt lön – kontroll av manuella lönetillägg", "Stickprov per månad", "HR-chef",
   "Genomförd", "Genomförd", "Genomförd", "Inga felaktiga utbetalningar har konstaterats.", "GENOMFORD", "nej"),
  ("Behörigheter", "Behörigheter i ekonomisystemet Raindance tas bort vid avslutad anställning", "Avstämning mot HR-system", "Systemförvaltare",
   "Pågående", "Genomförd", "", "", "GENOMFORD", ""),
  ("H", "Informationssäkerhet och ärendehantering"),
  ("IT", "Informationsklassning av nya IT-system genomförs före driftsättning", "Genomgång av driftsatta system", "Informationssäkerhetssamordnare",
   "Ej påbörjad", "Ej påbörjad", "Ej påbörjad", "Skjuts till 2026 på grund av resursbrist.", "EJ_GENOMFORD", ""),
  ("Ärendehantering", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen", "Stickprov", "Kanslichef",
   "Pågående", "Utgår", "Utgår", "Utgår enligt beslut KS 2025-05-13 § 112, ersätts av digital anmälan i ärendesystemet.", "UTGAR", ""),
  ("Ärendehantering", "Diarieföring av inkommande handlingar inom föreskriven tid", "Stickprov 30 ärenden", "Registrator",
   "", "", "Genomförd", "Stickprov 30 ärenden, 2 diarieförda för sent. Rutinen har kommunicerats på nytt.", "GENOMFORD", "ja"),
 ]),
 "FGN": (FGN, "Internkontrollplan 2025 – uppföljning helår", [
  ("H", "Personal"),
  ("Rekrytering", "Kontroll av att utdrag ur belastningsregistret inhämtats vid nyanställning", "Samtliga nyanställda", "HR-specialist",
   "Genomförd", "Genomförd", "Genomförd", "Samtliga 48 nyanställningar kontrollerade, utdrag fanns i alla fall.", "GENOMFORD", "nej"),
  ("H", "Verksamhet"),
  ("Elevhälsa", "Skolpliktsbevakning – elever med hög frånvaro anmäls till huvudman", "Genomgång av frånvarorapporter", "Verksamhetschef grundskola",
   "Pågående", "Pågående", "Genomförd med anmärkning", "Två skolor har inte rapporterat frånvaro enligt rutin.", "GENOMFORD", "ja"),
  ("Trygghet", "Kränkande behandling anmäls till huvudman inom fem dagar", "Stickprov i ärendesystem", "Kvalitetsstrateg",
   "Ej påbörjad", "Pågående", "Pågående", "Granskning av vårterminen klar, höstterminen pågår.", "DELVIS", ""),
  ("H", "Ekonomi"),
  ("Avgifter", "Debitering av förskoleavgifter mot schemalagd tid", "Stickprov 50 barn", "Ekonom",
   "", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
  ("Inköp", "Inköp av läromedel sker från upphandlad leverantör", "Analys av leverantörsreskontra", "Controller",
   "Ej påbörjad", "Ej påbörjad", "Ej påbörjad", "Ej genomförd under året, prioriteras 2026.", "EJ_GENOMFORD", ""),
  ("Ersättningar", "Uppföljning av elevpeng till fristående skolor", "Avstämning mot elevregister", "Ekonom",
   "Genomförd", "Genomförd", "Genomförd", "", "GENOMFORD", ""),
  ("Skolskjuts", "Skolskjuts – kontroll av att beviljade resor motsvarar fakturerade", "Stickprov", "Skolskjutssamordnare",
   "", "", "", "", "SAKNAS", ""),
 ]),
 "VON": (VON, "Internkontrollplan 2025 – uppföljning helår", [
  ("H", "Vård och omsorg"),
  ("Hälso- och sjukvård", "Läkemedelshantering i särskilt boende enligt rutin", "Egenkontroll på samtliga enheter", "MAS",
   "Pågående", "Pågående", "Genomförd med anmärkning", "Signeringslistor ofullständiga på två enheter, åtgärdsplan upprättad.", "GENOMFORD", "ja"),
  ("Kvalitet", "Avvikelser enligt lex Sarah utreds och rapporteras inom fastställd tid", "Genomgång av samtliga rapporter", "Kvalitetschef",
   "Genomförd", "Genomförd", "Genomförd", "Samtliga 14 rapporter utredda inom tid.", "GENOMFORD", "nej"),
  ("Dokumentation", "Genomförandeplaner upprättas inom 14 dagar från beslut", "Stickprov", "Enhetschefer",
   "Ej påbörjad", "Pågående", "Pågående", "Stickprov i hemtjänsten klart, särskilt boende återstår.", "DELVIS", ""),
  ("H", "Ekonomi och administration"),
  ("Brukarmedel", "Hantering av brukares privata medel", "Kvartalsvis avstämning", "Enhetschefer",
   "Genomförd", "Genomförd", "Genomförd", "Kvartalsvis avstämning, inga differenser.", "GENOMFORD", "nej"),
  ("Lön", "Kontroll av timrapportering för timanställda", "Stickprov", "Controller",
   "Ej påbörjad", "Ej påbörjad", "Ej påbörjad", "Flyttas till 2026 års internkontrollplan.", "EJ_GENOMFORD", ""),
  ("Avgifter", "Fakturering av hemtjänstavgifter mot utförd tid", "Avstämning mot planeringssystem", "Avgiftshandläggare",
   "", "", "", "Se bilaga 2.", "OKLAR", ""),
  ("Personal", "Bisysslor hos chefer registreras och prövas", "Genomgång i HR-systemet", "HR-strateg",
   "", "Genomförd", "Genomförd", "Alla chefer har lämnat uppgift om bisysslor.", "GENOMFORD", "nej"),
 ]),
}
wb = Workbook(); wb.remove(wb.active)
hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Status T2", "Status helår", "Kommentar helår"]
for sh, (nm, title, rows) in s1.items():
    ws = wb.create_sheet(sh)
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Export från Stratsys 2026-01-19 · Kungsbacka kommun · Rapport: Internkontroll – samtliga kontrollmoment"
    ws["A2"].font = Font(italic=True, size=9)
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = WH; x.fill = HEADFILL; x.border = BOX; x.alignment = WRAP
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = B
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        else:
            for c, v in enumerate(row[:8], 1):
                x = ws.cell(r, c, v if v != "" else None); x.border = BOX; x.alignment = WRAP
            EXP.append((F1, nm, row[1], row[8], row[9]))
        r += 1
    for i, w in enumerate([20, 48, 26, 22, 13, 13, 22, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    FILES.append((F1, "INLAST", nm, "2025", "HELAR"))
wb.save(F1)

# ---------------------------------------------------------------- 2. Word IFN, status colour word at end of comment
F2 = "IFN uppföljning internkontrollplan helår 2025.docx"
ifn = [
 ("Handläggningstid för försörjningsstöd – beslut inom 10 arbetsdagar", "Stickprov 50 ärenden", "Enhetschef ekonomiskt bistånd",
  "Stickprov 50 ärenden, 48 beslutade inom tid. Två ärenden försenade på grund av ofullständig ansökan. (gul)", "GENOMFORD", "ja"),
 ("Dubbelutbetalningar av försörjningsstöd kontrolleras mot SSBTEK", "Månadsvis körning", "Controller",
  "Kontroll genomförd månadsvis, inga dubbelutbetalningar. (grön)", "GENOMFORD", "nej"),
 ("Placeringar enligt SoL och LVU följs upp enligt avtal", "Genomgång av samtliga placeringar", "Enhetschef barn och unga",
  "Uppföljning genomförd för 31 av 45 placeringar, resterande genomförs under första kvartalet 2026. (gul)", "DELVIS", ""),
 ("Orosanmälningar – skyddsbedömning dokumenteras inom 24 timmar", "Stickprov 60 anmälningar", "Enhetschef mottagning",
  "Genomförd. 3 av 60 saknade dokumenterad skyddsbedömning inom tid, åtgärdat genom ny checklista. (gul)", "GENOMFORD", "ja"),
 ("Attest av fakturor för köpt vård", "Stickprov 20 fakturor", "Ekonom",
  "Inga avvikelser noterade. (grön)", "GENOMFORD", "nej"),
 ("Kontroll av utbetalning av arvoden till kontaktpersoner", "Avstämning mot uppdragsavtal", "Enhetschef öppenvård",
  "Kontrollen har inte genomförts under året på grund av vakans. (röd)", "EJ_GENOMFORD", ""),
 ("Registrering av ensamkommande barn i verksamhetssystemet", "Genomgång av akter", "Systemförvaltare",
  "Kontrollmomentet utgår då målgruppen inte längre finns i verksamheten. (grå)", "UTGAR", ""),
 ("Gallring av personakter enligt dokumenthanteringsplan", "Genomgång av arkiv", "Arkivansvarig",
  "Arbetet pågår, gallring av akter äldre än 2019 är klar. (gul)", "DELVIS", ""),
]
d = docx.Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = d.add_paragraph("Kungsbacka kommun\nFörvaltningen för Individ & Familjeomsorg"); p.runs[0].font.size = Pt(9)
d.add_heading("Uppföljning av internkontrollplan 2025 – helår", 1)
d.add_paragraph("Diarienummer IFN 2025/0087. Datum 2026-01-21.")
d.add_heading("Bakgrund", 2)
d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
    "Individ- och familjeomsorgsnämnden antog internkontrollplanen för 2025 den 2024-12-12 § 143. Planen omfattar åtta "
    "kontrollmoment. Nedan redovisas utfallet för helåret. Status anges med färg inom parentes sist i kommentaren.")
d.add_paragraph("Teckenförklaring: grön = genomförd utan anmärkning, gul = delvis genomförd eller genomförd med avvikelser, "
    "röd = ej genomförd, grå = utgår.")
d.add_heading("Resultat", 2)
t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
for c, h in enumerate(["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat och kommentar"]):
    t.rows[0].cells[c].text = h
    t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
for i, (k, m, a, com, s, av) in enumerate(ifn, 1):
    cells = t.add_row().cells
    for c, v in enumerate([str(i), k, m, a, com]):
        cells[c].text = v
    EXP.append((F2, IFN, k, s, av))
d.add_heading("Sammanfattande bedömning", 2)
d.add_paragraph("Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. Avvikelserna "
    "avseende handläggningstider och skyddsbedömningar har hanterats. Förslag till internkontrollplan 2026 behandlas i separat ärende.")
d.add_paragraph("\nAnna Lindqvist\nFörvaltningschef")
d.save(F2)
FILES.append((F2, "INLAST", IFN, "2025", "HELAR"))

# ---------------------------------------------------------------- 3. NT xlsx: Status words + Avvikelse Ja/Nej
F3 = "NT_Internkontroll_helar_2025.xlsx"
nt = [
 ("VA", "Kontroll av att arbetsorder i VA-verksamheten faktureras", "Driftchef VA", "Kvartal", "Klar", "Nej", "Avstämning per kvartal.", "GENOMFORD", "nej"),
 ("VA", "Fakturering av anslutningsavgifter VA", "Ekonom", "Halvår", "Klar", "Ja", "Två fastigheter ej fakturerade, åtgärdat i november.", "GENOMFORD", "ja"),
 ("Fordon", "Drivmedelskort – kontroll av tankningar mot körjournal", "Fordonssamordnare", "Månad", "Klar", "Ja", "Avvikande tankningar på ett kort, ärendet polisanmält.", "GENOMFORD", "ja"),
 ("Investeringar", "Entreprenadavtal: ÄTA-arbeten godkänns innan utförande", "Projektchef", "Helår", "Pågår", "Nej", "Granskning av två av fyra projekt klar.", "DELVIS", "nej"),
 ("VA", "Kontroll av att egenkontrollprogram för dricksvatten följs", "Processingenjör", "Månad", "Klar", "Nej", "", "GENOMFORD", "nej"),
 ("Ekonomi", "Inventering av förråd vid Hammargårdens avloppsreningsverk", "Driftchef VA", "Helår", "Ej startad", "", "Inventeringen skjuten till februari 2026.", "EJ_GENOMFORD", ""),
 ("Gata", "Vinterväghållning – kontroll av entreprenörers rapportering", "Gatuchef", "Säsong", "Utgår", "", "Ansvaret flyttat till Nämnden för Service enligt nytt reglemente från 2025-07-01.", "UTGAR", ""),
 ("Gata", "Skyltning och avstängning vid vägarbeten enligt godkänd TA-plan", "Trafikingenjör", "Stickprov", "", "", "", "SAKNAS", ""),
 ("Ekonomi", "Kontroll av leverantörers F-skatt och momsregistrering", "Ekonom", "Löpande", "", "Nej", "Kontrollen gjord för samtliga nya leverantörer under året, inga brister.", "GENOMFORD", "nej"),
]
wb = Workbook(); ws = wb.active; ws.title = "Helår 2025"
ws["A1"] = "Kungsbacka kommun – Nämnden för Teknik"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Uppföljning intern kontroll helår 2025"; ws["A2"].font = Font(bold=True, size=12)
ws["A3"] = "Rapportdatum: 2026-01-15   Sammanställd av: Förvaltningen för Teknik, ekonomienheten"
h = ["Nr", "Område", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status", "Avvikelse", "Kommentar / vidtagen åtgärd"]
for c, v in enumerate(h, 1):
    x = ws.cell(5, c, v); x.font = B; x.fill = PatternFill("solid", fgColor="FFE699"); x.border = BOX
for i, row in enumerate(nt, 1):
    r = 5 + i
    for c, v in enumerate((i,) + row[:7], 1):
        x = ws.cell(r, c, v if v != "" else None); x.border = BOX; x.alignment = WRAP
    EXP.append((F3, NT, row[1], row[7], row[8]))
r = 6 + len(nt) + 1
ws.cell(r, 1, "Status: Klar / Pågår / Ej startad / Utgår. Avvikelse: Ja = brist konstaterad vid kontrollen, Nej = ingen brist.").font = Font(italic=True, size=9)
ws.cell(r + 2, 1, "Godkänd av förvaltningschef 2026-01-16")
for i, w in enumerate([5, 14, 50, 20, 11, 11, 11, 55], 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.oddHeader.center.text = "Nämnden för Teknik – intern kontroll"
wb.save(F3)
FILES.append((F3, "INLAST", NT, "2025", "HELAR"))

# ---------------------------------------------------------------- 4. GVN xlsx with codes + Åtgärdsplan section
F4 = "GVN helårsuppföljning intern kontroll 2025.xlsx"
gvn = [
 ("Felaktig ersättning till andra huvudmän", "Avstämning av interkommunal ersättning mot elevregister", 9, "Controller", "G", "Inga differenser mellan fakturerat och elevregister.", "GENOMFORD", "nej"),
 ("Felaktiga studiemedel", "CSN-rapportering av frånvaro sker inom fastställd tid", 8, "Rektorer", "GA", "Rapporteringen försenad vid ett tillfälle i oktober.", "GENOMFORD", "ja"),
 ("Felaktiga betyg", "Betygsrapportering till betygskatalog kontrolleras", 12, "Skoladministratör", "G", "", "GENOMFORD", "nej"),
 ("Felaktiga utbetalningar", "Attest av fakturor inom vuxenutbildningen (upphandlade utbildningsanordnare)", 6, "Verksamhetschef vuxenutbildning", "D", "Stickprov för vårterminen klart, hösten återstår.", "DELVIS", ""),
 ("Felaktiga utbetalningar", "Bidrag till arbetsmarknadsinsatser betalas ut enligt beslut", 9, "Enhetschef arbetsmarknad", "E", "Ej genomförd, underlag från systemleverantören saknas.", "EJ_GENOMFORD", ""),
 ("Obehörig personal", "Lärarlegitimation kontrolleras vid anställning", 8, "HR-specialist", "G", "Samtliga 22 nyanställda lärare kontrollerade.", "GENOMFORD", "nej"),
 ("Förlust av tillgångar", "Utrustning och datorer inventeras enligt inventarieförteckning", 4, "IT-samordnare", "GA", "14 datorer saknades och har anmälts som förlorade.", "GENOMFORD", "ja"),
]
wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
ws["A1"] = "Förvaltningen för Gymnasium & Arbetsmarknad"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Internkontroll 2025 – uppföljning per 31 december"
ws["A3"] = "Status: G = genomförd utan anmärkning, GA = genomförd med anmärkning, D = delvis genomförd, E = ej genomförd"
ws["A3"].font = Font(italic=True, size=9)
h = ["Risk", "Kontrollmoment", "Riskvärde", "Ansvarig", "Status helår", "Resultat / kommentar"]
for c, v in enumerate(h, 1):
    x = ws.cell(5, c, v); x.font = B; x.border = BOX; x.fill = PatternFill("solid", fgColor="C6E0B4")
fills = {"G": "92D050", "GA": "FFFF00", "D": "FFC000", "E": "FF0000"}
for i, row in enumerate(gvn):
    r = 6 + i
    for c, v in enumerate(row[:6], 1):
        x = ws.cell(r, c, v if v != "" else None); x.border = BOX; x.alignment = WRAP
    ws.cell(r, 5).fill = PatternFill("solid", fgColor=fills[row[4]])
    ws.cell(r, 5).alignment = Alignment(horizontal="center", vertical="top")
    EXP.append((F4, GVN, row[1], row[6], row[7]))
r = 6 + len(gvn) + 2
ws.cell(r, 1, "Åtgärdsplan").font = Font(bold=True, size=12)
r += 1
for c, v in enumerate(["Nr", "Åtgärd", "Ansvarig", "Klart senast", "Status"], 1):
    x = ws.cell(r, c, v); x.font = B; x.border = BOX
acts = [
 (1, "Ny rutin för CSN-rapportering tas fram och kommuniceras till samtliga rektorer", "Verksamhetschef gymnasium", "2026-03-31", "Pågår"),
 (2, "Utbildning i attestordning för rektorer och enhetschefer", "Controller", "2026-04-30", "Ej påbörjad"),
 (3, "Inventariesystem införs på samtliga gymnasieskolor", "IT-samordnare", "2026-06-30", "Planerad"),
 (4, "Kontroll av arbetsmarknadsbidrag genomförs manuellt i väntan på systemstöd", "Enhetschef arbetsmarknad", "2026-02-28", "Pågår"),
]
for a in acts:
    r += 1
    for c, v in enumerate(a, 1):
        x = ws.cell(r, c, v); x.border = BOX; x.alignment = WRAP
ws.cell(r + 2, 1, "Uppföljningen behandlas av Gymnasie- och vuxenutbildningsnämnden 2026-02-11.")
for i, w in enumerate([30, 55, 10, 26, 12, 50], 1):
    ws.column_dimensions[get_column_letter(i)].width = w
wb.save(F4)
FILES.append((F4, "INLAST", GVN, "2025", "HELAR"))

# ---------------------------------------------------------------- 5. Eksta .ods with percentages (via xlsx + soffice)
F5 = "Eksta Bostads AB IK-uppföljning 2025.ods"
ek = [
 ("Uthyrning", "Hyresavtal tecknas enligt gällande uthyrningspolicy", "Uthyrningschef", 1.0, "Stickprov 30 avtal, inga avvikelser.", "GENOMFORD", "nej"),
 ("Ekonomi", "Attest av fakturor för underhållsarbeten", "Ekonomichef", 1.0, "Två fakturor attesterade av fel person, attestrutinen har förtydligats.", "GENOMFORD", "ja"),
 ("Ekonomi", "Hyresavisering och indexuppräkning kontrolleras", "Hyresadministratör", 1.0, "", "GENOMFORD", ""),
 ("Fastighet", "Lagstadgade besiktningar (OVK, hiss) utförs enligt plan", "Fastighetschef", 0.75, "OVK klar för 75 % av beståndet, resterande i mars 2026.", "DELVIS", ""),
 ("Fastighet", "Systematiskt brandskyddsarbete – kontroll av allmänna utrymmen", "Förvaltare", 0.5, "", "DELVIS", ""),
 ("Ekonomi", "Uppföljning av hyresfordringar och inkassoärenden", "Ekonomichef", 0.0, "Ej genomförd, ny ekonomichef tillträdde i december.", "EJ_GENOMFORD", ""),
 ("Säkerhet", "Nyckel- och passagehantering kontrolleras mot behörighetslista", "Säkerhetssamordnare", 1.0, "Genomförd, inga brister.", "GENOMFORD", "nej"),
]
wb = Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
ws["A1"] = "Eksta Bostads AB"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (rapport till styrelsen 2026-02-05)"
for c, v in enumerate(["Riskområde", "Kontrollaktivitet", "Ansvarig", "Genomfört (%)", "Kommentar"], 1):
    x = ws.cell(4, c, v); x.font = B; x.border = BOX
for i, row in enumerate(ek):
    r = 5 + i
    for c, v in enumerate(row[:5], 1):
        x = ws.cell(r, c, v if v != "" else None); x.border = BOX; x.alignment = WRAP
    ws.cell(r, 4).number_format = "0%"
    EXP.append((F5, EKSTA, row[1], row[5], row[6]))
r = 5 + len(ek) + 1
ws.cell(r, 1, "Totalt genomfört").font = B
ws.cell(r, 4, sum(x[3] for x in ek) / len(ek)).number_format = "0%"
ws.cell(r + 2, 1, "Beredd av: Ekonomichef, Eksta Bostads AB")
for i, w in enumerate([16, 58, 22, 14, 55], 1):
    ws.column_dimensions[get_column_letter(i)].width = w
tmpx = "/tmp/r543_eksta.xlsx"
wb.save(tmpx)
subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round543", "--convert-to", "ods",
                "--outdir", "/tmp", tmpx], check=True, capture_output=True)
shutil.move("/tmp/r543_eksta.ods", F5); os.remove(tmpx)
FILES.append((F5, "INLAST", EKSTA, "2025", "HELAR"))

# ---------------------------------------------------------------- 6. tab-separated CSV export, BN + MHN, English/Swedish status
F6 = "Stratsys_export_IK_2025_helar.csv"
cs = [
 (BN, "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Enhetschef bygglov", "Completed", "Stickprov 40 ärenden, samtliga inom tid.", "GENOMFORD", "nej"),
 (BN, "Ekonomi", "Avgifter för bygglov debiteras enligt gällande taxa", "Ekonom", "Completed", "Tre ärenden med felaktig taxa, korrigerat genom kreditering.", "GENOMFORD", "ja"),
 (BN, "Ärendehantering", "Delegationsbeslut anmäls till nämnd", "Nämndsekreterare", "Pågår", "Genomgång av hösten pågår.", "DELVIS", ""),
 (BN, "Tillsyn", "Tillsyn av ovårdade tomter dokumenteras i ärendesystemet", "Byggnadsinspektör", "Not started", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
 (BN, "Arkiv", "Arkivering av bygglovshandlingar i e-arkiv", "Arkivarie", "Genomförd", "", "GENOMFORD", ""),
 (MHN, "Livsmedel", "Livsmedelskontroller genomförs enligt kontrollplan", "Enhetschef livsmedel", "In progress", "82 % av planerade kontroller genomförda.", "DELVIS", ""),
 (MHN, "Ekonomi", "Debitering av timavgift för tillsyn", "Administratör", "Completed", "Inga avvikelser.", "GENOMFORD", "nej"),
 (MHN, "Förtroende", "Jäv och bisysslor hos inspektörer", "Förvaltningschef", "Genomförd", "", "GENOMFORD", ""),
 (MHN, "Miljö", "Handläggning av klagomål på störningar inom fyra veckor", "Enhetschef miljö", "Completed", "Stickprov visade att 4 av 20 ärenden handlagts efter fyra veckor.", "GENOMFORD", "ja"),
 (MHN, "Hälsoskydd", "Provtagning av badvatten enligt provtagningsprogram", "Miljöinspektör", "Cancelled", "Avbruten genom beslut MHN 2025-04-10 § 34, ansvaret överfört till Nämnden för Fritid & Folkhälsa.", "UTGAR", ""),
 (MHN, "Livsmedel", "Registrering av nya livsmedelsanläggningar", "Administratör", "", "", "SAKNAS", ""),
]
with open(F6, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\r\n")
    w.writerow(["Organisation", "Period", "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"])
    for row in cs:
        w.writerow([row[0], "Helår 2025", row[1], row[2], row[3], row[4], row[5]])
        EXP.append((F6, row[0], row[2], row[6], row[7]))
FILES.append((F6, "INLAST", BN, "2025", "HELAR"))
FILES.append((F6, "INLAST", MHN, "2025", "HELAR"))

# ---------------------------------------------------------------- 7. reject: Excel lock file
F7 = "~$" + F1
owner = "Maria Johansson"
data = bytes([len(owner)]) + owner.encode("latin-1") + b"\x00" * (54 - len(owner))
data += bytes([len(owner), 0]) + owner.encode("utf-16-le") + b"\x00" * (108 - 2 * len(owner))
data = data[:165].ljust(165, b"\x00")
with open(F7, "wb") as f:
    f.write(data)
FILES.append((F7, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- CSVs
reg = [
 (KS, "KS|Kommunledningskontoret|Kommunledningsförvaltningen"),
 (FGN, "FGN|Förvaltningen för Förskola & Grundskola|Förskola & Grundskola"),
 (GVN, "GVN|Förvaltningen för Gymnasium & Arbetsmarknad|Gymnasium & Arbetsmarknad"),
 (IFN, "IFN|IFO|Förvaltningen för Individ & Familjeomsorg|Individ & Familjeomsorg"),
 (VON, "VON|Förvaltningen för Vård & Omsorg|Vård & Omsorg"),
 (NT, "NT|Tekniknämnden|Förvaltningen för Teknik|Teknik"),
 (NS, "NS|Servicenämnden|Förvaltningen för Service|Service"),
 (FOF, "FoF|Fritid & Folkhälsa|Förvaltningen för Kultur & Fritid"),
 (KOT, "KoT|Kultur & Turism"),
 (BN, "BN|Byggnadsnämnd|Förvaltningen för Samhällsbyggnad"),
 (MHN, "MHN|Miljö & Hälsoskydd|Förvaltningen för Miljö & Hälsoskydd"),
 (EKSTA, "Eksta|Eksta Bostads|Ekstabolaget"),
]
with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
    f.write("nämnd;alias\n")
    for n, a in reg:
        f.write(f"{n};{a}\n")
with open("files.csv", "w", encoding="utf-8", newline="") as f:
    f.write("fil;utfall;nämnd;år;period\n")
    for row in FILES:
        f.write(";".join(row) + "\n")
with open("expected.csv", "w", encoding="utf-8", newline="") as f:
    f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
    for row in EXP:
        assert ";" not in "".join(row)
        f.write(";".join(row) + "\n")
print(len(FILES), "file rows,", len(EXP), "controls")
