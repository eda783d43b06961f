#!/usr/bin/python3
"""Round 228 - Lövångers kommun, delår 2025. Builds all files + CSVs deterministically."""
import os, csv, shutil, subprocess, datetime, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 10, 0, 0)
files_rows, exp_rows = [], []

def E(fil, namnd, km, status, avv):
    exp_rows.append([fil, namnd, km, status, avv])

# ---------------- docx helpers ----------------
def new_doc(landscape=False):
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Lövångers kommun"
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.0)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    return d

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)

def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit"); h.set(qn("w:val"), "true"); trPr.append(h)

def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold
        if size: r.font.size = Pt(size)

def add_row(tbl, vals, bold=False, fill=None):
    row = tbl.add_row()
    for c, v in zip(row.cells, vals):
        set_text(c, v, bold=bold)
        if fill: shade(c, fill)
    return row

def widths(tbl, cms, avail=None):
    if avail is None:
        avail = 25.5 if len(cms) and sum(cms) > 18.5 else 17.0
    k = min(1.0, avail / sum(cms))
    cms = [c * k for c in cms]
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips if hasattr(Cm(w), "twips") else Cm(w) / 635)))
    tbl.autofit = False
    for row in tbl.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)

def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

LOREM_KS = ("Kontrollen har genomförts av controller på ekonomienheten enligt fastställd metod. Urvalet har gjorts "
            "slumpmässigt i ekonomisystemet och resultatet har stämts av med ansvarig chef. ")

