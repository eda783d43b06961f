# -*- coding: utf-8 -*-
"""Blind round 389 - Hjortsberga kommun, T2 2025, mostly free-text follow-ups."""
import csv, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill
import docx
from docx.shared import Pt
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-round389"
EXP = []      # fil, nämnd, kontrollmoment, status, avvikelse
FILES = []    # fil, utfall, nämnd, år, period

def exp(fil, namnd, rows):
    for km, st, av in rows:
        EXP.append((fil, namnd, km, st, av))

def convert(src, fmt, outname):
    tmp = tempfile.mkdtemp(prefix="r389_")
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)][0]
    shutil.move(os.path.join(tmp, produced), os.path.join(OUT, outname))
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- 1 KS: Word, text only
def f1():
    fil = "KS_uppfoljning_internkontroll_T2_2025.docx"
    KS = "Kommunstyrelsen"
    d = docx.Document()
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", 0)
    d.add_paragraph("Kommunstyrelsen, Hjortsberga kommun\nKommunledningsförvaltningen\nDnr KS 2025/0112")
    d.add_paragraph(
        "Kommunstyrelsen antog i december 2024 en internkontrollplan för 2025 med sju kontrollmoment. "
        "Nedan redovisas resultatet av de kontroller som planerats till och med tertial 2 (januari–augusti). "
        "Uppföljningen har sammanställts av ekonomienheten utifrån underlag från respektive kontrollansvarig.")
    items = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         [("Resultat: ", "Ett stickprov om 40 fakturor från perioden maj–augusti har granskats. Samtliga var "
           "attesterade av behörig attestant och beloppsgränserna i attestordningen var följda."),
          ("Kommentar: ", "Inga avvikelser. Ingen åtgärd behövs.")],
         "GENOMFORD", "nej"),
        ("Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         [("", "Kanslienheten har gått igenom samtliga 52 delegationsbeslut som fattats under perioden. "
           "Sex av dem hade inte anmälts till kommunstyrelsen inom föreskriven tid. Rutinen för anmälan har "
           "förtydligats och handläggarna har fått information på APT i augusti.")],
         "GENOMFORD", "ja"),
        ("Efterlevnad av upphandlingspolicyn vid direktupphandling",
         [("Resultat: ", "Arbetet pågår. Hittills har direktupphandlingar från två av förvaltningens fyra "
           "avdelningar granskats; resterande två avdelningar granskas under september–oktober."),
          ("Kommentar: ", "I den del som granskats har inget anmärkningsvärt framkommit.")],
         "DELVIS", "nej"),
        ("Behörighetsuppföljning i ekonomisystemet Raindance",
         [("Resultat: ", "Kontrollen har inte kunnat genomföras under perioden eftersom systemförvaltaren "
           "varit tjänstledig sedan april."),
          ("Kommentar: ", "Kontrollen flyttas till tertial 3.")],
         "EJ_GENOMFORD", ""),
        ("Hantering av representation och förtroendekänsliga poster",
         [("", "Kontrollmomentet utgår för 2025 enligt beslut i kommunstyrelsen 2025-04-09 § 72, eftersom "
           "området ingår i de förtroendevalda revisorernas granskning under året.")],
         "UTGAR", ""),
        ("Diarieföring av inkommande handlingar i W3D3",
         [("Resultat: ", ""), ("Kommentar: ", "")],
         "SAKNAS", ""),
        ("Löneutbetalningar – kontroll av nyanställda mot anställningsavtal",
         [("", "Genomförd i juni av HR-enheten, se separat rapport (bilaga 3).")],
         "GENOMFORD", ""),
    ]
    for head, paras, st, av in items:
        d.add_heading(head, 2)
        for lab, txt in paras:
            p = d.add_paragraph()
            if lab:
                r = p.add_run(lab); r.bold = True
            p.add_run(txt)
    d.add_heading("Sammanfattande bedömning", 1)
    d.add_paragraph("Kommunstyrelsens samlade bedömning är att den interna kontrollen i huvudsak fungerar, men att "
                    "rutinen för anmälan av delegationsbeslut behöver följas upp särskilt under hösten.")
    d.add_paragraph("Hjortsberga 2025-09-10\n\nAnna Lindqvist\nKommundirektör")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "T2"))
    exp(fil, KS, [(h, s, a) for h, _, s, a in items])

