#!/usr/bin/python3
"""Round 71 – Piteå kommun, uppföljning av internkontrollplan T2 2025.
Builds every follow-up file plus namnder.csv, files.csv and expected.csv from scratch."""
import os, csv, glob, shutil, subprocess, tempfile

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties, ParagraphProperties
from odf.table import Table, TableRow, TableCell, TableColumn
from odf.text import P, H, Span

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
for f in set(glob.glob(os.path.join(OUT, '*')) + glob.glob(os.path.join(OUT, '~$*'))):
    if os.path.basename(f) not in ('make_round.py', 'README.md'):
        os.remove(f)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def exp(fil, namnd, rows):
    for km, st, av in rows:
        assert ';' not in km and '\n' not in km
        EXPECTED.append((fil, namnd, km, st, av))

# ---------------------------------------------------------------------------
# 1. Barn- och utbildningsnämnden – Word, numbered table 1.1–4.3, Bedömning as sentence
# ---------------------------------------------------------------------------
BUN_FILE = 'BUN Uppföljning internkontrollplan T2 2025.docx'
BUN = [
    ('1', 'Ekonomi och inköp', [
        ('1.1', 'Stickprov av 20 leverantörsfakturor mot avtal och attestordning',
         'Slumpvis urval ur ekonomisystemet, perioden januari–juli.',
         '20 fakturor granskade. Samtliga var attesterade av behörig attestant och pris överensstämde med avtal.',
         'Kontrollen är genomförd utan anmärkning.', 'GENOMFORD', 'nej'),
        ('1.2', 'Kontroll av att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinje',
         'Genomgång av samtliga direktupphandlingar över beloppsgränsen, underlag från inköpsfunktionen.',
         'Sju direktupphandlingar har identifierats. I tre fall saknades dokumentation av hur konkurrensutsättning skett.',
         'Kontrollen är genomförd. Avvikelser har noterats och berörda rektorer har informerats om riktlinjen.',
         'GENOMFORD', 'ja'),
        ('1.3', 'Kontroll av att elevdatorer (1:1) inventeras och återlämnas vid avslutad skolgång',
         'Avstämning av inventarielista mot elevregister, samtliga högstadie- och gymnasieskolor.',
         'Inventering genomförd på Strömbackaskolan och Pitholmsskolan. Övriga skolor återstår.',
         'Kontrollen är påbörjad och slutförs under tertial 3.', 'DELVIS', 'nej'),
    ]),
    ('2', 'Personal och lön', [
        ('2.1', 'Stickprov av 15 timanställningar avseende underlag och attest av timrapporter',
         'Stickprov ur lönesystemet, utbetalningar februari–juni.',
         '15 utbetalningar kontrollerade. I två fall hade timmar rapporterats dubbelt. Felaktigt utbetald lön har återkrävts.',
         'Kontrollen är genomförd. Två avvikelser har rättats.', 'GENOMFORD', 'ja'),
        ('2.2', 'Kontroll av att utdrag ur belastningsregistret finns för nyanställda inom förskola och skola',
         'Avstämning av nyanställningar mot registrerade utdrag hos HR.',
         '',
         'Kontrollen har inte genomförts. Den är planerad till oktober 2025.', 'EJ_GENOMFORD', 'nej'),
    ]),
    ('3', 'Elevhälsa och trygghet', [
        ('3.1', 'Kontroll av att samtliga skolenheter har en aktuell plan mot kränkande behandling',
         'Granskning av planer på skolornas webbplatser och i ledningssystemet.',
         'Planer har granskats för 9 av 14 skolenheter. På två enheter var planen inte uppdaterad för läsåret 2024/25.',
         'Kontrollen har genomförts på 9 av 14 enheter.', 'DELVIS', 'ja'),
        ('3.2', 'Kontroll av att anmälningar om kränkande behandling anmäls till huvudman inom fem dagar',
         'Uttag ur ärendehanteringssystemet, samtliga anmälningar.',
         '–',
         'Kontrollen utgår enligt nämndens beslut 2025-04-23 § 41, då den ersatts av en länsgemensam granskning.',
         'UTGAR', 'nej'),
        ('3.3', 'Stickprov av 10 elevhälsojournaler avseende dokumentation enligt patientdatalagen',
         'Verksamhetschef för elevhälsans medicinska insats granskar journaler.',
         '', '', 'SAKNAS', 'nej'),
    ]),
    ('4', 'Informationssäkerhet och dokumenthantering', [
        ('4.1', 'Kontroll av att behörigheter i elevdokumentationssystemet avslutas vid avslutad anställning',
         'Avstämning av aktiva användarkonton mot HR-systemet.',
         'Behörighetslistan har stämts av mot HR-systemet per 30 juni. Inga aktiva konton för avslutade anställningar hittades.',
         'Genomförd, inga avvikelser.', 'GENOMFORD', 'nej'),
        ('4.2', 'Kontroll av att loggar i elevhälsans journalsystem följs upp kvartalsvis',
         'Systemförvaltare tar ut loggrapport, verksamhetschef granskar.',
         'Kontrollen har inte genomförts på grund av vakans som systemförvaltare.',
         '', 'EJ_GENOMFORD', 'nej'),
        ('4.3', 'Kontroll av att allmänna handlingar diarieförs inom föreskriven tid',
         'Stickprov av 20 inkomna handlingar i diariet.',
         '',
         'Se bilaga 2.', 'OKLAR', 'nej'),
    ]),
]
HDR_BUN = ['Nr', 'Process', 'Kontrollmoment', 'Metod och omfattning', 'Resultat T2', 'Bedömning']


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trPr.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def build_bun():
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(sec, m, Cm(2))
    d.styles['Normal'].font.name = 'Arial'
    d.styles['Normal'].font.size = Pt(10)
    sec.header.paragraphs[0].text = 'Piteå kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/112'
    d.add_heading('Uppföljning av internkontrollplan 2025 – tertial 2', level=1)
    info = d.add_table(rows=0, cols=2)
    info.style = 'Table Grid'
    for k, v in [('Nämnd', 'Barn- och utbildningsnämnden'),
                 ('Period', 'Tertial 2, 1 januari – 31 augusti 2025'),
                 ('Diarienummer', 'BUN 2025/112'),
                 ('Upprättad av', 'Anna Nordström, controller, 2025-09-11')]:
        r = info.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph()
    d.add_heading('Sammanfattning', level=2)
    d.add_paragraph(
        'Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 29 januari 2025 (§ 9). Planen omfattar '
        'elva kontrollmoment inom fyra processer. Nedan redovisas resultatet av de kontroller som genomförts till och med '
        'den 31 augusti. Kontroller som inte slutförts per tertial 2 rapporteras på nytt i helårsuppföljningen. '
        'Bedömningen för respektive kontrollmoment görs av ansvarig chef tillsammans med förvaltningens controller.')
    d.add_paragraph(
        'Sammantaget bedöms den interna kontrollen vara i huvudsak tillräcklig, men förvaltningen ser ett behov av att '
        'förstärka följsamheten till riktlinjen för direktupphandling och rutinerna kring timanställdas tidrapportering.')
    d.add_heading('Resultat per kontrollmoment', level=2)
    t = d.add_table(rows=1, cols=6)
    t.style = 'Table Grid'
    widths = [Cm(1.2), Cm(3.5), Cm(5.5), Cm(4.5), Cm(6.5), Cm(4.5)]

    def header_row(row):
        for i, h in enumerate(HDR_BUN):
            row.cells[i].text = ''
            run = row.cells[i].paragraphs[0].add_run(h); run.bold = True
            shade(row.cells[i], 'D9E2F3')
    header_row(t.rows[0])
    set_repeat_header(t.rows[0])
    rows = []
    for pnr, pname, ctrls in BUN:
        if pnr == '3':
            # the author pasted in the header row again where last year's table was split at a page break
            hr = t.add_row(); header_row(hr)
        pr = t.add_row()
        m = pr.cells[0].merge(pr.cells[5])
        m.text = ''
        run = m.paragraphs[0].add_run(f'{pnr}. {pname}'); run.bold = True
        shade(m, 'F2F2F2')
        for nr, km, met, res, bed, st, av in ctrls:
            c = t.add_row().cells
            for i, v in enumerate([nr, pname, km, met, res, bed]):
                c[i].text = v
            rows.append((km, st, av))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_heading('Fortsatt arbete', level=2)
    d.add_paragraph('Kontroller som är påbörjade eller inte genomförda (1.3, 2.2, 3.1 och 4.2) följs upp i '
                    'helårsuppföljningen. Kontrollmoment 3.3 rapporteras av verksamhetschef för elevhälsans medicinska '
                    'insats i samband med patientsäkerhetsberättelsen.')
    d.add_paragraph('Piteå 2025-09-11')
    d.add_paragraph('Jonas Lundberg\nFörvaltningschef, Barn- och utbildningsförvaltningen')
    d.save(BUN_FILE)
    FILES.append((BUN_FILE, 'INLAST', 'Barn- och utbildningsnämnden', '2025', 'T2'))
    exp(BUN_FILE, 'Barn- och utbildningsnämnden', rows)

