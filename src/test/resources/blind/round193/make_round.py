#!/usr/bin/python3
"""Blind round r193 - Tallberga kommun, T2 2025: governance-system exports (Stratsys, Hypergene, Power BI)."""
import csv, io, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
import datetime
FIXED = datetime.datetime(2025, 9, 15, 12, 0, 0)

OUT = os.path.dirname(os.path.abspath(__file__))
def p(name): return os.path.join(OUT, name)

EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def fill(hexc): return PatternFill("solid", start_color=hexc, end_color=hexc)
GREEN, YELLOW, ORANGE, RED, GREY, BLUE = "00B050", "FFFF00", "FFC000", "FF0000", "BFBFBF", "9BC2E6"
thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---------------------------------------------------------------- A. Stratsys xlsx (KS + BUN), one row per control and tertial
def file_a():
    fn = "Stratsys_Internkontroll_T2_2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Rapport"
    ws["A1"] = "Stratsys"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapport: Internkontroll – uppföljning per tertial"
    ws["A3"] = "Organisation: Tallberga kommun (inkl. underliggande enheter)"
    ws["A4"] = "Period: 2025-01-01 – 2025-08-31"
    ws["A5"] = "Utskriven: 2025-09-16 09:42 av anna.lind"
    hdr = ["Organisationsenhet", "Process", "Risk", "Aktivitet", "Kontrollmetod", "Ansvarig", "Tertial", "Uppföljning", "Bedömning"]
    r = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = fill("1F4E78")
    codefill = {1: GREEN, 2: YELLOW, 3: BLUE, 4: RED, 5: GREY}
    KS, BUN = "Kommunstyrelsen", "Barn- och utbildningsnämnden"
    data = [
      (KS, "Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor per tertial", "Controller",
        [("T1 2025", "Stickprov 25 fakturor, inga avvikelser.", 1),
         ("T2 2025", "Stickprov 25 fakturor maj–aug. 2 fakturor attesterade av person i jävssituation. Påminnelse om attestordningen skickad till samtliga chefer.", 2)],
        "GENOMFORD", "ja"),
      (KS, "Ekonomi", "Representation utan tydligt syfte", "Kontroll av att representation redovisas med syfte och deltagare", "Genomgång av verifikationer konto 7610–7630", "Ekonomichef",
        [("T1 2025", "Pågår, urval dras i maj.", 3),
         ("T2 2025", "Genomgång av 30 verifikationer, samtliga har angivet syfte och deltagarförteckning.", 1)],
        "GENOMFORD", "nej"),
      (KS, "Upphandling", "Inköp utanför avtal", "Uppföljning av att avtalstrohet följs vid inköp av kontorsmaterial", "Analys av inköpsstatistik", "Upphandlingschef",
        [("T1 2025", "", None),
         ("T2 2025", "Ej genomförd på grund av vakans på upphandlingsenheten. Flyttas till T3.", 4)],
        "EJ_GENOMFORD", ""),
      (KS, "IT och informationssäkerhet", "Obehörig åtkomst", "Behörighetskontroll i ekonomisystemet – borttag av behörigheter vid avslutad anställning", "Avstämning mot lönesystemet", "Systemförvaltare",
        [("T1 2025", "Avstämt mot lönesystemet, inga kvarvarande behörigheter.", 1),
         ("T2 2025", "Kontroll genomförd 2025-08-20. Tre konton för avslutade anställningar var fortfarande aktiva och har nu spärrats.", None)],
        "GENOMFORD", "ja"),
      (KS, "Administration", "Handlingar registreras inte", "Diarieföring av inkomna handlingar inom fem arbetsdagar", "Stickprov i diariet", "Kanslichef",
        [("T1 2025", "Stickprov påbörjat, 10 av 30 handlingar kontrollerade.", 3),
         ("T2 2025", "", None)],
        "DELVIS", ""),
      (KS, "Upphandling", "Otillåten direktupphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", "Stickprov i e-handelssystemet", "Upphandlingschef",
        [("T1 2025", "Utgår enligt KS beslut 2025-03-12 § 45 – ingår i kommunövergripande granskning.", 5),
         ("T2 2025", "", None)],
        "UTGAR", ""),
      (BUN, "Ekonomi", "Avgifter i strid med skollagen", "Kontroll av att elevavgifter inte tas ut i strid med skollagen", "Enkät till rektorer", "Förvaltningsekonom",
        [("T1 2025", "Inga avvikelser.", 1),
         ("T2 2025", "Samtliga grundskolor kontrollerade. Inga otillåtna avgifter har tagits ut.", 1)],
        "GENOMFORD", "nej"),
      (BUN, "Personal", "Olämplig person anställs", "Registerkontroll i belastningsregistret vid nyanställning", "Genomgång av samtliga nyanställningar", "HR-partner",
        [("T1 2025", "1 av 20 nyanställda saknade uppvisat utdrag.", 2),
         ("T2 2025", "2 av 34 nyanställda saknade registerutdrag vid anställningens start. Rutinen har förtydligats.", 2)],
        "GENOMFORD", "ja"),
      (BUN, "Verksamhet", "Kränkningsärenden utreds inte", "Handläggning av anmälan om kränkande behandling inom föreskriven tid", "Genomgång av anmälningar i DF Respons", "Verksamhetschef grundskola",
        [("T1 2025", "Pågår.", 3),
         ("T2 2025", "40 av 75 ärenden genomgångna, hittills inga avvikelser. Resterande granskas i september.", 3)],
        "DELVIS", "nej"),
      (BUN, "Verksamhet", "Felaktiga skolskjutsbeslut", "Uppföljning av skolskjutsbeslut enligt riktlinjer", "Stickprov 20 beslut", "Skolskjutssamordnare",
        [("T1 2025", "", None),
         ("T2 2025", "Ej påbörjad. Genomförs under hösten i samband med nya beslut.", 4)],
        "EJ_GENOMFORD", ""),
      (BUN, "Ekonomi", "Felaktig debitering", "Kontroll av barnantal i förskolan mot debiterade avgifter (maxtaxa)", "Avstämning placeringar/fakturering", "Förvaltningsekonom",
        [("T1 2025", "", None),
         ("T2 2025", "", None)],
        "SAKNAS", ""),
      (BUN, "IT", "Förlust av utrustning", "Inventering av IT-utrustning (elevdatorer)", "Inventering mot tillgångsregister", "IT-samordnare",
        [("T1 2025", "Inventering genomförd under vårterminen, inga differenser.", 1)],
        "GENOMFORD", "nej"),
    ]
    r += 1
    for org, proc, risk, akt, met, ans, rows, st, av in data:
        for ter, txt, code in rows:
            vals = [org, proc, risk, akt, met, ans, ter, txt, code]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.alignment = Alignment(wrap_text=True, vertical="top"); cell.border = BORDER
            if code: ws.cell(r, 9).fill = fill(codefill[code]); ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        EXP.append((fn, org, akt, st, av))
    r += 1
    ws.cell(r, 1, "Förklaring Bedömning").font = Font(bold=True); r += 1
    for code, txt in [(1, "Genomförd, inga avvikelser"), (2, "Genomförd, avvikelser har noterats"), (3, "Pågående"),
                      (4, "Ej genomförd"), (5, "Utgår")]:
        ws.cell(r, 1, code).fill = fill(codefill[code]); ws.cell(r, 2, txt); r += 1
    ws.cell(r, 1, "Tom bedömning = ej rapporterad för perioden"); r += 2
    ws.cell(r, 1, "Stratsys AB – rapporten är genererad automatiskt")
    for col, w in zip("ABCDEFGHI", [26, 18, 24, 48, 30, 20, 10, 60, 11]): ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.save(p(fn))
    FILES.append((fn, "INLAST", KS, "2025", "T2")); FILES.append((fn, "INLAST", BUN, "2025", "T2"))