# =============== File 1: KS – one long table, merged title row + repeated header ===============
def file_ks():
    fil = "KS_IK_uppföljning_delår_2025.docx"
    N = "Kommunstyrelsen"
    d = new_doc(landscape=True)
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport", level=1)
    d.add_paragraph("Kommunstyrelsen, Lövångers kommun\nPeriod: 1 januari – 31 augusti 2025\nDnr KS 2025/0112")
    d.add_paragraph("Nedan redovisas utfallet av kommunstyrelsens kontrollmoment för perioden januari–augusti. "
                    "Kolumnen ”Genomförd enligt plan?” anger om kontrollen utförts enligt planen för perioden och "
                    "kolumnen ”Brister upptäckta?” om kontrollen visat på brister (Ja/Nej/Delvis). Kontroller som "
                    "är planerade till tertial 3 redovisas i årsbokslutet.")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod / frekvens", "Genomförd enligt plan?\n(Ja/Nej)",
           "Brister upptäckta?\n(Ja/Nej/Delvis)", "Kommentar / åtgärd"]
    t = d.add_table(rows=2, cols=len(hdr)); t.style = "Table Grid"
    title = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
    set_text(title, "Internkontrollplan 2025 – Kommunstyrelsen / Kommunledningsförvaltningen", bold=True, size=12)
    shade(title, "1F4E79")
    for r in title.paragraphs[0].runs: r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for c, h in zip(t.rows[1].cells, hdr):
        set_text(c, h, bold=True); shade(c, "BDD7EE")
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    rows = [
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial",
         "Ja", "Nej", LOREM_KS + "Samtliga 60 granskade fakturor var attesterade av behörig beslutsattestant. Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Stickprov 20 verifikat, delår",
         "Ja", "Delvis", LOREM_KS + "4 av 20 verifikat saknade deltagarförteckning. Påminnelse om riktlinjerna för representation har skickats till samtliga budgetansvariga.", "GENOMFORD", "ja"),
        ("1.3", "Ekonomi", "Avstämning av balanskonton vid delårsbokslut", "Samtliga balanskonton, delår och helår",
         "Ja", "Nej", "Avstämningar upprättade och attesterade per 2025-08-31. Inga oförklarade differenser.", "GENOMFORD", "nej"),
        ("2.1", "Upphandling", "Köp över direktupphandlingsgränsen utan avtal", "Analys av leverantörsreskontra, 2 ggr/år",
         "Ja", "Ja", LOREM_KS + "Tre leverantörer med sammanlagda inköp över direktupphandlingsgränsen utan avtal identifierades (konsulttjänster, tryck, kontorsmöbler). Upphandlingsenheten har fått i uppdrag att annonsera ramavtal för konsulttjänster under hösten.", "GENOMFORD", "ja"),
        ("2.2", "Upphandling", "Dokumentation av direktupphandlingar över 100 tkr", "Genomgång av samtliga dokumentationer",
         "Nej", "–", "Kontrollen har inte genomförts under perioden på grund av vakans på upphandlingsenheten. Kontrollen flyttas till tertial 3.", "EJ_GENOMFORD", ""),
        ("3.1", "Personal", "Behörighet i lönesystemet stäms av mot aktuella anställningar", "Fullständig avstämning, delår",
         "Ja", "Nej", "Behörighetslistan i lönesystemet har stämts av mot HR-systemet. Samtliga behörigheter korrekta.", "GENOMFORD", "nej"),
        ("3.2", "Personal", "Uppföljning av att rehabiliteringsärenden dokumenteras inom 14 dagar", "Stickprov 15 ärenden",
         "Nej", "Delvis", "Granskningen är påbörjad men inte slutförd. 6 av 15 ärenden har granskats; i 2 av dessa saknades dokumentation av rehabiliteringsmöte. Resterande ärenden granskas i september.", "DELVIS", "ja"),
        ("4.1", "IT och informationssäkerhet", "Rutin för borttagning av behörigheter vid avslutad anställning", "Jämförelse AD-konton mot avslutade anställningar",
         "Ja", "Ja", LOREM_KS + "7 konton var fortfarande aktiva mer än 30 dagar efter avslutad anställning. Kontona har spärrats och IT-enheten ser över rutinen för avslutsflödet tillsammans med HR.", "GENOMFORD", "ja"),
        ("4.2", "IT och informationssäkerhet", "Säkerhetskopiering – återläsningstest av verksamhetskritiska system", "Test av två system per år",
         "Ja", "Nej", "Återläsningstest av ekonomisystemet och ärendehanteringssystemet genomfört i maj. Återläsning lyckades inom fastställd tid.", "GENOMFORD", "nej"),
        ("5.1", "Dokumenthantering", "Diarieföring av allmänna handlingar inom fastställd tid", "Stickprov 25 inkomna handlingar",
         "Ja", "Nej", "Samtliga handlingar i stickprovet diarieförda inom två arbetsdagar.", "GENOMFORD", "nej"),
        ("5.2", "Dokumenthantering", "Utlämnande av allmän handling sker skyndsamt", "Stickprov 10 begäranden",
         "", "", "Utgår – ersatt av kommunövergripande granskning enligt beslut KS 2025-04-15 § 62.", "UTGAR", ""),
        ("6.1", "Säkerhet och beredskap", "Genomgång av att krisledningsplanen är aktuell och känd", "Genomgång med krisledningsgruppen",
         "", "", "", "SAKNAS", ""),
    ]
    for nr, proc, km, met, gen, bri, kom, st, av in rows:
        add_row(t, [nr, proc, km, met, gen, bri, kom])
        E(fil, N, km, st, av)
    widths(t, [1.0, 3.0, 5.5, 4.0, 2.6, 2.6, 8.0])
    d.add_paragraph()
    d.add_paragraph("Sammanfattande bedömning: Kommunstyrelsens interna kontroll bedöms i huvudsak vara tillräcklig. "
                    "Åtgärder vidtas för de brister som upptäckts inom upphandling och IT.")
    d.add_paragraph("Lövånger 2025-09-10\n\nAnna Lindqvist\nKommundirektör")
    d.save(os.path.join(OUT, fil))
    files_rows.append([fil, "INLAST", N, "2025", "DELAR"])

