#!/usr/bin/python3
"""Blind round r237 - Storfors stad, helår 2025: large nämnder with long plans."""
import csv, os, shutil, subprocess, random
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from openpyxl.worksheet.pagebreak import Break
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO = "file:///tmp/lo-round237"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

# ---------------------------------------------------------------------------
# control bank: process -> list of (kontrollmoment, metod, frekvens)
BANK = {
    "Ekonomi": [
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor per tertial", "Tertialvis"),
        ("Kontroll av att representation redovisas med syfte och deltagare", "Genomgång av samtliga representationsfakturor över 2 000 kr", "Halvår"),
        ("Avstämning av kundreskontra och uppföljning av obetalda kundfakturor", "Avstämning mot huvudbok", "Månadsvis"),
        ("Kontroll av att inköp med betalkort följer riktlinjen för betalkort", "Stickprov 15 transaktioner", "Tertialvis"),
        ("Periodisering av kostnader och intäkter vid bokslut", "Genomgång av upplupna poster > 50 tkr", "Vid bokslut"),
        ("Kontroll av att behörighetslistor för attest är aktuella", "Jämförelse attestförteckning mot Raindance", "Halvår"),
        ("Hantering av kontanter och handkassor", "Oanmäld kassainventering", "Två gånger/år"),
        ("Kontroll av förtroendekänsliga poster (resor, konferenser, gåvor)", "Stickprov 20 poster", "Helår"),
        ("Uppföljning av intäkter för uthyrning av lokaler", "Avstämning bokningssystem mot fakturering", "Tertialvis"),
        ("Kontroll av att investeringsprojekt redovisas mot beslutad budget", "Genomgång av projektredovisning", "Tertialvis"),
    ],
    "HR": [
        ("Kontroll av att registerutdrag inhämtas vid anställning i verksamhet med barn", "Stickprov 20 nyanställningar", "Halvår"),
        ("Kontroll av att lönetillägg och ersättningar är beslutade av behörig chef", "Stickprov i lönesystemet", "Tertialvis"),
        ("Rutin för avslut av anställning – återlämnande av nycklar, kort och behörigheter", "Stickprov 15 avslutade anställningar", "Halvår"),
        ("Kontroll av att semesterskuld och övertid följs upp", "Rapportuttag ur HR-systemet", "Tertialvis"),
        ("Uppföljning av att medarbetarsamtal och lönesamtal genomförts", "Enkät till chefer", "Helår"),
        ("Kontroll av att bisysslor anmäls och prövas", "Genomgång av inkomna bisyssleanmälningar", "Helår"),
        ("Rehabiliteringsärenden dokumenteras enligt rutin", "Stickprov 10 ärenden", "Halvår"),
        ("Systematiskt arbetsmiljöarbete – skyddsronder genomförs enligt plan", "Genomgång av skyddsrondsprotokoll", "Helår"),
        ("Kontroll av att timanställdas tidrapporter attesteras före löneutbetalning", "Stickprov 30 tidrapporter", "Tertialvis"),
    ],
    "Upphandling": [
        ("Kontroll av avtalstrohet vid inköp av förbrukningsmaterial", "Spendanalys mot avtalsdatabasen", "Halvår"),
        ("Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje", "Genomgång av samtliga direktupphandlingar", "Tertialvis"),
        ("Kontroll av att avtal registreras i avtalsdatabasen", "Stickprov 20 avtal", "Helår"),
        ("Uppföljning av leverantörers skatter och avgifter (F-skatt, registrering)", "Kontroll via Creditsafe", "Halvår"),
        ("Kontroll av att avtal förlängs eller upphandlas i tid", "Genomgång av avtal som löper ut inom 12 månader", "Halvår"),
        ("Jäv och otillbörlig påverkan vid upphandling – jävsdeklarationer finns", "Genomgång av upphandlingsakter", "Helår"),
        ("Uppföljning av ramavtalsleverantörers villkor (priser och leveranstider)", "Stickprov på fakturerade priser", "Helår"),
    ],
    "IT/Informationssäkerhet": [
        ("Behörigheter i verksamhetssystem tas bort när anställning upphör", "Jämförelse behörighetslista mot HR-systemet", "Halvår"),
        ("Loggkontroll av åtkomst till journaler/personakter", "Slumpvisa loggkontroller", "Månadsvis"),
        ("Registerförteckning enligt GDPR är uppdaterad", "Genomgång av registerförteckningen", "Helår"),
        ("Personuppgiftsincidenter rapporteras inom 72 timmar", "Genomgång av incidentrapporter", "Tertialvis"),
        ("Informationsklassning av verksamhetssystem är genomförd", "Genomgång med systemförvaltare", "Helår"),
        ("Säkerhetskopiering och återläsningstest av lokala system", "Test av återläsning", "Halvår"),
        ("Personuppgiftsbiträdesavtal finns för samtliga system med personuppgifter", "Genomgång av systemförteckning", "Helår"),
    ],
    "Dokumenthantering": [
        ("Diarieföring av inkommande handlingar sker utan dröjsmål", "Stickprov 30 handlingar", "Tertialvis"),
        ("Gallring sker enligt dokumenthanteringsplanen", "Genomgång med arkivredogörare", "Helår"),
        ("Delegationsbeslut anmäls till nämnden", "Jämförelse delegationslista mot protokoll", "Tertialvis"),
        ("Utlämnande av allmän handling sker skyndsamt", "Genomgång av begäranden", "Halvår"),
    ],
}

