#!/usr/bin/python3
# Blind round r404 - Alunda kommun, delårsuppföljning 2025 (mostly free text follow-ups)
import csv, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
LO = "-env:UserInstallation=file:///tmp/lo-round404"
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXP.append((fil, namnd, km, status, avv))

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def set_core(doc, author, title):
    doc.core_properties.author = author
    doc.core_properties.title = title
    doc.core_properties.comments = ""

# ---------------------------------------------------------------- 1. KS: Word, heading per control + Resultat:/Bedömning:
def file_ks():
    fil = "KS Uppföljning internkontrollplan delår 2025.docx"
    N = "Kommunstyrelsen"
    doc = Document()
    set_core(doc, "Anna Lindqvist", "Uppföljning internkontrollplan 2025")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "ALUNDA KOMMUN\tKommunledningsförvaltningen\tDnr KS 2024/612"
    sec.footer.paragraphs[0].text = "Alunda kommun, 744 21 Alunda  •  kommunen@alunda.se  •  0174-52 000"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti", 0)
    doc.add_paragraph("Kommunstyrelsen\nKommunledningsförvaltningen, 2025-09-05\nHandläggare: Anna Lindqvist, ekonomichef")
    doc.add_heading("Sammanfattning", 1)
    doc.add_paragraph(
        "Kommunstyrelsens internkontrollplan för 2025 antogs 2024-12-10 § 212 och omfattar nio kontrollmoment. "
        "Per den 31 augusti är fyra kontrollmoment genomförda och ett delvis genomfört. Två kontrollmoment har ännu "
        "inte genomförts och ett har utgått efter beslut. För kontrollen av informationssäkerhetsincidenter hänvisas "
        "till bilaga. Avvikelser har noterats inom attest och behörigheter; åtgärder redovisas under respektive avsnitt.")
    doc.add_heading("Uppföljning per kontrollmoment", 1)
    C = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomi", "Redovisningsansvarig",
         "Stickprov om 40 leverantörsfakturor från perioden januari–juni 2025. 38 fakturor var korrekt attesterade. "
         "Två fakturor (konsulttjänster) saknade beslutsattest och hade endast mottagningsattesterats.",
         "Kontrollen är genomförd. Avvikelse i två fall; berörda attestanter har informerats om attestordningen och "
         "fakturorna har attesterats i efterhand.", "GENOMFORD", "ja"),
        ("Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Styrning och ledning", "Kommunsekreterare",
         "Samtliga delegationsbeslut registrerade i ärendehanteringssystemet under januari–juni har jämförts med "
         "anmälningslistorna till kommunstyrelsens sammanträden. Alla beslut har anmälts.",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Representation och förtroendekänsliga poster – granskning av underlag", "Ekonomi", "Controller",
         "Samtliga representationsfakturor för januari–april har granskats, inga avvikelser. Granskningen av "
         "perioden maj–augusti återstår och genomförs i september.",
         "Delvis genomförd.", "DELVIS", "nej"),
        ("Uppföljning av avtalstrohet vid inköp av varor och tjänster", "Inköp och upphandling", "Upphandlingschef",
         "Kontrollen har inte påbörjats på grund av vakans på upphandlingsenheten under våren. Den planeras till "
         "oktober–november.",
         "Ej genomförd under perioden.", "EJ_GENOMFORD", ""),
        ("Behörighetsgenomgång i ekonomisystemet (Raindance)", "Ekonomi", "Systemförvaltare ekonomisystem",
         "Genomgång av samtliga användare gjordes i maj. Tre personer som avslutat sin anställning hade fortfarande "
         "aktiva behörigheter. Behörigheterna har tagits bort.",
         "Kontrollen är genomförd med avvikelse. Rutinen för avslut av behörigheter ses över tillsammans med HR.",
         "GENOMFORD", "ja"),
        ("Kontroll av att lönerevisionen 2025 är korrekt inlagd i lönesystemet", "Personal och lön", "Lönechef",
         "Stickprov på 25 anställda inom kommunledningsförvaltningen. Ny lön var registrerad med rätt belopp och "
         "rätt datum i samtliga fall.",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Hantering av allmänna handlingar – diarieföring av inkommande e-post till registrator", "Styrning och ledning",
         "Registrator",
         "Kontrollen ska enligt planen genomföras under hösten och redovisas i helårsuppföljningen.",
         "–", "EJ_GENOMFORD", ""),
        ("Kontroll av utbetalning av partistöd enligt gällande regler", "Styrning och ledning", "Kommunsekreterare",
         "Kommunstyrelsen beslutade 2025-03-11 § 45 att kontrollmomentet stryks ur planen eftersom motsvarande "
         "kontroll görs av kommunfullmäktiges presidium.",
         "Utgår.", "UTGAR", ""),
        ("Informationssäkerhet – uppföljning av att incidenter rapporteras enligt rutin", "IT och informationssäkerhet",
         "Informationssäkerhetssamordnare",
         "Redovisas i bilaga 3, Incidentrapport januari–augusti 2025.", None, "OKLAR", ""),
    ]
    for km, proc, ans, res, bed, st, av in C:
        doc.add_heading(km, 2)
        doc.add_paragraph(f"Process: {proc}\nKontrollansvarig: {ans}")
        doc.add_paragraph(f"Resultat: {res}")
        if bed is not None:
            doc.add_paragraph(f"Bedömning: {bed}")
        exp(fil, N, km, st, av)
    doc.add_heading("Bilagor", 1)
    doc.add_paragraph("Bilaga 3 Incidentrapport januari–augusti 2025 (lämnas separat)")
    doc.add_paragraph("\nAnna Lindqvist\nEkonomichef")
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 2. BUN: Word prose per control -> .doc
def file_bun(tmp):
    fil = "Delårsuppföljning intern kontroll BUN 2025.doc"
    N = "Barn- och utbildningsnämnden"
    doc = Document()
    set_core(doc, "Marie Holm", "Intern kontroll – uppföljning per 31 augusti 2025")
    doc.sections[0].header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\t\tTjänsteskrivelse 2025-09-08"
    doc.add_heading("Intern kontroll – uppföljning per 31 augusti 2025", 0)
    doc.add_paragraph("Barn- och utbildningsnämnden, Alunda kommun\nDiarienummer BUN 2024/388")
    doc.add_heading("Bakgrund", 1)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Nämnden antog internkontrollplanen för 2025 den 2024-11-27 § 104. Planen innehåller sju kontrollmoment "
        "som följs upp i samband med delårsrapporten och i årsredovisningen. Nedan redovisas resultatet av varje "
        "kontrollmoment för perioden januari–augusti.")
    doc.add_heading("Resultat av kontrollerna", 1)
    C = [
        ("Rutin för anmälan av kränkande behandling till huvudman",
         ["Under perioden har samtliga 14 enheter granskats. Alla anmälningar om kränkande behandling som registrerats "
          "i DF Respons har anmälts till huvudmannen inom fem arbetsdagar, i enlighet med rutinen.",
          "Kontrollen visar inga brister."], "GENOMFORD", "nej"),
        ("Handläggning av skolpliktsbevakning vid elevers långvariga frånvaro",
         ["Granskningen har påbörjats vid tre av sju grundskolor. Resterande skolor granskas under september och "
          "resultatet redovisas i helårsuppföljningen.",
          "Hittills har två ärenden identifierats där frånvaroutredning inte inletts trots att elevens frånvaro "
          "överstigit 20 procent under en månad. Rektorerna har fått i uppdrag att inleda utredning."], "DELVIS", "ja"),
        ("Kontroll av att beslut om tilläggsbelopp följer nämndens riktlinjer",
         ["Samtliga 31 beslut om tilläggsbelopp som fattades under vårterminen 2025 har granskats. I två beslut "
          "saknades aktuell dokumentation av elevens behov; ärendena har återförts till handläggaren för komplettering.",
          "I övrigt följer besluten riktlinjerna."], "GENOMFORD", "ja"),
        ("Skolskjutsbeslut fattas enligt delegationsordningen",
         ["Kontrollen har flyttats till hösten eftersom upphandlingen av skolskjuts överprövades och de nya avtalen "
          "började gälla först i augusti. Någon granskning har därför inte gjorts under perioden."],
         "EJ_GENOMFORD", ""),
        ("Avgifter i förskola och fritidshem – kontroll av inkomstuppgifter",
         ["Kontrollmomentet utgår för 2025 efter nämndens beslut 2025-04-23 § 38, eftersom inkomstuppgifterna "
          "numera hämtas automatiskt från Skatteverket till avgiftssystemet."], "UTGAR", ""),
        ("Kontroll av inköp mot ramavtal för läromedel",
         ["Av 60 granskade fakturor avsåg 57 inköp från avtalad leverantör. Tre inköp av digitala läromedel gjordes "
          "utanför avtal och rektorerna har påmints om gällande avtal.",
          "Kontrollen är därmed genomförd för perioden."], "GENOMFORD", "ja"),
        ("Registerkontroll av personal i förskola och skola (belastningsregister)",
         ["Utdrag ur belastningsregistret har kontrollerats för samtliga 42 personer som nyanställts under perioden. "
          "Inga avvikelser."], "GENOMFORD", "nej"),
    ]
    for km, paras, st, av in C:
        doc.add_heading(km, 2)
        for p in paras:
            doc.add_paragraph(p)
        exp(fil, N, km, st, av)
    doc.add_heading("Förvaltningens samlade bedömning", 1)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De avvikelser som "
        "konstaterats har åtgärdats eller är under åtgärd. Kontrollen av skolskjutsbeslut genomförs under hösten.")
    doc.add_heading("Förslag till beslut", 1)
    doc.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplanen per 31 augusti 2025.")
    doc.add_paragraph("\nMarie Holm\nFörvaltningschef")
    src = os.path.join(tmp, "Delårsuppföljning intern kontroll BUN 2025.docx")
    doc.save(src)
    soffice(src, "doc:MS Word 97", OUT)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 3. SN: Excel, free-text result column only
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def file_sn():
    fil = "Socialnämnden IKP 2025 uppföljning delår.xlsx"
    N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Delår 2025"
    ws["A1"] = "Internkontrollplan 2025 – Socialnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Uppföljning delår (januari–augusti)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Instruktion: Kontrollansvarig beskriver resultatet av kontrollen i kolumn F senast 2025-09-10. "
                "Ange vad som kontrollerats, vad kontrollen visade och eventuella åtgärder.")
    ws["A3"].font = Font(italic=True, size=9); ws.merge_cells("A3:F3")
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Metod/omfattning", "Resultat delår 2025"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78"); c.alignment = Alignment(wrap_text=True, vertical="center"); c.border = BOX
    G = [
        ("Myndighetsutövning", [
            ("Handläggning barn och unga", "Barn far illa när utredning inte inleds i tid",
             "Utredning av orosanmälan inleds eller beslut om att inte inleda fattas inom 14 dagar",
             "Enhetschef barn och unga", "Stickprov 20 anmälningar per tertial",
             "Stickprov på 20 anmälningar jan–apr och 20 maj–aug. 38 av 40 inom 14 dagar, två överskred med 2 resp. 5 dagar "
             "pga hög arbetsbelastning i mars.\nÅtgärd: veckovis genomgång av inkomna anmälningar i ledningsgruppen.",
             "GENOMFORD", "ja"),
            ("Ekonomiskt bistånd", "Beslut fattas av icke behörig",
             "Beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
             "Enhetschef försörjningsstöd", "Granskning av 30 akter",
             "Genomfört. 30 akter granskade, samtliga beslut fattade av behörig delegat.", "GENOMFORD", "nej"),
            ("Placeringar", "Placerade barns behov följs inte upp",
             "Uppföljning av vårdplaner för placerade barn", "Enhetschef barn och unga", "Samtliga placeringar",
             "Påbörjad. Genomgång av 9 av 23 placeringar klar, övriga gås igenom under hösten.", "DELVIS", ""),
            ("LSS", "Insatser genomförs inte utifrån den enskildes behov",
             "Kontroll av att genomförandeplaner upprättas inom LSS", "Enhetschef LSS", "Stickprov 15 ärenden",
             None, "SAKNAS", ""),
        ]),
        ("Ekonomi", [
            ("Utbetalningar", "Felaktiga eller dubbla utbetalningar",
             "Utbetalning av ekonomiskt bistånd – kontroll mot dubbelutbetalning", "Controller",
             "Systemrapport Viva, hela perioden",
             "Kontroll genomförd via systemrapport i Viva för perioden. En dubbelutbetalning (4 850 kr) upptäcktes och "
             "återkrav har beslutats.", "GENOMFORD", "ja"),
            ("Fakturering", "Uteblivna intäkter",
             "Fakturering av egenavgifter för placeringar", "Ekonomiassistent", "Avstämning mot placeringsregister",
             "Ej gjord, resursbrist på ekonomienheten. Flyttas till T3.", "EJ_GENOMFORD", ""),
            ("Avtal", "Kostnader följer inte avtal",
             "Avtalsuppföljning av externa HVB-placeringar", "Verksamhetscontroller", "Samtliga avtal",
             "Se bilaga", "OKLAR", ""),
        ]),
        ("Informationssäkerhet", [
            ("Dokumentation", "Otillbörlig åtkomst till personuppgifter",
             "Loggkontroll i verksamhetssystemet (Treserva)", "Systemförvaltare", "2 ggr/år, 15 slumpvisa akter",
             "Loggkontroll gjord i april och juni på slumpvis valda akter (2x15). Ingen otillbörlig åtkomst upptäckt.",
             "GENOMFORD", "nej"),
            ("Utskick", "Sekretessuppgifter röjs",
             "Sekretessbelagda handlingar skickas säkert (krypterad e-post)", "Informationssäkerhetssamordnare",
             "Stickprov utskick",
             "Kontrollmomentet har strukits, ersätts av kommunövergripande kontroll i KS plan.", "UTGAR", ""),
        ]),
    ]
    r = 6
    for grp, rows in G:
        c = ws.cell(row=r, column=1, value=grp); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
        for proc, risk, km, ans, met, res, st, av in rows:
            for i, v in enumerate([proc, risk, km, ans, met, res], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = BOX
            exp(fil, N, km, st, av); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Lena Ek, verksamhetscontroller, 2025-09-11").font = Font(italic=True)
    for col, w in zip("ABCDEF", [20, 28, 42, 24, 26, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Socialförvaltningen – Alunda kommun"
    ws.page_setup.orientation = "landscape"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 4. VON: Word table, free-text result column, nämnd only in page header
def file_von():
    fil = "Vård- och omsorg uppföljning intern kontroll jan-aug 2025.docx"
    N = "Vård- och omsorgsnämnden"
    doc = Document()
    set_core(doc, "Karin Berg", "Uppföljning intern kontroll")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Vård- och omsorgsnämnden\tAlunda kommun\t"
    doc.add_heading("Uppföljning av intern kontroll januari–augusti 2025", 1)
    doc.add_paragraph("Förvaltningens sammanställning inför nämndens sammanträde 2025-09-24. Resultatet av respektive "
                      "kontroll beskrivs i tabellen nedan. Nämnden följer upp planen vid delår och helår.")
    C = [
        ("Avvikelser enligt SoL och HSL rapporteras och åtgärdas i lex Sarah/lex Maria-processen",
         "Genomgång av avvikelsesystemet",
         "Kontrollerat i juni.\n112 avvikelser registrerade under perioden, samtliga har handlagts. Två ärenden utreddes "
         "enligt lex Sarah och anmäldes till IVO.\nIngen brist i processen konstaterad.", "GENOMFORD", "nej"),
        ("Läkemedelshantering på särskilda boenden – kontroll av signeringslistor",
         "Stickprov signeringslistor, en vecka per boende",
         "Kontroll gjord på 4 av 6 boenden. Saknade signeringar noterades på Ängsgården (11 tillfällen), "
         "MAS har följt upp med enhetschef.\nÅterstående två boenden kontrolleras i september.", "DELVIS", "ja"),
        ("Kontroll av att biståndsbeslut verkställs inom tre månader",
         "Rapport ur verksamhetssystemet",
         "Samtliga beslut under perioden har kontrollerats. Alla är verkställda i tid utom ett beslut om särskilt "
         "boende som har rapporterats till IVO som ej verkställt.", "GENOMFORD", "ja"),
        ("Hemtjänsttid – jämförelse mellan beviljad och utförd tid",
         "Jämförelse per kund, månadsvis",
         "Ej genomförd. Nytt planeringssystem infördes i maj och rapporter har ännu inte kunnat tas fram.",
         "EJ_GENOMFORD", ""),
        ("Nyckelkvittenser och hantering av kunders nycklar i hemtjänsten",
         "Inventering i samtliga hemtjänstgrupper",
         "Inventering genomförd i samtliga hemtjänstgrupper i mars. Alla nycklar fanns kvitterade och förvarades i "
         "låst nyckelskåp.", "GENOMFORD", "nej"),
        ("Brandskyddsrondering på särskilda boenden (SBA)",
         "Egenkontroll enligt checklista",
         "Ingår numera i samhällsbyggnadsförvaltningens fastighetskontroller. Ej aktuellt för nämnden.", "UTGAR", ""),
        ("Privata medel för brukare på boenden – kontroll av kassabok",
         "Två stickprov per boende",
         "Kontroll utförd på Ängsgården och Solbacken utan anmärkning.\nÖvriga enheter är inte klara.", "DELVIS", "nej"),
    ]
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Hur kontrollen görs", "Resultat och analys"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for km, how, res, st, av in C:
        cells = t.add_row().cells
        cells[0].text = km; cells[1].text = how
        lines = res.split("\n")
        cells[2].text = lines[0]
        for ln in lines[1:]:
            cells[2].add_paragraph(ln)
        exp(fil, N, km, st, av)
    for row in t.rows:
        row.cells[0].width = Cm(5.5); row.cells[1].width = Cm(4); row.cells[2].width = Cm(7.5)
    doc.add_paragraph("")
    doc.add_paragraph("Sammanställt av Karin Berg, kvalitetsstrateg, 2025-09-09")
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 5. MHN: mail pasted as text
def file_mhn():
    fil = "SV Uppföljning internkontroll delår 2025 - miljökontoret.txt"
    N = "Miljö- och hälsoskyddsnämnden"
    C = [
        ("Debitering av tillsynsavgifter sker enligt taxa",
         "Vi har gått igenom 25 debiteringar från perioden. Alla var rätt enligt taxan utom en där fel timavgift "
         "användes (korrigerat, kreditfaktura skickad).", "GENOMFORD", "ja"),
        ("Beslut om föreläggande fattas av behörig delegat",
         "Klart, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att tillsynsplanen för livsmedelskontroll följs",
         "Hittills har 64 % av årets planerade kontroller gjorts, resten görs under hösten. Det är i linje med "
         "planen, inget att anmärka än så länge.", "DELVIS", "nej"),
        ("Handläggningstid för ansökningar om enskilda avlopp (max 6 veckor)",
         "Har inte hunnit göra den här kontrollen än. Görs i oktober.", "EJ_GENOMFORD", ""),
        ("Diarieföring av inkomna klagomål",
         "Stickprov på 20 klagomål, samtliga diarieförda inom en arbetsdag. Inget att anmärka.", "GENOMFORD", "nej"),
        ("Jäv vid tillsyn av kommunens egna verksamheter",
         "Den här utgår, nämnden beslutade 2025-05-20 § 31 att ta bort den ur planen eftersom tillsynen av "
         "kommunens egna verksamheter flyttats till Upplands miljöförbund.", "UTGAR", ""),
    ]
    L = ["Från: Johan Nyström <johan.nystrom@alunda.se>",
         "Skickat: den 8 september 2025 14:32",
         "Till: Ekonomi Alunda <ekonomi@alunda.se>",
         "Kopia: Sara Lund <sara.lund@alunda.se>",
         "Ämne: SV: Uppföljning internkontroll delår 2025",
         "",
         "Hej!",
         "",
         "Här kommer miljökontorets uppföljning av Miljö- och hälsoskyddsnämndens internkontrollplan för delåret "
         "(jan–aug 2025). Jag fick inte till mallen så jag skriver det direkt i mejlet, hoppas det går bra.",
         ""]
    for i, (km, txt, st, av) in enumerate(C, 1):
        L += [f"Kontrollmoment {i}: {km}", txt, ""]
        exp(fil, N, km, st, av)
    L += ["Uppföljningen tas upp på nämndens sammanträde 17 september. Hör av dig om du behöver något mer.",
          "",
          "Med vänliga hälsningar",
          "",
          "Johan Nyström",
          "Miljöchef",
          "Miljökontoret, Alunda kommun",
          "Tel: 0174-52 310",
          "",
          "-----Ursprungligt meddelande-----",
          "Från: Ekonomi Alunda <ekonomi@alunda.se>",
          "Skickat: den 18 augusti 2025 09:05",
          "Till: Förvaltningschefer Alunda",
          "Ämne: Uppföljning internkontroll delår 2025",
          "",
          "Hej alla,",
          "",
          "Senast den 10 september ska uppföljningen av nämndernas internkontrollplaner per 31 augusti lämnas till "
          "ekonomienheten. Använd gärna bifogad mall och ange för varje kontrollmoment vad som gjorts och om "
          "avvikelser har upptäckts.",
          "",
          "Tack på förhand!",
          "Ekonomienheten"]
    with open(fil, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 6. KFN: ordinary status-column Excel, T1/Delår/Helår
def file_kfn():
    fil = "KFN_internkontroll_uppfoljning_2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapporttillfälle: Delår (per 31/8)"
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Status T1", "Status delår", "Status helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9D9D9"); c.alignment = Alignment(wrap_text=True)
    C = [
        ("Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslut och riktlinjer", "Föreningskonsulent",
         "2 ggr/år", "Pågår", "Genomförd", "", "30 bidragsärenden granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Avgifter", "Avgifter för uthyrning av lokaler och anläggningar debiteras enligt taxa", "Bokningsansvarig",
         "Tertialvis", "Genomförd", "Genomförd med avvikelse", "",
         "Två bokningar i Alundahallen debiterades med föreningstaxa trots att hyresgästen var privat. Rättat.",
         "GENOMFORD", "ja"),
        ("Kontanthantering", "Kassahantering i biblioteket och simhallen", "Enhetschef bibliotek/bad",
         "1 gång/år", "Ej påbörjad", "Pågår", "", "Simhallen kontrollerad utan anmärkning, biblioteket återstår.",
         "DELVIS", "nej"),
        ("Inventarier", "Inventering av utlåningsbar utrustning (fritidsbanken, instrument kulturskolan)",
         "Enhetschef kulturskola", "1 gång/år", "Ej påbörjad", "Ej påbörjad", "", "Planeras till november.",
         "EJ_GENOMFORD", ""),
        ("Personal", "Kontroll av registerutdrag för ledare i sommarlovsverksamhet", "Fritidschef",
         "1 gång/år", "", "Genomförd", "", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av fakturor för evenemang och arrangemang", "Controller", "Tertialvis",
         "Pågår", "", "", "", "DELVIS", ""),
        ("Avtal", "Uppföljning av avtal med extern driftentreprenör för Lunda friluftsbad", "Fritidschef",
         "1 gång/år", "", "Utgår", "", "Avtalet avslutades 2024-12-31, kommunen driver badet i egen regi.",
         "UTGAR", ""),
        ("Dokumenthantering", "Följsamhet till dokumenthanteringsplanen vid gallring", "Nämndsekreterare",
         "1 gång/år", "", "Pågår", "", "Gallring av 2019 års handlingar påbörjad.", "DELVIS", ""),
    ]
    fills = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "FFEB9C", "Pågår": "FFEB9C",
             "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}
    r = 6
    for n, (proc, km, ans, frek, t1, dl, hl, kom, st, av) in enumerate(C, 1):
        for i, v in enumerate([n, proc, km, ans, frek, t1, dl, hl, kom], 1):
            c = ws.cell(row=r, column=i, value=(v if v != "" else None))
            c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = BOX
            if i in (6, 7, 8) and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
        exp(fil, N, km, st, av); r += 1
    r += 1
    ws.cell(row=r, column=2, value="Statusalternativ:").font = Font(bold=True)
    ws.cell(row=r, column=3, value="Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Utgår")
    ws.cell(row=r + 1, column=2, value="Uppdaterad:"); ws.cell(row=r + 1, column=3, value="2025-09-04, Per Sandberg")
    for col, w in zip("ABCDEFGHI", [5, 18, 48, 22, 12, 13, 22, 13, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 7. Stratsys CSV export, two nämnder, T1 + Delår rows
def file_stratsys():
    fil = "Stratsys_rapport_internkontroll_20250915.csv"
    SBN, OFN = "Samhällsbyggnadsnämnden", "Överförmyndarnämnden"
    # (org, process, km, metod, (T1 status, T1 kommentar), (Delår status, Delår kommentar), st, av)
    C = [
        (SBN, "Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid", "Stickprov 20 ärenden per tertial",
         ("Pågående", "Stickprov jan–apr klart, 2 av 20 över 10 veckor."),
         ("Klar", "40 ärenden granskade, 3 överskred handläggningstiden. Åtgärd: veckovis ärendeavstämning."),
         "GENOMFORD", "ja"),
        (SBN, "Bygglov", "Debitering av plan- och bygglovsavgifter enligt taxa", "Stickprov 25 fakturor",
         ("Ej startad", ""), ("Klar", "Inga avvikelser."), "GENOMFORD", "nej"),
        (SBN, "Fastighet", "Kontroll av att nyckelkort till kommunens fastigheter återlämnas vid avslutad anställning",
         "Avstämning passersystem mot HR-lista", ("Ej startad", ""),
         ("Pågående", "Systemlistor framtagna, avstämning mot HR pågår."), "DELVIS", ""),
        (SBN, "Gata/park", "Uppföljning av entreprenadavtal för vinterväghållning", "Genomgång av körjournaler",
         ("Klar", "Vintersäsongen följd upp. Vite utdömt i ett fall (sen snöröjning 2025-01-14)."),
         ("Klar", "Ingen ytterligare kontroll under perioden, se T1."), "GENOMFORD", "ja"),
        (SBN, "Ekonomi", "Anläggningsregister – aktivering av avslutade investeringsprojekt", "Avstämning projektlista",
         ("Ej startad", ""), ("Ej startad", "Görs i samband med bokslut."), "EJ_GENOMFORD", ""),
        (SBN, "Mark och exploatering", "Markanvisningar följer antagen markanvisningspolicy", "Granskning av avtal",
         ("Avbruten", "Kontrollen avbruten efter beslut i SBN 2025-03-19 § 22, inga markanvisningar planeras 2025."),
         ("Avbruten", ""), "UTGAR", ""),
        (OFN, "Tillsyn", "Granskning av årsräkningar inom lagstadgad tid", "Uppföljning i Wärna",
         ("Pågående", "Granskning pågår, 120 av 530 klara."), ("Pågående", "412 av 530 årsräkningar granskade."),
         "DELVIS", ""),
        (OFN, "Arvoden", "Arvodesbeslut till ställföreträdare följer nämndens riktlinjer", "Stickprov 25 beslut",
         ("Ej startad", ""), ("Klar", "Stickprov 25 beslut, ett arvode felberäknat och rättat."), "GENOMFORD", "ja"),
        (OFN, "Lämplighet", "Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret",
         "Kontroll vid nya förordnanden", ("", ""), ("", ""), "SAKNAS", ""),
        (OFN, "Tillstånd", "Överförmyndarens samtycke vid försäljning av fast egendom", "Genomgång av ärenden",
         ("", ""), ("", "Kontrollen genomförd, samtliga 6 ärenden hade samtycke."), "GENOMFORD", "nej"),
    ]
    rows = [["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Rapportperiod", "Status", "Kommentar"]]
    for org, proc, km, met, t1, dl, st, av in C:
        rows.append([org, proc, km, met, "Tertial 1 2025", t1[0], t1[1]])
        rows.append([org, proc, km, met, "Delår 2025", dl[0], dl[1]])
        exp(fil, org, km, st, av)
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerows(rows)
    FILES.append((fil, "INLAST", SBN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "DELAR"))

# ---------------------------------------------------------------- 8. rejected: covering letter (missiv)
def file_missiv():
    fil = "Missiv SN delårsuppföljning IK 2025.docx"
    doc = Document()
    set_core(doc, "Lena Ek", "Missiv")
    doc.sections[0].header.paragraphs[0].text = "ALUNDA KOMMUN\tSocialförvaltningen\t2025-09-19"
    doc.add_paragraph("Till: Kommunstyrelsen, ekonomienheten\nFrån: Socialförvaltningen\nDnr SN 2025/214")
    doc.add_heading("Överlämnande av delårsuppföljning av internkontrollplan 2025", 1)
    doc.add_paragraph(
        "Socialnämnden har vid sitt sammanträde 2025-09-18, § 87, godkänt uppföljningen av nämndens internkontrollplan "
        "per den 31 augusti 2025 och beslutat att överlämna den till kommunstyrelsen.")
    doc.add_paragraph(
        "Uppföljningen bifogas som separat fil (Socialnämnden IKP 2025 uppföljning delår.xlsx). Protokollsutdrag "
        "skickas när protokollet är justerat.")
    doc.add_paragraph("Frågor om uppföljningen besvaras av verksamhetscontroller Lena Ek, tel. 0174-52 402.")
    doc.add_paragraph("\nMed vänlig hälsning\n\nTorbjörn Ahl\nSocialchef")
    doc.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))

def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            p = os.path.join(OUT, f)
            if os.path.isfile(p):
                os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r404_")
    file_ks(); file_bun(tmp); file_sn(); file_von(); file_mhn(); file_kfn(); file_stratsys(); file_missiv()
    shutil.rmtree(tmp, ignore_errors=True)
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö och hälsa"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Alunda Bostäder AB", "ABAB|Alundabostäder|Alunda Bostäder"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(reg)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)

if __name__ == "__main__":
    main()