# ---------------------------------------------------------------- B. Hypergene CSV (org codes), cp1252
def file_b():
    fn = "Hypergene_export_IK_2025-09-15.csv"
    SN, VON = "Socialnämnden", "Vård- och omsorgsnämnden"
    org = {SN: "1200 Socialnämnden", VON: "1300 Vård- och omsorgsnämnden"}
    data = [
      (SN, "Myndighetsutövning", "Kontroll av att beslut om bistånd enligt SoL fattas i enlighet med delegationsordningen", "Tertial",
        [("2025-T1", "Grön", "Stickprov 15 beslut, samtliga korrekt delegerade.", ""),
         ("2025-T2", "Gul", "Stickprov 20 beslut.\nEtt beslut fattat av handläggare utan delegation.", "Genomgång av delegationsordningen på APT.")], "GENOMFORD", "ja"),
      (SN, "Ekonomi", "Utbetalning av ekonomiskt bistånd – kontroll mot beslut", "Tertial",
        [("2025-T1", "Orange", "Påbörjad.", ""),
         ("2025-T2", "Grön", "30 utbetalningar kontrollerade mot beslut, inga avvikelser.", "")], "GENOMFORD", "nej"),
      (SN, "Ekonomi", "Uppföljning av placeringar i HVB – avtal och kostnad", "Halvår",
        [("2025-T1", "", "", ""),
         ("2025-T2", "Röd", "Ej genomförd på grund av hög arbetsbelastning.", "Planeras till oktober.")], "EJ_GENOMFORD", ""),
      (SN, "Myndighetsutövning", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Tertial",
        [("2025-T1", "Orange", "20 av 40 anmälningar granskade, inga avvikelser hittills.", ""),
         ("2025-T2", "Orange", "Resterande anmälningar granskas i september.", "")], "DELVIS", "nej"),
      (SN, "Kvalitet", "Kontroll av att lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", "Tertial",
        [("2025-T1", "Grå", "Utgår – kontrollen flyttad till Vård- och omsorgsnämnden enligt beslut SN 2025-02-19 § 12.", ""),
         ("2025-T2", "Grå", "", "")], "UTGAR", ""),
      (SN, "Ekonomi", "Hantering av klienters kontanta medel", "Halvår",
        [("2025-T2", "", "Se bilaga 2.", "")], "OKLAR", ""),
      (VON, "Dokumentation", "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut", "Tertial",
        [("2025-T1", "Orange", "Pågår.", ""),
         ("2025-T2", "Grön", "Genomgång av 50 ärenden. Samtliga har genomförandeplan upprättad i tid.", "")], "GENOMFORD", "nej"),
      (VON, "Hälso- och sjukvård", "Läkemedelshantering – signeringslistor i särskilt boende", "Halvår",
        [("2025-T2", "Gul", "Kontroll genomförd på tre boenden.\nBrister i signeringslistor på Björkgården (12 osignerade tillfällen).", "Utbildning för personal på Björkgården, ny kontroll i november.")], "GENOMFORD", "ja"),
      (VON, "Ekonomi", "Debitering av omsorgsavgifter enligt taxa", "Tertial",
        [("2025-T1", "Grön", "Inga fel i stickprovet.", ""),
         ("2025-T2", "Röd", "Ej genomförd, nytt verksamhetssystem infördes i juni.", "Genomförs T3.")], "EJ_GENOMFORD", ""),
      (VON, "Personal", "Kontroll av bemanningsschema mot faktisk arbetad tid (Time Care)", "Tertial",
        [("2025-T1", "", "", ""),
         ("2025-T2", "", "Kontrollen pågår, beräknas vara klar i oktober.", "")], "DELVIS", ""),
      (VON, "Säkerhet", "Hantering av nycklar och larmkoder i hemtjänsten", "Tertial",
        [("2025-T1", "", "", ""),
         ("2025-T2", "", "", "")], "SAKNAS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Hypergene – Export"])
    w.writerow(["Rapport", "Uppföljning intern kontroll 2025"])
    w.writerow(["Urval", "Tertial 2 (ackumulerat)"])
    w.writerow(["Exporterad", "2025-09-15 14:03", "av", "ekonomi.tallberga"])
    w.writerow([])
    w.writerow(["Organisation", "Granskningsområde", "Kontrollmoment", "Frekvens", "Period", "Status", "Uppföljning", "Åtgärd"])
    for nm, omr, km, frek, rows, st, av in data:
        for per, stat, txt, atg in rows:
            w.writerow([org[nm], omr, km, frek, per, stat, txt, atg])
        EXP.append((fn, nm, km, st, av))
    w.writerow([])
    w.writerow(["Statusförklaring:"])
    for col, t in [("Grön", "Genomförd utan avvikelse"), ("Gul", "Genomförd med avvikelse"), ("Orange", "Pågående / delvis genomförd"),
                   ("Röd", "Ej genomförd"), ("Grå", "Utgår")]:
        w.writerow([col, t])
    w.writerow(["Antal rader: 20"])
    with open(p(fn), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fn, "INLAST", SN, "2025", "T2")); FILES.append((fn, "INLAST", VON, "2025", "T2"))