COMMENTS = {
    ("GENOMFORD", "nej"): [
        "Kontrollen genomförd utan anmärkning.",
        "Samtliga stickprov utan avvikelse.",
        "Genomgången visade att rutinen följs. Inga avvikelser.",
        "Kontroll utförd i oktober, inga brister noterade.",
        "Inga avvikelser konstaterade.",
        "Rutinen fungerar, alla granskade poster korrekta.",
    ],
    ("GENOMFORD", "ja"): [
        "3 av 25 stickprov avvek från rutinen. Berörda chefer har informerats och utbildning hålls i februari.",
        "Brister i dokumentationen i 4 ärenden. Rutinen har förtydligats.",
        "Avvikelse i två fall, åtgärdat under december.",
        "Kontrollen visade att underlag saknades i 6 fall. Handlingsplan upprättad.",
        "Avvikelser konstaterade i 2 av 15 poster, återrapporteras till nämnden i mars 2026.",
    ],
    ("DELVIS", "nej"): [
        "Halva urvalet granskat, inga avvikelser hittills. Resterande granskas i januari 2026.",
        "Kontrollen pågår, inga avvikelser noterade hittills. Slutförs under första kvartalet 2026.",
        "Genomförd på två av fyra enheter, utan anmärkning.",
    ],
    ("DELVIS", "ja"): [
        "Delvis genomförd. Brister noterade i de granskade ärendena, fortsatt granskning 2026.",
        "Påbörjad; de första stickproven visar avvikelser i dokumentationen.",
    ],
    ("EJ_GENOMFORD", ""): [
        "Ej genomförd på grund av vakans på ekonomfunktionen. Flyttas till plan 2026.",
        "Har inte hunnits med under året. Tas med i internkontrollplan 2026.",
        "Ej påbörjad – systembyte har försenat kontrollen.",
    ],
    ("UTGAR", ""): [
        "Utgår enligt nämndens beslut 2025-05-21 § 74.",
        "Ej aktuell 2025 – rutinen ersatt av central kontroll.",
    ],
}


RESP = {
    "Ekonomi": ["Ekonomichef", "Controller", "Redovisningsekonom", "Administrativ chef"],
    "HR": ["HR-chef", "HR-konsult", "Lönehandläggare", "Avdelningschef"],
    "Upphandling": ["Upphandlare", "Inköpssamordnare", "Administrativ chef"],
    "Verksamhet": ["Verksamhetschef", "Avdelningschef", "Enhetschef", "Kvalitetsutvecklare"],
    "IT/Informationssäkerhet": ["Informationssäkerhetssamordnare", "Systemförvaltare", "Dataskyddsombud"],
    "Dokumenthantering": ["Registrator", "Arkivredogörare", "Nämndsekreterare"],
}


def comment_for(status, avv, i):
    key = (status, avv) if (status, avv) in COMMENTS else (status, "")
    pool = COMMENTS.get(key, [""])
    return pool[i % len(pool)]


def build_controls(seed, processes, nper, overrides=None, extra=None):
    """Return list of dict(process, km, metod, frekvens, ansvarig, status, avv, comment)."""
    rnd = random.Random(seed)
    people = ["Ekonomichef", "Controller", "HR-chef", "HR-konsult", "Upphandlare", "Verksamhetschef",
              "Informationssäkerhetssamordnare", "Registrator", "Avdelningschef", "Förvaltningsjurist",
              "Systemförvaltare", "Enhetschef"]
    out = []
    for p, n in zip(processes, nper):
        items = list(BANK.get(p, []))
        if extra and p in extra:
            items = extra[p] + items
        rnd.shuffle(items) if not (extra and p in extra) else None
        for km, metod, frekv in items[:n]:
            r = rnd.random()
            if r < 0.55:
                st, avv = "GENOMFORD", "nej"
            elif r < 0.72:
                st, avv = "GENOMFORD", "ja"
            elif r < 0.84:
                st, avv = "DELVIS", rnd.choice(["nej", "ja"])
            elif r < 0.95:
                st, avv = "EJ_GENOMFORD", ""
            else:
                st, avv = "UTGAR", ""
            out.append(dict(process=p, km=km, metod=metod, frekvens=frekv,
                            ansvarig=rnd.choice(RESP.get(p, people)), status=st, avv=avv,
                            comment=comment_for(st, avv, len(out))))
    if overrides:
        for idx, upd in overrides.items():
            out[idx].update(upd)
    return out


def add_expected(fil, namnd, ctrls):
    for c in ctrls:
        EXPECTED.append((fil, namnd, c["km"], c.get("exp_status", c["status"]), c.get("exp_avv", c["avv"])))


def soffice(fmt, path, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO}", "--convert-to", fmt,
                    "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

STATUS_WORD = {"GENOMFORD": "Genomförd", "DELVIS": "Delvis genomförd", "EJ_GENOMFORD": "Ej genomförd",
               "UTGAR": "Utgår", "SAKNAS": "", "OKLAR": ""}