# ---------------------------------------------------------------------------
# 2. Governance-system export – UTF-8 with BOM, comma, fully quoted, SN + SBN, a row per control and period
# ---------------------------------------------------------------------------
CSV_FILE = 'Export_internkontroll_2025-09-12.csv'
# (org, förvaltning, process, kontrollmoment, frekvens, ansvarig, [(period, status, kommentar, avvikelse, ändrad)], exp_status, exp_av)
GOV = [
    ('Socialnämnden', 'Socialförvaltningen', 'Ekonomiskt bistånd',
     'Stickprov av 25 utbetalningar av ekonomiskt bistånd avseende beslut, belopp och attest', 'Tertial',
     'Enhetschef försörjningsstöd',
     [('2025 T1', 'Pågående', 'Urval gjort, granskning av 12 ärenden klar.', '', '2025-05-06 10:14'),
      ('2025 T2', 'Genomförd', '25 ärenden granskade. I 2 ärenden saknades attest av behörig handläggare, återkopplat till enhetschef.', 'Ja', '2025-09-03 15:41')],
     'GENOMFORD', 'ja'),
    ('Socialnämnden', 'Socialförvaltningen', 'Myndighetsutövning',
     'Kontroll att beslut om insatser enligt SoL verkställs inom tre månader', 'Kvartal',
     'Avdelningschef vård och omsorg',
     [('2025 T1', 'Pågående', 'Uppföljning kvartal 1 klar, 3 ej verkställda beslut.', 'Ja', '2025-05-08 09:02'),
      ('2025 T2', 'Pågående', 'Kvartal 2 klar: 4 ej verkställda beslut inom särskilt boende, rapporterade till IVO.\nKvartal 3 följs upp i oktober.', 'Ja', '2025-09-05 13:30')],
     'DELVIS', 'ja'),
    ('Socialnämnden', 'Socialförvaltningen', 'Informationssäkerhet',
     'Kontroll av att loggar i verksamhetssystemet Lifecare följs upp månadsvis', 'Månad',
     'Systemförvaltare',
     [('2025 T1', 'Genomförd', 'Loggkontroll genomförd januari–april, ingen otillbörlig åtkomst upptäckt.', 'Nej', '2025-05-02 11:20'),
      ('2025 T2', '', '', '', '')],
     'GENOMFORD', 'nej'),
    ('Socialnämnden', 'Socialförvaltningen', 'Barn och unga',
     'Uppföljning av att orosanmälningar förhandsbedöms inom 14 dagar', 'Tertial',
     'Enhetschef barn och unga',
     [('2025 T1', '', '', '', ''),
      ('2025 T2', 'Ej påbörjad', 'Planerad till november på grund av personalbrist på mottagningsenheten.', '', '2025-09-10 08:47')],
     'EJ_GENOMFORD', 'nej'),
    ('Socialnämnden', 'Socialförvaltningen', 'Inköp och avtal',
     'Stickprov av 10 fakturor från HVB-placeringar mot avtal och beslut', 'Halvår',
     'Controller socialförvaltningen',
     [('2025 T1', 'Pågående', '', '', '2025-04-29 16:05'),
      ('2025 T2', 'Genomförd', 'Genomförd med anmärkning: en faktura avsåg dygn efter utskrivning, kreditfaktura har begärts.', 'Ja', '2025-08-28 10:11')],
     'GENOMFORD', 'ja'),
    ('Socialnämnden', 'Socialförvaltningen', 'Hälso- och sjukvård',
     'Kontroll av att läkemedelsavvikelser inom särskilt boende rapporteras och analyseras', 'Tertial',
     'Medicinskt ansvarig sjuksköterska',
     [('2025 T1', '', '', '', ''),
      ('2025 T2', '', '', '', '')],
     'SAKNAS', 'nej'),
    ('Socialnämnden', 'Socialförvaltningen', 'Nämndadministration',
     'Kontroll av att delegationsbeslut anmäls till nämnden', 'Tertial',
     'Nämndsekreterare',
     [('2025 T1', 'Genomförd', 'Inga avvikelser.', 'Nej', '2025-05-05 14:00'),
      ('2025 T2', 'Utgår', 'Delegationsbeslut anmäls sedan mars digitalt via ärendesystemet, kontrollen är inte längre aktuell.', '', '2025-09-01 09:33')],
     'UTGAR', 'nej'),
    ('Socialnämnden', 'Socialförvaltningen', 'Arbetsmiljö',
     'Kontroll av att hot- och våldssituationer rapporteras i KIA och följs upp', 'Tertial',
     'HR-partner',
     [('2025 T1', 'Pågående', 'Genomgång påbörjad inom hemtjänsten.', '', '2025-05-07 13:12'),
      ('2025 T2', '', 'Kontrollen är genomförd på samtliga enheter, alla rapporterade händelser har följts upp.', 'Nej', '2025-09-09 10:58')],
     'GENOMFORD', 'nej'),
    ('Samhällsbyggnadsnämnden', 'Samhällsbyggnadsförvaltningen', 'Bygglov',
     'Kontroll att bygglov handläggs inom lagstadgad tid (10 veckor)', 'Tertial',
     'Enhetschef bygglov',
     [('2025 T1', 'Genomförd', 'Samtliga ärenden inom tidsfrist.', 'Nej', '2025-05-09 08:30'),
      ('2025 T2', 'Genomförd', '3 av 112 ärenden över tidsfristen, avgiften har reducerats enligt PBL 12 kap. 8 a §.', 'Ja', '2025-09-04 11:45')],
     'GENOMFORD', 'ja'),
    ('Samhällsbyggnadsnämnden', 'Samhällsbyggnadsförvaltningen', 'Inköp och avtal',
     'Stickprov av 15 leverantörsfakturor mot ramavtal (avtalstrohet)', 'Halvår',
     'Controller samhällsbyggnad',
     [('2025 T1', 'Ej påbörjad', '', '', '2025-05-09 08:31'),
      ('2025 T2', 'Pågående', '9 av 15 fakturor granskade, hittills utan anmärkning.', '', '2025-09-04 11:50')],
     'DELVIS', 'nej'),
    ('Samhällsbyggnadsnämnden', 'Samhällsbyggnadsförvaltningen', 'Miljö och hälsoskydd',
     'Kontroll av att tillsynsavgifter debiteras enligt gällande taxa', 'Årlig',
     'Enhetschef miljö',
     [('2025 T2', 'Genomförd', 'Stickprov 20 debiteringar, samtliga korrekta.', 'Nej', '2025-08-25 15:20')],
     'GENOMFORD', 'nej'),
    ('Samhällsbyggnadsnämnden', 'Samhällsbyggnadsförvaltningen', 'Nämndadministration',
     'Kontroll av att delegationsbeslut inom plan och bygg anmäls till nämnden', 'Tertial',
     'Nämndsekreterare',
     [('2025 T1', '', '', '', ''),
      ('2025 T2', 'Ej påbörjad', 'Ej genomförd under perioden.', '', '2025-09-11 16:02')],
     'EJ_GENOMFORD', 'nej'),
    ('Samhällsbyggnadsnämnden', 'Samhällsbyggnadsförvaltningen', 'Gata och park',
     'Uppföljning av att felanmälningar gata/park åtgärdas inom fastställd tid', 'Tertial',
     'Driftchef gata/park',
     [('2025 T1', 'Pågående', 'Statistik tas fram ur felanmälningssystemet.', '', '2025-05-12 09:40'),
      ('2025 T2', '', 'Se bilaga', '', '2025-09-11 16:10')],
     'OKLAR', 'nej'),
    ('Samhällsbyggnadsnämnden', 'Samhällsbyggnadsförvaltningen', 'Mark och exploatering',
     'Kontroll av att markanvisningsavtal följs upp avseende byggstart', 'Halvår',
     'Mark- och exploateringsingenjör',
     [('2025 T1', 'Genomförd', 'Två avtal kontrollerade, byggstart enligt avtal.', 'Nej', '2025-04-30 10:00'),
      ('2025 T2', 'Genomförd', 'Fyra avtal kontrollerade, samtliga i fas.', 'Nej', '2025-08-29 14:18')],
     'GENOMFORD', 'nej'),
]


