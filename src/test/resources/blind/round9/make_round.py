#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 9: Gruvsjö kommun (Dalarna), first year of central collection of
internkontroll follow-ups. Rebuilds every file of the round plus
namnder.csv, files.csv and expected.csv.

Run:  /usr/bin/python3 make_round.py      (needs openpyxl, python-docx, soffice)
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.formatting.rule import CellIsRule
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="round9_build_")

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    text = text.replace(";", ",").strip()
    EXPECTED.append((fil, namnd, text, status, avv))


def soffice_convert(src, fmt, outdir):
    prof = "file://" + os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kultur- och fritidsnämnden: e-mail pasted into column A of Excel
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "SV Uppföljning av internkontrollplan 2025 helår.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    # (nr, kontroll, status line or None (= no Status: line), kommentar, expected status, avvikelse)
    items = [
        ("Stickprov på att föreningsbidrag betalats ut enligt beslut och bidragsregler",
         "Genomförd", "15 ärenden granskade, inga fel hittade.", "GENOMFORD", "nej"),
        ("Kontroll att kassaredovisningen i simhallen stämmer mot kassasystemet",
         "Genomförd med anmärkning",
         "Differenser vid tre tillfällen (totalt 1 240 kr). Rutinen för dagsavslut har skärpts.",
         "GENOMFORD", "ja"),
        ("Uppföljning av att hyresavtal för föreningslokaler är påskrivna och aktuella",
         "Delvis", "9 av 14 avtal genomgångna, resten tas i februari.", "DELVIS", "nej"),
        ("Kontroll av att registerutdrag begärts för ledare i kommunens lovverksamhet",
         "Se kommentar",
         "Kontrollen är gjord. Utdrag fanns för alla utom två sommarledare som anställdes med kort varsel, "
         "de fick inte börja förrän utdrag visats upp.", "GENOMFORD", "ja"),
        ("Inventering av konstverk i kommunens konstsamling",
         "", "Har inte gjorts i år pga vakans på konstintendenttjänsten.", "EJ_GENOMFORD", "nej"),
        ("Attest av fakturor för evenemang (Gruvsjödagarna)",
         "Genomförd", "", "GENOMFORD", "nej"),
        ("Kontroll av behörigheter i bokningssystemet (Interbook Go)",
         None, "Behörighetslista beställd från IT i november, genomgången är inte klar ännu.",
         "DELVIS", "nej"),
        ("Uppföljning av att bidragsmottagare lämnat verksamhetsberättelse",
         "Ej aktuell", "Nya bidragsregler från 2025 kräver inte detta längre, beslut KFN 2025-02-11 § 9.",
         "UTGAR", "nej"),
        ("Kontroll av utlåningsrutiner för kommunens evenemangsutrustning",
         "", None, "SAKNAS", "nej"),
    ]
    lines = [
        "Från: Lena Hedström <lena.hedstrom@gruvsjo.se>",
        "Skickat: den 22 januari 2026 14:37",
        "Till: Internkontroll Ekonomi <internkontroll@gruvsjo.se>",
        "Kopia: Anders Wik <anders.wik@gruvsjo.se>",
        "Ämne: SV: Uppföljning av internkontrollplan 2025 – helår",
        "",
        "Hej!",
        "",
        "Här kommer Kultur- och fritidsnämndens helårsuppföljning av internkontrollplanen 2025. "
        "Jag fick inte till det i mallen så jag klistrar in det här istället, hoppas det går bra.",
        "Uppföljningen har stämts av med förvaltningschefen och går upp på nämndens sammanträde 11 februari.",
        "",
    ]
    for i, (k, st, kom, es, av) in enumerate(items, 1):
        lines.append(f"{i}.")
        lines.append("Kontroll: " + k)
        if st is not None:
            lines.append("Status: " + st)
        if kom is not None:
            lines.append("Kommentar: " + kom)
        lines.append("")
        exp(fil, namnd, k, es, av)
    lines += [
        "Säg till om något behöver kompletteras.",
        "",
        "Med vänliga hälsningar",
        "Lena Hedström",
        "Nämndsekreterare",
        "Kultur- och fritidsförvaltningen",
        "Gruvsjö kommun",
        "Tel. 0246-123 45",
        "",
        "Från: Internkontroll Ekonomi",
        "Skickat: den 8 januari 2026 09:12",
        "Till: Nämndsekreterare (samtliga)",
        "Ämne: Uppföljning av internkontrollplan 2025 – helår",
        "",
        "Hej,",
        "Nu är det dags för helårsuppföljningen av nämndernas internkontrollplaner. Ange för varje kontroll:",
        "Kontroll: (kontrollmomentet enligt antagen plan)",
        "Status: Genomförd / Delvis genomförd / Ej genomförd / Utgår",
        "Kommentar: (kort beskrivning av resultat och eventuella avvikelser)",
        "Svar senast fredag 23 januari.",
        "",
        "Hälsningar",
        "Maria Ek, controller",
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    for r, t in enumerate(lines, 1):
        if t:
            ws.cell(row=r, column=1, value=t)
    ws.column_dimensions["A"].width = 120
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 2. Tekniska nämnden: status written after a dash in the control cell (T2)
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN IK-uppföljning T2.xlsx"
    namnd = "Tekniska nämnden"
    # (område, control text, dash+status suffix, ansvarig, anm, exp status, avv)
    rows = [
        ("Ekonomi", "Attestkontroll av leverantörsfakturor", " – genomförd", "Ekonomiadministratör", "",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av körjournaler för kommunens fordon", " - delvis", "Fordonssamordnare",
         "Körjournal saknas för två av 31 fordon, påminnelse skickad till enheterna.", "DELVIS", "ja"),
        ("Ekonomi", "Avstämning av VA- och avfallstaxor mot KF-beslut", " – genomförd, fel hittat", "VA-ekonom",
         "Fel taxa för slamtömning i debiteringssystemet jan–mars. Rättat och kunderna krediterade i juni.",
         "GENOMFORD", "ja"),
        ("Drift", "Egenkontroll av lekplatser enligt SS-EN 1176", " – Ej genomförd", "Parkchef",
         "Avtalet med besiktningsman gick ut, ny upphandlas.", "EJ_GENOMFORD", "nej"),
        ("Drift", "Kontroll av att fastighetsägare med enskild väg fått besked om vinterväghållning", " –klart",
         "Gatuchef", "", "GENOMFORD", "nej"),
        ("Drift", "Uppföljning av felanmälningar i Infracontrol som legat öppna > 60 dagar", "",
         "Driftingenjör", "Pågår, ca 40 ärenden kvar att gå igenom.", "DELVIS", "nej"),
        ("Upphandling", "Stickprov av direktupphandlingar över 100 tkr", " – delvis genomförd", "Upphandlare",
         "5 av 10 stickprov gjorda. I ett fall saknades dokumentation av konkurrensutsättning.", "DELVIS", "ja"),
        ("Upphandling", "Kontroll av avtalstrohet – e-handel", " – genomförd", "Inköpare",
         "Avtalstrohet 93 %, över målet 90 %.", "GENOMFORD", "nej"),
        ("Upphandling", "Kontroll av utbildningsintyg för heta arbeten hos entreprenörer", " –", "Projektledare",
         "", "SAKNAS", "nej"),
        ("Informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet Raindance", " – utgår", "",
         "Görs centralt av kommunledningsförvaltningen från 2025.", "UTGAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska nämnden – uppföljning internkontroll tertial 2, 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:D1")
    ws["A2"] = "Avser perioden januari–augusti. Status skrivs efter strecket i kontrollkolumnen."
    ws["A2"].font = Font(italic=True)
    hdr = ["Område", "Kontroll", "Ansvarig", "Anm."]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
    r = 5
    start = {}
    for (omr, k, suf, ans, anm, es, av) in rows:
        if omr not in start:
            start[omr] = [r, r]
            ws.cell(row=r, column=1, value=omr)
        start[omr][1] = r
        ws.cell(row=r, column=2, value=k + suf)
        ws.cell(row=r, column=3, value=ans or None)
        ws.cell(row=r, column=4, value=anm or None)
        for c in range(1, 5):
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BORDER
        exp(fil, namnd, k, es, av)
        r += 1
    for omr, (a, b) in start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Nästa uppföljning: helår, lämnas senast 23 januari 2026.")
    ws.cell(row=r + 1, column=1, value="/Karin Nyberg, nämndsekreterare")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 75
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 60
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "T2"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 3. Socialnämnden: landscape Word table, Nr column, status column "Ja/Nej/Delvis"
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Uppföljning internkontrollplan 2025 SN helår.docx"
    namnd = "Socialnämnden"
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Kontroll att beslut om ekonomiskt bistånd har stöd i delegationsordningen",
         "Stickprov 20 ärenden per halvår", "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Bidragsbrott, oriktiga uppgifter",
         "Kontroll att uppgifter stämts av mot SSBTEK vid nybesök",
         "Stickprov 10 ärenden per kvartal", "Delvis",
         "Kvartal 3 genomfördes inte på grund av hög arbetsbelastning.", "DELVIS", "nej"),
        ("Barn och unga", "Förhandsbedömning görs inte inom lagstadgad tid",
         "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uppföljning i Treserva, månadsvis", "Ja",
         "I 12 % av anmälningarna överskreds tiden. Åtgärdsplan är upprättad och följs upp av enhetschef.",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Utredningar pågår längre än fyra månader utan beslut om förlängning",
         "Kontroll av utredningstider och beslut om förlängning",
         "Rapport ur Treserva, månadsvis", "Nej",
         "Rapporten i Treserva har inte fungerat efter systemuppgraderingen i mars.", "EJ_GENOMFORD", "nej"),
        ("Familjehemsvård", "Placerade barn får inte lagstadgade besök",
         "Kontroll att socialsekreterare besökt placerade barn enligt 11 kap. 9 § SoL",
         "Genomgång av journalanteckningar två gånger per år", "Ja",
         "Samtliga besök dokumenterade utom i ett ärende, där besöket gjordes i januari 2026.",
         "GENOMFORD", "ja"),
        ("Familjehemsvård", "Familjehem saknar aktuell utredning",
         "Kontroll att familjehem har aktuell utredning och registerutdrag",
         "Genomgång av samtliga familjehem, helår", "",
         "Genomgång gjord i november. Alla familjehem utom ett hade aktuell utredning, kompletteras i januari.",
         "GENOMFORD", "ja"),
        ("Missbruk och beroende", "Placeringar görs utanför upphandlade avtal",
         "Kontroll att HVB-placeringar görs inom ramavtal",
         "Samtliga placeringar, tertialvis", "Ja", "Samtliga placeringar inom ramavtal.", "GENOMFORD", "nej"),
        ("Dataskydd", "Obehörig åtkomst till personuppgifter",
         "Loggkontroll i verksamhetssystemet",
         "10 slumpvisa loggar per månad", "Delvis",
         "Loggkontroller genomförda januari–juni. Från augusti saknas utsedd loggansvarig.", "DELVIS", "nej"),
        ("Dataskydd", "Sekretessbelagda handlingar skickas till fel mottagare",
         "Kontroll av att rutinen för utskick av sekretesshandlingar är känd i alla arbetsgrupper",
         "Genomgång på APT", "Ja", "Har tagits upp på APT i samtliga arbetsgrupper under hösten.",
         "GENOMFORD", "nej"),
        ("Synpunkter och klagomål", "Klagomål tas inte om hand",
         "Uppföljning av att synpunkter och klagomål besvaras inom 10 arbetsdagar",
         "Tertialvis uppföljning i diariet", "Utgår",
         "Ersätts av kommungemensam synpunktshantering, beslut SN 2025-04-23 § 61.", "UTGAR", "nej"),
        ("Kompetensförsörjning", "Vakanser kan inte tillsättas",
         "Redovisning av antal vakanta socialsekreterartjänster och hur de täckts",
         "Redovisning helår", "", "Se bilaga 3.", "OKLAR", "nej"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))
    sec.header.paragraphs[0].text = "Gruvsjö kommun\tSocialförvaltningen\tDnr SN 2025/14"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Socialnämnden")
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 142). "
        "Nedan redovisas helårsuppföljningen av planens kontrollmoment. Kolumnen Ja/Nej/Delvis anger om "
        "kontrollen har genomförts under året. Avvikelser och åtgärder beskrivs i kommentarskolumnen.")
    hdr = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod och frekvens", "Ja/Nej/Delvis",
           "Kommentar/åtgärd"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    first_row_of = {}
    for n, (proc, risk, k, metod, jn, kom, es, av) in enumerate(rows, 1):
        cells = t.add_row().cells
        set_cell(cells[0], str(n))
        if proc not in first_row_of:
            set_cell(cells[1], proc)
            first_row_of[proc] = [n, n]
        first_row_of[proc][1] = n
        set_cell(cells[2], risk)
        set_cell(cells[3], k)
        set_cell(cells[4], metod)
        set_cell(cells[5], jn)
        set_cell(cells[6], kom)
        exp(fil, namnd, k, es, av)
    for proc, (a, b) in first_row_of.items():
        if b > a:
            t.cell(a, 1).merge(t.cell(b, 1))
            # merged cell keeps the text of the first cell only
            set_cell(t.cell(a, 1), proc)
    widths = [Cm(1.0), Cm(3.2), Cm(4.0), Cm(5.5), Cm(3.8), Cm(2.0), Cm(6.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 3: Redovisning av vakanser 2025 (lämnas separat).")
    doc.add_paragraph("Gruvsjö 2026-01-20")
    doc.add_paragraph("Eva Lindqvist\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 4. Barn- och utbildningsnämnden: whole plan + follow-up on one sheet
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Internkontrollplan 2025 inkl uppföljning.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    # group rows are ("#", title)
    # control rows: (nr, process, risk, S, K, hantering, kontrollmoment, metod, frekvens, ansvarig,
    #               uppf_delar, status_delar, uppf_helar, status_helar, exp, avv, continuation)
    G = "#"
    rows = [
        (G, "Område: Ekonomi"),
        (1, "Skolskjuts", "Felaktiga fakturor från skolskjutsentreprenör", 3, 3, "Kontroll",
         "Stickprovskontroll av skolskjutsfakturor mot körjournaler och avtal", "Stickprov 5 fakturor",
         "Tertial", "Skolskjutssamordnare", "Genomförd T1, inga fel.", "Genomförd",
         "Genomförd T2 och T3. I oktober debiterades två turer som inte körts, kreditering har skett.",
         "Genomförd", "GENOMFORD", "ja", None),
        (2, "Interkommunal ersättning", "Ersättning för elever från andra kommuner faktureras inte", 2, 4,
         "Kontroll",
         "Kontroll att interkommunal ersättning fakturerats för samtliga elever från andra kommuner",
         "Avstämning elevregister mot kundreskontra", "Halvår", "Controller", "Påbörjad.", "Pågår",
         "Avstämning gjord. Tre elever saknade fakturering, fakturor skickade i november.", "Genomförd",
         "GENOMFORD", "ja", None),
        (3, "Modersmål", "Kostnader för modersmålsundervisning överskrider budget", 2, 2, "Accepteras",
         "", "", "", "", "", "", "", "", None, None, None),
        (G, "Område: Verksamhet"),
        (4, "Kränkande behandling", "Anmälningar om kränkande behandling når inte huvudmannen", 3, 4,
         "Kontroll",
         "Kontroll att anmälningar om kränkande behandling anmälts till huvudmannen",
         "Genomgång i DF Respons", "Tertial", "Verksamhetschef grundskola", "Genomförd, inga avvikelser.",
         "Genomförd", "Genomförd. 11 anmälningar kom in till huvudmannen senare än fem dagar.", "Genomförd",
         "GENOMFORD", "ja", "utan dröjsmål (6 kap. 10 § skollagen)"),
        (5, "Närvaro", "Elever med hög frånvaro uppmärksammas inte", 3, 3, "Kontroll",
         "Kontroll att frånvaroutredning inletts för elever med över 15 % frånvaro", "Stickprov per skola",
         "Halvår", "Rektor", "Pågår.", "Pågår",
         "Påbörjad på 4 av 7 skolor. Resterande skolor genomförs vt 2026.", "Flyttas till 2026",
         "DELVIS", "nej", None),
        (6, "Förskola", "Placeringsgarantin hålls inte", 2, 3, "Kontroll",
         "Kontroll att erbjudande om förskoleplats lämnats inom fyra månader", "Utdrag ur e-tjänsten",
         "Helår", "Förskolechef", "", "", "Alla erbjudanden lämnade inom garantitiden.", "Genomförd",
         "GENOMFORD", "nej", None),
        (7, "Skolskjuts", "Bristande trafiksäkerhet vid hållplatser", 2, 4, "Kontroll",
         "Inventering av trafiksäkerhet vid skolskjutshållplatser", "Besiktning tillsammans med TN", "Helår",
         "Skolskjutssamordnare", "Ej påbörjad.", "Ej påbörjad",
         "Inte genomförd. Samordningen med Tekniska nämnden har inte kommit till stånd.", "Flyttas till 2026",
         "EJ_GENOMFORD", "nej", None),
        (G, "Område: Personal"),
        (8, "Betygssättning", "Betyg sätts av lärare utan legitimation", 2, 5, "Kontroll",
         "Kontroll att betyg satts av legitimerad lärare", "Stickprov i Schoolsoft", "Per termin", "Rektor",
         "VT klar, inga avvikelser.", "Genomförd",
         "HT: två betyg satta av obehörig lärare utan medbedömning. Rättat.", "Genomförd med anmärkning",
         "GENOMFORD", "ja", None),
        (9, "Arbetsmiljö", "Hög sjukfrånvaro bland förskolepersonal", 3, 3, "Ordinarie verksamhet",
         "", "", "", "", "", "", "", "", None, None, None),
        (10, "Rekrytering", "Person med olämplig bakgrund anställs", 2, 5, "Kontroll",
         "Kontroll att utdrag ur belastningsregistret uppvisats vid nyanställning", "Stickprov 20 anställningar",
         "Helår", "HR-konsult", "", "", "", "", "SAKNAS", "nej", None),
        (G, "Område: Informationssäkerhet"),
        (11, "Digitala lärverktyg", "Elevuppgifter behandlas utan avtal", 3, 4, "Kontroll",
         "Kontroll att personuppgiftsbiträdesavtal finns för alla digitala lärverktyg",
         "Genomgång av licenslista", "Helår", "IT-pedagog", "Lista framtagen.", "Pågår",
         "Avtal saknades för 6 av 42 verktyg. Användningen av dessa har stoppats.", "Genomförd",
         "GENOMFORD", "ja", None),
        (12, "Elevhälsa", "Obehörig läsning i elevhälsans journaler", 2, 4, "Kontroll",
         "Loggkontroll av elevhälsans journalsystem", "Loggutdrag", "Halvår",
         "Verksamhetschef elevhälsa", "VT genomförd, inga avvikelser.", "Genomförd",
         "Loggkontroll HT inte gjord, flyttas till 2026 på grund av byte av journalsystem.",
         "Flyttas till 2026", "DELVIS", "nej", None),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Barn- och utbildningsnämnden"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Antagen BUN 2024-12-10 § 112. Uppföljning helår redovisas för nämnden 2026-02-17."
    hdr = ["Nr", "Process", "Risk", "S", "K", "Riskvärde (S×K)", "Hantering", "Kontrollmoment", "Metod",
           "Frekvens", "Ansvarig", "Uppföljning delår", "Status delår", "Uppföljning helår", "Status helår"]
    HR = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    r = HR + 1
    group_fill = PatternFill("solid", fgColor="DDEBF7")
    for row in rows:
        if row[0] == G:
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, len(hdr) + 1):
                ws.cell(row=r, column=c).fill = group_fill
            r += 1
            continue
        (nr, proc, risk, s, k, hant, km, metod, frekv, ansv, ud, sd, uh, sh, es, av, cont) = row
        vals = [nr, proc, risk, s, k, s * k, hant, km, metod, frekv, ansv, ud, sd, uh, sh]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.alignment = WRAP
            cell.border = BORDER
        if km:
            exp(fil, namnd, km, es, av)
        r += 1
        if cont:
            ws.cell(row=r, column=8, value=cont).alignment = WRAP
            for c in range(1, len(hdr) + 1):
                ws.cell(row=r, column=c).border = BORDER
            r += 1
    last = r - 1
    # conditional formatting on risk value
    ws.conditional_formatting.add(f"F{HR+1}:F{last}", CellIsRule(operator="greaterThanOrEqual",
                                  formula=["12"], fill=PatternFill("solid", bgColor="FF7C80")))
    ws.conditional_formatting.add(f"F{HR+1}:F{last}", CellIsRule(operator="between", formula=["8", "11"],
                                  fill=PatternFill("solid", bgColor="FFE699")))
    ws.conditional_formatting.add(f"F{HR+1}:F{last}", CellIsRule(operator="lessThan", formula=["8"],
                                  fill=PatternFill("solid", bgColor="C6EFCE")))
    r += 1
    ws.cell(row=r, column=1, value="Summa kontrollmoment: 10").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Antal genomförda helår: 6")
    ws.cell(row=r + 2, column=1, value="Flyttas till 2026: 3")
    ws.cell(row=r + 3, column=1, value="Ej rapporterade: 1")
    ws.cell(row=r + 5, column=1,
            value="Riskvärde = sannolikhet (S) × konsekvens (K), skala 1–5. 1–7 låg, 8–11 medel, 12–25 hög. "
                  "Risker med hantering Accepteras eller Ordinarie verksamhet har inget kontrollmoment.")
    widths = [5, 18, 30, 4, 4, 10, 14, 45, 24, 10, 18, 28, 13, 45, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Bildningsförvaltningen – IKP 2025"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden: comma-delimited CSV export, T2 and Helår rows
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "export_internkontroll_SBN_20260130.csv"
    namnd = "Samhällsbyggnadsnämnden"
    forv = "Samhällsbyggnadsförvaltningen"
    # (process, kontrollmoment, (T2 status, T2 kommentar), (Helår status, helår kommentar), exp, avv)
    ctrls = [
        ("Bostadsanpassning",
         "Kontroll att beslut om bostadsanpassningsbidrag fattats inom 3 månader, enligt delegation",
         ("Pågående", "Stickprov 10 ärenden, 2 klara"),
         ("Slutförd", "20 ärenden granskade. 3 beslut tog längre tid än 3 månader, orsak: intyg saknades."),
         "GENOMFORD", "ja"),
        ("Mark och exploatering",
         "Kontroll av att markanvisningsavtal följer riktlinjer för markanvisning, antagna av KF",
         ("Ej påbörjad", ""),
         ("Slutförd", "Inga avvikelser."),
         "GENOMFORD", "nej"),
        ("Detaljplanering",
         "Uppföljning av planavgifter, att plankostnadsavtal finns och att fakturering skett",
         ("Slutförd", "Alla avtal finns, fakturering kontrolleras till helår"),
         ("Slutförd", "Fakturering kontrollerad. Ett avtal (Norra Backa) var inte fakturerat, åtgärdat i november."),
         "GENOMFORD", "ja"),
        ("Lantmäteri",
         "Kontroll av att förrättningskostnader, avgifter och utlägg debiteras korrekt",
         ("Pågående", ""),
         ("Pågående", "Kontroll av 12 av 25 förrättningar klar,\nresten under januari."),
         "DELVIS", "nej"),
        ("Dataskydd",
         "Granskning av registerförteckning, behörigheter och loggar i GIS-systemet",
         ("Ej påbörjad", "Ingen resurs"),
         ("Ej påbörjad", "Ingen resurs, GIS-ingenjören slutade i maj. Ny kontroll planeras 2026."),
         "EJ_GENOMFORD", "nej"),
        ("Ekonomi",
         "Attestkontroll, stickprov på 20 fakturor, jämförelse mot attestförteckning",
         ("Slutförd", "OK"),
         ("Slutförd", ""),
         "GENOMFORD", "nej"),
        ("Trafik",
         "Kontroll av parkeringstillstånd för rörelsehindrade, handläggningstid och beslut",
         ("Pågående", ""),
         ("Avbruten", "Uppgiften flyttades till Socialnämnden 1 september enligt KF-beslut, kontrollen utgår för SBN."),
         "UTGAR", "nej"),
        ("Exploatering",
         "Kontroll av exploateringsredovisning, projekt \"Solbacken\" etapp 2",
         ("Slutförd", "Genomförd, inga avvikelser."),
         ("Slutförd", "Se T2."),
         "GENOMFORD", "nej"),
        ("Bostadsanpassning",
         "Stickprov på att utförda anpassningar besiktigats innan slutbetalning",
         ("Slutförd", "8 av 8 besiktigade"),
         ("Osäkert", "Oklart om kontrollen gjorts under hösten, handläggaren har slutat."),
         "OKLAR", "nej"),
    ]
    hdr = ["Förvaltning", "Nämnd", "Period", "Process", "Kontrollmoment", "Status", "Kommentar",
           "Senast ändrad", "Ändrad av"]
    out = []
    for i, (proc, km, t2, hel, es, av) in enumerate(ctrls):
        out.append([forv, namnd, "2025 T2", proc, km, t2[0], t2[1], f"2025-09-{12 + i:02d}", "jsandberg"])
    for i, (proc, km, t2, hel, es, av) in enumerate(ctrls):
        out.append([forv, namnd, "2025 Helår", proc, km, hel[0], hel[1], f"2026-01-{14 + i:02d}", "jsandberg"])
        exp(fil, namnd, km, es, av)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(out)
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden: 2024 follow-up (wrong year) as .xls, codes 1-3
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Uppföljning IK ÖFN 2025-02-12.xls"
    namnd = "Överförmyndarnämnden"
    rows = [
        ("Årsräkningar", "Kontroll att årsräkningar inkommit senast 1 mars", "Bevakning i Wärna", "1",
         "Samtliga inkomna efter påminnelse.", "GENOMFORD", "nej"),
        ("Arvoden", "Kontroll att arvoden till ställföreträdare beräknats enligt nämndens riktlinjer",
         "Stickprov 15 ärenden", "2", "10 av 15 granskade. I två ärenden för högt arvode, återkrav gjort.",
         "DELVIS", "ja"),
        ("Lämplighet", "Kontroll att lämplighetsprövning med registerutdrag gjorts för nya ställföreträdare",
         "Samtliga nya uppdrag", "1", "", "GENOMFORD", "nej"),
        ("Förvaltning", "Kontroll av att uttag från spärrade konton har samtycke från nämnden",
         "Stickprov 10 ärenden", "3", "Har inte hunnits med p.g.a. sjukskrivning.", "EJ_GENOMFORD", "nej"),
        ("Ensamkommande", "Kontroll av att god man för ensamkommande barn entledigats vid 18 år",
         "Genomgång av register", "–", "Inga aktuella ärenden under 2024, ej aktuellt.", "UTGAR", "nej"),
        ("Delegation", "Kontroll att delegationsbeslut anmälts till nämnden", "Vid varje sammanträde", "1",
         "Ett beslut från mars anmäldes för sent (i maj).", "GENOMFORD", "ja"),
        ("Arkiv", "Kontroll att akter för avslutade ärenden gallras enligt dokumenthanteringsplanen",
         "Helår", "2", "Gallring påbörjad, ungefär hälften klart.", "DELVIS", "nej"),
        ("Tillsyn", "Kontroll att tillsynsbesök genomförts hos förvaltare", "Stickprov 5 ärenden", "", "",
         "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "ÖFN"
    wb.properties.creator = "Sofia Berg"
    ws["A1"] = "Uppföljning av intern kontroll – helår 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Datum: 2025-02-12"
    hdr = ["Kontrollområde", "Vad kontrolleras", "Hur", "Bedömning 1–3", "Iakttagelser"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
    r = 5
    for (omr, k, hur, b, iak, es, av) in rows:
        vals = [omr, k, hur, (int(b) if b.isdigit() else (b or None)), iak or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(row=r, column=4).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, k, es, av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Bedömning: 1 = Genomförd, 2 = Delvis genomförd, 3 = Ej genomförd")
    ws.cell(row=r + 1, column=1, value="Antal 1: 3   Antal 2: 2   Antal 3: 1")
    ws.cell(row=r + 3, column=1, value="Handläggare: Sofia Berg, överförmyndarhandläggare")
    ws.oddHeader.left.text = "Överförmyndarnämnden"
    ws.oddHeader.right.text = "Helår 2024"
    ws.oddFooter.center.text = "Gruvsjö kommun"
    for col, w in zip("ABCDE", [18, 60, 24, 14, 60]):
        ws.column_dimensions[col].width = w
    tmp_xlsx = os.path.join(TMP, "ofn.xlsx")
    wb.save(tmp_xlsx)
    soffice_convert(tmp_xlsx, "xls", TMP)
    shutil.move(os.path.join(TMP, "ofn.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2024, "HELAR"))


# ---------------------------------------------------------------------------
# 7. Vård- och omsorgsnämnden: status by cell shading only (delår)
# ---------------------------------------------------------------------------
def file_von():
    fil = "Delårsuppföljning internkontroll VON 2025.docx"
    namnd = "Vård- och omsorgsnämnden"
    GREEN, YELLOW, RED = "92D050", "FFFF00", "FF0000"
    rows = [
        ("Läkemedelshantering", "Kontroll av att signeringslistor för läkemedel är fullständigt ifyllda",
         "Genomgång på fyra särskilda boenden i maj. Osignerade doser på två enheter, åtgärdsplan tagen.",
         GREEN, "GENOMFORD", "ja"),
        ("Läkemedelshantering", "Kontroll av narkotikaklassade läkemedel (förbrukningsjournal)",
         "Inventering gjord av sjuksköterska, inga differenser.", "00B050", "GENOMFORD", "nej"),
        ("Hemtjänst", "Stickprov att utförd tid i hemtjänsten överensstämmer med beviljad tid",
         "Genomförd för norra distriktet. Södra distriktet görs i oktober.", YELLOW, "DELVIS", "nej"),
        ("Hemtjänst", "Kontroll av nyckelhantering (digitala lås och nyckelkvittenser)",
         "Kvittenser saknas för 14 nycklar. Inventering pågår.", YELLOW, "DELVIS", "ja"),
        ("Myndighetsutövning", "Kontroll att genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Inte gjord under perioden, systemrapport saknas.", RED, "EJ_GENOMFORD", "nej"),
        ("Avgifter", "Kontroll att avgiftsbeslut och inkomstuppgifter är aktuella",
         "Stickprov på 25 brukare, 4 saknade aktuell inkomstuppgift. Nya förfrågningar har skickats ut.",
         GREEN, "GENOMFORD", "ja"),
        ("Kvalitet", "Uppföljning av att rapporter enligt lex Sarah utretts och anmälts till IVO vid behov",
         "Kontrollen utgår enligt beslut VON 2025-03-19 § 22, ersätts av kvalitetsberättelsen.", None,
         "UTGAR", "nej"),
        ("Kvalitet", "Kontroll av att fallavvikelser registrerats och följts upp i Senior alert",
         "Genomförd på två av fem boenden.", YELLOW, "DELVIS", "nej"),
        ("Bemanning", "Kontroll av att timanställda har dokumenterad introduktion", "", RED,
         "EJ_GENOMFORD", "nej"),
        ("Bemanning", "Kontroll att timanställdas arbetstid inte överskrider LAS-gränser", "", None,
         "SAKNAS", "nej"),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Vård- och omsorgsförvaltningen"
    h = doc.add_heading("Vård- och omsorgsnämnden", level=1)
    doc.add_heading("Delårsuppföljning av internkontrollplan 2025 (januari–augusti)", level=2)
    doc.add_paragraph(
        "Internkontrollplanen för 2025 antogs av nämnden i december 2024. Uppföljningen avser perioden "
        "1 januari–31 augusti 2025. Varje kontrollaktivitet har bedömts av ansvarig enhetschef och "
        "sammanställts av förvaltningens kvalitetsutvecklare.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, hh in enumerate(["Granskningsområde", "Kontrollaktivitet", "Iakttagelser/resultat", ""]):
        set_cell(t.rows[0].cells[i], hh, bold=True, size=10)
    repeat_header(t.rows[0])
    spans = {}
    for n, (omr, k, iak, col, es, av) in enumerate(rows, 1):
        cells = t.add_row().cells
        if omr not in spans:
            spans[omr] = [n, n]
            set_cell(cells[0], omr, size=10)
        spans[omr][1] = n
        set_cell(cells[1], k, size=10)
        set_cell(cells[2], iak, size=10)
        set_cell(cells[3], "", size=10)
        if col:
            shade(cells[3], col)
        exp(fil, namnd, k, es, av)
    for omr, (a, b) in spans.items():
        if b > a:
            t.cell(a, 0).merge(t.cell(b, 0))
            set_cell(t.cell(a, 0), omr, size=10)
    for row in t.rows:
        for i, w in enumerate([Cm(3.2), Cm(5.8), Cm(6.5), Cm(1.2)]):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Färgen i högra kolumnen visar status: grön = genomförd, gul = delvis genomförd eller "
                      "pågår, röd = ej genomförd.")
    doc.add_paragraph("Helårsuppföljningen redovisas för nämnden i februari 2026.")
    doc.add_paragraph("Jonas Ålund, kvalitetsutvecklare")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "DELAR"))


# ---------------------------------------------------------------------------
# 8. Bygg- och miljönämnden + Räddningsnämnden: two tables in one Word doc
# ---------------------------------------------------------------------------
def file_bmn_rn():
    fil = "Internkontroll 2025 uppföljning BMN och RN.docx"
    bmn = "Bygg- och miljönämnden"
    rn = "Räddningsnämnden"
    bmn_rows = [
        ("Kontroll att bygglov beslutas inom lagstadgad tid (10 veckor)", "J",
         "94 % inom tid. 7 ärenden överskred tiden, avgiften reducerades enligt PBL.",
         "Förstärkt bemanning under våren.", "GENOMFORD", "ja"),
        ("Stickprov på att avgifter för bygglov debiterats enligt taxa", "J",
         "Inga fel i 20 granskade ärenden.", "", "GENOMFORD", "nej"),
        ("Kontroll av att tillsynsavgifter för miljöfarlig verksamhet fakturerats för samtliga objekt", "N",
         "Hann inte göras, flyttad till 2026.", "Läggs in i plan 2026.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att delegationsbeslut anmäls till nämnden", "J", "", "", "GENOMFORD", "nej"),
        ("Kontroll av handläggning av klagomål på störningar i bostäder", "Delvis",
         "Rutin framtagen, genomgång av ärendena inte klar.", "Slutförs under våren 2026.", "DELVIS", "nej"),
        ("Kontroll att beslut om strandskyddsdispens skickats till Länsstyrelsen inom en vecka", "J",
         "Ett beslut skickades först efter tre veckor.", "Påminnelse infördes i rutinen.", "GENOMFORD", "ja"),
    ]
    rn_rows = [
        ("Kontroll att tillsyn enligt LSO genomförts enligt tillsynsplanen", "Ja",
         "Samtliga 40 planerade tillsyner genomförda.", "GENOMFORD", "nej"),
        ("Kontroll av att deltidsbrandmän har giltigt körkort och läkarintyg för tung lastbil", "Ja",
         "Ett läkarintyg hade gått ut. Personen togs ur beredskap tills nytt intyg fanns.", "GENOMFORD", "ja"),
        ("Kontroll av att onödiga automatlarm faktureras enligt taxa", "Nej",
         "Faktureringen har legat efter sedan juni, kontrollen har inte gjorts.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att samtliga styrkor övat rökdykning minst fyra gånger under året", "Delvis",
         "Station Gruvsjö kontrollerad. Station Västerby kontrolleras i januari.", "DELVIS", "nej"),
        ("Uppföljning av samverkansavtalet med Norrdala kommun om räddningsinsatser", "",
         "Se räddningstjänstens verksamhetsberättelse 2025.", "OKLAR", "nej"),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph("Gruvsjö kommun")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Uppföljning av internkontrollplaner 2025 – helår").runs[0].bold = True
    doc.add_paragraph(
        "Miljö-, bygg- och räddningsförvaltningen arbetar på uppdrag av två nämnder. Nedan redovisas "
        "uppföljningen av respektive nämnds internkontrollplan för helåret 2025. Varje nämnd behandlar "
        "sin del på sitt sammanträde i februari.")
    doc.add_heading("Bygg- och miljönämnden", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, hh in enumerate(["Kontrollmoment", "Utförd (J/N)", "Resultat", "Åtgärd"]):
        set_cell(t.rows[0].cells[i], hh, bold=True, size=10)
    for (k, jn, res, atg, es, av) in bmn_rows:
        cells = t.add_row().cells
        for i, v in enumerate([k, jn, res, atg]):
            set_cell(cells[i], v, size=10)
        exp(fil, bmn, k, es, av)
    doc.add_paragraph()
    doc.add_heading("Räddningsnämnden", level=1)
    doc.add_paragraph("Räddningsnämndens plan omfattade fem aktiviteter.")
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, hh in enumerate(["Aktivitet", "Klar?", "Kommentar"]):
        set_cell(t2.rows[0].cells[i], hh, bold=True, size=10)
        shade(t2.rows[0].cells[i], "F2F2F2")
    for (k, jn, kom, es, av) in rn_rows:
        cells = t2.add_row().cells
        for i, v in enumerate([k, jn, kom]):
            set_cell(cells[i], v, size=10)
        exp(fil, rn, k, es, av)
    doc.add_paragraph()
    doc.add_paragraph("Per Olsson\nFörvaltningschef\n2026-01-26")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", bmn, 2025, "HELAR"))
    FILES.append((fil, "INLAST", rn, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 9. Kommunstyrelsen: .ods, empty Status column, only Kommentar says what happened
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS internkontroll 2025.ods"
    namnd = "Kommunstyrelsen"
    rows = [
        ("KS-1", "Löner", "Kontroll av att löneutbetalningar till avslutade anställningar stoppats",
         "Lönechef", "2025-06-30",
         "Körd i maj och november. En felaktig utbetalning (juni) har återkrävts.", "GENOMFORD", "ja"),
        ("KS-2", "Löner", "Kontroll av manuella lönetillägg över 5 000 kr", "Lönechef", "2025-12-31",
         "Inga avvikelser i granskade tillägg.", "GENOMFORD", "nej"),
        ("KS-3", "Upphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenterats",
         "Upphandlingschef", "2025-10-31",
         "Hann inte, upphandlingsenheten hade två vakanser under hösten.", "EJ_GENOMFORD", "nej"),
        ("KS-4", "Ekonomi", "Kontroll av representation och andra förtroendekänsliga poster",
         "Redovisningschef", "2025-12-31", "Pågår. Jan–sep granskat, okt–dec görs i bokslutet.",
         "DELVIS", "nej"),
        ("KS-5", "IT", "Kontroll av att konton för slutad personal inaktiveras inom 5 dagar", "IT-chef",
         "2025-09-30", "Se bilaga 2.", "OKLAR", "nej"),
        ("KS-6", "Dokumenthantering", "Kontroll av att allmänna handlingar diarieförs", "Kanslichef",
         "2025-12-31", "", "SAKNAS", "nej"),
        ("KS-7", "Säkerhet", "Kontroll av att krisledningsplanen är uppdaterad och övad",
         "Säkerhetssamordnare", "2025-11-30",
         "Utgår – ersätts av ny plan för civilt försvar enligt KS § 87/2025.", "UTGAR", "nej"),
        ("KS-8", "Ekonomi", "Avstämning av kommunens bankkonton mot huvudboken", "Redovisningschef",
         "Månadsvis", "Gjort varje månad. Differens i augusti utredd och rättad.", "GENOMFORD", "ja"),
        ("KS-9", "HR", "Kontroll av att samtliga chefer genomgått utbildning i arbetsmiljöansvar", "HR-chef",
         "2025-12-31", "Ok", "GENOMFORD", "nej"),
        ("KS-10", "Nämndadministration", "Kontroll att beslut i KS verkställs (uppföljning av beslutslogg)",
         "Kanslichef", "2025-12-31",
         "Har gått igenom loggen. 4 beslut från 2024 ej verkställda, återrapporteras till KS i februari.",
         "GENOMFORD", "ja"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Kommunstyrelsen"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kommunstyrelsen / Kommunledningsförvaltningen"
    hdr = ["ID", "Process", "Kontrollmoment", "Ansvarig", "Klart senast", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BORDER
    r = 5
    for (i, proc, k, ans, klart, kom, es, av) in rows:
        vals = [i, proc, k, ans, klart, None, kom or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, namnd, k, es, av)
        r += 1
    ws.cell(row=r + 1, column=1, value="Bilaga 2: Logglista AD-konton (finns hos IT-enheten)")
    for col, w in zip("ABCDEFG", [7, 18, 60, 20, 13, 12, 60]):
        ws.column_dimensions[col].width = w
    tmp_xlsx = os.path.join(TMP, "ks.xlsx")
    wb.save(tmp_xlsx)
    soffice_convert(tmp_xlsx, "ods", TMP)
    shutil.move(os.path.join(TMP, "ks.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, ""))


# ---------------------------------------------------------------------------
# 10. Arbetsmarknadsnämnden: broken (truncated) xlsx
# ---------------------------------------------------------------------------
def file_amn():
    fil = "AMN uppföljning internkontroll 2025 (1).xlsx"
    namnd = "Arbetsmarknadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Arbetsmarknadsnämnden – uppföljning internkontroll 2025"
    ws.append([])
    ws.append(["Kontrollmoment", "Status", "Kommentar"])
    ws.append(["Kontroll av att anvisningar till arbetsmarknadsinsatser dokumenterats", "Genomförd", ""])
    ws.append(["Stickprov på utbetalning av anställningsstöd", "Delvis", "Påbörjad"])
    tmp = os.path.join(TMP, "amn.xlsx")
    wb.save(tmp)
    data = open(tmp, "rb").read()
    # simulated interrupted download / mail-client truncation
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: int(len(data) * 0.45)])
    FILES.append((fil, "AVVISAD", namnd, 2025, ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Bildningsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Bygg- och miljönämnden", "BMN|Bygg och miljö"),
    ("Räddningsnämnden", "RN|Räddningstjänsten Gruvsjö"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknads- och integrationsförvaltningen"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def main():
    generated = ["SV Uppföljning av internkontrollplan 2025 helår.xlsx", "TN IK-uppföljning T2.xlsx",
                 "Uppföljning internkontrollplan 2025 SN helår.docx",
                 "BUN Internkontrollplan 2025 inkl uppföljning.xlsx", "export_internkontroll_SBN_20260130.csv",
                 "Uppföljning IK ÖFN 2025-02-12.xls", "Delårsuppföljning internkontroll VON 2025.docx",
                 "Internkontroll 2025 uppföljning BMN och RN.docx", "KS internkontroll 2025.ods",
                 "AMN uppföljning internkontroll 2025 (1).xlsx"]
    for g in generated:
        p = os.path.join(OUT, g)
        if os.path.exists(p):
            os.remove(p)
    file_kfn()
    file_tn()
    file_sn()
    file_bun()
    file_sbn()
    file_ofn()
    file_von()
    file_bmn_rn()
    file_ks()
    file_amn()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(str(x) for x in row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert all(";" not in str(x) and "\n" not in str(x) for x in row), row
            f.write(";".join(row) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), "file lines,", len(EXPECTED), "expected controls")


if __name__ == "__main__":
    main()