# ===========================================================================
# 1. Socialnämnden – xlsx, process groups, T2 + Helår columns, summary block,
#    repeated header at page breaks, subtotal rows
def file_sn():
    fil = "SN_IK-uppfoljning_helar_2025.xlsx"
    extra = {"Verksamhet": [
        ("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Stickprov 20 akter", "Tertialvis"),
        ("Orosanmälningar förhandsbedöms inom 14 dagar", "Uttag ur Treserva och stickprov", "Tertialvis"),
        ("Uppföljning av placeringar HVB – vårdplan och genomförandeplan finns", "Aktgranskning 10 ärenden", "Halvår"),
        ("Utredningstid barnavårdsutredningar inom 4 månader", "Statistikuttag", "Tertialvis"),
        ("Återsökning av statlig ersättning för ensamkommande och flyktingar", "Avstämning mot Migrationsverkets beslut", "Halvår"),
        ("Kontroll av att utbetalningar av ekonomiskt bistånd sker till rätt mottagare", "Stickprov 30 utbetalningar", "Tertialvis"),
        ("Lex Sarah-rapporter utreds och anmäls till IVO vid behov", "Genomgång av samtliga rapporter", "Helår"),
        ("Avgifter för familjehemsvård och kontaktfamilj debiteras korrekt", "Stickprov 15 ärenden", "Halvår"),
    ]}
    procs = ["Ekonomi", "HR", "Upphandling", "Verksamhet", "IT/Informationssäkerhet"]
    ctrls = build_controls(237_1, procs, [7, 6, 5, 8, 6], extra=extra)
    # tricky: T2 value only (helår blank) -> latest with value
    for c in ctrls:
        c["t2"] = {"GENOMFORD": "Genomförd", "DELVIS": "Pågår", "EJ_GENOMFORD": "Ej påbörjad",
                   "UTGAR": "Utgår"}[c["status"]] if c["frekvens"] in ("Tertialvis", "Månadsvis") else ""
        c["hel"] = STATUS_WORD[c["status"]]
        if c["status"] == "GENOMFORD" and c["avv"] == "ja":
            c["hel"] = "Genomförd med avvikelse"
    # row 3: helår blank, T2 "Pågår", no comment -> DELVIS (latest period with value)
    ctrls[3].update(t2="Pågår", hel="", comment="", status="DELVIS", avv="")
    # row 9: T2 "Ej påbörjad", helår "Genomförd" -> GENOMFORD
    ctrls[9].update(t2="Ej påbörjad", hel="Genomförd", status="GENOMFORD", avv="nej",
                    comment="Kontrollen genomfördes i november. Inga avvikelser.")
    # row 15: helår blank, comment says clearly done with deviation
    ctrls[15].update(t2="", hel="", status="GENOMFORD", avv="ja",
                     comment="Granskningen slutförd i december. 2 av 18 avtal hade löpt ut utan att ny upphandling påbörjats – återrapporterat till upphandlingsenheten.")
    # row 20: nothing reported
    ctrls[20].update(t2="", hel="", status="SAKNAS", avv="", comment="")
    # row 27: "Se bilaga" only
    ctrls[27].update(t2="", hel="", status="OKLAR", avv="", comment="Se bilaga 4")
    # row 30: Avbruten genom beslut
    ctrls[30].update(hel="Avbruten", status="UTGAR", avv="",
                     comment="Avbruten genom beslut i SN 2025-09-17 § 131, kontrollen flyttas till Kommunstyrelsens plan.")

    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning helår"
    ws.append(["Socialnämnden – Uppföljning av internkontrollplan 2025"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Socialförvaltningen, Storfors stad. Rapport avser helår (T3) 2025. Beslutad i SN 2026-01-28."])
    ws.append([])
    n = len(ctrls)
    def done(c): return c["status"] == "GENOMFORD"
    ng = sum(done(c) for c in ctrls); nd = sum(c["status"] == "DELVIS" for c in ctrls)
    ne = sum(c["status"] == "EJ_GENOMFORD" for c in ctrls); nu = sum(c["status"] == "UTGAR" for c in ctrls)
    ws.append([f"Sammanfattning: {n} kontroller, {ng} genomförda, {nd} delvis genomförda/pågående, "
               f"{ne} ej genomförda, {nu} utgår. Övriga saknar rapportering eller redovisas i bilaga."])
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=8)
    ws["A4"].alignment = WRAP; ws.row_dimensions[4].height = 32
    ws["A4"].fill = PatternFill("solid", fgColor="DDEBF7")
    ws.append([])
    header = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status T2", "Status helår",
              "Kommentar / avvikelse / åtgärd"]
    def put_header():
        ws.append(header)
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True, color="FFFFFF"); cell.fill = PatternFill("solid", fgColor="1F4E78")
            cell.border = BORDER; cell.alignment = WRAP
    put_header()
    ws.print_title_rows = f"{ws.max_row}:{ws.max_row}"
    rows_on_page = 0
    nr = 0
    for p in procs:
        group = [c for c in ctrls if c["process"] == p]
        ws.append([f"Process: {p}"]); r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9D9D9")
        for c in group:
            nr += 1
            if rows_on_page >= 15:   # manual page break + repeated header
                ws.row_breaks.append(Break(id=ws.max_row))
                put_header(); rows_on_page = 0
            ws.append([f"{nr}", c["km"], c["metod"], c["frekvens"], c["ansvarig"], c["t2"], c["hel"], c["comment"]])
            for cell in ws[ws.max_row]:
                cell.border = BORDER; cell.alignment = WRAP
            rows_on_page += 1
        gdone = sum(done(c) for c in group)
        ws.append(["", f"Antal kontroller: {len(group)}, varav genomförda {gdone}"])
        ws.cell(ws.max_row, 2).font = Font(italic=True)
    ws.append([])
    ws.append(["Upprättad av: Lena Bergqvist, controller", "", "", "", "Datum: 2026-01-12"])
    for col, w in zip("ABCDEFGH", [5, 52, 32, 12, 18, 14, 22, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))
    add_expected(fil, "Socialnämnden", ctrls)


