#!/usr/bin/python3
# Blind round 297 – Åkerby kommun, T2/delår 2025. Theme: control texts full of status-like words.
import csv, os, subprocess, shutil, glob
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, CoveredTableCell, TableColumn
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round297"]
EXP = []   # fil, nämnd, kontrollmoment, status, avvikelse
FILES = [] # fil, utfall, nämnd, år, period

def exp(fil, namnd, km, st, av):
    EXP.append([fil, namnd, km, st, av])

import datetime
FIXED = datetime.datetime(2025, 9, 30, 8, 0, 0)
def save_wb(wb, name):
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.save(name)

def convert(src, fmt, keep=False):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not keep:
        os.remove(src)

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Bygg och miljö"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Åkerby Bostäder AB", "ÅBAB|Åkerbybostäder|Åkerby Bostäder"),
]

# ================================================================ 1. SN xlsx
def f1():
    fil = "SN_uppfoljning_IK_T2_2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Åkerby kommun"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Socialnämnden – Uppföljning av internkontrollplan 2025, tertial 2"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Status anges med: Genomförd / Delvis genomförd / Ej genomförd / Utgår. Kommentar avser tertial 2."
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status T1", "Status T2", "Kommentar T2"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
    rows = [
        ("H", "Myndighetsutövning"),
        ("1.1", "Myndighetsutövning", "Kontroll av ej verkställda beslut enligt SoL och LSS",
         "Genomgång av bevakningslista i Lifecare, jämförelse mot rapport till IVO", "Kvartalsvis", "Enhetschef myndighet",
         "Genomförd", "Genomförd",
         "Inga ej verkställda beslut äldre än tre månader hittades. Rapportering till IVO har skett i tid.", "GENOMFORD", "nej"),
        ("1.2", "Myndighetsutövning", "Ej utförda hembesök följs upp",
         "Stickprov 10 ärenden där hembesök beslutats", "Per tertial", "1:e socialsekreterare",
         "Ej genomförd", "Ej genomförd",
         "Kontrollen har inte kunnat genomföras p.g.a. vakanser. Flyttas till T3.", "EJ_GENOMFORD", ""),
        ("1.3", "Myndighetsutövning", "Kontroll att avvikelser enligt Lex Sarah rapporteras",
         "Jämförelse avvikelsesystem – Lex Sarah-rapporter", "Per tertial", "Kvalitetsutvecklare",
         "Genomförd", "Genomförd med anmärkning",
         "Kontrollen genomförd. 2 avvikelser hade inte rapporterats enligt Lex Sarah inom föreskriven tid.", "GENOMFORD", "ja"),
        ("H", "Ekonomi"),
        ("2.1", "Ekonomi", "Stickprov på genomförda utbetalningar av försörjningsstöd",
         "20 stickprov per tertial mot beslut och underlag", "Per tertial", "Enhetschef ekonomiskt bistånd",
         "Genomförd", "Delvis genomförd",
         "12 av 20 stickprov granskade, inga felaktiga utbetalningar hittills.", "DELVIS", "nej"),
        ("2.2", "Ekonomi", "Kontroll av avslutade placeringar – att fakturering från HVB upphört",
         "Genomgång av fakturor mot avslutade placeringar", "En gång per år (T1)", "Controller",
         "Genomförd", "", "", "GENOMFORD", ""),
        ("2.3", "Ekonomi", "Utgående ramavtal för familjehem och HVB bevakas",
         "Avtalsdatabasen", "Per tertial", "Verksamhetsstrateg",
         "Ej genomförd", "Utgår",
         "Ej aktuell – avtalen förlängdes av KS i maj, bevakningen sker centralt.", "UTGAR", ""),
        ("H", "Kvalitet"),
        ("3.1", "Kvalitet", "Saknade genomförandeplaner – kontroll i verksamhetssystemet",
         "Rapportuttag ur Lifecare", "Per tertial", "Kvalitetsutvecklare",
         "Ej genomförd", "Pågår",
         "Pågår, klart i oktober. Hittills saknas genomförandeplan i 6 av 40 granskade ärenden.", "DELVIS", "ja"),
        ("H", "Ej genomförda kontroller 2024 som flyttats hit"),
        ("4.1", "Barn och unga", "Uppföljning av avbrutna utredningar (barn och unga) – dokumentation av skäl",
         "Genomgång av samtliga avbrutna utredningar", "En gång", "Enhetschef barn och unga",
         "Påbörjad", "Genomförd",
         "Genomförd. Samtliga 14 avbrutna utredningar hade dokumenterat skäl.", "GENOMFORD", "nej"),
        ("4.2", "Ekonomi", "Kontroll av ej återsökta statliga ersättningar (Migrationsverket)",
         "Avstämning ansökningar mot placeringar", "En gång", "Controller",
         "", "", "", "SAKNAS", ""),
    ]
    for r in rows:
        if r[0] == "H":
            ws.append([r[1]]); rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=9)
            ws.cell(rr, 1).font = Font(bold=True, italic=True)
            continue
        ws.append(list(r[:9])); rr = ws.max_row
        for c in ws[rr]: c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, r[2], r[9], r[10])
    ws.append([]); ws.append(["Sammanställt av: Maria Lindqvist, kvalitetsutvecklare, 2025-09-12"])
    for col, w in zip("ABCDEFGHI", [6, 18, 45, 35, 16, 24, 14, 22, 55]):
        ws.column_dimensions[col].width = w
    save_wb(wb, fil)
    FILES.append([fil, "INLAST", N, "2025", "T2"])

