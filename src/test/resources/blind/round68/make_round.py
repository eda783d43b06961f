#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 68 – Uddevalla kommun (Bohuslän), helår 2025.
Builds all follow-up files plus namnder.csv, files.csv, expected.csv from scratch."""
import csv, datetime, io, os, shutil, subprocess, tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt, Cm
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, H, Span

OUT = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, no status column, outcome only in Kommentar/Resultat
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_IK_uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Helår 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Kommunstyrelsen / Kommunledningskontoret"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Uppföljning helår – avser perioden 2025-01-01 – 2025-12-31"
    ws["A4"] = "Sammanställd av: Jenny Andersson, controller, ekonomiavdelningen. Datum: 2026-01-12"
    hdr = ["Process", "Risk", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Kommentar/Resultat"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79"); c.border = BORDER; c.alignment = WRAP
    for col, w in zip("ABCDEF", (22, 30, 48, 28, 20, 80)):
        ws.column_dimensions[col].width = w

    groups = [
      ("EKONOMI", [
        ("Inköp och betalning", [
          ("Felaktiga eller oriktiga utbetalningar till leverantörer",
           "Stickprov av 25 leverantörsfakturor mot avtal, beställning och attestordning",
           "Stickprov, 25 fakturor jan–sep", "Ekonomichef",
           "Stickprovet genomfördes i oktober och omfattade 25 fakturor från perioden januari–september. I 22 fall "
           "stämde pris och villkor mot avtal, i tre fall saknades beställarreferens och en faktura hade attesterats "
           "av en person utan giltig delegation. Berörda chefer har informerats och attestförteckningen har uppdaterats.",
           "GENOMFORD", "ja"),
          ("Direktupphandlingar dokumenteras inte enligt lag och riktlinje",
           "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
           "Genomgång av samtliga direktupphandlingar", "Upphandlingschef",
           "Genomgången av direktupphandlingar under första halvåret har gjorts och visade att dokumentation fanns "
           "i samtliga 14 fall, men motsvarande genomgång för andra halvåret har inte hunnit göras före bokslutet och "
           "redovisas i stället i samband med delårsrapporten 2026.",
           "DELVIS", "nej"),
        ]),
      ]),
      ("PERSONAL", [
        ("Lön och anställning", [
          ("Lön betalas ut efter avslutad anställning",
           "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
           "Samtliga avslut jan–nov mot lönesystemet", "HR-chef",
           "Samtliga 47 avslutade anställningar under perioden januari–november har kontrollerats mot lönesystemet "
           "Personec. Inga felaktiga utbetalningar efter anställningens slut har identifierats.",
           "GENOMFORD", "nej"),
          ("Osakliga löneskillnader",
           "Uppföljning av att lönekartläggning och handlingsplan för jämställda löner tas fram",
           "Dokumentgranskning", "HR-chef",
           "Arbetet med lönekartläggningen har av resursskäl flyttats fram och kommer att genomföras under våren 2026 "
           "tillsammans med HR-enheten, någon kontroll har därför inte gjorts under 2025.",
           "EJ_GENOMFORD", "nej"),
        ]),
      ]),
      ("INFORMATIONSSÄKERHET OCH DATASKYDD", [
        ("Behörigheter och loggar", [
          ("Obehöriga har kvar åtkomst till ekonomisystemet",
           "Kontroll av behörigheter i ekonomisystemet Raindance – avslutade användare ska vara borttagna",
           "Behörighetslista mot HR-system", "Systemförvaltare",
           "Se bilaga 2.", "OKLAR", "nej"),
          ("Otillbörlig åtkomst till sekretessmarkerade ärenden",
           "Logguppföljning i ärendehanteringssystemet Ciceron avseende sekretessmarkerade ärenden",
           "Loggutdrag två gånger per år", "Kanslichef",
           None, "SAKNAS", "nej"),
        ]),
        ("Dataskydd", [
          ("Behandling av personuppgifter saknar rättslig grund",
           "Kontroll av att registerförteckningen enligt GDPR är uppdaterad för förvaltningens samtliga system",
           "Genomgång av registerförteckning", "Dataskyddssamordnare",
           "Kontrollmomentet utgår enligt beslut i kommunstyrelsen 2025-04-09 § 87 eftersom registerförteckningen "
           "flyttas över till det nya kommungemensamma dataskyddsverktyget.",
           "UTGAR", "nej"),
        ]),
      ]),
      ("STYRNING OCH LEDNING", [
        ("Ärendehantering", [
          ("Delegationsbeslut anmäls inte och vinner inte laga kraft",
           "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen inom föreskriven tid",
           "Stickprov tre månader", "Kanslichef",
           "Under året har anmälningarna från april, juni och september kontrollerats. Två beslut från mark- och "
           "exploateringsenheten anmäldes med mer än två månaders fördröjning, rutinen har därefter förtydligats vid "
           "enhetens APT. Kontrollen bedöms som genomförd.",
           "GENOMFORD", "ja"),
          ("Fattade beslut verkställs inte",
           "Uppföljning av att beslut i kommunstyrelsen verkställs och återrapporteras",
           "Genomgång av beslutsuppföljningslistan", "Kommunsekreterare",
           "Verkställigheten av fattade beslut bevakas av kanslienheten i samband med sammanträdena.",
           "OKLAR", "nej"),
        ]),
      ]),
    ]
    r = 7
    for gname, procs in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for col in range(1, 7):
            ws.cell(row=r, column=col).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for pname, ctrls in procs:
            start = r
            for risk, km, metod, ansv, res, st, avv in ctrls:
                vals = [pname if r == start else None, risk, km, metod, ansv, res]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BORDER
                exp(fil, N, km, st, avv)
                r += 1
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Samlad bedömning: Kommunledningskontoret bedömer att den interna kontrollen i "
            "huvudsak har varit tillräcklig. Förbättringsområden är dokumentation av direktupphandlingar och "
            "uppföljning av behörigheter.").alignment = WRAP
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 32
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return fil

# ---------------------------------------------------------------------------
# 2. Barn och utbildningsnämnden – docx, table per process, "Redovisning" only
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN Internkontroll 2025 redovisning helår.docx"
    N = "Barn och utbildningsnämnden"
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=1)
    p = d.add_paragraph(); p.add_run("Barn och utbildningsnämnden").bold = True
    d.add_paragraph("Diarienummer: BUN 2025/00031\nHandläggare: Anna Karlsson, kvalitetsstrateg\nDatum: 2026-01-14")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig. "
        "Barn och utbildningsnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 214). Planen "
        "omfattar tio kontrollmoment fördelade på fyra processer. Nedan redovisas resultatet av respektive "
        "kontrollmoment. Där kontrollen visat brister beskrivs vidtagna eller planerade åtgärder i löptexten.")
    d.add_heading("Nämndens samlade bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under året i allt väsentligt har varit tillräcklig, men "
        "att dokumentationen av åtgärder vid hög frånvaro och hanteringen av kränkningsanmälningar behöver "
        "förbättras.")
    procs = [
      ("1. Elevhälsa och närvaro", [
        ("1.1", "Kontroll av att frånvaro över 10 % anmäls till rektor och att åtgärder dokumenteras",
         "Stickprov fem elever per skola",
         "Kontrollen har genomförts på samtliga 14 grundskolor genom stickprov om fem elever per skola. På elva "
         "skolor fanns dokumenterade åtgärder i samtliga fall, på tre skolor saknades dokumentation för sammanlagt "
         "sex elever. Rektorerna har fått skriftlig återkoppling och elevhälsochefen följer upp under våren.",
         "GENOMFORD", "ja"),
        ("1.2", "Uppföljning av att skolpliktsbevakning sker för elever som inte är placerade i någon skola",
         "Genomgång av bevakningslistan",
         "Rutinen för skolpliktsbevakning har reviderats under hösten. Själva uppföljningen påbörjades i november men "
         "kunde inte slutföras före årsskiftet, och hittills har drygt hälften av ärendena gåtts igenom.",
         "DELVIS", "nej"),
      ]),
      ("2. Ekonomi och inköp", [
        ("2.1", "Stickprov av 30 inköp med inköpskort mot underlag och syfte", "Stickprov 30 transaktioner",
         "30 transaktioner har granskats. Underlag saknades för fyra köp och i två fall var syftet med "
         "representationen inte angivet. Enheterna har påmints om gällande riktlinjer för inköpskort.",
         "GENOMFORD", "ja"),
        ("2.2", "Kontroll av att interkommunal ersättning faktureras för samtliga elever från andra kommuner",
         "Avstämning elevregister mot fakturering",
         "Avstämning mellan elevregistret och fakturerade ersättningar har gjorts för vår- och höstterminen. "
         "Inga avvikelser noterades.",
         "GENOMFORD", "nej"),
        ("2.3", "Kontroll av att statsbidrag för likvärdig skola återrapporteras korrekt till Skolverket",
         "Granskning av återrapportering",
         "Kontrollen är planerad att genomföras i samband med återrapporteringen i mars 2026 och har därför inte "
         "utförts under året.",
         "EJ_GENOMFORD", "nej"),
      ]),
      ("3. Trygghet och studiero", [
        ("3.1", "Kontroll av att kränkande behandling anmäls till huvudmannen inom fem arbetsdagar",
         "Stickprov 60 anmälningar",
         "Under året inkom 412 anmälningar till huvudmannen. En genomgång av 60 slumpvis utvalda anmälningar visar "
         "att 49 anmäldes inom fem arbetsdagar. En åtgärdsplan har tagits fram tillsammans med rektorerna.",
         "GENOMFORD", "ja"),
        ("3.2", "Uppföljning av att förskolornas planer mot diskriminering och kränkande behandling är aktuella",
         "Dokumentgranskning",
         "Kontrollen genomfördes för förskolorna i centrala Uddevalla i maj, medan granskningen av förskolorna i "
         "Ljungskile, Herrestad och Forshälla återstår och har flyttats till våren 2026.",
         "DELVIS", "nej"),
        ("3.3", "Kontroll av att betyg är satta och registrerade i Vklass före utsatt datum",
         "Systemuttag vid terminsslut",
         "Se separat redovisning till nämnden i februari.",
         "OKLAR", "nej"),
      ]),
      ("4. Personal", [
        ("4.1", "Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning (stickprov 20 anställda)",
         "Stickprov 20 nyanställda", "", "SAKNAS", "nej"),
        ("4.2", "Kontroll av att legitimation finns för lärare som sätter betyg",
         "Uttag ur personalsystemet",
         "Kontrollmomentet har utgått ur planen efter nämndens beslut 2025-06-17 § 98, då motsvarande kontroll "
         "görs inom ramen för Skolinspektionens tillsyn.",
         "UTGAR", "nej"),
      ]),
    ]
    d.add_heading("Redovisning per process", level=2)
    for pname, rows in procs:
        d.add_heading(pname, level=3)
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for i, h in enumerate(["Nr", "Kontrollmoment", "Metod", "Redovisning"]):
            cell = t.rows[0].cells[i]; cell.text = ""
            cell.paragraphs[0].add_run(h).bold = True
        for nr, km, metod, red, stt, avv in rows:
            cells = t.add_row().cells
            cells[0].text = nr; cells[1].text = km; cells[2].text = metod; cells[3].text = red
            exp(fil, N, km, stt, avv)
        for row in t.rows:
            for i, w in enumerate((Cm(1.0), Cm(5.5), Cm(3.2), Cm(7.5))):
                row.cells[i].width = w
        d.add_paragraph("")
    d.add_heading("Fortsatt arbete", level=2)
    d.add_paragraph("Kontrollmomenten 1.2, 2.3 och 3.2 förs över till internkontrollplanen 2026. Förslag till ny "
                    "plan behandlas av nämnden i februari.")
    d.add_paragraph("Uddevalla 2026-01-14\n\nMikael Strand\nFörvaltningschef, Barn och utbildning")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 3. Case-system export, semicolon CSV, Windows-1252, two nämnder, row per control and period
# ---------------------------------------------------------------------------
def make_csv():
    fil = "ikp_uppfoljning_export_2026-01-13.csv"
    # (id, process, km, delår(bed, komm), helår(bed, komm), avvikelse-col delår/helår, expected status, avv)
    sn = ("Socialnämnden", "Socialtjänsten", "SN", [
      ("Ekonomiskt bistånd",
       "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen (stickprov 25 akter)",
       ("Pågående", "Stickprov för januari–juni klart, inga avvikelser hittills.", "Nej"),
       ("Genomförd", "25 akter granskade. I en akt saknades beslutsattest av behörig delegat, beslutet har "
                     "fattats om och handläggaren har fått information.", "Ja"),
       "GENOMFORD", "ja"),
      ("Myndighetsutövning barn och unga",
       "Kontroll av att utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
       ("Pågående", "Mätning görs månadsvis i Treserva, redovisas vid helår.", ""),
       ("", "", ""),
       "DELVIS", "nej"),
      ("Avgifter",
       "Kontroll av att avgifter inom hemtjänst debiteras enligt beslut (stickprov 30 brukare)",
       ("", "", ""),
       ("", "Stickprov på 30 brukare har genomförts i november. I fyra fall hade avgiften inte justerats efter "
            "ändrat beslut om insatser, vilket medfört felaktig debitering.\nRättelse och återbetalning har gjorts "
            "i december.", "Ja"),
       "GENOMFORD", "ja"),
      ("Vård och omsorg",
       "Kontroll av att läkemedelshantering på särskilda boenden följer rutin (egenkontroll)",
       ("Ej påbörjad", "", ""),
       ("Ej genomförd", "Kontrollen har skjutits upp till 2026 på grund av byte av läkemedelsleverantör.", ""),
       "EJ_GENOMFORD", "nej"),
      ("Myndighetsutövning barn och unga",
       "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
       ("Pågående", "", ""),
       ("Genomförd", "Av 1 126 anmälningar förhandsbedömdes 1 041 inom 14 dagar (92 %). Avvikelserna avser "
                     "främst perioden juli–augusti då bemanningen var låg.", "Ja"),
       "GENOMFORD", "ja"),
      ("Kvalitet och patientsäkerhet",
       "Kontroll av att Lex Sarah-rapporter utreds och vid behov anmäls till IVO",
       ("", "", ""),
       ("Genomförd", "Kontrollen har endast delvis genomförts, genomgång av rapporterna från andra halvåret "
                     "återstår.", "Nej"),
       "GENOMFORD", "nej"),
      ("Ekonomi",
       "Kontroll av att återsökning av statlig ersättning från Migrationsverket görs",
       ("Genomförd", "Inga ärenden under första halvåret.", ""),
       ("Utgår", "Ej aktuell 2025 – inga ärenden som ger rätt till ersättning.", ""),
       "UTGAR", "nej"),
    ])
    ofn = ("Överförmyndarnämnden", "Överförmyndarenheten", "ÖFN", [
      ("Tillsyn",
       "Granskning av att samtliga årsräkningar inkommit senast 1 mars",
       ("Genomförd", "23 årsräkningar inkom efter 1 mars. Påminnelser har skickats och samtliga hade inkommit i "
                     "april.", "Ja"),
       ("", "", ""),
       "GENOMFORD", "ja"),
      ("Arvoden",
       "Kontroll av att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer (stickprov 15)",
       ("", "", ""),
       ("Genomförd", "Inga avvikelser.", "Nej"),
       "GENOMFORD", "nej"),
      ("Rekrytering",
       "Kontroll av att registerutdrag inhämtats för nya ställföreträdare",
       ("", "", ""),
       ("?", "", ""),
       "OKLAR", "nej"),
      ("Tillsyn",
       "Kontroll av att förvaltarskap följs upp med personligt besök minst en gång per år",
       ("", "", ""),
       ("", "Uppföljningen är påbörjad men har inte slutförts för alla förvaltarskap på grund av sjukskrivning "
            "i handläggargruppen.", ""),
       "DELVIS", "nej"),
      ("Dokumentation",
       "Kontroll av att digitala akter i Wärna är fullständiga (stickprov 10 akter)",
       ("Ej genomförd", "Planeras till hösten.", ""),
       ("", "", ""),
       "EJ_GENOMFORD", "nej"),
    ])
    header = ["Ärende-ID", "Nämnd", "Förvaltning", "År", "Period", "Process", "Kontrollmoment", "Bedömning",
              "Kommentar/Resultat", "Avvikelse", "Handläggare", "Senast ändrad"]
    rows = []
    handl = {"SN": ["Eva Lindqvist", "2025-09-08", "Eva Lindqvist", "2026-01-09"],
             "ÖFN": ["Karin Olsson", "2025-09-15", "Karin Olsson", "2026-01-07"]}
    for namnd, forv, kort, ctrls in (sn, ofn):
        for per_i, per in enumerate(("Delår 2025-08-31", "Helår 2025")):
            for i, (proc, km, dl, hl, st, avv) in enumerate(ctrls, 1):
                bed, kom, av = (dl, hl)[per_i]
                h = handl[kort]
                ändrad = h[1 + 2 * per_i] if (bed or kom) else ""
                rows.append([f"{kort}-IK-2025-{i:02d}", namnd, forv, "2025", per, proc, km, bed, kom, av,
                             h[2 * per_i] if (bed or kom) else "", ändrad])
        for proc, km, dl, hl, st, avv in ctrls:
            exp(fil, namnd, km, st, avv)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header); w.writerows(rows)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 4. Kultur och fritidsnämnden – xlsx, risk matrix (S × K) beside the controls, J/N/D legend
# ---------------------------------------------------------------------------
def rv_fill(v):
    return fill("92D050") if v <= 4 else (fill("FFEB84") if v <= 8 else fill("FF7C80"))

def make_kof():
    fil = "KoF riskanalys och IKP 2025 uppföljning.xlsx"
    N = "Kultur och fritidsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Kultur och fritidsnämnden – Riskanalys och internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning helår 2025 (rapporteras till nämnden 2026-02-05)"
    ws["A3"] = "Ifylld av: Sofia Holm, verksamhetscontroller Kultur och fritid"
    hdr = ["Nr", "Process/rutin", "Risk", "S", "K", "RV (S×K)", "Kontrollmoment", "Kontrollansvarig",
           "Genomförd J/N/D", "Kommentar helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = fill("BDD7EE")
        c.border = BORDER; c.alignment = WRAP
    for col, w in zip("ABCDEFGHIJ", (5, 18, 30, 5, 5, 9, 46, 18, 11, 55)):
        ws.column_dimensions[col].width = w
    ctrls = [
      ("Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder", 3, 3,
       "Stickprov av 15 beviljade aktivitetsbidrag mot närvarorapporter i bokningssystemet", "Bidragshandläggare",
       "J", "Stickprovet visade att två föreningar redovisat deltagare som inte var medlemmar. Återkrav har skickats.",
       "GENOMFORD", "ja"),
      ("Föreningsbidrag", "Jäv vid handläggning av bidrag", 2, 3,
       "Kontroll av att jävsförklaring finns för samtliga handläggare av föreningsbidrag", "Enhetschef förening",
       "J", "Samtliga fyra handläggare har lämnat jävsförklaring.", "GENOMFORD", "nej"),
      ("Bibliotek", "Intäktsbortfall och förlust av medier", 2, 2,
       "Kontroll av att kravrutin för förseningsavgifter och förkomna medier följs", "Bibliotekschef",
       "D", "Kontrollerat för Stadsbiblioteket, filialerna i Ljungskile och Herrestad återstår.", "DELVIS", "nej"),
      ("Kassahantering", "Svinn eller stöld ur kassor", 3, 2,
       "Oanmäld kassainventering på simhallen och i Margretegärdeparken två gånger per år", "Ekonom",
       "N", "Endast en inventering gjord (maj), höstens inventering blev inte av på grund av sjukdom.",
       "EJ_GENOMFORD", "nej"),
      ("Uthyrning av lokaler", "Intäktsbortfall vid uthyrning av idrottshallar", 3, 2,
       "Avstämning av bokade tider i bokningssystemet mot fakturerade hyror (oktober)", "Bokningsansvarig",
       None, "Avstämningen har genomförts för oktober. Tre bokningar hade inte fakturerats, sammanlagt 8 400 kr, "
       "och har nu fakturerats i efterhand.", "GENOMFORD", "ja"),
      ("Arbetsmiljö", "Hot och våld mot personal på fritidsgårdar", 3, 4,
       "Kontroll av att tillbud och hot/våld rapporteras i KIA och följs upp", "Enhetschef fritid",
       None, None, "SAKNAS", "nej"),
      ("Konst och kulturarv", "Konstverk i kommunens lokaler försvinner", 2, 3,
       "Inventering av konstverk placerade i kommunens lokaler (urval 50 verk)", "Konstintendent",
       "P", None, "OKLAR", "nej"),
      ("Inköp", "Inköp utanför avtal", 4, 2,
       "Kontroll av avtalstrohet – stickprov 20 fakturor", "Ekonom",
       "J", "18 av 20 fakturor avsåg avtalad leverantör, två inköp av förbrukningsmaterial gjordes utanför avtal.",
       "GENOMFORD", "ja"),
      ("Dataskydd", "Personuppgifter hanteras utan biträdesavtal", 2, 4,
       "Kontroll av att personuppgiftsbiträdesavtal finns för e-tjänsten för lovaktiviteter", "Systemförvaltare",
       "Utgår", "E-tjänsten avvecklades i mars 2025.", "UTGAR", "nej"),
    ]
    r = 6
    for i, (proc, risk, s, k, km, ansv, stt, kom, est, avv) in enumerate(ctrls, 1):
        vals = [i, proc, risk, s, k, s * k, km, ansv, stt, kom]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BORDER; c.alignment = WRAP
        ws.cell(row=r, column=6).fill = rv_fill(s * k)
        ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, est, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring Genomförd: J = Ja, genomförd   N = Nej, ej genomförd   "
            "D = Delvis genomförd").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="S = sannolikhet, K = konsekvens, RV = riskvärde (S × K). "
            "Se riskmatrisen till höger.").font = Font(italic=True)
    # risk matrix beside the controls, columns L..P, rows 5..16
    ws.column_dimensions["L"].width = 22
    for col in "MNOP":
        ws.column_dimensions[col].width = 7
    ws["L5"] = "Riskmatris"; ws["L5"].font = Font(bold=True)
    ws["L6"] = "Sannolikhet ↓ / Konsekvens →"; ws["L6"].alignment = WRAP
    for kk in range(1, 5):
        c = ws.cell(row=6, column=12 + kk, value=kk); c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center"); c.border = BORDER
    for ri, ss in enumerate((4, 3, 2, 1)):
        c = ws.cell(row=7 + ri, column=12, value=ss); c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center"); c.border = BORDER
        for kk in range(1, 5):
            c = ws.cell(row=7 + ri, column=12 + kk, value=ss * kk)
            c.fill = rv_fill(ss * kk); c.border = BORDER; c.alignment = Alignment(horizontal="center")
    ws["L12"] = "Sannolikhet"; ws["L12"].font = Font(bold=True)
    for i, t in enumerate(("1 = Osannolik", "2 = Mindre sannolik", "3 = Sannolik", "4 = Mycket sannolik")):
        ws.cell(row=13 + i, column=12, value=t)
    ws["N12"] = "Konsekvens"; ws["N12"].font = Font(bold=True)
    for i, t in enumerate(("1 = Försumbar", "2 = Lindrig", "3 = Kännbar", "4 = Allvarlig")):
        ws.cell(row=13 + i, column=14, value=t)
    ws["L18"] = "Riskvärde"; ws["L18"].font = Font(bold=True)
    for i, (t, f) in enumerate((("1–4 Låg risk (grön)", "92D050"), ("6–8 Medelhög risk (gul)", "FFEB84"),
                                 ("9–16 Hög risk (röd)", "FF7C80"))):
        c = ws.cell(row=19 + i, column=12, value=t); c.fill = fill(f)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden – .xls (via soffice), Status + Genomförd datum + Åtgärd/Ansvarig/Klart datum
# ---------------------------------------------------------------------------
def make_sbn():
    base = "SBN Internkontroll 2025 uppföljning per 2025-12-31"
    fil = base + ".xls"
    N = "Samhällsbyggnadsnämnden"
    D = datetime.date
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = "SAMHÄLLSBYGGNADSNÄMNDEN"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internkontroll 2025 – uppföljning per 2025-12-31"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Samhällsbyggnadsförvaltningen, Uddevalla kommun"
    hdr = ["Nr", "Område", "Kontrollmoment", "Frekvens", "Kontrollansvarig", "Status", "Genomförd datum",
           "Resultat/iakttagelser", "Avvikelse (J/N)", "Åtgärd", "Ansvarig", "Klart datum"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = fill("E2EFDA")
        c.border = BORDER; c.alignment = WRAP
    for col, w in zip("ABCDEFGHIJKL", (4, 16, 44, 12, 16, 14, 12, 50, 10, 34, 16, 12)):
        ws.column_dimensions[col].width = w
    ctrls = [
      ("Bygglov", "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Två ggr/år",
       "Bygglovschef", "Genomförd", D(2025, 9, 30),
       "Av 312 beslut fattades 297 inom tiden. 15 ärenden överskred tidsfristen och avgiften har reducerats enligt "
       "PBL 12 kap. 8 a §.", "J", "Veckovis bevakning av ärenden som närmar sig 10 veckor", "Maria Ek",
       D(2025, 11, 1), "GENOMFORD", "ja"),
      ("Bygglov", "Stickprov av 10 debiterade bygglovsavgifter mot gällande taxa", "En gång/år", "Bygglovschef",
       None, D(2025, 11, 20), "Inga avvikelser.", "N", None, None, None, "GENOMFORD", "nej"),
      ("Gata/park", "Kontroll av att schakttillstånd finns för pågående grävarbeten i gatumark (stickprov)",
       "Två ggr/år", "Gatuchef", "Pågår", None,
       "Stickprov gjort under våren utan anmärkning, höstens kontroll pågår fortfarande.", "N", None, None, None,
       "DELVIS", "nej"),
      ("Mark och exploatering", "Kontroll av att arrendeavgifter indexuppräknats och fakturerats enligt avtal",
       "En gång/år", "MEX-chef", "Ej genomförd", None,
       "Kontrollen har flyttats till 2026 i samband med byte av avtalsregister.", None,
       "Kontrollen genomförs när nytt avtalsregister är infört", "Johan Nilsson", D(2026, 4, 30),
       "EJ_GENOMFORD", "nej"),
      ("Fastighet", "Kontroll av att OVK är utförd och godkänd för kommunens verksamhetslokaler", "En gång/år",
       "Fastighetschef", "Genomförd med anmärkning", D(2025, 10, 15),
       "OVK var inte godkänd i 6 av 58 byggnader, bland annat två förskolor.", "J",
       "Åtgärdsplan tillsammans med fastighetsskötare, ombesiktning beställd", "Per Johansson", D(2026, 3, 31),
       "GENOMFORD", "ja"),
      ("Upphandling", "Kontroll av att avrop från ramavtal för entreprenader sker enligt fördelningsnyckel",
       "En gång/år", "Upphandlare", None, None, None, None, None, None, None, "SAKNAS", "nej"),
      ("Miljö och hälsoskydd",
       "Kontroll av att tillsynsavgifter debiteras för samtliga genomförda tillsynsbesök",
       "En gång/år", "Miljöchef", None, None,
       "Avstämningen mot tillsynsplanen är gjord för livsmedelskontrollen men inte för miljöbalkstillsynen, "
       "som görs i januari 2026.", None, "Avstämning miljöbalkstillsyn", "Lina Berg", D(2026, 1, 31),
       "DELVIS", "nej"),
      ("Trafik", "Avstämning av parkeringsintäkter från automater och app mot bankinsättningar", "Kvartalsvis",
       "Trafikingenjör", "Genomförd", D(2025, 6, 12), "Avstämning januari–maj utan differenser.", "N",
       None, None, None, "GENOMFORD", "nej"),
      ("Bostadsanpassning", "Stickprov av 10 beviljade bostadsanpassningsbidrag mot intyg och offert",
       "En gång/år", "Handläggare BAB", "Klar", D(2025, 12, 5),
       "I ett ärende saknades intyg från arbetsterapeut, intyget har kompletterats i efterhand.", "J",
       "Checklista i ärendesystemet uppdaterad", "Handläggare BAB", D(2025, 12, 15), "GENOMFORD", "ja"),
    ]
    r = 6
    for i, row in enumerate(ctrls, 1):
        vals = [i] + list(row[:11])
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BORDER; c.alignment = WRAP
            if isinstance(v, datetime.date):
                c.number_format = "yyyy-mm-dd"
        exp(fil, N, row[1], row[11], row[12])
        r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av förvaltningens ledningsgrupp 2026-01-08. /Stefan Ahl, "
            "förvaltningschef")
    tmp = tempfile.mkdtemp()
    try:
        x = os.path.join(tmp, base + ".xlsx"); wb.save(x)
        subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmp, x], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, base + ".xls"), os.path.join(OUT, fil))
    finally:
        shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 6. Kultur och fritid 2024 – .ods (last year's file sent by mistake), symbols with legend, Delår|Helår
# ---------------------------------------------------------------------------
def ods_cell(v, bold_style=None):
    if v is None or v == "":
        return TableCell()
    if isinstance(v, int):
        c = TableCell(valuetype="float", value=v)
    else:
        c = TableCell(valuetype="string")
    p = P(text=str(v)) if bold_style is None else P(stylename=bold_style, text=str(v))
    c.addElement(p)
    return c

def make_kof2024():
    fil = "KoF uppföljning IKP 2024.ods"
    N = "Kultur och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="Fet", family="paragraph"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    t = Table(name="Uppföljning 2024")
    for _ in range(6):
        t.addElement(TableColumn())
    def row(vals, b=False):
        tr = TableRow()
        for v in vals:
            tr.addElement(ods_cell(v, bold if b else None))
        t.addElement(tr)
    row(["Uppföljning internkontrollplan 2024 – Kultur och fritidsnämnden"], True)
    row(["Helårsuppföljning 2024"])
    row(["Teckenförklaring: ✔ = Genomförd   ◐ = Delvis genomförd   ✖ = Ej genomförd"])
    row([])
    row(["Nr", "Kontrollmoment", "Ansvarig", "Delår 2024", "Helår 2024", "Kommentar"], True)
    ctrls = [
      (1, "Stickprov av 15 beviljade aktivitetsbidrag mot närvarorapporter", "Bidragshandläggare", "◐", "✔",
       "Inga avvikelser.", "GENOMFORD", "nej"),
      (2, "Kontroll av att jävsförklaring finns för handläggare av föreningsbidrag", "Enhetschef förening", "✔",
       None, None, "GENOMFORD", "nej"),
      (3, "Oanmäld kassainventering på simhallen två gånger per år", "Ekonom", "✔", "✖",
       "Höstens inventering ej gjord.", "EJ_GENOMFORD", "nej"),
      (4, "Inventering av konstverk placerade i kommunens lokaler", "Konstintendent", "✖", "◐",
       "Ca 40 % av verken inventerade. Tre verk kunde inte återfinnas och har anmälts som förkomna.", "DELVIS", "ja"),
      (5, "Kontroll av att hyresavtal för föreningslokaler är aktuella", "Fastighetssamordnare", None, None, None,
       "SAKNAS", "nej"),
    ]
    for nr, km, ansv, dl, hl, kom, st, avv in ctrls:
        row([nr, km, ansv, dl, hl, kom])
        exp(fil, N, km, st, avv)
    row([])
    row(["Sammanställt 2025-01-20, Sofia Holm"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2024", "HELAR"))

# ---------------------------------------------------------------------------
# 7. Valnämnden – .odt, headings and label paragraphs, "Redovisning" text only
# ---------------------------------------------------------------------------
def make_vn():
    fil = "Valnämnden uppföljning internkontroll 2025.odt"
    N = "Valnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    b = Style(name="Fet", family="text"); b.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(h1); doc.styles.addElement(h2); doc.automaticstyles.addElement(b)
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Valnämnden – uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Helårsuppföljning. Dnr VN 2025/00004. Handläggare: Lars Bengtsson, valsamordnare."))
    doc.text.addElement(P(text="Valnämndens internkontrollplan för 2025 har inriktats på förberedelserna inför "
                          "de allmänna valen den 13 september 2026. Planen innehåller fyra kontrollmoment som "
                          "redovisas nedan."))
    ctrls = [
      ("1. Tillgänglighet i vallokaler",
       "Kontroll av att samtliga vallokaler och förtidsröstningslokaler inventerats avseende tillgänglighet inför valet 2026",
       "Valsamordnare",
       "Inventering har genomförts av 18 av de 31 lokaler som planeras att användas. Resterande lokaler "
       "inventeras under februari–mars 2026 tillsammans med kommunens tillgänglighetssamordnare.",
       "DELVIS", "nej"),
      ("2. Lokaler för förtidsröstning",
       "Kontroll av att avtal om lokaler för förtidsröstning är tecknade senast 31 december 2025",
       "Valsamordnare",
       "Avtal har tecknats för samtliga nio förtidsröstningslokaler, det sista den 28 november 2025.",
       "GENOMFORD", "nej"),
      ("3. Jäv och förtroende",
       "Kontroll av att valnämndens ledamöter och ersättare lämnat uppgift om eventuell kandidatur i valet 2026",
       "Nämndsekreterare",
       "Uppgifterna inhämtades vid sammanträdet den 22 oktober. Inga jävsförhållanden har framkommit.",
       "GENOMFORD", "nej"),
      ("4. Röstmottagare",
       "Kontroll av att rekrytering av röstmottagare följer fastställd rutin (registerkontroll och utbildningsplan)",
       "Valsamordnare",
       "Rekryteringen av röstmottagare startar först i mars 2026, varför kontrollen inte har kunnat genomföras "
       "under 2025. Momentet förs över till internkontrollplanen 2026.",
       "EJ_GENOMFORD", "nej"),
    ]
    for rub, km, ansv, red, st, avv in ctrls:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=rub))
        for lab, val in (("Kontrollmoment: ", km), ("Ansvarig: ", ansv), ("Redovisning: ", red)):
            p = P(); p.addElement(Span(stylename=b, text=lab)); p.addText(val); doc.text.addElement(p)
        exp(fil, N, km, st, avv)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Uddevalla den 15 januari 2026"))
    doc.text.addElement(P(text="Lars Bengtsson, valsamordnare"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 8. Excel lock file left in the inbox folder → AVVISAD
# ---------------------------------------------------------------------------
def make_lock():
    fil = "~$KS_IK_uppfoljning_helar_2025.xlsx"
    name = "Jenny Andersson"
    data = bytes([len(name)]) + name.encode("latin-1").ljust(53, b" ") + b"\x00\x00" + \
        name.encode("utf-16-le").ljust(110, b"\x20\x00"[0:1])
    data = data.ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn och utbildningsnämnden", "BUN|Barn- och utbildningsnämnden|Barn och utbildning|Barn och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialtjänsten|Socialförvaltningen"),
    ("Kultur och fritidsnämnden", "KFN|KoF|Kultur- och fritidsnämnden|Kultur och fritid|Kultur och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnad|Samhällsbyggnadsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Krisledningsnämnden", "KLN"),
]

def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    make_ks(); make_bun(); make_csv(); make_kof(); make_sbn(); make_kof2024(); make_vn(); make_lock()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in r[2] and "\n" not in r[2], r
            f.write(";".join(r) + "\n")
    print(len(set(r[0] for r in FILES)), "files,", len(FILES), "files.csv rows,", len(EXPECTED), "controls")

if __name__ == "__main__":
    main()
