#!/usr/bin/python3
"""Round 65 – Ragunda kommun (Jämtland), delår 2025 (per 31 augusti).

Builds all follow-up files plus namnder.csv, files.csv, expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import glob
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    EXPECTED.append((fil, namnd, text, status, avv))


def clean():
    keep = {"make_round.py", "README.md"}
    for p in glob.glob(os.path.join(OUT, "*")) + glob.glob(os.path.join(OUT, ".~lock*")):
        if os.path.basename(p) not in keep:
            if os.path.isdir(p):
                shutil.rmtree(p)
            else:
                os.remove(p)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – block-of-rows sheet (.xlsx)
# ---------------------------------------------------------------------------
def ks_file():
    fil = "KS Uppföljning internkontroll delår 2025.xlsx"
    namnd = "Kommunstyrelsen"
    # (nr, control, ansvarig, utfört, resultat, avvikelse-cell, STATUS, avv)
    processes = [
        ("PROCESS 1  Ekonomi och redovisning", [
            ("1.1", "Stickprov av 15 leverantörsfakturor per tertial – attest och beslutsattest enligt delegationsordning och attestreglemente",
             "Ekonomichef", "Ja",
             "30 fakturor granskade (T1 och T2). Två fakturor saknade beslutsattest, attest inhämtad i efterhand.",
             "Ja – två fakturor saknade beslutsattest", "GENOMFORD", "ja"),
            ("1.2", "Kontroll att representation redovisas med syfte och deltagarförteckning",
             "Redovisningsekonom", "Delvis",
             "Kontroll gjord för januari–april utan anmärkning. Maj–augusti kontrolleras i september.",
             "Nej", "DELVIS", "nej"),
            ("1.3", "Avstämning av kundreskontra mot huvudbok vid varje månadsbokslut",
             "Redovisningsekonom", "",
             "Avstämning har genomförts varje månad januari–augusti. Inga differenser.",
             "", "GENOMFORD", "nej"),
        ]),
        ("PROCESS 2  Personal och lön", [
            ("2.1", "Kontroll av att avslutade anställningar avslutas i Heroma i rätt tid",
             "HR-chef", "Nej",
             "Ej genomförd på grund av vakans på HR-konsulttjänsten under våren. Planeras till oktober.",
             "", "EJ_GENOMFORD", "nej"),
            ("2.2", "Stickprov 10 löneutbetalningar – rätt lönetillägg och OB-ersättning enligt avtal",
             "Lönechef", "Ja, med anmärkning",
             "1 av 10 utbetalningar hade felaktigt OB-tillägg (för högt, 1 240 kr). Återkrav gjort i juni.",
             "Ja", "GENOMFORD", "ja"),
        ]),
        ("PROCESS 3  Upphandling och inköp", [
            ("3.1", "Avtalstrohet – granskning av inköp över 100 tkr mot avtalsdatabasen",
             "Upphandlare", "Se bilaga 2", "", "", "OKLAR", "nej"),
            ("3.2", "Kontroll att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Upphandlare", "Utgår",
             "Kontrollen utgår enligt KS beslut 2025-04-15 § 62, ersätts av länsgemensam granskning av direktupphandlingar.",
             "", "UTGAR", "nej"),
        ]),
        ("PROCESS 4  Informationssäkerhet och dokumenthantering", [
            ("4.1", "Behörighetsgenomgång i ekonomisystemet Visma – borttag av användare som slutat",
             "Systemförvaltare ekonomi", "", "", "", "SAKNAS", "nej"),
            ("4.2", "Kontroll av att sekretessmarkerade handlingar är rätt klassade i diariet (W3D3)",
             "Nämndsekreterare", "Påbörjad",
             "Genomgång av ärenden t.o.m. maj klar, juni–augusti återstår. Tre handlingar var felaktigt markerade som offentliga.",
             "Ja – 3 handlingar felklassade, rättade", "DELVIS", "ja"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 14
    for c in "CDEF":
        ws.column_dimensions[c].width = 26
    bold = Font(bold=True)
    ws["A1"] = "Ragunda kommun – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025, delår (t.o.m. 31 augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Ifylls av kontrollansvarig. Under 'Utfört:' anges Ja / Nej / Delvis / Utgår. "
                "Under 'Avvikelse:' anges Nej eller kort beskrivning av avvikelsen.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:F3")
    r = 5
    proc_fill = PatternFill("solid", fgColor="BDD7EE")
    ctrl_fill = PatternFill("solid", fgColor="F2F2F2")
    thin = Side(style="thin", color="999999")
    for proc, ctrls in processes:
        ws.cell(r, 1, proc).font = Font(bold=True, size=11)
        for c in range(1, 7):
            ws.cell(r, c).fill = proc_fill
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 2
        for nr, text, ansv, utf, res, avv, st, ja in ctrls:
            ws.cell(r, 1, nr).font = bold
            ws.cell(r, 2, text).font = bold
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 6, "Ansvarig: " + ansv).font = Font(italic=True, size=9)
            for c in range(1, 7):
                ws.cell(r, c).fill = ctrl_fill
                ws.cell(r, c).border = Border(top=thin)
            ws.row_dimensions[r].height = 30
            r += 1
            for label, val in (("Utfört:", utf), ("Resultat:", res), ("Avvikelse:", avv)):
                ws.cell(r, 2, label)
                if val:
                    ws.cell(r, 3, val)
                ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
                ws.cell(r, 3).alignment = Alignment(wrap_text=True, vertical="top")
                if label == "Resultat:" and len(val) > 60:
                    ws.row_dimensions[r].height = 30
                r += 1
            r += 1
            exp(fil, namnd, text, st, ja)
    r += 1
    ws.cell(r, 1, "Sammanställt av: Lena Mårtensson, controller, 2025-09-12")
    ws.cell(r + 1, 1, "Behandlad i KS arbetsutskott 2025-09-23")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – months as columns (.xls via soffice)
# ---------------------------------------------------------------------------
def bun_file():
    fil = "BUN internkontroll 2025 månadsavprickning.xls"
    namnd = "Barn- och utbildningsnämnden"
    M = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
    Y, H, E, N = "✔", "½", "✘", "–"
    # months dict: index->symbol (0=Jan)
    groups = [
        ("Skolskjuts", [
            ("1", "Kontroll att skolskjutsbeslut finns för samtliga elever på skolskjutslistan",
             "Skolskjutshandläggare", "Per termin", {0: Y, 7: H}, "N",
             "Höstterminens listor klara först v. 37, kontroll av dem återstår.", "DELVIS", "nej"),
            ("2", "Avstämning av fakturor från skolskjutsentreprenör mot körda turer",
             "Skolskjutshandläggare", "Månadsvis", {0: Y, 1: Y, 2: Y, 3: Y, 4: Y, 5: Y, 6: N, 7: Y}, "J",
             "Mars: tur 14 debiterad men ej körd (studiedag). Kreditering erhållen i april.", "GENOMFORD", "ja"),
        ]),
        ("Personal och säkerhet", [
            ("3", "Kontroll av utdrag ur belastningsregistret vid nyanställning i förskola och skola",
             "Rektorer/förskolechefer", "Månadsvis", {0: Y, 1: Y, 2: Y, 3: E, 4: Y, 5: Y, 6: N, 7: Y}, "J",
             "April: en vikarie på Bispgårdens förskola började innan utdrag visats upp. Rutin förtydligad.",
             "GENOMFORD", "ja"),
            ("4", "Kontroll av brandskyddsronder (SBA) på skolor och förskolor",
             "Fastighetssamordnare", "Kvartalsvis", {2: Y, 5: H}, "N",
             "Ronder i juni gjorda på 4 av 6 enheter.", "DELVIS", "nej"),
        ]),
        ("Elevhälsa och trygghet", [
            ("5", "Kontroll att anmälan om kränkande behandling lämnas till huvudman inom 5 arbetsdagar",
             "Kvalitetsstrateg", "Per termin", {5: E}, "N",
             "Har inte hunnits med under vårterminen, genomförs i oktober.", "EJ_GENOMFORD", "nej"),
            ("6", "Uppföljning av frånvaro – elever med över 15 % ogiltig frånvaro ska ha åtgärdsplan",
             "Elevhälsochef", "Kvartalsvis", {2: Y, 5: Y}, "J",
             "Juni: åtgärdsplan saknades för 3 elever på Hammarstrands skola.", "GENOMFORD", "ja"),
            ("7", "Kontroll av att IUP och utvecklingssamtal dokumenterats för samtliga elever",
             "Rektorer", "Per termin", {0: "U"}, "",
             "Utgår, ersatt av rektorernas kvalitetsuppföljning (BUN 2025-02-11 § 9).", "UTGAR", "nej"),
        ]),
        ("Ekonomi", [
            ("8", "Stickprov 10 inköp med inköpskort – kvitto och syfte ska finnas",
             "Förvaltningsekonom", "Kvartalsvis", {2: Y, 5: "P"}, "", "", "OKLAR", "nej"),
            ("9", "Kontroll av barnantal i förskolan mot debiterade barnomsorgsavgifter",
             "Förvaltningsekonom", "Kvartalsvis", {}, "", "", "SAKNAS", "nej"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen, Ragunda kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – månadsvis avprickning. Rapport till BUN per 31/8 (delår)."
    ws["A2"].font = Font(bold=True)
    ws["A3"] = (f"Teckenförklaring:  {Y} = utförd    {H} = delvis utförd    {E} = ej utförd    "
                f"{N} = ingen kontroll planerad denna månad    U = utgår")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Frekvens"] + M + ["Avvikelse (J/N)", "Kommentar"]
    hr = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 12
    for i in range(5, 17):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = 5
    ws.column_dimensions["Q"].width = 10
    ws.column_dimensions["R"].width = 60
    r = hr + 1
    month_counts = [0] * 12
    for g, ctrls in groups:
        ws.cell(r, 1, g).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        for nr, text, ansv, frekv, months, avv, komm, st, ja in ctrls:
            ws.cell(r, 1, int(nr))
            ws.cell(r, 2, text).alignment = Alignment(wrap_text=True)
            ws.cell(r, 3, ansv)
            ws.cell(r, 4, frekv)
            for mi, sym in months.items():
                c = ws.cell(r, 5 + mi, sym)
                c.alignment = Alignment(horizontal="center")
                if sym == Y:
                    month_counts[mi] += 1
            if avv:
                ws.cell(r, 17, avv).alignment = Alignment(horizontal="center")
            if komm:
                ws.cell(r, 18, komm).alignment = Alignment(wrap_text=True)
            exp(fil, namnd, text, st, ja)
            r += 1
    ws.cell(r, 2, f"Antal utförda kontroller ({Y})").font = Font(bold=True)
    for mi in range(8):
        ws.cell(r, 5 + mi, month_counts[mi]).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Uppdaterad 2025-09-08 av Jonas Eriksson, kvalitetsstrateg")
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "BUN internkontroll 2025 månadsavprickning.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, fil), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Vård- och omsorgsnämnden – Word, numbered paragraphs, bold status words
# ---------------------------------------------------------------------------
def von_file():
    from docx import Document
    from docx.shared import Pt, Cm
    fil = "VON Delårsuppföljning intern kontroll 2025.docx"
    namnd = "Vård- och omsorgsnämnden"
    # (control, bold status or None, result text or None, STATUS, avv)
    procs = [
        ("Process 1. Myndighetsutövning och biståndshandläggning", [
            ("Kontroll av att biståndsbeslut enligt SoL verkställs inom tre månader.",
             "Genomförd.", "Samtliga 46 beslut fattade januari–juni har verkställts inom tre månader. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Stickprov av 10 genomförandeplaner i hemtjänsten – att de upprättats inom 14 dagar och är signerade.",
             "Delvis genomförd.", "Stickprov gjort i hemtjänstgrupp Hammarstrand (5 planer), Bispgården återstår. "
             "2 av 5 planer hade upprättats senare än 14 dagar efter beslut.", "DELVIS", "ja"),
            ("Kontroll att ej verkställda beslut rapporteras till IVO varje kvartal.",
             "Genomförd.", "Rapportering för kvartal 1 och 2 har skett i tid.", "GENOMFORD", "nej"),
        ]),
        ("Process 2. Ekonomi och avgifter", [
            ("Stickprov av omsorgsavgifter för 15 brukare – rätt maxtaxa och förbehållsbelopp.",
             "Ej genomförd.", "Avgiftshandläggaren har varit sjukskriven sedan april. Kontrollen görs under hösten.",
             "EJ_GENOMFORD", "nej"),
            ("Kontroll att brukarnas kontantmedel (fickpengar) på särskilt boende redovisas och attesteras månadsvis.",
             "Genomförd.", "Kontroll gjord på Solbacka och Ammerhemmet. På Solbacka saknades kassabok för maj–juni, "
             "ny rutin med två signaturer infördes i juli.", "GENOMFORD", "ja"),
        ]),
        ("Process 3. Personal och bemanning", [
            ("Kontroll av att timanställda inte passerar gränsen för företrädesrätt och konvertering enligt LAS.",
             None, "Kontrollen har genomförts för samtliga timanställda per 30 juni. Ingen har passerat gränsen.",
             "GENOMFORD", "nej"),
            ("Kontroll att delegationsbeslut anmäls till nämnden vid varje sammanträde.",
             "Utgår.", "Kontrollmomentet utgår enligt nämndens beslut 2025-03-20 § 31 och hanteras i kommunstyrelsens plan.",
             "UTGAR", "nej"),
        ]),
        ("Process 4. Informationssäkerhet och patientsäkerhet", [
            ("Loggkontroll i Lifecare – 20 slumpvis utvalda journaler granskas.",
             "Pågår.", "10 av 20 journaler granskade. En otillåten åtkomst har konstaterats och anmälts som "
             "personuppgiftsincident.", "DELVIS", "ja"),
            ("Kontroll av att sommarvikarier undertecknat tystnadsplikt/sekretessförbindelse.",
             "Se kommentar.", None, "OKLAR", "nej"),
            ("Kontroll att läkemedelsrum och medicinskåp hålls låsta och att nyckelkvittens finns.",
             None, None, "SAKNAS", "nej"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(11)
    doc.add_paragraph("RAGUNDA KOMMUN\nVård- och omsorgsförvaltningen").runs[0].bold = True
    doc.add_paragraph("Dnr VON 2025/18\t\t\t2025-09-15")
    doc.add_heading("Uppföljning av intern kontroll – delår 1 januari–31 augusti 2025", level=1)
    doc.add_paragraph(
        "Vård- och omsorgsnämnden antog internkontrollplanen för 2025 den 23 januari 2025 (§ 4). "
        "Nedan redovisas uppföljningen av varje kontrollmoment per den 31 augusti. Status anges med fetstil "
        "direkt efter kontrollmomentet: Genomförd, Delvis genomförd/Pågår, Ej genomförd eller Utgår.")
    for proc, ctrls in procs:
        doc.add_heading(proc, level=2)
        for text, bold, res, stt, ja in ctrls:
            doc.add_paragraph(text, style="List Number")
            if bold or res:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.63)
                if bold:
                    rr = p.add_run(bold)
                    rr.bold = True
                    if res:
                        p.add_run(" ")
                if res:
                    p.add_run(res)
            exp(fil, namnd, text, stt, ja)
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. De kontroller som inte "
        "genomförts under våren planeras till hösten och redovisas i helårsuppföljningen.")
    doc.add_paragraph("Åsa Westin\nFörvaltningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Miljö- och byggnämnden – .odt, transposed table (controls as columns)
# ---------------------------------------------------------------------------
def mbn_file():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P, H
    fil = "Miljö- och byggnämnden IK delår 2025.odt"
    namnd = "Miljö- och byggnämnden"
    attrs = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Status (G/D/E/U)",
             "Iakttagelser", "Avvikelse", "Åtgärd"]
    # each: dict attr->value ; plus STATUS, avv
    ctrls = [
        (["K1", "Livsmedelskontroll",
          "Kontroll att planerade livsmedelsinspektioner enligt kontrollplanen genomförts",
          "Uttag ur Ecos, jämförelse mot kontrollplan", "Miljöchef", "D",
          "38 av 52 planerade inspektioner utförda (73 %).", "Nej", "Resterande inspektioner läggs sept–nov."],
         "DELVIS", "nej"),
        (["K2", "Livsmedelskontroll",
          "Debitering av timavgift för livsmedelskontroll – stickprov 10 ärenden",
          "Stickprov Ecos/ekonomisystem", "Administratör", "G",
          "Ett ärende hade inte debiterats (glömd faktura, 2 900 kr).", "Ja",
          "Faktura skickad 2025-06-03. Påminnelse i Ecos införd."],
         "GENOMFORD", "ja"),
        (["K3", "Bygglov",
          "Handläggningstid bygglov – beslut inom 10 veckor från komplett ansökan",
          "Uttag ur ByggR", "Byggnadsinspektör", "G",
          "Samtliga 41 beslut fattade inom lagstadgad tid.", "Nej", "–"],
         "GENOMFORD", "nej"),
        (["K4", "Bygglov",
          "Kontroll att avgiften reduceras när handläggningstiden överskridits",
          "Genomgång av ärenden med lång handläggningstid", "Byggnadsinspektör", "",
          "Kontrollen är inte påbörjad.", "", ""],
         "EJ_GENOMFORD", "nej"),
        (["K5", "Miljötillsyn",
          "Uppföljning av förelägganden om enskilda avlopp – att beslutade åtgärder är vidtagna",
          "Genomgång av förelägganden 2023–2024", "Miljöinspektör", "E",
          "Ej genomfört p.g.a. personalbrist, en miljöinspektörstjänst vakant sedan mars.", "Nej",
          "Prioriteras när tjänsten är tillsatt."],
         "EJ_GENOMFORD", "nej"),
        (["K6", "Miljötillsyn",
          "Kontroll av att delegationsbeslut redovisas till nämnden månadsvis",
          "Jämförelse Ecos/protokoll", "Nämndsekreterare", "G/D",
          "Juni och juli redovisades samlat i augusti.", "", ""],
         "OKLAR", "nej"),
        (["K7", "Ärendehantering och arkiv",
          "Kontroll att inkomna handlingar diarieförs inom 2 arbetsdagar – stickprov 25 handlingar",
          "Stickprov", "Administratör", "U",
          "Utgår – ersätts av kommungemensam kontroll i kommunstyrelsens plan.", "", ""],
         "UTGAR", "nej"),
        (["K8", "Ärendehantering och arkiv",
          "Kontroll av att beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka",
          "Stickprov", "Byggnadsinspektör", "", "", "", ""],
         "SAKNAS", "nej"),
    ]
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.automaticstyles.addElement(small)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cellst)
    headcell = Style(name="HeadCell", family="table-cell")
    headcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                            backgroundcolor="#E2EFD9"))
    doc.automaticstyles.addElement(headcell)
    col1 = Style(name="Col1", family="table-column")
    col1.addElement(TableColumnProperties(columnwidth="3.2cm"))
    doc.automaticstyles.addElement(col1)
    colw = Style(name="ColW", family="table-column")
    colw.addElement(TableColumnProperties(columnwidth="3.6cm"))
    doc.automaticstyles.addElement(colw)

    doc.text.addElement(P(stylename=bold, text="Ragunda kommun – Miljö- och byggnämnden"))
    doc.text.addElement(H(outlinelevel=1, text="Internkontroll 2025 – uppföljning per 31 augusti"))
    doc.text.addElement(P(text="Tabellerna läses kolumnvis: varje kolumn är ett kontrollmoment i nämndens "
                               "internkontrollplan 2025 (MBN 2024-12-10 § 88)."))
    doc.text.addElement(P(stylename=small, text="Status: G = genomförd, D = delvis genomförd, "
                                                "E = ej genomförd, U = utgår."))

    def table(name, chunk):
        t = Table(name=name)
        t.addElement(TableColumn(stylename=col1))
        t.addElement(TableColumn(stylename=colw, numbercolumnsrepeated=len(chunk)))
        for ai, a in enumerate(attrs):
            tr = TableRow()
            c = TableCell(stylename=headcell, valuetype="string")
            c.addElement(P(stylename=bold, text=a))
            tr.addElement(c)
            for vals, _, _ in chunk:
                c = TableCell(stylename=headcell if ai == 0 else cellst, valuetype="string")
                if vals[ai]:
                    c.addElement(P(stylename=bold, text=vals[ai]) if ai == 0 else P(text=vals[ai]))
                else:
                    c.addElement(P())
                tr.addElement(c)
            t.addElement(tr)
        return t

    doc.text.addElement(table("Kontroller1", ctrls[:4]))
    doc.text.addElement(P())
    doc.text.addElement(P(text="Forts. kontrollmoment K5–K8"))
    doc.text.addElement(table("Kontroller2", ctrls[4:]))
    doc.text.addElement(P())
    doc.text.addElement(P(text="Hammarstrand 2025-09-10"))
    doc.text.addElement(P(text="Per-Olof Jonsson, miljö- och byggchef"))
    for vals, st, ja in ctrls:
        exp(fil, namnd, vals[2], st, ja)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Consultant CSV, English column names, two nämnder (cp1252, comma)
# ---------------------------------------------------------------------------
def consultant_csv():
    fil = "IC_testing_Ragunda_interim2025.csv"
    header = ["Ref", "Committee", "Process", "Control activity", "Test period", "Status",
              "Finding", "Exception (Y/N)", "Reviewer"]
    rows = []
    # committee text in file, register name
    TN, TNR = "Tekniska nämnden", "Tekniska nämnden"
    KF, KFR = "Kultur & fritid", "Kultur- och fritidsnämnden"
    ctrls = [
        # ref, committee, register, process, control, [(period, status, finding, exc)], STATUS, avv
        ("TN-01", TN, TNR, "Purchasing",
         "Avstämning av fakturor från entreprenörer inom gata och VA mot avtal och à-priser, stickprov 15",
         [("YTD Aug 2025", "Completed",
           "2 of 15 invoices charged index-adjusted prices not supported by the contract (total SEK 18,400). Credit requested.",
           "Y")], "GENOMFORD", "ja"),
        ("TN-02", TN, TNR, "Fleet",
         "Kontroll av att fordonens körjournaler förs och attesteras månadsvis",
         [("Q1 2025", "Completed", "All journals for Jan-Mar attested.", "N"),
          ("Q2 2025", "In progress", "April-May tested, June journals pending attestation.", "N")],
         "DELVIS", "nej"),
        ("TN-03", TN, TNR, "Water & sewage",
         "Uppföljning av att provtagningsplanen för dricksvatten (egenkontroll) följs",
         [("YTD Aug 2025", "Completed",
           "All scheduled samples taken. One sample at Stugun waterworks exceeded the E. coli limit, boil-water notice issued 12 June.",
           "Y")], "GENOMFORD", "ja"),
        ("TN-04", TN, TNR, "Asset management",
         "Inventering av vägbelysningsanläggningar mot anläggningsregistret",
         [("YTD Aug 2025", "Not started", "Planned for Q4 2025.", "N")], "EJ_GENOMFORD", "nej"),
        ("TN-05", TN, TNR, "Health & safety",
         "Kontroll att arbetsmiljörond genomförts på återvinningscentralen",
         [("YTD Aug 2025", "", "Safety round completed 14 May 2025, no remarks.", "N")], "GENOMFORD", "nej"),
        ("KF-01", KF, KFR, "Cash handling",
         "Kontroll av kassahantering i simhallen, dagskassor stäms av mot kassasystemet",
         [("Q1 2025", "Completed", "No differences.", "N"),
          ("Q2 2025", "Completed with remarks", "Cash difference of SEK -350 on 22 April not explained.", "Y")],
         "GENOMFORD", "ja"),
        ("KF-02", KF, KFR, "Grants",
         "Kontroll av att föreningsbidrag betalats ut enligt beslut och bidragsregler, stickprov 8 föreningar",
         [("YTD Aug 2025", "Partially completed", "5 of 8 associations reviewed, no exceptions so far.", "N")],
         "DELVIS", "nej"),
        ("KF-03", KF, KFR, "Library",
         "Kontroll av kostnadstak för bibliotekets e-medieutlån",
         [("YTD Aug 2025", "N/A – withdrawn", "Removed from the plan by committee decision 7 May 2025.", "")],
         "UTGAR", "nej"),
        ("KF-04", KF, KFR, "Facilities",
         "Kontroll att hyresavtal för föreningslokaler är aktuella och undertecknade",
         [("YTD Aug 2025", "TBC", "Awaiting information from the property unit.", "")], "OKLAR", "nej"),
    ]
    for ref, com, reg, proc, ctrl, periods, st, ja in ctrls:
        for per, s, f, e in periods:
            rows.append([ref, com, proc, ctrl, per, s, f, e, "M. Lindqvist"])
        exp(fil, reg, ctrl, st, ja)
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as fh:
        fh.write("Internal control testing - Ragunda kommun - interim review 2025 (period ending 31 Aug 2025)\r\n")
        w = csv.writer(fh, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
    FILES.append((fil, "INLAST", TNR, "2025", "DELAR"))
    FILES.append((fil, "INLAST", KFR, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Ragunda Fastigheter AB – .ods with traffic-light fills T1 | T2
# ---------------------------------------------------------------------------
def rfab_file():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    fil = "RFAB internkontroll T2 2025.ods"
    namnd = "Ragunda Fastigheter AB"
    G, Yw, R, Gr, O = "#00B050", "#FFFF00", "#FF0000", "#A6A6A6", "#FFC000"
    ctrls = [
        ("R1", "Ekonomi", "Hyresavisering – kontroll att samtliga kontrakt aviseras (hyresreskontra mot kontraktsregister)",
         "Tertial", G, G, "Inga differenser.", "GENOMFORD", "nej"),
        ("R2", "Ekonomi", "Uppföljning av hyresfordringar äldre än 60 dagar och att inkassorutinen följs",
         "Tertial", G, Yw, "T2: 4 ärenden skickades inte till inkasso i juli (semester). Åtgärdas i september.",
         "DELVIS", "ja"),
        ("R3", "Förvaltning", "Kontroll att felanmälningar åtgärdas inom utlovad tid – stickprov 20",
         "Tertial", R, G, "T1 ej gjord. T2: 18 av 20 åtgärdade inom utlovad tid, 2 försenade (reservdelar).",
         "GENOMFORD", "ja"),
        ("R4", "Förvaltning", "OVK-besiktningar enligt besiktningsplan",
         "Årlig", None, R, "Besiktningsman upphandlas, besiktningarna skjuts till våren 2026.",
         "EJ_GENOMFORD", "nej"),
        ("R5", "Ekonomi", "Attest av fakturor över 50 tkr av VD – stickprov",
         "Årlig", G, None, "Kontrollen görs en gång per år, utförd i april.", "GENOMFORD", "nej"),
        ("R6", "Säkerhet", "Brandskyddskontroll (SBA) i gemensamma utrymmen i Hammarstrand och Bispgården",
         "Årlig", Gr, None, "Hanteras 2025 genom räddningstjänstens tillsyn.", "UTGAR", "nej"),
        ("R7", "Säkerhet", "Kontroll av att nyckelkvittenser finns för utlämnade huvudnycklar",
         "Tertial", None, None, "", "SAKNAS", "nej"),
        ("R8", "Styrning", "Styrelseprotokoll justeras och diarieförs inom 14 dagar",
         "Tertial", G, O, "Justering försenad vid två tillfällen (maj, juni).", "OKLAR", "ja"),
    ]
    doc = OpenDocumentSpreadsheet()
    styles = {}
    for col in (G, Yw, R, Gr, O):
        s = Style(name="bg" + col[1:], family="table-cell")
        s.addElement(TableCellProperties(backgroundcolor=col, border="0.5pt solid #000000"))
        doc.automaticstyles.addElement(s)
        styles[col] = s
    bord = Style(name="bord", family="table-cell")
    bord.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
    doc.automaticstyles.addElement(bord)
    hdrst = Style(name="hdr", family="table-cell")
    hdrst.addElement(TableCellProperties(border="0.5pt solid #000000", backgroundcolor="#DDEBF7"))
    hdrst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(hdrst)
    titst = Style(name="tit", family="table-cell")
    titst.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(titst)
    widths = ["1.6cm", "2.6cm", "9cm", "2cm", "1.6cm", "1.6cm", "9cm"]
    t = Table(name="Internkontroll 2025")
    for i, wdt in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def row(vals, stylemap=None):
        tr = TableRow()
        if not vals:
            vals = [""]
        for i, v in enumerate(vals):
            st = (stylemap or {}).get(i)
            kw = {"stylename": st} if st is not None else {}
            if v is None or v == "":
                c = TableCell(**kw)
            else:
                c = TableCell(valuetype="string", **kw)
                c.addElement(P(text=v))
            tr.addElement(c)
        t.addElement(tr)

    row(["Ragunda Fastigheter AB – uppföljning av internkontrollplan 2025"], {0: titst})
    row(["Rapport till ägaren (Ragunda kommun, kommunstyrelsen) – tertial 2, januari–augusti 2025"])
    row([])
    row(["Risk-ID", "Riskområde", "Kontroll", "Frekvens", "T1", "T2", "Notering"],
        {i: hdrst for i in range(7)})
    for rid, omr, text, fr, t1, t2, note, st, ja in ctrls:
        sm = {i: bord for i in range(7)}
        if t1:
            sm[4] = styles[t1]
        if t2:
            sm[5] = styles[t2]
        row([rid, omr, text, fr, "", "", note], sm)
        exp(fil, namnd, text, st, ja)
    row([])
    row(["", "Färgförklaring:"])
    row(["", "", "Genomförd", "", ""], {4: styles[G]})
    row(["", "", "Påbörjad / delvis genomförd", "", ""], {4: styles[Yw]})
    row(["", "", "Ej genomförd", "", ""], {4: styles[R]})
    row(["", "", "Utgår", "", ""], {4: styles[Gr]})
    row([])
    row(["", "Sammanställd av Karin Nordlund, ekonomiansvarig, 2025-09-05"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – Status 2024 | Status 2025 side by side (.xlsx)
# ---------------------------------------------------------------------------
def ofn_file():
    fil = "Överförmyndarnämnden_IKP_uppf_2025-08-31.xlsx"
    namnd = "Överförmyndarnämnden"
    ctrls = [
        ("Granskning av årsräkningar – att samtliga inkommit senast 1 mars", "J", "J",
         "Fem årsräkningar inkom efter 1 mars, påminnelser skickade och samtliga inkomna i april.",
         "GENOMFORD", "ja"),
        ("Kontroll av att arvoden till ställföreträdare beslutats och betalats ut korrekt – stickprov 10", "J", "D",
         "6 av 10 kontrollerade, inga fel hittills.", "DELVIS", "nej"),
        ("Kontroll av att ställföreträdare har utdrag ur belastningsregistret vid förordnande", "N", "",
         "2024: ej genomförd p.g.a. byte av verksamhetssystem.", "SAKNAS", "nej"),
        ("Kontroll att förteckningar inkommer inom två månader efter förordnande", "J", "N",
         "Ej genomförd 2025, handläggarna har prioriterat årsräkningsgranskningen.", "EJ_GENOMFORD", "nej"),
        ("Genomgång av akter med överförmyndarspärr på konton – stickprov 15", "-", "J",
         "Ny kontroll 2025. En akt saknade spärrbevis från banken, begärt in.", "GENOMFORD", "ja"),
        ("Kontroll av att godmanskap för ensamkommande barn avslutas vid 18 års ålder", "J", "U",
         "Inga aktuella ärenden 2025.", "UTGAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Överförmyndarnämnden i Ragunda kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan – uppföljning per 2025-08-31 (delårsbokslut)"
    ws["A2"].font = Font(bold=True)
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Status 2024", "Status 2025", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    metod = ["Genomgång i Wärna", "Stickprov", "Genomgång nya förordnanden", "Genomgång i Wärna",
             "Stickprov", "Genomgång ärendelista"]
    r = 5
    for i, (text, s24, s25, komm, st, ja) in enumerate(ctrls, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, text).alignment = Alignment(wrap_text=True)
        ws.cell(r, 3, metod[i - 1])
        ws.cell(r, 4, s24).alignment = Alignment(horizontal="center")
        if s25:
            ws.cell(r, 5, s25).alignment = Alignment(horizontal="center")
        ws.cell(r, 6, komm).alignment = Alignment(wrap_text=True)
        exp(fil, namnd, text, st, ja)
        r += 1
    r += 1
    ws.cell(r, 2, "J = Ja, genomförd   D = Delvis genomförd   N = Nej, ej genomförd   U = Utgår   - = ej med i planen det året").font = Font(italic=True, size=9)
    ws.cell(r + 1, 2, "Ansvarig: Maria Sjödin, handläggare överförmyndarenheten").font = Font(size=9)
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 11
    ws.column_dimensions["E"].width = 11
    ws.column_dimensions["F"].width = 60
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: a cover letter (missiv) without any controls
# ---------------------------------------------------------------------------
def missiv_file():
    from docx import Document
    fil = "Missiv internkontroll VON delår 2025.docx"
    doc = Document()
    doc.add_paragraph("Ragunda kommun\nVård- och omsorgsförvaltningen")
    doc.add_paragraph("2025-09-15")
    doc.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    doc.add_heading("Översändande av delårsuppföljning av intern kontroll 2025", level=2)
    doc.add_paragraph(
        "Härmed översänds vård- och omsorgsnämndens uppföljning av internkontrollplanen per 31 augusti 2025. "
        "Uppföljningen behandlas av nämnden den 25 september och protokollsutdrag skickas efter justering.")
    doc.add_paragraph("Frågor besvaras av undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\nÅsa Westin\nFörvaltningschef\n0696-68 xxx")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Socialförvaltningen"),
            ("Miljö- och byggnämnden", "MBN|Miljö- och byggkontoret|Miljö och bygg"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur & fritid|Kultur och fritid"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
            ("Ragunda Fastigheter AB", "RFAB|Fastighetsbolaget|Ragunda Fastigheter"),
            ("Valnämnden", "VN"),
            ("Krisledningsnämnden", "KLN"),
        ]:
            fh.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2] and "\n" not in row[2], row
            fh.write(";".join(row) + "\n")


def main():
    clean()
    ks_file()
    bun_file()
    von_file()
    mbn_file()
    consultant_csv()
    rfab_file()
    ofn_file()
    missiv_file()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
