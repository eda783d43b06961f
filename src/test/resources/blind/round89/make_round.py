#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 89 - Mörbylånga kommun, helår 2025: a January inbox at the economy office.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import os
import csv
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
    ("Socialnämnden", "SN|SocN|Socialförvaltningen|Vård och omsorg"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och bygg|Miljö och bygg"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN|Valnämnd"),
    ("Krisledningsnämnden", "KLN|Krisledning"),
    ("Mörbylånga Bostads AB", "MBAB|Bostadsbolaget|Mörbylånga Bostäder|Mörbylånga Bostads Aktiebolag"),
]

# ---------------------------------------------------------------------------
# 1+2. The kommun's standard template (xlsx), filled in by KS and BUN
# ---------------------------------------------------------------------------
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
INFO_FILL = PatternFill("solid", fgColor="DDEBF7")
EX_FILL = PatternFill("solid", fgColor="F2F2F2")

TEMPLATE_HEAD = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod",
                 "Frekvens", "Ansvarig", "Status", "Avvikelse\n(Ja/Nej)",
                 "Kommentar / vidtagna åtgärder"]
TEMPLATE_WIDTH = [5, 18, 28, 42, 30, 12, 18, 18, 11, 55]


def standard_template(fname, namnd_text, period_text, ansvarig, datum, rows, summary):
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Mörbylånga kommun – mall för uppföljning av internkontrollplan"
    ins["A1"].font = Font(bold=True, size=14)
    lines = [
        "1. Fyll i nämnd/styrelse, år och uppföljningstillfälle överst på fliken Uppföljning.",
        "2. Kontrollmomenten ska motsvara nämndens beslutade internkontrollplan för året.",
        "3. Välj status i listan: Genomförd, Delvis genomförd, Ej genomförd eller Utgår.",
        "   Utgår används endast när kontrollen tagits bort genom beslut i nämnden.",
        "4. Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister, och beskriv åtgärd i kommentaren.",
        "5. Raden märkt Ex är ett exempel och kan lämnas kvar.",
        "6. Skicka filen till ekonomiavdelningen senast 20 januari (helår) resp. 15 september (delår).",
        "Frågor: ekonomiavdelningen@morbylanga.se",
    ]
    for i, t in enumerate(lines, start=3):
        ins.cell(row=i, column=1, value=t)
    ins.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "MÖRBYLÅNGA KOMMUN"
    ws["A1"].font = Font(bold=True, size=10, color="1F4E78")
    ws["A2"] = "Uppföljning av internkontrollplan"
    ws["A2"].font = Font(bold=True, size=16)
    ws.merge_cells("A2:J2")
    meta = [("Nämnd/styrelse:", namnd_text), ("År:", 2025),
            ("Uppföljningstillfälle:", period_text),
            ("Ansvarig tjänsteperson:", ansvarig), ("Datum:", datum)]
    for i, (k, v) in enumerate(meta, start=4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=3)
        c = ws.cell(row=i, column=4, value=v)
        c.fill = INFO_FILL
        c.border = BOX
        if isinstance(v, datetime.date):
            c.number_format = "yyyy-mm-dd"
            c.alignment = Alignment(horizontal="left")
    hr = 10
    for j, h in enumerate(TEMPLATE_HEAD, start=1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = TEMPLATE_WIDTH[j - 1]
    ws.row_dimensions[hr].height = 32
    example = ["Ex", "Exempel: Inköp", "Exempel: Inköp görs utanför avtal",
               "Exempel: Stickprov av 20 fakturor mot avtalsdatabasen",
               "Exempel: Stickprov", "Exempel: Årligen", "Exempel: Controller",
               "Genomförd", "Nej", "Exempel: Inga avvikelser noterades."]
    r = hr + 1
    for j, v in enumerate(example, start=1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(italic=True, color="808080")
        c.fill = EX_FILL
        c.border = BOX
    for row in rows:
        r += 1
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
    last = r
    r += 2
    ws.cell(row=r, column=1, value=summary).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 2
    ws.cell(row=r, column=1, value="Beslutad i nämnd/styrelse, datum och §:")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)

    lists = wb.create_sheet("Listor")
    for i, v in enumerate(["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"], start=1):
        lists.cell(row=i, column=1, value=v)
    for i, v in enumerate(["Ja", "Nej"], start=1):
        lists.cell(row=i, column=2, value=v)
    for i, v in enumerate(["Tertial 1", "Delår (per 31 augusti)", "Helår"], start=1):
        lists.cell(row=i, column=3, value=v)
    lists.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    dv.add(f"H{hr + 2}:H{hr + 60}")
    ws.add_data_validation(dv)
    dv2 = DataValidation(type="list", formula1="=Listor!$B$1:$B$2", allow_blank=True)
    dv2.add(f"I{hr + 2}:I{hr + 60}")
    ws.add_data_validation(dv2)
    ws.freeze_panes = ws.cell(row=hr + 1, column=1)
    wb.active = 1
    wb.save(fname)


F1 = "KS Uppföljning internkontrollplan helår 2025.xlsx"
ks_rows = [
    (1, "Attest", "Fakturor attesteras av obehörig",
     "Kontroll att leverantörsfakturor attesteras enligt attestreglementet",
     "Stickprov 30 fakturor per kvartal mot attestförteckning", "Kvartalsvis",
     "Controller", "Genomförd", "Ja",
     "120 fakturor granskade. Två fakturor attesterades av ersättare som inte fanns i attestförteckningen. Attestförteckningen uppdaterad i oktober."),
    (2, "Leverantörsfakturor", "Dubbelbetalning",
     "Kontroll av dubbelbetalningar i leverantörsreskontran",
     "Systemrapport i Unit4 över fakturor med samma belopp och leverantör", "Månadsvis",
     "Redovisningsansvarig", "Genomförd", "Nej",
     "Inga dubbelbetalningar har gjorts under året. Två dubbletter stoppades innan betalning."),
    (3, "Delegationsbeslut", "Beslut anmäls inte till KS",
     "Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
     "Jämförelse diarium/anmälningslistor", "Tertialvis",
     "Kommunsekreterare", "Genomförd", "Ja",
     "Tre personalbeslut anmäldes först vid sammanträdet efter. Påminnelse skickad till chefer."),
    (4, "Representation", "Representation saknar syfte och deltagare",
     "Kontroll att fakturor för representation har syfte och deltagarförteckning",
     "Stickprov 15 fakturor", "Halvår",
     "Controller", "Delvis genomförd", "Ja",
     "Stickprovet för första halvåret genomfört, 4 av 15 saknade deltagarförteckning. Andra halvåret hann inte granskas före bokslutet."),
    (5, "Avtalstrohet", "Inköp görs utanför avtal",
     "Kontroll av avtalstrohet vid inköp av varor och tjänster",
     "Stickprov 25 fakturor mot avtalsdatabasen", "Årligen",
     "Upphandlare", "Genomförd", "Nej",
     "Samtliga granskade inköp gjordes mot gällande avtal."),
    (6, "IT-behörigheter", "Avslutad personal har kvar behörighet",
     "Kontroll att behörigheter i ekonomisystemet tas bort vid avslutad anställning",
     "Jämförelse behörighetslista mot personalsystemet", "Halvår",
     "Systemförvaltare ekonomi", "Ej genomförd", None,
     "Har inte hunnits med på grund av byte av systemförvaltare. Kontrollen flyttas till internkontrollplan 2026."),
    (7, "Löner", "Felaktiga lönetillägg",
     "Kontroll att lönetillägg och engångsbelopp har beslutsunderlag",
     "Stickprov 20 utbetalningar", "Halvår",
     "HR-specialist", "Genomförd", "Nej",
     "Underlag fanns för samtliga granskade utbetalningar."),
    (8, "Dataskydd", "Registerförteckningen är inaktuell",
     "Kontroll att registerförteckningen enligt dataskyddsförordningen är uppdaterad",
     "Genomgång tillsammans med dataskyddsombud", "Årligen",
     "Dataskyddssamordnare", "Genomförd", "Ja",
     "Sex behandlingar saknades i förteckningen och har lagts till."),
    (9, "Krisberedskap", "Krisledningsplanen är inaktuell",
     "Kontroll att krisledningsplan och larmlistor är uppdaterade",
     "Genomgång", "Årligen",
     "Säkerhetssamordnare", "Utgår", None,
     "Utgår enligt KS beslut 2025-05-06 § 87 – ersätts av regional övning (Kalmar län) hösten 2025."),
]
standard_template(F1, "Kommunstyrelsen", "Helår", "Anna Lindqvist, ekonomichef",
                  datetime.date(2026, 1, 15), ks_rows,
                  "Antal kontrollmoment: 9   Genomförda: 6   Delvis: 1   Ej genomförda: 1   Utgår: 1")
FILES.append((F1, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
KS_STATUS = {"Genomförd": "GENOMFORD", "Delvis genomförd": "DELVIS",
             "Ej genomförd": "EJ_GENOMFORD", "Utgår": "UTGAR"}
for r in ks_rows:
    exp(F1, "Kommunstyrelsen", r[3], KS_STATUS[r[7]], "ja" if r[8] == "Ja" else "nej")

F2 = "BUN_IKP_uppfoljning_2025-12-31.xlsx"
bun_rows = [
    (1, "Skolskjuts", "Beslut fattas utan stöd i riktlinjer",
     "Kontroll att beslut om skolskjuts fattas enligt riktlinjerna",
     "Stickprov 20 beslut", "Årligen", "Skolskjutssamordnare", "Genomförd", "Nej",
     "Samtliga 20 beslut följde riktlinjerna."),
    (2, "Barnomsorgsavgifter", "Felaktig avgift debiteras",
     "Kontroll att inkomstuppgifter för maxtaxa stäms av mot Skatteverkets uppgifter",
     "Inkomstavstämning", "Årligen", "Avgiftshandläggare", "Genomförd", "Ja",
     "Avstämningen visade att 12 hushåll haft för låg avgift. Efterdebitering har skett."),
    (3, "Kränkande behandling", "Anmälan når inte huvudmannen",
     "Kontroll att anmälningar om kränkande behandling når huvudmannen inom fem dagar",
     "Uppföljning i DF Respons", "Tertialvis", "Kvalitetsstrateg", "Delvis genomförd", "Ja",
     "Kontrollerat för T1 och T2. 9 av 61 anmälningar kom in senare än fem dagar. T3 kontrolleras i februari."),
    (4, "Elevfrånvaro", "Upprepad frånvaro utreds inte",
     "Kontroll att rektor utrett upprepad eller längre frånvaro",
     "Genomgång frånvarostatistik och utredningar", "Halvår", "Verksamhetschef grundskola",
     "Genomförd", "Nej", "Utredning fanns i alla ärenden med över 10 % frånvaro."),
    (5, "Tilläggsbelopp", "Felaktiga beslut om tilläggsbelopp",
     "Kontroll att beslut om tilläggsbelopp till fristående förskolor har underlag",
     "Genomgång av samtliga beslut", "Årligen", "Förvaltningsekonom", "Genomförd", "Nej",
     "Fem beslut granskade, underlag fanns."),
    (6, "Leverantörsfakturor", "Felaktig kontering",
     "Stickprov att leverantörsfakturor konteras på rätt ansvar och verksamhet",
     "Stickprov 40 fakturor", "Årligen", "Förvaltningsekonom", None, None,
     "Stickprov på 40 fakturor genomfört i november. Inga avvikelser."),
    (7, "Rekrytering", "Utdrag ur belastningsregistret saknas",
     "Kontroll att utdrag ur belastningsregistret har uppvisats vid nyanställning",
     "Stickprov nyanställningar", "Halvår", "HR-konsult", "Genomförd", "Ja",
     "Två timvikarier i förskolan hade börjat utan uppvisat utdrag. Rutinen har förtydligats för rektorer."),
    (8, "Inventarier", "Stöld och svinn av elevdatorer",
     "Kontroll av inventarieförteckning för elevdatorer (Chromebooks)",
     "Inventering mot förteckning", "Årligen", "IT-pedagog", "Ej genomförd", "Nej",
     "Inventeringen sköts upp till mars 2026 i samband med utbyte av datorer i årskurs 7."),
    (9, "Dataskydd", "Personuppgiftsbiträdesavtal saknas",
     "Kontroll att personuppgiftsbiträdesavtal finns för digitala läromedel",
     "Genomgång av licensförteckning", "Årligen", "Dataskyddssamordnare BUF",
     "Delvis genomförd", "Ja",
     "Genomgång gjord för grundskolan; 3 läromedel saknade avtal. Förskolan återstår."),
    (10, "Löner", "Felaktiga utbetalningar till timanställda",
     "Kontroll att timanställdas tidrapporter är attesterade innan lönekörning",
     "Stickprov 25 tidrapporter", "Tertialvis", "Förvaltningsekonom", "Genomförd", "Nej",
     "Inga avvikelser."),
]
standard_template(F2, "Barn- och utbildningsförvaltningen", "Helår (T3)",
                  "Johan Berg, förvaltningsekonom", datetime.date(2026, 1, 12), bun_rows,
                  "Summa: 10 kontrollmoment")
FILES.append((F2, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))
for r in bun_rows:
    st = KS_STATUS[r[7]] if r[7] else "GENOMFORD"   # blank status, comment says done
    exp(F2, "Barn- och utbildningsnämnden", r[3], st, "ja" if r[8] == "Ja" else "nej")

# ---------------------------------------------------------------------------
# 3. Socialnämnden answers in its own Word document, one table per process
# ---------------------------------------------------------------------------
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


F3 = "SN intern kontroll helår 2025.docx"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
hdr = sec.header.paragraphs[0]
hdr.text = "Mörbylånga kommun\tSocialförvaltningen\tDnr SN 2025/0034"
doc.add_heading("Uppföljning av intern kontroll 2025", level=0)
p = doc.add_paragraph()
p.add_run("Socialnämnden – helårsuppföljning (1 januari–31 december 2025)").bold = True
doc.add_paragraph("Bilaga 4 till verksamhetsberättelse 2025")
doc.add_heading("Sammanfattning", level=1)
doc.add_paragraph(
    "Socialnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 14). Planen omfattar "
    "nio kontrollmoment inom fem processer. Resultatet redovisas nedan per process. Kolumnen Delår "
    "återger vad som rapporterades i delårsrapporten per 31 augusti, kolumnen Helår är årets slutliga "
    "bedömning. Sammantaget bedömer förvaltningen att den interna kontrollen har varit i huvudsak "
    "tillräcklig, men att kontrollerna av hemtjänstdebitering och försörjningsstöd behöver stärkas 2026.")
doc.add_heading("Resultat per process", level=1)

sn_processes = [
    ("Process 1: Myndighetsutövning enligt LSS", [
        ("Beslut enligt LSS fattas av rätt delegat",
         "Stickprov 20 beslut per halvår mot delegationsordningen",
         "Genomförd, 20 ärenden utan avvikelse.",
         "Genomförd. Totalt 40 ärenden granskade under året, inga avvikelser.",
         "–", "GENOMFORD", "nej"),
        ("Ej verkställda beslut rapporteras till IVO inom tre månader",
         "Genomgång av bevakningslista i Treserva, kvartalsvis",
         "Genomförd.",
         "Genomförd. Ett beslut (kv 3) rapporterades två veckor för sent.",
         "Bevakning flyttad till gemensam kalender i enheten.", "GENOMFORD", "ja"),
    ]),
    ("Process 2: Ekonomiskt bistånd", [
        ("Utbetalningar av ekonomiskt bistånd stäms av mot beslut",
         "Stickprov 25 ärenden per halvår",
         "Genomförd för första halvåret, inga fel.",
         "Delvis. Stickprovet för andra halvåret omfattade bara 10 ärenden på grund av vakans. "
         "En dubbel utbetalning (4 850 kr) upptäcktes och har återkrävts.",
         "Fullt stickprov återinförs 2026.", "DELVIS", "ja"),
        ("Kontroll mot Försäkringskassan och CSN (SSBTEK) vid nybesök",
         "Genomgång av samtliga nybesök i april",
         "Genomförd. Kontrollen gjordes i april på samtliga nybesök (31 st), inga avvikelser. "
         "Kontrollen görs en gång per år.",
         "Se delår.",
         "", "GENOMFORD", "nej"),
    ]),
    ("Process 3: Vård och omsorg", [
        ("Debitering av hemtjänstavgifter stämmer med utförd tid",
         "Jämförelse av utförd tid i planeringssystemet mot fakturerad tid, 15 brukare",
         "Ej påbörjad.",
         "Ej genomförd. Nytt planeringssystem infördes i oktober och underlag kunde inte tas fram. "
         "Kontrollen flyttas till 2026.",
         "", "EJ_GENOMFORD", "nej"),
        ("Narkotikaklassade läkemedel – kontroll av förbrukningsjournaler på särskilda boenden",
         "Sjuksköterska och enhetschef kontrollerar journalerna varje månad",
         "Genomförd.",
         "Genomförd. Brister i signering på ett boende (Kastanjegården).",
         "Åtgärdsplan upprättad, MAS följer upp i mars 2026.", "GENOMFORD", "ja"),
    ]),
    ("Process 4: Personal och lön", [
        ("Timanställdas tidrapporter attesteras av chef innan lönekörning",
         "Stickprov 30 tidrapporter per tertial",
         "Genomförd.",
         "Genomförd utan anmärkning.",
         "", "GENOMFORD", "nej"),
        ("Utdrag ur belastningsregistret kontrolleras vid anställning inom LSS-verksamhet",
         "Stickprov av nyanställda",
         "Kontrollen planeras till hösten.",
         "",
         "", "SAKNAS", "nej"),
    ]),
    ("Process 5: Informationssäkerhet", [
        ("Loggkontroll i verksamhetssystemet – stickprov 10 användare per månad",
         "Systemförvaltare tar ut logg, enhetschef bedömer",
         "Delvis, kontroll gjord jan–apr.",
         "Utgår. Ersatt av automatiserad loggranskning enligt SN beslut 2025-10-22 § 112.",
         "", "UTGAR", "nej"),
    ]),
]
SN_HEAD = ["Kontrollmoment", "Metod", "Delår 31/8", "Helår", "Åtgärd"]
for title, ctrls in sn_processes:
    doc.add_paragraph()
    t = doc.add_table(rows=2 + len(ctrls), cols=5)
    t.style = "Table Grid"
    top = t.rows[0].cells
    m = top[0].merge(top[4])
    m.text = ""
    run = m.paragraphs[0].add_run(title)
    run.bold = True
    shade(m, "C6E0B4")
    for j, h in enumerate(SN_HEAD):
        c = t.rows[1].cells[j]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "E2EFDA")
    for i, (km, met, dl, hl, atg, stx, avx) in enumerate(ctrls, start=2):
        vals = [km, met, dl, hl, atg]
        for j, v in enumerate(vals):
            t.rows[i].cells[j].text = v
        exp(F3, "Socialnämnden", km, stx, avx)
    for row in t.rows:
        for j, w in enumerate([Cm(4.5), Cm(3.5), Cm(3.3), Cm(4.2), Cm(2.8)]):
            row.cells[j].width = w

doc.add_heading("Kommentar till avvikelserna", level=1)
doc.add_paragraph(
    "De avvikelser som upptäckts har åtgärdats eller lett till förändrade rutiner. Förslag till "
    "internkontrollplan 2026 behandlas av nämnden i februari.")
doc.add_paragraph()
doc.add_paragraph("Mörbylånga 2026-01-14")
doc.add_paragraph("Maria Ek\nSocialchef")
doc.save(F3)
FILES.append((F3, "INLAST", "Socialnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 4. Bolag: board report (.docx) with the follow-up as one section
# ---------------------------------------------------------------------------
F4 = "MBAB Styrelserapport 2026-01-28.docx"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Mörbylånga Bostads AB (org.nr 556xxx-1234)"
sec.footer.paragraphs[0].text = "Styrelsemöte 2026-01-28 – ärende 6"
doc.add_heading("VD-rapport till styrelsen", level=0)
doc.add_paragraph("Styrelsemöte 28 januari 2026, ärende 6")
doc.add_heading("1. Verksamheten i korthet", level=1)
doc.add_paragraph(
    "Bolaget har under 2025 slutfört stambytet på Kalkstensvägen (etapp 2) och påbörjat "
    "projekteringen av 24 nya lägenheter i Färjestaden. Uthyrningsläget är fortsatt mycket gott. "
    "Energiförbrukningen per kvadratmeter minskade med 4 % jämfört med 2024.")
doc.add_heading("2. Ekonomi och uthyrning", level=1)
t = doc.add_table(rows=5, cols=3)
t.style = "Light Grid Accent 1"
eco = [("Nyckeltal", "2025", "2024"),
       ("Hyresintäkter, mkr", "62,4", "59,8"),
       ("Resultat efter finansiella poster, mkr", "4,1", "2,9"),
       ("Uthyrningsgrad bostäder", "98,7 %", "98,1 %"),
       ("Antal lägenheter i kö (aktiva sökande)", "1 412", "1 288")]
for i, row in enumerate(eco):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
doc.add_paragraph("Bokslutet för 2025 är preliminärt och revideras i februari.")
doc.add_heading("3. Uppföljning av internkontrollplan 2025", level=1)
doc.add_paragraph(
    "Styrelsen fastställde internkontrollplanen för 2025 den 19 februari 2025 (§ 8). I tabellen nedan "
    "redovisas utfallet för helåret. Kolumnen Utförd anger om kontrollen har genomförts under året.")
mbab = [
    ("1", "Hyresavtal",
     "Nya hyresavtal är korrekt registrerade i hyressystemet (stickprov 20 avtal)",
     "Ja", "En felaktig hyresnivå upptäcktes och har rättats retroaktivt.", "GENOMFORD", "ja"),
    ("2", "Hyresfordringar",
     "Uppföljning av kravrutin och avskrivning av hyresfordringar",
     "Ja", "Rutinen följs. Inga avvikelser.", "GENOMFORD", "nej"),
    ("3", "Attest",
     "VD:s utlägg och representation attesteras av styrelsens ordförande",
     "Ja", "Samtliga 11 underlag attesterade av ordförande.", "GENOMFORD", "nej"),
    ("4", "Upphandling",
     "Ramavtal för entreprenader följs vid beställning av underhållsarbeten",
     "Delvis", "Kontrollen genomförd för två av fyra ramavtal (måleri och el). VVS och mark återstår.",
     "DELVIS", "nej"),
    ("5", "Uthyrning",
     "Lediga lägenheter förmedlas enligt uthyrningspolicyn (turordning i bostadskön)",
     "Ja", "Två avsteg från turordningen saknade dokumenterad motivering.", "GENOMFORD", "ja"),
    ("6", "Fastighetsunderhåll",
     "OVK och brandskyddskontroller utförs enligt underhållsplanen",
     "Nej", "Försenat på grund av leverantörsbyte. Genomförs under första kvartalet 2026.",
     "EJ_GENOMFORD", "nej"),
    ("7", "IT-säkerhet",
     "Behörigheter i fastighetssystemet ses över vid personalförändringar",
     "Se bilaga 3", "", "OKLAR", "nej"),
]
t = doc.add_table(rows=1 + len(mbab), cols=5)
t.style = "Table Grid"
for j, h in enumerate(["Nr", "Område", "Kontroll", "Utförd", "Resultat/kommentar"]):
    c = t.cell(0, j)
    c.text = ""
    c.paragraphs[0].add_run(h).bold = True
    shade(c, "D9D9D9")
for i, r in enumerate(mbab, start=1):
    for j in range(5):
        t.cell(i, j).text = r[j]
    exp(F4, "Mörbylånga Bostads AB", r[2], r[5], r[6])
doc.add_paragraph()
doc.add_paragraph(
    "VD:s bedömning är att den interna kontrollen i bolaget i allt väsentligt fungerar. "
    "Förslag till internkontrollplan 2026 behandlas på styrelsemötet i mars.")
doc.add_heading("4. Övrigt", level=1)
doc.add_paragraph("Hyresförhandlingarna med Hyresgästföreningen för 2026 avslutades den 12 december "
                  "med en höjning om 4,9 %.")
doc.add_heading("Förslag till beslut", level=2)
doc.add_paragraph("Styrelsen beslutar att godkänna VD-rapporten och uppföljningen av internkontrollplan 2025.")
doc.add_paragraph()
doc.add_paragraph("Färjestaden 2026-01-20\nPeter Nyström\nVD")
doc.save(F4)
FILES.append((F4, "INLAST", "Mörbylånga Bostads AB", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 5. Governance-system export (CSV, cp1252) holding two nämnder
# ---------------------------------------------------------------------------
F5 = "Stratsys_export_Internkontroll_20260113.csv"
ORG_MBN = "Mörbylånga kommun > Samhällsbyggnad > Miljö- och byggnadsnämnden"
ORG_TN = "Mörbylånga kommun > Samhällsbyggnad > Tekniska nämnden"
# (org, process, kontrollmoment, ansvarig, [(period, status, avvikelse, kommentar)], expected status, avv)
strat = [
    (ORG_MBN, "Bygglov", "Handläggningstid för bygglov understiger tio veckor", "Bygglovschef",
     [("Delår 2025", "Pågående", "", "Stickprov pågår."),
      ("Helår 2025", "Genomförd", "Ja", "3 av 25 ärenden över tio veckor, avgiften reducerad enligt PBL.")],
     "GENOMFORD", "ja"),
    (ORG_MBN, "Taxor och avgifter", "Avgifter för tillsyn debiteras enligt fastställd taxa", "Miljöchef",
     [("Delår 2025", "Genomförd", "Nej", "Stickprov 15 fakturor, korrekt."),
      ("Helår 2025", "Genomförd", "Nej", "Ytterligare 15 fakturor granskade, inga fel.")],
     "GENOMFORD", "nej"),
    (ORG_MBN, "Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
     [("Delår 2025", "Genomförd", "Nej", ""),
      ("Helår 2025", "Genomförd", "Nej", "Samtliga beslut anmälda.")],
     "GENOMFORD", "nej"),
    (ORG_MBN, "Livsmedelskontroll", "Planerade livsmedelskontroller utförs enligt kontrollplanen", "Miljöchef",
     [("Delår 2025", "Pågående", "", "45 % utfört."),
      ("Helår 2025", "Pågående", "Ja", "82 % av planerade kontroller utförda. Restskuld flyttas till 2026.")],
     "DELVIS", "ja"),
    (ORG_MBN, "Dokumenthantering", "Inkomna handlingar diarieförs inom en arbetsdag", "Registrator",
     [("Delår 2025", "Ej påbörjad", "", ""),
      ("Helår 2025", "Ej påbörjad", "", "Ej genomförd p.g.a. vakant registratorstjänst.")],
     "EJ_GENOMFORD", "nej"),
    (ORG_MBN, "Strandskydd", "Dispenser från strandskyddet följs upp", "Miljöinspektör",
     [("Delår 2025", "Ej aktuell", "", "Inga dispenser med villkor meddelade 2025."),
      ("Helår 2025", "Ej aktuell", "", "Inga dispenser med villkor meddelade 2025.")],
     "UTGAR", "nej"),
    (ORG_TN, "VA-debitering", "Mätarställningar och mätarbyten stäms av mot debiterad förbrukning", "VA-ingenjör",
     [("Delår 2025", "Genomförd", "Nej", ""),
      ("Helår 2025", "Genomförd", "Ja", "Fem felaktiga avläsningar korrigerade, kunderna kreditterade.")],
     "GENOMFORD", "ja"),
    (ORG_TN, "Inköp", "Entreprenadtjänster köps från upphandlade ramavtal", "Teknisk chef",
     [("Delår 2025", "Pågående", "", ""),
      ("Helår 2025", "", "", "Kontrollen slutförd i november, 48 fakturor granskade, inga avvikelser.")],
     "GENOMFORD", "nej"),
    (ORG_TN, "Fordon", "Körjournaler förs för kommunens fordon", "Fordonssamordnare",
     [("Delår 2025", "Ej påbörjad", "", ""),
      ("Helår 2025", "Pågående", "", "Genomgång av 9 av 22 fordon klar.")],
     "DELVIS", "nej"),
    (ORG_TN, "Vinterväghållning", "Fakturor för snöröjning stäms av mot körrapporter", "Gatuchef",
     [("Delår 2025", "Ej aktuell", "", "Görs under vintersäsong."),
      ("Helår 2025", "Genomförd", "Nej", "Fakturor jan–mars och december kontrollerade.")],
     "GENOMFORD", "nej"),
    (ORG_TN, "Investeringar", "Avslutade investeringsprojekt aktiveras i rätt tid", "Controller",
     [("Delår 2025", "Pågående", "", ""),
      ("Helår 2025", "Ej genomförd", "", "Hanns inte före bokslutet.")],
     "EJ_GENOMFORD", "nej"),
]
with open(F5, "w", encoding="cp1252", newline="") as fh:
    w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Rapport: Internkontroll - uppföljning kontrollmoment"])
    w.writerow(["Urval: Samhällsbyggnad, år 2025, period Delår 2025; Helår 2025"])
    w.writerow(["Exporterad 2026-01-13 08:42 av ulrika.holm"])
    w.writerow([])
    w.writerow(["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Period",
                "Status", "Avvikelse", "Kommentar"])
    for org, proc, km, ans, pers, stx, avx in strat:
        for per, s, a, k in pers:
            w.writerow([org, proc, km, ans, per, s, a, k])
        exp(F5, "Miljö- och byggnadsnämnden" if org == ORG_MBN else "Tekniska nämnden", km, stx, avx)
FILES.append((F5, "INLAST", "Miljö- och byggnadsnämnden", "2025", "HELAR"))
FILES.append((F5, "INLAST", "Tekniska nämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden: .ods with colours only, legend on the same sheet
# ---------------------------------------------------------------------------
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableCellProperties, TableColumnProperties, TextProperties, \
    TableRowProperties, ParagraphProperties
from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
from odf.text import P

F6 = "KFN IKP 2025 uppföljning.ods"
ods = OpenDocumentSpreadsheet()
COL = {"gron": "#00B050", "gul": "#FFFF00", "orange": "#FFC000", "rod": "#FF0000",
       "gra": "#A6A6A6", "bla": "#5B9BD5"}
cellstyles = {}
for k, v in COL.items():
    s = Style(name="c_" + k, family="table-cell")
    s.addElement(TableCellProperties(backgroundcolor=v, border="0.06pt solid #000000"))
    ods.automaticstyles.addElement(s)
    cellstyles[k] = s
plain = Style(name="c_plain", family="table-cell")
plain.addElement(TableCellProperties(border="0.06pt solid #000000", wrapoption="wrap"))
ods.automaticstyles.addElement(plain)
empty_box = Style(name="c_box", family="table-cell")
empty_box.addElement(TableCellProperties(border="0.06pt solid #000000"))
ods.automaticstyles.addElement(empty_box)
head = Style(name="c_head", family="table-cell")
head.addElement(TableCellProperties(backgroundcolor="#D9E1F2", border="0.06pt solid #000000"))
head.addElement(TextProperties(fontweight="bold"))
ods.automaticstyles.addElement(head)
title = Style(name="c_title", family="table-cell")
title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
ods.automaticstyles.addElement(title)
bold = Style(name="c_bold", family="table-cell")
bold.addElement(TextProperties(fontweight="bold"))
ods.automaticstyles.addElement(bold)
widths = ["3.2cm", "6.5cm", "3cm", "2.3cm", "1.5cm", "1.5cm", "1.5cm", "7cm", "0.6cm", "1.2cm", "5.5cm"]
colstyles = []
for i, wd in enumerate(widths):
    s = Style(name=f"co{i}", family="table-column")
    s.addElement(TableColumnProperties(columnwidth=wd))
    ods.automaticstyles.addElement(s)
    colstyles.append(s)

tbl = Table(name="IKP 2025")
for s in colstyles:
    tbl.addElement(TableColumn(stylename=s))


def trow(cells):
    tr = TableRow()
    for c in cells:
        if c is None:
            tr.addElement(TableCell())
            continue
        text, style = c
        kw = {"stylename": style} if style is not None else {}
        if text is None:
            tc = TableCell(**kw)
        else:
            tc = TableCell(valuetype="string", **kw)
            for ln in str(text).split("\n"):
                tc.addElement(P(text=ln))
        tr.addElement(tc)
    tbl.addElement(tr)


trow([("Kultur- och fritidsnämnden", title)])
trow([("Internkontrollplan 2025 – uppföljning", bold)])
trow([("Senast uppdaterad 2026-01-09 /Lena S", None)])
trow([])
legend = [("Teckenförklaring", None),
          ("gron", "Genomförd utan anmärkning"),
          ("gul", "Genomförd, avvikelse noterad"),
          ("orange", "Påbörjad / delvis genomförd"),
          ("rod", "Ej genomförd"),
          ("gra", "Utgår")]
HEADER = ["Process", "Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "Helår", "Kommentar"]
# (process, km, ansvarig, frekvens, t1, t2, helar, kommentar, exp status, avv)
kfn = [
    ("Bidrag", "Utbetalda föreningsbidrag har beslut och återredovisning", "Fritidskonsulent",
     "Tertial", "gron", "gron", "gul",
     "Två föreningar saknade verksamhetsberättelse – bidraget för 2026 hålls inne tills den kommit in.",
     "GENOMFORD", "ja"),
    ("Lokalbokning", "Bokningar av idrottshallar i bokningssystemet faktureras", "Bokningsansvarig",
     "Tertial", "orange", "gron", "gron", "", "GENOMFORD", "nej"),
    ("Kassahantering", "Dagskassor på bibliotek och simhall stäms av mot kassarapport", "Enhetschef",
     "Månad", "gron", "gron", "gron", "", "GENOMFORD", "nej"),
    ("Avtalstrohet", "Inköp av konstnärliga tjänster och evenemang görs mot avtal", "Kulturchef",
     "Halvår", None, "orange", "orange", "Genomgång av evenemangsfakturor påbörjad, ej klar.",
     "DELVIS", "nej"),
    ("Representation", "Fakturor för representation har syfte och deltagarlista", "Förvaltningschef",
     "Halvår", "rod", "rod", "rod", "Hanns inte.", "EJ_GENOMFORD", "nej"),
    ("Stipendier", "Kultur- och idrottsstipendier beslutas enligt reglementet", "Nämndsekreterare",
     "År", None, None, "gra", "Stipendierna utdelas vartannat år, nästa gång 2026.", "UTGAR", "nej"),
    ("IT", "Behörigheter i bokningssystemet ses över", "Systemförvaltare",
     "Halvår", None, "orange", "bla", "", "OKLAR", "nej"),
    ("Inventarier", "Konstsamlingens inventarieförteckning stäms av mot placering", "Konstintendent",
     "År", None, None, None,
     "Inventering genomförd i december. 3 verk kunde inte lokaliseras – anmälan gjord.",
     "GENOMFORD", "ja"),
]
rows = [[(h, head) for h in HEADER]] + [
    [(r[0], plain), (r[1], plain), (r[2], plain), (r[3], plain),
     (None, cellstyles[r[4]] if r[4] else empty_box),
     (None, cellstyles[r[5]] if r[5] else empty_box),
     (None, cellstyles[r[6]] if r[6] else empty_box),
     (r[7], plain)] for r in kfn]
for i, row in enumerate(rows):
    extra = [None]
    if i < len(legend):
        a, b = legend[i]
        if b is None:
            extra += [(a, bold), None]
        else:
            extra += [(None, cellstyles[a]), (b, None)]
    trow(row + extra)
trow([])
trow([("Rapporteras till nämnden 2026-02-11", None)])
for r in kfn:
    exp(F6, "Kultur- och fritidsnämnden", r[1], r[8], r[9])
ods.spreadsheet.addElement(tbl)
ods.save(F6)
FILES.append((F6, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden: .xls typed quickly, typos in the statuses
# ---------------------------------------------------------------------------
import xlwt

F7 = "ÖFN ik 2025.xls"
wbx = xlwt.Workbook(encoding="utf-8")
sh = wbx.add_sheet("Blad1")
b = xlwt.easyxf("font: bold on")
wrap = xlwt.easyxf("alignment: wrap on, vert top")
sh.write(0, 0, "Internkontroll ÖFN 2025", xlwt.easyxf("font: bold on, height 280"))
sh.write(1, 0, "uppföljn helår")
sh.write(3, 0, "Kontroll", b)
sh.write(3, 1, "Hur", b)
sh.write(3, 2, "Status", b)
sh.write(3, 3, "Komentar", b)
ofn = [
    ("Granskning av årsräkningar, fördjupad granskning 10 %", "stickprov",
     "Genomörd", "3 st med brister, komplettering begärd", "GENOMFORD", "ja"),
    ("Arvoden till ställföreträdare beräknas enl SKR:s rekommendation", "stickprov 15",
     "Genomfört", "inga fel", "GENOMFORD", "nej"),
    ("Uttagsmedgivande finns före uttag från spärrat konto", "bankutdrag mot beslut",
     "Delvs genomförd", "gjort för gode män, ej förvaltare", "DELVIS", "nej"),
    ("Registret uppdaterat mot folkbokföringen", "avstämning",
     "Ej genomfrd", "hann ej pga sjukskrivning", "EJ_GENOMFORD", "nej"),
    ("Lämplighetsprövning nya gode män (belastningsreg + kronofogden)", "alla nya",
     "genomförd m anm", "1 godman saknade utdrag från kronofogden vid start", "GENOMFORD", "ja"),
    ("Delegationsbeslut anmäls till nämnden", "jmf diarie",
     "Påbörjd", "", "DELVIS", "nej"),
    ("Arkivering av avslutade akter", "",
     "Utgåt", "flyttas till arkivplanen, beslut ÖFN 2025-09-10", "UTGAR", "nej"),
    ("Förvaltarkonton – saldo stäms av mot årsräkning", "stickprov 10",
     "Gnomförd", "ok", "GENOMFORD", "nej"),
]
for i, r in enumerate(ofn, start=4):
    for j in range(4):
        sh.write(i, j, r[j], wrap)
    exp(F7, "Överförmyndarnämnden", r[0], r[4], r[5])
sh.write(len(ofn) + 6, 0, "ps. registerkontrollen tas med i plan 2026 /Kicki")
sh.col(0).width = 256 * 55
sh.col(1).width = 256 * 22
sh.col(2).width = 256 * 16
sh.col(3).width = 256 * 50
wbx.save(F7)
FILES.append((F7, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 8. Rejected: Excel owner/lock file left in the shared folder
# ---------------------------------------------------------------------------
F8 = "~$" + F2
user = "Johan Berg"
data = bytes([len(user)]) + user.encode("latin-1")
data += b" " * (54 - len(data))
data += bytes([len(user), 0]) + user.encode("utf-16-le")
data += b"\x20\x00" * ((165 - len(data)) // 2)
data += b"\x00" * (165 - len(data))
with open(F8, "wb") as fh:
    fh.write(data)
FILES.append((F8, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------------------
# Register, files.csv, expected.csv
# ---------------------------------------------------------------------------
with open("namnder.csv", "w", encoding="utf-8", newline="") as fh:
    fh.write("nämnd;alias\n")
    for n, a in NAMNDER:
        fh.write(f"{n};{a}\n")
with open("files.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, delimiter=";", lineterminator="\n")
    w.writerow(["fil", "utfall", "nämnd", "år", "period"])
    for r in FILES:
        w.writerow(r)
with open("expected.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, delimiter=";", lineterminator="\n")
    w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
    for r in EXPECTED:
        w.writerow(r)
print(len(FILES), "files.csv rows;", len(set(f[0] for f in FILES)), "files;", len(EXPECTED), "controls")
