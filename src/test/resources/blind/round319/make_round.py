#!/usr/bin/python3
"""Blind round 319 – Mörtby kommun, helår 2025, templates in the style of real follow-ups."""
import csv, os, shutil, subprocess, datetime, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)
LO = "-env:UserInstallation=file:///tmp/lo-round319"

expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def add_exp(fil, namnd, km, st, av):
    expected.append((fil, namnd, km, st, av))


def wb_props(wb, title):
    wb.properties.creator = "Mörtby kommun"
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def doc_props(doc, title):
    cp = doc.core_properties
    cp.author = "Mörtby kommun"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Mörtby kommun"


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    paras = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        r.font.size = Pt(size)


# ---------------------------------------------------------------- 1. BUN (seed 004 style)
def file_bun():
    fil = "BUN Uppföljning internkontrollplan helår 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    rows = [
        (1, "Skolskjuts", "Kontroll att beviljad skolskjuts överensstämmer med fattade beslut och gällande riktlinjer",
         "Stickprov på 25 elever med skolskjuts.\n\nTvå elever hade skolskjuts utan giltigt beslut – besluten hade löpt ut vid läsårsskiftet och inte förnyats.",
         "Påminnelse till skolskjutshandläggare om bevakning av beslutens giltighetstid. Bevakningslista införs i ärendesystemet.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (2, "Elevhälsa", "Att elevhälsans journaler förs enligt rutin och att journalföring sker i Prorenata",
         "Granskning av 30 journaler vid fyra skolor (Norrskolan, Ljungåskolan, Björkhagen, Mörtby centralskola). Inga avvikelser konstaterade.",
         "Ingen åtgärd", "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        (3, "Kränkande behandling", "Anmälan om kränkande behandling till huvudman sker skyndsamt (inom 5 arbetsdagar)",
         "Av 148 anmälningar under året registrerades 31 senare än 5 arbetsdagar efter händelsen. Andelen sena anmälningar har minskat jämfört med 2024 (29 %).",
         "Fortsatt utbildning av rektorer. Påminnelsefunktion i DF Respons aktiveras.",
         "Granskning genomförd", "Delår och bokslut", "GENOMFORD", "ja"),
        (4, "Närvaro och frånvaro", "Att hög frånvaro (över 15 %) uppmärksammas och att utredning inleds",
         "Granskningen har genomförts på två av sex grundskolor. På de granskade skolorna fanns påbörjad utredning i samtliga fall.\nResterande skolor granskas under våren 2026.",
         "Slutför granskningen av resterande skolor.", "Granskning delvis genomförd", "Bokslut", "DELVIS", "nej"),
        (5, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor. Tre fakturor var attesterade av person utan attesträtt (ersättare hade inte anmälts i attestförteckningen).",
         "Uppdatera attestförteckningen vid varje organisationsförändring. Information till rektorer på ledningsgrupp.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (6, "Ekonomi", "Kontroll av att avgifter för förskola och fritidshem (maxtaxa) debiteras korrekt utifrån inlämnade inkomstuppgifter",
         "Inkomstkontroll av 2023 års inkomster har genomförts mot Skatteverkets uppgifter. 112 hushåll har fått efterdebitering och 38 hushåll återbetalning.",
         "Tydligare information till vårdnadshavare om skyldigheten att anmäla ändrad inkomst.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (7, "Personal", "Att utdrag ur belastningsregistret har uppvisats före anställning i förskola och skola",
         "Granskningen har inte genomförts på grund av vakans på HR-enheten under hösten.",
         "Granskningen flyttas till internkontrollplan 2026.", "Granskning ej genomförd", "Bokslut", "EJ_GENOMFORD", ""),
        (8, "Informationssäkerhet", "Behörigheter i elevregistret (IST) tas bort när anställning upphör",
         "Genomgång av 60 avslutade anställningar. Nio konton var fortfarande aktiva mer än 30 dagar efter anställningens slut.",
         "Automatisk avregistrering via HR-systemet införs under 2026.", "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (9, "Upphandling", "Att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Utgår enligt nämndens beslut 2025-05-20 § 48. Ersätts av kommungemensam kontroll som redovisas av kommunstyrelsen.",
         "", "Utgår", "", "UTGAR", ""),
        (10, "Upphandling", "Avtalstrohet vid inköp av läromedel",
         "Genomgång av samtliga läromedelsinköp under året har gjorts. 94 % av inköpen har skett från avtalade leverantörer och inga inköp över direktupphandlingsgränsen har gjorts utanför avtal. Ingen avvikelse.",
         "Ingen åtgärd", "", "Bokslut", "GENOMFORD", "nej"),
        (11, "Systematiskt kvalitetsarbete", "Att huvudmannens årshjul för det systematiska kvalitetsarbetet följs",
         "", "", "", "Bokslut", "SAKNAS", ""),
    ]
    wb = Workbook(); wb_props(wb, "Uppföljning internkontrollplan 2025")
    ws = wb.active; ws.title = "Uppföljning IKP"
    ws["A1"] = "Uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A3"] = "Nämnd/enhet:"; ws["B3"] = N
    ws["A4"] = "År:"; ws["B4"] = 2025
    ws["A5"] = "Period:"; ws["B5"] = "Helår (bokslut)"
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status", "Åter-\nredovisas"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.alignment = WRAP; c.border = BORDER
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    r = 8
    for row in rows:
        for j, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=j, value=(v if v != "" else None)); c.alignment = WRAP; c.border = BORDER
        add_exp(fil, N, row[2], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Upprättad av: Anna Lindqvist, controller, barn- och utbildningsförvaltningen, 2026-01-28")
    for col, w in zip("ABCDEFG", (5, 18, 34, 55, 38, 16, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 2. VON (seed 001 style)
def file_von():
    fil = "Helårsuppföljning kritiska risker 2025 VON.docx"
    N = "Vård- och omsorgsnämnden"
    doc = Document(); doc_props(doc, "Helårsuppföljning kritiska risker 2025"); landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Vård- och omsorgsförvaltningen\t\t2026-01-14"
    doc.add_heading("Helårsuppföljning av kritiska risker i Vård- och omsorgsnämndens internkontrollplan 2025", level=1)
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att verksamheten bedrivs i enlighet med de mål och "
        "riktlinjer som fullmäktige har bestämt samt de bestämmelser i lag eller annan författning som gäller för "
        "verksamheten. De ska också se till att den interna kontrollen är tillräcklig och att verksamheten bedrivs på "
        "ett i övrigt tillfredsställande sätt.")
    doc.add_heading("Uppföljning 2025", level=2)
    doc.add_paragraph(
        "Vård- och omsorgsnämnden antog internkontrollplanen för 2025 den 18 december 2024. I nämndens bruttolista har "
        "24 risker bedömts. Åtta av dessa har fått ett riskvärde som värderar risken som kritisk. Risker med lägre "
        "riskvärde omhändertas inom verksamhetens ordinarie förbättringsarbete. I tabellen nedan redovisas om den "
        "hantering som angivits i internkontrollplanen har följts samt en beskrivning av genomförda och planerade "
        "aktiviteter. Sex av de kritiska riskerna bedöms följa beslutad planering.")
    hdr = ["Ansvarsområde/\nprocess", "Risk i verksamheten", "Risk-\nvärde", "Kontrollmoment/befintliga åtgärder",
           "Ställningstagande av hantering (planering)", "Följer plan:", "Kommentar:"]
    data = [
        ("Läkemedels-\nhantering", [
            ("Risk att läkemedel administreras till fel brukare eller vid fel tidpunkt", "12",
             "Stickprovskontroll av signeringslistor för läkemedel på särskilda boenden",
             "Hanteras genom granskning i internkontrollplanen, stickprov två gånger per år.", "Ja",
             "Stickprov genomfört i maj och oktober på samtliga särskilda boenden. 14 osignerade tillfällen "
             "konstaterades; samtliga har avvikelserapporterats och följts upp med berörd personal.", "GENOMFORD", "ja"),
            ("Risk för svinn eller stöld av narkotikaklassade läkemedel", "9",
             "Kvartalsvis inventering av narkotikaklassade läkemedel enligt rutin",
             "Hanteras genom fortsatt inventering samt extern granskning av farmaceut.", "Ja",
             "Inventering har skett varje kvartal. Farmaceutisk granskning genomförd i september utan anmärkning.",
             "GENOMFORD", "nej"),
        ]),
        ("Hemtjänst – bistånd och utförande", [
            ("Risk att utförd tid i hemtjänsten inte överensstämmer med beviljad tid", "9",
             "Månatlig avstämning av planerad och utförd tid i TES",
             "Hanteras genom utvecklingsarbete – ny rapport för avvikelseanalys tas fram under 2025.", "Delvis",
             "Rapporten är framtagen och används i två av fyra hemtjänstgrupper. Införande i övriga grupper sker "
             "under första kvartalet 2026.", "DELVIS", ""),
            ("Risk för felaktig debitering av hemtjänstavgifter", "8",
             "Avgiftshandläggare stämmer av debiteringsunderlag mot gällande beslut varje månad",
             "Hanteras genom befintlig kontroll.", "Ja",
             "Avstämning sker löpande. Inga felaktiga debiteringar har upptäckts under året.", "GENOMFORD", "nej"),
        ]),
        ("Hantera person-\nuppgifter enligt GDPR och OSL", [
            ("Risk för otillbörlig åtkomst till journaler och personakter", "12",
             "Loggkontroll i verksamhetssystemet, stickprov tio användare per månad",
             "Hanteras genom granskning i internkontrollplanen.", "Nej",
             "Den strukturerade loggkontrollen har inte kommit igång på grund av byte av verksamhetssystem. "
             "Arbetet är framskjutet till våren 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Kompetens-\nförsörjning", [
            ("Risk att timvikarier saknar introduktion i basal hygien och delegering", "8",
             "Introduktionsprogram med checklista för timvikarier",
             "Hanteras genom aktivitet – checklistan revideras inför sommaren 2025.", "Ja",
             "Checklistan reviderades i april. Uppföljningen visade att 87 % av sommarvikarierna hade genomgått "
             "webbutbildning i basal hygien före första arbetspasset; övriga kompletterade under första veckan.",
             "GENOMFORD", "ja"),
        ]),
        ("Synpunkter och klagomål", [
            ("Risk att klagomål inte tas tillvara och att återkoppling uteblir", "6",
             "Uppföljning av att synpunkter registreras och besvaras inom tio arbetsdagar",
             "Utgår ur internkontrollplanen enligt nämndens beslut 2025-04-23 § 37, hanteras inom ordinarie kvalitetsarbete.",
             "–", "Utgår.", "UTGAR", ""),
        ]),
        ("Lex Sarah", [
            ("Risk att missförhållanden inte rapporteras enligt lex Sarah", "9",
             "Information om rapporteringsskyldigheten på APT i samtliga enheter",
             "Hanteras genom aktivitet – information på APT en gång per år.", "",
             "Redovisas i separat rapport, se bilaga 3.", "OKLAR", ""),
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in data)
    t = doc.add_table(rows=nrows, cols=7); t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.cell(0, j), h, bold=True); shade(t.cell(0, j), "DDEBF7")
    r = 1
    for proc, risks in data:
        start = r
        for rk in risks:
            for j, v in enumerate(rk[:6]):
                set_cell(t.cell(r, j + 1), v)
            add_exp(fil, N, rk[2], rk[6], rk[7])
            r += 1
        top = t.cell(start, 0)
        if r - 1 > start:
            top = top.merge(t.cell(r - 1, 0))
        set_cell(top, proc)
    doc.add_paragraph()
    doc.add_paragraph("Följer plan: Ja = hanteringen följer beslutad planering, Delvis = hanteringen följer delvis "
                      "planeringen, Nej = hanteringen följer inte planeringen.").runs[0].font.size = Pt(8)
    doc.add_paragraph("Kerstin Åberg\nKvalitetsstrateg, vård- och omsorgsförvaltningen")
    doc.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 3. SBN (seed 002 style, colour status)
def file_sbn():
    fil = "SBN_IK_2025_helar.xlsx"
    N = "Samhällsbyggnadsnämnden"
    G, Y, R = "92D050", "FFFF00", "FF0000"
    data = [
        ("Bygglovshantering", [
            ("Handläggningstiden överskrids och avgiften måste reduceras enligt PBL",
             "Uppföljning av handläggningstider för bygglov, stickprov per kvartal",
             "Stickprov om 20 ärenden per kvartal har genomförts.\n\nFyra ärenden under året överskred lagstadgad handläggningstid; avgiften reducerades i samtliga fall.",
             G, "Resursförstärkning under semesterperioden", "GENOMFORD", "ja"),
            ("Beslut fattas utan stöd i delegationsordningen",
             "Kontroll att delegationsbeslut anmäls till nämnden",
             "Samtliga delegationslistor har anmälts till nämnden. Inga avvikelser.", G, "", "GENOMFORD", "nej"),
        ]),
        ("Detaljplanering", [
            ("Planavtal tecknas inte före planarbetets start, vilket medför uteblivna intäkter",
             "Kontroll av att planavtal finns i samtliga pågående planärenden",
             "Genomgången har gjorts för planer startade 2024–2025 (7 st), planavtal fanns i samtliga.\nÄldre planärenden (4 st) återstår att kontrollera.",
             Y, "Kontroll av äldre planer under våren 2026", "DELVIS", "nej"),
        ]),
        ("Skydd av tillgångar", [
            ("Maskiner och utrustning försvinner",
             "Inventering av maskiner och utrustning på förråd och depå",
             "Inventering genomförd på förrådet i Mörtby. Depån i Ljungå har inte inventerats. Arbetet fortsätter under 2026.",
             Y, "Fortsatta inventeringar", "DELVIS", ""),
        ]),
        ("Fakturering och intäkter", [
            ("Bygglovs- och tillsynsavgifter faktureras inte",
             "Avstämning mellan ärendesystemet och ekonomisystemet av fakturerade avgifter",
             "Avstämningen har inte genomförts. Rutinen för överföring mellan systemen ses över i samband med systembytet.",
             R, "Ny integration mellan systemen", "EJ_GENOMFORD", ""),
            ("Felaktig debitering av anläggningsavgifter för VA",
             "Stickprovskontroll av 15 debiteringar av anläggningsavgift mot gällande taxa",
             "Stickprov genomfört. En av 15 debiteringar var beräknad på fel tomtyta och har korrigerats.",
             G, "", "GENOMFORD", "ja"),
        ]),
        ("Upphandlade varor och tjänster", [
            ("Bristande avtalstrohet avseende ramavtal",
             "Kontroll av inköp över 100 tkr från en och samma leverantör utan avtal",
             "Kontrollen är genomförd. Tre leverantörer utan avtal identifierades (mark- och anläggningsarbeten). Direktupphandlingarna var inte dokumenterade.",
             G, "Utbildning i direktupphandling för projektledare", "GENOMFORD", "ja"),
        ]),
        ("Arbetsmiljö och säkerhet", [
            ("Hot och våld mot handläggare i myndighetsutövning",
             "Uppföljning av att rutinen för hot och våld är känd i samtliga arbetsgrupper",
             "Kontrollen har inte påbörjats och flyttas till internkontrollplan 2026.", None, "", "EJ_GENOMFORD", ""),
            ("Delar av det systematiska brandskyddsarbetet genomförs ofullständigt",
             "Uppföljning av brandskyddsrutiner i förvaltningens lokaler",
             "Utgår – ansvaret för brandskyddet är överfört till tekniska nämnden från 2025-03-01.", None, "", "UTGAR", ""),
        ]),
    ]
    wb = Workbook(); wb_props(wb, "Uppföljning av internkontrollplanen 2025")
    ws = wb.active; ws.title = "IK 2025"
    ws.oddHeader.center.text = N
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning av internkontrollplanen 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Helårsrapport"; ws["A2"].font = Font(italic=True)
    hdr = ["Väsentliga processer", "Risk", "Kontrollmoment", "Resultat", "Förbättringsåtgärder", "Startdatum", "Slutdatum"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h); c.font = Font(bold=True, color="FFFFFF"); c.border = BORDER
        c.fill = PatternFill("solid", fgColor="1F4E78"); c.alignment = WRAP
    r = 5
    for proc, items in data:
        start = r
        for risk, km, res, col, atg, st, av in items:
            vals = [None, risk, km, res, atg or None, datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v); c.alignment = WRAP; c.border = BORDER
                if j >= 6:
                    c.number_format = "yyyy-mm-dd"
            if col:
                ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=col)
            add_exp(fil, N, km, st, av)
            r += 1
        ws.cell(row=start, column=1, value=proc).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Färgmarkering av resultat:").font = Font(bold=True)
    for i, (col, txt) in enumerate(((G, "Genomfört"), (Y, "Delvis genomfört"), (R, "Ej genomfört"))):
        ws.cell(row=r + 1 + i, column=1).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r + 1 + i, column=2, value=txt)
    for col, w in zip("ABCDEFG", (22, 34, 36, 60, 30, 12, 12)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 4. TN (seed 003 style, periods side by side) -> .xls
def file_tn():
    fil = "Tekniska nämnden - uppföljning intern kontroll 2025.xls"
    N = "Tekniska nämnden"
    data = [
        ("goal", "2.1 Mörtbys gator, vatten och fastigheter förvaltas långsiktigt hållbart"),
        ("proc", "Process: Fastighetsunderhåll"),
        ("row", "Kontroll att planerat underhåll enligt underhållsplanen genomförs", "Fastighetschef", "Helår", "", "", "G",
         "Avvikelse: 18 % av de planerade åtgärderna har skjutits till 2026 på grund av prisökningar och förskjutna projekt.", "GENOMFORD", "ja"),
        ("row", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef", "Två ggr/år", "", "G", "G",
         "Samtliga 34 lekplatser besiktade. Sex anmärkningar av säkerhetskaraktär har åtgärdats.", "GENOMFORD", "ja"),
        ("proc", "Process: VA-verksamhet"),
        ("row", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef", "Löpande", "G", "G", "G",
         "Inga otjänliga prov under året.", "GENOMFORD", "nej"),
        ("row", "Kontroll av att debiterad vattenförbrukning överensstämmer med mätaravläsning", "Driftingenjör VA", "Kvartalsvis", "P", "P", "",
         "", "DELVIS", ""),
        ("goal", "3.1 Mörtby har en budget i balans och långsiktigt hållbara finanser"),
        ("proc", "Process: Fakturahantering"),
        ("row", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "Två ggr/år", "G", "G", "G",
         "Stickprov 50 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
        ("row", "Kontroll av förtroendekänsliga poster (representation, resor, konferenser)", "Förvaltningschef", "Helår", "", "", "E",
         "Ej genomförd på grund av vakant ekonomtjänst. Genomförs i januari 2026.", "EJ_GENOMFORD", ""),
        ("proc", "Process: Upphandling och avtal"),
        ("row", "Avtalstrohet – inköp av entreprenader sker enligt ramavtal", "Upphandlare", "Helår", "", "P", "G",
         "Genomgång av 120 inköp. Sju inköp har gjorts utanför avtal, varav två över direktupphandlingsgränsen.", "GENOMFORD", "ja"),
        ("row", "Uppföljning av entreprenörers efterlevnad av avtalsvillkor för vinterväghållning", "Gatuchef", "Säsong", "G", "U", "U",
         "Utgår – kontrollen ingår i den ordinarie avtalsuppföljningen från juni 2025.", "UTGAR", ""),
        ("row", "Kontroll av att kommunens fordon och maskiner används enligt körjournal", "Fordonssamordnare", "Kvartalsvis", "G", "P", "",
         "Kontrollen för sista tertialen var inte klar vid rapporttillfället.", "DELVIS", ""),
        ("proc", "Process: Säkerhet"),
        ("row", "Uppföljning av egenkontroller inom systematiskt brandskyddsarbete i kommunens fastigheter", "Säkerhetssamordnare", "Helår", "", "", "G",
         "Egenkontroller genomförda i samtliga 41 fastigheter. Brister konstaterades i tre fastigheter och har åtgärdats.", "GENOMFORD", "ja"),
        ("row", "Kontroll av behörigheter i fastigheternas passersystem", "Säkerhetssamordnare", "Helår", "", "", "",
         "", "SAKNAS", ""),
    ]
    wb = Workbook(); wb_props(wb, "Uppföljning intern kontroll 2025")
    ws = wb.active; ws.title = "Rapport"
    ws["A1"] = "Tekniska nämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning intern kontroll 2025 – rapportperiod: Helår"
    ws["A3"] = "Status: G = Genomförd   P = Pågående   E = Ej påbörjad   U = Utgår"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Kontrollaktivitet", "Ansvarig", "Frekvens", "T1", "T2", "Helår", "Kommentar helår"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h); c.font = Font(bold=True); c.border = BORDER
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    r = 6
    for d in data:
        if d[0] == "goal":
            c = ws.cell(row=r, column=1, value=d[1]); c.font = Font(bold=True, size=11)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif d[0] == "proc":
            c = ws.cell(row=r, column=1, value=d[1]); c.font = Font(bold=True, italic=True)
            c.fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            for j, v in enumerate(d[1:8], 1):
                c = ws.cell(row=r, column=j, value=(v or None)); c.alignment = WRAP; c.border = BORDER
                if 4 <= j <= 6:
                    c.alignment = Alignment(horizontal="center", vertical="top")
            add_exp(fil, N, d[1], d[8], d[9])
        r += 1
    ws.cell(row=r + 1, column=1, value="Rapporten genererad ur Stratsys 2026-01-20 10:42").font = Font(size=8, italic=True)
    for col, w in zip("ABCDEFG", (52, 20, 13, 6, 6, 7, 70)):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r319_")
    src = os.path.join(tmp, "tn.xlsx"); wb.save(src)
    subprocess.run(["soffice", "--headless", LO, "--convert-to", "xls:MS Excel 97", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "tn.xls"), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 5. MBN (seed 000 style, Delår/Helår text)
def file_mbn():
    fil = "Uppföljning plan för intern kontroll 2025 MBN.docx"
    N = "Miljö- och byggnämnden"
    doc = Document(); doc_props(doc, "Uppföljning av plan för intern kontroll 2025")
    doc.add_heading("Uppföljning av plan för intern kontroll 2025", level=1)
    doc.add_paragraph("Miljö- och byggnämnden – helårsuppföljning").runs[0].bold = True
    doc.add_paragraph(
        "Nedan redovisas resultatet av nämndens kontrollpunkter. Resultat som rapporterades vid delårsuppföljningen "
        "står kvar och har kompletterats med helårets resultat.")
    groups = [
        ("1. Hot och våld i myndighets-\nutövning", [
            ("1 a", "Uppdatera handlingsplan för hot och våld i samråd med säkerhetssamordnare",
             "Delår: Handlingsplanen är uppdaterad och fastställd av förvaltningsledningen i maj.", "GENOMFORD", ""),
            ("1 b", "Gå igenom handlingsplanen på APT i samtliga enheter",
             "Delår: Påbörjat.\nHelår: Miljöenheten klart, byggenheten ej klart.", "DELVIS", ""),
            ("1 c", "Rapportera situationer då hot eller våld har förekommit, vilka åtgärder som vidtogs omedelbart samt vilka åtgärder som vidtogs för att förebygga att situationen uppstår igen",
             "Delår: Inga rapporter om hot och våld har inkommit.\nHelår: Två händelser rapporterade i KIA, båda polisanmälda. Handlingsplanen följdes och bedöms vara tillräcklig.", "GENOMFORD", ""),
        ]),
        ("2. Felaktiga avgifter", [
            ("2", "Stickprovskontroll av att timavgift för tillsyn debiteras enligt gällande taxa, 20 ärenden",
             "Helår: Kontroll gjord av 20 ärenden. I tre ärenden hade 2024 års timtaxa använts. Rättelse har skickats till berörda verksamhetsutövare.", "GENOMFORD", "ja"),
        ]),
        ("3. Otillbörlig åtkomst till ärenden och uppgifter", [
            ("3 a", "Upprätta rutin för beställning av behörighet i ärendesystemet",
             "Delår: Rutin för beställning av behörighet har upprättats.", "GENOMFORD", ""),
            ("3 b", "Kontroll av loggar i ärendesystemet två gånger per år",
             "Helår: Loggkontroll har inte genomförts. Fokus har varit på att arbeta fram den nya behörighetsrutinen.", "EJ_GENOMFORD", ""),
        ]),
        ("4. Handläggning", [
            ("4 a", "Uppföljning av handläggningstid för bygglov (tio veckor) per tertial",
             "Delår: T1 94 % inom tid, T2 91 % inom tid.\nHelår: 89 % inom tid för helåret. 17 ärenden överskred tidsfristen och avgiften reducerades.", "GENOMFORD", "ja"),
            ("4 b", "Kontroll att inkomna klagomål på miljöområdet diarieförs och kvitteras inom en vecka",
             "Helår: Se bilaga 2.", "OKLAR", ""),
        ]),
        ("5. Delegation", [
            ("5", "Kontroll att delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
             "Utgår 2025 – ingår i kommunstyrelsens kommungemensamma kontroll.", "UTGAR", ""),
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=4); t.style = "Table Grid"
    for j, h in enumerate(["Kontrollpunkt", "Nr", "Metod", "Resultat"]):
        set_cell(t.cell(0, j), h, bold=True, size=10)
    r = 1
    for kp, items in groups:
        start = r
        for nr, met, res, st, av in items:
            set_cell(t.cell(r, 1), nr, size=10)
            set_cell(t.cell(r, 2), met, size=10)
            set_cell(t.cell(r, 3), res, size=10)
            add_exp(fil, N, met, st, av)
            r += 1
        top = t.cell(start, 0)
        if r - 1 > start:
            top = top.merge(t.cell(r - 1, 0))
        set_cell(top, kp, bold=True, size=10)
    for row in t.rows:
        for j, w in enumerate((Cm(3.5), Cm(1.2), Cm(6.0), Cm(6.5))):
            row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph("Mörtby 2026-01-22\nLars Enqvist, förvaltningschef miljö- och byggförvaltningen")
    doc.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 6. ÖFN (easy form with dropdown)
def file_ofn():
    fil = "ÖFN internkontroll 2025 helår.xlsx"
    N = "Överförmyndarnämnden"
    rows = [
        (1, "Årsräkningar", "Granskning av årsräkningar som inkommit senast 1 mars", "Samtliga", "Handläggare",
         "Genomförd", "Nej", "Samtliga 212 årsräkningar granskade före 30 september.", "GENOMFORD", "nej"),
        (2, "Arvoden", "Kontroll av att arvode till ställföreträdare beräknas enligt nämndens riktlinjer", "Stickprov 15 ärenden", "Enhetschef",
         "Genomförd", "Ja", "I två ärenden hade kostnadsersättning beräknats dubbelt. Återbetalning har begärts.", "GENOMFORD", "ja"),
        (3, "Förvaltning", "Kontroll av att överförmyndarspärr finns på bankkonton i nya ärenden", "Stickprov 10 ärenden", "Handläggare",
         "Genomförd med anmärkning", "Ja", "Spärr saknades i ett ärende vid kontrolltillfället. Åtgärdat.", "GENOMFORD", "ja"),
        (4, "Lämplighetsprövning", "Kontroll av att utdrag ur belastningsregister och kreditupplysning finns före förordnande", "Samtliga nya förordnanden", "Handläggare",
         "Delvis genomförd", "Nej", "Kontrollen är genomförd för första halvåret. Andra halvåret granskas i februari 2026.", "DELVIS", "nej"),
        (5, "Informationssäkerhet", "Hantering av sekretessbelagda handlingar vid utskick med e-post", "Genomgång av utskick", "Enhetschef",
         "Ej genomförd", None, "Ny e-posttjänst med kryptering införs 2026, kontrollen skjuts upp.", "EJ_GENOMFORD", ""),
        (6, "Tillsyn", "Tillsyn av gode män för ensamkommande barn", "Samtliga ärenden", "Handläggare",
         "Utgår", None, "Inga aktuella ärenden under 2025.", "UTGAR", ""),
        (7, "Digitalisering", "Uppföljning av att e-tjänsten för årsräkning används", "Statistik ur e-tjänsten", "Handläggare",
         "Genomförd", "Nej", "71 % av årsräkningarna lämnades in digitalt (mål 60 %).", "GENOMFORD", "nej"),
    ]
    wb = Workbook(); wb_props(wb, "Internkontroll 2025")
    ws = wb.active; ws.title = "Helår 2025"
    ws["A1"] = "Överförmyndarnämnden Mörtby – Internkontroll 2025, uppföljning helår"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=j, value=h); c.font = Font(bold=True); c.border = BORDER
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med anmärkning,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv); ws.add_data_validation(dv2)
    r = 4
    for row in rows:
        for j, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=j, value=v); c.alignment = WRAP; c.border = BORDER
        dv.add(f"F{r}"); dv2.add(f"G{r}")
        add_exp(fil, N, row[2], row[8], row[9])
        r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av nämnden 2026-02-05 § 9")
    for col, w in zip("ABCDEFGH", (5, 20, 45, 22, 14, 22, 10, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 7. Stratsys export, bolag + förbund
def file_export():
    fil = "Stratsys_export_IK_2025-12-31.xlsx"
    MB = "Mörtby Bostäder AB"; RT = "Räddningstjänstförbundet Mörtby-Ljungå"
    rows = [  # org, process, km, riskvärde, period, status, kommentar, updated
        (MB, "Hyresadministration", "Kontroll av att hyreshöjningar enligt förhandlingsöverenskommelsen har lagts in korrekt i hyressystemet", 8,
         "T2 2025", "Klar", "Kontrollerat efter hyreshöjningen 1 april, inga fel.", "2025-09-10"),
        (MB, "Hyresadministration", "Kontroll av att hyreshöjningar enligt förhandlingsöverenskommelsen har lagts in korrekt i hyressystemet", 8,
         "Helår 2025", "Klar", "Inga avvikelser.", "2026-01-12"),
        (MB, "Uthyrning", "Stickprov av att lägenheter fördelas enligt uthyrningspolicyn och bostadskön", 12,
         "T2 2025", "Pågår", "Stickprov påbörjat.", "2025-09-10"),
        (MB, "Uthyrning", "Stickprov av att lägenheter fördelas enligt uthyrningspolicyn och bostadskön", 12,
         "Helår 2025", "Klar", "20 kontrakt granskade. I ett fall saknades dokumentation av förtur; rutinen har förtydligats.", "2026-01-12"),
        (MB, "Inköp", "Attest av leverantörsfakturor enligt attestordningen", 9,
         "T2 2025", "Pågår", "", "2025-09-10"),
        (MB, "Inköp", "Attest av leverantörsfakturor enligt attestordningen", 9,
         "Helår 2025", "Pågår", "Stickprov för kvartal 4 kvarstår och genomförs i januari.", "2026-01-12"),
        (MB, "Fastighetsunderhåll", "Uppföljning av att OVK-besiktningar utförs enligt besiktningsplanen", 6,
         "T2 2025", "Ej påbörjad", "", "2025-09-10"),
        (MB, "Fastighetsunderhåll", "Uppföljning av att OVK-besiktningar utförs enligt besiktningsplanen", 6,
         "Helår 2025", "Ej påbörjad", "Kontrollen skjuts till 2026 på grund av upphandling av ny besiktningsfirma.", "2026-01-12"),
        (MB, "Bolagsstyrning", "Kontroll av att styrelsebeslut verkställs och återrapporteras", 4,
         "T2 2025", "Pågår", "Genomgång av styrelseprotokoll pågår.", "2025-09-10"),
        (RT, "Tillsyn enligt LSO", "Kontroll att tillsyner enligt tillsynsplanen genomförs och dokumenteras", 12,
         "Helår 2025", "Klar", "112 av 120 planerade tillsyner genomförda. Åtta tillsyner har flyttats till 2026.", "2026-01-08"),
        (RT, "Räddningsinsats", "Uppföljning av anspänningstid för heltidsstyrkan (mål 90 sekunder)", 9,
         "Helår 2025", "Klar", "Målet uppnått vid samtliga kontrollerade larm.", "2026-01-08"),
        (RT, "Ekonomi", "Kontroll av att debitering av onödiga automatlarm sker enligt taxa", 8,
         "Helår 2025", "Klar", "Stickprov 25 larm. Två larm hade inte debiterats och har fakturerats i efterhand.", "2026-01-08"),
        (RT, "Personal", "Kontroll av att deltidsbrandmän genomfört årligt rökdykartest och läkarundersökning", 12,
         "Helår 2025", "Avbruten", "Avbruten genom direktionens beslut 2025-09-12 § 31. Ersätts av ny rutin i HR-systemet.", "2025-09-15"),
        (RT, "Materiel", "Kontroll av att andningsskydd provas och servas enligt tillverkarens intervall", 9,
         "Helår 2025", "", "", ""),
    ]
    exp = [
        (MB, rows[0][2], "GENOMFORD", "nej"), (MB, rows[2][2], "GENOMFORD", "ja"), (MB, rows[4][2], "DELVIS", ""),
        (MB, rows[6][2], "EJ_GENOMFORD", ""), (MB, rows[8][2], "DELVIS", ""),
        (RT, rows[9][2], "GENOMFORD", "ja"), (RT, rows[10][2], "GENOMFORD", "nej"), (RT, rows[11][2], "GENOMFORD", "ja"),
        (RT, rows[12][2], "UTGAR", ""), (RT, rows[13][2], "SAKNAS", ""),
    ]
    wb = Workbook(); wb_props(wb, "Export")
    ws = wb.active; ws.title = "Export"
    ws["A1"] = "Rapport: Internkontroll – kommunala bolag och förbund"
    ws["A2"] = "Urval: Mätperioder 2025, alla organisationer i urvalet"
    ws["A3"] = "Exporterad 2026-01-20 av ekonomiavdelningen"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Riskvärde (S×K)", "Mätperiod", "Status", "Kommentar", "Senast uppdaterad"]
    for j, h in enumerate(hdr, 1):
        ws.cell(row=5, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate(rows, 6):
        for j, v in enumerate(row, 1):
            ws.cell(row=i, column=j, value=(v if v != "" else None))
    for col, w in zip("ABCDEFGH", (36, 20, 60, 14, 12, 12, 60, 16)):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A5:H{5 + len(rows)}"
    wb.save(os.path.join(OUT, fil))
    for org, km, st, av in exp:
        add_exp(fil, org, km, st, av)
    files.append((fil, "INLAST", MB, "2025", "HELAR"))
    files.append((fil, "INLAST", RT, "2025", "HELAR"))


# ---------------------------------------------------------------- 8. rejected: covering letter
def file_missiv():
    fil = "Missiv uppföljning intern kontroll helår 2025 SBN.docx"
    doc = Document(); doc_props(doc, "Missiv")
    doc.add_paragraph("Samhällsbyggnadsförvaltningen\t\t\t2026-01-27\nDnr SBN 2025/0412")
    doc.add_paragraph("Till kommunstyrelsen\nEkonomiavdelningen")
    doc.add_heading("Översändande av uppföljning av intern kontroll helår 2025", level=2)
    doc.add_paragraph(
        "Härmed översänds samhällsbyggnadsnämndens uppföljning av internkontrollplanen för 2025, helår. "
        "Uppföljningen behandlades av nämnden den 21 januari 2026, § 6, och finns i bifogad fil SBN_IK_2025_helar.xlsx.")
    doc.add_paragraph(
        "Av nämndens nio kontrollmoment har fyra genomförts, två genomförts delvis och två har inte genomförts. "
        "Ett kontrollmoment har utgått då ansvaret för brandskyddet överförts till tekniska nämnden. "
        "Nämnden bedömer att den interna kontrollen i huvudsak har varit tillräcklig.")
    doc.add_paragraph("Frågor kan ställas till undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\n\nMaria Holm\nNämndsekreterare, samhällsbyggnadsförvaltningen\nmaria.holm@mortby.se")
    doc.save(os.path.join(OUT, fil))
    files.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Mörtby Bostäder AB", "MBAB|Mörtbybostäder|Mörtby Bostäder"),
        ("Räddningstjänstförbundet Mörtby-Ljungå", "RTF|Räddningstjänsten Mörtby-Ljungå|Räddningstjänstförbundet"),
    ]
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, delimiter=";", lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], reg)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], files)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], expected)


if __name__ == "__main__":
    file_bun(); file_von(); file_sbn(); file_tn(); file_mbn(); file_ofn(); file_export(); file_missiv()
    write_csvs()
    print(len(files), "file rows;", len(expected), "controls")