# ================================================================ 2. BUN docx
def f2():
    fil = "BUN delårsuppföljning internkontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.add_paragraph("Åkerby kommun – Barn- och utbildningsförvaltningen")
    d.add_heading("Delårsuppföljning av intern kontroll januari–augusti 2025", 1)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 118). "
                    "Nedan redovisas resultatet av genomförda och ej genomförda kontroller per den 31 augusti. "
                    "Kolumnen Bedömning anger förvaltningens bedömning: Utförd, Utförd – avvikelse, Pågår, Ej påbörjad eller Ej aktuell.")
    rows = [
        ("Elevhälsa och trygghet", "Kontroll att kränkande behandling anmäls till huvudman", "Kurator/rektor",
         "Kontrollen genomförd; 3 ej anmälda fall hittades på två skolor. Rektorerna har informerats och anmälan gjorts i efterhand.",
         "Utförd – avvikelse", "GENOMFORD", "ja"),
        ("Elevhälsa och trygghet", "Uppföljning av avbrutna gymnasiestudier – rapportering till hemkommun", "Studie- och yrkesvägledare",
         "Samtliga avbrutna studier (9 elever) var rapporterade till hemkommunen.", "Utförd", "GENOMFORD", "nej"),
        ("Elevhälsa och trygghet", "Ej verkställda beslut om skolskjuts följs upp", "Skolskjutssamordnare",
         "Påbörjad i augusti inför höstterminen, slutförs i september.", "Pågår", "DELVIS", ""),
        ("Ekonomi", "Saknade underskrifter i attestlistor", "Controller",
         "Stickprov på 25 attestlistor; samtliga var underskrivna.", "Utförd", "GENOMFORD", "nej"),
        ("Ekonomi", "Genomförda direktupphandlingar över 100 tkr dokumenteras", "Controller",
         "Genomförs under hösten.", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Kontroll av ej fakturerade avgifter i fritidshem", "Avgiftshandläggare",
         "Se bilaga 3.", "", "OKLAR", ""),
        ("Ekonomi", "Utgående licensavtal för digitala läromedel bevakas", "IT-samordnare",
         "Ej aktuell 2025 – avtalen upphandlas centralt av kommunstyrelsen.", "Ej aktuell", "UTGAR", ""),
        ("Personal", "Kontroll att registerutdrag har uppvisats vid nyanställning", "HR-partner",
         "Genomförd; 2 saknade utdrag upptäcktes bland 31 nyanställda, utdragen har nu inhämtats.",
         "Utförd – avvikelse", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Ansvarig", "Resultat/iakttagelser", "Bedömning"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    start = None; prev = None; first_rows = {}
    for r in rows:
        cells = t.add_row().cells
        for i in range(1, 5): cells[i].text = r[i]
        idx = len(t.rows) - 1
        if r[0] != prev:
            cells[0].text = r[0]; first_rows[r[0]] = [idx, idx]
        else:
            first_rows[r[0]][1] = idx
        prev = r[0]
        exp(fil, N, r[1], r[5], r[6])
    for proc, (a, b) in first_rows.items():
        if b > a:
            t.cell(a, 0).merge(t.cell(b, 0))
            t.cell(a, 0).text = proc
    d.add_paragraph("")
    d.add_paragraph("Bilaga 3: Avstämning av fritidshemsavgifter (separat fil)")
    d.add_paragraph("Åkerby 2025-09-18")
    d.add_paragraph("Anders Brink\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append([fil, "INLAST", N, "2025", "DELAR"])

# ================================================================ 3. Stratsys CSV, TN + KS
def f3():
    fil = "Stratsys_export_internkontroll_2025-09-30.csv"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Avvikelse", "Senast ändrad"]
    TN, KS = "Tekniska förvaltningen", "Kommunstyrelsen"
    # (org, process, km, [(period, status, kommentar, avv, datum)], expected, avv)
    data = [
        (TN, "Upphandling och avtal", "Utgående avtal bevakas",
         [("T1", "Pågående", "Bevakningslista under uppdatering.", "", "2025-04-28"),
          ("T2", "Klar", "Bevakningslistan uppdaterad. 3 utgående avtal har förlängts i tid.", "Nej", "2025-09-22")],
         "GENOMFORD", "nej"),
        (TN, "Upphandling och avtal", "Uppföljning av avbrutna upphandlingar",
         [("T1", "Ej påbörjad", "", "", "2025-04-28"),
          ("T2", "Klar", "Kontrollen genomförd; 2 avbrutna upphandlingar granskades, avbrytandebeslut fanns i båda.", "Nej", "2025-09-22")],
         "GENOMFORD", "nej"),
        (TN, "Investeringar", "Delvis finansierade projekt – kontroll av redovisning",
         [("T1", "Pågående", "Urval gjort.", "", "2025-04-30"),
          ("T2", "Pågående", "Redovisning för 2 av 4 projekt med extern medfinansiering kontrollerad.", "Nej", "2025-09-25")],
         "DELVIS", "nej"),
        (TN, "Investeringar", "Stickprov på godkända slutbesiktningar av gatuentreprenader",
         [("T1", "Klar", "5 slutbesiktningar granskade. 1 protokoll saknade besiktningsmannens underskrift.", "Ja", "2025-04-30"),
          ("T2", "", "", "", "")],
         "GENOMFORD", "ja"),
        (TN, "VA", "Kontroll av ej fakturerade VA-anslutningsavgifter",
         [("T1", "Ej påbörjad", "", "", "2025-04-28"),
          ("T2", "Ej påbörjad", "Skjuts till 2026 på grund av byte av debiteringssystem.", "", "2025-09-19")],
         "EJ_GENOMFORD", ""),
        (TN, "Drift", "Kontroll att felanmälningar med status Åtgärdad verkligen är åtgärdade",
         [("T1", "", "", "", ""),
          ("T2", "Klar", "Stickprov 15 ärenden: 1 ärende var inte åtgärdat trots status Åtgärdad.", "Ja", "2025-09-24")],
         "GENOMFORD", "ja"),
        (TN, "Drift", "Uppföljning av ej utförd vinterväghållning enligt entreprenadavtal (vite)",
         [("T1", "Klar", "Genomförd för säsongen januari–mars, vite utkrävt vid ett tillfälle.", "Ja", "2025-04-29"),
          ("T2", "Klar", "Inga nya tillfällen under perioden. Ej utförd snöröjning 2025-02-11 är reglerad.", "Nej", "2025-09-24")],
         "GENOMFORD", "nej"),
        (KS, "Ekonomi", "Saknade underskrifter i attestlistor",
         [("T1", "Klar", "Inga saknade underskrifter.", "Nej", "2025-05-02"),
          ("T2", "Klar", "Inga saknade underskrifter i stickprovet (20 listor).", "Nej", "2025-09-26")],
         "GENOMFORD", "nej"),
        (KS, "Ekonomi", "Kontroll av ej återsökta statsbidrag",
         [("T1", "Ej påbörjad", "", "", "2025-05-02"),
          ("T2", "Pågående", "Genomgång pågår tillsammans med ekonomienheten.", "", "2025-09-26")],
         "DELVIS", ""),
        (KS, "HR och IT", "Avslutade anställningar – behörigheter i verksamhetssystem avslutade",
         [("T1", "Klar", "Inga avvikelser.", "Nej", "2025-05-02"),
          ("T2", "Klar", "Kontrollen genomförd; 4 avslutade anställningar hade kvar behörighet, åtgärdat.", "Ja", "2025-09-26")],
         "GENOMFORD", "ja"),
        (KS, "Administration", "Ej diarieförda avtal – stickprov i avtalsdatabasen",
         [("T1", "Utgår", "Ej aktuell 2025, ersätts av revisionens granskning av avtalshanteringen.", "", "2025-05-02"),
          ("T2", "Utgår", "", "", "2025-09-26")],
         "UTGAR", ""),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for org, proc, km, per, st, av in data:
            for p in per:
                w.writerow([org, proc, km, p[0], p[1], p[2], p[3], p[4]])
            exp(fil, "Tekniska nämnden" if org == TN else "Kommunstyrelsen", km, st, av)
    FILES.append([fil, "INLAST", "Tekniska nämnden", "2025", "T2"])
    FILES.append([fil, "INLAST", "Kommunstyrelsen", "2025", "T2"])

# ================================================================ 4. KFN ods (codes + legend)
def f4():
    fil = "KFN_IK-uppföljning_T2_2025.ods"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    tb = Table(name="Uppföljning T2")
    for _ in range(7): tb.addElement(TableColumn())
    def row(vals, spans=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            if v is None:
                tr.addElement(CoveredTableCell()); continue
            kw = {}
            if spans and i in spans: kw["numberrowsspanned"] = spans[i]
            tc = TableCell(valuetype="string", **kw) if v != "" else TableCell(**kw)
            if v != "":
                for line in str(v).split("\n"): tc.addElement(P(text=line))
            tr.addElement(tc)
        tb.addElement(tr)
    row(["Kultur- och fritidsnämnden"])
    row(["Internkontroll 2025 – uppföljning tertial 2"])
    row([""])
    row(["Process", "Risk", "Kontrollmoment", "Ansvarig", "T1", "T2", "Kommentar"])
    data = [
        ("Bidrag", "Bidrag betalas ut för aktiviteter som inte genomförs",
         "Stickprov på beviljade föreningsbidrag – inställda aktiviteter återkrävs", "Fritidskonsulent",
         "G", "G", "Inga inställda aktiviteter utan återkrav hittades.", "GENOMFORD", "nej"),
        ("Bidrag", "Felaktig redovisning mot bidragsgivare",
         "Delvis finansierade projekt – kontroll av redovisning", "Kulturstrateg",
         "P", "P", "Redovisning till Leader kontrollerad för 1 av 3 projekt.", "DELVIS", ""),
        ("Kontanthantering", "Förlust av kontanter",
         "Kontroll av kassahantering i simhallen – saknade dagskassor", "Badchef",
         "G", "G", "2 dagsredovisningar i juni saknade kvittens, rutinen har skärpts.", "GENOMFORD", "ja"),
        ("Bibliotek", "Utebliven återlämning",
         "Ej återlämnade medier – kontroll att krav skickas", "Bibliotekschef",
         "E", "G", "Genomförd, krav skickas enligt rutin.", "GENOMFORD", "nej"),
        ("Lokaler och säkerhet", "Brand i lokaler med barn och unga",
         "Uppföljning av ej åtgärdade brister från brandskyddskontroll på fritidsgårdar", "Fritidsgårdschef",
         "E", "E", "Flyttad till T3, ny brandskyddsansvarig tillträder i oktober.", "EJ_GENOMFORD", ""),
        ("Evenemang", "Biljettintäkter återbetalas inte korrekt",
         "Inställda evenemang – kontroll av återbetalning av biljettintäkter", "Evenemangssamordnare",
         "U", "U", "Utgår enligt nämndens beslut 2025-03-19 § 21.", "UTGAR", ""),
        ("Evenemang", "Avtal löper ut utan bevakning",
         "Avtal med externa arrangörer – utgående avtal bevakas", "Evenemangssamordnare",
         "", "", "", "SAKNAS", ""),
        ("Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor – stickprov", "Ekonom",
         "G", "G", "Stickprov på 30 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    # merge Process for consecutive equal values
    i = 0
    while i < len(data):
        j = i
        while j + 1 < len(data) and data[j + 1][0] == data[i][0]: j += 1
        span = j - i + 1
        for k in range(i, j + 1):
            r = data[k]
            first = r[0] if k == i else None
            row([first] + list(r[1:7]), spans={0: span} if (k == i and span > 1) else None)
            exp(fil, N, r[2], r[7], r[8])
        i = j + 1
    row([""])
    row(["Teckenförklaring: G = Genomförd, P = Påbörjad/delvis genomförd, E = Ej genomförd, U = Utgår"])
    row(["Uppföljningen behandlad i nämndens arbetsutskott 2025-09-24."])
    doc.spreadsheet.addElement(tb)
    doc.save(fil)
    FILES.append([fil, "INLAST", N, "2025", "T2"])

# ================================================================ 5. BMN Word text with labelled lines (.doc)
def f5():
    base = "Bygg- och miljönämnden uppföljning intern kontroll T2 2025"
    fil = base + ".doc"
    N = "Bygg- och miljönämnden"
    d = Document()
    d.add_heading("Bygg- och miljönämnden", 0)
    d.add_heading("Uppföljning av intern kontroll, tertial 2 2025", 1)
    d.add_paragraph("Nedan redovisas uppföljningen per kontrollmoment enligt nämndens internkontrollplan 2025 "
                    "(BMN 2024-11-27 § 96). Ej genomförda och delvis genomförda kontroller återrapporteras i helårsuppföljningen.")
    items = [
        ("Bygglov", "Ej avslutade bygglovsärenden äldre än 12 månader följs upp",
         "Uttag ur ärendesystemet Castor", "Bygglovschef",
         "Genomgång gjord i augusti. 7 ej avslutade ärenden äldre än 12 månader, samtliga har beslut om vilande handläggning.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Miljötillsyn", "Kontroll av ej debiterade tillsynsavgifter inom miljöbalkens område",
         "Avstämning tillsynsregister mot debiteringslista", "Miljöchef",
         "Livsmedelskontrollen klar, miljöbalkens område ej klart.",
         "Delvis genomförd", "DELVIS", ""),
        ("Bygglov", "Stickprov på beviljade bygglov – avgift uttagen enligt taxa",
         "10 stickprov", "Controller",
         "I 2 av 10 ärenden hade fel taxa tillämpats (för låg avgift). Kompletterande faktura skickad.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Administration", "Kontroll att avskrivna ärenden har beslut enligt delegationsordningen",
         "Stickprov 15 ärenden", "Nämndsekreterare",
         "Ej genomförd under T2 på grund av sjukskrivning, planeras till november.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Administration", "Uppföljning av upphävda beslut efter överklagande",
         "Genomgång av domar från mark- och miljödomstolen", "Jurist",
         "Se bilaga 2.", "", "OKLAR", ""),
        ("Miljötillsyn", "Inspektioner som ej genomförts enligt tillsynsplanen redovisas",
         "Jämförelse tillsynsplan – utförda inspektioner", "Miljöchef",
         "Redovisas i stället i verksamhetsberättelsen enligt nämndens beslut 2025-04-15 § 42.",
         "Utgår", "UTGAR", ""),
        ("Miljötillsyn", "Kontroll av ej verkställda förelägganden – uppföljande tillsyn",
         "Genomgång av samtliga förelägganden med vite", "Miljöinspektör",
         "Kontrollen är genomförd. Samtliga 5 förelägganden har följts upp, inga brister noterades.",
         "", "GENOMFORD", "nej"),
    ]
    for n, (proc, km, met, ans, res, st, e, av) in enumerate(items, 1):
        d.add_heading(f"{n}. {proc}", 2)
        for lab, val in [("Kontrollmoment", km), ("Metod", met), ("Ansvarig", ans), ("Resultat", res), ("Status", st)]:
            p = d.add_paragraph()
            r = p.add_run(lab + ": "); r.bold = True
            if val: p.add_run(val)
        exp(fil, N, km, e, av)
    d.add_paragraph("")
    d.add_paragraph("Åkerby 2025-09-20")
    d.add_paragraph("Lena Ståhl, förvaltningschef Bygg- och miljöförvaltningen")
    d.save(base + ".docx")
    convert(base + ".docx", "doc")
    FILES.append([fil, "INLAST", N, "2025", "T2"])

# ================================================================ 6. VON xls with traffic-light fills
def f6():
    base = "VON_IK_tertial2_2025"
    fil = base + ".xls"
    N = "Vård- och omsorgsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Tertial 2"
    ws.oddHeader.center.text = "Vård- och omsorgsnämnden"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning tertial 2"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Vård- och omsorgsförvaltningen, Åkerby kommun"
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    ws["A3"] = "Färgkod:"; ws["B3"] = "Genomförd"; ws["B3"].fill = PatternFill("solid", fgColor=G)
    ws["C3"] = "Delvis genomförd / pågår"; ws["C3"].fill = PatternFill("solid", fgColor=Y)
    ws["D3"] = "Ej genomförd"; ws["D3"].fill = PatternFill("solid", fgColor=R)
    ws["E3"] = "Utgår"; ws["E3"].fill = PatternFill("solid", fgColor=GR)
    ws.append([])
    ws.append(["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T2", "Kommentar"])
    for c in ws[5]: c.font = Font(bold=True)
    data = [
        ("Kontroll av ej verkställda beslut om särskilt boende – rapportering till IVO", "Bevakningslista", "Biståndschef",
         G, "Inga ej verkställda beslut äldre än tre månader.", "GENOMFORD", "nej"),
        ("Genomförda hembesök hos nya hemtjänsttagare dokumenteras", "Stickprov 15 ärenden", "Enhetschef hemtjänst",
         Y, "Stickprov i 8 av 15 ärenden klart.", "DELVIS", ""),
        ("Uppföljning av avbrutna insatser – avslut registrerat i verksamhetssystemet", "Rapport ur Treserva", "Systemförvaltare",
         G, "Kontrollen genomförd. 3 avbrutna insatser saknade avslutsdatum, rättat.", "GENOMFORD", "ja"),
        ("Ej signerade läkemedelsöverlämnanden – stickprov i signeringslistor", "Stickprov 2 enheter", "MAS",
         R, "Ej genomförd, MAS-tjänsten vakant sedan juni.", "EJ_GENOMFORD", ""),
        ("Utförd tid i hemtjänst jämförs med beviljad tid", "Jämförelse planerings- och beslutssystem", "Controller",
         G, "", "GENOMFORD", ""),
        ("Avvikelser i läkemedelshanteringen sammanställs och analyseras", "Sammanställning", "MAS",
         GR, "Ingår i patientsäkerhetsberättelsen.", "UTGAR", ""),
        ("Kontroll av saknade genomförandeplaner inom LSS-boenden", "Genomgång i Treserva", "Enhetschef LSS",
         None, "", "SAKNAS", ""),
        ("Fakturering av avgifter för ej utförda insatser (hemtjänst) – stickprov", "Stickprov 20 fakturor", "Avgiftshandläggare",
         Y, "Påbörjad.", "DELVIS", ""),
    ]
    for i, (km, met, ans, fill, kom, st, av) in enumerate(data, 1):
        ws.append([i, km, met, ans, None, kom]); rr = ws.max_row
        if fill: ws.cell(rr, 5).fill = PatternFill("solid", fgColor=fill)
        for c in ws[rr]: c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, km, st, av)
    for col, w in zip("ABCDEF", [5, 55, 30, 22, 12, 50]): ws.column_dimensions[col].width = w
    save_wb(wb, base + ".xlsx")
    convert(base + ".xlsx", "xls")
    FILES.append([fil, "INLAST", N, "2025", "T2"])

# ================================================================ 7. ÅBAB helår 2024 xlsx with tick columns
def f7():
    fil = "Åkerby Bostäder AB – uppföljning internkontroll helår 2024.xlsx"
    N = "Åkerby Bostäder AB"
    wb = Workbook(); ws = wb.active; ws.title = "Helår 2024"
    ws["A1"] = "Åkerby Bostäder AB"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan – helår 2024"
    ws["A3"] = "Markera med X i den kolumn som gäller."
    ws.append([])
    ws.append(["Kontrollområde", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse (Ja/Nej)", "Kommentar"])
    for c in ws[5]: c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True)
    data = [
        ("Avtal", "Utgående hyresavtal för lokaler bevakas", "Förvaltningschef", "X", "", "", "Nej",
         "Samtliga 6 utgående avtal omförhandlade i tid.", "GENOMFORD", "nej"),
        ("Inköp", "Uppföljning av avbrutna upphandlingar", "Upphandlare", "X", "", "", "Ja",
         "1 avbruten upphandling saknade dokumenterat beslut om avbrytande.", "GENOMFORD", "ja"),
        ("Intäkter", "Kontroll av ej debiterade hyror för garage och p-platser", "Ekonomichef", "", "X", "", "",
         "Genomgång gjord för två av tre bostadsområden.", "DELVIS", ""),
        ("Fastighet", "Stickprov på genomförda avflyttningsbesiktningar", "Besiktningsman", "", "", "X", "",
         "Ej genomförd – nytt besiktningssystem införs 2025.", "EJ_GENOMFORD", ""),
        ("Inköp", "Saknade underskrifter på arbetsordrar över 50 tkr", "Driftchef", "X", "", "", "Nej",
         "", "GENOMFORD", "nej"),
        ("H", "Kontroller som ej genomfördes 2023 och flyttats till 2024"),
        ("Intäkter", "Kontroll av ej återbetalda depositioner vid avflytt", "Ekonom", "X", "", "X", "",
         "", "OKLAR", ""),
        ("Uthyrning", "Uppsagda kontrakt – kontroll att nycklar återlämnats", "Uthyrningschef", "", "", "", "",
         "Utgår enligt styrelsebeslut 2024-03-20.", "UTGAR", ""),
    ]
    for r in data:
        if r[0] == "H":
            ws.append([r[1]]); rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=8)
            ws.cell(rr, 1).font = Font(bold=True)
            continue
        ws.append(list(r[:8])); rr = ws.max_row
        for c in ws[rr]: c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, r[1], r[8], r[9])
    ws.append(["Summa", "", "", 4, 1, 2, "", ""])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append([]); ws.append(["Godkänd av styrelsen 2025-02-14. Karin Holm, VD"])
    for col, w in zip("ABCDEFGH", [16, 52, 18, 11, 9, 12, 12, 50]): ws.column_dimensions[col].width = w
    save_wb(wb, fil)
    FILES.append([fil, "INLAST", N, "2024", "HELAR"])

# ================================================================ 8. rejected: covering letter
def f8():
    fil = "Följebrev IK T2 2025 Socialnämnden.docx"
    d = Document()
    d.add_paragraph("Åkerby kommun\nSocialförvaltningen\n2025-09-12")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av internkontrollplan tertial 2 2025", 1)
    d.add_paragraph("Härmed översänds Socialnämndens uppföljning av internkontrollplanen för tertial 2 2025 "
                    "(fil SN_uppfoljning_IK_T2_2025.xlsx). Uppföljningen behandlas av nämnden 2025-09-25.")
    d.add_paragraph("Sammanfattningsvis är fyra kontroller genomförda, två delvis genomförda och en ej genomförd. "
                    "En kontroll utgår och för en av de ej genomförda kontrollerna från 2024 som flyttats till i år "
                    "har resultat ännu inte rapporterats. Dessa redovisas i helårsuppföljningen.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nMaria Lindqvist\nKvalitetsutvecklare")
    d.save(fil)
    FILES.append([fil, "AVVISAD", "", "", ""])

for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    f()

with open("namnder.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, delimiter=";"); w.writerow(["nämnd", "alias"]); w.writerows(NAMNDER)
with open("files.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, delimiter=";"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
with open("expected.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, delimiter=";"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
print(len(FILES), "file rows,", len(EXP), "controls")
