#!/usr/bin/python3
# Blind round 260 - Gnarpsviks kommun - theme: pseudo-tables without real table structure
import os, csv, shutil, subprocess, textwrap, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 9, 0, 0)
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def p(path):
    return os.path.join(OUT, path)

def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(2)
    return s

def tabpara(doc, text, stops, bold=False, size=10, font=None):
    para = doc.add_paragraph()
    for st in stops:
        para.paragraph_format.tab_stops.add_tab_stop(Cm(st))
    para.paragraph_format.space_after = Pt(2)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = para.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)
        if font:
            r.font.name = font
        if i < len(parts) - 1:
            r.add_break()
    return para

def fixdoc(doc):
    cp = doc.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.author = "Gnarpsviks kommun"; cp.last_modified_by = "Gnarpsviks kommun"
    cp.revision = 1

# ---------------------------------------------------------------- 1. SN delår, tab paragraphs
def f1():
    fil = "SN Uppföljning IKP delår 2025.docx"
    N = "Socialnämnden"
    doc = Document(); landscape(doc)
    doc.add_heading("Socialnämnden", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti")
    doc.add_paragraph("Uppföljningen avser perioden januari–augusti 2025. Kontrollerna har genomförts av "
                      "respektive ansvarig och sammanställts av förvaltningens kvalitetsstrateg.")
    stops = [1.0, 10.0, 14.0, 17.5]
    tabpara(doc, "Nr\tKontrollmoment\tAnsvarig\tStatus\tKommentar", stops, bold=True)
    rows = [
        ("H", "Myndighetsutövning"),
        ("1", "Kontroll av att beslut om bistånd enligt SoL fattas enligt delegationsordningen", "Enhetschef IFO", "Genomförd",
         "Stickprov 20 beslut, samtliga fattade av rätt delegat.", "GENOMFORD", "nej"),
        ("2", "Uppföljning av utbetalningar av ekonomiskt bistånd mot underlag", "Controller", "Genomförd med avvikelse",
         "2 av 25 utbetalningar saknade komplett underlag. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("3", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Enhetschef barn och unga", "Pågår",
         "Stickprov för jan–apr klart, maj–aug granskas i september.", "DELVIS", "nej"),
        ("C", "Hittills inga överskridanden av 14-dagarsgränsen."),
        ("4", "Loggkontroll i verksamhetssystemet Procapita", "Systemförvaltare", "Ej påbörjad",
         "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("H", "Vård och omsorg"),
        ("5", "Kontroll av att genomförandeplaner upprättas inom hemtjänsten", "Enhetschef hemtjänst", "Delvis genomförd",
         "Genomförandeplan finns för 82 % av brukarna; målet är 100 %.", "DELVIS", "ja"),
        ("6", "Avstämning av brukarmedel och kontanthantering på särskilda boenden", "Enhetschef SÄBO", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("7", "Kontroll av att läkemedelsförråd inventeras enligt rutin", "MAS", "", "", "SAKNAS", ""),
        ("8", "Kontroll av att SIP upprättas vid utskrivning från slutenvård", "Enhetschef hemsjukvård", "Se bilaga", "", "OKLAR", ""),
        ("H", "Ekonomi och administration"),
        ("9", "Uppföljning av avtalstrohet vid inköp av förbrukningsmaterial", "Verksamhetscontroller", "Utgår",
         "Utgår enligt beslut SN 2025-04-23 § 41, ingår i kommungemensam kontroll.", "UTGAR", ""),
        ("10", "Rapportering av ej verkställda beslut till IVO", "Nämndsekreterare", "",
         "Rapportering har skett för kvartal 1 och 2 inom föreskriven tid.", "GENOMFORD", "nej"),
    ]
    for r in rows:
        if r[0] == "H":
            tabpara(doc, r[1], stops, bold=True)
        elif r[0] == "C":
            tabpara(doc, "\t\t\t\t" + r[1], stops)
        else:
            tabpara(doc, "\t".join(r[:5]), stops)
            EXP.append((fil, N, r[1], r[5], r[6]))
    doc.add_paragraph()
    doc.add_paragraph("Gnarpsvik 2025-09-10")
    doc.add_paragraph("Anna Berglund, socialchef")
    fixdoc(doc); doc.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 2. fixed-width txt export, BUN + ÖFN, T2
def f2():
    fil = "ekoik_export_T2_2025.txt"
    W_ID, W_KM, W_ANS, W_S, W_KOM = 7, 46, 16, 4, 44
    def block(id_, km, ans, t1, t2, t3, kom):
        a = textwrap.wrap(km, W_KM - 2) or [""]
        c = textwrap.wrap(kom, W_KOM) or [""]
        n = max(len(a), len(c))
        out = []
        for i in range(n):
            line = ((id_ if i == 0 else "").ljust(W_ID) + (a[i] if i < len(a) else "").ljust(W_KM) +
                    (ans if i == 0 else "").ljust(W_ANS) +
                    ((t1 if i == 0 else "").ljust(W_S)) + ((t2 if i == 0 else "").ljust(W_S)) + ((t3 if i == 0 else "").ljust(W_S)) +
                    (c[i] if i < len(c) else ""))
            out.append(line.rstrip())
        return out
    hdr = ("ID".ljust(W_ID) + "KONTROLLMOMENT".ljust(W_KM) + "ANSVARIG".ljust(W_ANS) + "T1".ljust(W_S) + "T2".ljust(W_S) +
           "T3".ljust(W_S) + "KOMMENTAR")
    sep = "-" * (W_ID + W_KM + W_ANS + 3 * W_S + W_KOM)
    L = []
    L.append("EKO-IK 4.2   INTERNKONTROLL - UPPFÖLJNING PER KONTROLLMOMENT            UTSKRIFT 2025-09-12 08:14")
    L.append("GNARPSVIKS KOMMUN                                                      SIDA    1")
    L.append("URVAL: ÅR=2025  PERIOD=T2 (JAN-AUG)  NÄMND=300,700  STATUS=ALLA")
    L.append("")
    units = [
        ("300  BARN- OCH UTBILDNINGSNÄMNDEN", "Barn- och utbildningsnämnden", [
            ("3001", "Kontroll av att skolskjutsbeslut fattas enligt gällande riktlinjer", "Skolskjutsadm", "G", "G", "",
             "20 beslut granskade, inga avvikelser.", "GENOMFORD", "nej"),
            ("3002", "Uppföljning av elevfrånvaro och att rutin för anmälan av upprepad frånvaro till huvudman följs",
             "Rektor", "P", "P", "", "Rutinen följs på 7 av 9 skolor. Återkoppling till rektorer vid rektorsmöte i sept.",
             "DELVIS", "ja"),
            ("3003", "Kontroll av legitimation och behörighet vid nyanställning av lärare", "HR-konsult", "-", "A", "",
             "Stickprov 15 anställningar, 2 saknade legitimation i aktuellt ämne. Anmält till HR.", "GENOMFORD", "ja"),
            ("3004", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "G", "", "", "", "GENOMFORD", ""),
            ("3005", "Kontroll av att kränkande behandling anmäls till huvudman och utreds", "Verks.chef", "P", "G", "",
             "Samtliga 34 anmälningar under perioden är utredda och avslutade.", "GENOMFORD", "nej"),
            ("3006", "Inventering av datorer och surfplattor utlånade till elever", "IT-samordnare", "E", "E", "",
             "Skjuts till hösten pga byte av inventariesystem.", "EJ_GENOMFORD", ""),
            ("3007", "Kontroll av barnomsorgsavgifter mot inkomstuppgifter", "Avgiftshandl.", "U", "U", "",
             "Utgår - kontrollen utförs centralt av KS.", "UTGAR", ""),
            ("3008", "Uppföljning av att det systematiska kvalitetsarbetet dokumenteras på enhetsnivå", "Utv.ledare", "-", "-", "",
             "", "SAKNAS", ""),
        ]),
        ("700  ÖVERFÖRMYNDARNÄMNDEN", "Överförmyndarnämnden", [
            ("7001", "Granskning av årsräkningar inom fastställd tid", "Handläggare", "P", "G", "",
             "Samtliga 214 årsräkningar granskade. Inga avvikelser från rutin.", "GENOMFORD", "nej"),
            ("7002", "Kontroll av att arvoden till ställföreträdare beräknas enligt riktlinjer", "Enhetschef", "-", "A", "",
             "3 felaktiga arvodesbeslut upptäckta och korrigerade.", "GENOMFORD", "ja"),
            ("7003", "Kontroll av att placeringar av huvudmäns medel följer föräldrabalkens regler", "Handläggare", "-", "P", "",
             "Genomgång av 30 akter påbörjad.", "DELVIS", ""),
            ("7004", "Uppföljning av handläggningstid för nya ärenden om godmanskap", "Enhetschef", "E", "E", "",
             "Ej påbörjad pga vakans.", "EJ_GENOMFORD", ""),
        ]),
    ]
    for head, N, rows in units:
        L.append("NÄMND: " + head)
        L.append(sep); L.append(hdr); L.append(sep)
        for r in rows:
            L.extend(block(*r[:7]))
            EXP.append((fil, N, r[1], r[7], r[8]))
        L.append(sep)
        L.append("ANTAL KONTROLLMOMENT: %d" % len(rows))
        L.append("")
        FILES.append((fil, "INLAST", N, "2025", "T2"))
    L.append("STATUSKODER: G=GENOMFÖRD  A=GENOMFÖRD MED AVVIKELSE  P=PÅGÅR  E=EJ PÅBÖRJAD  U=UTGÅR  -=EJ RAPPORTERAD")
    L.append("*** SLUT PÅ RAPPORT ***")
    with open(p(fil), "w", encoding="cp1252", newline="\r\n") as fh:
        fh.write("\n".join(L) + "\n")

# ---------------------------------------------------------------- 3. KS helår, PDF->Word conversion
def f3():
    fil = "KS_uppfoljning_internkontroll_helar_2025_konverterad.docx"
    N = "Kommunstyrelsen"
    doc = Document(); landscape(doc)
    stops = [0.8, 4.5, 11.0, 15.0, 18.5]
    def pagehead(n):
        tabpara(doc, "GNARPSVIKS KOMMUN\t\t\t\t\tSida %d av 2" % n, stops, size=8)
        tabpara(doc, "Kommunledningsförvaltningen\t\t\t\t\t2026-01-28", stops, size=8)
    colhdr = "Nr\tProcess\tKontrollmoment\tKontrollmetod\tStatus\tResultat/kommentar"
    pagehead(1)
    tabpara(doc, "Uppföljning av internkontrollplan 2025 – helår", stops, bold=True, size=14)
    tabpara(doc, "Kommunstyrelsen    Dnr KS 2025/0087", stops, size=10)
    tabpara(doc, "", stops)
    tabpara(doc, colhdr, stops, bold=True)
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial", "Genomförd",
         "Samtliga granskade fakturor attesterade av behörig attestant.", "GENOMFORD", "nej"),
        ("2", "", "Kontroll av representation och förtroendekänsliga poster", "Stickprov 20 verifikat", "Genomförd med anmärkning",
         "4 verifikat saknade deltagarförteckning.\nInformation till samtliga chefer i november.", "GENOMFORD", "ja"),
        ("3", "", "Avstämning av kundreskontra och hantering av osäkra fordringar", "Månadsavstämning", "Genomförd", "",
         "GENOMFORD", ""),
        ("4", "Upphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Genomgång av samtliga", "Delvis genomförd",
         "Dokumentation saknades i 3 av 11 fall.", "DELVIS", "ja"),
        ("5", "Personal", "Kontroll av att lönetillägg och engångsbelopp beslutas av behörig chef", "Stickprov 25 lönearter",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("6", "", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Rapport ur HR-systemet", "Ej genomförd",
         "Kontrollen har inte genomförts på grund av byte av HR-system.\nFlyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        "PAGE",
        ("7", "IT och informations-\nsäkerhet", "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning",
         "Avstämning mot personalregister", "Genomförd",
         "7 konton för avslutade anställningar var aktiva och stängdes i samband med kontrollen.", "GENOMFORD", "ja"),
        ("8", "", "Test av återläsning av säkerhetskopior", "Test", "Pågår",
         "Test av två system klart, resterande system testas i januari 2026.", "DELVIS", ""),
        ("9", "Administration", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Genomgång av delegationslistor",
         "Genomförd", "Alla beslut har anmälts.", "GENOMFORD", "nej"),
        ("10", "", "Diarieföring av inkommande handlingar inom två arbetsdagar", "Stickprov", "Utgår",
         "Utgick genom beslut KS 2025-06-11 § 112.", "UTGAR", ""),
        ("11", "Säkerhet", "Uppdatering och övning av krisledningsplan", "", "Avbruten",
         "Avbruten genom beslut i KS, ersätts av regional plan.", "UTGAR", ""),
    ]
    for r in rows:
        if r == "PAGE":
            tabpara(doc, "\t\t\t\t\tSida 1 av 2", stops, size=8)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            pagehead(2)
            tabpara(doc, colhdr, stops, bold=True)
            continue
        tabpara(doc, "\t".join(r[:6]), stops, size=9)
        EXP.append((fil, N, r[2], r[6], r[7]))
    tabpara(doc, "", stops)
    tabpara(doc, "Sammanfattande bedömning: Kommunstyrelsens interna kontroll bedöms som tillräcklig med förbättringsområden "
                 "inom upphandling och behörighetshantering.", stops, size=10)
    tabpara(doc, "\t\t\t\t\tSida 2 av 2", stops, size=8)
    fixdoc(doc); doc.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4. SBN delår, xlsx with whole rows pasted in column A
def f4():
    fil = "SBN_IK_delar_2025.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Blad1"
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "Lars Ek"
    ws["A1"] = "Samhällsbyggnadsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – delår (per 31 augusti)"
    ws["A4"] = "Nr\tKontrollmoment\tAnsvarig\tStatus delår\tKommentar"; ws["A4"].font = Font(bold=True)
    S4 = "    "
    rows = [
        ("\t", "1", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "Genomförd",
         "Samtliga 52 ärenden avgjorda inom tid.", "GENOMFORD", "nej"),
        ("\t", "2", "Kontroll av att avgifter för bygglov debiteras enligt taxa", "Controller", "Genomförd med avvikelse",
         "3 ärenden feldebiterade, rättade i juni.", "GENOMFORD", "ja"),
        ("\t", "3", "Uppföljning av att VA-anslutningsavgifter faktureras", "VA-chef", "Pågår",
         "Avstämning mot nya anslutningar pågår.", "DELVIS", ""),
        ("\t", "4", "Besiktning av lekplatser enligt SS-EN 1176", "Parkchef", "Genomförd",
         "Huvudbesiktning utförd i maj, 2 lekredskap avställda p.g.a. brister.", "GENOMFORD", "ja"),
        (S4, "5", "Kontroll av att entreprenader följer avtal (vinterväghållning)", "Gatuchef", "Ej påbörjad",
         "Görs under vintersäsongen nov–mar.", "EJ_GENOMFORD", ""),
        (S4, "6", "Uppföljning av fordonsflottans körjournaler", "Fordonssamordnare", "Utgår",
         "Ej aktuellt – elektroniska körjournaler införs.", "UTGAR", ""),
        ("\t", "7", "Kontroll av att hyresavtal för kommunens lokaler är uppdaterade", "Fastighetschef", "Delvis",
         "Genomgång klar för 40 av 65 avtal.", "DELVIS", ""),
        ("\t", "8", "Kontroll av behörigheter i fastighetssystemet", "Systemförvaltare", "", "", "SAKNAS", ""),
    ]
    rr = 5
    for r in rows:
        ws.cell(row=rr, column=1, value=r[0].join(r[1:6]))
        EXP.append((fil, N, r[2], r[6], r[7]))
        rr += 1
    ws.cell(row=rr + 1, column=1, value="Statusförklaring: Genomförd / Delvis / Pågår / Ej påbörjad / Utgår")
    ws.cell(row=rr + 2, column=1, value="Uppgiftslämnare: Lars Ek, planeringsstrateg, 2025-09-08")
    ws.column_dimensions["A"].width = 160
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 5. KFN T2, header as table, rows as tab paragraphs
def f5():
    fil = "KFF uppföljning tertial 2.docx"
    N = "Kultur- och fritidsnämnden"
    doc = Document(); s = landscape(doc)
    s.header.paragraphs[0].text = "Kultur- och fritidsförvaltningen\tUppföljning intern kontroll\t2025-09-05"
    doc.add_paragraph("Uppföljning intern kontroll – tertial 2, 2025").runs[0].bold = True
    doc.add_paragraph("Nedan redovisas status för kontrollmomenten i internkontrollplanen per 31 augusti 2025.")
    widths = [1.0, 8.5, 5.0, 2.0, 9.2]
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Kontrollmetod", "Status", "Kommentar"]):
        c = t.rows[0].cells[i]; c.width = Cm(widths[i]); c.text = h; c.paragraphs[0].runs[0].bold = True
    stops, acc = [], 0
    for w in widths[:-1]:
        acc += w; stops.append(acc + 0.1)
    rows = [
        ("1", "Kontroll av att föreningsbidrag betalas ut enligt beslut och riktlinjer", "Stickprov 15 utbetalningar", "G",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Kontroll av kassahantering i simhallen och på huvudbiblioteket", "Oanmäld kassainventering", "G",
         "Kassadifferens 340 kr i simhallen, utredd med ansvarig.", "GENOMFORD", "ja"),
        ("3", "Uppföljning av att lokaluthyrning debiteras", "Avstämning mot bokningssystemet", "D",
         "Januari–april avstämt.", "DELVIS", ""),
        ("4", "Inventering av kommunens konstsamling", "Fysisk inventering", "E", "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("5", "Kontroll av att avtal med studieförbund följs", "Dokumentgranskning", "U", "", "UTGAR", ""),
        ("6", "Kontroll av att personal i barn- och ungdomsverksamhet har visat aktuellt registerutdrag", "Stickprov", "G / D",
         "", "OKLAR", ""),
        ("7", "Kontroll av att passerkort till fritidsgårdar spärras när anställning avslutas", "Avstämning mot personalregister", "",
         "Kontrollen genomförd i juni, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    for r in rows:
        tabpara(doc, "\t".join(r[:5]), stops, size=10)
        EXP.append((fil, N, r[1], r[5], r[6]))
    doc.add_paragraph()
    doc.add_paragraph("Statuskoder: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår")
    doc.add_paragraph("Sofia Lind, förvaltningschef")
    fixdoc(doc); doc.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 6. MHN helår, normal easy table
def f6():
    fil = "MHN internkontroll 2025 helår.xlsx"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "Miljöförvaltningen"
    ws["A1"] = "Miljö- och hälsoskyddsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – helår"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår", "Status helår", "Kommentar helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    rows = [
        ("Tillsyn", "Kontroll av att tillsynsplanen för livsmedelskontroll följs", "Jämförelse plan/utfall", "Miljöchef",
         "Pågår", "Genomförd", "Samtliga planerade kontroller utförda.", "GENOMFORD", "nej"),
        ("Tillsyn", "Kontroll av att timavgifter debiteras korrekt", "Stickprov 20 ärenden", "Miljöinspektör",
         "Genomförd", "Genomförd med avvikelse", "2 ärenden hade inte debiterats. Fakturerat i efterhand.", "GENOMFORD", "ja"),
        ("Ärendehantering", "Handläggningstid för ansökan om enskilt avlopp", "Uttag ur Ecos", "Enhetschef",
         "Ej påbörjad", "Delvis genomförd", "Mätning gjord för andra halvåret.", "DELVIS", ""),
        ("Ärendehantering", "Kontroll av att beslut expedieras korrekt", "Stickprov 15 beslut", "Nämndsekreterare",
         "Genomförd", None, None, "GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov", "Controller",
         "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Uppföljning av att årliga tillsynsavgifter faktureras", "Avstämning mot registret", "Administratör",
         "Pågår", "Ej genomförd", "Faktureringen försenad p.g.a. systembyte, sker i februari 2026.", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Loggkontroll i Ecos", None, "Systemförvaltare",
         "Utgår", "Utgår", "Ersätts av kommungemensam kontroll.", "UTGAR", ""),
        ("Arbetsmiljö", "Uppföljning av att skyddsronder genomförs", "Protokollgranskning", "Miljöchef",
         "Ej påbörjad", "Genomförd", None, "GENOMFORD", ""),
    ]
    for i, r in enumerate(rows, 1):
        vals = [i] + list(r[:7])
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=4 + i, column=j, value=v); c.alignment = Alignment(wrap_text=True, vertical="top")
        EXP.append((fil, N, r[1], r[7], r[8]))
    for col, w in zip("ABCDEFGH", [5, 18, 48, 24, 18, 14, 22, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7. RTF helår, .doc with space-aligned Courier text
def f7(tmpdir):
    fil = "RTF_arsuppfoljning_IK_2025.doc"
    N = "Räddningstjänstförbundet Gnarpsvik-Ådalen"
    doc = Document()
    s = doc.sections[0]; s.left_margin = s.right_margin = Cm(1.5)
    W1, W2 = 50, 14
    def line(t, bold=False):
        para = doc.add_paragraph(); para.paragraph_format.space_after = Pt(0)
        r = para.add_run(t); r.font.name = "Courier New"; r.font.size = Pt(8); r.bold = bold
    line("RÄDDNINGSTJÄNSTFÖRBUNDET GNARPSVIK-ÅDALEN", bold=True)
    line("Intern kontroll 2025 - årsuppföljning (helår)")
    line("Direktionen 2026-02-12, ärende 6")
    line("")
    line("Kontrollmoment".ljust(W1) + "Status".ljust(W2) + "Kommentar", bold=True)
    line("=" * (W1 + W2 + 40))
    rows = [
        ("Kontroll av att tillsyn enligt LSO utförs enligt tillsynsplanen", "Genomförd", "70 av 70 planerade tillsyner utförda.",
         "GENOMFORD", "nej"),
        ("Attest av fakturor enligt attestordning", "Genomförd", "Stickprov 20 st, 1 faktura attesterad av fel person.",
         "GENOMFORD", "ja"),
        ("Kontroll av att övningsplan för deltidsbrandmän följs", "Delvis", "Övningsnärvaro 78 %, målet är 90 %. Åtgärdsplan tas fram.",
         "DELVIS", "ja"),
        ("Kontroll av andningsskydd (årlig service)", "Genomförd", "", "GENOMFORD", ""),
        ("Uppföljning av fordonsbesiktningar", "Ej genomförd", "Ingen kontroll gjord under året.", "EJ_GENOMFORD", ""),
        ("Kontroll av debitering av onödiga automatlarm", "Utgår", "Utgår, taxan ändrad 2025.", "UTGAR", ""),
        ("Kontroll av sotningsentreprenörens protokoll", "", "", "SAKNAS", ""),
    ]
    for km, st, kom, es, ea in rows:
        a = textwrap.wrap(km, W1 - 3) or [""]
        c = textwrap.wrap(kom, 40) or [""]
        for i in range(max(len(a), len(c))):
            line(((a[i] if i < len(a) else "").ljust(W1) + (st if i == 0 else "").ljust(W2) +
                  (c[i] if i < len(c) else "")).rstrip())
        EXP.append((fil, N, km, es, ea))
    line("=" * (W1 + W2 + 40))
    line("")
    line("Upprättad av: Per Holm, förbundsdirektör")
    fixdoc(doc)
    src = os.path.join(tmpdir, "RTF_arsuppfoljning_IK_2025.docx")
    doc.save(src)
    convert(src, "doc", tmpdir)
    shutil.copy(os.path.join(tmpdir, fil), p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 8. reject: budget follow-up with tab columns
def f8():
    fil = "Budgetuppföljning delår 2025 SBN.docx"
    doc = Document()
    doc.add_heading("Samhällsbyggnadsnämnden – budgetuppföljning delår 2025", level=1)
    doc.add_paragraph("Driftredovisning per verksamhet, tkr, januari–augusti 2025.")
    stops = [6.0, 8.5, 11.0, 13.5]
    tabpara(doc, "Verksamhet\tBudget helår\tUtfall aug\tPrognos\tAvvikelse", stops, bold=True)
    for r in [("Nämnd och förvaltningsledning", "4 200", "2 710", "4 150", "50"),
              ("Bygglov och planering", "6 800", "4 980", "7 300", "-500"),
              ("Gator och vägar", "21 500", "13 120", "22 400", "-900"),
              ("Parker och lekplatser", "7 900", "5 400", "7 800", "100"),
              ("Fastighetsförvaltning", "-1 200", "-1 950", "-1 600", "400"),
              ("Summa", "39 200", "24 260", "40 050", "-850")]:
        tabpara(doc, "\t".join(r), stops)
    doc.add_paragraph("Underskottet beror främst på ökade kostnader för vinterväghållning under första kvartalet "
                      "och lägre bygglovsintäkter. Förvaltningen vidtar åtgärder för att minska prognostiserat underskott.")
    fixdoc(doc); doc.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

def convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round260",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def main():
    tmp = "/tmp/r260_build"
    shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
    f1(); f2(); f3(); f4(); f5(); f6(); f7(tmp); f8()
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddskontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Gnarpsviks Bostäder AB", "GBAB|Bostadsbolaget"),
        ("Räddningstjänstförbundet Gnarpsvik-Ådalen", "RTF|Räddningstjänsten|Räddningstjänsten Gnarpsvik-Ådalen"),
    ]
    def wcsv(name, header, rows):
        with open(p(name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=";", lineterminator="\n")
            w.writerow(header); w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], reg)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)
    shutil.rmtree(tmp, ignore_errors=True)

if __name__ == "__main__":
    main()