def build_csv():
    hdr = ['Organisation', 'Förvaltning', 'Plan', 'Process', 'Kontrollmoment', 'Kontrollfrekvens', 'Ansvarig',
           'Period', 'Status', 'Kommentar', 'Avvikelse', 'Senast ändrad']
    with open(CSV_FILE, 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, delimiter=',', quoting=csv.QUOTE_ALL, lineterminator='\r\n')
        w.writerow(hdr)
        for org, forv, proc, km, frek, ans, periods, st, av in GOV:
            for per, s, k, a, ch in periods:
                w.writerow([org, forv, 'Internkontrollplan 2025', proc, km, frek, ans, per, s, k, a, ch])
    for org in ('Socialnämnden', 'Samhällsbyggnadsnämnden'):
        FILES.append((CSV_FILE, 'INLAST', org, '2025', 'T2'))
        exp(CSV_FILE, org, [(g[3], g[7], g[8]) for g in GOV if g[0] == org])

# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden – xlsx, "Följer plan" (Ja/Nej/Delvis) + Kommentar T1 / Kommentar T2
# ---------------------------------------------------------------------------
KFN_FILE = 'Kultur och fritid - IK-uppföljning T2 2025.xlsx'
KFN = [  # process, risk, riskvärde, km, följer plan, komm T1, komm T2, ansvarig, exp status, avv
    ('Bidragshantering', 'Risk att bidrag betalas ut på felaktiga grunder', 9,
     'Stickprov av 10 beviljade föreningsbidrag mot ansökan och riktlinjer', 'Ja',
     'Planerad till maj.', '10 ansökningar granskade. En förening saknade årsmöteshandlingar, komplettering har begärts.',
     'Fritidschef', 'GENOMFORD', 'ja'),
    ('Bidragshantering', 'Risk att aktivitetsstöd baseras på felaktigt deltagarantal', 8,
     'Kontroll av att utbetalt aktivitetsstöd motsvarar rapporterat deltagarantal', 'Delvis',
     '', 'Vårterminen kontrollerad utan anmärkning, hösten återstår.', 'Handläggare föreningsbidrag', 'DELVIS', 'nej'),
    ('Kontanthantering', 'Risk för förskingring eller svinn i kassor', 8,
     'Oanmäld kassakontroll i simhallens reception två gånger per termin', 'Ja',
     'Genomförd 12 mars utan anmärkning.', 'Genomförd 3 juni. Kassadifferens på 40 kr, rutin för dagsavslut har förtydligats.',
     'Enhetschef bad', 'GENOMFORD', 'ja'),
    ('Kontanthantering', 'Risk för förskingring eller svinn i kassor', 6,
     'Kontroll av att kontanthantering på biblioteken avvecklats enligt beslut', 'Nej',
     '', 'Har inte hunnit genomföras, flyttas till T3.', 'Bibliotekschef', 'EJ_GENOMFORD', 'nej'),
    ('Lokaler och säkerhet', 'Risk för brand och personskada i anläggningar', 12,
     'Kontroll att systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga anläggningar', '',
     'Påbörjad.', 'Klar. Samtliga 11 anläggningar har dokumenterat SBA för 2025.', 'Anläggningschef', 'GENOMFORD', 'nej'),
    ('Lokaler och säkerhet', 'Risk att obehöriga har tillgång till lokaler', 6,
     'Kontroll av nyckel- och passerkortsregister mot personalförteckning', 'Ja',
     '', 'Kontrollen har inte hunnits med under perioden.', 'Administratör', 'GENOMFORD', 'nej'),
    ('Avtal med föreningar', 'Risk att skötselavtal inte följs', 6,
     'Uppföljning av att skötselavtal med föreningar för spår och anläggningar följs', 'Delvis',
     '', 'Skidspår i Lindbäcksstadion klart, elljusspåren återstår.', 'Fritidskonsulent', 'DELVIS', 'nej'),
    ('Personuppgifter', 'Risk för felaktig behandling av personuppgifter', 4,
     'Kontroll av att förvaltningens förteckning över personuppgiftsbehandlingar är uppdaterad', 'Utgår',
     '', 'Hanteras centralt av kommunledningsförvaltningen från 2025.', 'Förvaltningschef', 'UTGAR', 'nej'),
    ('Avgifter', 'Risk för felaktig debitering', 6,
     'Kontroll av att deltagarlistor i kulturskolan stämmer mot fakturerade avgifter', '',
     '', '', 'Kulturskolechef', 'SAKNAS', 'nej'),
]


