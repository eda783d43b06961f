#!/usr/bin/python3
"""Blind round r541 - Öckerö kommun, helår 2025."""
import csv, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
files_rows = []   # fil;utfall;nämnd;år;period
exp_rows = []     # fil;nämnd;kontrollmoment;status;avvikelse

def fix_times(path):
    pass

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|Kommunstyrelsens förvaltning"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Öckerö Fastighets AB", "ÖFAB|Öckerö Fastigheter"),
]

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fixed_props(wb):
    import datetime
    wb.properties.creator = "Öckerö kommun"
    wb.properties.created = datetime.datetime(2026, 1, 20, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 20, 8, 0, 0)

# ---------------------------------------------------------------- F1 ÖFN simple xlsx
F1 = "Uppföljning IK 2025 Överförmyndarnämnden.xlsx"
f1_data = [
    ("Granskning av årsräkningar inom lagstadgad tid", "Ja",
     "Samtliga årsräkningar granskade senast 30 september.", "GENOMFORD", "nej"),
    ("Kontroll av att ställföreträdare har registerutdrag inför förordnande", "Ja",
     "1 av 15 nya ställföreträdare saknade registerutdrag vid förordnandet. Kompletterat i efterhand.", "GENOMFORD", "ja"),
    ("Kontroll av att arvoden beslutas enligt nämndens riktlinjer", "Nej",
     "Har inte hunnits med under året pga. sjukskrivning. Flyttas till 2026.", "EJ_GENOMFORD", ""),
    ("Stickprov på överförmyndarspärrade bankkonton", "",
     "Genomförd i november, 10 konton kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
    ("Kontroll av att förteckningar inkommer inom två månader från förordnande", "Ja", "", "GENOMFORD", ""),
    ("Kontroll av att delegationsbeslut anmäls till nämnden", "Delvis",
     "Kontrollerat för perioden jan–jun. Andra halvåret återstår.", "DELVIS", ""),
]
wb = Workbook(); fixed_props(wb)
ws = wb.active; ws.title = "Blad1"
ws["A1"] = "Överförmyndarnämnden – uppföljning internkontroll helår 2025"
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["Kontrollmoment", "Genomförd Ja/Nej", "Kommentar"])
for c in ws[3]:
    c.font = Font(bold=True); c.border = BORDER
for km, jn, kom, st, av in f1_data:
    ws.append([km, jn, kom])
    for c in ws[ws.max_row]:
        c.alignment = WRAP; c.border = BORDER
    exp_rows.append((F1, "Överförmyndarnämnden", km, st, av))
