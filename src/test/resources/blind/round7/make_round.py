#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 7: Storfjälls kommun (fictional Norrland kommun).
Rebuild with: /usr/bin/python3 make_round.py   (needs openpyxl, python-docx, odfpy, soffice)"""
import os, io, shutil, subprocess, tempfile, csv
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
EXP = []    # fil;nämnd;kontrollmoment;status;avvikelse
FILES = []  # fil;utfall;nämnd;år;period

def exp(fil, namnd, km, status, avv):
    km = km.replace(';', ',').replace('\n', ' ').strip()
    EXP.append((fil, namnd, km, status, avv))

def reg(fil, utfall, namnd, ar, period):
    FILES.append((fil, utfall, namnd, ar, period))

thin = Side(style='thin', color='808080')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader'); el.set(qn('w:val'), 'true'); trPr.append(el)

# ---------------------------------------------------------------------------
# 1. BUN: .docx, one table per process, heading above each table
# ---------------------------------------------------------------------------
def f1():
    fil = 'BUN Uppföljning internkontrollplan 2025 helår.docx'
    N = 'Barn- och utbildningsnämnden'
    reg(fil, 'INLAST', N, 2025, 'HELAR')
    d = Document()
    d.add_heading('Uppföljning av internkontrollplan 2025', level=1)
    p = d.add_paragraph(); r = p.add_run('Barn- och utbildningsnämnden, Storfjälls kommun'); r.bold = True
    d.add_paragraph('Helårsrapport. Dnr BUN 2025/14. Behandlas i nämnden 2026-02-12.')
    d.add_paragraph(
        'Nämnden antog internkontrollplanen för 2025 i december 2024. Planen omfattar fyra processer med '
        'sammanlagt åtta kontrollmoment. Nedan redovisas utfallet per process. Bedömningen görs i tre steg: '
        'tillfredsställande, delvis tillfredsställande och ej tillfredsställande. Kontroller som nämnden '
        'beslutat ta bort ur planen markeras ej aktuell.')
    hdr = ['Vad kontrolleras', 'Metod / frekvens', 'Utfall', 'Bedömning']
    procs = [
        ('Process 1 – Skolskjuts', [
            ('Att beslut om skolskjuts fattas enligt gällande riktlinjer', 'Stickprov 15 beslut, augusti',
             '14 av 15 granskade beslut var korrekta. Ett beslut saknade motivering avseende trafikfarlig väg; beslutet har kompletterats.',
             'Tillfredsställande', 'GENOMFORD', 'ja'),
            ('Kontroll att skolskjutsentreprenör har giltigt registerutdrag för samtliga förare', 'Begäran om intyg, en gång per termin',
             'Intyg inkom från båda entreprenörerna för vt och ht. Inga avvikelser.', 'Tillfredsställande', 'GENOMFORD', 'nej'),
        ]),
        ('Process 2 – Elevfrånvaro och ledighet', [
            ('Att ansökan om ledighet handläggs enligt delegationsordningen', 'Stickprov 20 ansökningar per skolenhet',
             'Genomförd på tre av fyra skolenheter. Kyrkbyns skola har inte granskats p.g.a. rektorsbyte under hösten. Granskade ansökningar var korrekt beslutade.',
             'Delvis tillfredsställande', 'DELVIS', 'nej'),
            (('Att elever med hög frånvaro (över 15 %)', 'anmäls till rektor och att utredning inleds'), 'Genomgång av frånvarostatistik i Skola24, per termin',
             'Utredning har inletts i 9 av 16 fall. Rutinen är inte känd av alla mentorer. Genomgång på APT under vt 2026.',
             'Delvis tillfredsställande', 'DELVIS', 'ja'),
        ]),
        ('Process 3 – Inköp och attest', [
            ('Att inköp görs från avtalade leverantörer (avtalstrohet)', 'Stickprov 25 fakturor, oktober',
             'Kontrollen genomfördes i oktober. 3 av 25 fakturor avsåg inköp utanför avtal (förbrukningsmaterial). Påminnelse om avtalskatalogen har skickats till rektorerna.',
             '', 'GENOMFORD', 'ja'),
            ('Att attest av fakturor sker av behörig attestant', 'Systemrapport ur ekonomisystemet, kvartalsvis',
             'Inga avvikelser noterade under året.', 'Tillfredsställande', 'GENOMFORD', 'nej'),
        ]),
        ('Process 4 – Trygghet och studiero', [
            ('Att anmälan om kränkande behandling görs till huvudman inom en vecka', 'Genomgång av samtliga anmälningar i DF Respons',
             'Kontrollen har inte genomförts under året på grund av vakans som kvalitetsutvecklare. Flyttas till internkontrollplan 2026.',
             'Ej tillfredsställande', 'EJ_GENOMFORD', 'nej'),
            ('Att förskolornas planer mot kränkande behandling är upprättade och aktuella', 'Insamling av planer, mars',
             'Ingår i det systematiska kvalitetsarbetet från 2025. Kontrollen utgår enligt nämndbeslut 2025-04-10 § 34.',
             'Ej aktuell', 'UTGAR', 'nej'),
        ]),
    ]
    for title, rows in procs:
        d.add_heading(title, level=2)
        nrows = 1 + sum(2 if isinstance(r[0], tuple) else 1 for r in rows)
        t = d.add_table(rows=nrows, cols=4); t.style = 'Table Grid'
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]; c.text = ''
            rr = c.paragraphs[0].add_run(h); rr.bold = True
            shade(c, 'D9E2F3')
        repeat_header(t.rows[0])
        ri = 1
        for km, met, utf, bed, st, av in rows:
            cells = t.rows[ri].cells
            if isinstance(km, tuple):
                cells[0].text = km[0]; cells[1].text = met; cells[2].text = utf; cells[3].text = bed
                t.rows[ri + 1].cells[0].text = km[1]
                ri += 2
                kmtext = km[0] + ' ' + km[1]
            else:
                cells[0].text = km; cells[1].text = met; cells[2].text = utf; cells[3].text = bed
                ri += 1
                kmtext = km
            exp(fil, N, kmtext, st, av)
        d.add_paragraph('')
    d.add_paragraph('Storfjäll 2026-01-30')
    d.add_paragraph('Anna Persson\nFörvaltningschef, barn- och utbildningsförvaltningen')
    d.save(os.path.join(OUT, fil))

# ---------------------------------------------------------------------------
# 2. SN: .xlsx, status ONLY by fill colour, legend of coloured cells; nämnd only in print header
# ---------------------------------------------------------------------------
def f2():
    fil = 'Uppföljning IK-plan aug 2025.xlsx'
    N = 'Socialnämnden'
    reg(fil, 'INLAST', N, 2025, 'DELAR')
    G, Y, R, GR = '92D050', 'FFFF00', 'FF0000', 'BFBFBF'
    wb = Workbook(); ws = wb.active; ws.title = 'Uppföljning'
    ws['A1'] = 'Internkontrollplan 2025 – uppföljning per 31 augusti'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Delårsrapport. Status markeras med färg i kolumn F.'
    # legend of coloured cells, top right
    ws['H1'] = 'Förklaring'; ws['H1'].font = Font(bold=True)
    for i, (col, txt) in enumerate([(G, 'Klar'), (Y, 'Pågår / delvis klar'), (R, 'Ej påbörjad / ej genomförd'), (GR, 'Utgår enligt beslut')]):
        c = ws.cell(row=2 + i, column=8); c.fill = PatternFill('solid', fgColor=col); c.border = BORDER
        ws.cell(row=2 + i, column=9, value=txt)
    hdr = ['Nr', 'Process', 'Risk', 'Kontrollmoment', 'Ansvarig', 'Status', 'Kommentar']
    HR = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=i, value=h); c.font = Font(bold=True, color='FFFFFF')
        c.fill = PatternFill('solid', fgColor='1F4E78'); c.border = BORDER; c.alignment = WRAP
    rows = [
        ('Ekonomiskt bistånd', 'Utbetalning utan giltigt beslut',
         'Kontroll att utbetalning av ekonomiskt bistånd föregås av beslut', 'Enhetschef försörjningsstöd', G,
         'Stickprov 30 ärenden jan–jun. Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Ekonomiskt bistånd', 'Dubbla utbetalningar',
         'Kontroll av dubbelutbetalningar mot Försäkringskassan via SSBTEK', 'Enhetschef försörjningsstöd', Y,
         'Pågår, beräknas klar i oktober.', 'DELVIS', 'nej'),
        ('Placering av barn och unga', 'Barn placeras utan planering',
         'Uppföljning av att vårdplan upprättas inom sex veckor vid placering', 'Enhetschef barn och familj', R,
         'Ej påbörjad p.g.a. personalbrist på IFO.', 'EJ_GENOMFORD', 'nej'),
        ('Orosanmälningar', 'Förhandsbedömning drar ut på tiden',
         'Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar', 'Enhetschef barn och familj', G,
         'Stickprov 25 anmälningar. I 3 fall överskreds 14 dagar (16, 19 och 22 dagar).', 'GENOMFORD', 'ja'),
        ('Familjehem', 'Felaktiga arvoden',
         'Kontroll av att arvoden till familjehem betalas enligt SKR:s riktlinjer', 'Familjehemssekreterare', Y,
         'Granskning påbörjad i juni, klar under hösten.', 'DELVIS', 'nej'),
        ('Kvalitet', 'Missförhållanden utreds inte',
         'Att rapporter enligt lex Sarah utreds inom två veckor', 'Kvalitetsutvecklare', GR,
         'Flyttad till ledningssystemet för kvalitet, beslut SN 2025-03-19 § 41.', 'UTGAR', 'nej'),
        ('Informationssäkerhet', 'Otillåten åtkomst till journaler',
         'Logguppföljning i verksamhetssystemet, stickprov 10 användare per månad', 'Systemförvaltare', R,
         '', 'EJ_GENOMFORD', 'nej'),
        ('Myndighetsutövning', 'Beslut verkställs inte',
         'Kontroll att beslut om insats enligt SoL verkställs inom tre månader', 'Enhetschef vuxen', None,
         '', 'SAKNAS', 'nej'),
    ]
    for i, (pr, risk, km, ans, col, kom, st, av) in enumerate(rows, 1):
        r = HR + i
        vals = [i, pr, risk, km, ans, None, kom]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BORDER; c.alignment = WRAP
        if col:
            ws.cell(row=r, column=6).fill = PatternFill('solid', fgColor=col)
        exp(fil, N, km, st, av)
    last = HR + len(rows)
    ws.cell(row=last + 2, column=1, value='Uppdaterad 2025-09-08 / Lena Johansson, nämndsekreterare')
    for col, w in zip('ABCDEFGHI', [5, 24, 28, 48, 24, 10, 50, 4, 26]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = 'Socialnämnden'
    ws.oddHeader.right.text = '&D'
    ws.oddFooter.center.text = 'Sida &P av &N'
    ws.print_title_rows = '7:7'
    wb.save(os.path.join(OUT, fil))

# ---------------------------------------------------------------------------
# 3. KS: .xlsx with sheets Delår and Helår; Helår partly filled
# ---------------------------------------------------------------------------
def f3():
    fil = 'IK-uppföljning Kommunstyrelsen 2025.xlsx'
    N = 'Kommunstyrelsen'
    reg(fil, 'INLAST', N, 2025, 'HELAR')
    # (område, granskningsområde, kontrollaktivitet, metod, ansvarig, delår status, delår kommentar, helår status, helår kommentar, expected, avv)
    rows = [
        ('Område: Ekonomi', None),
        ('Förtroendekänsliga poster', 'Kontroll av representation och förtroendekänsliga poster', 'Stickprov 40 verifikationer', 'Redovisningsansvarig',
         'Pågående', 'Första stickprovet gjort i maj.', 'Utförd enl. plan', 'Granskat 40 verifikationer. Två saknade deltagarförteckning, kompletterat.', 'GENOMFORD', 'ja'),
        ('Bokslut', 'Avstämning av balanskonton vid månadsbokslut', 'Avstämningsmall per konto', 'Ekonomichef',
         'Utförd enl. plan', 'Inga avvikelser.', 'Utförd enl. plan', 'Samtliga balanskonton avstämda vid bokslut.', 'GENOMFORD', 'nej'),
        ('Leverantörsregister', 'Kontroll att byte av bankgiro hos leverantör verifieras mot leverantören', 'Genomgång av samtliga ändringar i leverantörsregistret', 'Ekonomiassistent',
         'Pågående', '', 'Genomförd med anmärkning', 'Ett försök till fakturabedrägeri i maj stoppades. Rutinen följdes i 11 av 12 fall.', 'GENOMFORD', 'ja'),
        ('Område: Personal', None),
        ('Lön', 'Kontroll att lönerevision registrerats korrekt i lönesystemet', 'Stickprov 30 anställda', 'Lönechef',
         'Utförd enl. plan', 'Inga avvikelser.', 'Utförd enl. plan', 'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Medarbetarsamtal', 'Att medarbetarsamtal genomförs för samtliga tillsvidareanställda', 'Enkät till chefer', 'HR-chef',
         'Ej påbörjad', 'Genomförs under hösten.', None, 'Genomfört för 87 % av medarbetarna, övriga planeras i januari 2026.', 'DELVIS', 'nej'),
        ('Rehabilitering', 'Kontroll av rehabiliteringsärenden, dag 14 och dag 90', 'Uttag ur HR-systemet, genomgång med chef', 'HR-konsult',
         'Pågående', '', 'Genomförd', 'Kontrollen har inte hunnit genomföras under 2025 p.g.a. vakans på HR. Flyttas till 2026.', 'EJ_GENOMFORD', 'nej'),
        ('Område: IT och informationssäkerhet', None),
        ('Behörigheter', 'Behörighetsgenomgång i ekonomisystemet (avslutade anställningar)', 'Jämförelse mot personalregister', 'Systemförvaltare ekonomi',
         'Pågående', 'Lista framtagen.', None, None, 'SAKNAS', 'nej'),
        ('Säkerhetskopiering', 'Test av återläsning av säkerhetskopior', 'Återläsningstest två gånger per år', 'IT-chef',
         'Ej påbörjad', '', 'Avbruten', 'Utgår ur planen efter KS beslut 2025-09-02 § 112, driften är överförd till IT-förbundet.', 'UTGAR', 'nej'),
        ('Område: Upphandling', None),
        ('Avtalstrohet', 'Kontroll av avtalstrohet, stickprov 20 fakturor', 'Stickprov', 'Upphandlare',
         'Pågående', '', None, None, 'SAKNAS', 'nej'),
        ('Direktupphandling', 'Att direktupphandlingar över 100 tkr dokumenteras', 'Genomgång av diariet', 'Upphandlare',
         'Ej påbörjad', '', 'Se bilaga', None, 'OKLAR', 'nej'),
    ]
    wb = Workbook()
    for sheet in ['Delår', 'Helår']:
        ws = wb.active if sheet == 'Delår' else wb.create_sheet(sheet)
        ws.title = sheet
        ws['A1'] = 'Uppföljning av internkontrollplan'; ws['A1'].font = Font(bold=True, size=13)
        ws['A2'] = 'Nämnd:'; ws['B2'] = 'Kommunstyrelsen'
        ws['A3'] = 'År:'; ws['B3'] = 2025
        ws['A4'] = 'Uppföljning:'; ws['B4'] = 'Delår (jan–aug)' if sheet == 'Delår' else 'Helår'
        for c in ('A2', 'A3', 'A4'): ws[c].font = Font(bold=True)
        hdr = ['Granskningsområde', 'Kontrollaktivitet', 'Metod', 'Ansvarig', 'Status', 'Kommentar']
        H = 6
        for i, h in enumerate(hdr, 1):
            c = ws.cell(row=H, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='DDEBF7'); c.border = BORDER
        r = H + 1
        for row in rows:
            if row[1] is None:
                ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True, italic=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
                ws.cell(row=r, column=1).fill = PatternFill('solid', fgColor='F2F2F2')
                r += 1; continue
            go, km, met, ans, ds, dk, hs, hk, st, av = row
            st_, kom = (ds, dk) if sheet == 'Delår' else (hs, hk)
            for j, v in enumerate([go, km, met, ans, st_, kom], 1):
                c = ws.cell(row=r, column=j, value=v if v != '' else None); c.border = BORDER; c.alignment = WRAP
            if sheet == 'Helår':
                exp(fil, N, km, st, av)
            r += 1
        if sheet == 'Helår':
            ws.cell(row=r + 1, column=1, value='Antal kontroller: 10')
            ws.cell(row=r + 2, column=1, value='Sammanställt av ekonomienheten 2026-01-28. Helårsuppföljningen kompletteras till KS i mars.')
        else:
            ws.cell(row=r + 1, column=1, value='Antal kontroller: 10')
        for col, w in zip('ABCDEF', [24, 52, 34, 24, 22, 60]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))

# ---------------------------------------------------------------------------
# 4. System export CSV, several nämnder, cp1252, semicolon, preamble line, export date 2026
# ---------------------------------------------------------------------------
def f4():
    fil = 'IK_export_2026-01-19.csv'
    orgs = {'2100 Bygg- och miljönämnden': 'Bygg- och miljönämnden',
            '2300 Tekniska nämnden': 'Tekniska nämnden',
            '2500 Räddningsnämnden': 'Räddningsnämnden'}
    for v in orgs.values():
        reg(fil, 'INLAST', v, 2025, 'HELAR')
    rows = [
        ('2100 Bygg- och miljönämnden', 'Bygglov', 'Kontroll att bygglov handläggs inom lagstadgad tid (10 veckor)', 'Halvår', 'Bygglovschef', 'Genomförd',
         'Stickprov 20 ärenden. 2 ärenden överskred tidsfristen, avgiften har reducerats enligt PBL.', 'GENOMFORD', 'ja'),
        ('2100 Bygg- och miljönämnden', 'Tillsyn', 'Kontroll att tillsynsavgifter debiteras enligt taxa', 'Årligen', 'Miljöchef', 'Delvis genomförd',
         'Livsmedelstillsynen är kontrollerad, miljötillsynen återstår.', 'DELVIS', 'nej'),
        ('2100 Bygg- och miljönämnden', 'Delegation', 'Uppföljning av att delegationsbeslut anmäls till nämnden', 'Kvartal', 'Nämndsekreterare', 'Genomförd',
         'Inga avvikelser', 'GENOMFORD', 'nej'),
        ('2100 Bygg- och miljönämnden', 'Tillsyn', 'Kontroll av att förelägganden följs upp', 'Årligen', 'Miljöchef', 'Ej bedömd', '', 'SAKNAS', 'nej'),
        ('2300 Tekniska nämnden', 'VA', 'Kontroll av fakturering av VA-avgifter mot mätarställning', 'Kvartal', 'VA-chef', 'Genomförd',
         'Stickprov 50 abonnenter per kvartal, inga fel.', 'GENOMFORD', 'nej'),
        ('2300 Tekniska nämnden', 'Gata/park', 'Egenkontroll av lekplatser enligt SS-EN 1176', 'Årligen', 'Parkchef', 'Ej genomförd',
         'Upphandling av besiktningsman blev klar först i december.\r\nBesiktning sker i maj 2026.', 'EJ_GENOMFORD', 'nej'),
        ('2300 Tekniska nämnden', 'Fordon', 'Kontroll av körjournaler för kommunens fordon', 'Halvår', 'Fordonssamordnare', 'Delvis genomförd',
         'Körjournaler saknas för 3 fordon under mars–april. Påminnelse till enheterna.', 'DELVIS', 'ja'),
        ('2300 Tekniska nämnden', 'Fordon', 'Inventering av drivmedelskort', 'Årligen', 'Fordonssamordnare', 'Genomförd',
         '38 kort inventerade, 2 kort saknades och har spärrats.', 'GENOMFORD', 'ja'),
        ('2300 Tekniska nämnden', 'Gata/park', 'Kontroll av att snöröjningsentreprenörer följer avtal', 'Vinter', 'Gatuchef', 'Ej aktuell',
         'Utgår. Ny upphandling 2025, kontrollen ingår i avtalsuppföljningen (TN 2025-05-14 § 58).', 'UTGAR', 'nej'),
        ('2500 Räddningsnämnden', 'Tillsyn LSO', 'Kontroll att tillsyn enligt LSO genomförs enligt tillsynsplan', 'Årligen', 'Stf räddningschef', 'Genomförd',
         '32 tillsyner utförda mot planerade 30.', 'GENOMFORD', 'nej'),
        ('2500 Räddningsnämnden', 'Kompetens', 'Uppföljning av att deltidsbrandpersonal genomfört obligatoriska övningar', 'Halvår', 'Räddningschef', 'Delvis genomförd',
         'Station Kallsjö under målnivå (68 % av övningstimmarna).', 'DELVIS', 'ja'),
        ('2500 Räddningsnämnden', 'Utrustning', 'Kontroll av rökdykarutrustning och andningsskydd', 'Månad', 'Materialansvarig', 'Ej bedömd',
         'Se kommentar i verksamhetsberättelsen', 'OKLAR', 'nej'),
    ]
    buf = io.StringIO()
    buf.write('Rapport: Internkontroll - uppföljning kontrollaktiviteter;;;;Utskriven 2026-01-19 08:14;;;;\r\n')
    buf.write('\r\n')
    w = csv.writer(buf, delimiter=';', quoting=csv.QUOTE_MINIMAL, lineterminator='\r\n')
    w.writerow(['Organisation', 'Period', 'Process', 'Kontrollaktivitet', 'Frekvens', 'Ansvarig', 'Bedömning', 'Kommentar', 'Senast ändrad'])
    dates = ['2026-01-12', '2026-01-09', '2025-12-18', '', '2026-01-15', '2026-01-15', '2026-01-08', '2025-12-03', '2025-06-11', '2026-01-14', '2026-01-14', '2025-11-27']
    for (org, pr, km, fr, ans, bed, kom, st, av), dt in zip(rows, dates):
        w.writerow([org, 'Helår 2025', pr, km, fr, ans, bed, kom, dt])
        exp(fil, orgs[org], km, st, av)
    with open(os.path.join(OUT, fil), 'wb') as f:
        f.write(buf.getvalue().encode('cp1252'))

# ---------------------------------------------------------------------------
# odf helpers
# ---------------------------------------------------------------------------
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, H

# ---------------------------------------------------------------------------
# 5. KFN: .ods with X tick columns under merged "Status"
# ---------------------------------------------------------------------------
def f5():
    fil = 'KFN uppföljning internkontroll 2025.ods'
    N = 'Kultur- och fritidsnämnden'
    reg(fil, 'INLAST', N, 2025, 'HELAR')
    doc = OpenDocumentSpreadsheet()
    bold = Style(name='bold', family='table-cell'); bold.addElement(TextProperties(fontweight='bold'))
    hdrst = Style(name='hdr', family='table-cell')
    hdrst.addElement(TextProperties(fontweight='bold')); hdrst.addElement(TableCellProperties(backgroundcolor='#E2EFDA', border='0.5pt solid #000000'))
    cellst = Style(name='cell', family='table-cell'); cellst.addElement(TableCellProperties(border='0.5pt solid #000000', wrapoption='wrap'))
    doc.automaticstyles.addElement(bold); doc.automaticstyles.addElement(hdrst); doc.automaticstyles.addElement(cellst)
    widths = ['6.5cm', '5cm', '2.2cm', '2.2cm', '2.6cm', '8cm']
    t = Table(name='Uppföljning')
    for i, wd in enumerate(widths):
        cs = Style(name='co%d' % i, family='table-column'); cs.addElement(TableColumnProperties(columnwidth=wd))
        doc.automaticstyles.addElement(cs); t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None, spans=None):
        tr = TableRow()
        spans = spans or {}
        i = 0
        while i < len(vals):
            v = vals[i]
            kw = {}
            if style: kw['stylename'] = style
            if i in spans: kw['numbercolumnsspanned'] = spans[i]
            c = TableCell(valuetype='string', **kw) if v not in (None, '') else TableCell(**kw)
            if v not in (None, ''):
                c.addElement(P(text=str(v)))
            tr.addElement(c)
            if i in spans:
                for _ in range(spans[i] - 1):
                    tr.addElement(CoveredTableCell())
                i += spans[i]
            else:
                i += 1
        t.addElement(tr)

    row(['Kultur- och fritidsnämnden'], bold)
    row(['Uppföljning internkontrollplan – helår 2025'])
    row([''])
    row(['Aktivitet', 'Kontrollmetod', 'Status', None, None, 'Kommentar'], hdrst, spans={2: 3})
    row(['', '', 'Genomförd', 'Delvis', 'Ej genomförd', ''], hdrst)
    data = [
        ('Föreningsstöd', None),
        ('Kontroll att föreningsbidrag betalas ut enligt bidragsreglerna', 'Stickprov 10 föreningar', 'G',
         'En förening fick för högt aktivitetsstöd p.g.a. felaktig medlemsförteckning, återkrav 6 400 kr.', 'GENOMFORD', 'ja'),
        ('Kontroll att föreningar med bidrag har lämnat verksamhetsberättelse', 'Genomgång av samtliga', 'D',
         'Saknas från 4 föreningar, påminnelse skickad i november.', 'DELVIS', 'ja'),
        ('Bibliotek och simhall', None),
        ('Kontroll av bibliotekets medieinköp mot avtal', 'Stickprov 15 fakturor', 'E', '', 'EJ_GENOMFORD', 'nej'),
        ('Kontroll av kassahantering vid simhallen (dagskassa)', 'Månadsvis avstämning', 'G',
         'Avstämning varje månad, inga differenser.', 'GENOMFORD', 'nej'),
        ('Anläggningar', None),
        ('Kontroll att bokningar av idrottshallar faktureras', 'Avstämning bokningssystem mot kundreskontra', '',
         'Ej aktuellt 2025 – bokningssystemet byttes ut i mars. Kontrollen utgår.', 'UTGAR', 'nej'),
        ('Systematiskt brandskyddsarbete i Folkets hus och fritidsgården Sörgården', 'Egenkontroll enligt checklista', 'D',
         'Folkets hus klart. Fritidsgården återstår.', 'DELVIS', 'nej'),
        ('Kontroll att ledare i barn- och ungdomsverksamhet visat utdrag ur belastningsregistret', 'Genomgång av personalakter', '', '', 'SAKNAS', 'nej'),
    ]
    for d in data:
        if d[1] is None:
            row([d[0]], bold, spans={0: 6}); continue
        km, met, tick, kom, st, av = d
        row([km, met, 'X' if tick == 'G' else '', 'X' if tick == 'D' else '', 'X' if tick == 'E' else '', kom], cellst)
        exp(fil, N, km, st, av)
    row([''])
    row(['Beslutad av förvaltningschef kultur och fritid, 2026-01-22'])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))

# ---------------------------------------------------------------------------
# 6. VON: .xls (via soffice), symbols ● ◐ ○ – in unnamed column, legend in prose below the table
# ---------------------------------------------------------------------------
def f6():
    fil = 'VON Helårsuppföljning IKP 2025.xls'
    N = 'Vård- och omsorgsnämnden'
    reg(fil, 'INLAST', N, 2025, 'HELAR')
    wb = Workbook(); ws = wb.active; ws.title = 'IKP 2025'
    ws['A1'] = 'Vård- och omsorgsnämnden'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Helårsuppföljning av internkontrollplan 2025'; ws['A2'].font = Font(bold=True)
    hdr = ['Process', 'Kontroll', 'Omfattning', None, 'Iakttagelser']
    H = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=H, column=i, value=h); c.font = Font(bold=True); c.border = BORDER; c.fill = PatternFill('solid', fgColor='FCE4D6')
    data = [
        ('LSS', 'Granskning av tidsredovisning från assistansanordnare', '6 brukare', '●',
         'I ett fall har 14 timmar för mycket debiterats. Återkrav är skickat till anordnaren.', 'GENOMFORD', 'ja'),
        ('LSS', 'Kontroll av brukarmedel och kontanthantering på gruppbostäder', '5 gruppbostäder', '◐',
         'Genomförd på 3 av 5 gruppbostäder. Differens på 420 kr på Solrosen utreds.', 'DELVIS', 'ja'),
        ('Hemtjänst', 'Kontroll att planerad tid överensstämmer med utförd tid', '4 hemtjänstgrupper', '◐',
         'Klart för tre av fyra grupper, Fjällgruppen återstår.', 'DELVIS', 'nej'),
        ('Hemtjänst', 'Kontroll av att genomförandeplaner upprättas inom 14 dagar', 'Stickprov 20 brukare', '●', '', 'GENOMFORD', 'nej'),
        ('Särskilt boende', 'Kontroll av signeringslistor för läkemedel', 'Björkgården och Älvgården', '●',
         'Björkgården: 11 osignerade tillfällen under oktober. MAS har följt upp med ansvarig sjuksköterska.', 'GENOMFORD', 'ja'),
        ('Särskilt boende', 'Uppföljning av fallolyckor och riskbedömningar i Senior alert', 'Samtliga boenden', '–',
         'Enligt beslut VON 2025-05-21 § 47.', 'UTGAR', 'nej'),
        ('Särskilt boende', 'Kontroll att bemanning nattetid följer beslutad nivå', 'Schemagranskning', None,
         'Se bilaga 3.', 'OKLAR', 'nej'),
        ('Avgifter', 'Kontroll att avgiftsbeslut omprövas årligen', 'Samtliga beslut', '○',
         'Avgiftshandläggaren har varit vakant sedan april.', 'EJ_GENOMFORD', 'nej'),
    ]
    r = H + 1
    start = {}
    for pr, km, om, sym, kom, st, av in data:
        for j, v in enumerate([pr, km, om, sym, kom], 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BORDER; c.alignment = WRAP
        ws.cell(row=r, column=4).alignment = Alignment(horizontal='center', vertical='top')
        start.setdefault(pr, []).append(r)
        exp(fil, N, km, st, av)
        r += 1
    # merge process cells spanning several rows
    for pr, rs in start.items():
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=1, end_row=rs[-1], end_column=1)
    ws.cell(row=r, column=1, value='Summa').font = Font(bold=True)
    ws.cell(row=r, column=4, value='3 ● 2 ◐ 1 ○')
    r += 2
    ws.cell(row=r, column=1, value=(
        'Symbolerna i fjärde kolumnen ska läsas så här: ● betyder att kontrollen är genomförd enligt plan, '
        '◐ att kontrollen är påbörjad eller bara delvis genomförd, och ○ att kontrollen inte har genomförts. '
        'Ett streck (–) innebär att kontrollen har utgått efter beslut i nämnden.'))
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=5)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.cell(row=r + 4, column=1, value='Storfjäll 2026-02-02, Maria Nilsson, socialchef')
    for col, w in zip('ABCDE', [18, 52, 24, 6, 60]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, 'VON Helårsuppföljning IKP 2025.xlsx')
    wb.save(src)
    subprocess.run(['soffice', '--headless', '--convert-to', 'xls', '--outdir', tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, 'VON Helårsuppföljning IKP 2025.xls'), os.path.join(OUT, fil))
    shutil.rmtree(tmp)

# ---------------------------------------------------------------------------
# 7. ÖFN: .odt, one small two-column table per control (T2)
# ---------------------------------------------------------------------------
def f7():
    fil = 'ÖFN uppföljning T2 2025.odt'
    N = 'Överförmyndarnämnden'
    reg(fil, 'INLAST', N, 2025, 'T2')
    doc = OpenDocumentText()
    h1 = Style(name='Rubrik', family='paragraph'); h1.addElement(TextProperties(fontsize='16pt', fontweight='bold'))
    h2 = Style(name='Rubrik2', family='paragraph'); h2.addElement(TextProperties(fontsize='12pt', fontweight='bold'))
    lab = Style(name='lab', family='paragraph'); lab.addElement(TextProperties(fontweight='bold'))
    cs = Style(name='cs', family='table-cell'); cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
    for s in (h1, h2, lab, cs): doc.automaticstyles.addElement(s)
    c1 = Style(name='c1', family='table-column'); c1.addElement(TableColumnProperties(columnwidth='4cm'))
    c2 = Style(name='c2', family='table-column'); c2.addElement(TableColumnProperties(columnwidth='12cm'))
    doc.automaticstyles.addElement(c1); doc.automaticstyles.addElement(c2)
    doc.text.addElement(P(stylename=h1, text='Överförmyndarnämnden i Storfjäll och Kallsjö'))
    doc.text.addElement(P(stylename=h2, text='Uppföljning av internkontrollplan 2025 – tertial 2 (maj–augusti)'))
    doc.text.addElement(P(text='Överförmyndarkansliet redovisar nedan läget för varje kontrollmoment per den 31 augusti 2025. '
                               'Slutlig redovisning sker i samband med helårsuppföljningen.'))
    data = [
        ('Granskning av årsräkningar sker inom sex månader från inlämning', 'Långa handläggningstider, felaktigheter upptäcks sent',
         'Uttag ur Wärna över inkomna och granskade årsräkningar.', 'Pågående – 71 % granskade per 31/8', '–', 'DELVIS', 'nej'),
        ('Kontroll att nya ställföreträdare har utdrag ur belastnings- och skuldsaneringsregistret', 'Olämpliga ställföreträdare förordnas',
         '42 nya ställföreträdare kontrollerade. En akt saknade utdrag ur skuldsaneringsregistret, begärdes in i juni.', 'Åtgärdad', 'Checklistan vid förordnande kompletterad.', 'GENOMFORD', 'ja'),
        ('Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer', 'Ojämlik arvodering',
         'Stickprov 20 arvodesbeslut. 5 beslut med avsteg från riktlinjerna saknade motivering.', 'Slutförd, med avvikelse', 'Mallen för arvodesbeslut ses över under hösten.', 'GENOMFORD', 'ja'),
        ('Kontroll att förteckningar inkommer inom två månader efter förordnande', 'Huvudmannens tillgångar okända',
         'Ingen granskning har gjorts under perioden.', 'Ej påbörjad', 'Genomförs under hösten.', 'EJ_GENOMFORD', 'nej'),
        ('Kontroll av behörigheter i verksamhetssystemet Wärna', 'Obehöriga har åtkomst till akter',
         'Behörighetslista begärd från leverantören. Oklart om genomgång hunnits före 31/8.', 'Osäkert', '', 'OKLAR', 'nej'),
        ('Kontroll av att omprövning av godmanskap görs årligen', 'Godmanskap består utan behov',
         'Samtliga ärenden med förordnande äldre än ett år genomgångna.', 'Utförd enl. plan', '', 'GENOMFORD', 'nej'),
    ]
    for i, (km, risk, gen, status, atg, st, av) in enumerate(data, 1):
        doc.text.addElement(P(stylename=h2, text='%d.' % i))
        t = Table(name='Kontroll%d' % i)
        t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
        for label, val in [('Kontrollmoment:', km), ('Risk:', risk), ('Genomförande:', gen), ('Status:', status), ('Åtgärd:', atg)]:
            tr = TableRow()
            a = TableCell(stylename=cs, valuetype='string'); a.addElement(P(stylename=lab, text=label)); tr.addElement(a)
            b = TableCell(stylename=cs, valuetype='string'); b.addElement(P(text=val)); tr.addElement(b)
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P(text=''))
        exp(fil, N, km, st, av)
    doc.text.addElement(P(text='Kallsjö 2025-09-15'))
    doc.text.addElement(P(text='Karin Åström, kanslichef överförmyndarkansliet'))
    doc.save(os.path.join(OUT, fil))

# ---------------------------------------------------------------------------
# 8. Valnämnden: .docx, J/N per year (2024 | 2025), group heading row merged, no period stated
# ---------------------------------------------------------------------------
def f8():
    fil = 'Valnämnden IK 2025.docx'
    N = 'Valnämnden'
    reg(fil, 'INLAST', N, 2025, '')
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = 'Storfjälls kommun – Valnämnden'
    p = d.add_paragraph(); r = p.add_run('Intern kontroll – valnämnden'); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph('Uppföljningen avser 2025. För jämförelse visas även utfallet för 2024 (val till Europaparlamentet). '
                    'J = kontrollen är utförd, N = kontrollen är inte utförd.')
    hdr = ['Nr', 'Kontroll', 'Utförd 2024 (J/N)', 'Utförd 2025 (J/N)', 'Kommentar']
    data = [
        ('Område: Valadministration', None),
        ('1', 'Kontroll att arvoden till röstmottagare betalats ut korrekt', 'J', '–', 'Inget val 2025, kontrollen är inte aktuell.', 'UTGAR', 'nej'),
        ('2', 'Inventering av vallokalernas tillgänglighet', 'J', 'J',
         '12 lokaler inventerade. Kallsjö skola saknar ramp, alternativ lokal är bokad inför 2026.', 'GENOMFORD', 'ja'),
        ('3', 'Kontroll att valmaterial förvaras i låst utrymme', 'J', 'J', '', 'GENOMFORD', 'nej'),
        ('Område: Inför valet 2026', None),
        ('4', 'Kontroll att röstmottagare rekryteras i tid inför valet 2026', 'N', 'N',
         'Rekryteringen startar enligt tidplanen först i januari 2026.', 'EJ_GENOMFORD', 'nej'),
        ('5', 'Kontroll av att valnämndens beslut protokollförs och anslås', 'J', '', '', 'SAKNAS', 'nej'),
    ]
    t = d.add_table(rows=1 + len(data), cols=5); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]; c.text = ''; rr = c.paragraphs[0].add_run(h); rr.bold = True; shade(c, 'EDEDED')
    for ri, row in enumerate(data, 1):
        cells = t.rows[ri].cells
        if row[1] is None:
            m = cells[0].merge(cells[4]); m.text = row[0]
            m.paragraphs[0].runs[0].bold = True
            continue
        nr, km, a, b, kom, st, av = row
        for c, v in zip(cells, [nr, km, a, b, kom]):
            c.text = v
        exp(fil, N, km, st, av)
    d.add_paragraph('')
    d.add_paragraph('Valnämndens ordförande: Per-Olov Berglund')
    d.save(os.path.join(OUT, fil))

# ---------------------------------------------------------------------------
# 9. Unreadable: truncated .docx from ÖFN (helår)
# ---------------------------------------------------------------------------
def f9():
    fil = 'ÖFN helårsuppföljning internkontroll 2025.docx'
    reg(fil, 'AVVISAD', 'Överförmyndarnämnden', 2025, 'HELAR')
    d = Document()
    d.add_heading('Överförmyndarnämnden – helårsuppföljning internkontroll 2025', 1)
    t = d.add_table(rows=3, cols=2)
    t.rows[0].cells[0].text = 'Kontrollmoment:'; t.rows[0].cells[1].text = 'Granskning av årsräkningar sker inom sex månader från inlämning'
    t.rows[1].cells[0].text = 'Status:'; t.rows[1].cells[1].text = 'Slutförd'
    for i in range(40):
        d.add_paragraph('Överförmyndarkansliet har under året arbetat med ... ' * 5)
    b = io.BytesIO(); d.save(b); data = b.getvalue()
    with open(os.path.join(OUT, fil), 'wb') as f:
        f.write(data[: len(data) * 2 // 5])   # cut off mid-zip: central directory missing

def write_meta():
    with open(os.path.join(OUT, 'namnder.csv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('nämnd;alias\n')
        for n, a in [
            ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|Kommunledningskontoret'),
            ('Barn- och utbildningsnämnden', 'BUN|Barn- och utbildningsförvaltningen'),
            ('Socialnämnden', 'SN|Socialförvaltningen|IFO'),
            ('Vård- och omsorgsnämnden', 'VON|Vård- och omsorgsförvaltningen'),
            ('Bygg- och miljönämnden', 'BMN|Bygg- och miljöförvaltningen|2100'),
            ('Tekniska nämnden', 'TN|Tekniska förvaltningen|2300'),
            ('Räddningsnämnden', 'RN|Räddningstjänsten Storfjäll|2500'),
            ('Kultur- och fritidsnämnden', 'KFN|Kultur och fritid'),
            ('Överförmyndarnämnden', 'ÖFN|Överförmyndarnämnden i Storfjäll och Kallsjö|Överförmyndarkansliet'),
            ('Valnämnden', 'VN'),
            ('Krisledningsnämnden', 'KLN'),
            ('Gemensamma IT-nämnden', 'IT-nämnden|IT-förbundet'),
        ]:
            f.write('%s;%s\n' % (n, a))
    with open(os.path.join(OUT, 'files.csv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('fil;utfall;nämnd;år;period\n')
        for r in FILES:
            f.write(';'.join(str(x) for x in r) + '\n')
    with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('fil;nämnd;kontrollmoment;status;avvikelse\n')
        for r in EXP:
            assert all(';' not in x for x in r)
            f.write(';'.join(r) + '\n')

if __name__ == '__main__':
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
        fn()
    write_meta()
    print(len(FILES), 'file lines,', len(EXP), 'controls')
