#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r413 – Hede kommun, helårsuppföljning 2025 (Excel och Word blandat)."""
import csv, os, shutil, subprocess, datetime
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-build413"
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Hede kommun"


def fix_doc(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.author = "Hede kommun"
    cp.last_modified_by = "Hede kommun"


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round413",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, seed-004-stil (Nämnd/enhet:, År:, ID/Rutin/Kontrollmoment/.../Status)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppföljning IKP 2025 Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/enhet: Kommunstyrelsen"
    ws["A4"] = "År: 2025"
    ws["A5"] = "Uppföljningstillfälle: Helår (bokslut)"
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status", "Återredovisas"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF"); cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP; cell.border = BORDER
    rows = [
        (1, "Attest", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov av 40 leverantörsfakturor (maj och oktober).\nTvå fakturor saknade beslutsattest av behörig attestant, i båda fallen attesterade av ersättare som inte fanns i attestförteckningen.",
         "Påminnelse om attestordningen till samtliga budgetansvariga. Attestförteckningen uppdateras kvartalsvis.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (2, "Prognoser", "Är uppbokningar utförda inför månadsstängningar",
         "Uppbokningar har skett för samtliga månadsstängningar och inga avvikelser har identifierats.",
         "Ingen åtgärd", "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        (3, "Delegation", "Anmälan av delegationsbeslut till kommunstyrelsen sker enligt delegationsordningen",
         "Stickprov avseende januari–juni har genomförts utan anmärkning.\nGranskningen av perioden juli–december har inte hunnits med och genomförs i februari 2026.",
         "-", "Granskning genomförd", "Bokslut", "DELVIS", "nej"),
        (4, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
         "15 direktupphandlingar granskade. I 12 fall saknades dokumentation av förfrågan och tilldelning.",
         "Utbildning för beställare under våren 2026. Mall för dokumentation läggs på intranätet.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (5, "Informationssäkerhet", "Behörigheter i ekonomisystemet stämmer med aktuell befattning",
         "Eftersom systemförvaltaren för ekonomisystemet slutade i april har granskningen inte genomförts.",
         "Granskningen flyttas till internkontrollplan 2026.", "Granskning ej genomförd", "Bokslut", "EJ_GENOMFORD", ""),
        (6, "Lön", "Kontroll av att avslutade anställningar avslutas i lönesystemet i rätt tid",
         "Två fall där lön betalats ut efter avslutad anställning. Återkrav har skickats och beloppen är återbetalda.",
         "Rutinen för avslut av anställning ses över tillsammans med HR.", "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (7, "Representation", "Representation och förtroendekänsliga poster hanteras enligt riktlinjen",
         "", "", "", "Bokslut", "SAKNAS", ""),
        (8, "Kontanthantering", "Kassainventering av handkassor på kommunledningsförvaltningen",
         "Kontrollen har inte genomförts under året på grund av vakans på ekonomienheten.",
         "", "", "Bokslut", "EJ_GENOMFORD", ""),
        (9, "Avtal", "Avtal registreras i avtalsdatabasen",
         "Kontroll genomförd. Samtliga 20 avtal i stickprovet fanns registrerade i avtalsdatabasen.",
         "Ingen åtgärd", "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
    ]
    r = 8
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP; cell.border = BORDER
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Karin Lööf, ekonomichef, 2026-01-20")
    widths = [5, 18, 38, 55, 40, 16, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden – docx, seed-001-stil (prosa + tabell "Följer plan: Ja/Nej")
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Helårsuppföljning internkontrollplan 2025 Socialnämnden.docx"
    N = "Socialnämnden"
    d = docx.Document(); fix_doc(d)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Hede kommun – Socialförvaltningen\t\t2026-01-14"
    d.add_heading("Helårsuppföljning av kritiska risker i Socialnämndens internkontrollplan 2025", level=1)
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att verksamheten bedrivs i enlighet med de mål och "
                    "riktlinjer som fullmäktige har bestämt samt de bestämmelser i lag eller annan författning som gäller för "
                    "verksamheten. De ska också se till att den interna kontrollen är tillräcklig.")
    d.add_heading("Uppföljning 2025", level=2)
    d.add_paragraph("Socialnämnden antog i december 2024 en internkontrollplan för 2025. I nämndens bruttolista har 18 risker "
                    "bedömts och sju av dessa har fått ett riskvärde som värderar risken som kritisk. I tabellen nedan redovisas "
                    "om den hantering som angivits i internkontrollplanen har följts samt en kommentar om genomförda och "
                    "planerade aktiviteter.")
    hdr = ["Ansvarsområde/ process", "Risk i verksamheten", "Risk-värde", "Befintliga åtgärder/kontrollmoment",
           "Ställningstagande av hantering (planering)", "Följer plan:", "Kommentar:"]
    data = [
        ("Hantera personuppgifter enligt GDPR och OSL", [
            ("Risk att skicka sekretessbelagda handlingar till fel mottagare", "8",
             "Kontroll av att rutinen för utskick av sekretessbelagda handlingar tas upp på APT i samtliga arbetsgrupper",
             "Hanteras genom aktivitet – fortsätta påminna", "Ja",
             "Har tagits upp på APT i alla arbetsgrupper inom myndighet under våren och hösten 2025.", "GENOMFORD", "nej"),
            ("Risk för felaktig hantering av uppgifter om personer med skyddad identitet", "8",
             "Stickprov av loggar i verksamhetssystemet för personer med skyddad identitet",
             "Hanteras genom granskning två gånger per år", "Ja",
             "Loggkontroll genomförd i maj och oktober. Vid oktoberkontrollen upptäcktes två slagningar utan tjänstebehov; "
             "ärendena har hanterats av berörd chef och HR.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomiskt bistånd", [
            ("Risk för felaktiga utbetalningar av ekonomiskt bistånd", "9",
             "Stickprovskontroll av 25 utbetalningar av ekonomiskt bistånd per halvår mot beslut och underlag",
             "Hanteras genom granskning i internkontrollplanen", "Ja",
             "Stickprovet för första halvåret är genomfört utan avvikelser. Stickprovet för andra halvåret påbörjades i "
             "december och slutförs i januari 2026.", "DELVIS", "nej"),
        ]),
        ("Kvalitetssäkra uppdragstagare (familjehem, kontaktfamiljer)", [
            ("Risk för låg kvalitet hos uppdragstagare, vilket medför att barn eller vuxna far illa", "8",
             "Kontroll av att utredning av familjehem är genomförd och dokumenterad innan placering",
             "Hanteras genom genomlysning av processen för rekrytering och godkännande", "Nej",
             "Arbetet är försenat och är framskjutet till våren 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Återsökning Migrationsverket", [
            ("Risk att nämnden går miste om statliga medel", "9",
             "Kontroll av att återsökning av ersättning från Migrationsverket görs inom fastställd tid",
             "Hanteras genom kontroll kvartalsvis", "Ja",
             "Samtliga ansökningar har lämnats in i tid.", "GENOMFORD", "nej"),
        ]),
        ("Hantera klagomål/ synpunkter", [
            ("Risk att klagomål och synpunkter inte tas tillvara", "9",
             "Granskning av att inkomna synpunkter och klagomål registreras och besvaras inom 14 dagar",
             "Hanteras genom granskning i internkontrollplanen 2025", "Ja",
             "Granskning enligt internkontrollplanen har genomförts. Resultatet redovisas separat i rapporten "
             "Granskning av synpunkter och klagomål 2025.", "GENOMFORD", ""),
            ("Risk att missförhållanden inte rapporteras och utreds enligt lex Sarah", "8",
             "Uppföljning av att lex Sarah-rapporter utreds och vid behov anmäls till IVO inom föreskriven tid",
             "Hanteras genom uppföljning vid helår", "Nej",
             "Uppföljningen har genomförts. Av 11 rapporter under året utreddes 3 inte inom föreskriven tid. "
             "Rutinen för bevakning av utredningstid ses över.", "GENOMFORD", "ja"),
        ]),
        ("Köp av plats", [
            ("Risk för placeringar utan avtal och till för höga kostnader", "8",
             "Kontroll att avtal finns för samtliga externa placeringar",
             "Hanteras genom kontroll vid helår", "Ja", "", "GENOMFORD", ""),
        ]),
    ]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for proc, risks in data:
        first = None
        for k, (risk, rv, km, pl, fp, kom, st, av) in enumerate(risks):
            row = t.add_row().cells
            if k == 0:
                first = row[0]
                set_cell(row[0], proc)
            else:
                first.merge(row[0])
            for i, v in enumerate([risk, rv, km, pl, fp, kom], 1):
                set_cell(row[i], v)
            exp(fil, N, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Sammanfattningsvis bedöms fem av sju kritiska risker följa beslutad planering.")
    d.add_paragraph("Lena Brandt\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – xlsx, trafikljus per tertial, nämnd bara i sidhuvud + filnamn (BUF)
# ---------------------------------------------------------------------------
def file_bun():
    fil = "IK-uppfoljning_2025_helar_BUF.xlsx"
    N = "Barn- och utbildningsnämnden"
    G, Y, R = "00B050", "FFC000", "FF0000"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "Internkontroll 2025"
    ws.oddHeader.left.text = "Barn- och utbildningsförvaltningen"
    ws.oddHeader.right.text = "Hede kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helår"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status markeras med färg per tertial enligt teckenförklaring längst ned. Kommentar avser helårsuppföljningen."
    ws["A2"].font = Font(italic=True)
    hdr = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Metod", "Frekvens", "T1", "T2", "T3", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True); cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.border = BORDER; cell.alignment = WRAP
    groups = [
        ("Ekonomi", [
            ("Inköp", "Inköp utanför avtal", "Kontroll av avtalstrohet vid inköp av livsmedel och förbrukningsmaterial",
             "Controller BUF", "Stickprov 20 fakturor", "Tertial", G, G, G, "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Statsbidrag", "Återbetalningskrav", "Rekvirerade statsbidrag används och redovisas enligt villkoren",
             "Ekonomichef BUF", "Genomgång av samtliga bidrag", "Årlig", "-", "-", G,
             "Samtliga statsbidrag redovisade i tid till Skolverket.", "GENOMFORD", "nej"),
            ("Elevpeng", "Felaktig ersättning till fristående verksamheter",
             "Avstämning av elevpeng till fristående verksamheter mot elevregistret", "Controller BUF",
             "Månadsvis avstämning", "Tertial", G, G, Y,
             "Avstämning för september–november gjord, december återstår.", "DELVIS", "nej"),
        ]),
        ("Personal", [
            ("Rekrytering", "Anställning utan kontroll av belastningsregister",
             "Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning", "Rektorer/HR",
             "Stickprov 15 anställningar", "Helår", "-", "-", G,
             "Kontrollen genomförd på 4 av 7 skolor, inga avvikelser. Resterande skolor kontrolleras under vårterminen 2026.",
             "DELVIS", "nej"),
            ("Arbetsmiljö", "Hot och våld mot personal",
             "Tillbud och arbetsskador rapporteras i KIA och utreds", "HR-specialist",
             "Uppföljning av rapporter", "Tertial", G, G, G,
             "Tre anmälningar saknade utredning, berörda chefer har påmints.", "GENOMFORD", "ja"),
        ]),
        ("Verksamhet", [
            ("Kränkande behandling", "Anmälningar hanteras inte skyndsamt",
             "Anmälan om kränkande behandling till huvudman sker skyndsamt", "Utvecklingsstrateg",
             "Genomgång av ärenden i anmälningssystemet", "Tertial", G, G, None, "", "GENOMFORD", ""),
            ("Närvaro", "Elevers frånvaro följs inte upp",
             "Uppföljning av elever med hög frånvaro (över 15 %) enligt rutin", "Rektorer",
             "Stickprov", "Tertial", R, Y, G, "Rutinen följs nu på samtliga enheter.", "GENOMFORD", "nej"),
            ("Skolskjuts", "Felaktiga beslut om skolskjuts",
             "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning", "Skolskjutssamordnare",
             "Stickprov 10 beslut", "Årlig", "-", "-", R, "Ej genomförd, flyttas till IKP 2026.", "EJ_GENOMFORD", ""),
            ("Elevhälsa", "Elever får inte stöd i tid",
             "Åtgärdsprogram upprättas och följs upp för elever i behov av särskilt stöd", "Elevhälsochef",
             "Stickprov", "Helår", "-", "-", "Utgår",
             "Utgår enligt beslut BUN 2025-06-12 § 48, området granskas av Skolinspektionen under hösten.", "UTGAR", ""),
        ]),
    ]
    r = 5
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for row in rows:
            vals = list(row[:10])
            for c in range(1, 11):
                v = vals[c - 1]
                cell = ws.cell(row=r, column=c)
                cell.border = BORDER; cell.alignment = WRAP
                if c in (7, 8, 9):
                    cell.alignment = Alignment(horizontal="center", vertical="center")
                    if v in (G, Y, R):
                        cell.fill = PatternFill("solid", fgColor=v)
                    elif v:
                        cell.value = v
                else:
                    cell.value = v if v != "" else None
            exp(fil, N, row[2], row[10], row[11])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = Font(bold=True)
    for i, (col, txt) in enumerate([(G, "Genomförd"), (Y, "Delvis genomförd / pågår"), (R, "Ej genomförd")]):
        ws.cell(row=r + 1 + i, column=1).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r + 1 + i, column=2, value=txt)
    ws.cell(row=r + 4, column=1, value="-")
    ws.cell(row=r + 4, column=2, value="Ingen kontroll planerad för perioden")
    widths = [16, 24, 42, 18, 22, 10, 6, 6, 8, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden – .doc (via docx), seed-000-stil: Kontrollpunkt/Metod/Resultat med "Delår:"/"Helår:"
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN uppföljning intern kontroll helår 2025.doc"
    N = "Samhällsbyggnadsnämnden"
    d = docx.Document(); fix_doc(d)
    d.add_heading("Uppföljning av plan för intern kontroll 2025", level=1)
    d.add_paragraph("Samhällsbyggnadsnämnden, Hede kommun")
    d.add_paragraph("Resultat redovisas per uppföljningstillfälle (Delår = januari–augusti, Helår = helår 2025).")
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollpunkt", "Metod", "Resultat"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    rows = [
        ("1. Fakturering av VA-anslutningsavgifter", "Stickprov av 10 nya anslutningar per halvår mot fakturering",
         "Delår: Stickprov gjort, inga avvikelser.\nHelår: Stickprov för andra halvåret gjort. En anslutning hade inte "
         "fakturerats, faktura skickad i november.", "GENOMFORD", "ja"),
        ("2. Skyddsronder vid kommunens entreprenader", "Kontroll av protokoll från skyddsronder",
         "Helår: Genomfört för VA och gata/park, ej genomfört för fastighet.", "DELVIS", ""),
        ("3. Underhållsplan för kommunens fastigheter uppdateras", "Genomgång av underhållsplanen",
         "Delår: Arbetet pågår.\nHelår: Underhållsplanen är uppdaterad och beslutad av nämnden i november.", "GENOMFORD", "nej"),
        ("4. Vinterväghållning utförs enligt avtal", "Uppföljning av entreprenörens körjournaler och rapporter",
         "Delår: Inga avvikelser januari–mars.\nHelår: Se bilaga 3.", "OKLAR", ""),
        ("5. Inventering av kommunens arrendeavtal", "Genomgång av avtalsregistret",
         "Delår: Ej påbörjat.\nHelår: Ej påbörjat på grund av resursbrist. Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("6. Behörigheter i fastighetssystemet", "Avstämning av konton mot personalförteckning",
         "Helår: Kontroll genomförd. Fyra konton för avslutade anställda var fortfarande aktiva och har stängts.",
         "GENOMFORD", "ja"),
        ("7. Avfallstaxan tillämpas korrekt vid fakturering", "Stickprov 20 abonnenter", "", "SAKNAS", ""),
        ("8. Dricksvattenkontroller enligt provtagningsprogram", "Uppföljning av provtagningsprotokoll",
         "Delår: Provtagning enligt plan.\nHelår: Samtliga prover tagna enligt programmet. Ett prov i Ljusnedal visade "
         "förhöjda bakteriehalter; kokningsrekommendation utfärdades och orsaken är åtgärdad.", "GENOMFORD", "ja"),
    ]
    for kp, met, res, st, av in rows:
        c = t.add_row().cells
        set_cell(c[0], kp, size=10); set_cell(c[1], met, size=10); set_cell(c[2], res, size=10)
        exp(fil, N, kp, st, av)
    d.add_paragraph("")
    d.add_paragraph("Hede 2026-01-16\nPer Mattsson, samhällsbyggnadschef")
    src = os.path.join(TMP, fil[:-4] + ".docx")
    d.save(src)
    soffice(src, "doc", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – .xls (via xlsx), symbolstatus med teckenförklaring överst
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Internkontroll KFN 2025 helår.xls"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – årsbokslut"
    ws["A3"] = "Status:  ● = Genomförd   ◐ = Delvis genomförd   ○ = Ej genomförd   X = Utgår"
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h); cell.font = Font(bold=True); cell.border = BORDER
    rows = [
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Fritidschef", "●",
         "Stickprov 10 föreningar, utan anmärkning.", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Redovisning från föreningar som fått aktivitetsstöd kontrolleras", "Fritidskonsulent", "◐",
         "Hälften av föreningarna har granskats, resterande under våren.", "DELVIS", ""),
        ("Bibliotek", "Kassaredovisning i biblioteken stäms av månadsvis", "Bibliotekschef", "●",
         "Avstämning gjord varje månad. En differens på 350 kr i juni har inte kunnat förklaras.", "GENOMFORD", "ja"),
        ("Anläggningar", "Bokning av idrottsanläggningar stäms av mot fakturering", "Administratör", "○",
         "Inte genomförd.", "EJ_GENOMFORD", ""),
        ("Anläggningar", "Säkerhetsbesiktning av lekplatser och utegym", "Fritidschef", "X",
         "Ansvaret för lekplatser flyttades till samhällsbyggnadsnämnden 2025-03-01.", "UTGAR", ""),
        ("Kulturskola", "Avgifter i kulturskolan debiteras enligt taxa", "Kulturskolerektor", "●",
         "Kontroll av vårterminens avgifter genomförd utan anmärkning. Höstterminen kontrolleras i samband med bokslutet i januari 2026.",
         "DELVIS", "nej"),
        ("Personal", "Timanställda har giltigt anställningsavtal innan arbetet påbörjas", "HR-konsult", "●",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Arrangemang", "Tillstånd och säkerhetsplan finns för offentliga arrangemang", "Evenemangssamordnare", None,
         "Kontrollerat: samtliga fyra större arrangemang under året hade tillstånd och säkerhetsplan.", "GENOMFORD", "nej"),
    ]
    r = 6
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row[:5])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v); cell.border = BORDER; cell.alignment = WRAP
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[1], row[5], row[6])
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen behandlad av nämnden 2026-02-10 § 7.")
    for i, w in enumerate([5, 18, 50, 20, 8, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(TMP, fil[:-4] + ".xlsx")
    wb.save(src)
    soffice(src, "xls", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnadsnämnden – docx, seed-002-stil, färgad Resultat-cell + teckenförklaring
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "Uppföljning internkontrollplan 2025 MBN.docx"
    N = "Miljö- och byggnadsnämnden"
    G, Y, R = "92D050", "FFFF00", "FF5050"
    d = docx.Document(); fix_doc(d)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    d.add_heading("Miljö- och byggnadsnämnden – uppföljning av internkontrollplanen 2025", level=1)
    d.add_paragraph("Helårsuppföljning. Färgmarkering i kolumnen Resultat: grön = genomfört, gul = delvis genomfört, "
                    "röd = ej genomfört.")
    hdr = ["Väsentliga processer", "Risk", "Kontrollmoment", "Resultat", "Förbättringsåtgärder", "Startdatum", "Slutdatum"]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
    rows = [
        ("Bygglov", "Handläggningstiden överskrids och avgiften måste reduceras",
         "Kontroll av att bygglov beslutas inom tio veckor från komplett ansökan", G,
         "Stickprov av 30 ärenden: 28 beslutades inom tid, 2 överskred tiden och avgiften reducerades enligt PBL.",
         "Bevakning av handläggningstid i ärendesystemet förstärks.", "2025-01-01", "2025-12-31", "GENOMFORD", "ja"),
        ("Livsmedelskontroll", "Planerade kontroller genomförs inte",
         "Uppföljning av att planerade livsmedelskontroller genomförs enligt kontrollplanen", Y,
         "Uppföljningen har gjorts för första halvåret. Helårsuppföljningen görs i samband med verksamhetsberättelsen i februari.",
         "", "2025-01-01", "2026-02-28", "DELVIS", ""),
        ("Miljötillsyn", "Avgifter debiteras inte",
         "Kontroll av att timavgift för tillsyn debiteras enligt taxa", G,
         "Genomförd. Inga avvikelser.", "", "2025-01-01", "2025-12-31", "GENOMFORD", "nej"),
        ("Registratur", "Handlingar diarieförs inte i tid",
         "Stickprov av att inkomna handlingar diarieförs inom två arbetsdagar", R,
         "Kontrollen har inte genomförts.", "Genomförs första kvartalet 2026.", "2025-09-01", "2025-12-31", "EJ_GENOMFORD", ""),
        ("Delegation", "Delegationsbeslut anmäls inte",
         "Delegationsbeslut anmäls till nämnden enligt delegationsordningen", None,
         "Se bilaga 2, Delegationsuppföljning 2025.", "", "2025-01-01", "2025-12-31", "OKLAR", ""),
        ("Strandskydd", "Dispens ges utan särskilt skäl",
         "Granskning av beviljade strandskyddsdispenser", G,
         "Granskning av 8 beslut pågår och beräknas vara klar i januari.", "", "2025-06-01", "2025-12-31", "DELVIS", ""),
        ("Enskilda avlopp", "Otillåtna utsläpp från enskilda avlopp",
         "Inventering av enskilda avlopp enligt inventeringsplanen", Y,
         "120 av 150 planerade fastigheter inventerade. 14 avlopp fick utsläppsförbud.",
         "Resterande fastigheter inventeras våren 2026.", "2025-04-01", "2025-10-31", "DELVIS", "ja"),
    ]
    for proc, risk, km, col, res, atg, s, e, st, av in rows:
        c = t.add_row().cells
        for i, v in enumerate([proc, risk, km, res, atg, s, e]):
            set_cell(c[i], v)
        if col:
            shade(c[3], col)
        exp(fil, N, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Hede 2026-01-22, Anna Hedlund, förvaltningschef miljö- och byggförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Bolagen – systemexport (Hypergene-stil) i xlsx, två bolag, Delår- och Helår-rader
# ---------------------------------------------------------------------------
def file_bolag():
    fil = "Hypergene_export_internkontroll_bolag_2025.xlsx"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "Rapport"
    ws["A1"] = "Rapport: Internkontroll – uppföljning kontrollmoment"
    ws["A2"] = "Urval: Hede kommunkoncern / Bolag / År 2025 / Period: Delår 2025, Helår 2025"
    ws["A3"] = "Utskriven: 2026-01-22 09:14 av ekonomienheten"
    hdr = ["Organisation", "Område", "Kontrollmoment", "Period", "Status", "Kommentar", "Ansvarig"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h); cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    data = [
        ("Hede Energi AB", "Inköp", "Avtalstrohet vid inköp av material", "Jonas Berg",
         ("Pågår", "Stickprov första halvåret gjort."), ("Klar", "Stickprov 25 fakturor, 1 inköp gjort utanför avtal."),
         "GENOMFORD", "ja"),
        ("Hede Energi AB", "Fakturering", "Mätaravläsning och fakturering av fjärrvärme stäms av månadsvis", "Sara Nilsson",
         ("Klar", "Inga avvikelser."), ("Klar", "Inga avvikelser."), "GENOMFORD", "nej"),
        ("Hede Energi AB", "IT", "Kontroll av behörigheter i kundsystemet", "IT-ansvarig",
         ("Ej påbörjad", ""), ("Ej påbörjad", "Skjuts till 2026 på grund av byte av kundsystem."), "EJ_GENOMFORD", ""),
        ("Hede Energi AB", "Säkerhet", "Uppföljning av elsäkerhetsrutiner vid arbete på elnätet", "Elsäkerhetsansvarig",
         ("Pågår", "Uppföljning gjord för två av fyra arbetslag."), ("", ""), "DELVIS", ""),
        ("Hede Bostäder AB", "Hyresadministration", "Kontroll av hyresavier mot hyreskontrakt", "Maria Öberg",
         ("Klar", ""), ("Klar", "Två felaktiga hyror upptäcktes och har rättats."), "GENOMFORD", "ja"),
        ("Hede Bostäder AB", "Underhåll", "Planerat underhåll genomförs enligt underhållsplanen", "Fastighetschef",
         ("Pågår", ""), ("Pågår", "Cirka 70 % av planerat underhåll utfört, resten förskjuts till 2026."), "DELVIS", ""),
        ("Hede Bostäder AB", "Uthyrning", "Uthyrning sker enligt uthyrningspolicyn (kötid)", "Uthyrare",
         ("Ej aktuell", ""), ("Ej aktuell", "Kontrollen utgår enligt styrelsebeslut 2025-05-20."), "UTGAR", ""),
        ("Hede Bostäder AB", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomiansvarig",
         ("", ""), ("Klar", "Inga avvikelser."), "GENOMFORD", "nej"),
    ]
    nm = {"Hede Energi AB": "Hede Energi AB", "Hede Bostäder AB": "Hede Bostäder AB"}
    r = 6
    for org, omr, km, ans, dl, hl, st, av in data:
        for per, (s, k) in (("Delår 2025", dl), ("Helår 2025", hl)):
            for c, v in enumerate([org, omr, km, per, s or None, k or None, ans], 1):
                ws.cell(row=r, column=c, value=v)
            r += 1
        exp(fil, nm[org], km, st, av)
    ws.cell(row=r + 1, column=1, value=f"Antal rader: {r - 6}")
    for i, w in enumerate([20, 18, 55, 12, 12, 60, 20], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.auto_filter.ref = f"A5:G{r - 1}"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Hede Energi AB", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Hede Bostäder AB", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Att avvisa – missivskrivelse (följebrev) från MBN, ingen uppföljning i sig
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv uppföljning intern kontroll 2025 MBN.docx"
    d = docx.Document(); fix_doc(d)
    d.add_paragraph("Hede kommun\nMiljö- och byggförvaltningen")
    d.add_paragraph("2026-01-29\t\tDnr MBN 2025/112")
    d.add_paragraph("Till: Kommunstyrelsen, ekonomienheten")
    d.add_heading("Missivskrivelse – uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Miljö- och byggnadsnämnden beslutade vid sammanträdet 2026-01-28 § 5 att godkänna uppföljningen av "
                    "nämndens internkontrollplan för 2025 och att överlämna den till kommunstyrelsen.")
    d.add_paragraph("Uppföljningen bifogas som separat fil (Uppföljning internkontrollplan 2025 MBN.docx). "
                    "Delegationsuppföljningen som det hänvisas till i uppföljningen skickas senare.")
    d.add_paragraph("Frågor om uppföljningen besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nAnna Hedlund\nFörvaltningschef\nanna.hedlund@hede.se, 0684-123 45")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
            ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
            ("Valnämnden", "VN"),
            ("Hede Energi AB", "Hede Energi|HEAB"),
            ("Hede Bostäder AB", "Hede Bostäder|HBO"),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    file_ks(); file_sn(); file_bun(); file_sbn(); file_kfn(); file_mbn(); file_bolag(); file_missiv()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
