#!/usr/bin/python3
"""Blind round r611 – Mörtsjö kommun, delår 2025, 'Följer plan: Ja/Nej/Delvis'."""
import csv, os, shutil, subprocess, zipfile, io
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-round611-work"
LO_PROFILE = "file:///tmp/lo-round611"
os.makedirs(TMP, exist_ok=True)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- 1. KS xlsx (easy)
def make_ks():
    fil = "KS_uppfoljning_IKP_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning delår"
    ws["A1"] = "Mörtsjö kommun – Kommunstyrelsen"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025, delår (januari–augusti)"; ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Följer plan?", "Kommentar / iakttagelser"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = BOLD; c.fill = HEAD_FILL; c.border = BOX; c.alignment = WRAP
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef", "Ja",
         "Stickprov 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av förtroendekänsliga poster (representation, resor och konferenser)", "Controller", "Ja",
         "25 verifikationer granskade. 3 saknade deltagarförteckning, återkopplat till berörda chefer.", "GENOMFORD", "ja"),
        ("Upphandling", "Avtalstrohet vid inköp av varor och tjänster", "Upphandlingschef", "Delvis",
         "Analys gjord för kvartal 1–2, kvartal 3 återstår.", "DELVIS", ""),
        ("Personal", "Kontroll att anställningsavtal är korrekt registrerade i lönesystemet", "HR-chef", "Nej",
         "Ej påbörjad p.g.a. byte av lönesystem, genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("IT", "Behörighetsuppföljning i ekonomisystemet", "IT-säkerhetssamordnare",
         "Nej – utgår enligt beslut KS 2025-03-12 § 45", "Ersätts av central behörighetsgranskning.", "UTGAR", ""),
        ("Informationssäkerhet", "Rutin för hantering av personuppgiftsincidenter följs", "Dataskyddssamordnare", "Ja",
         "Fyra incidenter anmälda, samtliga hanterade och rapporterade inom 72 timmar.", "GENOMFORD", "nej"),
        ("Diarieföring", "Diarieföring av inkommande handlingar sker inom två arbetsdagar", "Registrator",
         "Ja, men med avvikelse",
         "Stickprov 30 handlingar, 6 diarieförda efter mer än två dagar under semesterperioden.", "GENOMFORD", "ja"),
        ("Delegation", "Återrapportering av delegationsbeslut till kommunstyrelsen", "Kommunsekreterare", None, None,
         "SAKNAS", ""),
    ]
    for i, (p, km, ans, st, kom, s, a) in enumerate(rows, 1):
        ws.append([i, p, km, ans, st, kom])
        for c in ws[ws.max_row]:
            c.border = BOX; c.alignment = WRAP
        exp(fil, N, km, s, a)
    ws.append([]); ws.append([None, "Sammanställt av: Karin Öberg, ekonomichef, 2025-09-05"])
    for col, w in zip("ABCDEF", (5, 18, 48, 22, 22, 55)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 2. BUN docx, form per control
def shade(cell, color="E7E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def make_bun():
    fil = "BUN Uppföljning intern kontroll delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Mörtsjö kommun\tBarn- och utbildningsförvaltningen"
    d.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden").runs[0].bold = True
    d.add_paragraph("Period: 2025-01-01 – 2025-08-31. Blanketten fylls i av kontrollansvarig, en blankett per "
                    "kontrollmoment i nämndens internkontrollplan 2025 (BUN 2024-12-11 § 102). Besvara frågan om "
                    "kontrollen är utförd enligt plan med Ja eller Nej och kommentera vid behov.")
    forms = [
        dict(km="Kontroll av att frånvaro registreras i elevregistret dagligen", proc="Elevadministration",
             ans="Rektorer grundskola", met="Stickprov i elevregistret, fyra skolor, vecka 10 och 20", svar="Ja",
             res="Daglig registrering på samtliga fyra skolor. Inga brister.", avv="Nej", atg="–",
             s="GENOMFORD", a="nej"),
        dict(km="Uppföljning av att beslut om tilläggsbelopp är fattade enligt delegationsordningen",
             proc="Resursfördelning", ans="Verksamhetscontroller", met="Genomgång av samtliga beslut",
             svar="Ja, men bara för vårterminen",
             res="23 beslut för vårterminen granskade, samtliga fattade av rätt delegat. Höstterminens beslut "
                 "granskas i samband med helårsuppföljningen.", avv="Nej", atg="–", s="DELVIS", a="nej"),
        dict(km="Hantering av kränkande behandling – anmälan till huvudman inom fem arbetsdagar",
             proc="Trygghet och studiero", ans="Kvalitetsstrateg", met="Registeruttag ur anmälningssystemet",
             svar="Nej", res="Kontrollen flyttas till tertial 3 på grund av vakans hos kvalitetsstrateg.", avv="",
             atg="Genomförs oktober–november.", s="EJ_GENOMFORD", a=""),
        dict(km="Kontroll av att registerutdrag ur belastningsregistret har uppvisats vid nyanställning",
             proc="Rekrytering", ans="HR-specialist", met="Samtliga nyanställda jan–jun", svar="Ja",
             res="12 av 14 nyanställda hade uppvisat registerutdrag. Två saknades och har nu begärts in.",
             avv="Ja", atg="Påminnelse till rekryterande chefer om rutinen.", s="GENOMFORD", a="ja"),
        dict(km="Skolskjuts – beslut följer kommunens riktlinjer för skolskjuts", proc="Skolskjuts",
             ans="Skolskjutshandläggare", met="Stickprov 20 beslut",
             svar="Nej – utgår, ansvaret har flyttats till tekniska nämnden enligt KF 2025-02-24 § 12",
             res="", avv="", atg="", s="UTGAR", a=""),
        dict(km="Inventering av stöldbegärlig utrustning (datorer och surfplattor)", proc="Tillgångar",
             ans="IT-samordnare", met="Avstämning mot inventarieregister", svar="",
             res="Se bilaga 2.", avv="", atg="", s="OKLAR", a=""),
    ]
    labels = [("Kontrollmoment", "km"), ("Process/rutin", "proc"), ("Kontrollansvarig", "ans"),
              ("Metod och omfattning", "met"), ("Är kontrollen utförd enligt plan (Ja/Nej)?", "svar"),
              ("Resultat/kommentar", "res"), ("Har avvikelse upptäckts (Ja/Nej)?", "avv"),
              ("Åtgärd", "atg")]
    for i, f in enumerate(forms, 1):
        d.add_heading(f"Kontroll {i}", level=2)
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for lab, key in labels:
            r = t.add_row().cells
            r[0].text = lab; r[0].paragraphs[0].runs[0].bold = True; shade(r[0])
            r[1].text = f[key]
        d.add_paragraph()
        exp(fil, N, f["km"], f["s"], f["a"])
    d.add_paragraph("Mörtsjö 2025-09-08")
    d.add_paragraph("Lena Berg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 3. SN + VON side by side
def make_sn_von():
    fil = "IK_SN_VON_delar2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Delår 2025"
    ws["A1"] = "Intern kontroll – uppföljning delår 2025 (januari–augusti)"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Socialförvaltningen redovisar för båda nämnderna. Kolumnen 'Genomförd enligt plan' besvaras Ja / Nej / Delvis."
    sn = [
        ("Handläggningstid för utredningar inom barn och unga (max fyra månader)", "Enhetschef barn och unga", "Ja",
         "93 % inom lagstadgad tid, 4 utredningar förlängda med beslut.", "GENOMFORD", "nej"),
        ("Utbetalning av ekonomiskt bistånd sker enligt beslut", "Enhetschef försörjningsstöd", "Ja",
         "Stickprov 50 utbetalningar, 2 felaktiga belopp har återkrävts.", "GENOMFORD", "ja"),
        ("Uppföljning av placeringar på HVB – avtal och fakturor stämmer överens", "Controller", "Delvis",
         "Avtalsgenomgång klar, fakturakontroll pågår.", "DELVIS", ""),
        ("Dokumentation av orosanmälningar i verksamhetssystemet", "Enhetschef mottagning", "Nej",
         "Ej genomförd, planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Kontroll av att kontaktpersoner har lämnat registerutdrag", "Enhetschef öppenvård", "Ja",
         "Samtliga 18 uppdrag kontrollerade, utan anmärkning.", "GENOMFORD", "nej"),
        ("Hot och våld – riskbedömning inför hembesök", "Verksamhetschef IFO", "Nej, ej aktuell",
         "Momentet ströks vid revidering av planen i april (SN 2025-04-16 § 38).", "UTGAR", ""),
    ]
    von = [
        ("Avvikelser enligt lex Sarah utreds och rapporteras inom föreskriven tid", "MAS", "Ja",
         "7 rapporter, samtliga utredda i tid.", "GENOMFORD", "nej"),
        ("Läkemedelshantering – signeringslistor kontrolleras", "MAS", "Delvis",
         "Genomfört på 3 av 5 särskilda boenden.", "DELVIS", ""),
        ("Biståndsbeslut verkställs inom tre månader", "Enhetschef myndighet", "Ja",
         "Två ej verkställda beslut har rapporterats till IVO.", "GENOMFORD", "ja"),
        ("Korrekt debitering av avgifter inom hemtjänsten", "Avgiftshandläggare", "Ja",
         "Stickprov 30 debiteringar, inga fel.", "GENOMFORD", "nej"),
        ("Kontroll av timrapportering för timavlönade", "HR-konsult", "Nej",
         "Skjuts till hösten.", "EJ_GENOMFORD", ""),
        ("Nyckelhantering i hemtjänsten", "Enhetschef hemtjänst", None, None, "SAKNAS", ""),
        ("Systematiskt brandskyddsarbete (SBA) på särskilda boenden", "Fastighetssamordnare", "Ja",
         "Ronder genomförda enligt plan. Brist i en utrymningsväg har åtgärdats.", "GENOMFORD", "ja"),
    ]
    for col0, namn, data in ((1, "Socialnämnden", sn), (6, "Vård- och omsorgsnämnden", von)):
        ws.cell(row=4, column=col0, value=namn).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=4, start_column=col0, end_row=4, end_column=col0 + 3)
        for j, h in enumerate(["Kontrollmoment", "Ansvarig", "Genomförd enligt plan", "Kommentar"]):
            c = ws.cell(row=5, column=col0 + j, value=h); c.font = BOLD; c.fill = HEAD_FILL; c.border = BOX; c.alignment = WRAP
        r = 6
        for km, ans, st, kom, s, a in data:
            for j, v in enumerate([km, ans, st, kom]):
                c = ws.cell(row=r, column=col0 + j, value=v); c.border = BOX; c.alignment = WRAP
            exp(fil, namn, km, s, a)
            r += 1
        ws.cell(row=r, column=col0, value=f"Antal kontroller: {len(data)}").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (45, 20, 14, 40, 4, 45, 20, 14, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------- 4. KFN ods, merged question over tick columns
def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_kfn():
    fil = "Kultur_fritid_IK_uppfoljning.ods"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsnämnden – Internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per 31 augusti 2025 (delårsrapport)"
    for col, h in ((1, "Nr"), (2, "Område"), (3, "Kontrollmoment"), (4, "Frekvens"), (8, "Kommentar")):
        c = ws.cell(row=4, column=col, value=h); c.font = BOLD; c.fill = HEAD_FILL
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.cell(row=4, column=5, value="Följer kontrollen plan?").font = BOLD
    ws.cell(row=4, column=5).fill = HEAD_FILL; ws.cell(row=4, column=5).alignment = Alignment(horizontal="center")
    ws.merge_cells("E4:G4")
    for j, h in enumerate(["Ja", "Nej", "Delvis"]):
        c = ws.cell(row=5, column=5 + j, value=h); c.font = BOLD; c.fill = HEAD_FILL
        c.alignment = Alignment(horizontal="center")
    rows = [
        ("Ekonomi", "Kontant kassahantering i simhallens reception – daglig avstämning", "Dagligen", "X", "", "",
         "Avstämning gjord varje dag, differenser under 50 kr.", "GENOMFORD", "nej"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt beslutade bidragsregler", "Två gånger/år", "X", "", "",
         "20 ansökningar granskade. En förening fick dubbelt lokalbidrag – återkrav skickat.", "GENOMFORD", "ja"),
        ("Ekonomi", "Uthyrning av lokaler debiteras enligt taxa", "Kvartalsvis", "", "", "X",
         "Kontrollerat januari–april.", "DELVIS", ""),
        ("Tillgångar", "Inventarieförteckning på biblioteken uppdateras", "Årligen", "", "X", "",
         "Ej hunnits med p.g.a. flytt av huvudbiblioteket.", "EJ_GENOMFORD", ""),
        ("Personal", "Registerutdrag för ledare i sommarlovsverksamheten", "Inför sommaren", "X", "X", "",
         "", "OKLAR", ""),
        ("Säkerhet", "Tillsyn av lekplatser i anslutning till fritidsgårdar", "Månadsvis", "", "", "",
         "Ej aktuellt längre – lekplatserna har överförts till tekniska nämnden.", "UTGAR", ""),
        ("Bidrag", "Bidrag till studieförbund följer gällande avtal", "Årligen", "", "", "", "", "SAKNAS", ""),
        ("Säkerhet", "Säkerhetsrutiner vid arrangemang med publik över 500 personer", "Per arrangemang", "x", "", "",
         "Mörtsjö sommarfestival: tillstånd och säkerhetsplan fanns.", "GENOMFORD", "nej"),
    ]
    r = 6
    for i, (omr, km, frek, ja, nej, dv, kom, s, a) in enumerate(rows, 1):
        vals = [i, omr, km, frek, ja or None, nej or None, dv or None, kom or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.alignment = WRAP; c.border = BOX
            if j in (5, 6, 7):
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, s, a)
        r += 1
    ws.cell(row=r + 1, column=1, value="Markera med X i en av kolumnerna Ja, Nej eller Delvis. Vid Nej eller Delvis ska kommentar lämnas.").font = Font(italic=True)
    ws.cell(row=r + 2, column=1, value="Ansvarig för sammanställning: Johan Lindqvist, kultur- och fritidschef")
    for col, w in zip("ABCDEFGH", (5, 14, 50, 16, 6, 6, 8, 50)):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "Kultur_fritid_IK_uppfoljning.xlsx")
    wb.save(src)
    soffice(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 5. TN Stratsys-like CSV, two periods per control
def make_tn():
    fil = "stratsys_export_TN_2025-09-03.csv"
    N = "Tekniska nämnden"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig", "Period", "Följer plan",
           "Kommentar", "Senast ändrad"]
    ctl = [
        ("Fastighet", "Kontroll av att arbetsorder i fastighetsunderhållet attesteras innan fakturering", "Fastighetschef",
         ("Ja", "OK"), ("Ja", "Stickprov 25 arbetsorder, inga avvikelser."), "GENOMFORD", "nej"),
        ("Gata/park", "Vinterväghållning – entreprenörens tidrapporter stäms av mot avtal", "Gatuchef",
         ("Delvis", "Januari–februari kontrollerat."),
         ("Ja", "Hela vintersäsongen kontrollerad.\nEn felaktig faktura (dubbeldebiterad plogning) har krediterats."),
         "GENOMFORD", "ja"),
        ("VA", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "VA-chef",
         ("Ja", ""), ("Ja", "Samtliga prover godkända."), "GENOMFORD", "nej"),
        ("Fordon", "Inventering av kommunens fordonsflotta och körjournaler", "Fordonssamordnare",
         ("Nej", "Planerad till maj."), ("Delvis", "Körjournaler granskade för 12 av 31 fordon."), "DELVIS", ""),
        ("Investeringar", "Investeringsprojekt följs upp mot beslutad budget", "Controller",
         ("Delvis", "Underlag saknas för två projekt, övriga uppföljda."), ("", ""), "DELVIS", ""),
        ("Skolskjuts", "Skolskjuts – beslut följer kommunens riktlinjer för skolskjuts", "Trafikhandläggare",
         ("", ""), ("Nej", "Ansvaret övergick från BUN 1 mars; kontrollen startar i oktober."), "EJ_GENOMFORD", ""),
        ("Avfall", "Kontroll av att avfallstaxan debiteras korrekt", "Avfallsingenjör",
         ("Ja", "Inga fel i stickprovet."),
         ("Nej – utgår enligt beslut", "Debiteringen sköts av Mörtsjö Energi AB från 2025-05-01 (TN 2025-05-20 § 61)."),
         "UTGAR", ""),
        ("Myndighet", "Rutiner för grävtillstånd i allmän mark följs", "Gatuingenjör",
         ("Ja", "Samtliga 9 ansökningar kontrollerade."),
         ("Ja, men bara för perioden januari–april", "Maj–augusti har inte hunnits med p.g.a. semestrar."),
         "DELVIS", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for proc, km, ans, t1, dl, s, a in ctl:
            w.writerow([N, "Internkontrollplan 2025", proc, km, ans, "Tertial 1 2025", t1[0], t1[1], "2025-05-08"])
            w.writerow([N, "Internkontrollplan 2025", proc, km, ans, "Delår 2025", dl[0], dl[1],
                        "2025-09-02" if dl[0] else ""])
            exp(fil, N, km, s, a)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 6. MBN odt list
def make_mbn():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H, P, List, ListItem, Span
    fil = "Miljö- och bygg IK delår 2025.odt"
    N = "Miljö- och byggnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(H(outlinelevel=1, text="Miljö- och byggnämnden"))
    doc.text.addElement(P(text="Uppföljning av intern kontroll, delår 2025 (januari–augusti)"))
    doc.text.addElement(P(text="Nedan redovisas varje kontrollmoment i nämndens internkontrollplan 2025 med svar på "
                               "frågan om kontrollen följer plan (Ja/Nej/Delvis) samt kommentar."))
    items = [
        ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Ja",
         "92 % av ärendena inom tid. 6 ärenden överskred tiden och avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter enligt taxa för prövning och tillsyn enligt miljöbalken", "Delvis",
         "Livsmedelstillsynen är kontrollerad, miljötillsynen återstår.", "DELVIS", ""),
        ("Jäv – kontroll att handläggare inte handlägger ärenden där jäv föreligger", "Ja",
         "Genomgång av 40 ärenden. Inga jävssituationer noterade.", "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden", "Nej",
         "Ej genomförd under perioden, kontrollen görs i november.", "EJ_GENOMFORD", ""),
        ("Arkivering av avslutade bygglovsärenden i e-arkivet", "Ja, men endast för ärenden avslutade 2024",
         "2025 års avslutade ärenden återstår att kontrollera. Inga brister i de kontrollerade ärendena.", "DELVIS", "nej"),
        ("Handläggning av klagomål på buller från verksamheter", "Nej – utgår",
         "Momentet ströks i den reviderade planen (MBN 2025-04-09 § 33).", "UTGAR", ""),
        ("Uppföljning av förelägganden med vite", "Ja",
         "Samtliga 5 förelägganden följda upp. I ett fall har vitet inte dömts ut trots att åtgärd saknas – ärendet lyfts till nämnden i oktober.",
         "GENOMFORD", "ja"),
    ]
    lst = List()
    for km, svar, kom, s, a in items:
        li = ListItem()
        p = P(); p.addElement(Span(stylename=bold, text=km)); li.addElement(p)
        li.addElement(P(text=f"Följer plan: {svar}"))
        li.addElement(P(text=f"Kommentar: {kom}"))
        lst.addElement(li)
        exp(fil, N, km, s, a)
    doc.text.addElement(lst)
    doc.text.addElement(P(text="Behandlad av miljö- och byggnämnden 2025-09-17 § 80."))
    doc.text.addElement(P(text="Anders Nyström, förvaltningschef"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 7. ÖFN xlsx, periods side by side, nämnd only in print header/filename
def make_ofn():
    fil = "ÖFN_internkontroll_2025.xlsx"
    N = "Överförmyndarnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Överförmyndarnämnden – Mörtsjö kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025 – uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporteras till kommunstyrelsen i samband med tertial- och delårsrapport."
    hdr = ["Kontrollområde", "Kontrollmoment", "Risk (S×K)", "Följer plan? T1 (jan–apr)", "Kommentar T1",
           "Följer plan? Delår (jan–aug)", "Kommentar delår", "Följer plan? Helår", "Kommentar helår"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = BOLD; c.fill = HEAD_FILL; c.border = BOX; c.alignment = WRAP
    rows = [
        ("Tillsyn", "Årsräkningar granskas inom tre månader från inkommen handling", 9,
         "Delvis", "Balans från 2024 kvarstår.", "Ja", "Samtliga årsräkningar för 2024 granskade per 30 juni.",
         "GENOMFORD", "nej"),
        ("Tillsyn", "Kontroll av att ställföreträdare har lämnat förteckning inom två månader", 6,
         "Ja", "", "Ja", "3 förteckningar försenade, påminnelse skickad och vite förelagt i ett fall.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", 4,
         "Nej", "Startar i maj.", "Delvis", "Stickprov 15 av planerade 30.", "DELVIS", ""),
        ("Ekonomi", "Uttag från spärrade konton har överförmyndarens samtycke", 8,
         "Ja", "Inga avvikelser.", None, None, "GENOMFORD", "nej"),
        ("Rekrytering", "Lämplighetsprövning av nya gode män (registerutdrag och kreditupplysning)", 9,
         "Ja", "", "Nej", "Ej genomförd under maj–augusti p.g.a. resursbrist.", "EJ_GENOMFORD", ""),
        ("Offentlighet och sekretess", "Utlämnande av allmänna handlingar prövas av behörig handläggare", 3,
         "–", "", "Ja*", "En handling lämnades ut utan sekretessprövning. Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
    ]
    for omr, km, risk, t1, k1, dl, kd, s, a in rows:
        ws.append([omr, km, risk, t1, k1 or None, dl, kd, None, None])
        for c in ws[ws.max_row]:
            c.border = BOX; c.alignment = WRAP
        exp(fil, N, km, s, a)
    ws.append([])
    ws.append(["* Kontrollen utförd men avvikelse konstaterad, se kommentar."])
    ws.append(["Risk: sannolikhet (1–3) × konsekvens (1–3)."])
    for col, w in zip("ABCDEFGHI", (18, 48, 9, 12, 28, 12, 45, 12, 20)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 8. Truncated xlsx (reject)
def make_truncated():
    fil = "Valnamnden_IK_delar_2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "IK"
    ws.append(["Valnämnden – uppföljning intern kontroll delår 2025"])
    ws.append(["Kontrollmoment", "Följer plan?", "Kommentar"])
    ws.append(["Röstlängder kontrolleras mot folkbokföringen", "Ja", "Inget val 2025, kontroll av rutin gjord."])
    ws.append(["Förtidsröstning – hantering av valsedlar och kuvert", "Nej", "Ej aktuellt under året."])
    buf = io.BytesIO(); wb.save(buf)
    data = buf.getvalue()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: len(data) * 45 // 100])   # cut mid-file: central directory missing
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och bygg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Mörtsjö Energi AB", "MEAB|Mörtsjö Energi"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    make_ks(); make_bun(); make_sn_von(); make_kfn(); make_tn(); make_mbn(); make_ofn(); make_truncated()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXPECTED), "expected rows")