# =============== File 2: BUN – table split by page break, no header on 2nd part ===============
def file_bun():
    fil = "BUN delårsuppföljning intern kontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc()
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll – delårsrapport 2025 (januari–augusti)").runs[0].bold = True
    d.add_paragraph("Barn- och utbildningsförvaltningen har följt upp de kontrollmoment som nämnden beslutade om i "
                    "internkontrollplanen 2025 (BUN 2024-12-11 § 98). Status anges som Genomförd, Genomförd med "
                    "avvikelse, Pågår, Ej påbörjad eller Utgår.")
    hdr = ["Kontrollmoment", "Ansvarig", "Metod", "Status delår", "Kommentar"]
    rows1 = [
        ("Kontroll av att skolpliktsbevakning sker enligt rutin", "Verksamhetschef grundskola", "Stickprov 10 elever med långvarig frånvaro", "Genomförd", "Rutinen följs på samtliga skolor. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Registerkontroll i belastningsregistret vid nyanställning", "HR-konsult", "Genomgång av samtliga nyanställningar jan–jun", "Genomförd med avvikelse", "2 av 41 nyanställda timvikarier saknade uppvisat registerutdrag vid anställningens start. Rutinen för timvikarier har skärpts.", "GENOMFORD", "ja"),
        ("Anmälan om kränkande behandling till huvudman inom 5 dagar", "Förvaltningschef", "Jämförelse mellan anmälningar och datum för händelse", "Pågår", "Granskning av vårterminen klar utan anmärkning. Höstterminens anmälningar granskas löpande.", "DELVIS", "nej"),
        ("Hantering av elevers skyddade personuppgifter", "Rektorer", "Genomgång av rutin och intervju med skoladministratörer", "Genomförd", "Inga brister noterade.", "GENOMFORD", "nej"),
        ("Attest av fakturor för skolskjuts", "Controller", "Stickprov 15 fakturor", "Genomförd", "Utan anmärkning.", "GENOMFORD", "nej"),
        ("Ansökan om statsbidrag lämnas in i tid", "Utvecklingsstrateg", "Kontroll mot Skolverkets ansökningsperioder", "Genomförd", "Samtliga ansökningar inlämnade före sista ansökningsdag.", "GENOMFORD", "nej"),
    ]
    rows2 = [
        ("Uppföljning av elever med hög frånvaro (över 15 %)", "Elevhälsochef", "Uttag ur frånvarosystemet per månad", "Ej påbörjad", "Planeras till oktober när nytt frånvarosystem är infört.", "EJ_GENOMFORD", ""),
        ("Kontroll av att måltider följer näringsrekommendationer", "Kostchef", "Näringsberäkning av fyra veckors matsedel", "Genomförd", "Matsedlarna uppfyller Livsmedelsverkets rekommendationer.", "GENOMFORD", "nej"),
        ("Avgifter i förskolan debiteras enligt maxtaxa", "Administratör barnomsorg", "Stickprov 20 fakturor mot inkomstuppgift", "Pågår", "", "DELVIS", ""),
        ("Inventering av digitala läromedelslicenser", "IKT-samordnare", "Jämförelse licenser mot antal elever", "Utgår", "Ingår i kommunstyrelsens kontroll av IT-licenser 2025.", "UTGAR", ""),
        ("Rutin för nyckel- och passerkort i skollokaler", "Fastighetssamordnare", "Avstämning utlämnade kort mot personallista", "Genomförd med avvikelse", "14 passerkort var inte återlämnade av personal som slutat. Korten har spärrats.", "GENOMFORD", "ja"),
    ]
    t1 = d.add_table(rows=1, cols=5); t1.style = "Table Grid"
    for c, h in zip(t1.rows[0].cells, hdr):
        set_text(c, h, bold=True); shade(c, "D9D9D9")
    for r in rows1:
        add_row(t1, r[:5]); E(fil, N, r[0], r[5], r[6])
    widths(t1, [5.0, 2.8, 3.6, 2.4, 4.6])
    page_break(d)
    t2 = d.add_table(rows=0, cols=5); t2.style = "Table Grid"
    for r in rows2:
        add_row(t2, r[:5]); E(fil, N, r[0], r[5], r[6])
    widths(t2, [5.0, 2.8, 3.6, 2.4, 4.6])
    d.add_paragraph()
    d.add_paragraph("Förvaltningens bedömning är att den interna kontrollen är tillräcklig. Avvikelserna avseende "
                    "registerkontroll och passerkort har åtgärdats.")
    d.add_paragraph("Karin Öberg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    files_rows.append([fil, "INLAST", N, "2025", "DELAR"])

# =============== File 3: SN – two tables separated by headings, T1 + Delår question columns ===============
def file_sn():
    fil = "SN_internkontroll_uppföljning_delår2025.docx"
    N = "Socialnämnden"
    d = new_doc(landscape=True)
    d.add_heading("Socialnämndens internkontrollplan 2025 – uppföljning delår", level=1)
    d.add_paragraph("Uppföljningen avser perioden januari–augusti 2025. Kolumnen T1 avser uppföljningen per 30 april "
                    "som redovisades för nämnden i maj. Riskvärde = sannolikhet × konsekvens (1–16).")
    hdr = ["Kontrollmoment", "Riskvärde", "T1: Genomförd enligt plan?", "Delår: Genomförd enligt plan? (Ja/Nej)",
           "Brister upptäckta? (Ja/Nej/Delvis)", "Kommentar"]
    areas = [
        ("Område 1: Myndighetsutövning", [
            ("Utredningstid inom barn- och ungdomsvården (4 månader) följs", "12", "Ja", "Ja", "Delvis", "3 av 25 utredningar överskred fyra månader utan beslut om förlängning.", "GENOMFORD", "ja"),
            ("Beslut om bistånd enligt SoL är dokumenterade och kommunicerade", "9", "Nej", "Ja", "Nej", "Granskningen slutfördes i juni. Samtliga beslut korrekt dokumenterade.", "GENOMFORD", "nej"),
            ("Genomförandeplaner upprättas inom 3 veckor i hemtjänst och särskilt boende", "12", "Ja", "Nej", "Ja", "Delårskontrollen är inte slutförd: 8 av 20 ärenden granskade, i 3 saknades genomförandeplan.", "DELVIS", "ja"),
            ("Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", "16", "Ja", "", "", "", "GENOMFORD", ""),
            ("Hantering av privata medel för brukare i särskilt boende", "8", "–", "Ja", "Ja", "Kassabok saknades för två brukare på Tallgården. Åtgärdat i juli.", "GENOMFORD", "ja"),
        ]),
        ("Område 2: Ekonomi och administration", [
            ("Avgiftsberäkning i hemtjänst stäms av mot biståndsbeslut", "9", "Ja", "Ja", "Nej", "", "GENOMFORD", "nej"),
            ("Utbetalning av ekonomiskt bistånd – kontroll mot beslut och attest", "12", "Ja", "Ja", "Nej", "Stickprov 30 utbetalningar utan anmärkning.", "GENOMFORD", "nej"),
            ("Fakturering av andra kommuner för placeringar", "6", "", "", "", "Se bilaga 2.", "OKLAR", ""),
            ("Avtalstrohet vid inköp av förbrukningsmaterial", "6", "–", "–", "–", "Utgår enligt nämndbeslut 2025-05-20 § 48 (ingår i kommunövergripande kontroll).", "UTGAR", ""),
            ("Kontroll av att loggar i verksamhetssystemet följs upp", "12", "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    for i, (head, rows) in enumerate(areas):
        d.add_heading(head, level=2)
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_text(c, h, bold=True); shade(c, "E2EFDA")
        repeat_header(t.rows[0])
        for r in rows:
            add_row(t, r[:6]); E(fil, N, r[0], r[6], r[7])
        widths(t, [7.0, 1.8, 2.4, 3.0, 3.0, 7.5])
        d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning fakturering placeringar (separat dokument).")
    d.add_paragraph("Socialförvaltningen 2025-09-08")
    d.save(os.path.join(OUT, fil))
    files_rows.append([fil, "INLAST", N, "2025", "DELAR"])

# =============== File 4: SBN Excel – title rows, legend codes, process headings, T1 + Delår ===============
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def file_sbn():
    fil = "Uppföljning IKP 2025 SBN.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "SBF"
    ws["A1"] = "Lövångers kommun"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Samhällsbyggnadsnämnden – uppföljning internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Delår (januari–augusti)"
    ws["F1"] = "Teckenförklaring status:"; ws["F1"].font = Font(bold=True)
    ws["F2"] = "G = Genomförd"; ws["F3"] = "D = Delvis genomförd/pågår"; ws["F4"] = "E = Ej genomförd"; ws["F5"] = "U = Utgår"
    ws["G2"] = "Avvikelse: J = Ja, N = Nej"
    hdr = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Status T1", "Status delår", "Avvikelse (J/N)", "Kommentar"]
    R = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(R, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="FCE4D6"); c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")
    groups = [
        ("Plan och bygg", [
            ("Långa handläggningstider", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "D", "G", "N", "Samtliga beslut maj–aug inom 10 veckor.", "GENOMFORD", "nej"),
            ("Felaktig debitering", "Avgifter för bygglov debiteras enligt gällande taxa", "Administratör", "G", "G", "J", "2 ärenden feldebiterade (fel tillämpad justeringsfaktor), korrigerat.", "GENOMFORD", "ja"),
            ("Bristande tillsyn", "Obligatorisk ventilationskontroll (OVK) följs upp", "Byggnadsinspektör", "E", "D", "N", "Halva urvalet kontrollerat, resterande under hösten.", "DELVIS", "nej"),
        ]),
        ("Gata och park", [
            ("Olycksrisk", "Besiktning av lekplatser enligt besiktningsplan", "Parkchef", "–", "G", "N", "Huvudbesiktning utförd av extern besiktningsman i juni.", "GENOMFORD", "nej"),
            ("Felaktig ersättning", "Vinterväghållning – kontroll av entreprenörens rapportering", "Gatuchef", "G", "", "", "Säsongen avslutad i april.", "GENOMFORD", ""),
            ("Trafiksäkerhet", "Skyltning och avstängning vid vägarbeten enligt TA-plan", "Gatuchef", "E", "E", "", "Resursbrist, kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Budgetöverskridande", "Investeringsprojekt följs upp mot beslutad budget", "Controller", "G", "G", "N", "", "GENOMFORD", "nej"),
            ("Uteblivna intäkter", "Arrendeavtal faktureras enligt avtal", "Mark- och exploateringsingenjör", "", "U", "", "Utgår – arrendena har överförts till kommunstyrelsen.", "UTGAR", ""),
            ("Felaktig redovisning", "Kontering av driftkostnader (stickprov)", "Controller", "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    R += 1
    for g, rows in groups:
        ws.cell(R, 1, g).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=R, start_column=1, end_row=R, end_column=8)
        ws.cell(R, 1).fill = PatternFill("solid", fgColor="EDEDED")
        R += 1
        for risk, km, ans, t1, de, av, kom, st, ea in rows:
            for i, v in enumerate([g, risk, km, ans, t1, de, av, kom], 1):
                c = ws.cell(R, i, v if v != "" else None); c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            E(fil, N, km, st, ea)
            R += 1
    R += 1
    ws.cell(R, 1, "Antal kontrollmoment: 9. Genomförda delår: 5.").font = Font(italic=True)
    ws.cell(R + 2, 1, "Upprättad av: Per Holmgren, controller, 2025-09-05")
    for col, w in zip("ABCDEFGH", [16, 22, 48, 22, 10, 11, 13, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    wb.save(os.path.join(OUT, fil))
    files_rows.append([fil, "INLAST", N, "2025", "DELAR"])

# =============== File 5: Stratsys-like export, two organisations, period rows ===============
def file_stratsys():
    fil = "Stratsys_export_IK_2025-09-05.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Export"
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "Stratsys"
    hdr = ["Organisation", "Plan", "Kontrollmoment", "Rapporteringsperiod", "Status", "Bedömning", "Kommentar", "Rapporterad av", "Senast ändrad"]
    ws.append(hdr)
    for c in ws[1]: c.font = Font(bold=True)
    TN, EN = "Tekniska nämnden", "Lövånger Energi AB"
    plan_tn = "Internkontrollplan 2025 Tekniska nämnden"; plan_en = "Internkontrollplan 2025 Lövånger Energi AB"
    # (org, plan, km, period, status, bedömning, kommentar, who, date)
    data = [
        (TN, plan_tn, "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "Tertial 1 2025", "Pågående", "", "Provtagning enligt plan.", "M. Nyström", "2025-05-06"),
        (TN, plan_tn, "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "Delår 2025", "Klar", "Inga avvikelser", "Samtliga prover utan anmärkning.", "M. Nyström", "2025-09-02"),
        (TN, plan_tn, "Rondering av avloppspumpstationer enligt schema", "Delår 2025", "Pågående", "Mindre avvikelser", "2 stationer ej ronderade i juli på grund av semester.", "J. Berg", "2025-09-01"),
        (TN, plan_tn, "Fordonsbokning och körjournaler i kommunens bilpool", "Tertial 1 2025", "Ej påbörjad", "", "", "L. Sandberg", "2025-05-02"),
        (TN, plan_tn, "Fordonsbokning och körjournaler i kommunens bilpool", "Delår 2025", "Klar", "Väsentliga avvikelser", "Körjournal saknas för 31 % av resorna. Digital körjournal införs.", "L. Sandberg", "2025-08-29"),
        (TN, plan_tn, "Avfallstaxa debiteras enligt rätt abonnemangskategori", "Delår 2025", "Ej påbörjad", "", "Kontrollen startar i oktober.", "A. Holm", "2025-08-28"),
        (TN, plan_tn, "Arbetsmiljörond i kostenhetens tillagningskök", "Delår 2025", "Klar", "Inga avvikelser", "", "S. Lund", "2025-06-17"),
        (TN, plan_tn, "Uppföljning av ramavtal för entreprenadmaskiner", "Delår 2025", "Ej rapporterad", "", "", "", ""),
        (EN, plan_en, "Mätaravläsning och fakturering av fjärrvärme", "Delår 2025", "Klar", "Inga avvikelser", "Stickprov 40 kunder.", "E. Viklund", "2025-08-30"),
        (EN, plan_en, "Behörighetsgranskning i driftövervakningssystemet (SCADA)", "Delår 2025", "Klar", "Mindre avvikelser", "Två gemensamma inloggningskonton identifierade, personliga konton skapade.", "R. Åström", "2025-08-21"),
        (EN, plan_en, "Efterlevnad av delegationsordning vid inköp", "Delår 2025", "Pågående", "Inga avvikelser", "Inga avvikelser hittills i granskade inköp.", "E. Viklund", "2025-09-03"),
        (EN, plan_en, "Kundreskontra – påminnelse och inkasso enligt rutin", "Delår 2025", "Utgår", "", "Hanteras av ekonomisamarbetet fr.o.m. 2025.", "E. Viklund", "2025-03-14"),
        (EN, plan_en, "Elsäkerhetskontroll av nätstationer", "Tertial 1 2025", "Klar", "Inga avvikelser", "Vårens kontroller klara.", "R. Åström", "2025-04-29"),
        (EN, plan_en, "Elsäkerhetskontroll av nätstationer", "Delår 2025", "Pågående", "", "Höstens kontrollomgång påbörjad.", "R. Åström", "2025-09-04"),
    ]
    for row in data: ws.append(list(row))
    exp = [
        (TN, "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "GENOMFORD", "nej"),
        (TN, "Rondering av avloppspumpstationer enligt schema", "DELVIS", "ja"),
        (TN, "Fordonsbokning och körjournaler i kommunens bilpool", "GENOMFORD", "ja"),
        (TN, "Avfallstaxa debiteras enligt rätt abonnemangskategori", "EJ_GENOMFORD", ""),
        (TN, "Arbetsmiljörond i kostenhetens tillagningskök", "GENOMFORD", "nej"),
        (TN, "Uppföljning av ramavtal för entreprenadmaskiner", "SAKNAS", ""),
        (EN, "Mätaravläsning och fakturering av fjärrvärme", "GENOMFORD", "nej"),
        (EN, "Behörighetsgranskning i driftövervakningssystemet (SCADA)", "GENOMFORD", "ja"),
        (EN, "Efterlevnad av delegationsordning vid inköp", "DELVIS", "nej"),
        (EN, "Kundreskontra – påminnelse och inkasso enligt rutin", "UTGAR", ""),
        (EN, "Elsäkerhetskontroll av nätstationer", "DELVIS", ""),
    ]
    for n, km, st, av in exp: E(fil, n, km, st, av)
    for col, w in zip("ABCDEFGHI", [22, 40, 55, 18, 14, 20, 55, 14, 13]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = "A1:I%d" % (len(data) + 1)
    wb.save(os.path.join(OUT, fil))
    files_rows.append([fil, "INLAST", TN, "2025", "DELAR"])
    files_rows.append([fil, "INLAST", EN, "2025", "DELAR"])

# =============== File 6: KFN .doc – nämnd only in print header, two-level tick header ===============
def file_kfn():
    fil = "KFN_IK_delar2025.doc"
    N = "Kultur- och fritidsnämnden"
    d = new_doc(landscape=True)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Kultur- och fritidsförvaltningen\tDnr KFN 2025/031\tSida"
    d.add_heading("Uppföljning internkontroll, delår 2025", level=1)
    d.add_paragraph("Kontrollerna har följts upp per 31 augusti 2025. Markera med X i tillämplig kolumn.")
    cols = 8
    t = d.add_table(rows=3, cols=cols); t.style = "Table Grid"
    tt = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
    set_text(tt, "Kontrollmoment enligt internkontrollplan 2025", bold=True, size=11); shade(tt, "FFF2CC")
    r1, r2 = t.rows[1].cells, t.rows[2].cells
    for idx, label in [(0, "Kontrollmoment"), (1, "Kontrollansvarig / metod"), (7, "Åtgärd / kommentar")]:
        m = r1[idx].merge(r2[idx]); set_text(m, label, bold=True); shade(m, "D9D9D9")
    g = r1[2].merge(r1[4]); set_text(g, "Genomförd?", bold=True); shade(g, "D9D9D9")
    a = r1[5].merge(r1[6]); set_text(a, "Avvikelse?", bold=True); shade(a, "D9D9D9")
    for i, l in zip(range(2, 7), ["Ja", "Nej", "Delvis", "Ja", "Nej"]):
        set_text(t.rows[2].cells[i], l, bold=True); shade(t.rows[2].cells[i], "D9D9D9")
    for r in t.rows[:3]: repeat_header(r)
    M = "Kontrollen utförs genom stickprov och genomgång av underlag tillsammans med verksamhetens enhetschef. "
    rows = [
        ("Kassahantering i simhallen – daglig avstämning av kassa mot kassarapport", "Badchef\n" + M, "X", "", "", "", "X", "Samtliga dagar i stickprovet avstämda.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt gällande riktlinjer", "Fritidskonsulent\n" + M, "X", "", "", "X", "", "Ett aktivitetsbidrag hade betalats ut utan komplett ansökan. Återkrav skickat.", "GENOMFORD", "ja"),
        ("Bokning och fakturering av idrottslokaler stäms av", "Bokningsansvarig\n" + M, "", "", "X", "", "X", "Avstämning gjord för januari–maj, sommaren återstår.", "DELVIS", "nej"),
        ("Inventering av kommunens konstsamling", "Kultursekreterare\n" + M, "", "X", "", "", "", "Skjuts till 2026 i samband med flytt av konstdepån.", "EJ_GENOMFORD", ""),
        ("Gallring av personuppgifter i bibliotekets lånesystem", "Bibliotekschef\n" + M, "X", "", "", "", "X", "", "GENOMFORD", "nej"),
        ("Säkerhetsgenomgång av motionsspår och kommunala badplatser", "Anläggningschef\n" + M, "X", "", "", "X", "", "Trasig livboj och saknad räddningsstege vid Storsandsbadet, åtgärdat före badsäsongen.", "GENOMFORD", "ja"),
        ("Ungdomsgårdens öppettider och bemanning enligt nämndens beslut", "Fritidsgårdsföreståndare\n" + M, "X", "X", "", "", "", "", "OKLAR", ""),
        ("Avgifter i kulturskolan debiteras enligt taxa", "Kulturskolechef\n" + M, "", "", "", "", "", "", "SAKNAS", ""),
    ]
    for r in rows:
        row = add_row(t, r[:8])
        for i in range(2, 7):
            for p in row.cells[i].paragraphs: p.alignment = 1
        E(fil, N, r[0], r[8], r[9])
    widths(t, [6.5, 5.5, 1.2, 1.2, 1.4, 1.2, 1.2, 7.0])
    d.add_paragraph()
    d.add_paragraph("Beslutad av förvaltningschef 2025-09-09. Redovisas för nämnden 2025-09-24.")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "KFN_IK_delar2025.docx")
        d.save(src)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round228",
                        "--convert-to", "doc", "--outdir", td, src], check=True, capture_output=True)
        shutil.copy(os.path.join(td, "KFN_IK_delar2025.doc"), os.path.join(OUT, fil))
    files_rows.append([fil, "INLAST", N, "2025", "DELAR"])

# =============== File 7: MBN – long table, merged title row, header NOT repeated ===============
def file_mbn():
    fil = "MBN_uppföljning_internkontroll_delår_2025.docx"
    N = "Miljö- och byggnadsnämnden"
    d = new_doc()
    d.add_paragraph("LÖVÅNGERS KOMMUN").runs[0].bold = True
    p = d.add_paragraph(); p.add_run("Nämnd: ").bold = True; p.add_run("Miljö- och byggnadsnämnden")
    p = d.add_paragraph(); p.add_run("År: ").bold = True; p.add_run("2025")
    p = d.add_paragraph(); p.add_run("Uppföljning: ").bold = True; p.add_run("Delår (t.o.m. augusti)")
    hdr = ["Rutin/process", "Kontrollmoment", "Risk", "Utfört", "Resultat", "Status"]
    t = d.add_table(rows=2, cols=6); t.style = "Table Grid"
    tt = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
    set_text(tt, "Uppföljning per 31 augusti 2025", bold=True, size=11); shade(tt, "C6E0B4")
    for c, h in zip(t.rows[1].cells, hdr):
        set_text(c, h, bold=True); shade(c, "E2EFDA")
    FILL = (" Granskningen har genomförts av nämndens internkontrollsamordnare tillsammans med berörd enhetschef. "
            "Underlag har hämtats ur ärendehanteringssystemet och jämförts med fastställda rutiner och "
            "delegationsordningen. Resultatet har kommunicerats till berörda handläggare vid arbetsplatsträff.")
    rows = [
        ("Livsmedelskontroll", "Planerade livsmedelskontroller genomförs enligt nämndens kontrollplan", "Hög", "2025-08-25",
         "78 % av de planerade kontrollerna t.o.m. augusti är genomförda, målet 90 % nås inte. Orsaken är sjukfrånvaro." + FILL, "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Livsmedelskontroll", "Debitering av årlig kontrollavgift", "Medel", "2025-04-10",
         "Samtliga registrerade anläggningar har debiterats. Inga avvikelser." + FILL, "Genomförd", "GENOMFORD", "nej"),
        ("Miljötillsyn", "Handläggningstid för anmälningsärenden (6 veckor)", "Medel", "Pågår",
         "Ärenden för januari–april granskade, maj–augusti återstår." + FILL, "Påbörjad", "DELVIS", ""),
        ("Miljötillsyn", "Jäv – handläggare med koppling till verksamhetsutövare", "Hög", "2025-06-02",
         "Genomgång av jävsdeklarationer, inga jävssituationer identifierade." + FILL, "Genomförd", "GENOMFORD", "nej"),
        ("Bygglov", "Startbesked ges först efter fastställd kontrollplan", "Hög", "2025-08-15",
         "I 2 av 20 ärenden saknades fastställd kontrollplan vid startbesked." + FILL, "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Bygglov", "Kungörelse av bygglovsbeslut i Post- och Inrikes Tidningar", "Låg", "2025-05-20",
         "Samtliga beslut i stickprovet korrekt kungjorda." + FILL, "Genomförd", "GENOMFORD", "nej"),
        ("Ekonomi", "Fakturering av beslutade sanktionsavgifter", "Medel", "–",
         "Inga sanktionsavgifter har beslutats under perioden.", "Ej aktuell", "UTGAR", ""),
        ("Dokumenthantering", "Gallring av ärenden enligt dokumenthanteringsplan", "Låg", "–",
         "Ej påbörjad på grund av byte av ärendehanteringssystem.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Delegation", "Anmälan av delegationsbeslut till nämnden", "Medel", "2025-08-28",
         "Samtliga delegationsbeslut har anmälts vid närmast följande sammanträde." + FILL, "Genomförd", "GENOMFORD", "nej"),
    ]
    for r in rows:
        add_row(t, r[:6]); E(fil, N, r[1], r[6], r[7])
    widths(t, [2.8, 4.2, 1.4, 2.2, 5.6, 2.6], avail=17.0)
    d.add_paragraph()
    d.add_paragraph("Miljö- och byggförvaltningen, Lena Sjöberg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    files_rows.append([fil, "INLAST", N, "2025", "DELAR"])

# =============== Reject: covering letter ===============
def file_missiv():
    fil = "Missiv delårsrapport intern kontroll 2025.docx"
    d = new_doc()
    d.add_paragraph("Lövångers kommun\nEkonomienheten\n2025-09-12")
    d.add_paragraph("Till: Kommunstyrelsens arbetsutskott")
    d.add_heading("Missiv – nämndernas uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph("Härmed överlämnas nämndernas och bolagens uppföljningar av internkontrollplanerna för perioden "
                    "januari–augusti 2025. Uppföljningar har inkommit från kommunstyrelsen, barn- och "
                    "utbildningsnämnden, socialnämnden, samhällsbyggnadsnämnden, tekniska nämnden, kultur- och "
                    "fritidsnämnden, miljö- och byggnadsnämnden samt Lövånger Energi AB. Överförmyndarnämnden och "
                    "valnämnden redovisar endast på helår.")
    d.add_paragraph("Ekonomienheten har inte granskat innehållet i uppföljningarna. En sammanställning med "
                    "kommunstyrelsens samlade bedömning lämnas i samband med årsredovisningen.")
    d.add_paragraph("Förslag till beslut: Arbetsutskottet föreslår kommunstyrelsen att lägga redovisningen till handlingarna.")
    d.add_paragraph("Jonas Eriksson\nEkonomichef")
    d.save(os.path.join(OUT, fil))
    files_rows.append([fil, "AVVISAD", "", "", ""])

def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Lövånger Energi AB", "LEAB|Lövångers Energi|Lövånger Energi"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(files_rows)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(exp_rows)

if __name__ == "__main__":
    file_ks(); file_bun(); file_sn(); file_sbn(); file_stratsys(); file_kfn(); file_mbn(); file_missiv()
    write_csvs()
    print(len(files_rows), "file rows;", len(exp_rows), "expected controls")
