#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r332 – Västanå kommun, delår 2025 inbox. Builds all files + CSVs deterministically."""
import csv, os, zipfile, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 5, 10, 0, 0)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 5, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fixprops(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# 1. Socialnämnden – long Excel, process heading rows, PLAN | UPPFÖLJNING column groups
# ---------------------------------------------------------------------------
def sn_file():
    fil = "Socialnämnden_IK-uppföljning_delår_2025.xlsx"
    N = "Socialnämnden"
    # (nr, risk, kontrollmoment, metod, frekvens, ansvarig, riskvärde, T1, delår, kommentar, avv-kolumn, åtgärd, exp_status, exp_avv)
    P = [
        ("Process 1: Myndighetsutövning individ- och familjeomsorg", [
            ("1.1", "Utredningar överskrider lagstadgad tid", "Kontroll att barnavårdsutredningar avslutas inom fyra månader enligt 11 kap. 2 § SoL",
             "Uttag ur Lifecare, samtliga avslutade utredningar jan–jun", "Tertial", "Enhetschef barn och unga", 12,
             "Genomförd", "Genomförd med avvikelse",
             "7 av 64 utredningar (11 %) överskred fyra månader utan beslut om förlängning. Genomgång med handläggare på APT i juni.",
             "Ja", "Veckovis bevakningslista införs från september.", "GENOMFORD", "ja"),
            ("1.2", "Barn i akut fara uppmärksammas inte", "Kontroll att skyddsbedömning görs och dokumenteras samma dag som orosanmälan inkommer",
             "Stickprov 20 anmälningar per tertial", "Tertial", "Enhetschef mottagning", 16,
             "Genomförd", "Genomförd", "20 av 20 stickprov hade dokumenterad skyddsbedömning samma dag.", "Nej", "", "GENOMFORD", "nej"),
            ("1.3", "Placerade barn följs inte upp", "Uppföljning av vårdplaner för placerade barn och unga\n(stickprov 10 akter)",
             "Aktgranskning", "Halvår", "Enhetschef familjehem", 12,
             "", "Pågår", "6 av 10 akter granskade, resterande granskas i september. Hittills inga brister.", "Nej", "", "DELVIS", "nej"),
            ("1.4", "Beslut fattas utan delegation", "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
             "Stickprov 25 beslut", "Halvår", "Enhetschef försörjningsstöd", 9,
             "", "Genomförd", "Stickprov 25 beslut. 2 beslut över riksnormsnivå fattade av handläggare utan delegation.", "Ja",
             "Påminnelse om delegationsordningen, ny genomgång i november.", "GENOMFORD", "ja"),
        ]),
        ("Process 2: Ekonomiskt bistånd och utbetalningar", [
            ("2.1", "Felaktiga utbetalningar", "Avstämning av utbetalningar av ekonomiskt bistånd mot beslut i verksamhetssystemet",
             "Månadsvis avstämning", "Månadsvis", "Controller", 12,
             "Genomförd", "Genomförd", "Avstämning månadsvis jan–jul utan differenser.", "Nej", "", "GENOMFORD", "nej"),
            ("2.2", "Bidragsbrott upptäcks inte", "Kontroll av att samkörning med Försäkringskassan och CSN (SSBTEK) görs vid varje nybesök",
             "Stickprov 15 nybesök", "Halvår", "Enhetschef försörjningsstöd", 8,
             "", "Ej genomförd", "Kontrollen har inte hunnit genomföras p.g.a. personalomsättning. Flyttas till hösten.", "", "", "EJ_GENOMFORD", ""),
            ("2.3", "Felaktig attest", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor", "Tertial", "Controller", 6,
             "Genomförd", "", "", "", "", "GENOMFORD", ""),
            ("2.4", "Stöld/förlust av kontanter", "Kontroll av kontanthantering och handkassor på enheterna",
             "Oanmäld inventering", "Årligen", "Ekonom", 6,
             "", "Genomförd", "Inventering av 9 handkassor i maj. En kassa saknade kvitton för 340 kr.", "Ja",
             "Enhetschef har påmints om rutinen.", "GENOMFORD", "ja"),
        ]),
        ("Process 3: Funktionsstöd och boenden", [
            ("3.1", "Insatser utförs inte enligt beslut", "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut (LSS)",
             "Stickprov 15 planer", "Halvår", "Verksamhetschef funktionsstöd", 9,
             "", "Delvis genomförd", "Granskning gjord på gruppbostäder, ej daglig verksamhet. 3 av 15 planer upprättade för sent.", "Ja",
             "Daglig verksamhet granskas under T3.", "DELVIS", "ja"),
            ("3.2", "Missförhållanden rapporteras inte", "Kontroll av att avvikelser enligt Lex Sarah utreds och rapporteras till IVO inom föreskriven tid",
             "Genomgång av samtliga rapporter", "Tertial", "Kvalitetsutvecklare", 12,
             "Genomförd", "Genomförd", "4 rapporter, samtliga utredda och anmälda i tid.", "Nej", "", "GENOMFORD", "nej"),
            ("3.3", "Felaktig läkemedelshantering", "Kontroll av läkemedelshantering på boenden (signeringslistor)",
             "Stickprov signeringslistor", "Tertial", "MAS", 12,
             "Pågår", "Utgår",
             "Utgår – ansvaret för kontrollen har flyttats till MAS-funktionen under KS, beslut SN 2025-04-16 § 61.", "", "", "UTGAR", ""),
            ("3.4", "Privata utförare följer inte avtal", "Uppföljning av privata utförares avtalsvillkor inom personlig assistans",
             "Avtalsuppföljning 3 utförare", "Årligen (okt)", "Avtalsansvarig", 8,
             "", "Ej påbörjad", "Planerad till oktober enligt plan.", "", "", "EJ_GENOMFORD", ""),
        ]),
        ("Process 4: Personal och arbetsmiljö", [
            ("4.1", "Olämplig person anställs", "Kontroll av att registerutdrag ur belastningsregistret begärs vid nyanställning inom barn och unga samt LSS",
             "Stickprov 15 anställningar", "Halvår", "HR-konsult", 12,
             "", "Genomförd", "Stickprov 15 anställningar – samtliga hade registerutdrag.", "Nej", "", "GENOMFORD", "nej"),
            ("4.2", "Långa sjukskrivningar", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin",
             "Statistik + ärendegenomgång", "Tertial", "HR-konsult", 9,
             "", "", "Se bilaga 2", "", "", "OKLAR", ""),
            ("4.3", "Brister i arbetsmiljön", "Kontroll av att arbetsmiljöronder genomförs enligt årshjul",
             "Enkät till enhetschefer", "Årligen", "Förvaltningschef", 6,
             "", "Delvis", "Genomförda på 11 av 16 enheter.", "Nej", "", "DELVIS", "nej"),
            ("4.4", "Felaktiga löneutbetalningar", "Kontroll av att timanställdas arbetade tid attesteras innan löneutbetalning",
             "Stickprov 20 timrapporter", "Tertial", "Löneadministratör", 8,
             "Genomförd", "Genomförd", "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
        ]),
        ("Process 5: Informationssäkerhet och dokumenthantering", [
            ("5.1", "Obehörig åtkomst till personuppgifter", "Loggkontroll av åtkomst till personakter i verksamhetssystemet",
             "Slumpvis loggkontroll 10 akter/månad", "Månadsvis", "Systemförvaltare", 16,
             "Genomförd", "Genomförd med avvikelse",
             "Två fall av otillåten åtkomst upptäckta, hanterade av HR och anmälda till IMY.", "Ja", "Utbildning i informationssäkerhet för berörda enheter.", "GENOMFORD", "ja"),
            ("5.2", "Behörigheter ligger kvar", "Kontroll av att behörigheter i Lifecare avslutas när anställning upphör",
             "Avstämning mot HR-systemet", "Halvår", "Systemförvaltare", 9,
             "", "", "", "", "", "SAKNAS", ""),
            ("5.3", "Handlingar registreras inte", "Diarieföring av inkommande handlingar inom två arbetsdagar",
             "Stickprov 30 handlingar", "Tertial", "Registrator", 4,
             "Genomförd", "Genomförd", "Stickprov 30 handlingar, samtliga diarieförda inom två dagar.", "Nej", "", "GENOMFORD", "nej"),
            ("5.4", "Sekretessuppgifter röjs", "Kontroll av att sekretessbelagda handlingar skickas krypterat eller med rekommenderat brev",
             "Stickprov utgående post", "Halvår", "Enhetschef administration", 8,
             "", "Pågår", "Rutinen revideras, kontroll görs efter införande i september.", "", "", "DELVIS", ""),
        ]),
    ]
    wb = Workbook(); fixprops(wb, "Karin Ljungberg")
    ws = wb.active; ws.title = "Uppföljning delår"
    ws["A1"] = "Socialnämnden – Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Uppföljningsperiod: Delår (januari–augusti) 2025"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Förvaltning: Socialförvaltningen. Beslutad plan: SN 2024-12-11 § 187. Riskvärde = sannolikhet × konsekvens (1–16)."
    ws["A5"] = "PLAN 2025"; ws.merge_cells("A5:G5")
    ws["H5"] = "UPPFÖLJNING"; ws.merge_cells("H5:L5")
    for c in ("A5", "H5"):
        ws[c].font = Font(bold=True, color="FFFFFF"); ws[c].alignment = Alignment(horizontal="center")
    ws["A5"].fill = PatternFill("solid", fgColor="1F4E78"); ws["H5"].fill = PatternFill("solid", fgColor="375623")
    hdr = ["Nr", "Risk", "Kontrollmoment", "Metod/omfattning", "Frekvens", "Ansvarig", "Riskvärde",
           "Status T1", "Status delår", "Resultat/kommentar delår", "Avvikelse (Ja/Nej)", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = BORDER; c.alignment = WRAP
    r = 7
    for proc, rows in P:
        ws.cell(r, 1, proc).font = Font(bold=True, italic=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="FCE4D6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for row in rows:
            vals = row[:12]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v if v != "" else None); c.border = BORDER; c.alignment = WRAP
            EXPECTED.append((fil, N, row[2], row[12], row[13]))
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning delår: 11 genomförda, 4 delvis/pågår, 2 ej genomförda, 1 utgår, 2 ej rapporterade/se bilaga.").font = Font(italic=True)
    r += 2
    ws.cell(r, 1, "Sammanställt av: Karin Ljungberg, controller socialförvaltningen, 2025-09-04")
    ws.cell(r + 1, 1, "Behandlas i socialnämnden 2025-09-24")
    widths = [6, 26, 48, 28, 12, 24, 9, 12, 18, 50, 12, 36]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"
    p = os.path.join(OUT, fil); wb.save(p); normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUN – long Excel, instruction sheet, status as fill colour only with legend
# ---------------------------------------------------------------------------
def bun_file():
    fil = "BUN Uppföljning internkontrollplan aug 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    G, Y, R_, GR, NONE = "92D050", "FFFF00", "FF0000", "BFBFBF", None
    # (nr, kontrollmoment, risk, metod, ansvarig, tidpunkt, fill, avv-col, kommentar, exp_status, exp_avv)
    P = [
        ("1  EKONOMI OCH INKÖP", [
            ("1.1", "Kontroll av att inköp sker från upphandlade leverantörer (avtalstrohet)", "Köp utanför avtal, ekonomisk förlust",
             "Analys av 200 fakturor", "Controller BUF", "Maj", G, "Ja",
             "Avtalstrohet 91 %. Köp utanför avtal avsåg främst läromedel och förbrukningsmaterial.", "GENOMFORD", "ja"),
            ("1.2", "Attest av leverantörsfakturor enligt attestordningen", "Felaktiga utbetalningar",
             "Stickprov 40 fakturor", "Controller BUF", "April", G, "Nej", "Stickprov 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
            ("1.3", "Kontroll av representation och förtroendekänsliga poster (deltagarförteckning och syfte angivet)", "Förtroendeskada",
             "Samtliga representationsfakturor", "Ekonom", "Juni + nov", Y, "Ja",
             "Första halvåret granskat, 5 av 22 saknade deltagarförteckning. Andra urvalet görs i november.", "DELVIS", "ja"),
            ("1.4", "Kontroll av att interkommunal ersättning för förskola och grundskola faktureras korrekt till andra kommuner",
             "Intäktsbortfall", "Avstämning mot elevregister", "Ekonom", "Mars", G, "Nej", "Samtliga 48 elever fakturerade.", "GENOMFORD", "nej"),
        ]),
        ("2  MYNDIGHETSUTÖVNING OCH ELEVÄRENDEN", [
            ("2.1", "Kontroll av att anmälan om kränkande behandling skickas till huvudman samma dag och utreds skyndsamt",
             "Elever skyddas inte, brott mot skollagen", "Stickprov 30 anmälningar", "Utvecklingsledare", "Maj", G, "Ja",
             "4 av 30 anmälningar skickades senare än samma dag. Samtliga utredda.", "GENOMFORD", "ja"),
            ("2.2", "Uppföljning av elevers frånvaro och att vårdnadshavare kontaktas enligt frånvarorutin",
             "Problematisk skolfrånvaro upptäcks sent", "Genomgång frånvarostatistik", "Rektorer", "Juni", Y, "Nej",
             "Grundskolorna klara, förskoleklass återstår.", "DELVIS", "nej"),
            ("2.3", "Kontroll av att beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
             "Felaktiga beslut, ökade kostnader", "Stickprov 20 beslut", "Skolskjutssamordnare", "April", R_, "",
             "Ej genomförd – handläggare föräldraledig, flyttas till T3.", "EJ_GENOMFORD", ""),
            ("2.4", "Kontroll av att åtgärdsprogram upprättas och följs upp för elever i behov av särskilt stöd",
             "Elever får inte stöd", "Aktgranskning 3 skolor", "Elevhälsochef", "Maj", G, "Nej",
             "Granskade åtgärdsprogram uppfyller kraven.", "GENOMFORD", "nej"),
            ("2.5", "Handläggning av ansökningar om förskoleplats inom fyra månader (8 kap. 14 § skollagen)",
             "Plats erbjuds inte i tid", "Uttag ur kösystemet", "Placeringsenheten", "Tertialvis", GR, "",
             "Ej aktuell 2025 – kontrollen ingår i den kommungemensamma granskningen av kösystemet.", "UTGAR", ""),
        ]),
        ("3  SÄKERHET OCH ARBETSMILJÖ", [
            ("3.1", "Kontroll av att brandskyddskontroller (SBA) genomförs och dokumenteras på samtliga enheter",
             "Brand, personskada", "Begäran om protokoll", "Säkerhetssamordnare", "April", G, "Ja",
             "2 förskolor saknade dokumenterad kontroll för mars. Kompletterat.", "GENOMFORD", "ja"),
            ("3.2", "Uppföljning av tillbud och arbetsskador i KIA", "Arbetsmiljörisker åtgärdas inte",
             "Rapport ur KIA", "HR-strateg", "Tertialvis", G, "Nej", "", "GENOMFORD", "nej"),
            ("3.3", "Kontroll av att krisplaner är uppdaterade på skolor och förskolor", "Bristande krisberedskap",
             "Insamling av krisplaner", "Säkerhetssamordnare", "Oktober", NONE, "",
             "Genomförs under hösten i samband med krisövningen.", "EJ_GENOMFORD", ""),
            ("3.4", "Kontroll av registerutdrag vid anställning inom förskola och skola", "Olämplig person anställs",
             "Stickprov 25 anställningar", "HR-konsult", "Juni", G, "Nej", "Samtliga hade uppvisat registerutdrag.", "GENOMFORD", "nej"),
        ]),
        ("4  INFORMATIONSSÄKERHET OCH GDPR", [
            ("4.1", "Kontroll av att elevuppgifter i lärplattformen endast är åtkomliga för behörig personal",
             "Obehörig åtkomst", "Behörighetsgenomgång", "IT-samordnare", "Maj–sept", Y, "",
             "Pågår tillsammans med IT-enheten.", "DELVIS", ""),
            ("4.2", "Kontroll av att personuppgiftsbiträdesavtal finns för samtliga digitala läromedel och appar",
             "Personuppgifter hanteras olagligt", "Förteckning mot avtal", "Dataskyddsombud", "Juni", R_, "",
             "Ej påbörjad på grund av resursbrist.", "EJ_GENOMFORD", ""),
            ("4.3", "Kontroll av att sekretessmarkering och skyddade personuppgifter hanteras enligt rutin",
             "Skyddad elev röjs", "Genomgång av 12 ärenden", "Registrator", "April", G, "Nej", "Rutinen följs.", "GENOMFORD", "nej"),
        ]),
        ("5  LEDNING OCH STYRNING", [
            ("5.1", "Kontroll av att delegationsbeslut anmäls till nämnden", "Beslut saknar laga kraft",
             "Jämförelse delegationslistor", "Nämndsekreterare", "Varje sammanträde", G, "Nej", "Anmälda vid varje sammanträde.", "GENOMFORD", "nej"),
            ("5.2", "Uppföljning av att nämndbeslut verkställs inom beslutad tid", "Beslut verkställs inte",
             "Genomgång beslutslogg", "Nämndsekreterare", "Augusti", NONE, "", "", "SAKNAS", ""),
        ]),
    ]
    wb = Workbook(); fixprops(wb, "BUF Ekonomi")
    ins = wb.active; ins.title = "Instruktion"
    lines = ["Instruktion till uppföljning av internkontrollplan 2025",
             "",
             "1. Fyll i kolumnen Status delår med färg enligt teckenförklaringen på bladet Uppföljning.",
             "2. Ange om avvikelse noterats (Ja/Nej) och beskriv resultatet i kommentarsfältet.",
             "3. Skicka filen till ekonomienheten senast 2025-09-05.",
             "",
             "Frågor: ekonomienheten BUF, ankn. 4417"]
    for i, t in enumerate(lines, 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 90
    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Barn- och utbildningsförvaltningen"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning per 31 augusti (delår)"; ws["A2"].font = Font(bold=True, size=14)
    ws["H1"] = "Teckenförklaring status"; ws["H1"].font = Font(bold=True)
    legend = [(G, "Genomförd"), (Y, "Pågående / delvis genomförd"), (R_, "Ej genomförd"), (GR, "Utgår / ej aktuell")]
    for i, (col, txt) in enumerate(legend):
        ws.cell(2 + i, 8).fill = PatternFill("solid", fgColor=col); ws.cell(2 + i, 8).border = BORDER
        ws.cell(2 + i, 9, txt)
    hr = 7
    hdr = ["Nr", "Kontrollmoment", "Risk", "Kontrollmetod", "Ansvarig", "Tidpunkt", "", "Status delår", "Avvikelse noterad", "Kommentar / resultat"]
    for i, h in enumerate(hdr, 1):
        if i == 7:
            continue
        c = ws.cell(hr, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="305496")
        c.alignment = WRAP; c.border = BORDER
    r = hr + 1
    for proc, rows in P:
        c = ws.cell(r, 1, proc); c.font = Font(bold=True)
        for col in range(1, 11):
            if col != 7:
                ws.cell(r, col).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for (nr, km, risk, metod, ans, tid, fill, avv, kom, es, ea) in rows:
            vals = [nr, km, risk, metod, ans, tid, None, None, avv or None, kom or None]
            for i, v in enumerate(vals, 1):
                if i == 7:
                    continue
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BORDER
            if fill:
                ws.cell(r, 8).fill = PatternFill("solid", fgColor=fill)
            EXPECTED.append((fil, N, km, es, ea))
            r += 1
    r += 1
    ws.cell(r, 1, "Uppföljningen har gjorts av respektive kontrollansvarig och sammanställts av förvaltningens controller.")
    ws.cell(r + 1, 1, "Västanå 2025-09-03   Per Axelsson, förvaltningschef")
    for i, w in enumerate([6, 52, 30, 26, 22, 14, 2, 12, 12, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.active = 1
    p = os.path.join(OUT, fil); wb.save(p); normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. SBN – Word report, intro prose, one table per process
# ---------------------------------------------------------------------------
def sbn_file():
    fil = "Uppföljning intern kontroll SBN delår 2025.docx"
    N = "Samhällsbyggnadsnämnden"
    P = [
        ("Process: Bygglov och tillsyn", [
            ("Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Stickprov 40 ärenden", "Bygglovschef",
             "37 av 40 ärenden beslutades inom tid. 3 ärenden överskred tiden utan förlängningsbeslut; avgiften har reducerats enligt PBL.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Kontroll av att avgifter för bygglov debiteras enligt gällande taxa", "Stickprov 20 ärenden", "Administratör",
             "20 ärenden granskade, samtliga korrekt debiterade.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av att delegationsbeslut inom bygglov anmäls till nämnden", "Jämförelse ärendesystem – delegationslistor", "Nämndsekreterare",
             "Januari–maj kontrollerat utan avvikelser, juni–augusti återstår.", "Delvis genomförd", "DELVIS", "nej"),
        ]),
        ("Process: Planering och exploatering", [
            ("Kontroll av att exploateringsavtal följs upp avseende utbyggnad och ekonomi", "Genomgång av pågående avtal", "Exploateringschef",
             "Kontrollen skjuts till helår då två avtal omförhandlas.", "Ej genomförd", "EJ_GENOMFORD", ""),
            ("Kontroll av att planavgifter och plankostnadsavtal faktureras", "Samtliga planavtal", "Planchef",
             "Samtliga 6 planavtal fakturerade enligt avtal.", "Genomförd", "GENOMFORD", "nej"),
            ("Uppföljning av tidplan för detaljplaner enligt planprogram", "Tidplan mot utfall", "Planchef",
             "3 av 9 planer är försenade jämfört med planprogrammet; orsaker redovisas i delårsrapporten.", "Pågående", "DELVIS", "ja"),
        ]),
        ("Process: Lantmäteri och GIS", [
            ("Kontroll av att förrättningsavgifter debiteras korrekt", "Stickprov 15 förrättningar", "Lantmäterichef",
             "Inga fel noterade.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av behörigheter i GIS-systemet och fastighetsregistret", "Behörighetslista mot personal", "GIS-samordnare",
             "Kontrollen utgår efter beslut i nämnden 2025-05-21 § 78 och ersätts av kommungemensam behörighetskontroll.",
             "Utgår", "UTGAR", ""),
        ]),
        ("Process: Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Controller",
             "Stickprov 30 fakturor. En faktura hade attesterats av beställaren själv (jäv). Rutinen har förtydligats.",
             "Genomförd", "GENOMFORD", "ja"),
            ("Kontroll av att diarieföring sker enligt dokumenthanteringsplanen", "Stickprov 25 handlingar", "Registrator",
             "Se bilaga 3.", "", "OKLAR", ""),
            ("Kontroll av att fakturering av kart- och mättjänster sker månadsvis", "Avstämning kundreskontra", "Ekonom",
             "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
            ("Uppföljning av ärendebalans och handläggningstider", "Statistik ur ärendesystemet", "Förvaltningschef",
             "", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ]),
    ]
    d = docx.Document()
    cp = d.core_properties; cp.author = "Samhällsbyggnadsförvaltningen"; cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Lena Öhman"
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Västanå kommun\tSamhällsbyggnadsförvaltningen\tDnr SBN 2025/112"
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", 0)
    d.add_paragraph("Samhällsbyggnadsnämnden").runs[0].bold = True
    d.add_paragraph("Period: januari–augusti 2025")
    d.add_heading("Bakgrund", 1)
    d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
                    "Samhällsbyggnadsnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 201). "
                    "Planen omfattar tolv kontrollmoment inom fyra processer. I denna rapport redovisas resultatet "
                    "per den 31 augusti 2025.")
    d.add_heading("Sammanfattning", 1)
    d.add_paragraph("Sex av tolv kontrollmoment är genomförda, varav två med avvikelse. Ett kontrollmoment utgår efter "
                    "beslut i nämnden. Avvikelserna gäller handläggningstider för bygglov samt attest. Förvaltningen "
                    "bedömer att den interna kontrollen i huvudsak är tillräcklig.")
    d.add_heading("Resultat per process", 1)
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat per 31 augusti", "Bedömning"]
    for proc, rows in P:
        d.add_heading(proc, 2)
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for (km, met, ans, res, bed, es, ea) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([km, met, ans, res, bed]):
                cells[i].text = v
            EXPECTED.append((fil, N, km, es, ea))
        widths = [Cm(7), Cm(4), Cm(3.2), Cm(8.5), Cm(3)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        d.add_paragraph("")
    d.add_heading("Förslag till beslut", 1)
    d.add_paragraph("Samhällsbyggnadsnämnden godkänner uppföljningen av internkontrollplan 2025 per delår.")
    d.add_paragraph("Lena Öhman\nFörvaltningschef")
    d.add_paragraph("Bilaga 3: Stickprov diarieföring (separat dokument)")
    p = os.path.join(OUT, fil); d.save(p); normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys-like CSV export holding four nämnder
# ---------------------------------------------------------------------------
def stratsys_file():
    fil = "Stratsys_IK_export_20250905.csv"
    # (nämnd in file, förvaltning, process, kontrollmoment, ansvarig, frekvens, status, kommentar, avv, register-nämnd, exp_status, exp_avv)
    KS, KFN, TN, MHN = "Kommunstyrelsen", "Kultur- och fritidsnämnden", "Tekniska nämnden", "Miljö- och hälsoskyddsnämnden"
    rows = [
        (KS, "Kommunledningsförvaltningen", "Ekonomi", "Kontroll av att avstämning av balanskonton görs månadsvis och signeras", "Redovisningschef", "Månadsvis",
         "Klar", "Samtliga balanskonton avstämda och signerade jan–jul.", "Nej", "GENOMFORD", "nej"),
        (KS, "Kommunledningsförvaltningen", "Upphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", "Upphandlingschef", "Halvår",
         "Klar", "12 direktupphandlingar granskade.\n3 saknade dokumentation enligt riktlinjen.", "Ja", "GENOMFORD", "ja"),
        (KS, "Kommunledningsförvaltningen", "Styrning och ledning", "Uppföljning av att kommunstyrelsens beslut verkställs", "Kanslichef", "Halvår",
         "Pågående", "Genomgång av beslut jan–jun klar, resterande under september.", "", "DELVIS", ""),
        (KS, "Kommunledningsförvaltningen", "IT och informationssäkerhet", "Kontroll av behörigheter i ekonomisystemet", "Systemförvaltare ekonomi", "Årligen",
         "Klar", "8 inaktuella behörigheter hittades och har tagits bort.", "Ja", "GENOMFORD", "ja"),
        (KS, "Kommunledningsförvaltningen", "Lön och personal", "Kontroll av att löneutbetalningar efter lönerevision stämmer mot beslut", "Lönechef", "Årligen",
         "Ej påbörjad", "Genomförs i november efter lönerevisionen.", "", "EJ_GENOMFORD", ""),
        (KFN, "Kultur- och fritidsförvaltningen", "Föreningsbidrag", "Kontroll av att föreningsbidrag betalas ut enligt bidragsregler och beslut", "Föreningskonsulent", "Halvår",
         "Klar", "Stickprov 15 föreningar – samtliga utbetalningar korrekta.", "Nej", "GENOMFORD", "nej"),
        (KFN, "Kultur- och fritidsförvaltningen", "Kassahantering", "Kontroll av kontanthantering och kassaredovisning i simhallen", "Enhetschef bad", "Tertial",
         "Klar", "Kassadifferens 1 250 kr i april, utredd och rapporterad.", "Ja", "GENOMFORD", "ja"),
        (KFN, "Kultur- och fritidsförvaltningen", "Lokaler och anläggningar", "Kontroll av uthyrning av lokaler och anläggningar mot bokningssystemet", "Bokningsansvarig", "Halvår",
         "Pågående", "", "", "DELVIS", ""),
        (KFN, "Kultur- och fritidsförvaltningen", "Kulturverksamhet", "Inventering av konstsamlingen", "Konstintendent", "Årligen",
         "Avbruten", "Avbruten enligt beslut KFN 2025-02-12 § 15, inventeringen görs 2026.", "", "UTGAR", ""),
        (TN, "Tekniska förvaltningen", "Gata och park", "Kontroll av att besiktning av lekplatser genomförs enligt plan", "Parkchef", "Årligen",
         "Klar", "Samtliga 42 lekplatser besiktigade.", "Nej", "GENOMFORD", "nej"),
        (TN, "Tekniska förvaltningen", "Gata och park", "Kontroll av att fakturor för vinterväghållning stämmer mot avtal och körjournaler", "Gatuchef", "Tertial",
         "Klar", "Två entreprenörer fakturerade fler timmar än körjournalen visade, kreditfakturor erhållna.", "Ja", "GENOMFORD", "ja"),
        (TN, "Tekniska förvaltningen", "VA", "Kontroll av att VA-taxa debiteras korrekt vid nyanslutning", "VA-ekonom", "Halvår",
         "Pågående", "Hittills inga fel.", "Nej", "DELVIS", "nej"),
        (TN, "Tekniska förvaltningen", "Inköp", "Uppföljning av avtalstrohet vid inköp av material", "Inköpssamordnare", "Halvår",
         "", "", "", "SAKNAS", ""),
        (TN, "Tekniska förvaltningen", "Fordon", "Kontroll av fordonsregister och körjournaler för kommunens bilar", "Fordonsansvarig", "Årligen",
         "Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
        (MHN, "Miljöförvaltningen", "Tillsyn", "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Miljöchef", "Halvår",
         "Klar", "Stickprov 20 ärenden utan anmärkning.", "Nej", "GENOMFORD", "nej"),
        (MHN, "Miljöförvaltningen", "Tillsyn", "Kontroll av att inspektioner genomförs enligt tillsynsplanen för livsmedel", "Enhetschef livsmedel", "Tertial",
         "Pågående", "62 % av planerade inspektioner genomförda, eftersläpning mot plan.", "Ja", "DELVIS", "ja"),
        (MHN, "Miljöförvaltningen", "Ärendehantering", "Kontroll av att klagomålsärenden registreras och återkopplas inom två veckor", "Registrator", "Halvår",
         "Klar", "2 av 25 ärenden återkopplades för sent.", "Ja", "GENOMFORD", "ja"),
        (MHN, "Miljöförvaltningen", "Ärendehantering", "Kontroll av jäv vid handläggning av tillsynsärenden", "Miljöchef", "Årligen",
         "", "Kontrollen genomförd i juni, inga jävssituationer identifierade.", "", "GENOMFORD", "nej"),
    ]
    p = os.path.join(OUT, fil)
    with open(p, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Rapport: Internkontroll - uppföljning"] + [""] * 9)
        w.writerow(["Period: Delår 2025 (jan-aug)"] + [""] * 9)
        w.writerow(["Exporterad: 2025-09-05 08:41"] + [""] * 9)
        w.writerow([])
        w.writerow(["Nämnd", "Förvaltning", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
                    "Rapporteringsperiod", "Status", "Kommentar", "Avvikelse"])
        for (nm, forv, proc, km, ans, frek, st, kom, avv, es, ea) in rows:
            w.writerow([nm, forv, proc, km, ans, frek, "Delår 2025", st, kom, avv])
            EXPECTED.append((fil, nm, km, es, ea))
    for nm in (KS, KFN, TN, MHN):
        FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Överförmyndarnämnden – small ordinary .xls (BIFF8 via xlwt)
# ---------------------------------------------------------------------------
def ofn_file():
    fil = "ÖFN internkontroll delår 2025.xls"
    N = "Överförmyndarnämnden"
    rows = [
        ("Granskning av redovisning", "Kontroll av att samtliga årsräkningar granskats senast 30 juni", "Handläggare",
         "Delvis", "312 av 318 granskade. 6 inkom sent och granskas i september.", "DELVIS", ""),
        ("Granskning av redovisning", "Stickprovskontroll av verifikationer i 10 % av årsräkningarna", "Handläggare",
         "Ja", "32 årsräkningar granskade, brister i 2 som lett till anmärkning.", "GENOMFORD", "ja"),
        ("Arvoden", "Kontroll av att arvoden till ställföreträdare beräknas och utbetalas enligt riktlinjer", "Enhetschef",
         "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Skydd av huvudmannens tillgångar", "Kontroll av att uttagsspärr finns på konton för omyndiga", "Handläggare",
         "Nej", "Ej genomförd under perioden, planeras till kvartal 4.", "EJ_GENOMFORD", ""),
        ("Rekrytering av ställföreträdare", "Kontroll av att registerutdrag och kreditupplysning inhämtats före förordnande av god man",
         "Rekryterare", "Ja", "Samtliga 14 nya förordnanden kontrollerade.", "GENOMFORD", "nej"),
        ("Rekrytering av ställföreträdare", "Kontroll av att behovet av godmanskap och förvaltarskap prövas årligen", "Handläggare",
         "", "", "SAKNAS", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ws.write(0, 0, "Överförmyndarnämnden", title)
    ws.write(1, 0, "Internkontroll 2025 – uppföljning delår (jan–aug)", bold)
    ws.write(2, 0, "Utfört: Ja / Nej / Delvis")
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Utfört", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, head)
    for r, (omr, km, ans, utf, kom, es, ea) in enumerate(rows, 5):
        for i, v in enumerate([omr, km, ans, utf, kom]):
            ws.write(r, i, v, cell)
        EXPECTED.append((fil, N, km, es, ea))
    ws.write(len(rows) + 6, 0, "2025-09-02 / Maria Sund, enhetschef överförmyndarenheten")
    for i, w in enumerate([30, 60, 16, 10, 55]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Valnämnden – small xlsx, tick columns, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def vn_file():
    fil = "VN_IK_uppf_delar2025.xlsx"
    N = "Valnämnden"
    rows = [
        ("Kontroll av att valdistrikt och vallokalsförteckning är uppdaterade inför valen 2026", "", "X",
         "Påbörjas när underlag från Valmyndigheten har kommit.", "EJ_GENOMFORD", ""),
        ("Kontroll av att valsedlar och valmaterial förvaras i låst utrymme", "X", "",
         "Inventering 2025-05-14, inga brister.", "GENOMFORD", "nej"),
        ("Kontroll av att röstmottagare har genomgått utbildning", "", "",
         "Ej aktuellt 2025 – inga val under året.", "UTGAR", ""),
        ("Efterkontroll av att arvoden till röstmottagare vid EU-valet 2024 betalats ut korrekt", "X", "",
         "Två felaktiga utbetalningar upptäcktes och rättades i februari.", "GENOMFORD", "ja"),
    ]
    wb = Workbook(); fixprops(wb, "Valkansliet")
    ws = wb.active; ws.title = "Blad1"
    ws.oddHeader.center.text = "Valnämnden"
    ws.oddHeader.right.text = "Västanå kommun"
    ws.oddFooter.left.text = "Uppföljning intern kontroll"
    ws["A1"] = "Internkontroll 2025 – uppföljning per 31 augusti"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Kontrollmoment", "Genomförd", "Ej genomförd", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h); c.font = Font(bold=True); c.border = BORDER
    for r, (km, g, e, kom, es, ea) in enumerate(rows, 4):
        for i, v in enumerate([km, g, e, kom], 1):
            c = ws.cell(r, i, v or None); c.border = BORDER; c.alignment = WRAP
            if i in (2, 3):
                c.alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fil, N, km, es, ea))
    for i, w in enumerate([60, 12, 13, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    p = os.path.join(OUT, fil); wb.save(p); normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. GVN – long Excel, numeric status codes, april + augusti side by side
# ---------------------------------------------------------------------------
def gvn_file():
    fil = "GVN_internkontroll_2025_uppföljning_aug.xlsx"
    N = "Gymnasie- och vuxenutbildningsnämnden"
    # (nr, km, metod, ansvarig, när, apr_code, apr_kom, aug_code, aug_kom, exp_status, exp_avv)
    P = [
        ("PROCESS: Antagning och elevadministration", [
            (1, "Kontroll av att antagning till gymnasiet sker enligt antagningsregler och meritvärden", "Stickprov 50 sökande", "Antagningshandläggare", "Apr + juli",
             3, "Preliminär antagning kontrollerad", 1, "Slutlig antagning kontrollerad, inga fel.", "GENOMFORD", "nej"),
            (2, "Kontroll av att studiebevis och examensbevis utfärdas korrekt", "Jämförelse mot betygskatalog", "Studie- och yrkesvägledare", "Juni",
             None, "", 2, "3 examensbevis rättades efter kontroll mot betygskatalogen.", "GENOMFORD", "ja"),
            (3, "Kontroll av att CSN-rapportering av frånvaro sker inom föreskriven tid", "Uttag ur elevsystemet", "Skoladministratör", "Månadsvis",
             1, "OK", 1, "OK", "GENOMFORD", "nej"),
            (4, "Kontroll av att interkommunala ersättningar (IKE) faktureras och betalas enligt avtal", "Avstämning mot elevregister", "Ekonom", "Per termin",
             3, "Fakturering vt klar, ht återstår", None, "", "DELVIS", ""),
        ]),
        ("PROCESS: Vuxenutbildning", [
            (5, "Kontroll av att betyg i vuxenutbildningen sätts av behörig lärare", "Stickprov 40 betyg", "Rektor vux", "Juni",
             None, "", 1, "", "GENOMFORD", "nej"),
            (6, "Uppföljning av att avtal med externa utbildningsanordnare följs (kvalitet och ersättning)", "Verksamhetsbesök", "Rektor vux", "Löpande",
             4, "", 3, "Två av fem anordnare besökta.", "DELVIS", ""),
            (7, "Kontroll av att SFI-elever erbjuds utbildning inom föreskriven tid efter ansökan", "Uttag ur elevsystemet", "Rektor SFI", "Apr + aug",
             4, "", 4, "Flyttas till helår p.g.a. rektorsbyte.", "EJ_GENOMFORD", ""),
        ]),
        ("PROCESS: Ekonomi", [
            (8, "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Controller", "Apr + aug",
             1, "", 1, "Stickprov 25 fakturor utan anmärkning.", "GENOMFORD", "nej"),
            (9, "Kontroll av att elevdatorer inventeras och återlämnas vid studieavbrott", "Avstämning mot avbrottslista", "IT-samordnare", "Juni",
             None, "", 2, "14 datorer ej återlämnade, krav har skickats.", "GENOMFORD", "ja"),
            (10, "Kontroll av representation och förtroendekänsliga poster", "Samtliga representationsfakturor", "Controller", "Aug + dec",
             None, "", 3, "", "DELVIS", ""),
            (11, "Uppföljning av att inackorderingstillägg beviljas enligt riktlinjer", "Stickprov 10 beslut", "Handläggare", "April",
             5, "Utgår – hanteras av CSN från 2025.", None, "", "UTGAR", ""),
        ]),
        ("PROCESS: Arbetsmiljö och säkerhet", [
            (12, "Kontroll av att systematiskt brandskyddsarbete dokumenteras på samtliga skolenheter", "Insamling av SBA-protokoll", "Säkerhetssamordnare", "Apr + aug",
             3, "4 av 6 enheter klara", 1, "Samtliga enheter klara.", "GENOMFORD", "nej"),
            (13, "Kontroll av att hot- och våldssituationer rapporteras i KIA och följs upp", "Rapport ur KIA", "HR-konsult", "Apr + aug",
             1, "", 2, "Uppföljning saknas i 2 av 9 ärenden.", "GENOMFORD", "ja"),
            (14, "Kontroll av att registerutdrag begärs vid anställning", "Stickprov 10 anställningar", "HR-konsult", "Aug",
             None, "", None, "", "SAKNAS", ""),
            (15, "Kontroll av att elevhälsans journaler förs enligt patientdatalagen", "Journalgranskning", "Verksamhetschef elevhälsa", "Aug",
             None, "", None, "Se separat rapport från verksamhetschef elevhälsa.", "OKLAR", ""),
        ]),
    ]
    wb = Workbook(); fixprops(wb, "Jonas Berg")
    ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Gymnasie- och vuxenutbildningsförvaltningen"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Delårsuppföljning internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Status anges med kod enligt förklaring under tabellen."
    ws["F5"] = "Uppföljning april"; ws.merge_cells("F5:G5")
    ws["H5"] = "Uppföljning augusti"; ws.merge_cells("H5:I5")
    for c in ("F5", "H5"):
        ws[c].font = Font(bold=True); ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="E2EFDA")
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "När", "Status", "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h); c.font = Font(bold=True); c.border = BORDER; c.fill = PatternFill("solid", fgColor="C6E0B4")
    r = 7
    for proc, rows in P:
        ws.cell(r, 1, proc).font = Font(bold=True, color="FFFFFF")
        for col in range(1, 10):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="548235")
        r += 1
        for (nr, km, met, ans, nar, ac, ak, gc, gk, es, ea) in rows:
            for i, v in enumerate([nr, km, met, ans, nar, ac, ak or None, gc, gk or None], 1):
                c = ws.cell(r, i, v); c.border = BORDER; c.alignment = WRAP
            EXPECTED.append((fil, N, km, es, ea))
            r += 1
    r += 1
    ws.cell(r, 1, "Statuskoder:").font = Font(bold=True)
    for i, t in enumerate(["1 = Genomförd utan anmärkning", "2 = Genomförd med anmärkning", "3 = Påbörjad",
                           "4 = Ej påbörjad", "5 = Utgår"], 1):
        ws.cell(r + i, 2, t)
    ws.cell(r + 7, 1, "Ansvarig för sammanställning: Jonas Berg, controller")
    for i, w in enumerate([7, 55, 28, 24, 11, 8, 32, 8, 40], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    p = os.path.join(OUT, fil); wb.save(p); normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel lock file left in the inbox
# ---------------------------------------------------------------------------
def lock_file():
    fil = "~$Socialnämnden_IK-uppföljning_delår_2025.xlsx"
    name = "Karin Ljungberg"
    data = bytes([len(name)]) + name.encode("latin-1") + b" " * (54 - len(name))
    data += bytes([len(name), 0]) + "".join(ch + "\x00" for ch in name).encode("latin-1")
    data = data.ljust(165, b"\x20")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen|GVF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN|Valkansliet"),
        ("Krisledningsnämnden", "KLN"),
        ("Västanå Energi AB", "VEAB|Energibolaget"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(reg)


def main():
    sn_file(); bun_file(); sbn_file(); stratsys_file(); ofn_file(); vn_file(); gvn_file(); lock_file()
    register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)
    print(len(FILES), "file rows;", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