def build_kfn():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'IK-plan 2025'
    thin = Side(style='thin', color='999999')
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'Kultur- och fritidsnämnden'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Uppföljning av internkontrollplan 2025 – tertial 2 (per 31 augusti)'; ws['A2'].font = Font(bold=True, size=12)
    ws['A3'] = 'Upprättad 2025-09-10 av Maria Lindqvist, controller'
    hdr = ['Process', 'Risk', 'Riskvärde', 'Kontrollmoment', 'Följer plan', 'Kommentar T1', 'Kommentar T2', 'Ansvarig']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color='FFFFFF'); c.fill = PatternFill('solid', fgColor='1F4E78')
        c.alignment = Alignment(wrap_text=True, vertical='center'); c.border = bd
    r = 6
    start = {}
    for proc, risk, rv, km, fp, k1, k2, ans, st, av in KFN:
        vals = [proc, risk, rv, km, fp or None, k1 or None, k2 or None, ans]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical='top'); c.border = bd
        start.setdefault(proc, []).append(r)
        r += 1
    for proc, rs in start.items():
        if len(rs) > 1:
            for rr in rs[1:]:
                ws.cell(row=rr, column=1).value = None
            ws.merge_cells(start_row=rs[0], start_column=1, end_row=rs[-1], end_column=1)
    dv = DataValidation(type='list', formula1='"Ja,Nej,Delvis"', allow_blank=True)
    ws.add_data_validation(dv); dv.add(f'E6:E{r-1}')
    r += 1
    ws.cell(row=r, column=1, value='Följer plan: Ja = kontrollen genomförd enligt plan, Delvis = påbörjad eller delvis genomförd, Nej = ej genomförd.').font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value='Riskvärde = sannolikhet × konsekvens (1–16).').font = Font(italic=True)
    for col, w in zip('ABCDEFGH', [20, 32, 9, 45, 11, 35, 45, 22]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A6'
    wb.save(KFN_FILE)
    FILES.append((KFN_FILE, 'INLAST', 'Kultur- och fritidsnämnden', '2025', 'T2'))
    exp(KFN_FILE, 'Kultur- och fritidsnämnden', [(k[3], k[8], k[9]) for k in KFN])

# ---------------------------------------------------------------------------
# 4. Piteå Science Park AB – .xls, statuses in English
# ---------------------------------------------------------------------------
PSP_FILE = 'PSP internkontroll 2025 T2.xls'
PSP = [
    ('Ekonomi', 'Stickprov av 20 leverantörsfakturor – attest enligt attestordning', 'Ekonomiansvarig',
     'Completed', 'No deviations found.', 'GENOMFORD', 'nej'),
    ('Ekonomi', 'Avstämning av projektbidrag (EU, Region Norrbotten) mot bokföring', 'Projektekonom',
     'In progress', 'EU project reconciled, regional funding remaining.', 'DELVIS', 'nej'),
    ('Ekonomi', 'Kontroll av representation och förtroendekänsliga poster för VD och ledning', 'Styrelsens ordförande',
     'Completed with remarks', 'Två kvitton saknade deltagarförteckning. Kompletterat i augusti.', 'GENOMFORD', 'ja'),
    ('Fastighet/hyror', 'Kontroll av hyresdebitering för inkubatorföretag mot gällande avtal', 'Ekonomiansvarig',
     'Not started', 'Planned for Q4.', 'EJ_GENOMFORD', 'nej'),
    ('IT och behörigheter', 'Kontroll av behörigheter i ekonomisystemet vid avslutad anställning', 'IT-ansvarig',
     'N/A', 'Ekonomiadministrationen köps från Piteå kommun fr.o.m. 2025, behörigheter hanteras där.', 'UTGAR', 'nej'),
    ('IT och behörigheter', 'Test av återläsning av säkerhetskopior (backup) för filserver och CRM', 'IT-ansvarig',
     'Partly done', 'Filserver tested OK in June; CRM restore test not yet done.', 'DELVIS', 'nej'),
    ('Styrning', 'Kontroll av att styrelsebeslut protokollförs och verkställs', 'VD',
     '', '', 'SAKNAS', 'nej'),
]


def build_psp(tmp):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Uppföljning T2'
    ws['A1'] = 'Piteå Science Park AB'; ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Internkontroll 2025 – uppföljning tertial 2 (per 2025-08-31)'
    ws['A3'] = 'Internal control follow-up, reported to the board 2025-09-17'
    ws['A3'].font = Font(italic=True)
    hdr = ['Nr', 'Område', 'Kontrollmoment', 'Ansvarig', 'Status', 'Comment / kommentar']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='D9D9D9')
    for n, (omr, km, ans, s, com, st, av) in enumerate(PSP, 1):
        for i, v in enumerate([n, omr, km, ans, s or None, com or None], 1):
            ws.cell(row=5 + n, column=i, value=v).alignment = Alignment(wrap_text=True, vertical='top')
    r = 6 + len(PSP) + 1
    ws.cell(row=r, column=2, value='Status: Completed / Completed with remarks / In progress / Partly done / Not started / N/A')
    ws.cell(row=r + 1, column=2, value='Contact: Erik Holmgren, CFO')
    for col, w in zip('ABCDEF', [5, 18, 60, 20, 22, 55]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, 'PSP internkontroll 2025 T2.xlsx')
    wb.save(src)
    subprocess.run(['soffice', '--headless', '--convert-to', 'xls', '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, 'PSP internkontroll 2025 T2.xls'), PSP_FILE)
    FILES.append((PSP_FILE, 'INLAST', 'Piteå Science Park AB', '2025', 'T2'))
    exp(PSP_FILE, 'Piteå Science Park AB', [(p[1], p[5], p[6]) for p in PSP])

# ---------------------------------------------------------------------------
# 5+6. Fastighets- och servicenämnden – .ods, traffic-light fills without words + legend; sent twice (original + v2)
# ---------------------------------------------------------------------------
FSN_FILE1 = 'FSN IK-uppföljning T2 2025.ods'
FSN_FILE2 = 'FSN IK-uppföljning T2 2025 v2.ods'
COL = {'grön': '00B050', 'gul': 'FFC000', 'röd': 'FF0000', 'grå': 'A6A6A6'}
COL2ST = {'grön': 'GENOMFORD', 'gul': 'DELVIS', 'röd': 'EJ_GENOMFORD', 'grå': 'UTGAR', None: 'SAKNAS'}
# group, nr, km, metod, (colour, result, åtgärd, avv) original, same for v2 ; None = row absent
FSN = [
    ('Fastighetsförvaltning', '1',
     'Kontroll att lagstadgade besiktningar (OVK, hiss, lekplats) utförs enligt plan',
     'Avstämning av besiktningsplan mot protokoll i fastighetssystemet',
     ('grön', 'Samtliga besiktningar utförda. 3 anmärkningar vid OVK, åtgärdade i juni.', '–', 'ja'),
     ('grön', 'Samtliga besiktningar utförda. 3 anmärkningar vid OVK, åtgärdade i juni.', '–', 'ja')),
    ('Fastighetsförvaltning', '2',
     'Stickprov av 15 fakturor från ramavtalsentreprenörer mot avtalade á-priser',
     'Urval ur ekonomisystemet, jan–jul',
     ('gul', '8 av 15 fakturor kontrollerade, hittills utan avvikelse.', 'Resterande kontrolleras i september.', 'nej'),
     ('gul', '8 av 15 fakturor kontrollerade, hittills utan avvikelse.', 'Resterande kontrolleras i september.', 'nej')),
    ('Fastighetsförvaltning', '3',
     'Kontroll av att hyreskontrakt för externt inhyrda lokaler bevakas inför uppsägningstid',
     'Genomgång av kontraktsregister',
     ('röd', 'Ej genomförd på grund av byte av fastighetssystem.', 'Genomförs efter systembytet, nov 2025.', 'nej'),
     ('röd', 'Ej genomförd på grund av byte av fastighetssystem.', 'Genomförs efter systembytet, nov 2025.', 'nej')),
    ('Kost och städ', '4',
     'Kontroll av egenkontrollprogram i tillagningskök (livsmedelshantering)',
     'Besök och granskning av dokumentation i samtliga tillagningskök',
     (None, '', '', 'nej'),
     ('grön', 'Genomförd i 14 kök. Inga allvarliga brister.', '', 'nej')),
    ('Kost och städ', '5',
     'Kontroll av att specialkoster hanteras enligt rutin i skolmåltiderna',
     'Stickprov 10 specialkostbeställningar',
     ('gul', 'Genomförd, inga avvikelser.', '', 'nej'),
     ('grön', 'Genomförd, inga avvikelser.', '', 'nej')),
    ('Kost och städ', '6',
     'Kontroll av städkvalitet enligt INSTA 800 på 10 objekt',
     'Kvalitetsmätning av extern kontrollant',
     ('grön', 'Genomförd. 2 objekt under godkänd nivå.', 'Åtgärdsplan upprättad med städenheten.', 'ja'),
     ('grön', 'Genomförd. 2 objekt under godkänd nivå.', 'Åtgärdsplan upprättad med städenheten.', 'ja')),
    ('Inköp och fordon', '7',
     'Kontroll av att inköp sker via e-handelssystemet',
     'Andel e-handelsinköp per enhet, rapport ur e-handelssystemet',
     None,
     ('gul', 'Uppföljning påbörjad i augusti, 62 % av inköpen via e-handel hittills.', '', 'nej')),
    ('Inköp och fordon', '8',
     'Kontroll av körjournaler för kommunens bilpool',
     'Stickprov 20 körjournaler',
     ('grå', 'Bilpoolen avvecklad 2025-03-31, ersatt av extern bilpool.', '', 'nej'),
     ('grå', 'Bilpoolen avvecklad 2025-03-31, ersatt av extern bilpool.', '', 'nej')),
]


def ods_build(fname, version):
    doc = OpenDocumentSpreadsheet()
    bold = Style(name='bold', family='table-cell'); bold.addElement(TextProperties(fontweight='bold'))
    title = Style(name='title', family='table-cell'); title.addElement(TextProperties(fontweight='bold', fontsize='14pt'))
    hdr = Style(name='hdr', family='table-cell')
    hdr.addElement(TableCellProperties(backgroundcolor='#DDEBF7', border='0.5pt solid #000000'))
    hdr.addElement(TextProperties(fontweight='bold'))
    grp = Style(name='grp', family='table-cell')
    grp.addElement(TableCellProperties(backgroundcolor='#EDEDED')); grp.addElement(TextProperties(fontweight='bold'))
    wrap = Style(name='wrap', family='table-cell')
    wrap.addElement(TableCellProperties(wrapoption='wrap', border='0.5pt solid #000000', verticalalign='top'))
    for s in (bold, title, hdr, grp, wrap):
        doc.automaticstyles.addElement(s)
    cst = {}
    for k, v in COL.items():
        s = Style(name='c_' + {'grön': 'gron', 'gul': 'gul', 'röd': 'rod', 'grå': 'gra'}[k], family='table-cell')
        s.addElement(TableCellProperties(backgroundcolor='#' + v, border='0.5pt solid #000000'))
        doc.automaticstyles.addElement(s); cst[k] = s
    widths = ['1.0cm', '9.0cm', '6.0cm', '2.0cm', '8.0cm', '6.0cm']
    colstyles = []
    for i, w in enumerate(widths):
        s = Style(name=f'co{i}', family='table-column'); s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s); colstyles.append(s)
    t = Table(name='Uppföljning T2')
    for s in colstyles:
        t.addElement(TableColumn(stylename=s))

    def row(vals, styles=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            st = styles[i] if styles else None
            kw = {'stylename': st} if st is not None else {}
            if v is None or v == '':
                tc = TableCell(**kw)
            else:
                tc = TableCell(valuetype='string', **kw); tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    row(['Fastighets- och servicenämnden – uppföljning av intern kontroll, tertial 2 2025'], [title])
    if version == 2:
        row(['Reviderad version 2025-09-18 (ersätter version 2025-09-12)'], [bold])
    else:
        row(['Version 2025-09-12'])
    row([])
    row(['Nr', 'Kontrollmoment', 'Kontrollmetod', 'Status', 'Resultat/kommentar', 'Åtgärd'], [hdr] * 6)
    rows = []
    cur = None
    for g, nr, km, met, o, v2 in FSN:
        data = o if version == 1 else v2
        if data is None:
            continue
        if g != cur:
            row([g, '', '', '', '', ''], [grp] * 6); cur = g
        colr, res, atg, av = data
        sst = cst[colr] if colr else wrap
        row([nr, km, met, '', res, atg], [wrap, wrap, wrap, sst, wrap, wrap])
        rows.append((km, COL2ST[colr], av))
    row([])
    row(['', 'Teckenförklaring status'], [None, bold])
    row(['', '', '', '', 'Genomförd'], [None, None, None, cst['grön'], None])
    row(['', '', '', '', 'Pågår / delvis genomförd'], [None, None, None, cst['gul'], None])
    row(['', '', '', '', 'Ej genomförd'], [None, None, None, cst['röd'], None])
    row(['', '', '', '', 'Utgår'], [None, None, None, cst['grå'], None])
    row([])
    row(['', 'Kontaktperson: Per Öhman, verksamhetscontroller fastighets- och serviceförvaltningen'])
    doc.spreadsheet.addElement(t)
    doc.save(fname)
    FILES.append((fname, 'INLAST', 'Fastighets- och servicenämnden', '2025', 'T2'))
    exp(fname, 'Fastighets- och servicenämnden', rows)

# ---------------------------------------------------------------------------
# 7. Räddningstjänstförbundet Piteälvdalen (kommunalförbund) – .odt, headings + ☒/☐ checklist per control
# ---------------------------------------------------------------------------
RTJ_FILE = 'Räddningstjänsten Piteälvdalen - uppföljning internkontroll tertial 2 2025.odt'
RTJ_OPTS = ['Genomförd', 'Delvis genomförd', 'Ej genomförd', 'Utgår']
RTJ = [
    ('Förebyggande verksamhet',
     'Kontroll av att tillsyn enligt LSO genomförs enligt fastställd tillsynsplan',
     'Stf räddningschef', ['Genomförd'],
     '42 tillsyner genomförda mot planerade 40 för perioden. Inga avvikelser från tillsynsplanen.',
     'GENOMFORD', 'nej'),
    ('Utbildning och övning',
     'Kontroll av att övningsdokumentation för räddningspersonal i beredskap (RIB) är komplett',
     'Utbildningsansvarig', ['Delvis genomförd'],
     'Dokumentationen för stationerna i Piteå och Roknäs är granskad. Dokumentation saknas för 6 av 48 medarbetare. '
     'Stationerna i Älvsbyn och Norrfjärden granskas under hösten.',
     'DELVIS', 'ja'),
    ('Inköp',
     'Stickprov av 10 fakturor för inköp av skyddsutrustning mot ramavtal',
     'Ekonom', ['Genomförd', 'Delvis genomförd'],
     '10 fakturor har tagits ut. Granskningen av priser mot ramavtal har gjorts för sex av dem.',
     'OKLAR', 'nej'),
    ('Förebyggande verksamhet',
     'Kontroll av att sotning och brandskyddskontroll utförs enligt föreskriven frist',
     'Brandingenjör', [],
     'Kontrollen har inte genomförts under perioden, den planeras till hösten.',
     'EJ_GENOMFORD', 'nej'),
    ('Räddningstjänst',
     'Kontroll av att larmcentralens utlarmningstider följs upp månadsvis',
     'Insatsledare', [],
     '',
     'SAKNAS', 'nej'),
    ('Ekonomi och administration',
     'Kontroll av att förbundets attestförteckning är aktuell',
     'Förbundsekonom', ['Utgår'],
     'Ingår från 2025 i medlemskommunernas gemensamma granskning av attestregister.',
     'UTGAR', 'nej'),
    ('Fordon och materiel',
     'Kontroll av att fordon och släckutrustning besiktigas enligt underhållsplan',
     'Verkstadsansvarig', ['Genomförd'],
     'Genomförd. Två fordon fick anmärkning vid besiktning (bromsar, belysning), åtgärdade i juni.',
     'GENOMFORD', 'ja'),
]


def build_rtj():
    doc = OpenDocumentText()
    h1 = Style(name='Heading 1', family='paragraph'); h1.addElement(TextProperties(fontsize='16pt', fontweight='bold'))
    h2 = Style(name='Heading 2', family='paragraph'); h2.addElement(TextProperties(fontsize='12pt', fontweight='bold'))
    h2.addElement(ParagraphProperties(margintop='0.4cm'))
    doc.styles.addElement(h1); doc.styles.addElement(h2)
    b = Style(name='B', family='text'); b.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(b)
    T = doc.text
    T.addElement(P(text='Räddningstjänstförbundet Piteälvdalen'))
    T.addElement(P(text='Ett kommunalförbund för Piteå och Älvsbyns kommuner'))
    T.addElement(H(outlinelevel=1, stylename=h1, text='Uppföljning av internkontrollplan 2025 – tertial 2'))
    T.addElement(P(text='Uppföljningen avser perioden januari–augusti 2025 och redovisas för förbundsdirektionen '
                        '2025-09-25. Kopia lämnas till ekonomikontoret i Piteå kommun för sammanställning.'))
    T.addElement(P(text='Förbundsdirektionen fastställde internkontrollplanen 2024-12-12. Planen omfattar sju '
                        'kontrollmoment. För varje kontrollmoment anges status genom att kryssa i aktuell ruta.'))
    rows = []
    for i, (proc, km, ans, ticked, res, st, av) in enumerate(RTJ, 1):
        T.addElement(H(outlinelevel=2, stylename=h2, text=f'{i}. {proc}'))
        p = P(); p.addElement(Span(stylename=b, text='Kontrollmoment: ')); p.addText(km); T.addElement(p)
        p = P(); p.addElement(Span(stylename=b, text='Ansvarig: ')); p.addText(ans); T.addElement(p)
        boxes = '   '.join(('☒ ' if o in ticked else '☐ ') + o for o in RTJ_OPTS)
        p = P(); p.addElement(Span(stylename=b, text='Status: ')); p.addText(boxes); T.addElement(p)
        p = P(); p.addElement(Span(stylename=b, text='Resultat och kommentar: ')); p.addText(res); T.addElement(p)
        rows.append((km, st, av))
    T.addElement(H(outlinelevel=2, stylename=h2, text='Samlad bedömning'))
    T.addElement(P(text='Förbundet bedömer att den interna kontrollen i huvudsak fungerar. Kontroller som inte '
                        'slutförts redovisas i helårsuppföljningen.'))
    T.addElement(P(text='Piteå 2025-09-15'))
    T.addElement(P(text='Lena Bergström, räddningschef'))
    doc.save(RTJ_FILE)
    FILES.append((RTJ_FILE, 'INLAST', 'Räddningstjänstförbundet Piteälvdalen', '2025', 'T2'))
    exp(RTJ_FILE, 'Räddningstjänstförbundet Piteälvdalen', rows)

# ---------------------------------------------------------------------------
# 8. PiteBo AB – xlsx, status codes T1 | T2 side by side with a legend; group heading rows
# ---------------------------------------------------------------------------
PB_FILE = 'PiteBo AB uppföljning internkontroll 2025.xlsx'
PB = [
    ('UTHYRNING OCH HYRESADMINISTRATION', [
        ('Kontroll av hyresavisering mot hyreskontrakt, stickprov 30 lägenheter', 'Stickprov ur hyressystemet',
         3, 2, '2 hyror var inte uppräknade enligt 2025 års förhandling, rättat från september.', 'GENOMFORD', 'ja'),
        ('Kontroll av att kötid och förmedlingsregler följts vid uthyrning (stickprov 20)', 'Stickprov kontrakt jan–apr',
         1, None, 'Genomförd i april, samtliga enligt regler.', 'GENOMFORD', 'nej'),
        ('Kontroll av nyckelkvittenser vid in- och utflyttning', 'Stickprov 15 flyttärenden',
         None, 6, 'Väntar på svar från områdeskontoren.', 'OKLAR', 'nej'),
        ('Kontroll av att depositioner återbetalas korrekt vid avflyttning', 'Samtliga återbetalningar jan–aug',
         None, 2, 'En deposition återbetald till fel konto, återkrävd och rättad.', 'GENOMFORD', 'ja'),
    ]),
    ('EKONOMI', [
        ('Avstämning av hyresfordringar och avskrivning av kundförluster', 'Avstämning reskontra mot huvudbok',
         None, 3, 'Avstämning per juni klar, per augusti pågår.', 'DELVIS', 'nej'),
        ('Kontroll av att beställningar av underhållsarbeten attesteras enligt attestordning', 'Stickprov 20 beställningar',
         4, 4, '', 'EJ_GENOMFORD', 'nej'),
        ('Stickprov av 10 entreprenadfakturor mot avtalade á-priser', 'Urval ur leverantörsreskontran',
         1, 1, 'Inga avvikelser.', 'GENOMFORD', 'nej'),
    ]),
    ('FASTIGHETSFÖRVALTNING', [
        ('Uppföljning av energiförbrukning per fastighet mot budget', 'Månadsrapport energisystem',
         None, 5, 'Flyttas till bolagets energiplan enligt styrelsebeslut 2025-05-20.', 'UTGAR', 'nej'),
        ('Kontroll av att brandskyddskontroller (SBA) i trapphus genomförts', 'Egenkontrollprotokoll',
         None, None, '', 'SAKNAS', 'nej'),
    ]),
]


def build_pb():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Internkontroll 2025'
    ws['A1'] = 'PiteBo AB'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Uppföljning internkontrollplan 2025 – rapport till styrelsen, T2'
    ws['A3'] = 'Per 2025-08-31'
    thin = Side(style='thin'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A5'] = 'Kontrollmoment'; ws['B5'] = 'Metod'; ws['C5'] = 'Status'; ws['E5'] = 'Kommentar'
    ws['C6'] = 'T1'; ws['D6'] = 'T2'
    ws.merge_cells('A5:A6'); ws.merge_cells('B5:B6'); ws.merge_cells('C5:D5'); ws.merge_cells('E5:E6')
    for rr in (5, 6):
        for cc in range(1, 6):
            c = ws.cell(row=rr, column=cc); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='C6E0B4')
            c.border = bd; c.alignment = Alignment(horizontal='center', vertical='center')
    r = 7
    rows = []
    for grp, ctrls in PB:
        ws.cell(row=r, column=1, value=grp).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        for km, met, t1, t2, kom, st, av in ctrls:
            for i, v in enumerate([km, met, t1, t2, kom or None], 1):
                c = ws.cell(row=r, column=i, value=v); c.border = bd
                c.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if i in (3, 4) else None)
            rows.append((km, st, av))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value='Statuskoder:').font = Font(bold=True)
    for i, t in enumerate(['1 = Genomförd utan avvikelse', '2 = Genomförd med avvikelse', '3 = Påbörjad',
                           '4 = Ej påbörjad', '5 = Utgår'], 1):
        ws.cell(row=r + i, column=1, value=t)
    ws.cell(row=r + 7, column=1, value='Ansvarig: Camilla Sandström, ekonomichef')
    for col, w in zip('ABCDE', [62, 32, 7, 7, 60]):
        ws.column_dimensions[col].width = w
    wb.save(PB_FILE)
    FILES.append((PB_FILE, 'INLAST', 'PiteBo AB', '2025', 'T2'))
    exp(PB_FILE, 'PiteBo AB', rows)