# ---------------------------------------------------------------- C. Power BI export (KFN, abbreviation)
def file_c():
    fn = "data (2).xlsx"
    KFN = "Kultur- och fritidsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Export"
    ws.append(["År", "Tertial", "Nämnd", "Område", "Kontrollmoment", "Status", "Antal granskade", "Antal avvikelser", "Kommentar"])
    data = [
      ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", 25, 0, "", "GENOMFORD", "nej"),
      ("Ekonomi", "Kontantkassor på bibliotek och simhall – kassainventering", "Genomförd med avvikelse", 4, 1, "Kassadifferens 350 kr på Tallbadet, rapporterad till ekonomienheten.", "GENOMFORD", "ja"),
      ("Ekonomi", "Uthyrning av lokaler – fakturering enligt taxa", "Pågående", 20, None, "Granskning av bokningssystemet pågår.", "DELVIS", ""),
      ("Föreningsstöd", "Kontroll av bidrag till föreningar – underlag och redovisning", "Genomförd", 12, 0, "", "GENOMFORD", "nej"),
      ("Kultur", "Konstinventering – kontroll av kommunens konstsamling", "Ej påbörjad", None, None, "", "EJ_GENOMFORD", ""),
      ("Fritid", "Egenkontroll av säkerheten på kommunens badplatser", "Ej aktuell", None, None, "Badplatserna överförda till Tekniska nämnden 2025-01-01.", "UTGAR", ""),
    ]
    for omr, km, stat, gr, av_n, kom, st, av in data:
        ws.append([2025, "T2", "KFN", omr, km, stat, gr, av_n, kom])
        EXP.append((fn, KFN, km, st, av))
    ws.append([])
    ws.append([])
    ws.append(["Tillämpade filter:\nÅr är 2025\nTertial är T2\nNämnd är KFN"])
    for col, w in zip("ABCDEFGHI", [6, 8, 8, 14, 55, 22, 15, 16, 50]): ws.column_dimensions[col].width = w
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.save(p(fn))
    FILES.append((fn, "INLAST", KFN, "2025", "T2"))

