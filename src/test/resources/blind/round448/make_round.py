#!/usr/bin/python3
# Blind round r448 - Filipstads kommun, helår 2025
import os, csv, subprocess, shutil, datetime, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 2, 5, 9, 0, 0)
LO = "file:///tmp/lo-round448"
EXP = []    # fil, nämnd, kontrollmoment, status, avvikelse
FILES = []  # fil, utfall, nämnd, år, period

def p(name): return os.path.join(OUT, name)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fix_wb(wb):
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.properties.creator = "Filipstads kommun"

def fix_doc(d):
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED
    d.core_properties.author = "Filipstads kommun"; d.core_properties.last_modified_by = "Filipstads kommun"

# ---------------------------------------------------------------- 1 KS (xlsx, plan + helår follow-up columns)
def f1():
    fn = "KS_Internkontrollplan_2025_uppfoljning_helar.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – Kommunstyrelsen"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av kommunstyrelsen 2024-12-04, § 212. Uppföljning helår 2025 redovisas i kolumnerna I–J."
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (1–16). Kontroller med riskvärde 9 eller högre ingår i planen."
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Risk", "Riskvärde (S×K)", "Frekvens", "Ansvarig",
           "Kontrollmetod", "Utfall helår 2025", "Kommentar helår 2025"]
    ws.append([]); ws.append(hdr)
    plan_fill = PatternFill("solid", fgColor="DDEBF7"); fu_fill = PatternFill("solid", fgColor="FFF2CC")
    for i, c in enumerate(ws[5]):
        c.font = Font(bold=True); c.border = BOX; c.alignment = WRAP
        c.fill = fu_fill if i >= 8 else plan_fill
    rows = [
        ("Ekonomi",),
        (1, "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Felaktiga eller obehöriga utbetalningar", 12, "Två gånger per år", "Ekonomichef", "Stickprov 20 fakturor per tillfälle", "Genomförd", "40 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        (2, "Representation", "Kontroll av representation och förtroendekänsliga poster", "Otillåten representation, förtroendeskada", 9, "Helår", "Redovisningsekonom", "Genomgång av konto 7610–7690", "Genomförd med avvikelse", "3 av 25 verifikationer saknade deltagarförteckning och syfte. Påminnelse om riktlinjerna skickad till samtliga chefer.", "GENOMFORD", "ja"),
        (3, "Inköp", "Avtalstrohet vid inköp – köp utanför ramavtal", "Brott mot LOU, högre kostnader", 12, "Helår", "Upphandlare", "Spendanalys", "Delvis genomförd", "Spendanalys gjord för januari–september, inga köp utanför avtal identifierade hittills. Oktober–december analyseras i februari 2026.", "DELVIS", "nej"),
        ("Personal",),
        (4, "Lön", "Löneutbetalningar – kontroll av nyanställda och avslutade i lönesystemet", "Felaktiga löneutbetalningar", 8, "Kvartalsvis", "HR-chef", "Stickprov mot anställningsavtal", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (5, "Arbetsmiljö", "Uppföljning av att sjukfrånvaro över 14 dagar anmäls och rehabiliteringsplan upprättas", "Bristande rehabilitering, ökade kostnader", 9, "Helår", "HR-konsult", "Utdrag ur HR-systemet, genomgång", "Ej genomförd", "Kontrollen har inte hunnits med p.g.a. vakans på HR-konsulttjänsten. Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("IT och informationssäkerhet",),
        (6, "Behörigheter", "Behörighetskontroll i ekonomisystemet (Raindance) – avslutade användare tas bort", "Obehörig åtkomst", 12, "Helår", "Systemförvaltare ekonomi", "Jämförelse användarlista mot HR-systemet", "Genomförd", "Två konton för medarbetare som slutat var fortfarande aktiva. Kontona är nu avslutade och rutinen för avslut är förtydligad.", "GENOMFORD", "ja"),
        (7, "Driftsäkerhet", "Test av återläsning av säkerhetskopior", "Dataförlust", 12, "Helår", "IT-chef", "Återläsningstest", None, "Test genomfört 2025-11-12 tillsammans med IT-leverantören, återläsningen fungerade utan anmärkning.", "GENOMFORD", "nej"),
        ("Övergripande",),
        (8, "Dokumenthantering", "Diarieföring av inkommande handlingar inom föreskriven tid", "Bristande offentlighet och spårbarhet", 9, "Två gånger per år", "Kommunsekreterare", "Stickprov i ärendesystemet", "Utgår", "Utgår enligt beslut KS 2025-06-11 § 98, ersätts av granskning av e-arkivet.", "UTGAR", ""),
        (9, "Delegering", "Delegationsbeslut anmäls till kommunstyrelsen", "Beslut fattas utan mandat", 9, "Helår", "Kommunsekreterare", "Stickprov 15 beslut", "Genomförd", "Stickprov 15 beslut, samtliga anmälda.", "GENOMFORD", "nej"),
        (10, "Personal", "Efterlevnad av riktlinjer för bisysslor", "Jäv, förtroendeskada", 9, "Helår", "Kommundirektör", "Enkät till chefer", None, None, "SAKNAS", ""),
    ]
    for r in rows:
        if len(r) == 1:
            ws.append([r[0]]); rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=10)
            ws.cell(rr, 1).font = Font(bold=True, italic=True); ws.cell(rr, 1).fill = PatternFill("solid", fgColor="D9D9D9")
            continue
        ws.append(list(r[:10])); rr = ws.max_row
        for c in ws[rr]: c.border = BOX; c.alignment = WRAP
        EXP.append((fn, N, r[2], r[10], r[11]))
    ws.append([]); ws.append(["Sammanställt av: Maria Lindqvist, controller, 2026-01-23"])
    ws.append(["Behandlad i kommunstyrelsen 2026-02-11"])
    for col, w in zip("ABCDEFGHIJ", [5, 18, 45, 28, 10, 14, 18, 26, 20, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D6"
    ws.print_title_rows = "5:5"
    wb.save(p(fn))
    FILES.append((fn, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- 2 BUN (xlsx, delår + helår side by side, codes)
def f2():
    fn = "BUN IKP 2025 delår och helår.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Statuskoder: G = Genomförd, D = Delvis genomförd/pågår, E = Ej genomförd, U = Utgår. Tillägget /A anger att avvikelse noterats (t.ex. G/A)."
    ws["A3"].font = Font(italic=True, size=9)
    # two-level header on rows 5-6
    top = [("Internkontrollplan (antagen BUN 2024-12-10 § 88)", 1, 6), ("Delår 2025 (jan–aug)", 7, 8), ("Helår 2025", 9, 10)]
    for text, c1, c2 in top:
        ws.cell(5, c1, text); ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
        ws.cell(5, c1).font = Font(bold=True); ws.cell(5, c1).alignment = Alignment(horizontal="center")
    sub = ["Område", "Kontrollmoment", "Riskvärde", "Frekvens", "Ansvarig", "Metod", "Status", "Kommentar", "Status", "Kommentar"]
    for i, t in enumerate(sub, 1):
        c = ws.cell(6, i, t); c.font = Font(bold=True); c.border = BOX; c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor=["E2EFDA", "FCE4D6", "DDEBF7"][0 if i <= 6 else (1 if i <= 8 else 2)])
    rows = [
        ("Ekonomi", "Attest av fakturor för skolskjuts enligt attestordningen", 9, "Helår", "Ekonom", "Stickprov", "G", "Inga fel.", "G", "Stickprov 30 fakturor, inga fel.", "GENOMFORD", "nej"),
        ("Ekonomi", "Interkommunala ersättningar – kontroll av fakturerade elever mot elevregister", 12, "Per termin", "Skolintendent", "Avstämning mot Procapita", "D", "VT klar, inga fel.", "G/A", "HT: 2 elever fakturerades felaktigt till Kristinehamn, kreditering begärd.", "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av barnomsorgsavgifter mot inkomstuppgifter", 8, "Helår", "Handläggare barnomsorg", "Jämförelse mot Skatteverket", "E", "Påbörjas under hösten.", "D", "Inkomstkontrollen pågår, beräknas klar i mars 2026.", "DELVIS", ""),
        ("Verksamhet", "Anmälan av kränkande behandling till huvudman inom föreskriven tid", 12, "Löpande, redovisas delår/helår", "Rektorer", "Genomgång av anmälningar i DF Respons", "G", None, "G/A", "4 av 52 anmälningar inkom senare än en vecka efter händelsen.", "GENOMFORD", "ja"),
        ("Verksamhet", "Uppföljning av elevers frånvaro – rutin för problematisk skolfrånvaro", 9, "Helår", "Elevhälsochef", "Intervju och stickprov", "D", "Rutinen reviderad, stickprov återstår.", None, None, "DELVIS", ""),
        ("Personal", "Registerkontroll (belastningsregister) vid nyanställning", 12, "Två gånger per år", "HR-partner", "Stickprov 10 anställningar", "G", "Stickprov 10, alla ok.", "G", "Stickprov 12, alla ok.", "GENOMFORD", "nej"),
        ("IT", "Inventering av digitala läromedelslicenser", 6, "Helår", "IT-pedagog", "Licensförteckning", "U", "Utgår – ersätts av central licenshantering.", None, None, "UTGAR", ""),
        ("Personal", "Kontroll av att lärare har legitimation och behörighet för undervisningen", 12, "Helår", "Förvaltningschef", "Utdrag ur Skolverkets register", None, None, "E", "Ej genomförd, flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Verksamhet", "Skolmåltider – kontroll av specialkost enligt rutin", 8, "Två gånger per år", "Kostchef", "Egenkontroll i köken", "G", "Samtliga kök kontrollerade.", None, "Se bilaga 2", "OKLAR", ""),
    ]
    r0 = 7
    for k, r in enumerate(rows):
        for i, v in enumerate(r[:10], 1):
            c = ws.cell(r0 + k, i, v); c.border = BOX; c.alignment = WRAP
        EXP.append((fn, N, r[1], r[10], r[11]))
    ws.cell(r0 + len(rows) + 1, 1, "Antal kontroller: 9")
    ws.cell(r0 + len(rows) + 2, 1, "Bilaga 2: Egenkontroll specialkost HT 2025 (separat dokument)")
    for col, w in zip("ABCDEFGHIJ", [12, 48, 9, 16, 18, 24, 8, 30, 8, 45]):
        ws.column_dimensions[col].width = w
    wb.save(p(fn))
    FILES.append((fn, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- 3 SN (docx, version 2, merged process cells, struck text)
def f3():
    fn = "SN_Uppföljning_internkontroll_helår_2025_v2.docx"
    N = "Socialnämnden"
    d = docx.Document(); fix_doc(d)
    s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.header.paragraphs[0].text = "Socialförvaltningen, Filipstads kommun"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", 1)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph("Version 2, reviderad 2026-02-03. Ersätter version 1 daterad 2026-01-22. "
                    "I version 2 har utfallet för kontroll 3 och 9 uppdaterats efter kompletterande granskning; "
                    "ändrade uppgifter är markerade med ”(ändrad i version 2)” och tidigare bedömning är överstruken.")
    d.add_paragraph("Versionshistorik").runs[0].bold = True
    vt = d.add_table(rows=1, cols=3); vt.style = "Table Grid"
    for c, t in zip(vt.rows[0].cells, ["Version", "Datum", "Ändring"]): c.text = t
    for v in [("1", "2026-01-22", "Första version till nämndens arbetsutskott"),
              ("2", "2026-02-03", "Kontroll 3 och 9 uppdaterade efter kompletterande granskning")]:
        cs = vt.add_row().cells
        for c, t in zip(cs, v): c.text = t
    d.add_paragraph()
    d.add_paragraph("Kontroller och utfall").runs[0].bold = True
    hdr = ["Process", "Nr", "Kontrollmoment", "Risk", "Riskvärde", "Ansvarig", "Metod och frekvens", "Utfall helår", "Kommentar"]
    groups = [
        ("Ekonomiskt bistånd", [
            ("Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Felaktiga beslut och utbetalningar", "12", "Enhetschef IFO", "Stickprov 20 akter per halvår", [("Genomförd", False)], "40 akter granskade, samtliga beslut fattade av rätt delegat.", "GENOMFORD", "nej"),
            ("Kontroll mot Försäkringskassan och CSN (SSBTEK) före utbetalning", "Dubbla utbetalningar", "9", "Enhetschef IFO", "Stickprov 20 ärenden, helår", [("Genomförd med avvikelse", False)], "I 2 av 20 ärenden saknades dokumenterad kontroll. Genomgång med handläggarna 2025-10-15.", "GENOMFORD", "ja"),
        ]),
        ("Myndighetsutövning barn och unga", [
            ("Förhandsbedömning inom 14 dagar efter inkommen orosanmälan", "Barn far illa, lagbrott", "16", "Enhetschef barn och familj", "Utdrag ur verksamhetssystemet, tertialvis", [("Delvis genomförd", True), ("Genomförd med avvikelse", False)], "(ändrad i version 2) Samtliga anmälningar 2025 granskade. 88 % av förhandsbedömningarna klara inom 14 dagar. Avvikelsen har rapporterats till nämnden.", "GENOMFORD", "ja"),
            ("Uppföljning av placerade barn – besök enligt lag minst fyra gånger per år", "Bristande tillsyn av placerade barn", "12", "Enhetschef barn och familj", "Genomgång av journalanteckningar, helår", [("Delvis genomförd", False)], "Kontroll genomförd för HVB-placeringar. Familjehemsplaceringarna återstår.", "DELVIS", ""),
        ]),
        ("Äldreomsorg och LSS", [
            ("Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Insatser utförs inte enligt beslut", "9", "Enhetschefer hemtjänst och SÄBO", "Stickprov 5 brukare per enhet, helår", [("Ej genomförd", False)], "Kontrollen har inte genomförts under 2025 på grund av byte av verksamhetssystem till Lifecare.", "EJ_GENOMFORD", ""),
            ("Avvikelsehantering enligt lex Sarah – utredning och rapportering till IVO", "Missförhållanden åtgärdas inte", "12", "MAS / kvalitetsutvecklare", "Genomgång av samtliga rapporter, helår", [("Genomförd", False)], "3 rapporter under året, samtliga utredda och anmälda till IVO inom föreskriven tid.", "GENOMFORD", "nej"),
            ("Läkemedelshantering – kontroll av signeringslistor", "Felmedicinering", "12", "MAS", "Stickprov på samtliga boenden, två gånger per år", [("Genomförd", False)], "Brister i signeringen upptäcktes på två enheter (Solgården, Herrhagen). Handlingsplan upprättad.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi och administration", [
            ("Hantering av brukares privata medel (kontanthantering på boenden)", "Förskingring", "8", "Enhetschefer SÄBO", "Kassainventering, två gånger per år", [("Ej aktuell", False)], "Kontanthanteringen har upphört från 2025-03-01, samtliga boenden hanterar numera kort.", "UTGAR", ""),
            ("Attest av fakturor från externa utförare (HVB, familjehem, konsulentstödda)", "Felaktiga utbetalningar", "12", "Controller", "Stickprov 15 fakturor per tertial", [("Genomförd", True), ("Pågår", False)], "(ändrad i version 2) Pågår – granskningen av tertial 3 blir klar i februari 2026. Tertial 1 och 2 utan anmärkning.", "DELVIS", "nej"),
        ]),
    ]
    t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    nr = 0
    for proc, items in groups:
        first = None
        for it in items:
            nr += 1
            cs = t.add_row().cells
            if first is None:
                first = cs[0]; cs[0].text = proc
            else:
                first.merge(cs[0])
            cs[1].text = str(nr); cs[2].text = it[0]; cs[3].text = it[1]; cs[4].text = it[2]
            cs[5].text = it[3]; cs[6].text = it[4]
            par = cs[7].paragraphs[0]
            for k, (txt, strike) in enumerate(it[5]):
                if k: par.add_run(" ")
                r = par.add_run(txt); r.font.strike = strike
            cs[8].text = it[6]
            EXP.append((fn, N, it[0], it[7], it[8]))
    for row in t.rows:
        for c in row.cells:
            for pp in c.paragraphs:
                for r in pp.runs: r.font.size = Pt(9)
    d.add_paragraph()
    d.add_paragraph("Samlad bedömning: Socialförvaltningen bedömer att den interna kontrollen 2025 i huvudsak har varit tillräcklig.")
    d.add_paragraph("Linnea Berg\nFörvaltningschef, socialförvaltningen")
    d.save(p(fn))
    FILES.append((fn, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- 4 KFN (odt, adopted plan only)
def f4(tmp):
    fn = "KFN Internkontrollplan 2025 antagen.odt"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document(); fix_doc(d)
    s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    d.add_heading("Internkontrollplan 2025", 1)
    d.add_paragraph("Kultur- och fritidsnämnden")
    d.add_paragraph("Antagen av kultur- och fritidsnämnden 2024-11-27, § 61. Dnr KFN 2024/112.")
    d.add_paragraph("Planen bygger på nämndens risk- och väsentlighetsanalys. Riskvärde = sannolikhet (1–4) × konsekvens (1–4). "
                    "Uppföljning av planen redovisas till nämnden vid delårsbokslut och i samband med årsredovisningen.")
    hdr = ["Process", "Kontrollmoment", "Risk", "S", "K", "Riskvärde", "Frekvens", "Ansvarig", "Metod", "Rapporteras till"]
    rows = [
        ("Kassahantering", "Kontroll av kontanthantering i bibliotekets och simhallens kassor", "Stöld, felaktig redovisning", 2, 3, "Två gånger per år", "Enhetschef bibliotek / badchef", "Oanmäld kassainventering", "Nämnd"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Felaktiga utbetalningar", 3, 3, "Helår", "Fritidskonsulent", "Stickprov 10 bidragsbeslut", "Nämnd"),
        ("Uthyrning", "Uthyrning av lokaler – debitering enligt taxa", "Intäktsbortfall", 3, 2, "Helår", "Bokningsansvarig", "Jämförelse bokningssystem mot fakturering", "Förvaltningschef"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Obehöriga utbetalningar", 2, 3, "Helår", "Controller", "Stickprov 20 fakturor", "Nämnd"),
        ("Tillgångar", "Inventering av konstsamlingen", "Förlust av konst", 2, 4, "Helår", "Kultursekreterare", "Inventering mot konstregistret", "Nämnd"),
        ("Inköp", "Kontroll av att avtal finns för samtliga återkommande leverantörer", "Brott mot LOU", 3, 3, "Helår", "Förvaltningschef", "Leverantörsreskontra mot avtalsdatabas", "Nämnd"),
        ("Säkerhet", "Säkerhetsgenomgång och egenkontroll på badplatser och i simhall", "Drunkningstillbud, personskada", 2, 4, "Inför säsong", "Badchef", "Checklista egenkontroll", "Nämnd"),
        ("Informationssäkerhet", "Hantering av personuppgifter i bibliotekets lånesystem", "Brott mot dataskyddsförordningen", 2, 3, "Helår", "Enhetschef bibliotek", "Genomgång av behörigheter och gallring", "Förvaltningschef"),
    ]
    t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for r in rows:
        cs = t.add_row().cells
        vals = [r[0], r[1], r[2], str(r[3]), str(r[4]), str(r[3] * r[4]), r[5], r[6], r[7], r[8]]
        for c, v in zip(cs, vals):
            c.text = v
            for rr in c.paragraphs[0].runs: rr.font.size = Pt(9)
        EXP.append((fn, N, r[1], "SAKNAS", ""))
    d.add_paragraph()
    d.add_paragraph("Riskvärde 1–4 låg, 6–8 medel, 9–16 hög.")
    d.add_paragraph("Filipstad 2024-11-27\nAnders Ek, ordförande kultur- och fritidsnämnden")
    src = os.path.join(tmp, "KFN Internkontrollplan 2025 antagen.docx")
    d.save(src)
    soffice(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, fn), p(fn))
    FILES.append((fn, "INLAST", N, 2025, ""))

# ---------------------------------------------------------------- 5 Stratsys CSV (two nämnder)
def f5():
    fn = "Stratsys_export_internkontroll_2025.csv"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Riskvärde", "Frekvens", "Ansvarig", "Kontrollmetod",
           "Period", "Status", "Avvikelse", "Kommentar", "Senast ändrad"]
    TN, OF = "Tekniska nämnden", "Överförmyndarnämnden"
    rows = [
        (TN, "Fastighet", "Kontroll av att arbetsorder i fastighetsförvaltningen attesteras innan fakturering", 9, "Helår", "Fastighetschef", "Stickprov 25 arbetsorder", "Klar", "Nej", "Stickprov 25 arbetsorder, inga avvikelser.", "2025-12-18", "GENOMFORD", "nej"),
        (TN, "VA", "Debitering av VA-avgifter mot mätarställning", 12, "Helår", "VA-chef", "Avstämning debitering mot avläsning", "Klar", "Ja", "12 abonnenter hade schablondebiterats trots avläst mätare. Rättat och kreditfakturor skickade.", "2026-01-09", "GENOMFORD", "ja"),
        (TN, "Fastighet", "Systematiskt brandskyddsarbete (SBA) i kommunens fastigheter", 12, "Helår", "Fastighetschef", "Genomgång av SBA-pärmar", "Pågående", "", "10 av 16 fastigheter genomgångna.", "2025-12-20", "DELVIS", ""),
        (TN, "Fordon", "Kontroll av drivmedelskort och körjournaler för fordonsparken", 8, "Två gånger per år", "Fordonsansvarig", "Stickprov körjournaler mot drivmedelsuttag", "Ej påbörjad", "", "Skjuts till 2026 på grund av personalbrist.", "2025-11-30", "EJ_GENOMFORD", ""),
        (TN, "Gata/park", "Vinterväghållning – uppföljning av entreprenörens utryckningstider", 9, "Helår", "Gatuchef", "Jämförelse larmlogg mot avtal", "Klar", "Nej", "", "2026-01-12", "GENOMFORD", "nej"),
        (TN, "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", 12, "Helår", "Parkansvarig", "Besiktningsprotokoll", "Ej aktuell", "", "Lekplatserna överförda till kultur- och fritidsnämnden 2025-04-01.", "2025-08-20", "UTGAR", ""),
        (OF, "Tillsyn", "Granskning av årsräkningar inom sex månader", 12, "Helår", "Handläggare överförmyndare", "Utdrag ur Wärna", "Klar", "Ja", "94 % av årsräkningarna granskade inom sex månader, 7 ärenden försenade.", "2026-01-15", "GENOMFORD", "ja"),
        (OF, "Ställföreträdare", "Kontroll av att ställföreträdare har giltigt utdrag ur belastningsregistret", 9, "Helår", "Handläggare överförmyndare", "Genomgång nya uppdrag", "Klar", "Nej", "Samtliga nya ställföreträdare kontrollerade.", "2026-01-15", "GENOMFORD", "nej"),
        (OF, "Arvoden", "Arvoden till ställföreträdare beräknas enligt beslutade riktlinjer", 8, "Helår", "Handläggare överförmyndare", "Stickprov 10 arvodesbeslut", "", "", "", "2025-02-03", "SAKNAS", ""),
        (OF, "Tillsyn", "Överförmyndarens spärrade konton – kontroll av uttagstillstånd", 9, "Helår", "Handläggare överförmyndare", "Avstämning mot bankens spärrlista", "Pågående", "", "Genomgång pågår i samarbete med banken.", "2025-12-11", "DELVIS", ""),
    ]
    with open(p(fn), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for r in rows:
            w.writerow([r[0], "Internkontrollplan 2025", r[1], r[2], r[3], r[4], r[5], r[6], "Helår 2025", r[7], r[8], r[9], r[10]])
            EXP.append((fn, r[0], r[2], r[11], r[12]))
    FILES.append((fn, "INLAST", TN, 2025, "HELAR"))
    FILES.append((fn, "INLAST", OF, 2025, "HELAR"))

# ---------------------------------------------------------------- 6 BMB (xls, colour-only assessment, nämnd only in print header/file name)
def f6(tmp):
    # built with openpyxl (xlwt cannot write non-ASCII print headers) and converted to .xls by LibreOffice
    fn = "BMB_IKP2025_uppf_helar.xls"
    N = "Bergslagens miljö- och byggnämnd"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "Plan 2025"
    ws.oddHeader.center.text = "Bergslagens miljö- och byggnämnd – Internkontrollplan 2025"
    ws.oddFooter.left.text = "Utskrivet &D"; ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    COL = {"green": "00B050", "yellow": "FFFF00", "orange": "FFC000", "red": "FF0000", "grey": "BFBFBF"}
    def fill(k): return PatternFill("solid", fgColor=COL[k])
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 2025-12-31. Bedömning markeras med färg enligt förklaring nedan."
    hdr = ["Rutin/system", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Metod", "Risk (1–16)", "Bedömning", "Åtgärd/kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    rows = [
        ("Bygglov", "Handläggningstid för bygglov – beslut inom 10 veckor från komplett ansökan", "Byggchef", "Helår", "Utdrag ur Ecos", 12, "yellow", "3 av 112 ärenden över 10 veckor, avgiftsreduktion har tillämpats.", "GENOMFORD", "ja"),
        ("Livsmedel", "Debitering av tillsynsavgifter enligt taxa (livsmedel)", "Miljöchef", "Helår", "Stickprov 20 fakturor", 9, "green", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Två gånger per år", "Avstämning mot protokoll", 9, "green", None, "GENOMFORD", "nej"),
        ("Tillsyn", "Tillsynsplan – genomförda inspektioner enligt plan", "Miljöchef", "Helår", "Jämförelse plan/utfall", 12, "orange", "78 % av planerade inspektioner genomförda.", "DELVIS", ""),
        ("Ärendehantering", "Diarieföring och arkivering av ärenden i Ecos", "Administratör", "Helår", "Stickprov 20 ärenden", 8, "red", "Resursbrist under hösten.", "EJ_GENOMFORD", ""),
        ("Personal", "Jäv och bisysslor – årlig redovisning från handläggare", "Förvaltningschef", "Helår", "Blankett bisysslor", 6, "grey", "Hanteras av värdkommunens HR från 2025.", "UTGAR", ""),
        ("Kart/mät", "Fakturering av kart- och mättjänster", "Kart- och mätchef", "Helår", "Avstämning order mot faktura", 8, None, None, "SAKNAS", ""),
        ("Offentlighet", "Sekretess vid utlämnande av allmän handling", "Nämndsekreterare", "Helår", "Genomgång av utlämnade handlingar", 9, "green", "Kontrollen har inte utförts under året.", "OKLAR", ""),
    ]
    for k, r in enumerate(rows):
        rr = 5 + k
        for i in range(6):
            c = ws.cell(rr, i + 1, r[i]); c.border = BOX; c.alignment = WRAP
        c = ws.cell(rr, 7); c.border = BOX
        if r[6]: c.fill = fill(r[6])
        c = ws.cell(rr, 8, r[7]); c.border = BOX; c.alignment = WRAP
        EXP.append((fn, N, r[1], r[8], r[9]))
    lr = 5 + len(rows) + 1
    ws.cell(lr, 1, "Förklaring bedömning:").font = Font(bold=True)
    legend = [("green", "Genomförd utan anmärkning"), ("yellow", "Genomförd med anmärkning"),
              ("orange", "Delvis genomförd"), ("red", "Ej genomförd"), ("grey", "Utgår")]
    for k, (col, txt) in enumerate(legend):
        ws.cell(lr + 1 + k, 1).fill = fill(col); ws.cell(lr + 1 + k, 2, txt)
    for col, w in zip("ABCDEFGH", [16, 48, 18, 14, 26, 10, 12, 48]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "BMB_IKP2025_uppf_helar.xlsx")
    wb.save(src)
    soffice(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fn), p(fn))
    FILES.append((fn, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- 7 FBAB (ods, tick column + Avvikelse Ja/Nej)
def f7(tmp):
    fn = "Filipstads Bostads AB internkontroll 2025.ods"
    N = "Filipstads Bostads AB"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "Internkontroll 2025"
    ws["A1"] = "Filipstads Bostads AB"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning helår – styrelsemöte 2026-02-18"
    ws["A3"] = "Kolumn I: markera med X när kontrollen är utförd. Kolumn J: Ja/Nej om avvikelse noterats."
    hdr = ["Nr", "Område", "Kontrollmoment", "Risk", "Sannolikhet", "Konsekvens", "Ansvarig", "Frekvens",
           "Kontroll utförd (X)", "Avvikelse (Ja/Nej)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="FFF2CC" if i >= 9 else "E2EFDA")
    rows = [
        ("Hyror", "Hyresavier – kontroll av hyresnivå mot hyresavtal", "Felaktiga hyresintäkter", 2, 3, "Ekonomiansvarig", "Helår", "X", "Nej", "Stickprov 30 kontrakt.", "GENOMFORD", "nej"),
        ("Hyror", "Kontroll av hyresfordringar och påminnelserutin", "Kundförluster", 3, 3, "Ekonomiansvarig", "Kvartalsvis", "X", "Ja", "Påminnelser skickades inte ut i oktober på grund av systemfel. Rutinen kompletterad med manuell avstämning.", "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Obehöriga utbetalningar", 2, 3, "VD", "Helår", "X", "Nej", None, "GENOMFORD", "nej"),
        ("Förvaltning", "Besiktning av lägenheter vid avflyttning", "Skador debiteras inte", 3, 2, "Förvaltare", "Löpande", None, None, "Påbörjad – ungefär hälften av avflyttningarna besiktade med det nya protokollet.", "DELVIS", ""),
        ("Säkerhet", "Kontroll av nyckelhantering och låssystem", "Inbrott, obehörigt tillträde", 2, 4, "Drifttekniker", "Helår", None, None, "Ej utförd.", "EJ_GENOMFORD", ""),
        ("Fastighet", "OVK – obligatorisk ventilationskontroll enligt plan", "Brister i inomhusmiljö, myndighetskrav", 2, 3, "Fastighetschef", "Enligt OVK-plan", "X", "Nej", None, "GENOMFORD", "nej"),
        ("Inköp", "Upphandling – direktupphandlingar dokumenteras", "Brott mot LOU", 3, 3, "VD", "Helår", None, None, None, "SAKNAS", ""),
    ]
    for k, r in enumerate(rows):
        vals = [k + 1] + list(r[:10])
        for i, v in enumerate(vals, 1):
            c = ws.cell(6 + k, i, v); c.border = BOX; c.alignment = WRAP
        EXP.append((fn, N, r[1], r[10], r[11]))
    ws.cell(6 + len(rows) + 1, 1, "Godkänd av styrelsen för Filipstads Bostads AB 2026-02-18, § 7")
    for col, w in zip("ABCDEFGHIJK", [5, 12, 48, 28, 11, 11, 18, 14, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Filipstads Bostads AB internkontroll 2025.xlsx")
    wb.save(src)
    soffice(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fn), p(fn))
    FILES.append((fn, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- 8 rejected: covering letter
def f8():
    fn = "Följebrev_SN_intern_kontroll_2025.docx"
    d = docx.Document(); fix_doc(d)
    d.add_paragraph("Filipstads kommun\nSocialförvaltningen")
    d.add_paragraph("2026-02-04")
    d.add_paragraph("Till: Kommunstyrelsen, ekonomienheten")
    d.add_heading("Följebrev – uppföljning av intern kontroll 2025", 1)
    d.add_paragraph("Socialnämnden översänder härmed uppföljningen av nämndens internkontrollplan för 2025 (helår), "
                    "version 2. Version 2 ersätter tidigare insänd version 1 daterad 2026-01-22.")
    d.add_paragraph("Uppföljningen behandlas av socialnämnden 2026-02-10. Protokollsutdrag skickas när protokollet är justerat.")
    d.add_paragraph("Frågor om uppföljningen besvaras av controller Johan Svensson, tfn 0590-611 00.")
    d.add_paragraph("Med vänlig hälsning\n\nLinnea Berg\nFörvaltningschef")
    d.save(p(fn))
    FILES.append((fn, "AVVISAD", "", "", ""))

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Bergslagens miljö- och byggnämnd", "BMB|Bergslagens miljö- och byggförvaltning|Miljö- och byggnämnden"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Filipstads Bostads AB", "FBAB|Filipstads Bostäder"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            os.remove(p(f))
    tmp = tempfile.mkdtemp(prefix="r448_")
    f1(); f2(); f3(); f4(tmp); f5(); f6(tmp); f7(tmp); f8()
    shutil.rmtree(tmp)
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER: f.write(f"{n};{a}\n")
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES: f.write(";".join(str(x) for x in r) + "\n")
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXP:
            assert ";" not in r[2]
            f.write(";".join(r) + "\n")
    print(len(FILES), "file rows,", len(EXP), "controls")

if __name__ == "__main__":
    main()
