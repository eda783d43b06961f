#!/usr/bin/python3
"""Blind round r342 - Sjöstad kommun, T2 2025 inbox. Builds all files + CSVs deterministically."""
import csv, os, shutil, subprocess, zipfile
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r342tmp"
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round342"]
os.chdir(HERE)
shutil.rmtree(TMP, ignore_errors=True)
os.makedirs(TMP)

EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)


def convert(src, fmt, outname):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", TMP, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(TMP, base + "." + ext), os.path.join(HERE, outname))


thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1. BUN xlsx
def f_bun():
    fil = "BUN Uppföljning internkontrollplan T2 2025.xlsx"
    nm = "Barn- och utbildningsnämnden"
    groups = [
        ("Förskoleverksamhet", [
            ("1.1", "Barnomsorgsavgifter", "Kontroll att avgifter för förskola debiteras enligt fastställd maxtaxa och aktuella inkomstuppgifter", "Förskola", "Avgiftshandläggare", "Tertialvis", "Genomförd", "Genomförd",
             "Stickprov 25 hushåll i augusti.\nTvå hushåll hade felaktig inkomstuppgift registrerad, debiteringen har korrigerats retroaktivt.\nRutinen för årlig inkomstkontroll ses över under hösten.", "GENOMFORD", "ja"),
            ("1.2", "Rekrytering", "Uppföljning av att registerkontroll (belastningsregister) finns för all nyanställd personal i förskolan", "Förskola", "Förskolechefer", "Tertialvis", "Genomförd", "Genomförd",
             "Samtliga 31 nyanställda under perioden har uppvisat utdrag ur belastningsregistret.\nInga avvikelser.", "GENOMFORD", "nej"),
            ("1.3", "Placering och närvaro", "Kontroll av att placeringar i barnomsorgssystemet stämmer med faktisk närvaro", "Förskola", "Verksamhetscontroller", "T2 och T3", "-", "Delvis genomförd",
             "Kontroll genomförd på 6 av 14 förskoleenheter.\nResterande enheter kontrolleras under september–oktober.", "DELVIS", ""),
        ]),
        ("Grundskola", [
            ("2.1", "Skolskjuts", "Kontroll av att beslut om skolskjuts fattas enligt gällande riktlinjer och delegationsordning", "Grundskola", "Skolskjutshandläggare", "Tertialvis", "Genomförd", "Genomförd",
             "Granskning av 20 beslut. Samtliga fattade av rätt delegat enligt delegationsordningen.\nEtt beslut saknade motivering vid avslag – handläggaren har informerats.", "GENOMFORD", "ja"),
            ("2.2", "Trygghet och studiero", "Uppföljning av att anmälningar om kränkande behandling utreds och återrapporteras till huvudmannen inom fastställd tid", "Grundskola", "Rektorer", "Tertialvis", "Pågår", "Delvis genomförd",
             "Under T2 har 143 anmälningar inkommit.\n118 utredningar är avslutade inom 30 dagar, 25 pågår längre än fastställd tid.\nÅtgärd: påminnelser och uppföljning via rektorsforum i september.", "DELVIS", "ja"),
            ("2.3", "Särskilt stöd", "Kontroll av att extra anpassningar och särskilt stöd dokumenteras i åtgärdsprogram", "Grundskola", "Elevhälsochef", "T2", "", "Ej genomförd",
             "Kontrollen har skjutits upp till T3 på grund av byte av dokumentationssystem (Unikum).", "EJ_GENOMFORD", ""),
            ("2.4", "Inköp", "Kontroll av att inköp över 100 000 kr sker mot ramavtal eller efter direktupphandling med dokumentation", "Grundskola", "Controller", "Årligen (T1)", "Genomförd", "",
             "", "GENOMFORD", ""),
        ]),
        ("Gymnasieskolan", [
            ("3.1", "Interkommunal ersättning", "Kontroll av att interkommunala ersättningar (IKE) faktureras och betalas enligt gällande prislista", "Gymnasieskolan", "Ekonom gymnasiet", "Tertialvis", "Genomförd", "Genomförd",
             "Avstämning mot elevregistret (Extens) för vårterminen.\nTre elever hade felaktig programkod vilket gav för låg fakturering, totalt 84 600 kr.\nKreditering/tilläggsfaktura skickad till berörda kommuner i juni.", "GENOMFORD", "ja"),
            ("3.2", "Betyg", "Kontroll av att betygsrapportering sker i rätt tid och att betygskatalog signeras av rektor", "Gymnasieskolan", "Rektorer", "Per termin", "Genomförd", "Genomförd",
             "Betygskataloger för vt 2025 signerade i tid. Inga avvikelser.", "GENOMFORD", "nej"),
            ("3.3", "CSN-rapportering", "Uppföljning av studiebidragsrapportering till CSN vid ogiltig frånvaro", "Gymnasieskolan", "Administratör", "Tertialvis", "Delvis genomförd", "Utgår",
             "Utgår enligt nämndbeslut BUN 2025-05-20 § 67, kontrollen flyttas till internkontrollplan 2026.", "UTGAR", ""),
        ]),
        ("Elevhälsa och förvaltningsgemensamt", [
            ("4.1", "Patientsäkerhet", "Kontroll av att journalföring i elevhälsans medicinska insats sker enligt patientdatalagen (loggkontroll)", "Elevhälsan", "Verksamhetschef EMI", "Tertialvis", "Genomförd", "Delvis genomförd",
             "Loggkontroll genomförd för skolsköterskor i grundskolan.\nGymnasiets journalsystem har inte kunnat loggas p.g.a. systemfel hos leverantören.\nInga otillåtna åtkomster upptäckta i granskat urval.", "DELVIS", "nej"),
            ("4.2", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsgemensamt", "Ekonomichef", "Tertialvis", "Genomförd", "Genomförd",
             "Stickprov om 40 fakturor maj–augusti.\n2 fakturor attesterade av person utan attesträtt för ansvaret (vikarierande rektor).\nAttestlistan är uppdaterad.", "GENOMFORD", "ja"),
            ("4.3", "Ekonomi", "Kontroll av representation och förtroendekänsliga poster", "Förvaltningsgemensamt", "Ekonomichef", "T2", "", "Se kommentar",
             "Granskning av samtliga representationsfakturor januari–augusti är genomförd.\nSyfte och deltagare angivna i samtliga fall, inga avvikelser noterade.", "GENOMFORD", "nej"),
            ("4.4", "Informationssäkerhet", "Kontroll av att personuppgiftsincidenter anmäls till dataskyddsombudet inom 72 timmar", "Förvaltningsgemensamt", "Förvaltningsjurist", "T2", "", "",
             "", "SAKNAS", ""),
            ("4.5", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden per enhet", "Förvaltningsgemensamt", "HR-partner", "Tertialvis", "Genomförd", "Ej genomförd",
             "Ingen uppföljning under T2, HR-partner vakant juni–augusti.", "EJ_GENOMFORD", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (per 31 augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Instruktion: Ange status för aktuell period med Genomförd / Delvis genomförd / Ej genomförd / Utgår. Kommentera resultat och eventuella avvikelser."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Enhet", "Ansvarig", "Frekvens", "Status T1", "Status T2", "Kommentar/resultat T2"]
    r = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78"); c.border = BOX; c.alignment = WRAP
    r += 1
    for g, rows in groups:
        ws.cell(r, 1, g).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in rows:
            for i, v in enumerate(row[:9], 1):
                c = ws.cell(r, i, v if v != "" else None); c.alignment = WRAP; c.border = BOX
            EXP.append((fil, nm, row[2], row[9], row[10]))
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av: Karin Åberg, kvalitetsstrateg, 2025-09-09")
    for col, w in zip("ABCDEFGHI", [6, 20, 48, 18, 20, 13, 15, 15, 70]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "BUN – Internkontroll 2025"
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- 2. VON docx
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def f_von():
    fil = "Vård- och omsorgsnämnden IK T2 2025.docx"
    nm = "Vård- och omsorgsnämnden"
    COL = {"Grön": "92D050", "Gul": "FFFF00", "Röd": "FF0000", "Grå": "BFBFBF", "": None}
    # (nr, kontrollmoment, metod, resultat, colour, show_text, status, avv)
    units = [
        ("Hemtjänst", [
            ("1", "Kontroll av att utförd tid i hemtjänsten överensstämmer med beviljad tid (TES-registrering)", "Stickprov 30 brukare, jämförelse mot biståndsbeslut",
             "Utförd tid avvek mer än 20 % från beviljad tid för 7 av 30 brukare.\nAvvikelserna har återkopplats till enhetscheferna och besluten ses över av biståndshandläggare.", "Gul", True, "GENOMFORD", "ja"),
            ("2", "Kontroll av nyckelhantering och kvittering av nycklar/digitala lås", "Inventering per hemtjänstgrupp",
             "Inventering genomförd i samtliga sex grupper. Nyckelkvittenser finns för alla nycklar.", "Grön", True, "GENOMFORD", "nej"),
            ("3", "Kontroll av att genomförandeplan upprättas inom 14 dagar från beslut", "Granskning i verksamhetssystemet",
             "Kontrollen har påbörjats i två av sex grupper.\nSlutförs under hösten.", "Gul", True, "DELVIS", ""),
        ]),
        ("Särskilt boende", [
            ("4", "Kontroll av hantering av brukares privata medel (kassabok och kvitton)", "Granskning av kassaböcker på samtliga boenden",
             "Granskning av 24 kassaböcker. I tre fall saknades kvitton för uttag, summa 1 450 kr.\nÄrendena har utretts och anhöriga informerats.\nRutin för kvittering gås igenom på APT i september.", "Gul", True, "GENOMFORD", "ja"),
            ("5", "Kontroll av att läkemedelsavvikelser rapporteras och åtgärdas enligt rutin", "Genomgång av avvikelser i avvikelsesystemet",
             "Ej genomförd under perioden på grund av vakant MAS-tjänst. Planeras till oktober.", "Röd", True, "EJ_GENOMFORD", ""),
            ("6", "Uppföljning av att riskbedömningar (fall, trycksår, nutrition) görs i Senior alert", "Uttag ur Senior alert",
             "Andelen riskbedömda boende är 92 %. Målet 90 % är uppfyllt.", "Grön", False, "GENOMFORD", "nej"),
            ("7", "Kontroll av att beslut om skyddsåtgärder (larm, sänggrind) är dokumenterade och följs upp", "Journalgranskning",
             "Utgår – ingår i IVO:s tillsyn hösten 2025 enligt beslut VON 2025-04-23 § 41.", "Grå", True, "UTGAR", ""),
        ]),
        ("Funktionsstöd (LSS)", [
            ("8", "Kontroll av att avgifter för kost och logi i gruppbostad debiteras korrekt", "Avstämning debitering mot beslut",
             "Samtliga 42 brukares debiteringar stämda mot beslut.\nEn felaktig debitering (för låg hyra sedan mars) har rättats.", "Gul", True, "GENOMFORD", "ja"),
            ("9", "Kontroll av att personlig assistans rapporteras korrekt till Försäkringskassan (tidrapporter)", "Stickprov tidrapporter",
             "Kontroll av tidrapporter för maj och juni. Inga avvikelser.", "Grön", True, "GENOMFORD", "nej"),
            ("10", "Kontroll av att lex Sarah-rapporter utreds inom fastställd tid", "Genomgång av ärendelogg",
             "Se bilaga 3.", "", True, "OKLAR", ""),
        ]),
        ("Myndighetsutövning/biståndshandläggning", [
            ("11", "Kontroll av att utredningar om bistånd enligt SoL avslutas inom 3 månader", "Uttag ur verksamhetssystemet",
             "Av 188 avslutade utredningar var 171 klara inom tre månader (91 %).\n17 utredningar överskred tiden, främst på grund av väntan på läkarintyg.", "Gul", True, "GENOMFORD", "ja"),
            ("12", "Kontroll av att beslut om ej verkställda insatser rapporteras till IVO kvartalsvis", "Kontroll av inrapportering",
             "Rapportering för kvartal 1 och 2 gjord i tid.", "Grön", True, "GENOMFORD", "nej"),
            ("13", "Kontroll av att delegationsbeslut anmäls till nämnden", "Jämförelse delegationslistor mot protokoll",
             "", "Röd", False, "EJ_GENOMFORD", ""),
            ("14", "Kontroll av att avgiftsbeslut för äldreomsorg baseras på aktuell inkomstförfrågan", "Stickprov avgiftsbeslut",
             "Arbetet pågår, 60 av 120 avgiftsbeslut granskade hittills.\nInga fel har hittats i de granskade besluten.", "Gul", True, "DELVIS", "nej"),
        ]),
    ]
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Vård- och omsorgsnämnden\tDnr VON 2025/14"
    d.add_heading("Uppföljning intern kontroll 2025 – tertial 2", level=1)
    d.add_paragraph("Vård- och omsorgsförvaltningen redovisar här uppföljningen av internkontrollplanen för perioden "
                    "januari–augusti 2025. Kontrollerna har genomförts av respektive verksamhetsområde och sammanställts av "
                    "förvaltningens kvalitetsenhet. Resultaten redovisas per verksamhetsområde.")
    p = d.add_paragraph(); p.add_run("Färgförklaring status: ").bold = True
    p.add_run("Grön = kontrollen genomförd utan avvikelse. Gul = kontrollen genomförd med avvikelse eller delvis genomförd "
              "(se resultat). Röd = kontrollen ej genomförd. Grå = kontrollen utgår.")
    for unit, rows in units:
        d.add_heading(unit, level=2)
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(["Nr", "Kontrollmoment", "Metod", "Resultat per 31 augusti", "Status"]):
            t.rows[0].cells[i].text = ""
            t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
            shade(t.rows[0].cells[i], "D9E2F3")
        for nr, km, met, res, col, show, status, avv in rows:
            cells = t.add_row().cells
            cells[0].text = nr; cells[1].text = km; cells[2].text = met
            lines = res.split("\n")
            cells[3].text = lines[0]
            for ln in lines[1:]:
                cells[3].add_paragraph(ln)
            cells[4].text = col if show else ""
            if COL[col]:
                shade(cells[4], COL[col])
            EXP.append((fil, nm, km, status, avv))
    d.add_paragraph()
    d.add_paragraph("Bilaga 3: Sammanställning lex Sarah (lämnas separat)")
    d.add_paragraph("Sjöstad 2025-09-12\nLena Holm, förvaltningschef")
    d.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- 3. SN Stratsys CSV (long format, period rows)
def f_sn():
    fil = "Stratsys_export_IK_SN_2025-09-08.csv"
    nm = "Socialnämnden"
    # org, process, risk, km, ansvarig, [(period, status, kommentar)], exp_status, avv
    C = [
        ("Socialnämnden > Individ- och familjeomsorg", "Barn och unga", "Barn far illa på grund av sen handläggning",
         "Kontroll av att förhandsbedömning görs inom 14 dagar efter inkommen orosanmälan", "Enhetschef mottagning",
         [("T1 2025", "Genomförd med avvikelse", "6 av 80 förhandsbedömningar gjordes senare än 14 dagar."),
          ("T2 2025", "Genomförd med avvikelse", "Av 96 anmälningar under maj–augusti gjordes förhandsbedömning inom 14 dagar i 89 fall.\nFörseningarna beror på sommarbemanning.\nÅtgärd: förstärkning av mottagningsgruppen från september.")],
         "GENOMFORD", "ja"),
        ("Socialnämnden > Individ- och familjeomsorg", "Barn och unga", "Placerade barn saknar aktuell planering",
         "Kontroll av att vårdplan och genomförandeplan finns för placerade barn", "Enhetschef barn och unga",
         [("T1 2025", "Delvis genomförd", "Granskning påbörjad."),
          ("T2 2025", "Genomförd", "Samtliga 34 placerade barn har aktuell vårdplan.\nGenomförandeplan saknas för 2 barn, dessa upprättas i september.")],
         "GENOMFORD", "ja"),
        ("Socialnämnden > Individ- och familjeomsorg", "Familjehemsvård", "Felaktiga ersättningar till familjehem",
         "Kontroll av att ersättning till familjehem betalas ut enligt SKR:s rekommendationer och avtal", "Familjehemssekreterare",
         [("T1 2025", "Ej påbörjad", ""),
          ("T2 2025", "Delvis genomförd", "Granskning av 15 av planerade 30 uppdragsavtal är klar.\nHittills inga avvikelser.")],
         "DELVIS", "nej"),
        ("Socialnämnden > Vuxenenheten", "Placeringar", "Dyra placeringar utanför avtal",
         "Kontroll av att köp av externa placeringar (HVB) sker mot ramavtal", "Enhetschef vuxen",
         [("T1 2025", "Genomförd", "Samtliga placeringar under T1 gjorda mot ramavtal."),
          ("T2 2025", "Ej påbörjad", "Planeras till T3 på grund av semesterperiod.")],
         "EJ_GENOMFORD", ""),
        ("Socialnämnden > Vuxenenheten", "Samverkan", "Brister i samordning med regionen",
         "Uppföljning av att samordnad individuell plan (SIP) upprättas vid behov", "Enhetschef vuxen",
         [("T2 2025", "Ej aktuell", "Kontrollmomentet utgår efter beslut i SN 2025-06-11 § 88 då området granskas av de förtroendevalda revisorerna.")],
         "UTGAR", ""),
        ("Socialnämnden > Försörjningsstöd", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Kontroll av att utbetalning av ekonomiskt bistånd sker enligt beslut (beloppskontroll)", "Enhetschef försörjningsstöd",
         [("T1 2025", "Genomförd", "Stickprov 50 utbetalningar, inga fel."),
          ("T2 2025", "Genomförd", "Stickprov 50 utbetalningar juni–augusti.\nInga felaktiga utbetalningar upptäckta.")],
         "GENOMFORD", "nej"),
        ("Socialnämnden > Försörjningsstöd", "Ekonomiskt bistånd", "Bistånd beviljas på felaktiga grunder",
         "Kontroll av att sökandes uppgifter stäms av mot SSBTEK vid nybesök och var tredje månad", "Enhetschef försörjningsstöd",
         [("T1 2025", "Genomförd", "Inga avvikelser."),
          ("T2 2025", "Delvis genomförd", "Avstämning mot SSBTEK saknades i 9 av 40 granskade akter.\nGranskning av resterande akter pågår.")],
         "DELVIS", "ja"),
        ("Socialnämnden > Försörjningsstöd", "Ekonomiskt bistånd", "Bidragsbrott upptäcks inte",
         "Kontroll av återkrav och polisanmälan vid misstänkt bidragsbrott", "Utredare",
         [("T2 2025", "Genomförd", "Fyra misstänkta bidragsbrott under perioden, samtliga polisanmälda och återkrav beslutade enligt rutin.")],
         "GENOMFORD", "nej"),
        ("Socialnämnden", "Ekonomi", "Felaktiga utbetalningar till leverantörer",
         "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         [("T1 2025", "Genomförd", "Inga avvikelser."), ("T2 2025", "Genomförd", "Inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("Socialnämnden", "Informationssäkerhet", "Obehöriga har åtkomst till känsliga uppgifter",
         "Kontroll av behörigheter i verksamhetssystemet Lifecare (behörighetsöversyn)", "Systemförvaltare",
         [("T1 2025", "", ""), ("T2 2025", "", "")],
         "SAKNAS", ""),
        ("Socialnämnden", "Informationssäkerhet", "Otillbörlig åtkomst till personakter",
         "Loggkontroll av otillbörlig åtkomst i personakter", "Systemförvaltare",
         [("T2 2025", "", "Loggkontroll genomförd för juni–augusti, 40 slumpvis valda användare.\nIngen otillbörlig åtkomst konstaterad.")],
         "GENOMFORD", "nej"),
        ("Socialnämnden", "Arbetsmiljö", "Medarbetare utsätts för hot och våld",
         "Kontroll av att hot- och våldssituationer rapporteras i KIA och följs upp", "HR-specialist",
         [("T1 2025", "Genomförd", "Sex händelser rapporterade och uppföljda."),
          ("T2 2025", "Genomförd med avvikelse", "Elva händelser rapporterade under perioden.\nI två fall saknades uppföljande samtal med medarbetaren, berörda chefer har påmints.")],
         "GENOMFORD", "ja"),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Internkontrollplan 2025 - uppföljning"])
        w.writerow(["Utskriven 2025-09-08 10:14"])
        w.writerow(["Organisation", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"])
        for org, pr, risk, km, ans, periods, st, avv in C:
            for per, s, k in periods:
                w.writerow([org, pr, risk, km, ans, per, s, k])
            EXP.append((fil, nm, km, st, avv))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- 4. KS / KLF xlsx, codes, T1/T2 side by side
def f_ks():
    fil = "IK-uppföljning T2 2025 KLF.xlsx"
    nm = "Kommunstyrelsen"
    # enhet, process, risk, S, K, km, metod, frekvens, ansvarig, t1, t2, komm, status, avv
    R = [
        ("Ekonomienheten", "Redovisning", "Felaktig redovisning", 2, 3, "Kontroll av att manuella verifikationer i ekonomisystemet är attesterade och har underlag", "Stickprov 30 verifikationer", "Tertialvis", "Redovisningschef", 1, 2,
         "Stickprov 30 manuella verifikationer.\n3 saknade bifogat underlag, kompletterat i augusti.", "GENOMFORD", "ja"),
        ("Ekonomienheten", "Redovisning", "Felaktig redovisning", 2, 3, "Avstämning av balanskonton (kundfordringar, leverantörsskulder) per tertial", "Avstämning", "Tertialvis", "Redovisningschef", 1, 1,
         "Avstämning per 31 augusti klar, inga differenser.", "GENOMFORD", "nej"),
        ("Ekonomienheten", "Utbetalningar", "Bedrägeri", 3, 4, "Kontroll av ändringar av leverantörers bankuppgifter (skydd mot bedrägeriförsök)", "Genomgång ändringslogg", "Tertialvis", "Ekonomichef", 1, 2,
         "Två försök till bedrägeri via falska ändringsanmälningar upptäcktes och stoppades innan utbetalning.\nRutinen med telefonverifiering har fungerat men en ändring registrerades innan verifiering gjorts.", "GENOMFORD", "ja"),
        ("Ekonomienheten", "Utbetalningar", "Dubbelbetalning", 2, 2, "Kontroll av dubbelbetalningar av leverantörsfakturor", "Systemrapport", "Årligen (T1)", "Ekonomichef", 1, None,
         None, "GENOMFORD", "nej"),
        ("HR-enheten", "Lön", "Felaktiga löneutbetalningar", 3, 3, "Kontroll av att löneutbetalningar baseras på korrekta anställningsavtal (stickprov nyanställda)", "Stickprov 25 avtal", "Tertialvis", "Lönechef", 3, 1,
         "Samtliga 25 granskade avtal överensstämmer med registrerad lön.", "GENOMFORD", "nej"),
        ("HR-enheten", "Arbetsmiljö", "Bristande rehabilitering", 3, 3, "Kontroll av att chefer genomför och dokumenterar rehabiliteringsutredningar vid upprepad korttidsfrånvaro", "Genomgång i HR-systemet", "T1, T2", "HR-chef", 4, 3,
         "Genomgång påbörjad i augusti.\nPreliminärt saknas dokumentation för ca 20 % av ärendena.\nSlutredovisning sker i årsbokslutet.", "DELVIS", "ja"),
        ("HR-enheten", "Personalpolicy", "Otillåtna bisysslor", 2, 3, "Kontroll av bisysslor – att anmälda bisysslor har prövats", "Enkät till chefer", "T2", "HR-chef", None, 4,
         "Ej genomförd, skjuts till 2026 på grund av ny bisysslepolicy.", "EJ_GENOMFORD", ""),
        ("IT-enheten", "Behörigheter", "Obehörig åtkomst", 3, 4, "Kontroll av att behörigheter avslutas när anställning upphör", "Jämförelse AD mot personalsystem", "Tertialvis", "IT-säkerhetssamordnare", 1, 2,
         "Jämförelse mellan AD och personalsystemet: 14 konton aktiva efter avslutad anställning.\nKontona spärrades 2025-08-28.", "GENOMFORD", "ja"),
        ("IT-enheten", "Drift", "Förlust av data", 2, 4, "Kontroll av att backup av kritiska system återläses och testas", "Återläsningstest", "Årligen", "Driftchef", None, 1,
         "Återläsningstest av ekonomisystem och ärendehanteringssystem genomfört 2025-06-17. Godkänt.", "GENOMFORD", "nej"),
        ("IT-enheten", "Informationssäkerhet", "Incidenter hanteras inte", 2, 3, "Uppföljning av informationssäkerhetsincidenter", "Incidentlogg", "Tertialvis", "IT-säkerhetssamordnare", 1, 5,
         "Utgår – hanteras i förvaltningens nya ISMS-uppföljning enligt beslut KS 2025-05-07 § 112.", "UTGAR", ""),
        ("Kansliet", "Delegation", "Beslut fattas utan mandat", 2, 3, "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Jämförelse delegationslista/protokoll", "Tertialvis", "Kanslichef", 1, 1,
         "Genomförd.", "GENOMFORD", "nej"),
        ("Kansliet", "Offentlighet", "Allmänna handlingar lämnas inte ut skyndsamt", 2, 2, "Kontroll av diarieföring och handläggningstid för allmänna handlingar (utlämnande)", "Mätning i diariet", "T2, T3", "Registrator", 3, 3,
         "Mätning pågår, resultat redovisas i T3.", "DELVIS", ""),
        ("Kansliet", "Arvoden", "Felaktiga arvoden", 2, 2, "Kontroll av att arvoden till förtroendevalda betalas ut enligt arvodesreglementet", "Stickprov 20 utbetalningar", "Tertialvis", "Nämndsekreterare", 2, 1,
         "Stickprov 20 arvodesutbetalningar januari–augusti, inga fel.", "GENOMFORD", "nej"),
        ("Upphandlingsenheten", "Inköp", "Otillåtna direktupphandlingar", 3, 3, "Kontroll av direktupphandlingar över 100 000 kr – dokumentation enligt riktlinje", "Granskning av dokumentation", "Tertialvis", "Upphandlingschef", 3, 2,
         "Granskning av 22 direktupphandlingar. 5 saknade dokumentation av konkurrensutsättning.\nUtbildning för beställare genomförs i oktober.", "GENOMFORD", "ja"),
        ("Upphandlingsenheten", "Inköp", "Köp utanför avtal", 3, 2, "Kontroll av avtalstrohet – köp utanför avtal", "Analys leverantörsreskontra", "T2", "Upphandlingschef", 4, "1/3",
         "Se separat rapport.", "OKLAR", ""),
        ("Ekonomienheten", "Skatter och moms", "Felaktigt momsavdrag", 2, 2, "Kontroll av att moms vid representation hanteras korrekt", "Stickprov", "T2", "Redovisningschef", None, None,
         None, "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "Uppföljning T2"
    ws["A1"] = "Kommunledningsförvaltningen – internkontrollplan 2025, uppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod: 2025-01-01 – 2025-08-31"
    # two-level header
    ws.merge_cells("A4:C4"); ws["A4"] = "Verksamhet"
    ws.merge_cells("D4:G4"); ws["D4"] = "Riskbedömning"
    ws.merge_cells("H4:K4"); ws["H4"] = "Plan"
    ws.merge_cells("L4:N4"); ws["L4"] = "Uppföljning (statuskod, se förklaring nedan)"
    hdr = ["Nr", "Enhet", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens",
           "Ansvarig", "T1", "T2", "Kommentar T2"]
    fill = PatternFill("solid", fgColor="D9D9D9")
    for i, h in enumerate(hdr, 1):
        for rr in (4, 5):
            c = ws.cell(rr, i); c.fill = fill; c.font = Font(bold=True); c.border = BOX; c.alignment = WRAP
        ws.cell(5, i, h)
    r = 6
    for n, (en, pr, risk, s, k, km, met, fr, ans, t1, t2, kom, st, avv) in enumerate(R, 1):
        vals = [n, en, pr, risk, s, k, s * k, km, met, fr, ans, t1, t2, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        EXP.append((fil, nm, km, st, avv))
        r += 1
    # merge enhet cells for consecutive same values
    start = 6
    for rr in range(7, r + 1):
        if rr == r or ws.cell(rr, 2).value != ws.cell(start, 2).value:
            if rr - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=rr - 1, end_column=2)
            start = rr
    r += 1
    ws.cell(r, 1, "Förklaring statuskoder:").font = Font(bold=True)
    for i, t in enumerate(["1 = Genomförd utan avvikelse", "2 = Genomförd med avvikelse", "3 = Påbörjad/delvis genomförd",
                           "4 = Ej genomförd", "5 = Utgår"], 1):
        ws.cell(r + i, 1, t)
    ws.cell(r + 7, 1, "Riskvärde = sannolikhet × konsekvens (1–4). Riskvärde 9 eller högre = hög risk.")
    for col, w in zip("ABCDEFGHIJKLMN", [5, 18, 16, 22, 11, 11, 9, 46, 22, 12, 18, 6, 6, 60]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- 5. TN .xls (easy)
def f_tn():
    fil = "Tekniska nämnden tertial 2 2025.xls"
    nm = "Tekniska nämnden"
    R = [
        ("Gata/park", "Kontroll av att egenkontroller av lekplatser utförs enligt SS-EN 1176", "Parkchef", "Ja",
         "Samtliga 38 lekplatser besiktigade i maj. Två gungställningar bytta efter anmärkning.", "Klar", "GENOMFORD", "ja"),
        ("Gata/park", "Kontroll av att vinterväghållningsentreprenörens fakturor stäms av mot körjournaler", "Gatuchef", "Ja",
         "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Gata/park", "Kontroll av att markupplåtelser och schakttillstånd faktureras", "Gatuchef", "Delvis",
         "Kontrollerat 40 av 112 tillstånd, 3 var inte fakturerade.", "Fakturering sker i september. Kontrollen fortsätter T3.", "DELVIS", "ja"),
        ("Fastighet", "Kontroll av att lagstadgade besiktningar (OVK, hissar, brandlarm) är utförda i kommunens fastigheter", "Fastighetschef", "Ja",
         "OVK: 4 objekt med anmärkning.\nHissar och brandlarm utan anmärkning.", "Anmärkningar OVK åtgärdas under hösten.", "GENOMFORD", "ja"),
        ("Fastighet", "Kontroll av att hyresavtal för externa lokaler indexuppräknas enligt avtal", "Fastighetsekonom", "Nej",
         "Ej utförd – personalbrist inom fastighetsekonomi.", "Genomförs T3.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Kontroll av ÄTA-arbeten i byggprojekt – beställning och godkännande före utförande", "Projektchef", "Ja",
         "Granskning av ÄTA i projekt Norrvikens skola. Samtliga ÄTA skriftligen beställda. Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Kost och lokalvård", "Kontroll av livsmedelshantering och egenkontroll i tillagningskök", "Kostchef", "Ja",
         "Egenkontrollprogrammet följs i alla 12 kök. Miljöförvaltningens inspektion utan anmärkning.", "", "GENOMFORD", "nej"),
        ("Kost och lokalvård", "Kontroll av att specialkost hanteras enligt rutin (allergener)", "Kostchef", "Ja",
         "En incident i juni där fel kost serverades, ingen allvarlig reaktion.", "Rutinen förtydligad och genomgången med personalen.", "GENOMFORD", "ja"),
        ("Fordon", "Kontroll av att drivmedelskort används enligt riktlinjer", "Fordonssamordnare", "Utgår",
         "Kortsystemet ersatt av e-tankning från 1 maj.", "", "UTGAR", ""),
        ("Fordon", "Kontroll av körjournaler för kommunens fordon", "Fordonssamordnare", "",
         "", "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "T2 2025"
    ws["A1"] = "Tekniska nämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontroll T2 2025"
    hdr = ["Verksamhet", "Kontrollmoment", "Ansvarig", "Kontroll utförd (Ja/Nej/Delvis)", "Iakttagelser/avvikelser", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.alignment = WRAP
    for j, row in enumerate(R, 5):
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(j, i, v if v != "" else None); c.alignment = WRAP
        EXP.append((fil, nm, row[1], row[6], row[7]))
    j = 5 + len(R) + 1
    ws.cell(j, 1, "Sjöstad 2025-09-10"); ws.cell(j + 1, 1, "Anna Lindqvist, förvaltningschef Tekniska förvaltningen")
    for col, w in zip("ABCDEF", [18, 50, 18, 14, 55, 35]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "Tekniska nämnden tertial 2 2025.xlsx")
    wb.save(src)
    convert(src, "xls:MS Excel 97", fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- 6. KFN .odt, text only
def f_kfn():
    fil = "KFN uppföljning internkontroll augusti 2025.odt"
    nm = "Kultur- och fritidsnämnden"
    S = [
        ("Bibliotek", [
            ("Kontroll av kontanthantering i bibliotekens kassor (dagskassa och redovisning)",
             "Oanmäld kassainventering vid huvudbiblioteket och två filialer i juni. Kassorna stämde.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av att inköp av media sker enligt upphandlat avtal",
             "Genomgång av inköp januari–juni visar att 96 % av medieinköpen gjorts via avtalad leverantör. Köp utanför avtal (e-böcker via ny plattform) har avbrutits.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ]),
        ("Föreningsbidrag", [
            ("Kontroll av att föreningsbidrag (aktivitetsstöd) betalas ut på korrekt underlag",
             "Stickprov bland 15 föreningar. Närvarolistorna stämde i 13 fall; två föreningar har fått återbetalningskrav.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Kontroll av att föreningar som får bidrag lämnat årsredovisning och verksamhetsberättelse",
             "Påbörjad. 41 av 63 föreningar har lämnat handlingar. Påminnelser har skickats till övriga.",
             "Delvis genomförd", "DELVIS", ""),
        ]),
        ("Fritidsgårdar", [
            ("Kontroll av att registerutdrag finns för personal och ideella ledare i fritidsgårdsverksamheten",
             "Se bilaga 2.", None, "OKLAR", ""),
            ("Kontroll av rutiner för incidentrapportering vid fritidsgårdarna",
             "Kontrollen har inte genomförts under perioden. Fritidsgårdarna har haft sommarstängt och kontrollen genomförs i oktober.",
             None, "EJ_GENOMFORD", ""),
        ]),
        ("Anläggningar", [
            ("Kontroll av att bokningar och uthyrning av idrottsanläggningar faktureras",
             "Avstämning mellan bokningssystemet (Interbook Go) och faktureringen för mars–juli. Samtliga bokningar var fakturerade.",
             "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av badvattenprover och säkerhetsrutiner vid simhallen",
             "Simhallen är stängd för renovering under 2025 (beslut KFN 2025-02-12 § 9).", "Utgår", "UTGAR", ""),
            ("Kontroll av att entréintäkter vid ishallen redovisas korrekt", "–", "", "SAKNAS", ""),
        ]),
        ("Förvaltningsgemensamt", [
            ("Attestkontroll av leverantörsfakturor",
             "Stickprov 25 fakturor. Samtliga korrekt attesterade.", "Genomförd", "GENOMFORD", "nej"),
        ]),
    ]
    d = Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertialrapport 2 (januari–augusti)").runs[0].bold = True
    d.add_paragraph("Kultur- och fritidsförvaltningen har under perioden följt upp de kontrollmoment som nämnden beslutade om "
                    "i internkontrollplanen för 2025 (KFN 2024-12-11 § 118). Nedan redovisas resultatet per verksamhet. "
                    "Nämndens samlade bedömning är att den interna kontrollen i huvudsak är tillräcklig.")
    for sec, items in S:
        d.add_heading(sec, level=2)
        for km, res, bed, st, avv in items:
            p = d.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
            p = d.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
            if bed is not None:
                p = d.add_paragraph(); p.add_run("Bedömning: ").bold = True; p.add_run(bed)
            d.add_paragraph()
            EXP.append((fil, nm, km, st, avv))
    d.add_paragraph("Sjöstad den 5 september 2025")
    d.add_paragraph("Per Nyström, kultur- och fritidschef")
    src = os.path.join(TMP, "KFN uppföljning internkontroll augusti 2025.docx")
    d.save(src)
    convert(src, "odt", fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- 7. SBN + MHN .ods, tick columns, two sheets
def f_sbn_mhn():
    fil = "Samhällsbyggnad och miljö IK T2 2025.ods"
    sheets = [
        ("SBN", "Samhällsbyggnadsnämnden", [
            ("Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "Mätning påbörjad", "X", "", "",
             "Av 212 beslut fattades 205 inom 10 veckor.\nI sju ärenden reducerades avgiften enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
            ("Kontroll av att avgifter för bygglov debiteras enligt taxa", "Bygglovschef", "", "X", "", "",
             "Stickprov 20 ärenden, korrekt debitering.", "GENOMFORD", "nej"),
            ("Kontroll av delegationsbeslut inom plan- och bygglovsområdet", "Planchef", "", "", "X", "",
             "Granskning av beslut för januari–april klar, maj–augusti återstår.", "DELVIS", ""),
            ("Kontroll av att planavtal tecknas innan planarbete påbörjas", "Planchef", "", "", "", "X",
             "Skjuts fram till T3.", "EJ_GENOMFORD", ""),
            ("Kontroll av att lantmäteriförrättningar faktureras", "Mätchef", "", "X", "X", "",
             "", "OKLAR", ""),
            ("Uppföljning av att tillsynsärenden (olovligt byggande) avslutas eller drivs vidare", "Byggnadsinspektör", "", "", "", "",
             "", "SAKNAS", ""),
        ]),
        ("MHN", "Miljö- och hälsoskyddsnämnden", [
            ("Kontroll av att planerad livsmedelskontroll genomförs enligt kontrollplanen", "Miljöchef", "28 % av planerade kontroller utförda", "", "X", "",
             "62 % av planerade kontroller utförda per 31/8 (mål 67 %).\nEftersläpning på grund av vakans, rekrytering klar i september.", "DELVIS", "ja"),
            ("Kontroll av att tillsynsavgifter (timavgift och årsavgift) debiteras enligt taxa", "Miljöchef", "", "X", "", "",
             "Inga avvikelser i granskade 30 ärenden.", "GENOMFORD", "nej"),
            ("Kontroll av handläggningstid för ansökan om enskilt avlopp", "Enhetschef miljöskydd", "", "X", "", "",
             "Median 5 veckor. Två ärenden översteg målet om 8 veckor.", "GENOMFORD", "ja"),
            ("Kontroll av att jäv hanteras och dokumenteras i inspektörernas ärenden", "Miljöchef", "", "", "", "",
             "Utgår enligt MHN beslut 2025-03-18 § 22.", "UTGAR", ""),
            ("Kontroll av att miljösanktionsavgifter beslutas vid konstaterade överträdelser", "Enhetschef miljöskydd", "", "X", "", "",
             "Tre beslut om miljösanktionsavgift under perioden, samtliga korrekt handlagda.", "GENOMFORD", "nej"),
            ("Kontroll av diarieföring av inkommande handlingar i Ecos", "Administrativ chef", "", "", "", "X",
             "Ej genomförd.", "EJ_GENOMFORD", ""),
        ]),
    ]
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    for sname, nm, rows in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = f"{nm} – uppföljning internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Period: 2025-01-01 – 2025-08-31 (T2)"
        ws["A3"] = "Markera med X i en av kolumnerna för T2."
        ws.merge_cells("D5:F5"); ws["D5"] = "Status T2 (markera med X)"
        hdr = ["Kontrollmoment", "Ansvarig", "Kommentar T1", "Genomförd", "Delvis", "Ej genomförd", "Kommentar T2"]
        for i, h in enumerate(hdr, 1):
            ws.cell(6, i, h).font = Font(bold=True)
            ws.cell(6, i).alignment = WRAP
        ws["D5"].font = Font(bold=True)
        for j, row in enumerate(rows, 7):
            for i, v in enumerate(row[:7], 1):
                c = ws.cell(j, i, v if v != "" else None); c.alignment = WRAP
            EXP.append((fil, nm, row[0], row[7], row[8]))
        for col, w in zip("ABCDEFG", [50, 20, 25, 11, 9, 12, 60]):
            ws.column_dimensions[col].width = w
        FILES.append((fil, "INLAST", nm, "2025", "T2"))
    src = os.path.join(TMP, "Samhällsbyggnad och miljö IK T2 2025.xlsx")
    wb.save(src)
    convert(src, "ods", fil)

# ---------------------------------------------------------------- 8. rejected: Excel lock file
def f_lock():
    fil = "~$IK-uppföljning T2 2025 KLF.xlsx"
    user = "Maria Ek"
    data = bytes([len(user)]) + user.encode("latin-1") + b" " * (53 - len(user))
    data += bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    data = data[:162].ljust(162, b"\x00")
    with open(fil, "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljönämnden|Miljöförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]

if __name__ == "__main__":
    for fn in (f_bun, f_von, f_sn, f_ks, f_tn, f_kfn, f_sbn_mhn, f_lock):
        fn()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(NAMNDER)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXP), "controls")
