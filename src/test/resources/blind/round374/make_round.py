#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 374 – Vindeln-Syd kommun, delår 2025 inbox (Word/OpenDocument/one Excel)."""
import os, shutil, subprocess, csv, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import openpyxl
from openpyxl.styles import PatternFill, Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r374build"
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round374"]
FIXED = datetime.datetime(2025, 9, 10, 8, 0, 0)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

def fresh_tmp():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)

def lo_convert(src, fmt, outname):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", TMP, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    produced = os.path.join(TMP, base + "." + ext)
    shutil.move(produced, os.path.join(OUT, outname))

def new_doc(landscape=False):
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Vindeln-Syd kommun"
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.8)
    return d

def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True

# ---------------------------------------------------------------- 1. KS
def file_ks():
    fil = "KS_delar_IKP_2025.docx"
    N = "Kommunstyrelsen"
    d = new_doc(landscape=True)
    d.add_heading("Kommunstyrelsen", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – delårsrapport (januari–augusti)").runs[0].bold = True
    d.add_paragraph("Kommunstyrelsen antog internkontrollplan för 2025 den 11 februari 2025 (KS § 19). "
                    "Nedan redovisas utfallet av kontrollerna till och med 31 augusti. Kontroller som inte är "
                    "slutförda redovisas på nytt i samband med årsbokslutet.")
    ctrl = [
        ("Ekonomi och inköp", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
             "Genomförd", "Stickprov på 40 fakturor mars–juni. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Avtalstrohet vid inköp av varor och tjänster", "Upphandlare",
             "Genomförd med avvikelse", "12 av 60 granskade inköp gjordes utanför avtal, främst förbrukningsmaterial. "
             "Information till beställare i september.", "GENOMFORD", "ja"),
            ("Representation och förtroendekänsliga poster följer riktlinjerna", "Controller",
             "Pågår", "Granskning av representation jan–jun påbörjad, slutförs till helår.", "DELVIS", ""),
        ]),
        ("Personal", [
            ("Löneutbetalningar – kontroll av att avslutade anställningar avslutas i lönesystemet", "HR-chef",
             "Genomförd", "Kontroll av 25 avslut. I ett fall betalades lön ut en månad för mycket; återkrav är gjort.",
             "GENOMFORD", "ja"),
            ("Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin", "HR-chef",
             "Ej påbörjad", "Flyttas till hösten p.g.a. vakans på HR-enheten.", "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("Behörigheter i ekonomisystemet stäms av mot aktuell personal", "Systemförvaltare",
             "Genomförd", "Avstämning gjord i maj. Tre behörigheter för personal som slutat togs bort.",
             "GENOMFORD", "ja"),
            ("Registerförteckning enligt GDPR är aktuell", "Dataskyddssamordnare",
             "Utgår", "Utgår enligt KS beslut 2025-04-15 § 58, ersätts av kommungemensam granskning.", "UTGAR", ""),
        ]),
        ("Ärendehantering", [
            ("Delegationsbeslut anmäls till kommunstyrelsen", "Nämndsekreterare", "", "", "SAKNAS", ""),
            ("Diarieföring av inkommande handlingar sker inom tre arbetsdagar", "Registrator",
             "Delvis genomförd", "Stickprov gjort för kommunledningsförvaltningen, övriga enheter kvarstår. "
             "Inga avvikelser hittills.", "DELVIS", "nej"),
        ]),
    ]
    nrows = 2 + sum(len(c) for _, c in ctrl)
    t = d.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, txt in enumerate(["Process", "Kontrollmoment", "Ansvarig"]):
        m = h0[i].merge(h1[i]); m.text = txt
    m = h0[3].merge(h0[4]); m.text = "Uppföljning delår 2025"
    h1[3].text = "Status"; h1[4].text = "Kommentar"
    bold_row(t.rows[0]); bold_row(t.rows[1])
    r = 2
    for proc, items in ctrl:
        first = r
        for km, ans, st, kom, exp, av in items:
            cells = t.rows[r].cells
            cells[1].text = km; cells[2].text = ans; cells[3].text = st; cells[4].text = kom
            EXPECTED.append((fil, N, km, exp, av))
            r += 1
        top = t.cell(first, 0)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 0))
        top.text = proc
    d.add_paragraph("")
    d.add_paragraph("Behandlad av kommunstyrelsen 2025-09-23 § 112.")
    d.add_paragraph("Maria Höglund\nKommundirektör")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 2. BUN