# ---------------------------------------------------------------- 2 BUN: Excel, T1/T2 text columns
def f2():
    fil = "BUN IKP 2025 tertial 2.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppdaterad 2025-09-05 / Karin Ek, controller BUF"
    ws["A4"] = "Skriv resultatet med egna ord i kolumnen för aktuell period. Ange vad som kontrollerats, omfattning och eventuella brister."
    ws["A4"].font = Font(italic=True, color="666666")
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Uppföljning T1 (jan–apr)", "Uppföljning T2 (maj–aug)", "Åtgärd / kommentar"]
    ws.append([]); ws.append(hdr)
    for c in ws[6]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "2 ggr/år", "Controller",
             "Ej aktuellt denna period",
             "Granskat 30 fakturor. 2 saknade andra attest (belopp över 50 tkr).",
             "Påpekat för berörda rektorer.", "GENOMFORD", "ja"),
            ("Kontroll av interkommunala ersättningar (IKE) mot elevregister", "Avstämning Procapita/IST", "1 ggr/termin",
             "Assistent ekonomi", "Kontrollerat vårterminens debiteringar – stämmer mot elevregistret.", None, None,
             "GENOMFORD", "nej"),
            ("Avgifter i förskola – kontroll av inkomstuppgifter", "Jämförelse mot taxering", "1 ggr/år",
             "Avgiftshandläggare", "Påbörjad",
             "Inkomstkontrollen för 2024 års inkomster är klar.\n14 hushåll fick justerad avgift (retroaktivt).",
             "Fakturor skickade i augusti.", "GENOMFORD", "ja"),
        ]),
        ("Verksamhet", [
            ("Anmälan av kränkande behandling till huvudman inom föreskriven tid", "Genomgång av anmälningar",
             "Löpande", "Verksamhetschef grundskola", None,
             "Vi har gått igenom anmälningarna för april–juni. De flesta kom in i tid, men på två skolor dröjde "
             "anmälan upp till tre veckor.\nGenomgång av juli–augusti återstår.", "Dialog med rektorerna",
             "DELVIS", "ja"),
            ("Skolpliktsbevakning – elever med hög frånvaro", "Uttag ur frånvarosystem", "2 ggr/år", "Elevhälsochef",
             None, "Inte gjort ännu – planeras till oktober.", None, "EJ_GENOMFORD", ""),
            ("Registerkontroll av personal i förskola och skola (belastningsregister)", "Stickprov nyanställda",
             "1 ggr/år", "HR-konsult", None, "OK, samtliga 23 nyanställda har visat utdrag.", None,
             "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Rapport ur HR-systemet", "Tertialvis",
             "HR-konsult", "Se bilaga", "Se bilaga", None, "OKLAR", ""),
            ("Systematiskt arbetsmiljöarbete – skyddsronder genomförda", "Enkät till rektorer", "1 ggr/år",
             "Förvaltningschef", None,
             "Kontrollen har strukits ur planen – ingår i nämndens ordinarie SAM-uppföljning (BUN § 38/2025).",
             None, "UTGAR", ""),
            ("Lärarlegitimation vid nyanställning", "Kontroll i Skolverkets register", "1 ggr/år", "HR-konsult",
             None, None, None, "SAKNAS", ""),
        ]),
    ]
    r = 7; rows = []
    for g, items in groups:
        ws.cell(r, 1, g).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="E7E6E6")
        r += 1
        for it in items:
            vals = [g] + list(it[:7])
            for ci, v in enumerate(vals, 1):
                c = ws.cell(r, ci, v); c.alignment = Alignment(wrap_text=True, vertical="top")
            rows.append((it[0], it[7], it[8])); r += 1
    ws.cell(r + 1, 1, "Fastställd av nämnden 2024-12-11 § 121. Uppföljningen rapporteras till nämnden 2025-09-24.")
    for col, w in zip("ABCDEFGH", [12, 45, 22, 12, 18, 35, 50, 28]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    exp(fil, N, rows)

# ---------------------------------------------------------------- 3 SN: ODT, free-text table
def f3():
    fil = "Socialnämnden uppföljning intern kontroll tertial 2 2025.odt"
    N = "Socialnämnden"
    d = docx.Document()
    d.add_paragraph("Hjortsberga kommun – Socialförvaltningen")
    d.add_heading("Socialnämnden – uppföljning av intern kontroll, tertial 2 2025", 1)
    d.add_paragraph("Rapporten omfattar perioden januari–augusti 2025. Utfallet redovisas i löptext per kontrollmoment. "
                    "Nämnden har valt att inte använda statusmarkeringar.")
    data = [
        ("Myndighetsutövning IFO", "Utredningstid för barnavårdsutredningar inom fyra månader",
         "Av 61 avslutade utredningar under perioden överskred 9 den lagstadgade tiden. Främsta orsaken är "
         "personalomsättning i mottagningsgruppen. En åtgärdsplan är framtagen och följs upp månadsvis.",
         "GENOMFORD", "ja"),
        ("", "Beslut om bistånd fattas enligt gällande delegationsordning",
         "Granskningen är genomförd inom IFO. Inom äldreomsorgen (SVO) är den ännu inte klar.", "DELVIS", ""),
        ("", "Kontroll av utbetalning av ekonomiskt bistånd mot beslut",
         "Urval om 25 utbetalningar jämfördes mot beslut i Viva. Inga fel hittades i urvalet.", "GENOMFORD", "nej"),
        ("Äldreomsorg", "Genomförandeplaner upprättade inom 14 dagar efter verkställighet",
         "Kontrollen är planerad till september enligt tidplanen och har alltså inte startat ännu.",
         "EJ_GENOMFORD", ""),
        ("", "Läkemedelshantering – avvikelser följs upp av MAS",
         "Utfört. MAS har följt upp samtliga läkemedelsavvikelser. Ett återkommande problem med ofullständiga "
         "signeringslistor på Björkbackens särskilda boende har lett till en utbildningsinsats.", "GENOMFORD", "ja"),
        ("", "Hantering av brukares privata medel",
         "Kontrollen avbröts efter nämndens beslut 2025-06-18 § 84 eftersom en ny rutin för hantering av "
         "privata medel införs under hösten.", "UTGAR", ""),
        ("Funktionsnedsättning/LSS", "Avgiftsberäkning LSS – korrekt debitering",
         "Inte genomförd. Ansvarig avgiftshandläggare har slutat; kontrollen görs av ny handläggare under tertial 3.",
         "EJ_GENOMFORD", ""),
        ("", "Lex Sarah-rapporter utreds och anmäls till IVO vid behov",
         "Stickprov på hälften av årets rapporter är klart, resterande granskas i oktober.", "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Utfall och analys"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for a, b, c, _, _ in data:
        cells = t.add_row().cells
        cells[0].text = a; cells[1].text = b; cells[2].text = c
    d.add_heading("Sammanfattning", 2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i stort är tillräcklig men att utredningstiderna "
                    "inom barn och unga behöver fortsatt fokus. Beslutsförslag: Socialnämnden godkänner uppföljningen.")
    tmp = tempfile.mkdtemp(prefix="r389src_")
    src = os.path.join(tmp, fil.replace(".odt", ".docx")); d.save(src)
    convert(src, "odt", fil); shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    exp(fil, N, [(b, s, a) for _, b, _, s, a in data])

# ---------------------------------------------------------------- 4 Stratsys CSV, two nämnder
def f4():
    fil = "Stratsys_export_internkontroll_2025-09-08.csv"
    SBN, MBN = "Samhällsbyggnadsnämnden", "Miljö- och byggnämnden"
    data = [
        (SBN, "Ekonomi", "Kontroll av att investeringsprojekt följer beslutad budget", "Ekonomichef SBF",
         ("Pågår", ""), ("Genomförd", "Två projekt (Storgatan etapp 2, VA Norrby) prognostiserar överskridande. Rapporterat till nämnden i augusti."),
         "GENOMFORD", "ja"),
        (SBN, "Ekonomi", "Fakturering av VA-anslutningsavgifter", "VA-chef",
         ("Ej påbörjad", ""), ("Pågår", ""), "DELVIS", ""),
        (SBN, "Upphandling", "Kontroll av leverantörers skatte- och avgiftsstatus (Skatteverket)", "Inköpssamordnare",
         ("Genomförd", "Inga anmärkningar"), ("Genomförd", "Inga anmärkningar"), "GENOMFORD", "nej"),
        (SBN, "Ekonomi", "Hantering av gatukostnadsersättning", "Gatuchef",
         ("", ""), ("Utgår", "Ej aktuellt 2025, inga nya exploateringsområden."), "UTGAR", ""),
        (SBN, "Drift", "Besiktning av lekplatser enligt plan", "Parkchef",
         ("", ""), ("Genomförd med avvikelse", "3 lekplatser hade brister i fallskydd, åtgärdade i juli."),
         "GENOMFORD", "ja"),
        (SBN, "Upphandling", "Kontroll av avtalstrohet vid inköp av entreprenadtjänster", "Inköpssamordnare",
         ("Ej påbörjad", "Startar efter sommaren"), ("", ""), "EJ_GENOMFORD", ""),
        (MBN, "Myndighetsutövning", "Handläggningstid bygglov inom 10 veckor", "Bygglovschef",
         ("Genomförd", "95 % inom tid"), ("Genomförd", "97 % av ärendena avgjordes inom lagstadgad tid, 4 ärenden överskred."),
         "GENOMFORD", "ja"),
        (MBN, "Ekonomi", "Debitering av tillsynsavgifter enligt taxa", "Miljöchef",
         ("", ""), ("Pågår", ""), "DELVIS", ""),
        (MBN, "Myndighetsutövning", "Jäv vid handläggning av ärenden", "Förvaltningschef",
         ("", ""), ("Genomförd", "Inga jävssituationer noterades i stickprovet (20 ärenden)."), "GENOMFORD", "nej"),
        (MBN, "Administration", "Diarieföring av inkomna anmälningar", "Nämndsekreterare",
         ("Ej påbörjad", ""), ("Ej påbörjad", "Skjuts till 2026 p.g.a. byte av ärendesystem."), "EJ_GENOMFORD", ""),
        (MBN, "Myndighetsutövning", "Uppföljning av förelägganden", "Miljöchef",
         ("", ""), ("", ""), "SAKNAS", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"])
        for org, proc, km, ans, t1, t2, _, _ in data:
            w.writerow([org, proc, km, ans, "Tertial 1 2025", t1[0], t1[1]])
            w.writerow([org, proc, km, ans, "Tertial 2 2025", t2[0], t2[1]])
    FILES.append((fil, "INLAST", SBN, "2025", "T2"))
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))
    for org, _, km, _, _, _, st, av in data:
        EXP.append((fil, org, km, st, av))

# ---------------------------------------------------------------- 5 KFN: .doc, nämnd only in page header
def f5():
    fil = "Internkontroll uppföljning T2 2025.doc"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kultur- och fritidsnämnden\tHjortsberga kommun\t2025-09-03"
    sec.footer.paragraphs[0].text = "Sida 1 av 1"
    d.add_heading("Uppföljning av internkontrollplan – tertial 2, 2025", 1)
    d.add_paragraph("Kontrollerna redovisas nedan med resultat och kommentar från respektive ansvarig.")
    data = [
        ("Kassainventering av kontantkassor på bibliotek och simhall", "Enhetschef bibliotek / badmästare",
         "Oanmälda kassainventeringar gjordes i juni på Hjortsberga bibliotek och i simhallen. På biblioteket "
         "stämde kassan. I simhallens kassa saknades 350 kr; differensen har utretts och rutinen för "
         "kassaöverlämning har skärpts.", "GENOMFORD", "ja"),
        ("Föreningsbidrag – kontroll av underlag för aktivitetsstöd", "Föreningskonsulent",
         "Halva urvalet (12 av 24 föreningar) har kontrollerats utan anmärkning. Övriga kontrolleras i oktober.",
         "DELVIS", "nej"),
        ("Uthyrning av lokaler – fakturering enligt bokningssystem", "Administratör",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Inventering av kommunens konstsamling", "Kultursekreterare",
         "Ingen inventering gjord i år på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ("Avtal med föreningar om drift av idrottsanläggningar", "Fritidschef",
         "Ej aktuell 2025 – samtliga driftsavtal omförhandlas och kontrollen läggs in i planen för 2026.",
         "UTGAR", ""),
        ("Säkerhet vid evenemang – riskanalys upprättad före genomförande", "Evenemangssamordnare",
         "Riskanalys gjord och godkänd för Hjortsbergadagarna (juli). Höstens evenemang följs upp i T3.",
         "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Resultat/kommentar"]):
        t.rows[0].cells[i].text = h
    for a, b, c, _, _ in data:
        cells = t.add_row().cells
        cells[0].text = a; cells[1].text = b; cells[2].text = c
    d.add_paragraph("")
    d.add_paragraph("Handläggare: Per Holm, nämndsekreterare")
    tmp = tempfile.mkdtemp(prefix="r389src_")
    src = os.path.join(tmp, "kfn.docx"); d.save(src)
    convert(src, "doc:MS Word 97", fil); shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    exp(fil, N, [(a, s, v) for a, _, _, s, v in data])

# ---------------------------------------------------------------- 6 ÖFN: xls, symbols with legend
def f6():
    fil = "ÖFN_internkontroll_2025_T2.xls"
    N = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; align: wrap on")
    wrap = xlwt.easyxf("align: wrap on, vert top")
    ws.write(0, 0, "Överförmyndarnämnden – Internkontroll 2025", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Uppföljning per tertial 2 (2025-08-31)", bold)
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Status T1", "Status T2", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, head)
    data = [
        ("1", "Granskning av årsräkningar inom fyra månader", "Uttag ur Wärna", "◑", "●",
         "Samtliga årsräkningar granskade inom tid.", "GENOMFORD", "nej"),
        ("2", "Kontroll av att ställföreträdare har utdrag ur belastningsregistret", "Stickprov 15 ärenden", "", "●",
         "Inga anmärkningar.", "GENOMFORD", "nej"),
        ("3", "Uttag från spärrade konton sker med överförmyndarens samtycke", "Stickprov", "○", "◑",
         "10 av 20 ärenden klara, inga fel hittills.", "DELVIS", "nej"),
        ("4", "Arvodesberäkning för gode män och förvaltare", "Stickprov 10 beslut", "○", "○",
         "Flyttas till T3.", "EJ_GENOMFORD", ""),
        ("5", "Beslut i förvaltarskapsärenden fattas inom delegation", "Genomgång av delegationslista", "", "–",
         "", "UTGAR", ""),
        ("6", "Digital akthantering – akterna är fullständiga", "Stickprov 10 akter", "", "● ○",
         "", "OKLAR", ""),
    ]
    for r, row in enumerate(data, start=4):
        for c, v in enumerate(row[:6]):
            ws.write(r, c, v, wrap)
    ws.write(11, 0, "Teckenförklaring:", bold)
    ws.write(12, 0, "●  Genomförd")
    ws.write(13, 0, "◑  Pågår / delvis genomförd")
    ws.write(14, 0, "○  Ej påbörjad")
    ws.write(15, 0, "–  Utgår")
    for c, w in enumerate([5, 55, 28, 10, 10, 45]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    exp(fil, N, [(r[1], r[6], r[7]) for r in data])

# ---------------------------------------------------------------- 7 HBAB: docx, plan columns + free text
def f7():
    fil = "HBAB intern kontroll 2025-08-31.docx"
    N = "Hjortsberga Bostäder AB"
    d = docx.Document()
    d.add_paragraph("HJORTSBERGA BOSTÄDER AB").runs[0].bold = True
    d.add_heading("Internkontrollplan 2025 med uppföljning tertial 2", 1)
    d.add_paragraph("Planen fastställd av styrelsen 2025-02-20. Uppföljningen avser januari–augusti och redovisas "
                    "till styrelsen 2025-09-18 samt till kommunstyrelsen enligt ägardirektiv.")
    data = [
        ("Felaktiga hyror", "Hyresavisering stämmer mot hyreskontrakt", "9", "1 ggr/år",
         "Genomfört. 50 kontrakt jämförda mot aviseringen; ett fel i hyresnivå efter ombyggnad på Ekvägen 4 "
         "har korrigerats.", "GENOMFORD", "ja"),
        ("Jäv", "Kontroll av jävsförhållanden vid upphandling av ramavtal", "6", "Vid upphandling",
         "Klart – inga jävsförhållanden konstaterade vid de två upphandlingarna under perioden.", "GENOMFORD", "nej"),
        ("Kundförluster", "Hantering av kundfordringar och avskrivningar", "8", "2 ggr/år",
         "Kontrollen är inledd men inte avslutad.", "DELVIS", ""),
        ("Brand", "Besiktning av brandskydd (SBA) i flerbostadshus", "12", "1 ggr/år",
         "Se bilaga 2.", "OKLAR", ""),
        ("Obehörigt tillträde", "Nyckel- och passagesystem – behörigheter gås igenom", "6", "1 ggr/år",
         "Ej påbörjad.", "EJ_GENOMFORD", ""),
        ("Felaktiga utbetalningar", "Attest av fakturor från entreprenörer", "9", "Tertialvis",
         "Granskat 20 fakturor. Alla attesterade enligt attestordningen, men två saknade ÄTA-underlag som har "
         "begärts in i efterhand.", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=2, cols=5); t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(0, 3)); a.text = "Plan 2025"
    t.cell(0, 4).text = "Uppföljning"
    for i, h in enumerate(["Risk", "Kontrollmoment", "Riskvärde", "Frekvens", "Utfall T2"]):
        t.cell(1, i).text = h
    for row in data:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Protokoll SBA-kontroll 2025 (separat fil).")
    d.add_paragraph("Johan Berg, VD")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    exp(fil, N, [(r[1], r[5], r[6]) for r in data])

# ---------------------------------------------------------------- 8 reject: covering letter
def f8():
    fil = "Missiv BUN - uppföljning intern kontroll T2 2025.docx"
    d = docx.Document()
    d.add_paragraph("Barn- och utbildningsförvaltningen\n2025-09-05")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av intern kontroll, tertial 2 2025", 1)
    d.add_paragraph("Härmed översänds Barn- och utbildningsnämndens uppföljning av internkontrollplanen för tertial 2 "
                    "2025. Uppföljningen finns i bifogad Excelfil (BUN IKP 2025 tertial 2.xlsx).")
    d.add_paragraph("Nämnden behandlar uppföljningen vid sammanträdet den 24 september. Eventuella ändringar efter "
                    "nämndens behandling meddelas snarast. Observera att bilagan om sjukfrånvaro skickas separat "
                    "från HR-avdelningen.")
    d.add_paragraph("Med vänlig hälsning\n\nKarin Ek\nController, Barn- och utbildningsförvaltningen\n0456-123 45")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|MBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Räddningsnämnden", "RN|Räddningstjänsten Hjortsberga"),
        ("Hjortsberga Bostäder AB", "HBAB|Hjortsbergabostäder|Hjortsberga Bostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";"); w.writerow(["nämnd", "alias"]); w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXP)

if __name__ == "__main__":
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8):
        fn()
    registers()
    print(len(FILES), "file rows,", len(EXP), "controls")
