#!/usr/bin/python3
"""Blind round r318 - Grötlunda kommun, T2 2025 inbox (system exports + hand-made templates)."""
import csv, io, os, shutil, subprocess, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
TMP = os.path.join(HERE, "_tmp")
EXP = []      # expected rows: fil, nämnd, kontrollmoment, status, avvikelse
FILES = []    # fil, utfall, nämnd, år, period

def exp(fil, namnd, km, status, avv):
    EXP.append((fil, namnd, km, status, avv))

FIXED = dt.datetime(2025, 9, 16, 8, 0, 0)
def fix_props(wb):
    wb.properties.creator = "Grötlunda kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1. Stratsys export (KS, SBN, TN)
def stratsys():
    fil = "Stratsys_Export_Internkontroll_2025-09-15.xlsx"
    KS, SBN, TN = "Kommunstyrelsen", "Samhällsbyggnadsnämnden", "Tekniska nämnden"
    org = {KS: "Grötlunda kommun / Kommunstyrelsen",
           SBN: "Grötlunda kommun / Samhällsbyggnadsnämnden",
           TN: "Grötlunda kommun / Tekniska nämnden"}
    # nämnd, id, namn, beskrivning(metod), process, ansvarig, t1 status, t1 komm, t2 status, t2 komm, upd, av, expected status, avv
    rows = [
     (KS, "IK-KS-2025-01", "Attest av leverantörsfakturor enligt attestordningen",
      "Stickprov på leverantörsfakturor, kontroll av behörig attestant och jäv.", "Ekonomi", "Controller KLK",
      "Grön", "Stickprov 30 fakturor jan–april. Inga avvikelser.", "Grön",
      "Stickprov 40 fakturor maj–augusti.\nInga avvikelser.", dt.datetime(2025, 9, 3, 10, 12), "Eva Holm",
      "GENOMFORD", "nej"),
     (KS, "IK-KS-2025-02", "Kontroll av att representation redovisas med syfte och deltagare",
      "Granskning av verifikationer konto 6071/6072.", "Ekonomi", "Redovisningschef",
      "Gul", "Påbörjad.", "Grön",
      "Stickprov 25 verifikationer.\n3 verifikationer saknade deltagarförteckning. Återkopplat till berörda chefer och rutinen har kommunicerats på chefsforum.",
      dt.datetime(2025, 9, 8, 15, 40), "Eva Holm", "GENOMFORD", "ja"),
     (KS, "IK-KS-2025-03", "Uppföljning av att beslut i delegationsordningen anmäls till kommunstyrelsen",
      "Jämförelse av delegationsbeslut i ärendesystemet mot anmälningslistor.", "Styrning och ledning", "Kanslichef",
      "Grön", "Kontrollen görs en gång per år och genomfördes i mars. Inga avvikelser.", "", "",
      dt.datetime(2025, 4, 14, 9, 5), "Johan Berg", "GENOMFORD", "nej"),
     (KS, "IK-KS-2025-04", "Kontroll av behörigheter i ekonomisystemet (Raindance) vid avslutad anställning",
      "Avstämning av aktiva användare mot HR-systemets avslutade anställningar.", "IT och informationssäkerhet", "Systemförvaltare ekonomi",
      "", "", "Gul",
      "Genomgång påbörjad, 120 av 310 användare kontrollerade.\n4 konton för avslutade anställda låg kvar och har spärrats.",
      dt.datetime(2025, 9, 10, 13, 22), "Ali Demir", "DELVIS", "ja"),
     (KS, "IK-KS-2025-05", "Inköp sker från avtalade leverantörer (avtalstrohet)",
      "Analys av leverantörsreskontra mot avtalsdatabasen.", "Inköp och upphandling", "Upphandlingschef",
      "", "", "Röd",
      "Ej genomförd under perioden p.g.a. vakans på upphandlingsenheten.\nFlyttas till tertial 3.",
      dt.datetime(2025, 9, 11, 8, 47), "Lena Sjö", "EJ_GENOMFORD", ""),
     (KS, "IK-KS-2025-06", "Löneutbetalningar – kontroll av nyanställda mot anställningsavtal",
      "Stickprov nyanställda, lön i systemet jämförs med avtal.", "Personal", "HR-chef",
      "", "", "", "", dt.datetime(2025, 1, 28, 11, 0), "Systemadministratör", "SAKNAS", ""),
     (SBN, "IK-SBN-2025-01", "Handläggningstid för bygglov följer lagstadgad tid (10 veckor)",
      "Uttag ur ärendesystemet, beräkning av andel beslut inom tidsfrist.", "Myndighetsutövning", "Bygglovschef",
      "Gul", "Mätning jan–mars: 91 % inom 10 veckor.", "Gul",
      "Mätning januari–juni: 87 % inom 10 veckor. 14 ärenden överskred tidsfristen och avgiften har reducerats.\nMätningen för juli–augusti pågår.",
      dt.datetime(2025, 9, 5, 14, 2), "Maria Ek", "DELVIS", "ja"),
     (SBN, "IK-SBN-2025-02", "Debitering av bygglovsavgifter enligt taxa",
      "Stickprov på beslut, kontroll av avgift mot PBL-taxan.", "Ekonomi", "Administrativ chef",
      "", "", "Grön", "20 beslut granskade, samtliga debiterade enligt taxa.",
      dt.datetime(2025, 9, 5, 14, 9), "Maria Ek", "GENOMFORD", "nej"),
     (SBN, "IK-SBN-2025-03", "Diarieföring av inkomna handlingar inom två arbetsdagar",
      "Stickprov på inkomna handlingar, datum för inkomst jämförs med registreringsdatum.", "Informationshantering", "Registrator",
      "Röd", "", "Röd", "Ej påbörjad.",
      dt.datetime(2025, 8, 29, 10, 30), "Maria Ek", "EJ_GENOMFORD", ""),
     (SBN, "IK-SBN-2025-04", "Kontroll av exploateringsavtal – fakturering av exploateringsersättning",
      "Genomgång av ingångna exploateringsavtal och utställda fakturor.", "Ekonomi", "Exploateringschef",
      "Grå", "Utgår enligt beslut SBN 2025-05-20 § 64.", "Grå",
      "Utgår enligt beslut SBN 2025-05-20 § 64, inga nya exploateringsavtal under 2025.",
      dt.datetime(2025, 5, 22, 9, 15), "Per Wall", "UTGAR", ""),
     (TN, "IK-TN-2025-01", "Kontroll av fordonsbokningar och körjournaler",
      "Genomgång av körjournaler för kommunens fordon.", "Fordon", "Fordonssamordnare",
      "", "", "Grön",
      "Körjournaler för 12 fordon kontrollerade.\nTvå fordon saknade anteckningar för juni – rutinen har förtydligats för berörd enhet.",
      dt.datetime(2025, 9, 12, 7, 58), "Sara Lind", "GENOMFORD", "ja"),
     (TN, "IK-TN-2025-02", "Avstämning av VA-abonnemang mot fastighetsregistret",
      "Matchning av abonnentregistret mot fastighetsregistret.", "VA", "VA-chef",
      "", "", "Gul", "Avstämning pågår, beräknas klar i oktober.",
      dt.datetime(2025, 9, 12, 8, 3), "Sara Lind", "DELVIS", ""),
     (TN, "IK-TN-2025-03", "Kontroll av att ÄTA-arbeten i entreprenader är beställda skriftligt",
      "Granskning av ÄTA-fakturor mot skriftliga beställningar.", "Investeringar", "Projektchef",
      "", "", "Grön", "Granskat 3 entreprenader (Skolgatan, Åvägen, reningsverket etapp 2). Inga avvikelser.",
      dt.datetime(2025, 9, 1, 16, 45), "Nils Ahl", "GENOMFORD", "nej"),
     (TN, "IK-TN-2025-04", "Inventering av kommunens maskiner och inventarier",
      "Inventering mot anläggningsregistret.", "Ekonomi", "Teknisk chef",
      "", "", "", "Se bilaga.",
      dt.datetime(2025, 9, 14, 20, 11), "Nils Ahl", "OKLAR", ""),
    ]
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Export"
    ws["A1"] = "Internkontrollplan 2025 - Uppföljning"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Filter: Period = Tertial 2 2025; Organisation = Kommunstyrelsen, Samhällsbyggnadsnämnden, Tekniska nämnden"
    ws["A3"] = "Exporterad 2025-09-15 09:41 av ekonomikontoret"
    hdr = ["Organisation", "Id", "Namn", "Beskrivning", "Process", "Ansvarig",
           "Tertial 1 - Status", "Tertial 1 - Kommentar", "Tertial 2 - Status", "Tertial 2 - Kommentar",
           "Senast uppdaterad", "Uppdaterad av"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78"); c.alignment = WRAP
    for r in rows:
        ws.append([org[r[0]], r[1], r[2], r[3], r[4], r[5], r[6] or None, r[7] or None, r[8] or None, r[9] or None, r[10], r[11]])
        ws.cell(ws.max_row, 11).number_format = "yyyy-mm-dd hh:mm"
        for c in ws[ws.max_row]:
            c.alignment = WRAP
        exp(fil, r[0], r[2], r[12], r[13])
    for col, w in zip("ABCDEFGHIJKL", [36, 15, 48, 40, 22, 22, 12, 40, 12, 55, 17, 18]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A5:L{ws.max_row}"
    ws.freeze_panes = "C6"
    s2 = wb.create_sheet("Symbolförklaring")
    for r in [("Status", "Betydelse"), ("Grön", "Genomförd enligt plan"), ("Gul", "Påbörjad / delvis genomförd"),
              ("Röd", "Ej genomförd"), ("Grå", "Utgår"), ("(tom)", "Ej rapporterad")]:
        s2.append(r)
    s2["A1"].font = s2["B1"].font = Font(bold=True)
    s2.column_dimensions["B"].width = 32
    wb.save(fil)
    for n in (KS, SBN, TN):
        FILES.append((fil, "INLAST", n, "2025", "T2"))

# ---------------------------------------------------------------- 2. Hypergene CSV, long format, ISO-8859-1 (VON)
def hypergene_von():
    fil = "Export_Hypergene_20250916.csv"
    N = "Vård- och omsorgsnämnden"
    org = "Vård- och omsorgsförvaltningen"
    # id, aktivitet, process, risk, riskvärde, [(period, status, kommentar, upd, av)], exp status, avv
    acts = [
     ("A1021", "Kontroll av att biståndsbeslut verkställs inom tre månader", "Myndighetsutövning",
      "Beslut verkställs inte i tid", 12,
      [("2025 T1", "Pågår", "Uppföljning av ej verkställda beslut pågår.", "2025-04-28 10:14", "kaj.nyberg"),
       ("2025 T2", "Klar", "Samtliga 46 beslut granskade.\nTvå beslut verkställdes inte inom tre månader, dessa har rapporterats till IVO.", "2025-09-09 13:51", "kaj.nyberg")],
      "GENOMFORD", "ja"),
     ("A1022", "Kontroll av läkemedelshantering enligt rutin på särskilda boenden", "Hälso- och sjukvård",
      "Felaktig läkemedelshantering", 16,
      [("2025 T1", "Klar", "Egenkontroll genomförd på fyra boenden av MAS. Inga avvikelser. Kontrollen görs en gång per år.", "2025-04-30 09:02", "mas.grotlunda"),
       ("2025 T2", "", "", "", "")],
      "GENOMFORD", "nej"),
     ("A1023", "Avgiftsdebitering hemtjänst - kontroll av underlag mot utförd tid", "Ekonomi",
      "Felaktiga avgifter", 9,
      [("2025 T1", "Ej påbörjad", "", "2025-04-22 15:30", "anna.ros"),
       ("2025 T2", "Pågår", "Stickprov på 30 brukare påbörjat, 18 klara.\nHittills 3 felaktiga debiteringar som har korrigerats.", "2025-09-02 11:07", "anna.ros")],
      "DELVIS", "ja"),
     ("A1024", "Kontroll av timanställdas arbetade tid mot schema (Time Care)", "Personal",
      "Felaktiga löneutbetalningar", 8,
      [("2025 T1", "Ej påbörjad", "", "2025-04-22 15:31", "anna.ros"),
       ("2025 T2", "Ej påbörjad", "Skjuts till 2026 p.g.a. byte av schemasystem.", "2025-09-02 11:09", "anna.ros")],
      "EJ_GENOMFORD", ""),
     ("A1025", "Loggkontroll i verksamhetssystemet (Lifecare) - otillbörlig åtkomst", "Informationssäkerhet",
      "Obehörig tar del av personuppgifter", 12,
      [("2025 T1", "Klar", "Loggkontroll 25 journaler, inga avvikelser.", "2025-04-25 08:40", "it.samordnare"),
       ("2025 T2", "Klar", "Loggkontroll av 50 slumpvis utvalda journaler.\n1 otillbörlig åtkomst upptäcktes; hanterad enligt rutin och anmäld till IMY.", "2025-09-05 14:20", "it.samordnare")],
      "GENOMFORD", "ja"),
     ("A1026", "Hantering av brukares privata medel på särskilt boende", "Ekonomi",
      "Förskingring av brukares medel", 15,
      [("2025 T1", "Pågår", "", "2025-04-29 16:00", "anna.ros"),
       ("2025 T2", "Klar", "Kassaböcker kontrollerade på samtliga sju enheter. Inga avvikelser.", "2025-09-03 10:45", "anna.ros")],
      "GENOMFORD", "nej"),
     ("A1027", "Inköp av förbrukningsmaterial via e-handel", "Inköp",
      "Inköp utanför avtal", 6,
      [("2025 T1", "Makulerad", "Utgår enligt nämndbeslut 2025-03-26 § 31.", "2025-03-27 09:12", "kaj.nyberg"),
       ("2025 T2", "Makulerad", "", "2025-03-27 09:12", "kaj.nyberg")],
      "UTGAR", ""),
     ("A1028", "Avvikelserapportering enligt lex Sarah följs upp månadsvis", "Kvalitet",
      "Missförhållanden åtgärdas inte", 12,
      [("2025 T1", "Klar", "Uppföljning jan-april gjord i ledningsgruppen.", "2025-05-02 13:00", "kvalitetsstrateg"),
       ("2025 T2", "Pågår", "Maj och juni uppföljda. Uppföljningen för juli-augusti är inte klar p.g.a. semester.", "2025-09-10 09:33", "kvalitetsstrateg")],
      "DELVIS", ""),
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Organisation", "Aktivitets-ID", "Aktivitet", "Process", "Risk", "Riskvärde", "Period",
                "Status", "Kommentar", "Senast uppdaterad", "Uppdaterad av"])
    for a in acts:
        for p in a[5]:
            w.writerow([org, a[0], a[1], a[2], a[3], a[4], p[0], p[1], p[2], p[3], p[4]])
        exp(fil, N, a[1], a[6], a[7])
    with open(fil, "wb") as f:
        f.write(out.getvalue().encode("iso-8859-1"))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 3. Hypergene CSV, wide, UTF-8 BOM, report title line (ÖFN)
def hypergene_ofn():
    fil = "IK_rapport_T2_2025.csv"
    N = "Överförmyndarnämnden"
    items = [
     ("ÖFN-1", "Granskning av årsräkningar inom föreskriven tid", "Handläggare", "Årligen",
      "Gul", "Grön", "Samtliga 212 årsräkningar granskade per 31 augusti.", "2025-09-04", "GENOMFORD", "nej"),
     ("ÖFN-2", "Kontroll av att ställföreträdare har giltigt utdrag ur belastningsregistret", "Enhetschef", "Löpande",
      "", "Gul", "Kontroll pågår, 60 av 95 ställföreträdare kontrollerade.", "2025-09-04", "DELVIS", ""),
     ("ÖFN-3", "Arvodesutbetalningar till ställföreträdare stäms av mot beslut", "Ekonom", "Tertial",
      "Grön", "Grön", "Stickprov 15 utbetalningar.\nEtt arvode var felberäknat och har rättats.", "2025-09-01", "GENOMFORD", "ja"),
     ("ÖFN-4", "Uttagstillstånd från spärrade konton hanteras enligt rutin", "Handläggare", "Årligen",
      "", "Röd", "Ej genomförd på grund av resursbrist, görs under hösten.", "2025-08-30", "EJ_GENOMFORD", ""),
     ("ÖFN-5", "Gallring av akter enligt dokumenthanteringsplan", "Registrator", "Årligen",
      "", "", "", "2025-01-15", "SAKNAS", ""),
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(["Rapport: Internkontroll - Överförmyndarnämnden", "", "", "", "", "", "", ""])
    w.writerow(["Utskriftsdatum: 2025-09-16", "", "", "", "", "", "", ""])
    w.writerow([""] * 8)
    w.writerow(["Id", "Namn", "Ansvarig", "Frekvens", "Status T1 2025", "Status T2 2025", "Kommentar T2 2025", "Senast uppdaterad"])
    for it in items:
        w.writerow(list(it[:8]))
        exp(fil, N, it[1], it[8], it[9])
    with open(fil, "wb") as f:
        f.write(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 4. Word report printed from system (BUN)
def word_bun():
    fil = "Uppföljning internkontroll BUN T2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    blocks = [
     ("Elevhälsa och skolplikt", [
      ("BUN-IK-01", "Kontroll av att elevers frånvaro registreras och följs upp enligt rutin",
       "Stickprov i Skola24 på sex grundskolor.", "Rektor", "Slutförd",
       "Genomgång på sex grundskolor. Två skolor registrerade inte ogiltig frånvaro samma dag; rutinen har påmints om på rektorsmöte.",
       "2025-09-08", "GENOMFORD", "ja"),
      ("BUN-IK-02", "Hantering av kränkande behandling – anmälan till huvudman inom fem dagar",
       "Uttag ur anmälningssystemet, jämförelse av händelsedatum och anmälningsdatum.", "Verksamhetschef grundskola", "Slutförd",
       "Av 58 anmälningar kom 9 in senare än fem arbetsdagar efter händelsen. Åtgärdsplan tas fram.",
       "2025-09-09", "GENOMFORD", "ja"),
      ("BUN-IK-03", "Skolskjuts – kontroll av att beslut finns för samtliga elever som åker",
       "Jämförelse av skolskjutslistor mot beslut.", "Skolskjutssamordnare", "Slutförd",
       "Samtliga 412 elever har giltigt beslut. Inga avvikelser.", "2025-08-28", "GENOMFORD", "nej"),
     ]),
     ("Personal", [
      ("BUN-IK-04", "Kontroll av registerutdrag från belastningsregistret vid nyanställning",
       "Stickprov 40 nyanställningar.", "HR-specialist", "Pågående",
       "20 av planerade 40 stickprov genomförda, inga avvikelser hittills.", "2025-09-01", "DELVIS", "nej"),
      ("BUN-IK-05", "Uppföljning av lärares legitimation och behörighet vid tillsvidareanställning",
       "Kontroll mot Skolverkets legitimationsregister.", "HR-chef", "Avbruten",
       "Avbruten genom beslut BUN 2025-06-11 § 58. Kontrollen ingår i stället i HR-avdelningens centrala kontroll.",
       "2025-06-12", "UTGAR", ""),
     ]),
     ("Ekonomi", [
      ("BUN-IK-06", "Barnomsorgsavgifter – kontroll av inkomstuppgifter",
       "Stickprov av inkomstuppgifter mot uppgifter från Skatteverket.", "Avgiftshandläggare", "Ej startad",
       "Planeras till oktober.", "2025-09-02", "EJ_GENOMFORD", ""),
      ("BUN-IK-07", "Kontroll av att interkommunal ersättning faktureras för elever från andra kommuner",
       "Avstämning elevregister mot kundfakturor.", "Controller", "",
       "Kontrollen genomförd i augusti. Samtliga 31 elever är fakturerade, inga avvikelser.", "2025-08-29", "GENOMFORD", "nej"),
      ("BUN-IK-08", "Inventering av elevdatorer (1:1)",
       "Inventering mot tillgångsregistret.", "IT-samordnare", "Ej angiven",
       "Se bilaga 3.", "2025-09-11", "OKLAR", ""),
     ]),
    ]
    d = Document()
    d.core_properties.author = "Stratsys"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Grötlunda kommun\tBarn- och utbildningsnämnden"
    sec.footer.paragraphs[0].text = "Utskrift ur Stratsys 2025-09-12 14:32  |  Rapport: Internkontroll – uppföljning"
    d.add_heading("Uppföljning av internkontrollplan 2025", 0)
    p = d.add_paragraph(); p.add_run("Barn- och utbildningsnämnden").bold = True
    d.add_paragraph("Period: Tertial 2 (januari–augusti 2025)")
    d.add_paragraph("Rapporten visar nämndens kontrollaktiviteter med status och kommentar för perioden. "
                    "Statusvärden: Ej startad, Pågående, Slutförd, Avbruten.")
    for proc, items in blocks:
        d.add_heading(f"Process: {proc}", 1)
        for it in items:
            d.add_heading(f"{it[0]}", 2)
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for k, v in [("Kontrollmoment", it[1]), ("Kontrollmetod", it[2]), ("Ansvarig", it[3]),
                         ("Status", it[4]), ("Kommentar", it[5]), ("Senast uppdaterad", it[6])]:
                cells = t.add_row().cells
                cells[0].text = k; cells[1].text = v
                cells[0].paragraphs[0].runs[0].bold = True
                cells[0].width = Cm(4); cells[1].width = Cm(12)
            d.add_paragraph()
            exp(fil, N, it[1], it[7], it[8])
    d.add_paragraph("Rapporten är framtagen ur verksamhetssystemet och har inte redigerats.").italic = True
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 5. Hand-made Excel, tick columns (SN)
def excel_sn():
    fil = "IK-uppföljning SN tertial 2 2025.xlsx"
    N = "Socialnämnden"
    groups = [
     ("Myndighetsutövning", [
      ("Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader", "Uttag ur Viva, samtliga utredningar", "Enhetschef IFO",
       "D", "32 av 40 utredningar avslutade inom tiden. Åtta förlängdes utan dokumenterat beslut.", "DELVIS", "ja"),
      ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Stickprov 20 anmälningar", "Enhetschef barn och unga",
       "G", "Inga avvikelser.", "GENOMFORD", "nej"),
      ("Uppföljning av placeringar i HVB – aktuell vårdplan finns", "Genomgång av samtliga placeringar", "Enhetschef barn och unga",
       "E", "Hann inte genomföras. Flyttas till T3.", "EJ_GENOMFORD", ""),
     ]),
     ("Ekonomi", [
      ("Utbetalning av ekonomiskt bistånd – kontroll av underlag och beslut", "Stickprov 30 ärenden", "Enhetschef ekonomiskt bistånd",
       "G", "Stickprov 30 ärenden.\n2 utbetalningar saknade fullständigt underlag, återkrav har utretts.", "GENOMFORD", "ja"),
      ("Fakturor från konsulentstödda familjehem kontrolleras mot avtal", "Stickprov fakturor", "Controller",
       "GD", "", "OKLAR", ""),
      ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Controller",
       "G", "Inga avvikelser.", "GENOMFORD", "nej"),
     ]),
     ("Personal", [
      ("Kontroll av att nyanställda har undertecknat tystnadsplikt/sekretessförbindelse", "Stickprov personalakter", "HR-partner",
       "U", "Ej aktuell – ingår i HR:s centrala kontroll 2025.", "UTGAR", ""),
      ("Registerkontroll vid anställning inom barn- och ungdomsvården", "Stickprov nyanställda", "HR-partner",
       "", "", "SAKNAS", ""),
     ]),
    ]
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Uppföljning T2"
    ws["A1"] = "Uppföljning av intern kontroll 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"; ws["B2"] = "Socialnämnden"; ws["B2"].font = Font(bold=True)
    ws["A3"] = "Period:"; ws["B3"] = "Tertial 2 (jan–aug)"
    ws["A4"] = "Markera med X i den kolumn som gäller. Kommentera alltid avvikelser och ej genomförda kontroller."
    ws["A4"].font = Font(italic=True, color="7F7F7F")
    ws.merge_cells("A4:I4")
    # two-row header
    ws["A6"] = "Process"; ws["B6"] = "Kontrollmoment"; ws["C6"] = "Kontrollmetod"; ws["D6"] = "Ansvarig"
    ws["E6"] = "Status T2"; ws["I6"] = "Kommentar / åtgärd"
    for c in "ABCDI":
        ws.merge_cells(f"{c}6:{c}7")
    ws.merge_cells("E6:H6")
    for i, t in enumerate(["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]):
        ws.cell(7, 5 + i, t)
    hfill = PatternFill("solid", fgColor="D9E1F2")
    for r in (6, 7):
        for c in range(1, 10):
            cell = ws.cell(r, c); cell.font = Font(bold=True); cell.fill = hfill
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center"); cell.border = BOX
    row = 8
    col = {"G": 5, "D": 6, "E": 7, "U": 8}
    for g, items in groups:
        start = row
        for it in items:
            ws.cell(row, 2, it[0]); ws.cell(row, 3, it[1]); ws.cell(row, 4, it[2])
            for ch in it[3]:
                ws.cell(row, col[ch], "X").alignment = Alignment(horizontal="center", vertical="top")
            if it[4]:
                ws.cell(row, 9, it[4])
            for c in range(1, 10):
                ws.cell(row, c).border = BOX
                if c not in (5, 6, 7, 8):
                    ws.cell(row, c).alignment = WRAP
            exp(fil, N, it[0], it[5], it[6])
            row += 1
        # process name in merged col A beside the rows
        ws.cell(start, 1, g).alignment = WRAP
        ws.cell(start, 1).font = Font(bold=True)
        ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
    row += 1
    ws.cell(row, 1, "Datum: 2025-09-10"); row += 1
    ws.cell(row, 1, "Ansvarig för uppföljningen: Karin Lund, socialchef")
    for c, w in zip("ABCDEFGHI", [18, 48, 28, 24, 11, 11, 11, 9, 55]):
        ws.column_dimensions[c].width = w
    ws.print_title_rows = "6:7"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    return fil

# ---------------------------------------------------------------- 6. Hand-made Excel with traffic-light fills -> .xls (KFN)
def excel_kfn():
    fil = "KFN internkontroll T2 2025.xls"
    N = "Kultur- och fritidsnämnden"
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    items = [
     ("Kontroll av kassahantering i simhallens reception", "Föreståndare simhall", "Oanmäld kassaavstämning",
      G, "Kassaavstämning vid sex tillfällen, inga differenser.", "GENOMFORD", "nej"),
     ("Föreningsbidrag – kontroll av att redovisning inkommit före utbetalning", "Föreningshandläggare", "Genomgång av samtliga ansökningar",
      Y, "Kontroll påbörjad, 40 av 72 föreningar kontrollerade. Tre föreningar fick bidrag utan inlämnad verksamhetsberättelse.", "DELVIS", "ja"),
     ("Uthyrning av lokaler debiteras enligt taxa", "Bokningsansvarig", "Stickprov 25 bokningar",
      G, "En bokning var inte debiterad, faktura har skickats i efterhand.", "GENOMFORD", "ja"),
     ("Inventering av kommunens konstsamling", "Kultursekreterare", "Inventering mot konstregistret",
      R, "Inventeringen har inte startat, saknas resurser.", "EJ_GENOMFORD", ""),
     ("Kontroll av att bibliotekets avtal för e-medier följs", "Bibliotekschef", "Avstämning av lån mot avtal",
      GR, "Utgår – avtalet hanteras av regionen från 2025.", "UTGAR", ""),
     ("Registerutdrag för ledare i sommarlovsverksamheten", "Fritidschef", "Kontroll av samtliga ledare",
      None, "", "SAKNAS", ""),
     ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "Stickprov 20 fakturor",
      G, "", "GENOMFORD", ""),
    ]
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsförvaltningen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2"; ws["A2"].font = Font(bold=True)
    ws["D3"] = "Färgförklaring:"; ws["D3"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(G, "Genomförd"), (Y, "Delvis genomförd / pågår"), (R, "Ej genomförd"), (GR, "Utgår")]):
        ws.cell(3 + i, 5).fill = PatternFill("solid", fgColor=col)
        ws.cell(3 + i, 6, txt)
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Kontrollmetod", "Status", "Kommentar"]
    for i, h in enumerate(hdr):
        c = ws.cell(8, i + 1, h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for n, it in enumerate(items, 1):
        r = 8 + n
        vals = [n, it[0], it[1], it[2], None, it[4] or None]
        for i, v in enumerate(vals):
            c = ws.cell(r, i + 1, v); c.border = BOX; c.alignment = WRAP
        if it[3]:
            ws.cell(r, 5).fill = PatternFill("solid", fgColor=it[3])
        exp(fil, N, it[0], it[5], it[6])
    ws.cell(8 + len(items) + 2, 1, "Uppföljningen redovisas för kultur- och fritidsnämnden 2025-09-24.")
    for c, w in zip("ABCDEF", [5, 50, 22, 30, 10, 60]):
        ws.column_dimensions[c].width = w
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "kfn.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round318",
                    "--convert-to", "xls:MS Excel 97", "--outdir", TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(TMP, "kfn.xls"), fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 7. Hand-made Excel, plan + T1/T2/helår side by side, nämnd only in print header + file name (MBN)
def excel_mbn():
    fil = "MBN IKP 2025 uppf T2.xlsx"
    N = "Miljö- och byggnämnden"
    items = [
     ("Felaktig debitering", "Tillsynsavgifter debiteras enligt taxa och tillsynsplan", 3, 3, "Miljöchef", "Tertial",
      ("Delvis", "Halva urvalet klart."), ("Genomförd", "30 objekt granskade. Två objekt hade fel avgiftsklass, rättat och kunden informerad."),
      "GENOMFORD", "ja"),
     ("Sakägare får inte möjlighet att överklaga", "Kontroll av att beslut om bygglov expedieras till sakägare", 2, 4, "Bygglovschef", "Tertial",
      ("Genomförd", "Inga avvikelser."), ("Genomförd", "Stickprov 15 beslut. Inga avvikelser."),
      "GENOMFORD", "nej"),
     ("Kontrollskulden växer", "Livsmedelskontroller genomförs enligt fastställd kontrollplan", 3, 3, "Livsmedelsinspektör", "Tertial",
      ("Pågår", "28 % av planerade kontroller utförda."), ("Pågår", "62 % av årets planerade kontroller utförda per 31/8."),
      "DELVIS", ""),
     ("Jäv vid handläggning", "Jäv – kontroll av att handläggare inte handlägger ärenden där de är jäviga", 2, 4, "Förvaltningschef", "Årligen",
      ("", ""), ("Ej genomförd", "Ej påbörjad, planeras till hösten."),
      "EJ_GENOMFORD", ""),
     ("Handlingar gallras eller förkommer", "Arkivering av avslutade ärenden i e-arkivet", 2, 2, "Registrator", "Årligen",
      ("Ej aktuell", "Ej aktuell 2025 – e-arkivet driftsätts först 2026."), ("Ej aktuell", ""),
      "UTGAR", ""),
     ("Beslut fattas utan delegation", "Delegationsbeslut anmäls till nämnden", 2, 3, "Nämndsekreterare", "Tertial",
      ("Genomförd", "Jan–apr kontrollerat, inga avvikelser."), ("Genomförd", "Maj–aug kontrollerat. Ett beslut anmäldes för sent, anmält i september."),
      "GENOMFORD", "ja"),
     ("Uteblivna intäkter", "Kontroll av att miljösanktionsavgifter beslutas och debiteras", 2, 3, "Miljöchef", "Tertial",
      ("Genomförd", "Samtliga beslut debiterade."), ("Delvis", "Två ärenden från juni återstår att debitera."),
      "DELVIS", ""),
    ]
    wb = Workbook(); fix_props(wb)
    s0 = wb.active; s0.title = "Instruktion"
    for t in ["Instruktion för uppföljning av internkontrollplan",
              "",
              "Fyll i status och kommentar för respektive period i fliken IKP 2025.",
              "Status anges med något av: Genomförd, Delvis, Pågår, Ej genomförd, Ej aktuell.",
              "Vid avvikelse ska kommentaren beskriva vad som hittats och vilken åtgärd som vidtas.",
              "Riskvärde = Sannolikhet × Konsekvens (1–4)."]:
        s0.append([t])
    s0["A1"].font = Font(bold=True, size=12)
    ws = wb.create_sheet("IKP 2025")
    ws.oddHeader.center.text = "Miljö- och byggnämnden – Internkontrollplan 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antagen av nämnden 2024-12-11 § 142"
    # row 4: group header, row 5: header
    ws["A4"] = "Plan"; ws.merge_cells("A4:G4")
    ws["H4"] = "Uppföljning T1"; ws.merge_cells("H4:I4")
    ws["J4"] = "Uppföljning T2"; ws.merge_cells("J4:K4")
    ws["L4"] = "Uppföljning helår"; ws.merge_cells("L4:M4")
    hdr = ["Risk", "Kontrollmoment", "S", "K", "Riskvärde", "Ansvarig", "Frekvens",
           "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.cell(5, i + 1, h)
    for r in (4, 5):
        for c in range(1, 14):
            cell = ws.cell(r, c); cell.font = Font(bold=True); cell.border = BOX
            cell.fill = PatternFill("solid", fgColor="E2EFDA" if c <= 7 else "FFF2CC")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for n, it in enumerate(items):
        r = 6 + n
        vals = [it[0], it[1], it[2], it[3], f"=C{r}*D{r}", it[4], it[5],
                it[6][0] or None, it[6][1] or None, it[7][0] or None, it[7][1] or None, None, None]
        for i, v in enumerate(vals):
            c = ws.cell(r, i + 1, v); c.border = BOX; c.alignment = WRAP
        exp(fil, N, it[1], it[8], it[9])
    for c, w in zip("ABCDEFGHIJKLM", [26, 46, 4, 4, 9, 18, 10, 11, 30, 11, 38, 11, 20]):
        ws.column_dimensions[c].width = w
    ws.page_setup.orientation = "landscape"
    wb.active = 1
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 8. Rejected: Excel lock file of the SN file
def lockfile(target):
    fil = "~$" + target
    user = "Karin Lund"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b"\x20")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(fil, "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))

def normalise_zip(fil):
    """Rewrite an OOXML zip with fixed timestamps so the round is byte-for-byte reproducible."""
    import zipfile
    with zipfile.ZipFile(fil) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fil, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 16, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def registers():
    reg = [
     ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
     ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
     ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
     ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
     ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
     ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
     ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
     ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
     ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
     ("Valnämnden", "VN"),
     ("Grötlunda Bostäder AB", "Grötlundahem|GBAB"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for r in reg:
            f.write(";".join(r) + "\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXP)

if __name__ == "__main__":
    stratsys()
    hypergene_von()
    hypergene_ofn()
    word_bun()
    sn = excel_sn()
    excel_kfn()
    excel_mbn()
    lockfile(sn)
    registers()
    for f, *_ in FILES:
        if f.endswith((".xlsx", ".docx")) and not f.startswith("~$"):
            normalise_zip(f)
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXP), "controls")