def file_bun():
    fil = "BUN uppföljning intern kontroll per process delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc()
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Vindeln-Syd kommun · Barn- och utbildningsförvaltningen\tDnr BUN 2025/031"
    d.add_heading("Uppföljning av intern kontroll 2025 – delår", level=1)
    d.add_paragraph("Förvaltningen redovisar nedan uppföljningen per process. Kolumnen T1 avser läget per 30 april "
                    "och kolumnen Delår läget per 31 augusti.")
    d.add_paragraph("Teckenförklaring: ● = genomförd utan anmärkning, ◐ = påbörjad/delvis genomförd, "
                    "○ = ej påbörjad, ▲ = genomförd med avvikelse (se kommentar), – = utgår.")
    procs = [
        ("Process 1: Skolskjuts", [
            ("Beslut om skolskjuts fattas enligt gällande riktlinjer och delegationsordning", "Skolskjutssamordnare",
             "◐", "●", "Genomgång av 30 beslut, samtliga enligt riktlinjer.", "GENOMFORD", "nej"),
            ("Fakturor från skolskjutsentreprenör stäms av mot avtal och körlistor", "Controller",
             "●", "▲", "Avvikelse i två fakturor (felaktigt kilometerpris), kreditering begärd.", "GENOMFORD", "ja"),
        ]),
        ("Process 2: Elevhälsa och dokumentation", [
            ("Loggkontroll i elevhälsans journalsystem (PMO)", "Verksamhetschef elevhälsa",
             "○", "◐", "Loggar för vårterminen kontrollerade, inga obehöriga uppslag. Höstterminen återstår.",
             "DELVIS", "nej"),
            ("Anmälan om kränkande behandling hanteras och utreds inom fastställd tid", "Rektorer",
             "●", "", "", "GENOMFORD", "nej"),
        ]),
        ("Process 3: Ekonomi", [
            ("Kontroll av att interkommunala ersättningar faktureras och betalas korrekt", "Ekonom",
             "○", "○", "Skjuts till hösten på grund av byte av handläggare.", "EJ_GENOMFORD", ""),
            ("Inventering av IT-utrustning (elevdatorer) mot tillgångsregister", "IT-samordnare",
             "–", "–", "Utgår 2025, ersätts av ny leasingmodell.", "UTGAR", ""),
            ("Attest av fakturor inom förskoleverksamheten sker enligt attestordning", "Förskolechefer",
             "", "●", "Stickprov 20 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Process 4: Personal", [
            ("Kontroll av utdrag ur belastningsregistret vid nyanställning", "HR-konsult",
             "●", "◐", "Vårens anställningar kontrollerade utan anmärkning. Sommarvikarier kontrolleras i september.",
             "DELVIS", "nej"),
            ("Lärares legitimation och behörighet kontrolleras i Skolverkets register", "HR-konsult",
             "", "", "", "SAKNAS", ""),
        ]),
    ]
    for title, items in procs:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1 + len(items), cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Ansvarig", "T1", "Delår", "Kommentar"]):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0])
        for j, (km, ans, t1, dl, kom, exp, av) in enumerate(items, start=1):
            c = t.rows[j].cells
            c[0].text = km; c[1].text = ans; c[2].text = t1; c[3].text = dl; c[4].text = kom
            EXPECTED.append((fil, N, km, exp, av))
        d.add_paragraph("")
    d.add_paragraph("Sammanställt av Jonas Berglund, controller, 2025-09-10.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 3. SN (text only)
def file_sn():
    fil = "Socialnämnden_delår2025_internkontroll.docx"
    N = "Socialnämnden"
    d = new_doc()
    d.add_heading("Socialnämnden – delårsuppföljning av internkontrollplan 2025", level=0)
    d.add_paragraph("Dnr SN 2025/14 · Tjänsteskrivelse 2025-09-12")
    d.add_heading("Sammanfattning", level=1)
    d.add_paragraph("Socialnämndens internkontrollplan för 2025 omfattar åtta kontrollmoment. Vid delåret är tre "
                    "genomförda, två pågår, ett har inte genomförts och ett har utgått ur planen. Ett kontrollmoment "
                    "redovisas i separat bilaga.")
    d.add_heading("Uppföljning per kontrollmoment", level=1)
    items = [
        ("1. Ekonomiskt bistånd – beslut",
         "Beslut om ekonomiskt bistånd är fattade enligt delegationsordningen och dokumenterade i verksamhetssystemet.",
         "Stickprov i 25 akter.",
         "I 2 av 25 akter saknades delegatens underskrift. Påminnelse har gått ut till samtliga handläggare.",
         "Genomförd", "GENOMFORD", "ja"),
        ("2. Ekonomiskt bistånd – utbetalning",
         "Utbetalningar av ekonomiskt bistånd går till rätt mottagare (kontroll mot folkbokföring).",
         "Samkörning av utbetalningsfil mot folkbokföringen för mars och juni.",
         "Inga felaktiga utbetalningar upptäcktes.",
         "Genomförd", "GENOMFORD", "nej"),
        ("3. Orosanmälningar",
         "Orosanmälningar förhandsbedöms inom 14 dagar.",
         "Uttag ur verksamhetssystemet.",
         "Kontrollen är gjord för januari–april. 91 % av förhandsbedömningarna gjordes inom 14 dagar, "
         "övriga inom 21 dagar. Maj–augusti kontrolleras under hösten.",
         "Delvis genomförd", "DELVIS", "ja"),
        ("4. Loggkontroll",
         "Loggkontroll i verksamhetssystemet Treserva.",
         "Slumpvis urval av 20 användare per kvartal.",
         "Kontrollen har inte genomförts under perioden på grund av systembyte. Den genomförs under hösten.",
         None, "EJ_GENOMFORD", ""),
        ("5. Avgifter hemtjänst",
         "Avgifter inom hemtjänsten debiteras enligt beslutad taxa.",
         "Stickprov 30 kunder.",
         "Redovisas i bilaga 2.",
         None, "OKLAR", ""),
        ("6. Läkemedelshantering",
         "Läkemedelshantering i särskilt boende följer rutin.",
         "Egenkontroll enligt checklista, MAS.",
         "Egenkontroll genomförd på två av fyra boenden. Brister i signeringslistor på Björkgården, "
         "handlingsplan upprättad.",
         "Pågår", "DELVIS", "ja"),
        ("7. Avtal med externa utförare",
         "Uppföljning av avtal med externa utförare (HVB och familjehem).",
         "Avtalsuppföljning enligt mall.",
         "Kontrollmomentet har lyfts ur planen genom beslut i SN 2025-05-20 § 67 eftersom upphandlingen avbrutits.",
         "Utgår", "UTGAR", ""),
        ("8. Hot och våld",
         "Handlingsplan mot hot och våld gås igenom på APT i samtliga verksamheter.",
         "Enkät till enhetschefer.",
         "Samtliga enheter har gått igenom handlingsplanen på APT under våren.",
         "Genomförd", "GENOMFORD", "nej"),
    ]
    for head, km, metod, res, status, exp, av in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        p = d.add_paragraph(); p.add_run("Metod: ").bold = True; p.add_run(metod)
        p = d.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
        if status is not None:
            p = d.add_paragraph(); p.add_run("Status: ").bold = True; p.add_run(status)
        EXPECTED.append((fil, N, km, exp, av))
    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("Socialnämnden godkänner delårsuppföljningen av internkontrollplan 2025.")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 4. SBN (odt)
def file_sbn():
    fil = "SBN_IK_uppfoljning_2025-08.odt"
    N = "Samhällsbyggnadsnämnden"
    d = new_doc(landscape=True)
    d.add_paragraph("SAMHÄLLSBYGGNADSNÄMNDEN").runs[0].bold = True
    d.add_heading("Internkontroll 2025 – uppföljning per 31 augusti", level=1)
    d.add_paragraph("Utfört: Ja / Delvis / Nej. Avvikelse: Ja = fel eller brist har konstaterats.")
    rows = [
        ("1", "Felaktiga utbetalningar", "9", "Attestering av fakturor inom VA-verksamheten", "Stickprov, kvartalsvis",
         "Ja", "Nej", "Stickprov på 30 fakturor.", "GENOMFORD", "nej"),
        ("2", "Kostnadsöverskridanden", "12", "Uppföljning av investeringsprojekt mot budget och tidplan",
         "Projektrapporter, tertialvis", "Delvis", "Nej", "Två av fem projekt följda, resterande i oktober.",
         "DELVIS", "nej"),
        ("3", "Byggnation utan lov", "8", "Kontroll av att bygglov för kommunala fastigheter finns innan byggstart",
         "Genomgång av projektlista", "Ja", "Ja", "Ett projekt (förråd Bjurfors) påbörjades innan lov beviljats.",
         "GENOMFORD", "ja"),
        ("4", "Otjänligt dricksvatten", "16", "Egenkontroll av dricksvattenprover enligt kontrollprogram",
         "Provtagningsprotokoll, månadsvis", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("5", "Felaktiga utbetalningar", "6", "Snöröjningsentreprenörers fakturor stäms av mot körjournaler",
         "Stickprov, vintersäsong", "Nej", "", "Vintersäsongen har inte stämts av, görs till helår.",
         "EJ_GENOMFORD", ""),
        ("6", "Bristande avtalshantering", "6", "Hyresavtal för externt inhyrda lokaler är registrerade i avtalsdatabasen",
         "Avstämning mot hyresreskontra", "", "", "", "SAKNAS", ""),
        ("7", "Arbetsmiljö", "9", "Skyddsronder genomförs på kommunens arbetsplatser inom gata/park",
         "Protokoll skyddsrond", "Utgår", "", "Utgår – ansvaret överfört till Vindeln-Syd Bostäder AB från 2025-03-01.",
         "UTGAR", ""),
        ("8", "Bristande rättssäkerhet", "4", "Delegationsbeslut inom plan- och byggområdet anmäls till nämnden",
         "Avstämning mot diariet", "Ja", "Nej", "Samtliga beslut januari–juni anmälda.", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1 + len(rows), cols=8)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Risk", "Risk-värde", "Kontrollmoment", "Metod/frekvens", "Utfört", "Avvikelse",
                           "Kommentar"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0])
    for j, r in enumerate(rows, start=1):
        for i in range(8):
            t.rows[j].cells[i].text = r[i]
        EXPECTED.append((fil, N, r[3], r[8], r[9]))
    d.add_paragraph("")
    d.add_paragraph("Godkänd av samhällsbyggnadsnämnden 2025-09-17 § 88.")
    src = os.path.join(TMP, "SBN_IK_uppfoljning_2025-08.docx")
    d.save(src)
    lo_convert(src, "odt", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 5. KFN (ods, colour only)
def file_kfn():
    fil = "KFN delår 2025.ods"
    N = "Kultur- och fritidsnämnden"
    G = PatternFill("solid", fgColor="00B050"); Y = PatternFill("solid", fgColor="FFFF00")
    R = PatternFill("solid", fgColor="FF0000"); GR = PatternFill("solid", fgColor="A6A6A6")
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IKP 2025"
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kultur- och fritidsnämnden"
    ws["A3"] = "Period: Delår (januari–augusti)"
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Bedömning", "Kommentar delår"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True)
    rows = [
        ("Föreningsbidrag", "Utbetalda föreningsbidrag har beslutats enligt bidragsreglerna", "Stickprov 15 beslut",
         "Fritidschef", G, "Granskat 15 beslut, samtliga korrekta.", "GENOMFORD", "nej"),
        (None, "Redovisning av aktivitetsstöd kontrolleras mot närvarolistor", "Stickprov föreningar",
         "Föreningskonsulent", Y, "Hälften av föreningarna kontrollerade. En förening hade redovisat för många "
         "deltagartillfällen, återkrav skickat.", "DELVIS", "ja"),
        ("Kassahantering", "Dagskassor i simhallen och på biblioteket stäms av mot kassarapport",
         "Månadsvis avstämning", "Enhetschefer", G, "Avstämt varje månad. Kassadifferens på 120 kr i april, utredd.",
         "GENOMFORD", "ja"),
        (None, "Försäljning via kortterminal redovisas korrekt i ekonomisystemet", "Avstämning mot inlösenrapport",
         "Ekonom", R, "Ej genomförd p.g.a. byte av kassasystem.", "EJ_GENOMFORD", ""),
        ("Lokaler och säkerhet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga anläggningar",
         "Genomgång av SBA-pärmar", "Fastighetsansvarig", G, "Kontrollerat vid tillsynsrond i maj, dokumentation finns.",
         "GENOMFORD", "nej"),
        (None, "Uthyrning av lokaler faktureras enligt taxa", "Stickprov bokningar", "Administratör", GR,
         "Uthyrningen har flyttats till kommunstyrelsens bokningsenhet.", "UTGAR", ""),
        (None, "Inventarieförteckning för fritidsgårdarna är uppdaterad", "Inventering", "Fritidsgårdsledare",
         None, "", "SAKNAS", ""),
        (None, "Avtal med föreningar om drift av anläggningar följs upp", "Avtalsuppföljning", "Fritidschef", Y,
         "Två av sex avtal uppföljda.", "DELVIS", ""),
    ]
    r = 6
    for omr, km, met, ans, fill, kom, exp, av in rows:
        ws.cell(row=r, column=1, value=omr); ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=met); ws.cell(row=r, column=4, value=ans)
        if fill is not None:
            ws.cell(row=r, column=5).fill = fill
        ws.cell(row=r, column=6, value=kom or None)
        for col in (2, 6):
            ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
        EXPECTED.append((fil, N, km, exp, av))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring bedömning:").font = Font(bold=True)
    for fill, txt in [(G, "Genomförd"), (Y, "Pågår / delvis genomförd"), (R, "Ej genomförd / ej påbörjad"),
                      (GR, "Utgår")]:
        r += 1
        ws.cell(row=r, column=1).fill = fill
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Uppdaterad 2025-09-05 / LH")
    for col, w in zip("ABCDEF", [20, 55, 28, 20, 12, 60]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "KFN delår 2025.xlsx")
    wb.save(src)
    lo_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 6. MBN + ÖFN (xlsx export)
def file_export():
    fil = "Stratsys_export_IK_MBN_ÖFN_2025.xlsx"
    MBN = "Miljö- och byggnämnden"; OFN = "Överförmyndarnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Kontrollmoment"
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    ws["A1"] = "Rapport: Internkontroll – uppföljning av kontrollmoment"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Utskriven 2025-09-08 14:32 av Karin Nyström"
    ws["A3"] = "Filter: År = 2025; Organisation = Miljö- och byggnämnden, Överförmyndarnämnden"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status T1", "Kommentar T1",
           "Status Delår", "Kommentar Delår", "Status T3", "Kommentar T3"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True)
    rows = [
        (MBN, "Myndighetsutövning", "Tillsynsavgifter debiteras enligt taxa", "Miljöchef", "Tertial",
         "Pågående", "Stickprov påbörjat.", "Avslutad", "Stickprov 20 ärenden, inga fel.", "GENOMFORD", "nej"),
        (MBN, "Myndighetsutövning", "Handläggningstid för bygglov understiger tio veckor", "Bygglovschef", "Tertial",
         "Avslutad", "1 ärende över tid.", "Avslutad", "3 av 48 ärenden överskred tio veckor, avgiften reducerades.",
         "GENOMFORD", "ja"),
        (MBN, "Myndighetsutövning", "Jäv – handläggare intygar att jäv inte föreligger i tilldelade ärenden",
         "Förvaltningschef", "Halvår", "Pågående", "Intyg insamlade från miljöenheten.", "", "", "DELVIS", ""),
        (MBN, "Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Månad",
         "Avslutad", "", "Avslutad", "Inga avvikelser.", "GENOMFORD", "nej"),
        (MBN, "Livsmedelskontroll", "Kontroll av att inkomna livsmedelsregistreringar handläggs inom två veckor",
         "Miljöchef", "Halvår", "Ej påbörjad", "", "Ej påbörjad", "Resursbrist, flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        (MBN, "Nämndadministration", "Arkivering av avslutade ärenden i e-arkiv", "Arkivansvarig", "År",
         "Ej påbörjad", "", "Utgår", "Avbruten genom beslut MBN 2025-06-11 § 45.", "UTGAR", ""),
        (OFN, "Tillsyn", "Granskning av årsräkningar sker inom fastställd tid", "Handläggare", "År",
         "Pågående", "", "Avslutad", "95 % granskade före 31 augusti; fyra årsräkningar fick anmärkning.",
         "GENOMFORD", "ja"),
        (OFN, "Tillsyn", "Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret",
         "Handläggare", "Tertial", "Avslutad", "Inga avvikelser.", "Avslutad", "Inga avvikelser.", "GENOMFORD", "nej"),
        (OFN, "Ekonomi", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Enhetschef",
         "Halvår", "", "", "Pågående", "Stickprov påbörjat.", "DELVIS", ""),
        (OFN, "Tillsyn", "Överförmyndarspärr på bankkonton registreras", "Handläggare", "Halvår",
         "", "", "", "Se separat rapport till nämnden 2025-09-24.", "OKLAR", ""),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:9], start=1):
            ws.cell(row=r, column=i, value=v if v != "" else None)
        EXPECTED.append((fil, row[0], row[2], row[9], row[10]))
        r += 1
    ws.cell(row=r + 1, column=1, value="Antal rader: %d" % len(rows))
    for col, w in zip("ABCDEFGHIJK", [26, 20, 55, 18, 10, 12, 30, 12, 45, 10, 20]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = "A5:K%d" % (r - 1)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "DELAR"))