# ---------------------------------------------------------------------------
# 9. Reject: Word owner/lock file left next to the BUN document
# ---------------------------------------------------------------------------
LOCK_FILE = '~$N Uppföljning internkontrollplan T2 2025.docx'


def build_lock():
    name = 'Anna Nordström'
    a = name.encode('cp1252')
    data = bytes([len(a)]) + a + b'\x00' * (53 - len(a))
    data += len(name).to_bytes(2, 'little') + name.encode('utf-16-le') + b'\x00' * (108 - 2 * len(name))
    data = data[:162].ljust(162, b'\x00')
    with open(LOCK_FILE, 'wb') as f:
        f.write(data)
    FILES.append((LOCK_FILE, 'AVVISAD', '', '', ''))


NAMNDER = [
    ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|Kommunledningskontoret'),
    ('Barn- och utbildningsnämnden', 'BUN|Barn- och utbildningsförvaltningen|Utbildningsförvaltningen'),
    ('Socialnämnden', 'SN|Socialförvaltningen|Socialtjänsten'),
    ('Samhällsbyggnadsnämnden', 'SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad'),
    ('Kultur- och fritidsnämnden', 'KFN|Kultur och fritid|Kultur- och fritidsförvaltningen'),
    ('Fastighets- och servicenämnden', 'FSN|Fastighets- och serviceförvaltningen|Fastighet och service'),
    ('Miljö- och tillsynsnämnden', 'MTN|Miljö och tillsyn'),
    ('Räddningstjänstförbundet Piteälvdalen', 'Räddningstjänsten Piteälvdalen|RTJ Piteälvdalen|Räddningstjänsten'),
    ('Piteå Science Park AB', 'PSP|Science Park'),
    ('PiteBo AB', 'Pitebo|AB PiteBo'),
]

if __name__ == '__main__':
    tmp = tempfile.mkdtemp()
    try:
        build_bun()
        build_lock()
        build_csv()
        build_kfn()
        build_psp(tmp)
        ods_build(FSN_FILE1, 1)
        ods_build(FSN_FILE2, 2)
        build_rtj()
        build_pb()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open('namnder.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('nämnd;alias\n')
        for n, a in NAMNDER:
            f.write(f'{n};{a}\n')
    with open('files.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('fil;utfall;nämnd;år;period\n')
        for row in FILES:
            f.write(';'.join(row) + '\n')
    with open('expected.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('fil;nämnd;kontrollmoment;status;avvikelse\n')
        for row in EXPECTED:
            f.write(';'.join(row) + '\n')
    print(len(set(r[0] for r in FILES)), 'files,', len(FILES), 'files.csv rows,', len(EXPECTED), 'controls')
