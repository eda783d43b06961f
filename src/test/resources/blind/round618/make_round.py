# -*- coding: utf-8 -*-
"""Blind round r618 – Sjöviks kommun, internkontroll T2 2025 (colour-heavy templates)."""
import os, csv, datetime
import openpyxl
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from openpyxl.comments import Comment
import docx
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
FILES = []     # (fil, utfall, nämnd, år, period)
EXPECT = []    # (fil, nämnd, kontrollmoment, status, avvikelse)

def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

def fix_props(wb, title):
    wb.properties.creator = "Sjöviks kommun"
    wb.properties.title = title
    wb.properties.created = datetime.datetime(2025, 9, 8, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 8, 9, 0, 0)

# ---------------------------------------------------------------- F1 KS
def f1():
    fn = "Kommunstyrelsen_IK-uppföljning_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "T2 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Tertial 2 (period januari–augusti, per 31 augusti 2025)"
    ws["A4"] = "Färgförklaring:"; ws["A4"].font = BOLD
    for col, (c, w) in zip("BCDE", [(G, "Genomförd"), (Y, "Pågår / delvis genomförd"), (R, "Ej påbörjad"), (GR, "Utgår")]):
        ws[f"{col}4"] = w; ws[f"{col}4"].fill = fill(c); ws[f"{col}4"].border = BOX
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar T2"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h); c.font = BOLD; c.fill = fill("D9E1F2"); c.border = BOX
    rows = [
        ("Ekonomiprocesser", None),
        (("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor", "Redovisningschef", G, "", "Stickprov 40 fakturor, 2 saknade andra attest. Åtgärdat genom påminnelse till berörda chefer."), ("GENOMFORD", "ja")),
        (("1.2", "Ekonomi", "Representation och förtroendekänsliga poster – kontroll av syfte och deltagarförteckning", "Stickprov 20 poster per tertial", "Controller", Y, "", "Granskning jan–apr klar utan anmärkning, maj–aug pågår."), ("DELVIS", "nej")),
        (("1.3", "Ekonomi", "Avstämning av anläggningsregister mot huvudbok", "Avstämning", "Redovisningsekonom", G, "", "Inga avvikelser."), ("GENOMFORD", "nej")),
        (("1.4", "Inköp", "Efterlevnad av inköpspolicy – direktupphandlingar över 100 000 kr dokumenterade", "Genomgång av samtliga", "Upphandlingschef", R, "Genomförd", "Kontroll genomförd i juni. 3 av 15 direktupphandlingar saknade dokumentation enligt riktlinjen."), ("GENOMFORD", "ja")),
        ("HR-processer", None),
        (("2.1", "HR", "Kontroll av att lönetillägg har beslutats av behörig chef", "Stickprov 25 tillägg", "Lönechef", R, "", "Planeras till oktober på grund av vakanser på lönecenter."), ("EJ_GENOMFORD", "")),
        (("2.2", "HR", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Genomgång av rehabärenden", "HR-chef", G, "Pågår", "Rehabiliteringsplaner upprättade i 11 av 12 granskade ärenden."), ("OKLAR", "ja")),
        ("IT och informationssäkerhet", None),
        (("3.1", "IT", "Behörighetsgenomgång i ekonomisystemet Raindance", "Genomgång av behörighetslista", "Systemförvaltare", GR, "", "Systembyte till Unit4 hösten 2025, kontrollen flyttas till internkontrollplan 2026."), ("UTGAR", "")),
        (("3.2", "IT", "Loggkontroll av åtkomst i dokument- och ärendehanteringssystemet", "Loggutdrag", "Informationssäkerhetssamordnare", None, "", ""), ("SAKNAS", "")),
    ]
    r = 7
    for row, exp in rows:
        if exp is None:
            ws.cell(r, 1, row).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = fill("F2F2F2")
        else:
            nr, proc, km, met, ans, col, word, kom = row
            vals = [nr, proc, km, met, ans, word or None, kom or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            if col: ws.cell(r, 6).fill = fill(col)
            EXPECT.append((fn, N, km, exp[0], exp[1]))
        r += 1
    ws.cell(r + 1, 1, "Sammanställt av: Lena Berg, controller, 2025-09-08")
    for col, w in zip("ABCDEFG", [6, 14, 48, 26, 22, 12, 55]):
        ws.column_dimensions[col].width = w
    fix_props(wb, "IK uppföljning KS T2 2025")
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "T2"))
    # lock file for this workbook (Excel owner file) – to be rejected
    lock = "~$mmunstyrelsen_IK-uppföljning_T2_2025.xlsx"
    user = "Lena Berg"
    data = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ") + b"\x00\x00" + \
        bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    data = data[:165].ljust(165, b"\x00")
    with open(lock, "wb") as f:
        f.write(data)
    FILES.append((lock, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- F2 BUN
def f2():
    fn = "BUN uppföljning intern kontroll tertial 2 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    G, O, Y, R = "92D050", "FFC000", "FFFF66", "FF5050"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IK T2 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Intern kontroll 2025 – uppföljning tertial 2"
    hdr = ["Risk", "Riskvärde", "Kontrollmoment", "Frekvens", "Ansvarig", "Status", "Resultat / åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("305496"); c.border = BOX
    ws["F4"].comment = Comment("Färgkoder för statuskolumnen:\nGrön = Genomförd utan anmärkning\nOrange = Genomförd med avvikelse\nGul = Påbörjad\nRöd = Ej genomförd\n/ Maria, ekonomienheten", "Maria Holm", width=260, height=130)
    rows = [
        ("Olämplig person anställs", 12, "Registerkontroll ur belastningsregistret vid nyanställning inom förskola och skola", "Två ggr/år", "HR-specialist", O, None, "3 av 25 nyanställda saknade dokumenterad kontroll. Rutinen har skärpts och information gått ut till rektorer.", "GENOMFORD", "ja"),
        ("Kränkningar anmäls inte", 12, "Hantering av kränkande behandling – anmälan till huvudman inom föreskriven tid", "Per termin", "Kvalitetsstrateg", Y, None, "Uppföljning av vårterminen klar, höstterminen återstår.", "DELVIS", ""),
        ("Felaktig skolskjuts", 6, "Skolskjuts – kontroll av att beslut finns för samtliga elever med skolskjuts", "En gång/år", "Skolskjutssamordnare", G, None, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Felaktiga avgifter", 9, "Barnomsorgsavgifter – kontroll av inkomstuppgifter", "En gång/år", "Avgiftshandläggare", R, None, "Skjuts till T3 på grund av systembyte i e-tjänsten.", "EJ_GENOMFORD", ""),
        ("Bristande journalföring", 8, "Elevhälsans journalföring enligt patientdatalagen", "En gång/år", "Verksamhetschef elevhälsa", G, None, "Granskning av 20 journaler, samtliga förda enligt rutin.", "GENOMFORD", "nej"),
        ("Felaktiga utbetalningar", 9, "Tilläggsbelopp till fristående skolor – underlag och beslut", "Två ggr/år", "Controller", O, None, "Två beslut saknade underskrift av delegat. Kompletterat i augusti.", "GENOMFORD", "ja"),
        ("Förlust av utrustning", 4, "Inventarieförteckning för digitala enheter (Chromebooks)", "En gång/år", "IT-samordnare", Y, "Klar", "Inventering gjord på 6 av 9 skolor, resterande under september.", "DELVIS", ""),
    ]
    r = 5
    for risk, rv, km, frek, ans, col, word, kom, st, av in rows:
        for i, v in enumerate([risk, rv, km, frek, ans, word, kom], 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        ws.cell(r, 6).fill = fill(col)
        EXPECT.append((fn, N, km, st, av)); r += 1
    for col, w in zip("ABCDEFG", [26, 10, 50, 12, 22, 10, 55]):
        ws.column_dimensions[col].width = w
    fix_props(wb, "BUN IK T2 2025")
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- F3 SN
def f3():
    fn = "SN Internkontroll 2025 uppföljning aug.xlsx"
    N = "Socialnämnden"
    G, Y, R = "C6EFCE", "FFEB9C", "FFC7CE"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Socialnämndens internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 31 augusti 2025"
    ws["A3"] = "Dnr SN 2024/211"
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Tidpunkt", "Utförd av", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = BOLD; c.border = BOX; c.fill = fill("DDEBF7")
    rows = [
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd – kontroll att beslut finns före utbetalning", "Stickprov", "April, augusti", "Enhetschef försörjningsstöd", G, "Stickprov 30 ärenden, inga avvikelser.", "GENOMFORD", "nej"),
        ("Avgifter", "Avgifter inom hemtjänst – kontroll av att avgiftsbeslut är korrekt debiterade", "Stickprov", "Juni", "Avgiftshandläggare", R, "Ej påbörjad på grund av resursbrist, planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Kvalitet", "Lex Sarah-rapporter – utredning inom fastställd tid", "Genomgång", "Löpande", "MAS / kvalitetsutvecklare", Y, "6 av 9 utredningar avslutade, 3 pågår.", "DELVIS", ""),
        ("Äldreomsorg", "Genomförandeplaner inom särskilt boende upprättade inom 14 dagar\n(stickprov två boenden)", "Stickprov 20 planer", "Maj", "Enhetschefer SÄBO", G, "Genomförd. 4 av 20 planer upprättades senare än 14 dagar.", "GENOMFORD", "ja"),
        ("Barn och unga", "Orosanmälningar barn – förhandsbedömning inom 14 dagar", "Registeruttag", "Tertialvis", "Enhetschef mottagning", None, "Se bilaga 2", "OKLAR", ""),
        ("LSS", "Kontanthantering på gruppbostäder LSS", "Kassainventering", "Två ggr/år", "Enhetschef LSS", None, "Kontrollen utgår – kontanthanteringen avvecklad från 1 mars 2025 enligt beslut SN § 34.", "UTGAR", ""),
        ("Administration", "Delegationsbeslut anmälda till nämnden", "Avstämning", "Tertialvis", "Nämndsekreterare", G, None, "GENOMFORD", ""),
        ("Hälso- och sjukvård", "Läkemedelshantering – signeringslistor i hemsjukvården", "Stickprov", "Augusti", "MAS", Y, "Pågår, två av fyra hemsjukvårdsområden granskade.", "DELVIS", ""),
    ]
    r = 6
    for omr, km, met, tid, utf, col, kom, st, av in rows:
        for i, v in enumerate([omr, km, met, tid, utf, None, kom], 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        if col: ws.cell(r, 6).fill = fill(col)
        EXPECT.append((fn, N, km, st, av)); r += 1
    ws.cell(r + 1, 1, "Grönt = genomförd, gult = pågår, rött = ej påbörjat").font = Font(italic=True, size=9)
    ws.cell(r + 3, 1, "Bilaga 2: Statistik orosanmälningar jan–aug (separat fil)").font = Font(size=9)
    for col, w in zip("ABCDEFG", [20, 52, 18, 14, 24, 9, 55]):
        ws.column_dimensions[col].width = w
    fix_props(wb, "SN IK 2025")
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- F4 TN
def f4():
    fn = "Tekniska nämnden IKP 2025.xlsx"
    N = "Tekniska nämnden"
    G, Y, R, B = "70AD47", "FFD966", "E06666", "9BC2E6"
    wb = openpyxl.Workbook(); wi = wb.active; wi.title = "Instruktion"
    lines = [
        ("Instruktion – internkontrollplan 2025, Tekniska nämnden", None),
        ("", None),
        ("Fyll i status per tertial genom att färglägga cellen i kolumnen för aktuellt tertial (T1, T2).", None),
        ("Skriv en kort kommentar om resultatet och eventuella avvikelser i kolumnen Kommentar.", None),
        ("", None),
        ("Färgkoder", None),
        ("Genomförd", G), ("Påbörjad", Y), ("Ej påbörjad", R), ("Utgår / ej aktuell", B),
        ("", None),
        ("Frågor: Jonas Ek, controller samhällsbyggnad, ankn. 4417", None),
    ]
    for i, (t, c) in enumerate(lines, 1):
        if c:
            wi.cell(i, 1).fill = fill(c); wi.cell(i, 1).border = BOX
            wi.cell(i, 2, t)
        else:
            wi.cell(i, 1, t or None)
    wi["A1"].font = Font(bold=True, size=13); wi["A6"].font = BOLD
    wi.column_dimensions["A"].width = 8; wi.column_dimensions["B"].width = 30
    ws = wb.create_sheet("Plan och uppföljning")
    ws["A1"] = "Internkontrollplan 2025 med uppföljning T2"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tekniska förvaltningen, per 2025-08-31"
    hdr = ["Id", "Process", "Risk", "Kontrollmoment", "Ansvarig", "T1", "T2", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = BOLD; c.border = BOX; c.fill = fill("E7E6E6")
    rows = [
        ("TN1", "Ekonomi", "Felaktiga fakturor godkänns", "Fakturor från entreprenörer kontrolleras mot avtal och á-priser", "Controller", Y, G, "Stickprov 30 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("TN2", "VA", "Arbete utförs utan beställning", "Kontroll av att arbetsorder i VA-verksamheten är attesterade", "VA-chef", R, Y, "Hälften av urvalet kontrollerat.", "DELVIS", ""),
        ("TN3", "Fordon", "Privat användning av tjänstebil", "Fordonsregister – körjournaler för kommunens bilar", "Fordonssamordnare", G, None, "Genomförd under T1, se rapport i april. Inga avvikelser.", "GENOMFORD", "nej"),
        ("TN4", "Gata", "Bidrag betalas ut felaktigt", "Kontroll av bidrag till enskilda vägar", "Gatuchef", B, B, "Utgår – bidragsreglerna ses över, beslut TN § 12/2025.", "UTGAR", ""),
        ("TN5", "VA", "Otjänligt dricksvatten", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "Driftchef VA", G, G, "Samtliga prover tjänliga.", "GENOMFORD", "nej"),
        ("TN6", "Park", "Olycka på lekplats", "Lekplatsbesiktning – åtgärd av anmärkningar klass A", "Parkchef", R, R, "Besiktning beställd till september.", "EJ_GENOMFORD", ""),
        ("TN7", "Avfall", "Felaktig debitering", "Avfallstaxa – debitering stämmer mot abonnemangsregister", "Avfallschef", Y, G, "12 abonnemang felaktigt debiterade, rättade och kreditfakturor skickade.", "GENOMFORD", "ja"),
        ("TN8", "Upphandling", "Avrop sker utanför avtal", "Upphandlade ramavtal – avrop följer avtalad rangordning", "Inköpssamordnare", None, Y, "Stickprov påbörjat i augusti.", "DELVIS", ""),
        ("TN9", "Gata", "Trafiksäkerhetsbrister", "Gatubelysning – felanmälningar åtgärdade inom avtalad tid", "Gatuchef", G, G, None, "GENOMFORD", ""),
    ]
    r = 5
    for id_, pr, risk, km, ans, t1, t2, kom, st, av in rows:
        for i, v in enumerate([id_, pr, risk, km, ans, None, None, kom], 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        if t1: ws.cell(r, 6).fill = fill(t1)
        if t2: ws.cell(r, 7).fill = fill(t2)
        EXPECT.append((fn, N, km, st, av)); r += 1
    for col, w in zip("ABCDEFGH", [6, 12, 28, 50, 18, 6, 6, 55]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    fix_props(wb, "TN IKP 2025")
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- F5 KFN (docx)
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def f5():
    fn = "KFN_Uppföljning intern kontroll T2 2025.docx"
    N = "Kultur- och fritidsnämnden"
    G, Y, R = "A9D08E", "FFE699", "F4B084"
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll tertial 2, 2025", level=2)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 i december 2024 (KFN § 98). "
                    "Nedan redovisas uppföljningen av kontrollmomenten per den 31 augusti 2025. "
                    "Status anges med färg i kolumnen längst till höger, se färgförklaringen under tabellen.")
    rows = [
        ("Föreningsbidrag – kontroll av att redovisning inkommit innan utbetalning", "Fritidskonsulent", "Samtliga 42 föreningar kontrollerade. Två utbetalningar gjordes innan redovisning inkommit.", G, "", "GENOMFORD", "ja"),
        ("Kassahantering i simhallen och biblioteket", "Enhetschef fritid", "Simhallen kontrollerad utan anmärkning, biblioteket kvarstår.", Y, "", "DELVIS", ""),
        ("Uthyrning av lokaler – debitering enligt taxa", "Bokningsansvarig", "Inga avvikelser.", G, "", "GENOMFORD", "nej"),
        ("Kulturskolans avgifter och syskonrabatt", "Kulturskolechef", "Ej genomförd, flyttas till tertial 3.", R, "", "EJ_GENOMFORD", ""),
        ("Konstinventarier – inventering av kommunens konstsamling", "Kultursekreterare", "Se rapport KFN 2025/88.", Y, "Genomförd", "OKLAR", ""),
        ("Bidrag till studieförbund – avstämning mot deltagarstatistik", "Kulturchef", "", None, "", "SAKNAS", ""),
        ("Avtal med entreprenör för skötsel av idrottsplatser följs", "Anläggningschef", "Två platsbesök genomförda, inga avvikelser.", G, "", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Resultat T2", "Status"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9D9D9")
    for km, ans, res, col, word, s, av in rows:
        cells = t.add_row().cells
        cells[0].text = km; cells[1].text = ans; cells[2].text = res; cells[3].text = word
        if col: shade(cells[3], col)
        EXPECT.append((fn, N, km, s, av))
    for row in t.rows:
        for i, w in enumerate([Cm(6.5), Cm(3.2), Cm(6.0), Cm(2.0)]):
            row.cells[i].width = w
    d.add_paragraph("")
    p = d.add_paragraph(); r = p.add_run("Färgförklaring"); r.bold = True; r.font.size = Pt(8)
    lt = d.add_table(rows=0, cols=2); lt.style = "Table Grid"
    for col, w in [(G, "Genomförd"), (Y, "Pågående"), (R, "Ej genomförd")]:
        c = lt.add_row().cells
        shade(c[0], col); c[1].text = w
        c[1].paragraphs[0].runs[0].font.size = Pt(8)
        c[0].width = Cm(1.0); c[1].width = Cm(3.5)
    d.add_paragraph("")
    d.add_paragraph("Sjövik 2025-09-10\nKarin Lund, förvaltningschef kultur och fritid")
    d.core_properties.author = "Karin Lund"
    d.core_properties.created = datetime.datetime(2025, 9, 10, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2025, 9, 10, 8, 0, 0)
    d.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- F6 MBN
def f6():
    fn = "MBN internkontroll 2025 T2.xlsx"
    N = "Miljö- och byggnadsnämnden"
    G, Y, R = "00B050", "FFC000", "C00000"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning T2"
    ws["A1"] = "Miljö- och byggnadsnämnden – uppföljning internkontroll 2025, tertial 2"
    ws.merge_cells("A1:F1"); ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status markeras med färg och text. Grön används både för genomförda kontroller och för kontroller som inte varit aktuella under perioden – se texten i cellen."
    ws.merge_cells("A2:F2"); ws["A2"].alignment = WRAP; ws.row_dimensions[2].height = 30
    hdr = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Omfattning", "Status T2", "Iakttagelser"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = BOLD; c.border = BOX
    rows = [
        ("Handläggningstid bygglov – beslut inom 10 veckor", "Bygglovschef", "Samtliga beslut jan–aug", G, "Genomförd", "91 % av besluten inom tid, 7 ärenden överskred tidsfristen.", "GENOMFORD", "ja"),
        ("Tillsynsavgifter livsmedel debiteras enligt taxa", "Miljöchef", "Stickprov 20", G, "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Strandskyddsdispenser – kontroll av delegationsbeslut", "Miljöchef", "Samtliga", G, "Ej aktuell", "Inga dispenser beviljade under perioden.", "UTGAR", ""),
        ("Jäv och bisysslor hos inspektörer – redovisning inlämnad", "Förvaltningschef", "Samtliga medarbetare", Y, "Pågår", "14 av 19 redovisningar inlämnade.", "DELVIS", ""),
        ("Förelägganden enskilda avlopp – uppföljning av tidsfrister", "Miljöinspektör", "Stickprov 15", R, "Ej påbörjad", "Prioriteras under hösten.", "EJ_GENOMFORD", ""),
        ("Kontroll av lantmäteritaxa – fakturering", "Administrativ chef", "Stickprov 10", G, "Ej aktuell", "Verksamheten överförd till Lantmäteriet från 1 januari 2025.", "UTGAR", ""),
        ("Arkivering av avslutade bygglovsärenden", "Registrator", "Stickprov 25", G, "Genomförd", None, "GENOMFORD", ""),
    ]
    r = 5
    for n, (km, ans, omf, col, word, iak, st, av) in enumerate(rows, 1):
        for i, v in enumerate([n, km, ans, omf, word, iak], 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        ws.cell(r, 5).fill = fill(col)
        if col in (G, R): ws.cell(r, 5).font = Font(color="FFFFFF", bold=True)
        EXPECT.append((fn, N, km, st, av)); r += 1
    ws.cell(r + 1, 2, "Godkänd av förvaltningschef Per Nyström 2025-09-09")
    for col, w in zip("ABCDEF", [5, 50, 20, 22, 12, 55]):
        ws.column_dimensions[col].width = w
    fix_props(wb, "MBN IK T2 2025")
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- F7 Stratsys CSV cp1252, two organisations
def f7():
    fn = "Stratsys_export_internkontroll_2025-09-05.csv"
    rows = [
        # org, kontrollmoment, ansvarig, [(period, färg, kommentar)], expected
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Årsräkningar granskade inom fastställd tid", "Handläggare ÖFN",
         [("T1 2025", "Gul", "Granskning pågår, 140 av 212 klara."), ("T2 2025", "Grön", "Samtliga 212 årsräkningar granskade.")], "GENOMFORD", "nej"),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Arvoden till ställföreträdare beräknade enligt nämndens riktlinjer", "Enhetschef",
         [("T1 2025", "Röd", "Ej påbörjad."), ("T2 2025", "Gul", "Stickprov 15 av 30 genomförda.")], "DELVIS", ""),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Kontroll av ställföreträdares uttag från spärrade konton", "Handläggare ÖFN",
         [("T1 2025", "Grön", "Kontroll genomförd, inga avvikelser."), ("T2 2025", "", "")], "GENOMFORD", "nej"),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Lämplighetsprövning av nya ställföreträdare", "Enhetschef",
         [("T1 2025", "", ""), ("T2 2025", "Röd", "Genomförd. 2 av 18 prövningar saknade utdrag ur belastningsregistret.")], "GENOMFORD", "ja"),
        ("Räddningstjänsten Sjövik-Norrå", "Räddningstjänstförbundet Sjövik-Norrå", "Tillsyn enligt LSO genomförd enligt tillsynsplan", "Stf räddningschef",
         [("T1 2025", "Gul", "18 av 60 tillsyner."), ("T2 2025", "Gul", "38 av 60 planerade tillsyner genomförda.")], "DELVIS", ""),
        ("Räddningstjänsten Sjövik-Norrå", "Räddningstjänstförbundet Sjövik-Norrå", "Kontroll av att brandmän i beredskap har giltiga körkortsbehörigheter", "Styrkeledare",
         [("T1 2025", "Grön", ""), ("T2 2025", "Grön", "")], "GENOMFORD", ""),
        ("Räddningstjänsten Sjövik-Norrå", "Räddningstjänstförbundet Sjövik-Norrå", "Avgifter för automatiska brandlarm – fakturering av onödiga larm", "Ekonom",
         [("T1 2025", "Grå", "Utgår enligt direktionsbeslut 2025-04-10."), ("T2 2025", "Grå", "Utgår enligt direktionsbeslut 2025-04-10.")], "UTGAR", ""),
        ("Räddningstjänsten Sjövik-Norrå", "Räddningstjänstförbundet Sjövik-Norrå", "Rökdykarnas medicinska kontroller och arbetsprov", "Arbetsmiljösamordnare",
         [("T1 2025", "Röd", "Ej påbörjad."), ("T2 2025", "Röd", "Ej påbörjad – ny leverantör av företagshälsovård upphandlas.")], "EJ_GENOMFORD", ""),
    ]
    lines = ["Organisation;Plan;Kontrollmoment;Ansvarig;Period;Färg;Kommentar"]
    for org, N, km, ans, pers, st, av in rows:
        for per, col, kom in pers:
            vals = [org, "Internkontrollplan 2025", km, ans, per, col, kom]
            lines.append(";".join('"%s"' % v if (";" in v or '"' in v) else v for v in vals))
        EXPECT.append((fn, N, km, st, av))
    with open(fn, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    FILES.append((fn, "INLAST", "Överförmyndarnämnden", "2025", "T2"))
    FILES.append((fn, "INLAST", "Räddningstjänstförbundet Sjövik-Norrå", "2025", "T2"))

# ---------------------------------------------------------------- F8 Bostadsbolaget .xls
def f8():
    # built as xlsx in /tmp, converted to .xls by LibreOffice (xlwt cannot write non-ASCII print headers)
    import subprocess, tempfile, shutil
    fn = "Bostadsbolaget internkontroll T2-2025.xls"
    N = "Sjöviks Bostäder AB"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Blad1"
    ws.oddHeader.left.text = "Sjöviks Bostäder AB"
    ws.oddHeader.right.text = "Intern kontroll 2025"
    ws.oddFooter.left.text = "Sida &P av &N"
    ws.oddFooter.right.text = "2025-09-04"
    ws["A1"] = "Uppföljning internkontrollplan – tertial 2 2025"; ws["A1"].font = Font(bold=True, size=14)
    for i, h in enumerate(["Område", "Kontroll", "Utfall", "Status"], 1):
        c = ws.cell(3, i, h); c.font = BOLD; c.border = BOX; c.fill = fill("C0C0C0")
    cols = {"g": "00FF00", "y": "FFFF00", "r": "FF0000"}
    rows = [
        ("Hyror", "Hyresavier – kontroll av hyreshöjning 2025 mot förhandlingsprotokoll", "Inga fel.", "Klar", "g", "GENOMFORD", "nej"),
        ("Fastighet", "Kontroll av att nycklar och passerbrickor återlämnas vid avflytt", "Stickprov hälften genomfört.", "Pågår", "y", "DELVIS", ""),
        ("Ekonomi", "Attest av fakturor för underhållsprojekt över 500 tkr", "1 faktura attesterad av fel person, rättad.", "Klar", "g", "GENOMFORD", "ja"),
        ("Ekonomi", "Kundförluster – avskrivning enligt delegationsordning", None, "Ej startad", "r", "EJ_GENOMFORD", ""),
        ("Fastighet", "Energideklarationer giltiga för samtliga fastigheter", None, "Klar", "g", "GENOMFORD", ""),
        ("Uthyrning", "Uthyrning enligt bostadskö – stickprov på förmedlade lägenheter", "Stickprov 25 lägenheter, inga avvikelser.", "Klar", "g", "GENOMFORD", "nej"),
    ]
    for n, (omr, km, utf, word, col, st, av) in enumerate(rows, 4):
        for i, v in enumerate([omr, km, utf, word], 1):
            c = ws.cell(n, i, v); c.alignment = WRAP; c.border = BOX
        ws.cell(n, 4).fill = fill(cols[col])
        EXPECT.append((fn, N, km, st, av))
    for col, w in zip("ABCD", [14, 55, 40, 12]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r618_")
    src = os.path.join(tmp, "Bostadsbolaget internkontroll T2-2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round618",
                    "--convert-to", "xls:MS Excel 97", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(tmp, fn), os.path.join(OUT, fn))
    shutil.rmtree(tmp)
    FILES.append((fn, "INLAST", N, "2025", "T2"))

for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    f()

REG = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Sjöviks Bostäder AB", "Bostadsbolaget|SBAB|Sjöviksbostäder"),
    ("Räddningstjänstförbundet Sjövik-Norrå", "RTF|Räddningstjänsten Sjövik-Norrå|Sjöviks räddningstjänstförbund"),
]
def wcsv(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header); w.writerows(rows)
wcsv("namnder.csv", ["nämnd", "alias"], REG)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECT)
print(len(FILES), "file rows,", len(EXPECT), "controls")