# ---------------------------------------------------------------- 7. Bostadsbolag (.doc, table per control)
def file_bolag():
    fil = "Vindeln-Syd Bostäder AB - intern kontroll delår 2025.doc"
    N = "Vindeln-Syd Bostäder AB"
    d = new_doc()
    d.add_paragraph("Vindeln-Syd Bostäder AB").runs[0].bold = True
    d.add_heading("Rapport intern kontroll – delårsbokslut 2025-08-31", level=1)
    d.add_paragraph("Till styrelsen. Rapporten redovisar bolagets internkontrollplan 2025 per kontrollmoment.")
    items = [
        ("Hyresadministration", "Hyresdebitering stäms av mot hyresavtal vid in- och utflyttning", "Ekonomiassistent",
         "Stickprov 20 flyttar jan–jun", "Två felaktiga debiteringar hittades och rättades i juni.", "Genomförd",
         "GENOMFORD", "ja"),
        ("Underhåll", "Upphandlade ramavtal för underhåll används vid beställning", "Förvaltningschef",
         "Genomgång av beställningar per kvartal", "Kontroll gjord för kvartal 1, kvartal 2 återstår.",
         "Delvis genomförd", "DELVIS", ""),
        ("Kundfordringar", "Hyresfordringar äldre än 60 dagar följs upp och lämnas till inkasso", "Ekonomichef",
         "Åldersanalys kundreskontra", "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("Säkerhet", "Nyckel- och tagghantering – förlorade taggar spärras samma dag", "Fastighetsskötare",
         "Logg i låssystem", "Nytt låssystem installeras hösten 2025, kontrollen görs därefter.", "Ej genomförd",
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Stickprov 30 fakturor",
         "Tre fakturor attesterades av fel person under semesterperioden.", "Genomförd med anmärkning",
         "GENOMFORD", "ja"),
        ("Styrning", "Rapportering till kommunstyrelsen enligt ägardirektivet sker enligt tidplan", "VD",
         "Avstämning mot ägardirektivets tidplan", "", "–", "SAKNAS", ""),
    ]
    for n, (omr, km, ans, gen, res, st, exp, av) in enumerate(items, start=1):
        d.add_heading("Kontroll %d" % n, level=3)
        t = d.add_table(rows=6, cols=2); t.style = "Table Grid"
        for i, (k, v) in enumerate([("Kontrollområde", omr), ("Kontrollmoment", km), ("Ansvarig", ans),
                                    ("Genomförande", gen), ("Resultat/iakttagelser", res), ("Status delår", st)]):
            t.rows[i].cells[0].text = k; t.rows[i].cells[1].text = v
            t.rows[i].cells[0].paragraphs[0].runs[0].bold = True
            t.rows[i].cells[0].width = Cm(4.5); t.rows[i].cells[1].width = Cm(12)
        d.add_paragraph("")
        EXPECTED.append((fil, N, km, exp, av))
    d.add_paragraph("Vindeln 2025-09-15\nPer Sundqvist, VD")
    src = os.path.join(TMP, "Vindeln-Syd Bostäder AB - intern kontroll delår 2025.docx")
    d.save(src)
    lo_convert(src, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 8. Reject: covering letter
def file_reject():
    fil = "Följebrev delårsuppföljning intern kontroll 2025.docx"
    d = new_doc()
    d.add_paragraph("Vindeln-Syd kommun\nEkonomienheten\n2025-09-16")
    d.add_paragraph("Till: Kommunstyrelsen")
    d.add_heading("Följebrev – nämndernas uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph("Härmed översänds nämndernas och bolagets uppföljningar av internkontrollplanerna för perioden "
                    "januari–augusti 2025. Uppföljningarna bifogas i sin helhet. Ekonomienheten har inte granskat "
                    "innehållet i sak utan endast sammanställt vilka underlag som har kommit in.")
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["Nämnd/bolag", "Underlag inkommet", "Antal kontrollmoment"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0])
    for row in [("Kommunstyrelsen", "2025-09-23", "9"), ("Barn- och utbildningsnämnden", "2025-09-10", "9"),
                ("Socialnämnden", "2025-09-12", "8"), ("Samhällsbyggnadsnämnden", "2025-09-17", "8"),
                ("Kultur- och fritidsnämnden", "2025-09-05", "8"), ("Miljö- och byggnämnden", "2025-09-08", "6"),
                ("Överförmyndarnämnden", "2025-09-08", "4"), ("Vindeln-Syd Bostäder AB", "2025-09-15", "6"),
                ("Valnämnden", "Ingen plan 2025", "–")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Frågor besvaras av undertecknad.\n\nLena Åström\nEkonomichef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- registers
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Vindeln-Syd Bostäder AB", "VSB|Bostadsbolaget|Vindeln-Syd Bostäder"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)

def main():
    fresh_tmp()
    file_ks(); file_bun(); file_sn(); file_sbn(); file_kfn(); file_export(); file_bolag(); file_reject()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    shutil.rmtree(TMP)

if __name__ == "__main__":
    main()
