#!/usr/bin/python3
"""Blind round r308 – Norrhamra kommun, helår 2025 inbox (sent January 2026)."""
import csv, datetime, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 14, 9, 0, 0)
LO = "-env:UserInstallation=file:///tmp/lo-round308"

BMN = "Gemensamma bygg- och miljönämnden Norrhamra–Storvik"
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    (BMN, "BMN|Bygg- och miljönämnden|Gemensamma bygg- och miljönämnden|Bygg- och miljökontoret"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Norrhamra Bostäder AB", "NBAB|Norrhamra Bostäder|Bostadsbolaget"),
]

files_rows = []     # fil;utfall;nämnd;år;period
exp_rows = []       # fil;nämnd;kontrollmoment;status;avvikelse


def expect(fil, namnd, km, status, avv):
    exp_rows.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Lena Holm"


bold = Font(bold=True)
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1. KS xlsx
def file_ks():
    fil = "KS IK-uppföljning helår 2025.xlsx"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Kommunstyrelsen – Uppföljning av internkontrollplan 2025, helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sammanställd av Lena Holm, nämndsekreterare, 2026-01-12"
    hdr = ["Nr", "Process", "Kontrollmoment", "Frekvens", "Ansvarig",
           "Genomförd? (Ja/Delvis/Nej)", "Avvikelse (Ja/Nej)", "Kommentar"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = bold; c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = box; c.alignment = wrap
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 2 ggr/år", "Ekonomichef",
         "Ja", "Nej", "40 fakturor granskade, inga fel.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Representation och kurser – syfte och deltagare anges på fakturan", "1 ggr/år", "Ekonomichef",
         "Ja", "Ja", "3 av 20 fakturor saknade deltagarlista. Påminnelse skickad till cheferna.", "GENOMFORD", "ja"),
        (3, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras", "1 ggr/år", "Upphandlare",
         "Delvis", "Ja", "Dokumentation saknas för 2 av 6 upphandlingar. Genomgången fortsätter i februari.", "DELVIS", "ja"),
        (4, "Personal", "Löneändringar i lönesystemet stäms av mot beslut i lönerevisionen", "1 ggr/år", "HR-chef",
         "Ja", "Nej", "", "GENOMFORD", "nej"),
        (5, "IT och informationssäkerhet", "Behörigheter i ekonomisystemet tas bort när anställda slutar", "2 ggr/år", "IT-samordnare",
         "Nej", "", "Ej hunnits med p.g.a. byte av ekonomisystem. Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
        (6, "Dokumenthantering", "Inkommande handlingar diarieförs inom två arbetsdagar", "Stickprov 1 ggr/år", "Nämndsekreterare",
         "Ja", "Nej", "OK", "GENOMFORD", "nej"),
        (7, "Krisberedskap", "Krisledningsplanen är uppdaterad och övad", "1 ggr/år", "Säkerhetssamordnare",
         "", "", "Övning genomförd tillsammans med Storviks kommun 14 oktober. Planen reviderad i november.", "GENOMFORD", ""),
        (8, "Ekonomi", "Avtalstrohet vid inköp av kontorsmaterial", "1 ggr/år", "Upphandlare",
         "Utgår", "", "Utgår enligt beslut KS 2025-05-20 § 88, ingår i den kommungemensamma granskningen.", "UTGAR", ""),
    ]
    for r in rows:
        ws.append(list(r[:8]))
        expect(fil, "Kommunstyrelsen", r[2], r[8], r[9])
    for row in ws.iter_rows(min_row=5, max_row=12):
        for c in row:
            c.border = box; c.alignment = wrap
    ws.append([])
    ws.append(["", "Sammanfattning: 5 av 8 kontrollmoment genomförda, 1 delvis, 1 ej genomfört, 1 utgår."])
    ws.append(["", "Behandlas av kommunstyrelsen 2026-02-10."])
    for col, w in zip("ABCDEFGH", [5, 18, 48, 16, 18, 14, 12, 55]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Norrhamra kommun"
    wb.save(os.path.join(OUT, fil))
    files_rows.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))


# ---------------------------------------------------------------- 2. BUN docx
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fix_doc(d):
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Lena Holm"


