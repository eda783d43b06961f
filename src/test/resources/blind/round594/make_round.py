#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r594 - Båstad kommun, delår 2025 (jan-aug).

Builds every follow-up file plus namnder.csv, files.csv, expected.csv in this folder.
Run: /usr/bin/python3 make_round.py
"""
import os
import csv
import shutil
import subprocess

from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import H, P, Span
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r594-build"
LO_PROFILE = "file:///tmp/lo-round594"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers (docx)
def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def docx_table(doc, header, rows, style="Table Grid", size=9):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = style
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True, size=size)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, size=size)
    return t


# ====================================================================== 1. KS
def make_ks():
    fil = "KS delårsrapport 2025 - kapitel Kommunstyrelsen.docx"
    N = "Kommunstyrelsen"
    doc = Document()
    doc.add_heading("Delårsrapport januari–augusti 2025", 0)
    doc.add_heading("Kapitel 4. Kommunstyrelsen", 1)
    doc.add_paragraph(
        "Kommunstyrelsen är kommunens ledande politiska organ och ansvarar för kommunledningsförvaltningens "
        "verksamheter: ekonomi, HR, IT och digitalisering, kommunikation samt kansli. Kapitlet redovisar "
        "ekonomiskt utfall, personal och uppföljning av intern kontroll för perioden januari–augusti 2025.")

    doc.add_heading("4.1 Ekonomiskt utfall", 2)
    doc.add_paragraph("Belopp i tkr. Prognosen avser helår 2025.")
    docx_table(doc, ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Budgetavvikelse"], [
        ["Kommunledning och kansli", "18 450", "11 980", "18 200", "250"],
        ["Ekonomiavdelningen", "14 120", "9 310", "14 350", "-230"],
        ["HR-avdelningen", "16 780", "10 620", "16 500", "280"],
        ["IT och digitalisering", "22 900", "16 040", "23 600", "-700"],
        ["Kommunikation och turism", "9 640", "6 870", "9 640", "0"],
        ["Summa", "81 890", "54 820", "82 290", "-400"],
    ])
    doc.add_paragraph(
        "Underskottet inom IT och digitalisering förklaras av högre licenskostnader än budgeterat "
        "efter övergången till nytt ekonomisystem.")

    doc.add_heading("4.2 Personal", 2)
    docx_table(doc, ["Nyckeltal", "Aug 2024", "Aug 2025", "Kommentar"], [
        ["Antal tillsvidareanställda", "112", "118", "Två nya tjänster inom IT"],
        ["Sjukfrånvaro, %", "4,1", "3,6", "Korttidsfrånvaron har minskat"],
        ["Personalomsättning, %", "9,8", "7,2", ""],
        ["Medarbetare med genomfört medarbetarsamtal, %", "86", "91", ""],
    ])

    doc.add_heading("4.3 Intern kontroll", 2)
    doc.add_paragraph(
        "Kommunstyrelsens internkontrollplan för 2025 antogs 2024-12-04, § 212. Planen omfattar sju "
        "kontrollmoment. Nedan redovisas utfallet för perioden januari–augusti. Avvikelser och åtgärder "
        "rapporteras även i helårsuppföljningen.")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov på 40 fakturor från perioden januari–juni. Samtliga var attesterade av behörig "
         "attestant. Kontrollen är genomförd utan anmärkning.", "Ingen åtgärd krävs.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Representation – kontroll av att syfte och deltagare framgår av underlaget",
         "Kontrollen genomförd. I 4 av 25 granskade verifikationer saknades deltagarförteckning.",
         "Påminnelse om riktlinjerna för representation skickas till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Köp utanför ramavtal (avtalstrohet) för inköp över 100 tkr",
         "Analys av inköp över 100 tkr pågår tillsammans med upphandlingsenheten. Resultatet "
         "redovisas i helårsuppföljningen.", "–",
         "DELVIS", ""),
        ("HR", "Löneutbetalningar – kontroll av att nyanställda registrerats med rätt lön",
         "Ej genomförd under perioden på grund av byte av lönesystem. Kontrollen flyttas till hösten.",
         "Genomförs i oktober 2025.",
         "EJ_GENOMFORD", ""),
        ("IT och informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet",
         "Se bilaga 2.", "",
         "OKLAR", ""),
        ("Dokumenthantering", "Diarieföring av inkomna handlingar inom föreskriven tid",
         "Genomförd. 18 av 20 kontrollerade handlingar var diarieförda inom tre arbetsdagar, två "
         "diarieförda efter 5–8 dagar.",
         "Rutinen för registrering under semesterperioden ses över.",
         "GENOMFORD", "ja"),
        ("Säkerhet", "Kontroll av att kommunens krisledningsplan är uppdaterad",
         "Utgår enligt beslut KS 2025-03-05 § 41. Ersätts av ny plan för civilt försvar.", "",
         "UTGAR", ""),
    ]
    docx_table(doc, ["Kontrollområde", "Kontrollmoment", "Utfall", "Åtgärd"],
               [r[:4] for r in rows])
    doc.add_paragraph("Bilaga 2 Behörighetsgenomgång ekonomisystemet redovisas separat (sekretess).")

    doc.add_heading("4.4 Framtid", 2)
    doc.add_paragraph(
        "Under hösten fortsätter arbetet med införandet av det nya lönesystemet och förberedelserna "
        "inför budget 2026. Kommunstyrelsen bedömer att den interna kontrollen i huvudsak är tillräcklig.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for r in rows:
        exp(fil, N, r[1], r[4], r[5])


# ====================================================================== 2. BSN (.odt)
def odt_styles(doc):
    st = {}
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)
    title = Style(name="Title", family="paragraph")
    title.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    doc.styles.addElement(title)
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    cell = Style(name="Cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cell)
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                         backgroundcolor="#D9E2F3"))
    doc.automaticstyles.addElement(hcell)
    st.update(h1=h1, h2=h2, title=title, bold=bold, cell=cell, hcell=hcell)
    return st


def odt_table(doc, st, name, header, rows, widths=None):
    t = Table(name=name)
    for k in range(len(header)):
        if widths:
            cs = Style(name=f"{name}C{k}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=widths[k]))
            doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        else:
            t.addElement(TableColumn())
    tr = TableRow()
    for h in header:
        c = TableCell(stylename=st["hcell"], valuetype="string")
        p = P()
        p.addElement(Span(stylename=st["bold"], text=h))
        c.addElement(p)
        tr.addElement(c)
    t.addElement(tr)
    for row in rows:
        tr = TableRow()
        for v in row:
            c = TableCell(stylename=st["cell"], valuetype="string")
            for line in v.split("\n"):
                c.addElement(P(text=line))
            tr.addElement(c)
        t.addElement(tr)
    return t


def make_bsn():
    fil = "BSN_Intern_kontroll_delar_2025.odt"
    N = "Barn- och skolnämnden"
    doc = OpenDocumentText()
    st = odt_styles(doc)
    doc.text.addElement(P(stylename=st["title"], text="Barn- och skolnämnden"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti"))
    doc.text.addElement(P(text="Dnr BSN 2024/318"))
    doc.text.addElement(H(outlinelevel=1, stylename=st["h1"], text="Sammanfattning"))
    doc.text.addElement(P(text=(
        "Barn- och skolnämnden antog internkontrollplanen för 2025 den 11 december 2024. Planen innehåller "
        "sju kontrollmoment. Av dessa har tre genomförts under perioden januari–augusti, ett pågår och "
        "ett har flyttats till hösten. Ett kontrollmoment har flyttats till kommunstyrelsens plan.")))
    doc.text.addElement(H(outlinelevel=1, stylename=st["h1"], text="Redovisning per kontrollmoment"))

    ctrls = [
        ("Registerkontroll – utdrag ur belastningsregistret vid nyanställning",
         ["Ansvarig: HR-konsult, Barn- och skolförvaltningen",
          "Metod: Genomgång av samtliga nyanställningar i förskola och skola januari–juli.",
          "Resultat: Samtliga 34 nyanställningar under perioden har kontrollerats. För en timanställd "
          "vikarie saknades utdrag vid anställningens början; utdraget begärdes in i efterhand och var utan anmärkning.",
          "Åtgärd: Rektorer påminns om att utdrag ska visas före första arbetsdagen."],
         "GENOMFORD", "ja"),
        ("Anmälan om kränkande behandling till huvudman",
         ["Ansvarig: Kvalitetsstrateg",
          "Resultat: Kontrollen är genomförd. Alla anmälningar från rektor har registrerats och "
          "vidarebefordrats till nämnden inom en vecka. Inga avvikelser."],
         "GENOMFORD", "nej"),
        ("Skolpliktsbevakning – uppföljning av elever med hög frånvaro",
         ["Ansvarig: Elevhälsochef",
          "Resultat: Uppföljningen påbörjades i maj och har hittills omfattat tre av sju skolor. "
          "Resterande skolor följs upp under september."],
         "DELVIS", ""),
        ("Hantering av skolskjutsbeslut enligt gällande riktlinjer",
         ["Ansvarig: Skolskjutssamordnare",
          "Resultat: Kontrollen har inte genomförts under perioden. Den är planerad till oktober i "
          "samband med höstterminens skolskjutsplanering."],
         "EJ_GENOMFORD", ""),
        ("Avgifter i förskola och fritidshem – kontroll av inkomstuppgifter",
         ["Ansvarig: Avgiftshandläggare",
          "Metod: Stickprov om 30 hushåll jämförs mot uppgifter från Skatteverket.",
          "Resultat: Inga felaktigheter upptäcktes."],
         "GENOMFORD", "nej"),
        ("Tillbud och arbetsskador rapporteras i KIA",
         ["Ansvarig: Förvaltningschef",
          "Resultat: Ej aktuell för nämnden 2025 – kontrollen har flyttats till kommunstyrelsens "
          "gemensamma plan för arbetsmiljö."],
         "UTGAR", ""),
        ("Inköp av läromedel sker från upphandlade leverantörer",
         ["Ansvarig: Controller",
          "Metod: Genomgång av fakturor från läromedelsleverantörer.",
          "Resultat: –"],
         "SAKNAS", ""),
    ]
    for i, (km, paras, s, a) in enumerate(ctrls, start=1):
        doc.text.addElement(H(outlinelevel=2, stylename=st["h2"], text=km))
        for ptxt in paras:
            doc.text.addElement(P(text=ptxt))
    doc.text.addElement(H(outlinelevel=1, stylename=st["h1"], text="Nämndens bedömning"))
    doc.text.addElement(P(text=(
        "Nämnden bedömer att den interna kontrollen under perioden har fungerat tillfredsställande. "
        "Kontrollmoment som inte genomförts redovisas i helårsuppföljningen.")))
    doc.text.addElement(P(text="Båstad 2025-09-05"))
    doc.text.addElement(P(text="Lena Sjöberg, förvaltningschef"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for i, (km, paras, s, a) in enumerate(ctrls, start=1):
        exp(fil, N, km, s, a)


# ====================================================================== 3. VON (merged process cells, scale 1-4)
def make_von():
    fil = "VON uppföljning IK-plan 2025 delår.docx"
    N = "Vård- och omsorgsnämnden"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Vård- och omsorgsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – delårsbokslut per 31 augusti")
    doc.add_paragraph(
        "Bedömningen anges enligt skalan 1–4, där 1 = kontrollen genomförd utan avvikelse, "
        "2 = genomförd med mindre avvikelser, 3 = delvis genomförd eller pågår och 4 = ej genomförd.")
    groups = [
        ("Myndighetsutövning", [
            ("Biståndsbeslut fattas enligt delegationsordningen", "Stickprov 20 beslut",
             "Enhetschef myndighet", "1", "Samtliga beslut fattade av behörig delegat.", "GENOMFORD", "nej"),
            ("Utredningstid från ansökan till beslut", "Uttag ur Lifecare",
             "Enhetschef myndighet", "2",
             "Medelhandläggningstid 24 dagar. Fem ärenden översteg 60 dagar.", "GENOMFORD", "ja"),
            ("Uppföljning av verkställda beslut inom särskilt boende", "Genomgång av genomförandeplaner",
             "Biståndshandläggare", "3", "Genomgång av två av fyra boenden klar.", "DELVIS", ""),
        ]),
        ("Hälso- och sjukvård", [
            ("Läkemedelshantering – signeringslistor och avvikelser", "Egenkontroll",
             "MAS", "2", "Brister i signering på ett boende (Skogsgläntan). Handlingsplan upprättad.",
             "GENOMFORD", "ja"),
            ("Delegeringar av hälso- och sjukvårdsuppgifter är aktuella", "Kontroll i delegeringsregistret",
             "MAS", "4", "Ej genomförd på grund av vakans som MAS under våren.", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Hantering av brukares privata medel (kontantkassor)", "Kassainventering",
             "Enhetschef", "1", "Inventering utan anmärkning på samtliga enheter.", "GENOMFORD", "nej"),
            ("Debitering av omsorgsavgifter stämmer mot utförd tid", "Avstämning mot planeringssystem",
             "Avgiftshandläggare", "", "Kontrollen utförs i oktober.", "EJ_GENOMFORD", ""),
            ("Fakturering av vårdavgifter till andra kommuner", "Genomgång av placeringar",
             "Controller", "", "Utgår – inga sådana placeringar under 2025.", "UTGAR", ""),
        ]),
        ("Personal", [
            ("Timanställdas arbetstid och LAS-dagar bevakas", "Uttag ur Heroma",
             "HR-specialist", "3", "Uttag gjort för hemtjänsten, särskilt boende återstår.", "DELVIS", ""),
        ]),
    ]
    header = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Bedömning", "Kommentar"]
    nrows = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + nrows, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True, size=9)
    ri = 1
    for proc, items in groups:
        start = ri
        for it in items:
            cells = t.rows[ri].cells
            for j, v in enumerate(it[:5], start=1):
                set_cell(cells[j], v, size=9)
            ri += 1
        top = t.cell(start, 0)
        if ri - 1 > start:
            top = top.merge(t.cell(ri - 1, 0))
        set_cell(top, proc, bold=True, size=9)
    doc.add_paragraph("")
    doc.add_paragraph("Sammanställd av Karin Holm, kvalitetsutvecklare, 2025-09-10.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for proc, items in groups:
        for it in items:
            exp(fil, N, it[0], it[5], it[6])


# ====================================================================== 4. SBF xlsx, two nämnder
def make_sbf():
    fil = "SBF_internkontroll_2025_delar.xlsx"
    wb = Workbook()
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="C6E0B4")
    sheets = [
        ("Byggnadsnämnden", "Byggnadsnämnden", [
            ("1", "Bygglov", "Handläggningstid för kompletta bygglovsansökningar (10 veckor)", "Tertial",
             "Bygglovschef", "Klar", "Klar",
             "2 ärenden överskred 10 veckor, avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
            ("2", "Bygglov", "Avgiftsuttag enligt gällande plan- och bygglovstaxa", "Delår",
             "Bygglovschef", "-", "Klar", "Stickprov 15 beslut, inga fel.", "GENOMFORD", "nej"),
            ("3", "Tillsyn", "Ärenden om ovårdade tomter och olovligt byggande följs upp", "Helår",
             "Byggnadsinspektör", "", "Pågår", "Genomgång av äldre ärenden pågår.", "DELVIS", ""),
            ("4", "Tillsyn", "Obligatorisk ventilationskontroll (OVK) – påminnelser skickas till fastighetsägare",
             "Tertial", "Byggnadsinspektör", "Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
            ("5", "GIS och kart", "Kartdatabasen uppdateras efter antagna detaljplaner", "Delår",
             "GIS-ingenjör", "", "Ej påbörjad", "Resursbrist, flyttas till T3.", "EJ_GENOMFORD", ""),
            ("6", "Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Tertial",
             "Nämndsekreterare", "Klar", "Klar", "", "GENOMFORD", ""),
        ]),
        ("Miljö- och hälsoskydd", "Miljö- och hälsoskyddsnämnden", [
            ("1", "Tillsyn", "Tillsynsplanen följs – andel genomförda planerade besök", "Tertial",
             "Miljöchef", "Pågår", "Pågår", "62 % av planerade besök genomförda per 31/8.", "DELVIS", ""),
            ("2", "Tillsyn", "Livsmedelskontroll – kontrollrapport skickas inom två veckor efter besök",
             "Tertial", "Livsmedelsinspektör", "Klar", "Klar",
             "3 av 40 rapporter skickades senare än två veckor.", "GENOMFORD", "ja"),
            ("3", "Avgifter", "Årliga tillsynsavgifter debiteras enligt taxa", "Delår",
             "Administratör", "-", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("4", "Avgifter", "Timavgift för extra offentlig kontroll tas ut", "Delår",
             "Administratör", "", "", "", "SAKNAS", ""),
            ("5", "Ärendehantering", "Klagomålsärenden kvitteras inom fem arbetsdagar", "Tertial",
             "Miljöinspektör", "Klar", "Pågår", "Uppföljning av sommarens ärenden pågår.", "DELVIS", ""),
            ("6", "Ärendehantering", "Sekretessmarkering av handlingar i Ecos", "Helår",
             "Nämndsekreterare", "", "Utgår", "Ersätts av gemensam kontroll i KS plan.", "UTGAR", ""),
            ("7", "Tillsyn", "Förelägganden om enskilda avlopp följs upp", "Helår",
             "Miljöinspektör", "", "Ej påbörjad", "Planeras till november.", "EJ_GENOMFORD", ""),
        ]),
    ]
    first = True
    for sname, namnd, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sname
        ws["A1"] = "Uppföljning internkontrollplan 2025"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = f"Nämnd: {namnd}"
        ws["A3"] = "Förvaltning: Samhällsbyggnadsförvaltningen"
        ws["A4"] = "Status anges som Klar / Pågår / Ej påbörjad / Utgår. Uppföljningsperiod: delår (jan–aug)."
        ws["A4"].font = Font(italic=True, size=9)
        header = ["Nr", "Process", "Kontrollmoment", "Kontrollfrekvens", "Ansvarig",
                  "Status T1", "Status delår", "Kommentar delår"]
        for j, h in enumerate(header, start=1):
            c = ws.cell(row=6, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = hfill
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r0 = 7
        for i, row in enumerate(rows):
            for j, v in enumerate(row[:8], start=1):
                val = int(v) if j == 1 else (v if v != "" else None)
                c = ws.cell(row=r0 + i, column=j, value=val)
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="top")
        # merge consecutive equal process cells (column B)
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][1] == rows[i][1]:
                k += 1
            if k > i:
                for m in range(i + 1, k + 1):
                    ws.cell(row=r0 + m, column=2).value = None
                ws.merge_cells(start_row=r0 + i, start_column=2, end_row=r0 + k, end_column=2)
            i = k + 1
        end = r0 + len(rows) + 1
        ws.cell(row=end, column=1, value="Sammanställt 2025-09-08, Anders Persson, förvaltningsekonom")
        for col, w in zip("ABCDEFGH", [5, 18, 55, 14, 20, 12, 12, 50]):
            ws.column_dimensions[col].width = w
        ws.print_title_rows = "6:6"
        FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
        for row in rows:
            exp(fil, namnd, row[2], row[8], row[9])
    wb.save(os.path.join(OUT, fil))


# ====================================================================== 5. TSN delårsrapport, T1/Delår lines
def make_tsn():
    fil = "Delårsrapport TSN jan-aug 2025.docx"
    N = "Teknik- och servicenämnden"
    doc = Document()
    doc.add_heading("Teknik- och servicenämnden", 0)
    doc.add_paragraph("Delårsrapport januari–augusti 2025")
    doc.add_heading("Viktiga händelser under perioden", 1)
    doc.add_paragraph(
        "Ombyggnaden av Hamnplan i Båstad färdigställdes i juni. Kostenheten har ställt om två "
        "tillagningskök till mottagningskök. Sommarsäsongen har krävt extra resurser inom park och renhållning.")
    doc.add_heading("Ekonomi", 1)
    docx_table(doc, ["Verksamhet (tkr)", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"], [
        ["Gata och park", "31 200", "22 450", "32 100", "-900"],
        ["Fastighetsförvaltning", "12 800", "7 940", "12 300", "500"],
        ["Kost", "28 400", "18 610", "28 400", "0"],
        ["Lokalvård", "15 900", "10 480", "15 700", "200"],
        ["Fordon och förråd", "2 100", "1 620", "2 300", "-200"],
        ["Totalt", "90 400", "61 100", "90 800", "-400"],
    ])
    doc.add_heading("Personal", 1)
    docx_table(doc, ["Verksamhet", "Antal årsarbetare", "Sjukfrånvaro jan–aug 2024, %", "Sjukfrånvaro jan–aug 2025, %"], [
        ["Gata och park", "34", "5,2", "4,8"],
        ["Fastighet", "19", "3,9", "4,4"],
        ["Kost", "61", "8,7", "7,9"],
        ["Lokalvård", "48", "9,1", "8,3"],
    ])
    doc.add_heading("Intern kontroll", 1)
    doc.add_paragraph(
        "Uppföljningen redovisar utfallet vid tertial 1 och vid delåret. Det senaste utfallet avser "
        "läget per 31 augusti.")
    rows = [
        ("Fastighet", "Hyresavtal för externt inhyrda lokaler är uppdaterade",
         "T1: Genomgång påbörjad.\nDelår: Samtliga 23 avtal genomgångna, två avtal saknade indexklausul.",
         "Omförhandling av två avtal under hösten.", "GENOMFORD", "ja"),
        ("Kost", "Egenkontroll av livsmedelshantering i tillagningskök",
         "T1: Genomförd i 4 av 9 kök.\nDelår: Genomförd i samtliga kök utan anmärkning.",
         "", "GENOMFORD", "nej"),
        ("Gata och park", "Lekplatsbesiktning enligt SS-EN 1176",
         "T1: Ej påbörjad.\nDelår: Besiktning av 18 av 31 lekplatser klar, resterande i september.",
         "", "DELVIS", ""),
        ("Inköp", "Direktupphandlingar över 100 tkr dokumenteras",
         "T1: –\nDelår: Ej genomförd. Ansvarig inköpare har varit tjänstledig, kontrollen görs i oktober.",
         "", "EJ_GENOMFORD", ""),
        ("Fordon", "Körjournaler för kommunens fordon förs och attesteras",
         "T1: Delvis, 6 av 10 fordon kontrollerade.\nDelår: Pågår.",
         "Påminnelse till fordonsansvariga.", "DELVIS", ""),
        ("Lokalvård", "Kvalitetsuppföljning av städning enligt INSTA 800",
         "Genomförd i maj. Godkänt resultat på samtliga objekt.",
         "", "GENOMFORD", "nej"),
        ("Ekonomi", "Investeringsprojekt slutredovisas inom sex månader efter färdigställande",
         "T1: Tre projekt slutredovisade i tid.\nDelår: Genomförd. Projektet Förskolan Kronan "
         "slutredovisades åtta månader efter färdigställande.",
         "Rutin för slutredovisning förtydligas.", "GENOMFORD", "ja"),
    ]
    docx_table(doc, ["Kontrollområde", "Kontrollmoment", "Utfall", "Åtgärd"], [r[:4] for r in rows])
    doc.add_heading("Framtid", 1)
    doc.add_paragraph("Inför 2026 planeras en översyn av fordonsflottan och av kostens organisation.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for r in rows:
        exp(fil, N, r[1], r[4], r[5])


# ====================================================================== 6. KFN simple .odt table
def make_kfn():
    fil = "KFN uppföljning internkontroll 2025 delår.odt"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    st = odt_styles(doc)
    doc.text.addElement(H(outlinelevel=1, stylename=st["h1"], text="Kultur- och fritidsnämnden"))
    doc.text.addElement(P(text="Intern kontroll 2025 – uppföljning delår (januari–augusti)"))
    rows = [
        ("Föreningsbidrag betalas ut enligt beslutade riktlinjer", "Fritidschef", "Ja",
         "Stickprov 10 föreningar, inga fel.", "GENOMFORD", "nej"),
        ("Kontanthantering vid bibliotekets kassor", "Bibliotekschef", "Ja",
         "Kassan stämde inte vid ett tillfälle (differens 150 kr). Rutinen har gåtts igenom med personalen.",
         "GENOMFORD", "ja"),
        ("Uthyrning av idrottshallar – bokning och fakturering överensstämmer", "Fritidskonsulent", "Delvis",
         "Jämförelse gjord för januari–april.", "DELVIS", ""),
        ("Inventering av den kommunala konstsamlingen", "Kulturstrateg", "Nej",
         "Skjuts till 2026 på grund av hög arbetsbelastning.", "EJ_GENOMFORD", ""),
        ("Säkerhetsutrustning vid kommunens badplatser kontrolleras före säsong", "Fritidschef", "Ja",
         "", "GENOMFORD", ""),
        ("Anställningsbeslut kontrolleras vid lönebidrag till föreningar", "Fritidschef", "Ej aktuell",
         "Inga föreningar har sökt lönebidrag 2025.", "UTGAR", ""),
    ]
    doc.text.addElement(odt_table(doc, st, "IK",
                                  ["Kontrollmoment", "Ansvarig", "Genomförd", "Kommentar"],
                                  [r[:4] for r in rows], widths=["6cm", "3cm", "2.5cm", "6cm"]))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Rapporten behandlas av nämnden 2025-09-18."))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for r in rows:
        exp(fil, N, r[0], r[4], r[5])


# ====================================================================== 7. ÖFN .doc, nämnd only in page header, symbols
def make_ofn():
    fil = "Uppföljning intern kontroll jan-aug 2025.doc"
    N = "Överförmyndarnämnden"
    doc = Document()
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Överförmyndarnämnden\tBåstad kommun"
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll, period januari–augusti 2025")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Uppföljningen avser kontrollmomenten i 2025 års plan (beslutad 2024-11-20 § 58).")
    rows = [
        ("Årsräkningar granskas inom fastställd tid", "◐", "82 % granskade per 31 augusti.", "DELVIS", ""),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "●",
         "Stickprov 15 ärenden – inga avvikelser.", "GENOMFORD", "nej"),
        ("Förteckningar inkommer inom två månader efter förordnande", "●",
         "4 förteckningar kom in för sent; påminnelser och vitesföreläggande har skickats.", "GENOMFORD", "ja"),
        ("Uttag från spärrade konton sker endast efter nämndens samtycke", "○",
         "Planeras till november.", "EJ_GENOMFORD", ""),
        ("Registerutdrag och kreditupplysning för nya ställföreträdare", "●", "", "GENOMFORD", ""),
    ]
    docx_table(doc, ["Kontrollmoment", "Status", "Kommentar"], [r[:3] for r in rows], size=10)
    doc.add_paragraph("● = Genomförd    ◐ = Påbörjad    ○ = Ej påbörjad")
    doc.add_paragraph("Handläggare: Eva Nilsson, 2025-09-03")
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "Uppföljning intern kontroll jan-aug 2025.docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "doc:MS Word 97", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for r in rows:
        exp(fil, N, r[0], r[3], r[4])


# ====================================================================== 8. rejected: meeting invitation
def make_kallelse():
    fil = "Kallelse VON 2025-09-24.docx"
    doc = Document()
    doc.add_heading("Kallelse", 0)
    doc.add_paragraph("Vård- och omsorgsnämnden kallas till sammanträde.")
    doc.add_paragraph("Tid: Onsdag 24 september 2025 kl. 13.00\nPlats: Sammanträdesrum Hallandsåsen, "
                      "Kommunhuset, Köpmansgatan 8, Båstad")
    doc.add_paragraph("Ordförande: Maria Lindgren        Sekreterare: Johan Ek")
    docx_table(doc, ["Nr", "Ärende", "Dnr", "Föredragande"], [
        ["1", "Val av justerare", "", "Ordförande"],
        ["2", "Godkännande av dagordning", "", "Ordförande"],
        ["3", "Delårsrapport januari–augusti 2025", "VON 2025/112", "Ekonomichef"],
        ["4", "Uppföljning av internkontrollplan 2025, delår", "VON 2024/287", "Kvalitetsutvecklare"],
        ["5", "Internkontrollplan 2026 – risk- och väsentlighetsanalys", "VON 2025/190", "Kvalitetsutvecklare"],
        ["6", "Redovisning av delegationsbeslut", "", "Sekreterare"],
        ["7", "Informationsärenden", "", "Förvaltningschef"],
    ])
    doc.add_paragraph("Förhinder anmäls till sekreteraren senast måndag 22 september. Ersättare "
                      "kallas av ledamoten själv.")
    doc.add_paragraph("Handlingar finns tillgängliga i Meetings Plus från 2025-09-17.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ====================================================================== CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och skolnämnden", "BSN|Barn- och skolförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Teknik- och servicenämnden", "TSN|Teknik- och serviceförvaltningen"),
    ("Byggnadsnämnden", "BN|Bygg"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskydd"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("AB Båstadhem", "Båstadhem"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    for f in os.listdir(OUT):
        if f.endswith((".docx", ".doc", ".odt", ".xlsx", ".csv")):
            os.remove(os.path.join(OUT, f))
    make_ks()
    make_bsn()
    make_von()
    make_sbf()
    make_tsn()
    make_kfn()
    make_ofn()
    make_kallelse()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