# ---------------------------------------------------------------- D. Stratsys CSV, wide (T1/T2 side by side), förvaltning name
def file_d():
    fn = "Export_Stratsys_20250912.csv"
    TN = "Tekniska nämnden"
    ORG = "Tekniska förvaltningen"
    data = [
      ("Kontroll av att ÄTA-arbeten i entreprenader beställs skriftligt av behörig person", "Genomgång av 4 pågående entreprenader", "Projektchef",
        "Pågår, två projekt granskade.", "P", "Fyra projekt granskade. I projektet VA Norrby saknades skriftlig beställning för två ÄTA-arbeten.", "K", "GENOMFORD", "ja"),
      ("Fordonsanvändning – kontroll av körjournaler", "Stickprov per tertial", "Fordonssamordnare",
        "Inga avvikelser.", "K", "Körjournaler för 18 fordon kontrollerade, inga avvikelser.", "K", "GENOMFORD", "nej"),
      ("Debitering av VA-anslutningsavgifter enligt VA-taxa", "Avstämning mot bygglovsbeslut", "VA-ekonom",
        "", "", "Ej påbörjad, skjuts till 2026 efter översyn av VA-taxan.", "E", "EJ_GENOMFORD", ""),
      ("Kontroll av att årlig huvudbesiktning av lekplatser genomförs", "Besiktningsprotokoll", "Parkchef",
        "", "", "Besiktning av 14 av 22 lekplatser genomförd. Två lekplatser stängda på grund av brister i fallunderlag.", "P", "DELVIS", "ja"),
      ("Uppföljning av vinterväghållningsavtal – utförda mot fakturerade timmar", "Avstämning GPS-loggar/fakturor", "Gatuchef",
        "Avbruten genom beslut TN 2025-04-10 § 33, avtalet upphandlas på nytt.", "A", "", "", "UTGAR", ""),
      ("Inventering av förråd och lager (Tallberga centralförråd)", "Inventering", "Driftchef",
        "", "", "Ej genomförd på grund av personalbrist.", "K", "OKLAR", ""),
      ("Kontroll av behörigheter i passersystemet", "Utdrag ur passersystemet mot personalförteckning", "Fastighetschef",
        "Genomförd i mars.", "K", "", "", "GENOMFORD", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Organisationsenhet", "Aktivitet", "Beskrivning", "Ansvarig", "Uppföljning T1", "Bedömning T1", "Uppföljning T2", "Bedömning T2"])
    for akt, besk, ans, u1, b1, u2, b2, st, av in data:
        w.writerow([ORG, akt, besk, ans, u1, b1, u2, b2])
        EXP.append((fn, TN, akt, st, av))
    w.writerow([])
    w.writerow(["Förklaring bedömning: K = Klar, P = Pågår, E = Ej påbörjad, A = Avbruten"])
    w.writerow(["Urval: Internkontrollplan 2025, Tekniska förvaltningen"])
    with open(p(fn), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fn, "INLAST", TN, "2025", "T2"))

# ---------------------------------------------------------------- E. Hand-made Word, ÖFN
def file_e():
    fn = "Uppföljning IK T2 2025 Överförmyndarnämnden.docx"
    OFN = "Överförmyndarnämnden"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Överförmyndarnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)").runs[0].bold = True
    d.add_paragraph("Nämnden har inte tillgång till Stratsys och redovisar därför uppföljningen i detta dokument. "
                    "Kontrollerna har utförts av handläggare på överförmyndarkansliet och sammanställts av "
                    "kanslichefen. Eventuella avvikelser har rapporterats till nämnden vid sammanträdet 2025-09-10.")
    data = [
      ("1", "Granskning av årsräkningar – stickprov på arvoderade ställföreträdare", "Stickprov 20 akter",
        "20 årsräkningar granskade. I två fall saknades verifikationer för kontantuttag. Kompletteringar har begärts.", "Genomförd med anmärkning", "GENOMFORD", "ja"),
      ("2", "Kontroll av att arvoden till gode män beräknas enligt nämndens riktlinjer", "Stickprov 15 beslut",
        "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
      ("3", "Kontroll av att registerutdrag inhämtas innan ställföreträdare förordnas", "Samtliga nya förordnanden",
        "Kontrollen är genomförd. Samtliga 12 nya ställföreträdare hade kontrollerats mot belastnings- och kronofogderegistret.", "", "GENOMFORD", "nej"),
      ("4", "Bevakning av förvaltarskap – årlig omprövning av behov", "Genomgång av samtliga förvaltarskap",
        "Omprövning gjord i 9 av 16 ärenden.", "Delvis", "DELVIS", ""),
      ("5", "Digital arkivering av akter enligt dokumenthanteringsplan", "Stickprov i e-arkivet",
        "Flyttas till 2026 på grund av införandet av nytt e-arkiv.", "Ej genomförd", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in enumerate(["Nr", "Kontrollmoment", "Metod", "Resultat T2", "Status"]):
        t.rows[0].cells[c].text = h
        t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
    for nr, km, met, res, stat, st, av in data:
        cells = t.add_row().cells
        for c, v in enumerate([nr, km, met, res, stat]): cells[c].text = v
        EXP.append((fn, OFN, km, st, av))
    d.add_paragraph("")
    d.add_paragraph("Tallberga 2025-09-12")
    d.add_paragraph("Maria Holm\nKanslichef, överförmyndarkansliet")
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED; d.save(p(fn))
    FILES.append((fn, "INLAST", OFN, "2025", "T2"))

# ---------------------------------------------------------------- F. Hand-made xlsx, MBN, traffic-light fills only
def file_f():
    fn = "MBN IKP 2025 uppföljning T2.xlsx"
    MBN = "Miljö- och byggnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    ws.merge_cells("A1:K1"); ws["A1"] = "Miljö- och byggnämnden – Internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2"); ws["A2"] = "Uppföljning tertial 2 (jan–aug). Status markeras med färg i kolumnerna Status T1/T2."
    ws["J2"] = "Grön = klart"; ws["J2"].fill = fill(GREEN)
    ws["K2"] = "Gul = pågår"; ws["K2"].fill = fill(YELLOW)
    ws["J3"] = "Röd = ej gjort"; ws["J3"].fill = fill(RED)
    ws["K3"] = "Grå = utgår"; ws["K3"].fill = fill(GREY)
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens", "Status T1", "Status T2", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = Font(bold=True); cell.fill = fill("D9E1F2"); cell.border = BORDER
    groups = [
      ("Myndighetsutövning", [
        ("Bygglov", "Lagstadgad handläggningstid överskrids", 3, 3, "Handläggningstid för bygglov – beslut inom 10 veckor", "Bygglovschef", "Tertial",
          YELLOW, GREEN, "Genomgång av 60 ärenden. 4 ärenden överskred 10 veckor, avgiften har reducerats enligt PBL.", "GENOMFORD", "ja"),
        ("Miljötillsyn", "Felaktig debitering", 2, 3, "Debitering av tillsynsavgifter enligt miljöbalken", "Miljöchef", "Tertial",
          GREEN, GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Handläggning", "Jäv", 2, 4, "Jäv vid handläggning av ärenden – kontroll av jävsdeklarationer", "Förvaltningschef", "Årligen",
          None, RED, "Ej gjord, hinns inte med före årsskiftet.", "EJ_GENOMFORD", ""),
      ]),
      ("Ekonomi", [
        ("Inköp", "Felaktig attest", 2, 2, "Attest av leverantörsfakturor enligt attestordningen", "Controller", "Tertial",
          GREEN, YELLOW, "Stickprov för T2 pågår.", "DELVIS", ""),
        ("Avgifter", "Återbetalning uteblir", 2, 3, "Återbetalning av avgifter vid överskriden handläggningstid", "Bygglovschef", "Halvår",
          None, None, "", "SAKNAS", ""),
      ]),
      ("Information och dokumenthantering", [
        ("Diarium", "Handlingar registreras inte", 2, 2, "Diarieföring av inkomna handlingar", "Nämndsekreterare", "Tertial",
          None, GREY, "Utgår, ingår i kommunstyrelsens kontroll 2025.", "UTGAR", ""),
      ]),
    ]
    r += 1
    for g, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(r, 1, g).font = Font(bold=True, italic=True); ws.cell(r, 1).fill = fill("F2F2F2"); r += 1
        for proc, risk, s, k, km, ans, frek, f1, f2, kom, st, av in rows:
            vals = [proc, risk, s, k, s * k, km, ans, frek, None, None, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BORDER; cell.alignment = Alignment(wrap_text=True, vertical="top")
            if f1: ws.cell(r, 9).fill = fill(f1)
            if f2: ws.cell(r, 10).fill = fill(f2)
            EXP.append((fn, MBN, km, st, av)); r += 1
    r += 1
    ws.cell(r, 1, "Riskvärde = sannolikhet × konsekvens (1–4). Uppföljningen redovisas för nämnden 2025-09-24.")
    for col, w in zip("ABCDEFGHIJK", [16, 26, 11, 11, 10, 48, 18, 10, 12, 14, 50]): ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Miljö- och byggnämnden"
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.save(p(fn))
    FILES.append((fn, "INLAST", MBN, "2025", "T2"))

# ---------------------------------------------------------------- G. reject: Power BI budget export (no follow-up)
def file_g():
    fn = "data (1).xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Export"
    ws.append(["Nämnd", "Budget 2025 (tkr)", "Utfall jan–aug (tkr)", "Prognos helår (tkr)", "Avvikelse mot budget (tkr)"])
    for n, b, u, pr in [("BUN", 612400, 405210, 615900), ("KFN", 58300, 37950, 57800), ("KS", 142700, 91020, 140100),
                        ("MBN", 21900, 15110, 22600), ("SN", 198500, 139870, 205300), ("TN", 88200, 54330, 87400),
                        ("VON", 455100, 307640, 462000), ("ÖFN", 6200, 4010, 6100)]:
        ws.append([n, b, u, pr, b - pr])
    ws.append(["Totalt", 1583300, 1055140, 1597200, -13900])
    ws.append([]); ws.append([])
    ws.append(["Tillämpade filter:\nÅr är 2025\nPeriod är Augusti\nRapport är Driftredovisning"])
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.save(p(fn))
    FILES.append((fn, "AVVISAD", "", "", ""))

def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so the build is byte-for-byte repeatable."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 15, 12, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet"),
        ("Valnämnden", "VN"),
        ("Tallberga Bostäder AB", "TBAB|Tallbergahem"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(reg)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)

if __name__ == "__main__":
    for fnc in (file_a, file_b, file_c, file_d, file_e, file_f, file_g): fnc()
    for f in sorted(os.listdir(OUT)):
        if f.endswith((".xlsx", ".docx")): normalize_zip(p(f))
    registers()
    print(len(FILES), "file rows,", len(EXP), "controls")