ws.column_dimensions["A"].width = 60
ws.column_dimensions["B"].width = 18
ws.column_dimensions["C"].width = 60
wb.save(F1)
files_rows.append((F1, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------- F2 KS prose docx
F2 = "KS uppföljning intern kontroll helår 2025.docx"
f2_data = [
    ("Ekonomi", [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Ett stickprov om 40 leverantörsfakturor från perioden januari–november har granskats av ekonomienheten. "
         "Samtliga fakturor var attesterade av behörig attestant enligt gällande attestordning. Inga avvikelser noterades.",
         "GENOMFORD", "nej"),
        ("Kontroll av att representation redovisas med syfte och deltagarförteckning",
         "Samtliga 25 representationsfakturor under året har kontrollerats. I tre fall saknades deltagarförteckning "
         "och i ett fall var syftet inte angivet. Berörda chefer har informerats och underlagen har kompletterats.",
         "GENOMFORD", "ja"),
        ("Uppföljning av avtalstrohet vid inköp av varor och tjänster",
         "Kontrollen har påbörjats men har inte slutförts under året. Analysen av inköp mot avtal omfattar hittills "
         "endast första halvåret och kommer att färdigställas under första kvartalet 2026.",
         "DELVIS", ""),
    ]),
    ("Personal och lön", [
        ("Kontroll av löneutbetalningar mot beslutade lönenivåer",
         "Lönecentrum har jämfört utbetald lön mot beslutad lön för 30 slumpvis utvalda anställda i oktober. "
         "Kontrollen visade inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Kontroll av att behörigheter i ekonomisystemet tas bort för avslutade anställda",
         "Kontrollen har inte genomförts under 2025 eftersom kommunen byter ekonomisystem. "
         "Kontrollmomentet flyttas till internkontrollplanen för 2026.",
         "EJ_GENOMFORD", ""),
    ]),
    ("Administration och informationssäkerhet", [
        ("Kontroll av att inkommande handlingar diarieförs inom tre arbetsdagar",
         "Registraturen har gått igenom 50 inkomna handlingar under september. 41 av dessa var diarieförda inom tre "
         "arbetsdagar. Avvikelsen beror främst på semesterperioden och bemanningen har setts över.",
         "GENOMFORD", "ja"),
        ("Uppföljning av att delegationsbeslut anmäls till kommunstyrelsen",
         "Kontrollen utgår efter beslut i kommunstyrelsen 2025-05-14, § 87, eftersom delegationsbesluten sedan våren "
         "anmäls automatiskt via ärendehanteringssystemet.",
         "UTGAR", ""),
        ("Kontroll av informationssäkerhet vid distansarbete",
         "IT-enheten har genomfört en enkät och teknisk kontroll av VPN-anslutning och kryptering på 20 bärbara datorer. "
         "Samtliga uppfyllde kraven och inga brister upptäcktes.",
         "GENOMFORD", "nej"),
    ]),
]
doc = Document()
doc.core_properties.author = "Kommunledningskontoret"
import datetime
doc.core_properties.created = datetime.datetime(2026, 1, 20, 8, 0, 0)
doc.core_properties.modified = datetime.datetime(2026, 1, 20, 8, 0, 0)
doc.sections[0].header.paragraphs[0].text = "Öckerö kommun\tKommunledningskontoret"
doc.add_heading("Uppföljning av intern kontroll 2025 – Kommunstyrelsen", level=1)
doc.add_paragraph("Diarienummer KS 2025/0312. Datum 2026-01-20.")
doc.add_paragraph(
    "Kommunstyrelsen antog internkontrollplanen för 2025 den 12 februari 2025. Nedan redovisas resultatet av "
    "årets kontroller per process. Uppföljningen avser helåret 2025.")
for proc, ctrls in f2_data:
    doc.add_heading(proc, level=2)
    for km, txt, st, av in ctrls:
        p = doc.add_paragraph()
        r = p.add_run(km); r.bold = True
        doc.add_paragraph(txt)
        exp_rows.append((F2, "Kommunstyrelsen", km, st, av))
doc.add_heading("Sammanfattande bedömning", level=2)
doc.add_paragraph(
    "Kommunledningskontoret bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
    "De avvikelser som noterats har åtgärdats eller kommer att följas upp i 2026 års plan.")
doc.add_paragraph("Anna Karlsson\nKommundirektör")
doc.save(F2)
files_rows.append((F2, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))

# ---------------------------------------------------------------- F3 SN T1/T2/T3 codes
F3 = "SN_IK-uppfoljning_2025.xlsx"
f3_data = [
    ("Myndighetsutövning", [
        ("Kontroll av att beslut om bistånd enligt SoL fattas inom fastställd handläggningstid", "Enhetschef myndighet", "Tertialvis",
         1, 1, 1, "Nej", "", "GENOMFORD", "nej"),
        ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Enhetschef IFO", "Tertialvis",
         1, 1, 1, "Nej", "", "GENOMFORD", "nej"),
        ("Stickprov på utbetalning av ekonomiskt bistånd mot beslut", "Enhetschef IFO", "Tertialvis",
         1, 1, 3, "", "T3 ej genomförd p.g.a. vakans på handläggartjänst.", "EJ_GENOMFORD", ""),
        ("Kontroll av att anmälningar enligt lex Sarah utreds inom tidsgräns", "Kvalitetsstrateg", "1 gång/år",
         None, None, 1, "Ja", "2 av 9 utredningar avslutades efter tidsgränsen.", "GENOMFORD", "ja"),
    ]),
    ("Vård och omsorg", [
        ("Uppföljning av genomförandeplaner inom hemtjänsten", "Enhetschef hemtjänst", "Tertialvis",
         2, 2, 1, "Ja", "4 av 30 planer saknade datum för uppföljning.", "GENOMFORD", "ja"),
        ("Kontroll av att läkemedelshantering på särskilt boende sker enligt rutin", "MAS", "Tertialvis",
         1, 1, 2, "Nej", "Endast två av tre boenden kontrollerade under T3.", "DELVIS", "nej"),
        ("Kontroll av registerutdrag vid nyanställning inom LSS", "HR-konsult", "1 gång/år",
         None, 1, None, "Nej", "", "GENOMFORD", "nej"),
    ]),
    ("Ekonomi", [
        ("Inventering av kontanthantering och brukarmedel på boenden", "Controller", "Tertialvis",
         3, 3, None, "", "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Uppföljning av avtal med externa utförare (HVB och familjehem)", "Controller", "1 gång/år",
         None, None, None, "", "", "SAKNAS", ""),
    ]),
]
wb = Workbook(); fixed_props(wb)
ws = wb.active; ws.title = "IK 2025"
ws.oddHeader.center.text = "Socialnämnden – Öckerö kommun"
ws.oddFooter.right.text = "Sida &P av &N"
ws["A1"] = "Uppföljning internkontrollplan 2025"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Uppföljning per tertial. Uppdaterad 2026-01-15."
ws.append([])
hdr = ["Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "T3", "Avvikelse", "Kommentar"]
ws.append(hdr)
HR = ws.max_row
for c in ws[HR]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78"); c.border = BORDER
for proc, ctrls in f3_data:
    ws.append([proc])
    r = ws.max_row
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
    for km, ans, frek, t1, t2, t3, avv, kom, st, av in ctrls:
        ws.append([km, ans, frek, t1, t2, t3, avv, kom])
        for c in ws[ws.max_row]:
            c.alignment = WRAP; c.border = BORDER
        exp_rows.append((F3, "Socialnämnden", km, st, av))
ws.append([])
ws.append(["Teckenförklaring: 1 = Genomförd, 2 = Delvis genomförd/pågår, 3 = Ej genomförd. "
           "Tom ruta = kontrollen ej planerad eller ej rapporterad för tertialen."])
ws.cell(ws.max_row, 1).font = Font(italic=True, size=9)
for col, w in zip("ABCDEFGH", [62, 22, 12, 6, 6, 6, 11, 50]):
    ws.column_dimensions[col].width = w
wb.save(F3)
files_rows.append((F3, "INLAST", "Socialnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------- F4 BUF Risk + Kontrollaktivitet
F4 = "BUF internkontroll 2025 helår.xlsx"
GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
f4_data = [
    ("Elevhälsa och stöd", [
        ("Elever med rätt till särskilt stöd får inte åtgärdsprogram i tid, vilket kan leda till att eleven inte når kunskapskraven.",
         "Stickprov på 20 elevakter: kontroll av att åtgärdsprogram upprättats inom fyra veckor från beslut om särskilt stöd",
         "3x4=12", "Rektorer", "Delvis genomförd", YELLOW,
         "12 av 20 akter granskade. I 2 fall upprättades åtgärdsprogrammet för sent.", "DELVIS", "ja"),
        ("Kränkande behandling anmäls inte till huvudman och utreds inte skyndsamt.",
         "Kontroll av att anmälningar om kränkande behandling skickas till huvudman och utreds",
         "3x4=12", "Verksamhetschef grundskola", "Genomförd", GREEN,
         "Samtliga anmälningar registrerade och utredda.", "GENOMFORD", "nej"),
        ("Vårdnadshavare får inte kännedom om ogiltig frånvaro samma dag.",
         "Kontroll av att ogiltig frånvaro meddelas vårdnadshavare samma dag",
         "2x3=6", "Rektorer", "Genomförd", GREEN,
         "Brister på en skola där meddelandet skickades dagen efter. Rutin förtydligad.", "GENOMFORD", "ja"),
    ]),
    ("Förskola och skolskjuts", [
        ("Barn placeras i förskola i strid med antagna köregler.",
         "Kontroll av att köregler tillämpas vid placering i förskola",
         "2x3=6", "Placeringsassistent", "Genomförd", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Skolskjuts beviljas utan att eleven uppfyller kriterierna.",
         "Granskning av beslut om skolskjuts mot riktlinjer för skolskjuts",
         "2x2=4", "Skolskjutshandläggare", "Ej genomförd", RED,
         "Ej genomförd p.g.a. byte av handläggare. Läggs in i plan 2026.", "EJ_GENOMFORD", ""),
    ]),
    ("Ekonomi och inköp", [
        ("Inköp av läromedel görs utanför upphandlade ramavtal.",
         "Stickprov på inköp av läromedel mot gällande ramavtal",
         "3x3=9", "Controller BUF", "Genomförd med avvikelse", YELLOW,
         "3 av 25 inköp gjorda hos leverantör utan avtal.", "GENOMFORD", "ja"),
        ("Skolmåltider uppfyller inte Livsmedelsverkets riktlinjer.",
         "Kontroll av matsedel mot riktlinjer för skolmåltider",
         "2x3=6", "Kostchef", "Utgår", GREY,
         "Utgår – ansvaret för kosten flyttat till kommunstyrelsen från 1 april.", "UTGAR", ""),
        ("Brister i systematiskt brandskyddsarbete i skollokaler.",
         "Kontroll av att brandskyddsronder (SBA) genomförs på samtliga skolor och förskolor",
         "2x4=8", "Rektorer / förskolechefer", None, None,
         "Alla enheter har genomfört ronderna enligt plan, inga brister noterade.", "GENOMFORD", "nej"),
    ]),
]
wb = Workbook(); fixed_props(wb)
ws = wb.active; ws.title = "Uppföljning"
ws["A1"] = "Barn- och utbildningsförvaltningen"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"
ws["A2"].font = Font(bold=True, size=12)
ws["A3"] = "Statusfärg: grön = genomförd, gul = delvis/avvikelse, röd = ej genomförd, grå = utgår"
ws["A3"].font = Font(italic=True, size=9)
ws.append([])
ws.append(["Process", "Risk", "Kontrollaktivitet", "Riskvärde (S x K)", "Ansvarig", "Status helår", "Resultat / åtgärd"])
HR = ws.max_row
for c in ws[HR]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9D9D9"); c.border = BORDER; c.alignment = WRAP
for proc, ctrls in f4_data:
    start = ws.max_row + 1
    for risk, ka, rv, ans, stat, fill, res, st, av in ctrls:
        ws.append([proc if ws.max_row + 1 == start else None, risk, ka, rv, ans, stat, res])
        r = ws.max_row
        for c in ws[r]:
            c.alignment = WRAP; c.border = BORDER
        if fill:
            ws.cell(r, 6).fill = PatternFill("solid", fgColor=fill)
        exp_rows.append((F4, "Barn- och utbildningsnämnden", ka, st, av))
    ws.merge_cells(start_row=start, start_column=1, end_row=ws.max_row, end_column=1)
ws.append([])
ws.append(["Godkänd av förvaltningschef 2026-01-19"])
for col, w in zip("ABCDEFG", [18, 45, 50, 12, 20, 18, 45]):
    ws.column_dimensions[col].width = w
wb.save(F4)
files_rows.append((F4, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------- F5 MBN odt
F5 = "MBN Uppföljning internkontrollplan 2025.odt"
f5_data = [
    ("1", "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystemet, samtliga ärenden",
     "Bygglovschef", "Med anmärkning", "3 av 112 ärenden överskred tidsfristen, avgiften reducerades.", "GENOMFORD", "ja"),
    ("2", "Debitering av tillsynsavgifter enligt fastställd taxa", "Stickprov 15 fakturor",
     "Miljöchef", "Utan anmärkning", "", "GENOMFORD", "nej"),
    ("3", "Kontroll av att jäv noteras och hanteras i ärendehanteringssystemet", "Stickprov 20 ärenden",
     "Nämndsekreterare", "Utan anmärkning", "", "GENOMFORD", "nej"),
    ("4", "Uppföljning av att tillsynsplanen för livsmedelskontroll följs", "Jämförelse plan/utfall",
     "Miljöchef", "Med anmärkning", "85 % av planerade kontroller utförda, resterande flyttas till 2026.", "GENOMFORD", "ja"),
    ("5", "Kontroll av att delegationsbeslut anmäls till nämnden", "Genomgång av delegationslistor",
     "Nämndsekreterare", "Utan anmärkning", "", "GENOMFORD", "nej"),
    ("6", "Kontroll av att förelägganden följs upp inom angiven tid", "Stickprov 10 ärenden",
     "Miljöinspektör", "Ej utförd", "Resursbrist under hösten.", "EJ_GENOMFORD", ""),
    ("7", "Arkivering av avslutade ärenden enligt dokumenthanteringsplan", "Genomgång av e-arkiv",
     "Administratör", "Pågår", "Ärenden t.o.m. 2023 klara, 2024 pågår.", "DELVIS", ""),
]
odt = OpenDocumentText()
bold = Style(name="Fet", family="paragraph"); bold.addElement(TextProperties(fontweight="bold"))
cellst = Style(name="Cell", family="table-cell")
cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
hcell = Style(name="HCell", family="table-cell")
hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm", backgroundcolor="#d9d9d9"))
h1 = Style(name="Rubrik1", family="paragraph"); h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
for s in (bold, cellst, hcell, h1):
    odt.automaticstyles.addElement(s)
odt.text.addElement(P(stylename=h1, text="Miljö- och byggnadsnämnden"))
odt.text.addElement(P(stylename=bold, text="Uppföljning av internkontrollplan 2025 – helårsrapport"))
odt.text.addElement(P(text="Kontrollerna har genomförts under perioden januari–december 2025. "
                           "Resultatet redovisas i tabellen nedan."))
tbl = Table(name="Uppfoljning")
widths = ["1cm", "5.5cm", "3.5cm", "2.8cm", "2.8cm", "4.5cm"]
for i, w in enumerate(widths):
    cs = Style(name=f"Col{i}", family="table-column"); cs.addElement(TableColumnProperties(columnwidth=w))
    odt.automaticstyles.addElement(cs)
    tbl.addElement(TableColumn(stylename=cs))
def row(vals, st, pst=None):
    tr = TableRow()
    for v in vals:
        tc = TableCell(stylename=st, valuetype="string")
        tc.addElement(P(stylename=pst, text=v) if pst else P(text=v))
        tr.addElement(tc)
    tbl.addElement(tr)
row(["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat", "Kommentar"], hcell, bold)
for nr, km, met, ans, res, kom, st, av in f5_data:
    row([nr, km, met, ans, res, kom], cellst)
    exp_rows.append((F5, "Miljö- och byggnadsnämnden", km, st, av))
odt.text.addElement(tbl)
odt.text.addElement(P(text=""))
odt.text.addElement(P(text="Öckerö 2026-01-26"))
odt.text.addElement(P(text="Lars Bergström, förvaltningschef Miljö och bygg"))
odt.save(F5)
files_rows.append((F5, "INLAST", "Miljö- och byggnadsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------- F6 Hypergene CSV, two nämnder
F6 = "Hypergene_IK_export_20260122.csv"
f6_data = [
    ("Kultur och fritid", "Kultur- och fritidsnämnden", [
        ("Bidragshantering", "Kontroll av att föreningsbidrag betalas ut enligt beslutade regler", "Stickprov 10 ansökningar", "1 ggr/år",
         "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontanthantering", "Kontroll av kassahantering i Öckerö simhall", "Oanmäld kassakontroll", "2 ggr/år",
         "Klar", "Differens i kassan vid ett av två tillfällen. Rutin för dagsavslut uppdaterad.", "GENOMFORD", "ja"),
        ("Lokaler", "Uppföljning av lokalbokning och fakturering av hyresgäster", "Avstämning bokningssystem mot fakturor", "1 ggr/år",
         "Pågående", "Avstämning klar för vårterminen.", "DELVIS", ""),
        ("Bibliotek", "Kontroll av att utlånade medier registreras i bibliotekssystemet", "Stickprov", "1 ggr/år",
         "Ej aktuell", "Ersatt av automatisk kontroll i nytt system.", "UTGAR", ""),
        ("Personal", "Registerkontroll av ledare i lovverksamhet", "Genomgång av utdrag", "1 ggr/år",
         "", "Se bilaga", "OKLAR", ""),
    ]),
    ("Tekniska förvaltningen", "Tekniska nämnden", [
        ("Fastighet", "Kontroll av att felanmälningar åtgärdas inom avtalad tid", "Uttag ur felanmälningssystem", "2 ggr/år",
         "Klar", "98 % åtgärdade inom avtalad tid, inga avvikelser mot avtal.", "GENOMFORD", "nej"),
        ("VA", "Kontroll av att VA-anslutningsavgifter debiteras vid nya anslutningar", "Avstämning mot bygglov", "1 ggr/år",
         "Klar", "", "GENOMFORD", ""),
        ("Gata/park", "Uppföljning av entreprenörens vinterväghållning mot avtal", "Avstämning körjournaler", "1 ggr/år",
         "Klar", "Två tillfällen där plogning startade för sent. Vite har tagits ut.", "GENOMFORD", "ja"),
        ("Gata/park", "Kontroll av att egenkontroller utförs på kommunens lekplatser", "Genomgång av protokoll", "1 ggr/år",
         "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ("Investeringar", "Kontroll av entreprenörsfakturor mot beslutade ÄTA-arbeten", "Stickprov 10 fakturor", "2 ggr/år",
         "Pågående", "Första stickprovet klart utan anmärkning, andra pågår.", "DELVIS", "nej"),
        ("Ekonomi", "Kontroll av attestflöde för fakturor inom VA-kollektivet", "Stickprov", "1 ggr/år",
         "", "", "SAKNAS", ""),
    ]),
]
lines = [
    ["Hypergene", "Rapport: Internkontroll – uppföljning kontrollmoment"],
    ["Organisation", "Öckerö kommun"],
    ["Urval", "Kultur och fritid, Tekniska förvaltningen"],
    ["Period", "Jan–Dec 2025"],
    ["Version", "Utfall helår"],
    ["Skapad", "2026-01-22 09:14 av ekonomiavdelningen"],
    [],
    ["Organisationsenhet", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Status", "Kommentar", "Senast ändrad"],
]
dates = ["2025-12-18", "2026-01-09", "2026-01-12", "2025-11-30", "2026-01-14", "2025-12-20"]
i = 0
for enhet, namnd, ctrls in f6_data:
    for proc, km, met, frek, stat, kom, st, av in ctrls:
        lines.append([enhet, proc, km, met, frek, stat, kom, dates[i % len(dates)]]); i += 1
        exp_rows.append((F6, namnd, km, st, av))
    files_rows.append((F6, "INLAST", namnd, "2025", "HELAR"))
with open(F6, "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
    for l in lines:
        w.writerow(l)

# ---------------------------------------------------------------- F7 reject: Excel lock file
F7 = "~$Uppföljning IK 2025 Överförmyndarnämnden.xlsx"
user = "Maria Olsson"
b = bytes([len(user)]) + user.encode("ascii").ljust(53, b" ")
b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
b = b.ljust(165, b"\x20")
with open(F7, "wb") as fh:
    fh.write(b)
files_rows.append((F7, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- CSVs
def wcsv(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)
wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], files_rows)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], exp_rows)
print(len(files_rows), "file rows,", len(exp_rows), "controls")