def file_bun():
    fil = "BUN uppföljning internkontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document(); fix_doc(d)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll – helår 2025")
    d.add_paragraph("Teckenförklaring:  ● Genomförd   ◐ Delvis genomförd   ○ Ej genomförd   – Utgår")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Kontrollmoment", "Kontrollmetod", "Status", "Resultat / åtgärd"]):
        c.text = txt; c.paragraphs[0].runs[0].bold = True; shade(c, "DDDDDD")
    data = [
        ("Process: Ekonomi", None),
        (("Rätt avgift för barnomsorg debiteras (aktuella inkomstuppgifter finns)", "Stickprov 25 hushåll", "●",
          "2 hushåll hade inaktuella inkomstuppgifter. Rättat och efterdebiterat."), ("GENOMFORD", "ja")),
        (("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "●",
          "Inga avvikelser."), ("GENOMFORD", "nej")),
        ("Process: Elevhälsa och trygghet", None),
        (("Anmälan om kränkande behandling lämnas till huvudmannen inom en vecka", "Genomgång av ärenden", "◐",
          "Vårterminens ärenden genomgångna, inga avvikelser. Höstterminen kvar."), ("DELVIS", "nej")),
        (("Elever med hög frånvaro har en åtgärdsplan", "Genomgång per skola", "○",
          "Ej genomförd på grund av vakans som elevhälsochef."), ("EJ_GENOMFORD", "")),
        (("Skolskjuts – beslut fattas enligt riktlinjer", "Stickprov", "–",
          "Utgår. Skolskjutsen hanteras av tekniska nämnden från 2025."), ("UTGAR", "")),
        ("Process: Personal", None),
        (("Utdrag ur belastningsregistret har visats upp före anställning", "Stickprov 10 anställningar", "●",
          "1 utdrag saknades (timvikarie), har begärts in."), ("GENOMFORD", "ja")),
        (("Rehabiliteringsplan upprättas vid upprepad korttidsfrånvaro", "Genomgång i HR-systemet", "",
          "Se bilaga 2."), ("OKLAR", "")),
    ]
    for row, exp in data:
        cells = t.add_row().cells
        if exp is None:
            m = cells[0].merge(cells[3]); m.text = row; m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")
            continue
        for c, txt in zip(cells, row):
            c.text = txt
        expect(fil, N, row[0], *exp)
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2 Rehabärenden 2025 (lämnas separat)")
    d.add_paragraph("Norrhamra 2026-01-13")
    d.add_paragraph("Anna Berg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    files_rows.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 3. SN xls (nämnd only in file name)
def file_sn():
    fil = "Socialnämnden IKP 2025 helår.xls"
    N = "Socialnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    b = xlwt.easyxf("font: bold on")
    hb = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_yellow; borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Uppföljning internkontrollplan 2025", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Sammanställd av: Lena Holm 2026-01-09")
    hdr = ["Område", "Kontrollmoment", "Risk (1-16)", "Delår 2025", "Helår 2025", "Kommentar helår"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, hb)
    rows = [
        ("Biståndshandläggning", "Beslut om bistånd enligt SoL fattas inom tre veckor från ansökan", 12, "D", "G",
         "18 av 20 ärenden inom tid, 2 ärenden försenade.", "GENOMFORD", "ja"),
        ("Biståndshandläggning", "Ej verkställda beslut rapporteras till IVO varje kvartal", 9, "G", "G",
         "Rapporterat samtliga kvartal.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Utbetalningar av försörjningsstöd stäms av mot beslut", 12, "G", "", "",
         "GENOMFORD", ""),
        ("Ekonomiskt bistånd", "Dubbelutbetalningar kontrolleras mot Försäkringskassan (SSBTEK)", 8, "E", "D",
         "Kontrollen påbörjad i november, slutförs januari 2026.", "DELVIS", ""),
        ("Äldreomsorg", "Genomförandeplaner upprättas inom 14 dagar efter beslut", 12, "D", "E",
         "Ej uppföljt under hösten p.g.a. personalbrist.", "EJ_GENOMFORD", ""),
        ("Äldreomsorg", "Läkemedelshantering – signeringslistor kontrolleras", 16, "G", "G",
         "Brister i 3 av 12 listor, åtgärdat genom utbildning.", "GENOMFORD", "ja"),
        ("Äldreomsorg", "Kvittens av nycklar i hemtjänsten", 9, "", "U",
         "Utgår, digitala lås infört i hela hemtjänsten.", "UTGAR", ""),
        ("LSS", "Avgifter i LSS-boenden debiteras korrekt", 6, "", "", "", "SAKNAS", ""),
        ("Individ- och familjeomsorg", "Förhandsbedömning av orosanmälningar inom 14 dagar", 16, "G", "G",
         "Samtliga inom tid.", "GENOMFORD", "nej"),
    ]
    r = 4
    for row in rows:
        for i, v in enumerate(row[:6]):
            ws.write(r, i, v, cs)
        expect(fil, N, row[1], row[6], row[7])
        r += 1
    ws.write(r + 1, 0, "Statuskoder: G = genomförd, D = delvis genomförd, E = ej genomförd, U = utgår", b)
    for i, w in enumerate([22, 55, 10, 10, 10, 50]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    files_rows.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 4. KFN + TN in one xlsx (one person, two sheets)
def file_kfn_tn():
    fil = "Uppföljning IK helår 2025 KFN och TN.xlsx"
    wb = openpyxl.Workbook(); fix_wb(wb)
    sheets = [
        ("KFN", "Kultur- och fritidsnämnden", [
            ("Föreningsbidrag betalas ut enligt beslut och bidragsregler", "Fritidschef", "x", "", "", "Inga fel.", "GENOMFORD", "nej"),
            ("Dagskassor i simhallen stäms av mot kassasystemet", "Badchef", "x", "", "", "Differens 850 kr i juli, utredd och bokförd.", "GENOMFORD", "ja"),
            ("Inventering av bibliotekets utlånade inventarier", "Bibliotekschef", "", "x", "", "Huvudbiblioteket klart, filialen i Storbacken kvar.", "DELVIS", ""),
            ("Hyresavtal för lokaler som hyrs ut till föreningar finns och är aktuella", "Fritidschef", "", "", "x", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
            ("Bokning av idrottshallar sker i bokningssystemet", "Fritidschef", "x", "", "x", "", "OKLAR", ""),
        ]),
        ("TN", "Tekniska nämnden", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Teknisk chef", "x", "", "", "Stickprov 30 fakturor, 1 saknade attest.", "GENOMFORD", "ja"),
            ("Vattenprover tas enligt kontrollprogrammet", "VA-chef", "x", "", "", "Enligt plan, inga anmärkningar.", "GENOMFORD", "nej"),
            ("Egenkontroll av kommunens lekplatser två gånger per år", "Gatuchef", "", "x", "", "Vårens kontroll gjord, höstens ej.", "DELVIS", ""),
            ("Körjournaler förs för kommunens bilar", "Fordonsansvarig", "", "", "x", "Ej påbörjad.", "EJ_GENOMFORD", ""),
            ("Skolskjuts – beslut fattas enligt riktlinjer", "Teknisk chef", "", "x", "", "Övertagen från BUN 2025, rutin tas fram.", "DELVIS", ""),
            ("Snöröjningsentreprenörens fakturor stäms av mot körrapporter", "Gatuchef", "x", "", "", "Två fakturor justerade efter avstämning.", "GENOMFORD", "ja"),
        ]),
    ]
    first = True
    for sname, N, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sname
        ws["A1"] = N; ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Uppföljning intern kontroll helår 2025"
        ws["A3"] = "Markera med x i den kolumn som gäller."
        ws["A3"].font = Font(italic=True)
        ws.append(["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"])
        for c in ws[4]:
            c.font = bold; c.border = box; c.fill = PatternFill("solid", fgColor="E2EFDA")
        for r in rows:
            ws.append(list(r[:6]))
            expect(fil, N, r[0], r[6], r[7])
        for row in ws.iter_rows(min_row=5, max_row=4 + len(rows)):
            for c in row:
                c.border = box; c.alignment = wrap
            for c in row[2:5]:
                c.alignment = Alignment(horizontal="center", vertical="top")
        ws.append([])
        ws.append(["Sammanställt av Lena Holm för kultur- och fritidsnämnden och tekniska nämnden, 2026-01-12"])
        for col, w in zip("ABCDEF", [55, 16, 11, 9, 13, 50]):
            ws.column_dimensions[col].width = w
        files_rows.append((fil, "INLAST", N, "2025", "HELAR"))
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------- 5. BMN odt, text only
def file_bmn():
    fil = "BMN internkontroll helår 2025.odt"
    doc = OpenDocumentText()
    hs = Style(name="Rubrik", family="paragraph"); hs.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Rubrik2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm"))
    doc.styles.addElement(hs); doc.styles.addElement(h2)
    def p(t, st=None):
        doc.text.addElement(P(stylename=st, text=t) if st else P(text=t))
    p(BMN, hs)
    p("Uppföljning av internkontrollplan 2025 – helårsrapport")
    p("Nämnden är gemensam för Norrhamra och Storviks kommuner med Norrhamra som värdkommun. "
      "Rapporten lämnas till båda kommunernas kommunstyrelser. Uppföljningen omfattar hela verksamhetsåret 2025.")
    items = [
        ("1. Handläggningstid bygglov", "Bygglov beslutas inom lagstadgad tid (10 veckor)",
         "96 % av ärendena beslutades inom tid. 4 ärenden överskred tiden och avgiften reducerades enligt PBL.",
         "Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("2. Avgifter miljötillsyn", "Tillsynsavgifter enligt miljöbalken debiteras enligt gällande taxa",
         "Stickprov på 20 fakturor.", "Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
        ("3. Livsmedelskontroll", "Kontrollplanen för livsmedelskontroll följs",
         "78 % av planerade kontroller utförda. Resterande flyttas till första kvartalet 2026.",
         "Delvis genomförd.", "DELVIS", ""),
        ("4. Jäv", "Delegationsbeslut fattas inte av handläggare som är jäviga",
         "Kontrollen hann inte genomföras under året.", "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("5. Arkiv", "Avslutade bygglovsärenden levereras till kommunarkivet",
         "Leverans av ärenden 2019–2021 klar, 2022–2023 återstår.", "Pågår.", "DELVIS", ""),
        ("6. Samverkansavtal", "Fakturering till Storviks kommun sker enligt samverkansavtalet",
         "Avstämning gjord i december. Storvik har betalat enligt avtal.", "Genomförd.", "GENOMFORD", "nej"),
    ]
    for head, km, res, st, es, ea in items:
        p(head, h2)
        p("Kontrollmoment: " + km)
        p("Resultat: " + res)
        p("Status: " + st)
        expect(fil, BMN, km, es, ea)
    p("")
    p("Norrhamra 2026-01-08")
    p("Per Ek, miljö- och byggchef")
    doc.save(os.path.join(OUT, fil))
    files_rows.append((fil, "INLAST", BMN, "2025", "HELAR"))


# ---------------------------------------------------------------- 6. ÖFN csv export (delår + helår rows)
def file_ofn():
    fil = "export_internkontroll_20260114.csv"
    N = "Överförmyndarnämnden"
    hdr = ["Enhet", "Period", "Kontrollområde", "Kontrollmoment", "Status", "Kommentar", "Senast ändrad"]
    ctrls = [
        ("Årsräkningar", "Årsräkningar granskas senast 30 juni",
         ("Pågående", "Ca 60 % granskade."), ("Genomförd", "Samtliga 112 granskade, 6 blev klara efter 30 juni."), "GENOMFORD", "ja"),
        ("Arvoden", "Arvoden till ställföreträdare beräknas enligt beslutade riktlinjer",
         ("Ej påbörjad", ""), ("Genomförd", "Stickprov 15 ärenden, inga fel."), "GENOMFORD", "nej"),
        ("Förteckningar", "Förteckningar över tillgångar inkommer inom två månader",
         ("Pågående", ""), ("Pågående", "4 förteckningar saknas, påminnelser skickade."), "DELVIS", "ja"),
        ("Ställföreträdare", "Lämplighetsprövning av nya ställföreträdare (belastningsregister, kreditupplysning)",
         ("Genomförd", "Inga anmärkningar."), ("Genomförd", "Inga anmärkningar."), "GENOMFORD", "nej"),
        ("Bankkonton", "Uttag från omyndigas spärrade konton kontrolleras",
         ("Ej aktuell", ""), ("Ej aktuell", "Kontrollen ersatt av bankernas digitala rutin för överförmyndarspärr."), "UTGAR", ""),
    ]
    rows = []
    for per, idx, date in (("Delår 2025 (jan-aug)", 2, "2025-09-15"), ("Helår 2025", 3, "2026-01-14")):
        for c in ctrls:
            st, kom = c[idx]
            rows.append([N, per, c[0], c[1], st, kom, date])
    for c in ctrls:
        expect(fil, N, c[1], c[4], c[5])
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(rows)
    files_rows.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 7. Bolag ods with traffic-light fills
def file_bolag():
    fil = "Norrhamra Bostäder AB IK 2025.ods"
    N = "Norrhamra Bostäder AB"
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "Internkontroll 2025"
    ws["A1"] = "Norrhamra Bostäder AB – Internkontroll 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapport till kommunstyrelsen, helår 2025"
    ws["F1"] = "Förklaring"; ws["F1"].font = bold
    for i, (col, txt) in enumerate([(G, "Genomförd utan anmärkning"), (Y, "Genomförd med anmärkning"),
                                    (R, "Ej genomförd"), (GR, "Utgår")]):
        ws.cell(row=2 + i, column=6).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=2 + i, column=7, value=txt)
    ws.cell(row=7, column=1, value="Område"); ws.cell(row=7, column=2, value="Kontrollpunkt")
    ws.cell(row=7, column=3, value="Utfall"); ws.cell(row=7, column=4, value="Åtgärd / kommentar")
    for c in ws[7][:4]:
        c.font = bold; c.border = box
    rows = [
        ("Hyresadministration", "Hyreshöjningar aviseras enligt förhandlingsöverenskommelsen", G, "", "GENOMFORD", "nej"),
        ("Hyresadministration", "Hyresfordringar äldre än 60 dagar lämnas till inkasso", Y, "3 ärenden hade legat över 90 dagar innan de lämnades.", "GENOMFORD", "ja"),
        ("Underhåll", "Underhållsplanen uppdateras årligen och följs", R, "Ny underhållsplan beslutas av styrelsen i mars 2026.", "EJ_GENOMFORD", ""),
        ("Underhåll", "OVK-besiktningar utförs enligt intervall", G, "", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", Y, "2 fakturor attesterade av fel person.", "GENOMFORD", "ja"),
        ("Ekonomi", "Ränteavtal och lån följs upp mot finanspolicyn", GR, "Hanteras av kommunens finansfunktion.", "UTGAR", ""),
        ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn (kötid)", None, "", "SAKNAS", ""),
    ]
    r = 8
    for omr, km, col, kom, es, ea in rows:
        ws.cell(row=r, column=1, value=omr); ws.cell(row=r, column=2, value=km); ws.cell(row=r, column=4, value=kom or None)
        if col:
            ws.cell(row=r, column=3).fill = PatternFill("solid", fgColor=col)
        for c in ws[r][:4]:
            c.border = box; c.alignment = wrap
        expect(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av styrelsen 2026-01-20. Maria Sund, VD")
    for col, w in zip("ABCDEFG", [20, 55, 10, 50, 3, 4, 28]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r308_")
    src = os.path.join(tmp, "Norrhamra Bostäder AB IK 2025.xlsx")
    wb.save(src)
    soffice(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "Norrhamra Bostäder AB IK 2025.ods"), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    files_rows.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 8. covering letter – must be rejected
def file_reject():
    fil = "Följebrev internkontroll helår 2025.docx"
    d = docx.Document(); fix_doc(d)
    d.add_paragraph("Till: Ekonomienheten, Norrhamra kommun")
    d.add_paragraph("Från: Lena Holm, kansliet")
    d.add_paragraph("Datum: 2026-01-14")
    d.add_heading("Uppföljning av internkontrollplaner helår 2025", level=2)
    d.add_paragraph("Hej!")
    d.add_paragraph("Här kommer nämndernas uppföljningar av internkontrollplanerna för helåret 2025. "
                    "Kultur- och fritidsnämnden och tekniska nämnden ligger i samma fil. Den gemensamma "
                    "bygg- och miljönämndens rapport har även skickats till Storviks kommun.")
    d.add_paragraph("Valnämnden och krisledningsnämnden har inga internkontrollplaner för 2025 och lämnar därför "
                    "ingen uppföljning. Socialnämndens bilaga om läkemedelshantering kommer i nästa vecka.")
    d.add_paragraph("Hör av er om något saknas.")
    d.add_paragraph("Med vänlig hälsning\nLena Holm\nNämndsekreterare")
    d.save(os.path.join(OUT, fil))
    files_rows.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(files_rows)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(exp_rows)


if __name__ == "__main__":
    file_ks(); file_bun(); file_sn(); file_kfn_tn(); file_bmn(); file_ofn(); file_bolag(); file_reject()
    write_csvs()
    print(len(files_rows), "file rows,", len(exp_rows), "controls")
