#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r416 - Ljungbyhed kommun, 2025, tertial 2 follow-ups written mostly as text.

Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round416"
FIXED = datetime.datetime(2025, 9, 22, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixprops(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Ljungbyhed kommun"
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. Barn- och utbildningsnämnden: Word report, one section per control
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning internkontrollplan T2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fixprops(d)
    d.core_properties.author = "Anna Lindqvist"
    d.core_properties.title = "Uppföljning internkontrollplan T2 2025"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "LJUNGBYHED KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/112"

    p = d.add_paragraph()
    r = p.add_run("TJÄNSTESKRIVELSE")
    r.bold = True
    d.add_paragraph("2025-09-22")
    d.add_paragraph("Handläggare: Anna Lindqvist, kvalitetsstrateg")
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)

    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplanen för "
                    "tertial 2 (januari–augusti) 2025 och lägger den till handlingarna.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 18 december 2024, § 142. Planen "
                    "innehåller åtta kontrollmoment. Per den 31 augusti är tre kontrollmoment genomförda, "
                    "två är påbörjade, två har inte genomförts och ett har utgått efter beslut i nämnden. "
                    "Avvikelser har konstaterats inom frånvarohantering, kränkande behandling och "
                    "avgiftshantering. Åtgärder redovisas under respektive avsnitt.")
    d.add_paragraph("Varje kontrollmoment redovisas nedan med metod, resultat och förvaltningens bedömning. "
                    "Kontrollmoment som inte är genomförda tas med i uppföljningen för tertial 3.")

    d.add_heading("Redovisning per kontrollmoment", level=2)

    items = [
        ("1. Närvaro och frånvaro i grundskolan",
         "Rutin för anmälan av ogiltig frånvaro till vårdnadshavare samma dag följs",
         "Stickprov på frånvaroregistreringar i Skola24 samt kontakt med mentorer.",
         "Stickprov på 20 elever vid tre skolor (Ljungbyhedsskolan, Klinta skola och Herrevadsskolan) "
         "genomfördes i maj. I 17 av 20 fall kontaktades vårdnadshavare samma dag, i tre fall först "
         "dagen efter. Kontrollen är därmed genomförd. Avvikelsen har återkopplats till rektorerna och "
         "rutinen har förtydligats på ledningsgruppen i juni.",
         "Anna Lindqvist", "GENOMFORD", "ja"),
        ("2. Skolskjuts",
         "Beslut om skolskjuts fattas enligt delegationsordningen och kommunens riktlinjer",
         "Granskning av beslut fattade under vårterminen.",
         "Granskningen av 15 beslut visade att samtliga var fattade av rätt delegat och i enlighet med "
         "riktlinjerna. Inga avvikelser noterades.",
         "Lars Berg", "GENOMFORD", "nej"),
        ("3. Kränkande behandling",
         "Anmälan om kränkande behandling till huvudman sker inom fem arbetsdagar",
         "Genomgång av samtliga anmälningar i DF Respons.",
         "Kontrollen har påbörjats. Vårterminens 46 anmälningar är genomgångna och höstterminens "
         "anmälningar granskas i oktober. Hittills har två anmälningar kommit in till huvudmannen efter "
         "mer än fem arbetsdagar.",
         "Elin Sjöstrand", "DELVIS", "ja"),
        ("4. Inköp",
         "Avtalstrohet vid inköp av läromedel och förbrukningsmaterial",
         "Analys av leverantörsreskontran mot avtalsdatabasen.",
         "Kontrollen har inte kunnat genomföras under perioden på grund av vakans på "
         "förvaltningsekonomtjänsten. Den planeras att göras under tertial 3.",
         "Förvaltningsekonom", "EJ_GENOMFORD", ""),
        ("5. Avgifter i förskola och fritidshem",
         "Debitering av barnomsorgsavgifter sker utifrån aktuella inkomstuppgifter",
         "Inkomstkontroll mot Skatteverkets uppgifter för 2023.",
         "Inkomstkontrollen är genomförd för samtliga hushåll med barn i förskola eller fritidshem. "
         "14 hushåll hade lämnat för låga inkomstuppgifter och har efterdebiterats med totalt "
         "38 400 kr.",
         "Avgiftshandläggare", "GENOMFORD", "ja"),
        ("6. Arbetsmiljö",
         "Systematiskt arbetsmiljöarbete – skyddsronder genomförs på samtliga enheter",
         "Sammanställning av protokoll från skyddsronder.",
         "Skyddsronder är genomförda på 11 av 16 enheter. Resterande fem enheter har bokade "
         "skyddsronder under september och oktober.",
         "HR-partner", "DELVIS", ""),
        ("7. Registerkontroll",
         "Kontroll av utdrag ur belastningsregistret vid nyanställning",
         "—",
         "Kontrollmomentet utgår ur 2025 års plan enligt nämndens beslut 2025-04-15 § 38, eftersom "
         "kontrollen numera ingår i HR-avdelningens centrala kontroll för hela kommunen.",
         "—", "UTGAR", ""),
        ("8. Informationssäkerhet",
         "Behörigheter i elevdokumentationssystemet gås igenom och rensas en gång per år",
         "Behörighetslistor från systemförvaltare jämförs mot personalregistret.",
         "Genomgången har skjutits upp till november i samband med att förvaltningen byter "
         "leverantör av elevdokumentationssystem. Ingen genomgång har gjorts under perioden.",
         "Systemförvaltare", "EJ_GENOMFORD", ""),
    ]
    for area, km, metod, res, ansv, status, avv in items:
        d.add_heading(area, level=3)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Metod: ").bold = True
        p.add_run(metod)
        p = d.add_paragraph()
        p.add_run("Ansvarig: ").bold = True
        p.add_run(ansv)
        p = d.add_paragraph()
        p.add_run("Resultat och bedömning: ").bold = True
        p.add_run(res)
        exp(fil, N, km, status, avv)

    d.add_heading("Fortsatt arbete", level=2)
    d.add_paragraph("Förvaltningen återkommer med en samlad redovisning av samtliga kontrollmoment i "
                    "samband med helårsuppföljningen i februari 2026.")
    d.add_paragraph("")
    d.add_paragraph("Anna Lindqvist\nKvalitetsstrateg")
    d.add_paragraph("Tomas Friberg\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden: Word table, only free-text results, saved as .doc
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_sn(tmpdir):
    fil = "Socialnämnden uppföljning intern kontroll tertial 2 2025.doc"
    N = "Socialnämnden"
    d = docx.Document()
    fixprops(d)
    d.core_properties.author = "Karin Nyström"
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_heading("Socialnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)")
    d.add_paragraph("Kolumnen Uppföljning T2 fylls i av ansvarig enhetschef. Sammanställt av "
                    "Karin Nyström, nämndsekreterare, 2025-09-12.")

    rows = [
        ("Ekonomiskt bistånd", [
            ("1", "Kontroll att utbetalning av ekonomiskt bistånd överensstämmer med beslut",
             "Enhetschef försörjningsstöd",
             "Stickprov på 30 utbetalningar i juni. Samtliga överensstämde med beslut. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("2", "Inkomstuppgifter stäms av mot SSBTEK vid nyansökan och återansökan",
             "Enhetschef försörjningsstöd",
             "Avstämning görs i samtliga nyansökningar sedan april. Återansökningar kontrolleras "
             "från och med september, arbetet pågår.",
             "DELVIS", ""),
        ]),
        ("Barn och unga", [
            ("3", "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
             "Enhetschef barn och unga",
             "Gjort. 212 anmälningar granskade; nio förhandsbedömningar tog längre tid än 14 dagar, "
             "främst under semesterperioden.\nÅtgärdsplan för sommarbemanning tas fram till 2026.",
             "GENOMFORD", "ja"),
            ("4", "Uppföljning av placerade barn enligt 6 kap. 7 b § SoL",
             "Enhetschef barn och unga",
             "Se bilaga 2.",
             "OKLAR", ""),
            ("5", "Utredningar avslutas inom fyra månader",
             "Enhetschef barn och unga",
             "",
             "SAKNAS", ""),
        ]),
        ("Vuxen och missbruk", [
            ("6", "Avtal finns för samtliga placeringar i köpt vård (HVB och familjehem)",
             "Enhetschef vuxen",
             "Kontrollen är inte påbörjad. Den görs under tertial 3 när det nya ramavtalet är på plats.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Nämndadministration", [
            ("7", "Anmälan av delegationsbeslut till nämnden sker månadsvis",
             "Nämndsekreterare",
             "Avstämt för januari–augusti, samtliga beslut är anmälda. Ok.",
             "GENOMFORD", "nej"),
            ("8", "Loggkontroll i verksamhetssystemet Lifecare",
             "Systemförvaltare",
             "Loggkontroller gjorda i maj och augusti, tio slumpvis utvalda användare per tillfälle. "
             "En otillbörlig åtkomst upptäcktes; ärendet har hanterats enligt rutin och anmälts "
             "till IMY.",
             "GENOMFORD", "ja"),
            ("9", "Återsökning av statlig ersättning från Migrationsverket",
             "Ekonom",
             "Ej aktuellt 2025 – förvaltningen har inte längre några ärenden som ger rätt till "
             "ersättning.",
             "UTGAR", ""),
        ]),
    ]
    ncols = 5
    t = d.add_table(rows=1, cols=ncols)
    t.style = "Table Grid"
    hdr = ["Process", "Nr", "Kontrollmoment", "Ansvarig", "Uppföljning T2"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        set_cell_shading(c, "D9E2F3")
    # repeat header row
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    for proc, ctrls in rows:
        first = None
        for nr, km, ansv, res, status, avv in ctrls:
            row = t.add_row()
            cells = row.cells
            cells[1].text = nr
            cells[2].text = km
            cells[3].text = ansv
            cells[4].text = res
            if first is None:
                first = cells[0]
                cells[0].text = proc
            exp(fil, N, km, status, avv)
        last = t.rows[-1].cells[0]
        if last._tc is not first._tc:
            first.merge(last)
            first.text = proc
    widths = [Cm(3.5), Cm(1.0), Cm(7.5), Cm(4.0), Cm(9.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Uppföljning placerade barn (skickas separat, sekretess).")
    src = os.path.join(tmpdir, "sn.docx")
    d.save(src)
    convert(src, "doc", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, "sn.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Vård- och omsorgsnämnden: e-mail pasted as text
# ---------------------------------------------------------------------------
def file_von():
    fil = "SV Uppföljning intern kontroll T2 2025 - Vård och omsorg.txt"
    N = "Vård- och omsorgsnämnden"
    ctrls = [
        ("Kontroll av att avgifter för hemtjänst beräknas utifrån aktuellt förbehållsbelopp",
         "Klart. Vi har gått igenom 40 avgiftsbeslut, två var felberäknade och har rättats och "
         "mellanskillnaden är återbetald.", "GENOMFORD", "ja"),
        ("Läkemedelshantering – kontroll av signeringslistor på särskilt boende",
         "Delvis gjort. Sjuksköterskorna har hunnit med Solgården och Björkhagen, Linnégården återstår "
         "(görs v. 40).", "DELVIS", ""),
        ("Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Inte gjort ännu, vi tar det i oktober när semesterperioden är över.", "EJ_GENOMFORD", ""),
        ("Händelser enligt lex Sarah utreds och rapporteras inom fastställd tid",
         "Gjort, alla sex utredningar var klara i tid. Inga anmärkningar.", "GENOMFORD", "nej"),
        ("Timrapporter för timanställda attesteras av ansvarig chef",
         "Stryks – nämnden beslutade i maj att ta bort den ur planen eftersom det hanteras i "
         "nya schemasystemet nu.", "UTGAR", ""),
        ("Nyckelhantering i hemtjänsten – kvittens och förvaring",
         "Genomförd i alla fyra hemtjänstgrupperna. I Norra gruppen saknades kvittens för tre nycklar, "
         "det är åtgärdat.", "GENOMFORD", "ja"),
        ("Kontroll av att fakturor från externa utförare (LOV) stämmer med utförd tid",
         "Påbörjad, juni och juli är kontrollerade utan fel, augusti återstår.", "DELVIS", "nej"),
    ]
    lines = [
        "Från: Maria Holm <maria.holm@ljungbyhed.se>",
        "Skickat: den 19 september 2025 14:07",
        "Till: Ekonomienheten <ekonomienheten@ljungbyhed.se>",
        "Kopia: Per Sjöberg <per.sjoberg@ljungbyhed.se>",
        "Ämne: SV: Uppföljning intern kontroll T2 2025",
        "",
        "Hej!",
        "",
        "Här kommer Vård- och omsorgsnämndens uppföljning av internkontrollplanen för tertial 2. "
        "Jag har inte hunnit föra in det i mallen, så jag skriver det direkt i mejlet – hoppas det går bra.",
        "",
    ]
    for i, (km, txt, status, avv) in enumerate(ctrls, 1):
        lines.append("%d. %s" % (i, km))
        lines.append(txt)
        lines.append("")
        exp(fil, N, km, status, avv)
    lines += [
        "Uppföljningen tas upp på nämndens sammanträde den 1 oktober.",
        "",
        "Säg till om ni behöver något mer!",
        "",
        "Med vänlig hälsning",
        "",
        "Maria Holm",
        "Kvalitetsutvecklare",
        "Vård- och omsorgsförvaltningen",
        "Ljungbyhed kommun",
        "Tel. 0435-78 12 40",
        "",
        "",
        "Från: Ekonomienheten <ekonomienheten@ljungbyhed.se>",
        "Skickat: den 2 september 2025 09:15",
        "Till: Maria Holm <maria.holm@ljungbyhed.se>; Karin Nyström <karin.nystrom@ljungbyhed.se>; "
        "Anna Lindqvist <anna.lindqvist@ljungbyhed.se>; Jonas Ek <jonas.ek@ljungbyhed.se>",
        "Ämne: Uppföljning intern kontroll T2 2025",
        "",
        "Hej,",
        "",
        "Påminnelse: uppföljningen av internkontrollplanen för tertial 2 ska vara ekonomienheten "
        "tillhanda senast fredag 19 september. Använd gärna den bifogade mallen.",
        "",
        "Vänliga hälsningar",
        "Ekonomienheten",
        "",
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Miljö- och byggnämnden: PDF-like plain text memo
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "MBN tjänsteskrivelse IK tertial 2 2025.txt"
    N = "Miljö- och byggnämnden"

    def head(page):
        return [
            "LJUNGBYHED KOMMUN                                              TJÄNSTESKRIVELSE",
            "Miljö- och byggförvaltningen                                   2025-09-24",
            "                                                               Dnr MBN 2025/0417",
            "                                                               Sida %d (3)" % page,
            "",
        ]

    foot = ["", "", "Postadress: 264 81 Ljungbyhed  Besök: Storgatan 12  Tel: 0435-78 10 00  www.ljungbyhed.se"]

    p1 = head(1) + [
        "Handläggare: Jonas Ek, controller",
        "",
        "Miljö- och byggnämnden",
        "",
        "",
        "Uppföljning av internkontrollplan 2025, tertial 2",
        "",
        "Förslag till beslut",
        "Miljö- och byggnämnden godkänner uppföljningen av internkontrollplanen för tertial 2",
        "2025 och lägger den till handlingarna.",
        "",
        "Sammanfattning",
        "Nämnden fastställde internkontrollplanen för 2025 den 12 december 2024, § 118. Planen",
        "omfattar sju kontrollmoment. Uppföljningen avser perioden januari–augusti. Fyra",
        "kontrollmoment är genomförda, varav två med avvikelse. Ett kontrollmoment pågår enligt",
        "plan, ett har senarelagts och ett har strukits ur planen.",
        "",
        "Redovisning per kontrollmoment",
        "",
        "1. Bygglov – handläggningstid",
        "Kontrollmoment: Beslut om bygglov fattas inom lagstadgad handläggningstid (tio veckor)",
        "Resultat: Samtliga 64 beslut under januari–augusti har granskats. Fyra ärenden",
        "överskred tio veckor efter att ansökan var komplett. I dessa ärenden har avgiften",
        "reducerats enligt 12 kap. 8 a § PBL.",
        "Bedömning: Genomförd med avvikelse.",
        "",
        "2. Livsmedelskontroll",
        "Kontrollmoment: Planerad livsmedelskontroll genomförs enligt nämndens kontrollplan",
        "Resultat: 58 procent av årets planerade kontroller är utförda per den 31 augusti, vilket",
        "är i nivå med planen. Inga avvikelser hittills. Resterande kontroller görs under hösten.",
        "Bedömning: Pågår enligt plan.",
        "",
        "3. Tillsynsavgifter",
        "Kontrollmoment: Timavgifter för tillsyn debiteras enligt taxa och registrerad tid i",
        "ärendesystemet",
    ] + foot
    p2 = head(2) + [
        "Resultat: Stickprov på 25 tillsynsärenden visade att samtliga debiterats korrekt och",
        "att registrerad tid stämde med fakturerad tid.",
        "Bedömning: Genomförd utan anmärkning.",
        "",
        "4. Delegation",
        "Kontrollmoment: Delegationsbeslut återrapporteras till nämnden vid nästkommande",
        "sammanträde",
        "Resultat: Kontrollen har senarelagts till tertial 3 eftersom förvaltningen byter",
        "ärendehanteringssystem under september.",
        "Bedömning: Ej genomförd.",
        "",
        "5. Strandskydd",
        "Kontrollmoment: Beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka",
        "Resultat: Nämnden beslutade 2025-03-20 § 27 att stryka kontrollmomentet, eftersom",
        "beslut numera skickas automatiskt via e-tjänst.",
        "Bedömning: Utgår.",
        "",
        "6. Arkiv",
        "Kontrollmoment: Bygglovshandlingar arkiveras enligt dokumenthanteringsplanen",
        "Resultat: Registrator gick i juni igenom 30 avslutade bygglovsärenden. Samtliga var",
        "arkiverade på rätt sätt och inga brister noterades.",
        "",
        "7. Direktupphandling",
        "Kontrollmoment: Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna",
        "Resultat: Under perioden har två direktupphandlingar över beloppsgränsen gjorts.",
        "Dokumentation finns för den ena. För den andra (konsultstöd vid tillsyn av enskilda",
    ] + foot
    p3 = head(3) + [
        "avlopp) saknades dokumentation av konkurrensutsättningen. Dokumentationen har",
        "kompletterats i efterhand och handläggarna har fått information om riktlinjerna.",
        "Bedömning: Genomförd med avvikelse.",
        "",
        "Fortsatt arbete",
        "Kontrollmoment 2 och 4 följs upp i helårsuppföljningen. Avvikelserna i kontrollmoment",
        "1 och 7 tas med i nämndens risk- och väsentlighetsanalys inför 2026.",
        "",
        "",
        "Jonas Ek                                   Helena Strand",
        "Controller                                 Förvaltningschef",
    ] + foot
    text = "\n".join(p1) + "\n\f" + "\n".join(p2) + "\n\f" + "\n".join(p3) + "\n"
    with open(os.path.join(OUT, fil), "w", encoding="utf-8") as f:
        f.write(text)
    exp(fil, N, "Beslut om bygglov fattas inom lagstadgad handläggningstid (tio veckor)", "GENOMFORD", "ja")
    exp(fil, N, "Planerad livsmedelskontroll genomförs enligt nämndens kontrollplan", "DELVIS", "nej")
    exp(fil, N, "Timavgifter för tillsyn debiteras enligt taxa och registrerad tid i ärendesystemet",
        "GENOMFORD", "nej")
    exp(fil, N, "Delegationsbeslut återrapporteras till nämnden vid nästkommande sammanträde",
        "EJ_GENOMFORD", "")
    exp(fil, N, "Beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka", "UTGAR", "")
    exp(fil, N, "Bygglovshandlingar arkiveras enligt dokumenthanteringsplanen", "GENOMFORD", "nej")
    exp(fil, N, "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna", "GENOMFORD", "ja")
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Kommunstyrelsen: ordinary Excel status template, T1 and T2 side by side
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS internkontroll 2025 uppföljning T2.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Kommunledningsförvaltningen"
    ws = wb.active
    ws.title = "Uppföljning"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fills = {
        "Genomförd": "C6EFCE", "Genomförd med anmärkning": "C6EFCE", "Pågår": "FFEB9C",
        "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9",
    }
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd/styrelse:"
    ws["C2"] = "Kommunstyrelsen (Kommunledningsförvaltningen)"
    ws["A3"] = "Uppföljningsperiod:"
    ws["C3"] = "Tertial 2, januari–augusti 2025"
    ws["A4"] = "Uppdaterad:"
    ws["C4"] = "2025-09-16"
    for c in ("A2", "A3", "A4"):
        ws[c].font = Font(bold=True)
    hdr = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens",
           "Status T1", "Status T2", "Kommentar"]
    R = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(R, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    groups = [
        ("EKONOMI", [
            ("1.1", "Leverantörsfakturor", "Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor",
             "Redovisningsansvarig", "2 ggr/år", "Genomförd", "Genomförd",
             "T2: 40 fakturor granskade, en faktura saknade andra attest (beslutsattest). Återkopplat "
             "till enheten.", "GENOMFORD", "ja"),
            ("1.2", "Representation", "Otillåten representation",
             "Representation – syfte och deltagare anges på underlag", "Stickprov 20 verifikationer",
             "Controller", "1 gång/år", "Pågår", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.3", "Bokslut", "Felaktig redovisning",
             "Avstämning av balanskonton månadsvis", "Genomgång avstämningsmappar",
             "Redovisningsansvarig", "Månadsvis", "Genomförd", "Pågår",
             "Avstämning klar t.o.m. juli, augusti pågår.", "DELVIS", ""),
            ("1.4", "Leverantörsregister", "Bedrägeri/bluffakturor",
             "Kontroll av ändringar i leverantörsregistret – nytt bankgiro verifieras med leverantören",
             "Logg över ändringar", "Ekonomichef", "2 ggr/år", "Ej påbörjad", "Ej påbörjad",
             "Skjuts till T3 på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        ]),
        ("PERSONAL", [
            ("2.1", "Lön", "Felaktiga löneutbetalningar",
             "Nyupplagda anställningar i lönesystemet kontrolleras mot anställningsavtal",
             "Stickprov 25 anställningar", "Lönechef", "1 gång/år", "Genomförd", None,
             "Genomförd i april, 25 nyanställda kontrollerade utan fel.", "GENOMFORD", "nej"),
            ("2.2", "Rehabilitering", "Bristande rehabiliteringsarbete",
             "Rehabiliteringsärenden följs upp enligt kommunens rutin", "Genomgång i Adato",
             "HR-chef", "2 ggr/år", "Pågår", "Genomförd",
             "Rehabplan saknades i ett av 12 ärenden, upprättad i augusti.", "GENOMFORD", "ja"),
        ]),
        ("IT OCH INFORMATIONSSÄKERHET", [
            ("3.1", "Behörigheter", "Obehörig åtkomst",
             "Behörigheter i ekonomisystemet avslutas vid avslutad anställning", "Lista aktiva konton mot HR",
             "IT-chef", "1 gång/år", None, "Genomförd med anmärkning",
             "Tre konton för personer som slutat var fortfarande aktiva. Nu avslutade.", "GENOMFORD", "ja"),
            ("3.2", "Säkerhetskopiering", "Dataförlust",
             "Test av återläsning av säkerhetskopior", "Teståterläsning", "IT-chef", "1 gång/år",
             "Ej påbörjad", "Utgår",
             "Ansvaret har förts över till Skånes IT-förbund enligt KS beslut 2025-05-12 § 88.", "UTGAR", ""),
        ]),
        ("UPPHANDLING", [
            ("4.1", "Inköp", "Otillåtna direktupphandlingar",
             "Avtalstrohet – inköp sker från avtalade leverantörer", "Analys av leverantörsreskontra",
             "Upphandlingschef", "1 gång/år", None, None, None, "SAKNAS", ""),
            ("4.2", "Avtalsuppföljning", "Avtal löper ut utan ny upphandling",
             "Avtalsdatabasen uppdateras och bevakning av avtal som löper ut sker", "Genomgång av avtalsdatabasen",
             "Upphandlingschef", "2 ggr/år", "Genomförd", "Genomförd",
             "Två avtal hade gått ut utan förlängning – ny upphandling startad.", "GENOMFORD", "ja"),
        ]),
    ]
    r = R + 1
    for g, ctrls in groups:
        c = ws.cell(r, 1, g)
        c.font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (nr, proc, risk, km, metod, ansv, frekv, s1, s2, kom, status, avv) in ctrls:
            vals = [nr, proc, risk, km, metod, ansv, frekv, s1, s2, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = border
                if i in (8, 9) and v in fills:
                    c.fill = PatternFill("solid", fgColor=fills[v])
            exp(fil, N, km, status, avv)
            r += 1
    r += 1
    ws.cell(r, 1, "Statusnivåer:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Genomförd – kontrollen är utförd för perioden (ange avvikelse i kommentar)")
    ws.cell(r + 2, 1, "Pågår – kontrollen är påbörjad men inte klar")
    ws.cell(r + 3, 1, "Ej påbörjad – kontrollen har inte startat")
    ws.cell(r + 4, 1, "Utgår – kontrollmomentet har strukits genom beslut")
    widths = [6, 18, 22, 45, 25, 20, 11, 13, 18, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.freeze_panes = "A7"
    ws.oddHeader.center.text = "Kommunstyrelsen – intern kontroll 2025"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Stratsys CSV export: Samhällsbyggnadsnämnden + Kultur- och fritidsnämnden
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025_T2.csv"
    SBN = "Samhällsbyggnadsnämnden"
    KFN = "Kultur- och fritidsnämnden"
    rows = []
    # (org, process, km, ansvarig, [(period, status, kommentar)], expected status, avv, register name)
    data = [
        ("Samhällsbyggnadsnämnden", "Gata och park", "Besiktning av lekplatser enligt SS-EN 1176",
         "Parkchef", [("2025 T1", "Pågår", "Huvudbesiktning beställd."),
                      ("2025 T2", "Klar", "Samtliga 23 lekplatser besiktigade. Två redskap togs ur bruk "
                                          "på grund av allvarliga brister.")], "GENOMFORD", "ja", SBN),
        ("Samhällsbyggnadsnämnden", "Fastighet",
         "Indexuppräkning av hyresavtal för externt inhyrda lokaler kontrolleras", "Fastighetschef",
         [("2025 T2", "Klar", "Samtliga 11 avtal kontrollerade. Inga avvikelser.")], "GENOMFORD", "nej", SBN),
        ("Samhällsbyggnadsnämnden", "VA", "Avläsning av vattenmätare och debitering enligt VA-taxan",
         "VA-chef", [("2025 T2", "Pågår", "Avläsning klar för ca 80 % av abonnenterna, resten under september.")],
         "DELVIS", "", SBN),
        ("Samhällsbyggnadsnämnden", "Exploatering", "Tomtförsäljning sker enligt fastställda riktlinjer och priser",
         "Exploateringsingenjör", [("2025 T2", "Ej påbörjad", "Kontrollen görs under hösten.")],
         "EJ_GENOMFORD", "", SBN),
        ("Samhällsbyggnadsnämnden", "Inköp", "Fakturor för entreprenader stäms av mot avtal och ÄTA-beslut",
         "Projektledare", [("2025 T1", "Ej påbörjad", ""),
                           ("2025 T2", "Klar", "Stickprov 10 fakturor. En faktura avsåg ÄTA-arbete utan "
                                               "skriftligt beslut; rutinen har skärpts.")], "GENOMFORD", "ja", SBN),
        ("Samhällsbyggnadsnämnden", "Fordon", "Körjournaler förs för kommunens fordon",
         "Fordonssamordnare", [("2025 T2", "", "")], "SAKNAS", "", SBN),
        ("Kultur- och fritidsnämnden", "Föreningsbidrag",
         "Föreningsbidrag betalas ut enligt bidragsreglerna och med korrekt underlag",
         "Fritidskonsulent", [("2025 T2", "Klar", "Underlag för 12 föreningar kontrollerade, allt komplett.")],
         "GENOMFORD", "nej", KFN),
        ("Kultur- och fritidsnämnden", "Bibliotek", "Kassahantering i bibliotekets reception",
         "Bibliotekschef", [("2025 T1", "Klar", "Kassainventering i mars utan anmärkning."),
                            ("2025 T2", "Klar", "Oanmäld kassainventering i augusti, kassadifferens 40 kr "
                                                "som inte kunnat förklaras.")], "GENOMFORD", "ja", KFN),
        ("Kultur- och fritidsnämnden", "Bad", "Egenkontroll av badvattenkvalitet i Ljungbyheds badhus",
         "Badmästare", [("2025 T2", "Pågår", "Provtagning sker löpande. Samtliga prover hittills godkända.")],
         "DELVIS", "nej", KFN),
        ("Kultur- och fritidsnämnden", "Kulturskola", "Avgifter för kulturskolan debiteras korrekt",
         "Kulturskolechef", [("2025 T2", "Avbruten", "Avbruten enligt KFN beslut 2025-06-11 § 45 – "
                                                     "kulturskolan är avgiftsfri från höstterminen 2025.")],
         "UTGAR", "", KFN),
        ("Kultur- och fritidsnämnden", "Lokaluthyrning",
         "Bokning och fakturering av idrottshallar stämmer överens", "Bokningsansvarig",
         [("2025 T2", "Ej påbörjad", "Görs i oktober.")], "EJ_GENOMFORD", "", KFN),
    ]
    out = []
    out.append(["Rapport: Intern kontroll – uppföljning kontrollmoment"])
    out.append(["Urval: Ljungbyhed kommun; Nämnder: SBN, KFN; Period: 2025 T1–2025 T2"])
    out.append(["Utskriven: 2025-09-15 08:42 av jonas.ek"])
    out.append([])
    out.append(["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"])
    for org, proc, km, ansv, periods, status, avv, reg in data:
        for per, st, kom in periods:
            out.append([org, proc, km, ansv, per, st, kom])
        exp(fil, reg, km, status, avv)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for row in out:
            w.writerow(row)
    FILES.append((fil, "INLAST", SBN, "2025", "T2"))
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden: ODT text report grouped by status, nämnd in page header
# ---------------------------------------------------------------------------
def file_ofn():
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, MasterPage, PageLayout,
                           PageLayoutProperties, Header, HeaderStyle, HeaderFooterProperties)
    from odf.text import P, H

    fil = "ÖFN_IK_T2_2025.odt"
    N = "Överförmyndarnämnden"
    doc = OpenDocumentText()
    doc.meta.addElement(__import__("odf.dc", fromlist=["Creator"]).Creator(text="Sofia Ahl"))

    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
    hs = HeaderStyle()
    hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.4cm"))
    pl.addElement(hs)
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hdr = Header()
    hdr.addElement(P(text="Ljungbyhed kommun – Överförmyndarnämnden\tUppföljning intern kontroll"))
    mp.addElement(hdr)
    doc.masterstyles.addElement(mp)

    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.3cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.5cm", marginbottom="0.2cm"))
    doc.styles.addElement(h2)
    bold = Style(name="Fet", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(ParagraphProperties(margintop="0.25cm"))
    doc.automaticstyles.addElement(bold)
    body = Style(name="Brod", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.15cm", marginleft="0.6cm"))
    doc.automaticstyles.addElement(body)

    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Uppföljning av intern kontroll – andra tertialet 2025"))
    doc.text.addElement(P(text="Nedan redovisas status för nämndens kontrollmoment per den 31 augusti 2025. "
                               "Kontrollmomenten är grupperade efter hur långt arbetet har kommit. "
                               "Nämnden antog internkontrollplanen den 12 december 2024."))
    groups = [
        ("Genomförda kontroller", [
            ("Granskning av arvoden till ställföreträdare i samband med årsräkningar",
             "Stickprov på 20 årsräkningar. Samtliga arvoden var beräknade enligt SKR:s riktlinjer. "
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av att nya ställföreträdare har lämnat utdrag ur belastningsregistret",
             "Samtliga 14 nya ställföreträdare har kontrollerats. I ett fall hade utdrag inte "
             "lämnats innan förordnandet; utdraget har begärts in i efterhand och visade inget.",
             "GENOMFORD", "ja"),
        ]),
        ("Påbörjade men inte slutförda", [
            ("Avstämning av spärrade bankkonton för omyndiga mot bankernas uppgifter",
             "Ungefär hälften av kontona har stämts av mot bankernas engagemangsbesked. Övriga stäms "
             "av under hösten.", "DELVIS", ""),
        ]),
        ("Ej genomförda", [
            ("Årsräkningar granskas senast den 30 september",
             "Kontrollen kan göras först efter den 30 september och redovisas därför i "
             "helårsuppföljningen.", "EJ_GENOMFORD", ""),
            ("Introduktionsutbildning genomförs för samtliga nya ställföreträdare",
             "Skjuts upp till 2026 eftersom den länsgemensamma utbildningen inte har startat.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Utgår", [
            ("Rutin för samverkan med socialtjänsten vid behov av god man följs",
             "Kontrollmomentet utgår enligt nämndens beslut 2025-05-08 § 31, eftersom rutinen är "
             "under omarbetning tillsammans med socialförvaltningen.", "UTGAR", ""),
        ]),
    ]
    for g, ctrls in groups:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=g))
        for km, kom, status, avv in ctrls:
            doc.text.addElement(P(stylename=bold, text=km))
            doc.text.addElement(P(stylename=body, text=kom))
            exp(fil, N, km, status, avv)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Ljungbyhed 2025-09-10"))
    doc.text.addElement(P(text="Sofia Ahl, handläggare överförmyndarenheten"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Rejected: a covering letter (missiv) with no follow-up in it
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv uppföljning IK T2 2025 Socialnämnden.docx"
    d = docx.Document()
    fixprops(d)
    d.core_properties.author = "Karin Nyström"
    d.sections[0].header.paragraphs[0].text = "LJUNGBYHED KOMMUN\tSocialförvaltningen"
    d.add_paragraph("2025-09-18")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_paragraph("Från: Socialförvaltningen")
    p = d.add_paragraph()
    p.add_run("Översändande av Socialnämndens uppföljning av internkontrollplan, tertial 2 2025").bold = True
    d.add_paragraph("Härmed översänds Socialnämndens uppföljning av internkontrollplanen för tertial 2 2025. "
                    "Uppföljningen behandlades av nämnden den 17 september 2025, § 112, och nämnden "
                    "beslutade att godkänna redovisningen.")
    d.add_paragraph("Bifogade handlingar:")
    d.add_paragraph("1. Uppföljning av internkontrollplan 2025 – tertial 2 (Word)", style="List Number")
    d.add_paragraph("2. Protokollsutdrag SN 2025-09-17 § 112", style="List Number")
    d.add_paragraph("Bilaga 2 om placerade barn innehåller sekretessuppgifter och skickas därför inte med. "
                    "Den finns tillgänglig hos förvaltningen vid behov.")
    d.add_paragraph("Frågor om uppföljningen besvaras av undertecknad.")
    d.add_paragraph("")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Karin Nyström\nNämndsekreterare, Socialförvaltningen\n0435-78 13 05")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_register():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Ljungbyhedshem AB", "LHAB|Ljungbyhedshem|Allmännyttiga bostadsbolaget"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write("%s;%s\n" % (n, a))


def write_csvs():
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in "".join(r), r
            f.write(";".join(r) + "\n")


def main():
    tmpdir = tempfile.mkdtemp(prefix="r416_")
    try:
        file_bun()
        file_sn(tmpdir)
        file_von()
        file_mbn()
        file_ks()
        file_stratsys()
        file_ofn()
        file_missiv()
        write_register()
        write_csvs()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("files: %d rows, expected: %d rows" % (len(FILES), len(EXPECTED)))


if __name__ == "__main__":
    main()