# ===========================================================================
# helpers for docx
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol); tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ===========================================================================
# 2. Utbildningsnämnden – docx, ONE long table spanning pages, traffic-light fills
def file_un():
    fil = "Utbildningsnamnden_uppfoljning_IKP_2025_helar.docx"
    extra = {"Verksamhet": [
        ("Kontroll av att elevers frånvaro följs upp och anmäls till huvudman", "Uttag ur Skola24, stickprov 5 skolor", "Tertialvis"),
        ("Anmälan om kränkande behandling utreds skyndsamt", "Genomgång av samtliga anmälningar", "Tertialvis"),
        ("Beslut om tilläggsbelopp fattas enligt delegationsordningen", "Stickprov 10 beslut", "Halvår"),
        ("Skolskjuts – beslut och fakturering stäms av mot transportörens underlag", "Avstämning", "Halvår"),
        ("Debitering av barnomsorgsavgifter (maxtaxa) är korrekt", "Stickprov 25 fakturor", "Tertialvis"),
        ("Interkommunal ersättning faktureras och betalas korrekt", "Avstämning mot elevregister", "Halvår"),
        ("Rektors delegationsbeslut dokumenteras och anmäls", "Genomgång av delegationslistor", "Tertialvis"),
        ("Skolpliktsbevakning – elever utan skolplacering följs upp", "Avstämning folkbokföring mot elevregister", "Halvår"),
        ("Betygsdokumentation och betygskataloger arkiveras enligt plan", "Kontroll på 6 skolor", "Helår"),
    ]}
    procs = ["Ekonomi", "HR", "Upphandling", "Verksamhet", "IT/Informationssäkerhet", "Dokumenthantering"]
    ctrls = build_controls(237_2, procs, [7, 6, 5, 9, 5, 3], extra=extra)
    FILL = {"GENOMFORD": "00B050", "DELVIS": "FFC000", "EJ_GENOMFORD": "FF0000", "UTGAR": "A6A6A6"}
    for c in ctrls:
        c["fill"] = FILL.get(c["status"]); c["text"] = ""
    # tricky rows
    ctrls[5].update(fill=None, text="", comment="Se bilaga 2 – Granskning av attestförteckningar", status="OKLAR", avv="")
    ctrls[12].update(fill=None, text="", comment="", status="SAKNAS", avv="")
    ctrls[18].update(fill="00B050", comment="Kontrollen genomförd i samtliga 11 skolor. Två skolor hade inte anmält upprepad frånvaro till huvudman i tid – påminnelse skickad.",
                     status="GENOMFORD", avv="ja")
    ctrls[22].update(fill="FFC000", text="Pågår", comment="Genomförd för förskolan, fritidshemmen kvarstår. Inga fel hittills.", status="DELVIS", avv="nej")
    ctrls[27].update(fill=None, comment="Ej genomförd. Kontrollen flyttas till 2026 p.g.a. vakans som dataskyddsombud.",
                     status="EJ_GENOMFORD", avv="")
    ctrls[33].update(fill="A6A6A6", text="", comment="Utgår – ersätts av digital delegationsanmälan i ärendesystemet.", status="UTGAR", avv="")

    doc = docx.Document(); landscape(doc)
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(9.5)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    p = doc.add_paragraph(); p.add_run("Utbildningsnämnden").bold = True
    p.add_run("\nUtbildningsförvaltningen, Storfors stad\nDiarienummer UN 2025/0412\nÄrende till nämndens sammanträde 2026-02-10")
    doc.add_heading("Sammanfattning", level=2)
    ng = sum(c["status"] == "GENOMFORD" for c in ctrls)
    doc.add_paragraph(
        f"Utbildningsnämndens internkontrollplan för 2025 omfattade {len(ctrls)} kontrollmoment fördelade på sex processer. "
        f"Vid årets slut har {ng} kontroller genomförts. Förvaltningen bedömer att den interna kontrollen i huvudsak varit "
        "tillräcklig. De kontroller som inte har kunnat genomföras föreslås ingå i 2026 års plan.")
    doc.add_heading("Teckenförklaring", level=2)
    leg = doc.add_table(rows=4, cols=2); leg.style = "Table Grid"
    for i, (col, txt) in enumerate([("00B050", "Genomförd"), ("FFC000", "Delvis genomförd / pågår"),
                                    ("FF0000", "Ej genomförd"), ("A6A6A6", "Utgår")]):
        shade(leg.cell(i, 0), col); leg.cell(i, 1).text = txt
        leg.cell(i, 0).width = Cm(1.2)
    doc.add_paragraph()
    doc.add_heading("Redovisning per kontrollmoment", level=2)
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod / omfattning", "Ansvarig", "Status", "Resultat och kommentar"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "BDD7EE")
    repeat_header(t.rows[0])
    nr = 0
    for pname in procs:
        row = t.add_row(); m = row.cells[0].merge(row.cells[6]); m.text = pname.upper()
        m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")
        first = True
        for c in [c for c in ctrls if c["process"] == pname]:
            nr += 1
            r = t.add_row().cells
            r[0].text = f"{nr}"; r[1].text = pname if first else ""; first = False
            r[2].text = c["km"]; r[3].text = f"{c['metod']}\n({c['frekvens']})"; r[4].text = c["ansvarig"]
            r[5].text = c["text"]
            if c["fill"]:
                shade(r[5], c["fill"])
            r[6].text = c["comment"]
    doc.add_paragraph()
    doc.add_paragraph("Beslutsunderlaget har upprättats av Anders Nyström, utvecklingsstrateg, och Maria Ek, förvaltningschef.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Utbildningsnämnden", "2025", "HELAR"))
    add_expected(fil, "Utbildningsnämnden", ctrls)


