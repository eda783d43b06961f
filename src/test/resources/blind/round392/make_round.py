#!/usr/bin/python3
"""Blind round 392 – Saltviks kommun, delår 2025. Builds all files + CSVs."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-round392"
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 KS xlsx
def f1():
    fn = "IK_uppfoljning_delar_2025_KS.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – delårsrapport"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A3"] = "Nämnd/enhet:"; ws["B3"] = "Kommunstyrelsen (Kommunledningskontoret)"
    ws["A4"] = "År:"; ws["B4"] = 2025
    ws["A5"] = "Period:"; ws["B5"] = "Delår, 1 januari – 31 augusti"
    for c in ("A3", "A4", "A5"): ws[c].font = Font(bold=True)
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status", "Åter-\nredovisas"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True); c.alignment = WRAP; c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    rows = [
        (1, "Leverantörs-\nfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov om 40 fakturor januari–juni.\nTvå fakturor har attesterats av vikarierande chef som inte fanns i attestförteckningen.",
         "Attestförteckningen uppdateras vid varje vikariat längre än två veckor.", "Granskning genomförd", "Delår", "GENOMFORD", "ja"),
        (2, "Prognoser", "Är uppbokningar utförda inför månadsstängning",
         "Uppbokningar har skett för april och juni. Inga avvikelser har identifierats.", "Ingen åtgärd", "Granskning genomförd", "Delår", "GENOMFORD", "nej"),
        (3, "Delegering", "Anmälan av delegationsbeslut till kommunstyrelsen sker löpande",
         "Jämförelse av diariet mot anmälda beslut januari–juni. Tre beslut har anmälts först vid andra sammanträdet efter beslut.",
         "Påminnelse till samtliga delegater via chefsforum.", "Granskning genomförd med anmärkning", "Delår", "GENOMFORD", "ja"),
        (4, "Representation", "Kontroll av representation och andra förtroendekänsliga poster",
         "Samtliga verifikationer på konto 7610–7690 jan–aug genomgångna. Deltagarförteckning saknas i 1 av 22 verifikationer.",
         "Komplettering har begärts från ansvarig chef.", "Granskning genomförd", "Delår", "GENOMFORD", "ja"),
        (5, "Lön", "Kontroll av att rätt lön och anställningsform registreras vid nyanställning",
         "Stickprovet är planerat till hösten.", "", "Granskning ej genomförd", "Helår", "EJ_GENOMFORD", ""),
        (6, "Informations-\nsäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personalförteckning",
         "Avstämningen påbörjades i juni och ca 60 % av behörigheterna är genomgångna. Fyra konton för avslutade medarbetare har hittats och stängts.",
         "Avstämningen slutförs i oktober.", "Granskning påbörjad", "Helår", "DELVIS", "ja"),
        (7, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen för inköp och upphandling",
         "", "", "", "Helår", "SAKNAS", ""),
        (8, "System-\nförvaltning", "Att systemförvaltare är utsedda för samtliga verksamhetssystem",
         "Kontrollmomentet har ersatts av den kommunövergripande systeminventeringen enligt KS beslut 2025-03-11 § 42.",
         "–", "Utgår", "–", "UTGAR", ""),
        (9, "Återsökning\nstatliga medel", "Att kommunen återsöker de statliga medel vi har rätt till",
         "Ansökningar för kvartal 1 och 2 har skickats in inom tidsfristen. Ingen identifierad avvikelse.",
         "Ingen åtgärd", "Granskning genomförd", "Delår", "GENOMFORD", "nej"),
    ]
    r = 8
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
        EXP.append((fn, N, row[2], row[7], row[8])); r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Anna Berglund, controller, 2025-09-08")
    ws.cell(row=r + 2, column=1, value="Behandlas i kommunstyrelsens arbetsutskott 2025-09-23.")
    for col, w in zip("ABCDEFG", (5, 16, 38, 50, 36, 20, 12)):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "7:7"
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 2 SN docx
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for j, ln in enumerate(lines):
        if j: p = cell.add_paragraph()
        run = p.add_run(ln); run.bold = bold; run.font.size = Pt(size)

def f2():
    fn = "Socialnamnden_delarsuppfoljning_IKP_2025.docx"
    N = "Socialnämnden"
    d = Document()
    d.add_heading("Delårsuppföljning av kritiska risker i Socialnämndens internkontrollplan 2025", 1)
    d.add_heading("Bakgrund", 2)
    d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig "
                    "och att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Socialnämnden antog "
                    "internkontrollplanen för 2025 den 18 december 2024 (§ 112).")
    d.add_heading("Uppföljning per 31 augusti 2025", 2)
    d.add_paragraph("I nämndens bruttolista har 22 risker bedömts. Åtta av dessa har bedömts som kritiska och ska "
                    "hanteras genom kontrollmoment eller annan planering. I tabellen nedan redovisas om den hantering "
                    "som angivits i internkontrollplanen följts samt en kommentar om genomförda och planerade aktiviteter. "
                    "Den sista kolumnen avser läget vid delåret.")
    hdr = ["Ansvarsområde/\nprocess", "Risk i verksamheten", "Risk-\nvärde", "Befintliga åtgärder/kontrollmoment",
           "Ställningstagande av hantering (planering)", "Följer plan:", "Kommentar:"]
    groups = [
        ("Hantera person-\nuppgifter enligt\nGDPR och OSL", [
            ("Risk att skicka sekretessbelagda individhandlingar till fel person", "8",
             "Genomgång av rutin för utskick av sekretessbelagda handlingar på APT i samtliga arbetsgrupper",
             "Hanteras genom aktivitet – fortsätta påminna", "Ja",
             "Rutinen har gåtts igenom på APT i alla arbetsgrupper inom Myndighet under maj 2025.", "GENOMFORD", "nej"),
            ("Risk för felaktig hantering av personuppgifter för personer med skyddad identitet", "8",
             "Kontroll av att åtkomst till akter för personer med skyddad identitet är begränsad i verksamhetssystemet",
             "Hanteras genom loggkontroll två gånger per år", "Ja",
             "Loggkontroll genomförd i juni. Två obehöriga åtkomster har upptäckts och utretts, en av dem har rapporterats enligt lex Sarah.",
             "GENOMFORD", "ja"),
        ]),
        ("Ekonomiskt\nbistånd", [
            ("Risk för felaktiga utbetalningar av ekonomiskt bistånd", "9",
             "Stickprov om 30 ärenden per tertial avseende underlag för utbetalning av ekonomiskt bistånd",
             "Hanteras genom granskning i internkontrollplanen", "Ja",
             "T1: 30 ärenden granskade, inga avvikelser.\nDelår: stickprovet för maj–augusti pågår och redovisas i helårsuppföljningen.",
             "DELVIS", "nej"),
        ]),
        ("Kvalitetssäkra\nuppdragstagare", [
            ("Risk för låg kvalitet hos familjehem och kontaktpersoner, vilket medför att barn eller vuxna far illa", "8",
             "Kontroll av att samtliga familjehem har aktuell utredning och registerkontroll",
             "Hanteras genom genomlysning av processen för rekrytering och godkännande", "Nej",
             "Arbetet är försenat på grund av vakanser och är framskjutet till våren 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Hantering\negenavgifter", [
            ("Nämnden går miste om intäkter eller debiterar fel avgift", "9",
             "Avstämning av att egenavgifter inom hemtjänsten debiteras enligt beslutad taxa",
             "Hanteras genom kontrollmoment i internkontrollplanen", "Ja",
             "Avstämning januari–juni genomförd. 14 brukare hade fel avgiftsnivå efter inkomstförändring; rättelse gjordes i juli.",
             "GENOMFORD", "ja"),
        ]),
        ("Följsamhet basal\nhygien", [
            ("Risk för låg följsamhet till basal hygien, vilket kan medföra smittorisker", "9",
             "Observationsmätningar av följsamhet till basal hygien i särskilt boende",
             "Hanteras genom utvecklingsarbete och månatliga mätningar", "Ja",
             "Mätningar har genomförts varje månad januari–augusti enligt plan. En av tre enheter (Solgläntan) ligger under målvärdet; åtgärdsplan är upprättad.",
             "GENOMFORD", "ja"),
        ]),
        ("Hot och våld", [
            ("Risk att medarbetare utsätts för hot och våld vid hembesök", "8",
             "Uppdatering av förvaltningens handlingsplan vid hot och våld",
             "Hanteras inom kommunövergripande säkerhetsarbete", "Utgår",
             "Handlingsplanen tas fram kommunövergripande enligt KS beslut 2025-02-11. Kontrollmomentet har strukits ur nämndens plan.",
             "UTGAR", ""),
        ]),
        ("Återsökning\nMigrationsverket", [
            ("Risk att socialnämnden går miste om statliga medel", "9",
             "Kontroll att återsökning av statlig ersättning från Migrationsverket görs kvartalsvis",
             "Hanteras genom kontrollmoment i internkontrollplanen", "", "", "SAKNAS", ""),
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=7); t.style = "Table Grid"
    for i, h in enumerate(hdr): set_cell(t.cell(0, i), h, bold=True)
    r = 1
    for proc, items in groups:
        start = r
        for it in items:
            for i, v in enumerate(it[:6], 1): set_cell(t.cell(r, i), v)
            EXP.append((fn, N, it[2], it[6], it[7])); r += 1
        top = t.cell(start, 0)
        if r - 1 > start: top = top.merge(t.cell(r - 1, 0))
        set_cell(top, proc)
    d.add_paragraph("")
    d.add_paragraph("Saltvik 2025-09-10")
    d.add_paragraph("Maria Lindqvist\nSocialchef")
    d.sections[0].header.paragraphs[0].text = "Saltviks kommun – Socialförvaltningen\t\tTjänsteskrivelse"
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 3 KFN ods (colour status)
def f3(tmp):
    fn = "KFN IK-plan uppföljning delår 2025.ods"
    N = "Kultur- och fritidsnämnden"
    G, Y, R = "C6EFCE", "FFEB9C", "FFC7CE"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning IK 2025"
    ws["A1"] = "Uppföljning av internkontrollplanen 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Kultur- och fritidsnämnden – delårsuppföljning per 2025-08-31"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Färgmarkering i kolumnen Resultat:"
    for col, (fill, txt) in zip("BCD", ((G, "Grön = genomfört"), (Y, "Gul = delvis genomfört"), (R, "Röd = ej genomfört"))):
        ws[col + "3"] = txt; ws[col + "3"].fill = PatternFill("solid", fgColor=fill)
    hdr = ["Väsentliga processer", "Risk", "Kontrollmoment", "Resultat", "Förbättringsåtgärder", "Startdatum", "Slutdatum"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.border = BOX; c.alignment = WRAP
    rows = [
        ("Skydd av tillgångar", "Utrustning/inventarier försvinner",
         "Kontrollera inventarieförteckningar på fritidsgårdar och bibliotek",
         "Inventering av inventarier\n\nInventering har genomförts på samtliga fem enheter under maj. Inga avvikelser mot förteckningarna.",
         G, "", "2025-03-01", "2025-06-30", "GENOMFORD", "nej"),
        (None, "Utrustning/inventarier försvinner",
         "Kontroll av att utlåning av teknisk utrustning registreras",
         "Stickprov av utlåning\n\nStickprov har genomförts på huvudbiblioteket. Filialerna i Norrvik och Ängsby återstår.",
         Y, "Fortsatta stickprovskontroller hösten 2025", "2025-03-01", "2025-12-31", "DELVIS", ""),
        ("Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder",
         "Kontroll av att föreningar som beviljats aktivitetsstöd har redovisat deltagarlistor",
         "Granskning av deltagarlistor\n\n20 av 64 föreningar har granskats. Två föreningar hade redovisat sammankomster som inte ägt rum; återkrav har skickats.",
         G, "Information till föreningarna vid höstens föreningsträff", "2025-02-01", "2025-08-31", "GENOMFORD", "ja"),
        (None, "Bidrag betalas ut på felaktiga grunder",
         "Kontroll att bidrag betalas ut enligt fastställda bidragsnormer",
         "Kontrollen har inte genomförts på grund av byte av bidragssystem. Genomförs under tertial 3.",
         R, "", "2025-04-01", "2025-12-31", "EJ_GENOMFORD", ""),
        ("Möten med besökare", "Störande eller hotfullt beteende mot personal eller besökare i publik verksamhet",
         "Uppföljning av att rutin för hot och våld är känd på samtliga enheter",
         "Se bilaga 2.", None, "", "2025-01-01", "2025-12-31", "OKLAR", ""),
        ("Säkerhetsarbete", "Delar av det systematiska brandskyddsarbetet genomförs ofullständigt",
         "Uppföljning av systematiskt brandskyddsarbete i sporthallen och simhallen",
         "Egenkontroll av brandskyddet genomfördes i april för båda anläggningarna, protokoll finns. Inga brister noterades.",
         None, "", "2025-04-01", "2025-04-30", "GENOMFORD", "nej"),
        (None, "Lokaler hyrs ut utan giltigt avtal",
         "Kontroll av att avtal för lokaluthyrning är undertecknade innan tillträde",
         "Utgår – lokaluthyrningen har från 2025-01-01 övergått till tekniska nämnden.",
         None, "", "", "", "UTGAR", ""),
        ("Kassahantering", "Kontanter hanteras felaktigt eller försvinner",
         "Kontantkassor i simhallen stäms av mot kassarapport",
         "Oanmäld kassainventering\n\nOanmälda kassainventeringar 2025-05-14 och 2025-08-20. Ingen differens.",
         G, "", "2025-01-01", "2025-12-31", "GENOMFORD", "nej"),
    ]
    r = 6; starts = []
    for row in rows:
        proc, risk, km, res, fill, atg, s, e, st, av = row
        if proc: starts.append(r); ws.cell(row=r, column=1, value=proc)
        for i, v in ((2, risk), (3, km), (4, res), (5, atg), (6, s), (7, e)):
            ws.cell(row=r, column=i, value=v)
        for i in range(1, 8):
            ws.cell(row=r, column=i).alignment = WRAP; ws.cell(row=r, column=i).border = BOX
        if fill: ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=fill)
        EXP.append((fn, N, km, st, av)); r += 1
    starts.append(r)
    for a, b in zip(starts, starts[1:]):
        if b - 1 > a: ws.merge_cells(start_row=a, start_column=1, end_row=b - 1, end_column=1)
    for col, w in zip("ABCDEFG", (20, 28, 36, 55, 30, 12, 12)): ws.column_dimensions[col].width = w
    x = os.path.join(tmp, fn.replace(".ods", ".xlsx")); wb.save(x)
    soffice(x, "ods", OUT)
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 4 Stratsys CSV, two nämnder
def f4():
    fn = "Stratsys_export_internkontroll_2025-09-15.csv"
    BUN, TN = "Barn- och utbildningsnämnden", "Tekniska nämnden"
    hdr = ["Enhet", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens",
           "T1 status", "T1 kommentar", "Delår status", "Delår kommentar", "Helår status", "Helår kommentar"]
    rows = [
        (BUN, "Barn- och utbildningsförvaltningen", "Skolskjuts", "Skolskjuts beviljas på felaktiga grunder", "6",
         "Stickprov av beslut om skolskjuts mot gällande riktlinjer", "Administrativ chef", "Tertial",
         "Genomförd", "10 beslut granskade, inga avvikelser.", "Genomförd",
         "Ytterligare 10 beslut granskade. Ett beslut saknade motivering och har kompletterats.", "GENOMFORD", "ja"),
        (BUN, "Barn- och utbildningsförvaltningen", "Kränkande behandling", "Anmälningar når inte huvudmannen i tid", "9",
         "Kontroll av att anmälningar om kränkande behandling rapporteras till huvudman inom 5 dagar", "Kvalitetsstrateg", "Tertial",
         "Pågående", "", "Pågående",
         "Genomgång av vårterminens anmälningar pågår. Hittills har 3 av 41 anmälningar rapporterats senare än 5 dagar.", "DELVIS", "ja"),
        (BUN, "Barn- och utbildningsförvaltningen", "Avgifter", "Felaktiga barnomsorgsavgifter", "6",
         "Avstämning av barnomsorgsavgifter mot inkomstuppgifter", "Ekonom", "Årlig",
         "", "", "Ej påbörjad", "Planeras till oktober.", "EJ_GENOMFORD", ""),
        (BUN, "Barn- och utbildningsförvaltningen", "Rekrytering", "Person olämplig att arbeta med barn anställs", "12",
         "Kontroll att registerutdrag ur belastningsregistret uppvisats vid nyanställning", "HR-konsult", "Årlig",
         "Genomförd", "Samtliga 18 nyanställda under perioden har uppvisat utdrag.", "", "", "GENOMFORD", "nej"),
        (BUN, "Barn- och utbildningsförvaltningen", "Skolplikt", "Elever med hög frånvaro uppmärksammas inte", "9",
         "Uppföljning av elevers frånvaro och rutin för skolpliktsbevakning", "Rektorer", "Tertial",
         "", "", "", "", "SAKNAS", ""),
        (BUN, "Barn- och utbildningsförvaltningen", "Inköp", "Köp utanför avtal", "4",
         "Kontroll av att inköp görs från avtalade leverantörer", "Ekonom", "Tertial",
         "Pågående", "", "Utgår", "Ersätts av kommunövergripande uppföljning av avtalstrohet (KS).", "UTGAR", ""),
        (TN, "Tekniska förvaltningen", "Ekonomi", "Felaktiga utbetalningar", "6",
         "Attest av leverantörsfakturor enligt attestordningen", "Controller", "Tertial",
         "Genomförd", "Stickprov 25 fakturor, inga avvikelser.", "Genomförd", "Stickprov 25 fakturor maj–augusti, inga avvikelser.", "GENOMFORD", "nej"),
        (TN, "Tekniska förvaltningen", "Park och lek", "Barn skadas på kommunens lekplatser", "12",
         "Kontroll av att egenkontroller av lekplatser utförs enligt plan", "Parkchef", "Årlig",
         "Ej påbörjad", "", "Genomförd med avvikelse",
         "Besiktning av 12 lekplatser. Två lekplatser hade brister i fallskyddet, vilka har åtgärdats.", "GENOMFORD", "ja"),
        (TN, "Tekniska förvaltningen", "VA", "Fastigheter debiteras inte anslutningsavgift", "8",
         "Kontroll av debitering av VA-avgifter för nyanslutna fastigheter", "VA-chef", "Årlig",
         "Pågående", "", "Pågående", "Avstämning mot bygglovsregistret pågår, klar i oktober.", "DELVIS", ""),
        (TN, "Tekniska förvaltningen", "Fordon", "Förare saknar behörighet", "6",
         "Uppföljning av att fordonsförare har giltigt körkort och förarbevis", "Fordonssamordnare", "Årlig",
         "", "", "Ej genomförd", "Ansvarig funktion har varit vakant under våren.", "EJ_GENOMFORD", ""),
        (TN, "Tekniska förvaltningen", "Gata", "Olyckor vid vägarbeten", "8",
         "Kontroll av att trafikanordningsplaner (TA-planer) finns vid vägarbeten", "Gatuchef", "Tertial",
         "Genomförd", "4 vägarbeten kontrollerade, TA-plan fanns i samtliga.", "Pågående", "Kontroll av sommarens vägarbeten pågår.", "DELVIS", "nej"),
    ]
    with open(os.path.join(OUT, fn), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Intern kontroll – uppföljning av kontrollmoment"])
        w.writerow(["Utskriven: 2025-09-15 08:42 av lena.ek"])
        w.writerow(["Urval: Barn- och utbildningsförvaltningen, Tekniska förvaltningen, år 2025, period Delår"])
        w.writerow([])
        w.writerow(hdr)
        for row in rows:
            w.writerow(list(row[1:12]) + ["", ""])
            EXP.append((fn, row[0], row[5], row[12], row[13]))
    FILES.append((fn, "INLAST", BUN, "2025", "DELAR"))
    FILES.append((fn, "INLAST", TN, "2025", "DELAR"))

# ---------------------------------------------------------------- 5 SBN docx, blocks with repeated header
def f5():
    fn = "Samhällsbyggnadsnämnden - uppföljning internkontroll delår 2025.docx"
    N = "Samhällsbyggnadsnämnden"
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Tjänsteutlåtande\tSamhällsbyggnadsförvaltningen\tDnr SBN 2025/0187"
    d.add_heading("Uppföljning av nämndens internkontrollplan – delår 2025", 1)
    d.add_paragraph("Förvaltningens förslag till beslut: Samhällsbyggnadsnämnden godkänner uppföljningen av "
                    "internkontrollplanen per 31 augusti 2025.")
    p = d.add_paragraph(); p.add_run("Nämndens samlade bedömning av den interna kontrollen: ").bold = True
    p.add_run("Tillräcklig")
    blocks = [
        ("1.1 Saltvik är en attraktiv kommun att bo och verka i", [
            ("Bygglovshantering", "Handläggning av bygglov enligt plan- och bygglagen", "Stickprov av beviljade bygglov",
             "Bygglovschef kontrollerar att beslut fattas inom lagstadgad handläggningstid",
             "T1: 15 ärenden granskade, samtliga beslutade inom tidsfristen.\nDelår: 20 ärenden granskade. Två ärenden överskred tioveckorsfristen, vilket medfört avgiftsreduktion enligt 12 kap. 8 a § PBL.",
             "GENOMFORD", "ja"),
            ("Tillsyn enligt PBL", "Tillsynsärenden registreras i ärendesystemet", "Genomgång av ärendelistan",
             "Enhetschef kontrollerar att inkomna tillsynsärenden registreras och påbörjas inom fyra veckor",
             "Kontrollen är påbörjad men har inte kunnat slutföras på grund av byte av ärendesystem i juni. Resterande genomgång sker i oktober.",
             "DELVIS", ""),
        ]),
        ("2.1 Saltvik har en budget i balans och långsiktigt hållbara finanser", [
            ("Taxor och avgifter", "Fakturering av avgifter enligt taxa", "Stickprov på fakturor",
             "Controller kontrollerar att plan- och bygglovsavgifter debiteras enligt gällande taxa",
             "Delår: Stickprov om 25 fakturor januari–juli. Samtliga debiterade enligt taxa, inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Delegationsbeslut anmäls till nämnden", "Löpande anmälan av delegationsbeslut inför sammanträden",
             "Stickprov vid T1, delår och helår",
             "Nämndsekreterare stämmer av att samtliga delegationsbeslut anmäls till nämnden",
             "T1: Genomförd, inga avvikelser mellan diariet och anmälda beslut.\nDelår: Ej genomförd – nämndsekreterartjänsten har varit vakant maj–augusti. Avstämningen görs i samband med helåret.",
             "EJ_GENOMFORD", ""),
        ]),
        ("3.1 Saltviks verksamheter är säkra och digitala", [
            ("Systematiskt informationssäkerhetsarbete", "Behörighetsstyrning i verksamhetssystem",
             "Behörighetsgenomgång två gånger per år",
             "Systemförvaltare kontrollerar behörigheter i ärendehanteringssystemet två gånger per år",
             "", "SAKNAS", ""),
            ("Adressättning", "Belägenhetsadresser registreras i adressregistret", "Avstämning mot beslut",
             "GIS-ingenjör kontrollerar att belägenhetsadresser registreras i adressregistret inom en månad efter beslut",
             "Kontrollaktiviteten utgår enligt nämndens beslut 2025-04-15 § 38, då uppgiften har överförts till kommunstyrelsens GIS-enhet.",
             "UTGAR", ""),
        ]),
    ]
    for goal, procs in blocks:
        d.add_heading(goal, 2)
        for proc, arb, sys, akt, res, st, av in procs:
            pp = d.add_paragraph(); pp.add_run("Process: " + proc).bold = True
            t = d.add_table(rows=3, cols=3); t.style = "Table Grid"
            for i, h in enumerate(("Arbetssätt", "Systematisk kontroll", "Kontrollaktivitet")):
                set_cell(t.cell(0, i), h, bold=True, size=10)
            set_cell(t.cell(1, 0), arb, size=10); set_cell(t.cell(1, 1), sys, size=10); set_cell(t.cell(1, 2), akt, size=10)
            m = t.cell(2, 0).merge(t.cell(2, 2))
            set_cell(m, "Beskrivning och resultat av kontrollaktivitet:" + ("\n" + res if res else ""), size=10)
            m.paragraphs[0].runs[0].bold = True
            d.add_paragraph("")
            EXP.append((fn, N, akt, st, av))
    d.add_paragraph("Johan Sund\nSamhällsbyggnadschef")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 6 Saltviks Bostäder xls, symbols, company only in print header
def f6(tmp):
    fn = "IK 2025 uppföljning aug.xls"
    N = "Saltviks Bostäder AB"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws.oddHeader.left.text = "Saltviks Bostäder AB"
    ws.oddHeader.center.text = "Internkontroll 2025"
    ws.oddHeader.right.text = "Sida &P"
    ws.oddFooter.left.text = "Utskrivet &D"
    B = Font(bold=True)
    ws["A1"] = "Internkontrollplan 2025 – delårsuppföljning per 31 augusti"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fastställd av styrelsen 2025-02-20. Uppföljning rapporteras till styrelsen 2025-09-25."
    ws["A4"] = "Plan"; ws.merge_cells("A4:F4"); ws["G4"] = "Uppföljning"; ws.merge_cells("G4:I4")
    ws["A4"].font = B; ws["G4"].font = B
    ws["A4"].alignment = Alignment(horizontal="center"); ws["G4"].alignment = Alignment(horizontal="center")
    hdr = ["Nr", "Område", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens", "Jan–apr", "Maj–aug", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = B; c.border = BOX; c.alignment = WRAP
    rows = [
        ("Hyresadministration", "Kontroll av att hyreshöjningar enligt förhandlingsöverenskommelse lagts in korrekt i hyressystemet",
         "Stickprov 30 lägenheter", "Ekonomichef", "Årligen", "●", "", "Genomförd i mars, inga fel.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Uppföljning av hyresfordringar äldre än 60 dagar", "Genomgång av reskontra",
         "Ekonomiassistent", "Månadsvis", "●", "◐", "Juli ej avstämd p.g.a. semester.", "DELVIS", ""),
        ("Fastighetsförvaltning", "Kontroll av att OVK är utförd och godkänd för samtliga fastigheter",
         "Genomgång av besiktningsprotokoll", "Förvaltningschef", "Årligen", "○", "●",
         "Två fastigheter (Kvarnen 3, Ladan 7) underkända, åtgärdsplan finns.", "GENOMFORD", "ja"),
        ("Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Ekonomichef", "Tertial", "●", "● ○", "", "OKLAR", ""),
        ("Uthyrning", "Kontroll av att kötid och turordning följs vid tilldelning av lägenheter", "Stickprov 10 kontrakt",
         "Uthyrningschef", "Årligen", "", "○", "Flyttas till hösten.", "EJ_GENOMFORD", ""),
        ("IT", "Behörighetsgenomgång i fastighetssystemet", "Lista mot personalförteckning", "IT-ansvarig", "Halvår",
         "–", "–", "Utgår, nytt fastighetssystem driftsätts 2026.", "UTGAR", ""),
        ("Personal", "Kontroll av att körjournal förs för samtliga tjänstebilar", "Genomgång av körjournaler",
         "VD", "Halvår", "", "", "", "SAKNAS", ""),
        ("Säkerhet", "Kontroll av nyckel- och låsbricksregister", "Avstämning register mot utlämnade nycklar",
         "Fastighetschef", "Årligen", "◐", "◐", "Område Norr genomgånget, område Söder återstår.", "DELVIS", ""),
    ]
    r = 6
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row[:8])
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None); c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="top") if j in (1, 7, 8) else WRAP
        EXP.append((fn, N, row[1], row[8], row[9])); r += 1
    ws.cell(row=r + 1, column=1, value="Teckenförklaring:").font = B
    for k, (sym, txt) in enumerate((("●", "Genomförd"), ("◐", "Påbörjad / delvis genomförd"),
                                    ("○", "Ej genomförd"), ("–", "Ej aktuell / utgår")), 2):
        ws.cell(row=r + k, column=1, value=sym); ws.cell(row=r + k, column=2, value=txt)
    ws.cell(row=r + 7, column=1, value="Per Holm, VD")
    for col, w in zip("ABCDEFGHI", (5, 20, 45, 26, 16, 11, 9, 9, 40)): ws.column_dimensions[col].width = w
    x = os.path.join(tmp, fn.replace(".xls", ".xlsx")); wb.save(x)
    soffice(x, "xls", OUT)
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 7 MHN odt, prose only
def f7(tmp):
    fn = "Miljö- och hälsoskyddsnämnden IK delår 2025.odt"
    N = "Miljö- och hälsoskyddsnämnden"
    d = Document()
    d.add_paragraph("Saltviks kommun\nMiljöenheten")
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår (januari–augusti)", 1)
    d.add_paragraph("Miljö- och hälsoskyddsnämnden antog internkontrollplanen för 2025 den 29 januari 2025. "
                    "Nedan redovisas resultatet av de kontroller som ingår i planen. Helårsuppföljningen "
                    "redovisas för nämnden i februari 2026.")
    items = [
        ("Debitering av tillsynsavgifter",
         "Kontroll av att fast årlig tillsynsavgift debiteras samtliga registrerade verksamheter.",
         "Avstämning mellan verksamhetsregistret och faktureringen har genomförts. Tre verksamheter hade inte debiterats; fakturor skickades i juni.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Livsmedelskontroll",
         "Kontroll av att livsmedelskontroller utförs enligt fastställd kontrollplan.",
         "Per den 31 augusti är 58 % av årets planerade kontroller utförda, vilket är i nivå med planen.",
         "Pågår", "DELVIS", "nej"),
        ("Kommunicering",
         "Kontroll av att beslut om föreläggande har kommunicerats med verksamhetsutövaren innan beslut.",
         "Genomgång av samtliga 12 förelägganden under perioden. Samtliga hade kommunicerats.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Jäv",
         "Kontroll av att jävsförhållanden dokumenteras vid handläggning.",
         "Kontrollen genomförs i samband med helårsuppföljningen.",
         "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Diarieföring av klagomål",
         "Kontroll av att diarieföring av inkomna klagomål sker inom två arbetsdagar.",
         "Stickprov av 30 klagomål visar att samtliga diarieförts inom två arbetsdagar. Kontrollen är därmed genomförd för året.",
         None, "GENOMFORD", "nej"),
        ("Badvatten",
         "Uppföljning av att provtagning av badvatten sker enligt provtagningsplan.",
         "Provtagningen av badvatten har från 2025 övertagits av tekniska nämnden och kontrollen har strukits ur nämndens plan.",
         "Utgår", "UTGAR", ""),
    ]
    for i, (rub, km, res, st, est, av) in enumerate(items, 1):
        d.add_heading(f"{i}. {rub}", 2)
        p = d.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        p = d.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
        if st:
            p = d.add_paragraph(); p.add_run("Status: ").bold = True; p.add_run(st)
        EXP.append((fn, N, km, est, av))
    d.add_paragraph("")
    d.add_paragraph("Karin Åberg\nMiljöchef")
    x = os.path.join(tmp, fn.replace(".odt", ".docx")); d.save(x)
    soffice(x, "odt", OUT)
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 8 rejected: covering letter
def f8():
    fn = "Följebrev IK delår 2025 KFN.docx"
    d = Document()
    d.add_paragraph("Saltviks kommun\nKultur- och fritidsförvaltningen\t\t2025-09-18")
    d.add_paragraph("Till: Ekonomienheten, kommunledningskontoret")
    d.add_heading("Översändande av delårsuppföljning av internkontrollplan 2025", 1)
    d.add_paragraph("Härmed översänds kultur- och fritidsnämndens uppföljning av internkontrollplanen per "
                    "31 augusti 2025. Uppföljningen behandlades vid nämndens sammanträde 2025-09-17, § 64, och "
                    "nämnden beslutade att godkänna uppföljningen och överlämna den till kommunstyrelsen.")
    d.add_paragraph("Uppföljningen bifogas i separat fil (KFN IK-plan uppföljning delår 2025). Bilaga 2, "
                    "rutin för hot och våld, skickas när den är justerad.")
    d.add_paragraph("Vid frågor kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nErik Nyström\nNämndsekreterare, kultur- och fritidsförvaltningen")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))

def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöenheten|Miljö- och hälsoskydd"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Saltviks Bostäder AB", "Saltviksbostäder|SBAB|Bostadsbolaget"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in reg: fh.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES: fh.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXP:
            assert ";" not in "".join(row) and "\n" not in "".join(row), row
            fh.write(";".join(row) + "\n")

if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="r392_")
    try:
        f1(); f2(); f3(tmp); f4(); f5(); f6(tmp); f7(tmp); f8(); registers()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXP), "controls")