# ===========================================================================
# 3. Äldrenämnden – docx, a separate table per process
def file_an():
    fil = "Aldrenamnden_IK_2025_arsuppfoljning.docx"
    extra = {"Verksamhet": [
        ("Biståndsbeslut inom hemtjänst verkställs inom tre månader", "Uttag ur verksamhetssystemet", "Tertialvis"),
        ("Genomförandeplaner upprättas inom 14 dagar efter ny insats", "Stickprov 20 brukare", "Halvår"),
        ("Avvikelser enligt HSL och SoL rapporteras och åtgärdas", "Genomgång av avvikelsesystemet", "Tertialvis"),
        ("Läkemedelshantering på särskilda boenden följer rutin", "Egenkontroll med apotekare", "Helår"),
        ("Avgifter för hemtjänst och särskilt boende debiteras enligt beslut", "Stickprov 25 avgiftsbeslut", "Halvår"),
        ("Fakturor från privata utförare i LOV stäms av mot utförd tid", "Avstämning mot TES-data", "Månadsvis"),
        ("Hantering av brukares privata medel på boenden", "Kassagenomgång på 4 boenden", "Halvår"),
    ]}
    procs = ["Ekonomi", "HR", "Upphandling", "Verksamhet", "IT/Informationssäkerhet"]
    ctrls = build_controls(237_3, procs, [6, 5, 4, 7, 5], extra=extra)
    words = {"GENOMFORD": "Genomförd", "DELVIS": "Delvis genomförd", "EJ_GENOMFORD": "Ej genomförd", "UTGAR": "Utgår"}
    for c in ctrls:
        c["word"] = words.get(c["status"], "")
        if c["status"] == "GENOMFORD" and c["avv"] == "ja":
            c["word"] = "Genomförd med anmärkning"
    ctrls[2].update(word="Ej aktuell", comment="Kundreskontran hanteras centralt av Stadsledningskontoret sedan 2025.", status="UTGAR", avv="")
    ctrls[10].update(word="", comment="Kontroll ej genomförd under året, prioriteras 2026.", status="EJ_GENOMFORD", avv="")
    ctrls[16].update(word="Påbörjad", comment="Stickprov i två av fyra hemtjänstområden klart, inga avvikelser.", status="DELVIS", avv="nej")
    ctrls[20].update(word="Genomförd", comment="", status="GENOMFORD", avv="")
    ctrls[24].update(word="Genomförd / Ej genomförd", comment="Se separat rapport.", status="OKLAR", avv="")

    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9)
    doc.add_paragraph("STORFORS STAD\nÄldreförvaltningen").runs[0].bold = True
    doc.add_heading("Årsuppföljning internkontroll 2025", level=1)
    doc.add_paragraph("Till: Äldrenämnden\nHandläggare: Petra Lind, kvalitetsstrateg\nDatum: 2026-01-20")
    doc.add_paragraph(
        "Nedan redovisas resultatet av de kontroller som ingick i nämndens internkontrollplan för 2025. "
        "Redovisningen sker per process. Status anges som Genomförd, Genomförd med anmärkning, Delvis genomförd, "
        "Ej genomförd eller Utgår/Ej aktuell.")
    nr = 0
    for pname in procs:
        doc.add_heading(f"Process: {pname}", level=2)
        group = [c for c in ctrls if c["process"] == pname]
        t = doc.add_table(rows=1, cols=5); t.style = "Light Grid Accent 1"
        for i, h in enumerate(["Id", "Kontrollmoment", "Kontrollansvarig", "Status helår", "Resultat / åtgärd"]):
            t.rows[0].cells[i].text = h
        repeat_header(t.rows[0])
        for c in group:
            nr += 1
            r = t.add_row().cells
            r[0].text = f"{pname[:2].upper()}{nr:02d}"; r[1].text = c["km"]; r[2].text = c["ansvarig"]
            r[3].text = c["word"]; r[4].text = c["comment"]
        gd = sum(c["status"] == "GENOMFORD" for c in group)
        doc.add_paragraph(f"Antal kontroller: {len(group)}, varav genomförda {gd}").runs[0].italic = True
    doc.add_heading("Bedömning", level=2)
    doc.add_paragraph("Förvaltningen bedömer att den interna kontrollen har varit tillräcklig under 2025.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Äldrenämnden", "2025", "HELAR"))
    add_expected(fil, "Äldrenämnden", ctrls)


# ===========================================================================
# 4. CSV export (Stratsys-like), 40 rows, two nämnder
def file_csv():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    extra_sbn = {"Verksamhet": [
        ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Statistikuttag ur Castor", "Tertialvis"),
        ("Bygglovsavgifter debiteras enligt taxa", "Stickprov 20 beslut", "Halvår"),
        ("Tillsynsärenden enligt PBL följs upp", "Genomgång av ärendelista", "Halvår"),
        ("Lantmäteriförrättningar faktureras korrekt", "Avstämning mot förrättningsregister", "Halvår"),
        ("Exploateringsavtal följs upp mot beslutade villkor", "Genomgång av exploateringsavtal", "Helår"),
    ]}
    extra_tn = {"Verksamhet": [
        ("Kontroll av att VA-taxan tillämpas korrekt vid anslutning", "Stickprov 15 anslutningar", "Halvår"),
        ("Felanmälningar gata/park åtgärdas inom utlovad tid", "Uttag ur felanmälningssystemet", "Tertialvis"),
        ("Entreprenörers egenkontroller vid vinterväghållning", "Stickprov i körjournaler", "Tertialvis"),
        ("Drivmedelskort används enligt riktlinje", "Stickprov 20 transaktioner", "Halvår"),
        ("Uppföljning av avfallstaxa – rätt abonnemang debiteras", "Avstämning kundregister mot hämtningsdata", "Halvår"),
    ]}
    sbn = build_controls(237_41, ["Ekonomi", "HR", "Upphandling", "Verksamhet", "Dokumenthantering", "IT/Informationssäkerhet"],
                         [5, 3, 4, 5, 3, 2], extra=extra_sbn)
    tn = build_controls(237_42, ["Ekonomi", "HR", "Upphandling", "Verksamhet", "IT/Informationssäkerhet"],
                        [4, 3, 4, 5, 2], extra=extra_tn)
    assert len(sbn) + len(tn) == 40, (len(sbn), len(tn))
    code = {"GENOMFORD": "Genomförd", "DELVIS": "Pågående", "EJ_GENOMFORD": "Ej påbörjad", "UTGAR": "Avslutad - ej aktuell"}
    for lst in (sbn, tn):
        for c in lst:
            c["code"] = code.get(c["status"], "")
            c["avvcol"] = {"ja": "Ja", "nej": "Nej"}.get(c["avv"], "")
    sbn[4].update(code="", avvcol="", comment="", status="SAKNAS", avv="")
    sbn[9].update(code="Genomförd", avvcol="Ja",
                  comment="Spendanalys jan–okt.\nI 3 fall hade inköp gjorts utanför avtal.\nBeställarna har informerats.",
                  status="GENOMFORD", avv="ja")
    tn[6].update(code="Pågående", avvcol="", comment="Påbörjad i november, fortsätter 2026.", status="DELVIS", avv="")
    tn[12].update(code="Ej påbörjad", avvcol="", comment="Ej påbörjad – nytt felanmälningssystem införs 2026, kontrollen flyttas dit.",
                  status="EJ_GENOMFORD", avv="")
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Id", "Organisation", "Förvaltning", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
                    "Period", "Status", "Avvikelse", "Kommentar", "Senast ändrad"])
        i = 1000
        for org, forv, lst in (("Stadsbyggnadsnämnden", "Stadsbyggnadskontoret", sbn),
                               ("Tekniska nämnden", "Tekniska förvaltningen", tn)):
            for c in lst:
                i += 7
                w.writerow([f"IK-{i}", org, forv, c["process"], c["km"], c["ansvarig"], c["frekvens"], "2025 Helår",
                            c["code"], c["avvcol"], c["comment"], f"2026-01-{(i % 20) + 5:02d} 14:{i % 60:02d}"])
    FILES.append((fil, "INLAST", "Stadsbyggnadsnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    add_expected(fil, "Stadsbyggnadsnämnden", sbn)
    add_expected(fil, "Tekniska nämnden", tn)


# ===========================================================================
# 5. Kommunstyrelsen – xlsx, traffic-light fills only, summary at top, subtotals,
#    vertically merged process column, repeated header rows
def file_ks():
    fil = "KS_internkontroll_helar2025.xlsx"
    extra = {"Verksamhet": [
        ("Beslut i Kommunstyrelsen verkställs och återrapporteras", "Genomgång av beslutsuppföljningslistan", "Tertialvis"),
        ("Partistöd betalas ut enligt reglemente och redovisning inkommer", "Kontroll av samtliga redovisningar", "Helår"),
        ("Föreningsbidrag från KS följs upp mot ansökan", "Stickprov 10 bidrag", "Helår"),
        ("Krisberedskap – risk- och sårbarhetsanalys uppdateras", "Genomgång av RSA", "Helår"),
        ("Lönesamordning – löneutbetalningar till förtroendevalda är korrekta", "Stickprov 20 arvoden", "Tertialvis"),
        ("Nämndernas budgetuppföljning rapporteras enligt tidplan", "Kontroll mot tidplan", "Tertialvis"),
        ("Borgensåtaganden och borgensavgifter följs upp", "Genomgång av borgensregistret", "Helår"),
        ("Finansverksamheten följer finanspolicyn (räntebindning, motparter)", "Avstämning mot policyns limiter", "Tertialvis"),
    ]}
    procs = ["Ekonomi", "HR", "Upphandling", "Verksamhet", "IT/Informationssäkerhet", "Dokumenthantering"]
    ctrls = build_controls(237_5, procs, [9, 7, 6, 8, 6, 4], extra=extra)
    FILL = {"GENOMFORD": "92D050", "DELVIS": "FFFF00", "EJ_GENOMFORD": "FF0000", "UTGAR": "BFBFBF"}
    for c in ctrls:
        c["fill"] = FILL.get(c["status"]); c["sym"] = ""
        c["avvcol"] = {"ja": "Ja", "nej": "Nej"}.get(c["avv"], "")
    ctrls[7].update(fill=None, avvcol="", comment="", status="SAKNAS", avv="")
    ctrls[14].update(fill="FFFF00", avvcol="Ja",
                     comment="Genomgång påbörjad. För flera nyanställda saknades dokumenterat registerutdrag; arbetet fortsätter 2026.", status="DELVIS", avv="ja")
    ctrls[25].update(fill=None, avvcol="Nej", comment="Klar. RSA uppdaterad och antagen i KS 2025-11-12.",
                     status="GENOMFORD", avv="nej")
    ctrls[31].update(fill="BFBFBF", avvcol="", comment="Utgår, genomförs i stället i stadens gemensamma informationssäkerhetsprojekt.",
                     status="UTGAR", avv="")
    ctrls[36].update(fill="92D050", avvcol="", comment="Se bilaga 1", status="GENOMFORD", avv="")

    wb = Workbook(); ws = wb.active; ws.title = "IK-plan 2025"
    ws.oddHeader.center.text = "Kommunstyrelsen – Stadsledningskontoret"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning helår"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"; ws["A3"] = "Ansvarig förvaltning: Stadsledningskontoret (SLK)"
    n = len(ctrls)
    cnt = {k: sum(c["status"] == k for c in ctrls) for k in FILL}
    ws["A5"] = (f"Sammanfattning: {n} kontroller, {cnt['GENOMFORD']} genomförda, {cnt['DELVIS']} delvis genomförda, "
                f"{cnt['EJ_GENOMFORD']} ej genomförda, {cnt['UTGAR']} utgår.")
    ws["A5"].font = Font(bold=True)
    # legend at top right
    ws["G1"] = "Färgkod status"; ws["G1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("92D050", "Genomförd"), ("FFFF00", "Delvis genomförd / pågår"),
                                    ("FF0000", "Ej genomförd"), ("BFBFBF", "Utgår")]):
        ws.cell(2 + i, 7).fill = PatternFill("solid", fgColor=col); ws.cell(2 + i, 8, txt)
    header = ["Process", "Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status", "Avvikelse (Ja/Nej)",
              "Kommentar helår"]
    def put_header():
        ws.append(header)
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True); cell.fill = PatternFill("solid", fgColor="B4C6E7"); cell.border = BORDER
            cell.alignment = WRAP
    ws.append([])
    put_header(); ws.print_title_rows = f"{ws.max_row}:{ws.max_row}"
    nr = 0; on_page = 0
    for pname in procs:
        group = [c for c in ctrls if c["process"] == pname]
        if on_page + len(group) > 20:
            ws.row_breaks.append(Break(id=ws.max_row)); put_header(); on_page = 0
        start = ws.max_row + 1
        for c in group:
            nr += 1
            ws.append([pname if c is group[0] else None, f"{pname[:3].upper()}.{nr}", c["km"], c["metod"], c["frekvens"],
                       c["ansvarig"], c["sym"], c["avvcol"], c["comment"]])
            rr = ws.max_row
            for cell in ws[rr]:
                cell.border = BORDER; cell.alignment = WRAP
            if c["fill"]:
                ws.cell(rr, 7).fill = PatternFill("solid", fgColor=c["fill"])
            on_page += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=ws.max_row, end_column=1)
        gd = sum(c["status"] == "GENOMFORD" for c in group)
        ws.append(["", "", f"Antal kontroller: {len(group)}, varav genomförda {gd}"])
        ws.cell(ws.max_row, 3).font = Font(italic=True, bold=True)
        on_page += 1
    ws.append([]); ws.append(["", "", "Godkänd av kommundirektör Håkan Sjöberg 2026-01-30"])
    for col, w in zip("ABCDEFGHI", [16, 8, 50, 30, 12, 20, 9, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    add_expected(fil, "Kommunstyrelsen", ctrls)
    return fil


# ===========================================================================
# 6. Kultur- och fritidsnämnden – small ods, tick columns
def file_kfn():
    fil = "KFN uppföljning intern kontroll 2025.ods"
    rows = [
        ("Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsregler", "Föreningskonsulent", "X", "", "", "10 bidrag granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kassahantering i simhallen och på Storfors konsthall", "Anläggningschef", "X", "", "", "Differens 350 kr i simhallens kassa i maj, utrett och rutinen skärpt.", "GENOMFORD", "ja"),
        ("Bokning och fakturering av idrottshallar stäms av", "Bokningsansvarig", "", "X", "", "Avstämning gjord för vårterminen, höstterminen återstår.", "DELVIS", "nej"),
        ("Utlån och inventering av bibliotekets medier", "Bibliotekschef", "X", "", "", "Inventering genomförd i september.", "GENOMFORD", "nej"),
        ("Registerutdrag för ledare i fritidsgårdsverksamhet", "Fritidschef", "", "", "X", "Ej genomförd, görs våren 2026.", "EJ_GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Controller", "X", "", "", "", "GENOMFORD", ""),
        ("Konstinventering – stadens konstsamling", "Konstintendent", "X", "", "X", "Delar av samlingen ej återfunnen, se text.", "OKLAR", ""),
        ("Avtal med externa arrangörer är undertecknade före evenemang", "Evenemangssamordnare", "", "", "", "", "SAKNAS", ""),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Helår 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av intern kontroll – helår 2025"
    ws.append([])
    ws.append(["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append(list(r[:6]))
    ws.append([]); ws.append(["Markera med X i den kolumn som stämmer."])
    for col, w in zip("ABCDEF", [60, 22, 11, 9, 13, 55]):
        ws.column_dimensions[col].width = w
    tmp = "/tmp/r237_kfn"; os.makedirs(tmp, exist_ok=True)
    x = os.path.join(tmp, "kfn.xlsx"); wb.save(x)
    soffice("ods", x, tmp)
    shutil.copy(os.path.join(tmp, "kfn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))
    for r in rows:
        EXPECTED.append((fil, "Kultur- och fritidsnämnden", r[0], r[6], r[7]))


# ===========================================================================
# 7. Miljö- och hälsoskyddsnämnden – small xls (xlwt)
def file_mhn():
    fil = "MHN_IKP_2025_helar.xls"
    rows = [
        ("Tillsynsavgifter debiteras enligt fastställd taxa", "Ja", "Stickprov 15 beslut – alla korrekta.", "GENOMFORD", "nej"),
        ("Livsmedelskontroller genomförs enligt kontrollplan", "Delvis", "82 % av planerade kontroller utförda.", "DELVIS", ""),
        ("Delegationsbeslut anmäls till nämnden", "Ja", "Två beslut anmäldes för sent (mars). Rutin förtydligad.", "GENOMFORD", "ja"),
        ("Handläggningstid för klagomålsärenden", "Nej", "Inte genomförd p.g.a. sjukskrivningar.", "EJ_GENOMFORD", ""),
        ("Jäv vid inspektioner – jävsbedömning dokumenteras", "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Registrering av nya livsmedelsanläggningar inom 2 veckor", "Utgår", "Ingår i Länsstyrelsens revision 2025.", "UTGAR", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Helår 2025")
    bold = xlwt.easyxf("font: bold on")
    ws.write(0, 0, "Miljö- och hälsoskyddsnämnden – internkontroll 2025, årsuppföljning", xlwt.easyxf("font: bold on, height 260"))
    ws.write(1, 0, "Miljöförvaltningen")
    for i, h in enumerate(["Kontrollmoment", "Utförd (Ja/Nej/Delvis)", "Kommentar"]):
        ws.write(3, i, h, bold)
    for j, r in enumerate(rows):
        ws.write(4 + j, 0, r[0]); ws.write(4 + j, 1, r[1]); ws.write(4 + j, 2, r[2])
    ws.col(0).width = 256 * 60; ws.col(1).width = 256 * 22; ws.col(2).width = 256 * 55
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Miljö- och hälsoskyddsnämnden", "2025", "HELAR"))
    for r in rows:
        EXPECTED.append((fil, "Miljö- och hälsoskyddsnämnden", r[0], r[3], r[4]))


# ===========================================================================
# 8. Rejected: Office lock file of the KS workbook
def file_lock(ks_fil):
    fil = "~$" + ks_fil
    owner = "Håkan Sjöberg"
    data = bytes([len(owner)]) + owner.encode("latin-1").ljust(53, b" ") + b"\x00" * 2
    data += (owner.ljust(54)).encode("utf-16-le") + b"\x00" * 6
    data = data[:165]
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Stadsledningskontoret|SLK"),
            ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
            ("Utbildningsnämnden", "UN|Utbildningsförvaltningen|UBF"),
            ("Äldrenämnden", "ÄN|AN|Äldreförvaltningen"),
            ("Stadsbyggnadsnämnden", "SBN|Stadsbyggnadskontoret|SBK"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
            ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarförvaltningen"),
            ("Valnämnden", "VN"),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)


if __name__ == "__main__":
    file_sn(); file_un(); file_an(); file_csv()
    ks = file_ks()
    file_kfn(); file_mhn(); file_lock(ks)
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
