#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 61 – Laholms kommun (Halland), delår 2025 (per 31 augusti).

Builds all follow-up files plus namnder.csv, files.csv and expected.csv from scratch.
Run: /usr/bin/python3 make_round.py
"""
import os
import shutil
import subprocess
import tempfile
import datetime

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm

from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, TableColumnProperties, TableCellProperties,
                       ParagraphProperties)
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import dc, meta

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert ';' not in km and '\n' not in km, km
    assert status in ('GENOMFORD', 'DELVIS', 'EJ_GENOMFORD', 'UTGAR', 'SAKNAS', 'OKLAR'), status
    assert avv in ('ja', 'nej')
    EXPECTED.append((fil, namnd, km, status, avv))


def clean():
    keep = {'make_round.py', 'README.md'}
    for f in os.listdir(HERE):
        if f in keep:
            continue
        p = os.path.join(HERE, f)
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


THIN = Side(style='thin', color='808080')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical='top')


# ---------------------------------------------------------------------------
# A. Kommunstyrelsen – xlsx, "Nämnd:" cell, status codes with legend,
#    group heading rows, status per year (helår 2024 | delår 2025)
# ---------------------------------------------------------------------------
def file_a():
    fil = 'KS_uppfoljning_IKP_delar_2025.xlsx'
    namnd = 'Kommunstyrelsen'
    wb = Workbook()
    ws = wb.active
    ws.title = 'Delår 2025'
    ws['A1'] = 'Uppföljning av intern kontroll 2025'
    ws['A1'].font = Font(bold=True, size=14)
    ws.merge_cells('A1:H1')
    ws['A2'] = 'Nämnd:'
    ws['B2'] = 'Kommunstyrelsen'
    ws['A3'] = 'Avser:'
    ws['B3'] = 'Delårsrapport 2 per 2025-08-31'
    ws['A4'] = 'Upprättad av:'
    ws['B4'] = 'Maria Lindqvist, controller'
    ws['E4'] = 'Datum:'
    ws['F4'] = datetime.date(2025, 9, 12)
    ws['F4'].number_format = 'yyyy-mm-dd'
    for c in ('A2', 'A3', 'A4', 'E4'):
        ws[c].font = Font(bold=True)
    ws['A6'] = ('Statuskoder: 1 = Genomförd utan avvikelse   2 = Genomförd med avvikelse   '
                '3 = Pågår   4 = Ej påbörjad   5 = Utgår')
    ws['A6'].font = Font(italic=True)
    ws.merge_cells('A6:H6')

    head = ['Nr', 'Process', 'Kontrollmoment', 'Kontrollmetod', 'Ansvarig',
            'Status helår 2024', 'Status delår 2025', 'Kommentar']
    ws.append([])
    ws.append(head)
    hr = ws.max_row
    for i, _ in enumerate(head, 1):
        c = ws.cell(row=hr, column=i)
        c.font = Font(bold=True, color='FFFFFF')
        c.fill = PatternFill('solid', fgColor='1F4E78')
        c.alignment = WRAP
        c.border = BORDER

    groups = [
        ('Ekonomiprocesser', [
            ('1.1', 'Leverantörsfakturor',
             'Stickprov av 20 leverantörsfakturor mot avtal och attestordning',
             'Stickprov', 'Ekonomichef', 2, 1,
             '20 fakturor granskade, samtliga korrekt attesterade och i enlighet med avtal.',
             'GENOMFORD', 'nej'),
            ('1.2', 'Representation',
             'Kontroll att representationsfakturor har syfte och deltagarförteckning angivet',
             'Stickprov 15 st', 'Redovisningsansvarig', 1, 2,
             '3 av 15 fakturor saknade deltagarförteckning. Berörda chefer har informerats.',
             'GENOMFORD', 'ja'),
            ('1.3', 'Kundfakturering',
             'Kontroll att kundfordringar äldre än 90 dagar har skickats till inkasso',
             'Registeruttag', 'Ekonomiassistent', 3, 3,
             'Uttag gjort i juni, genomgång av resterande poster pågår.',
             'DELVIS', 'nej'),
            ('1.4', 'Avtalstrohet',
             'Uppföljning av inköp utanför ramavtal (inköp över 100 tkr)',
             'Analys i spendanalysverktyg', 'Upphandlingschef', 4, None,
             'Har inte genomförts under perioden på grund av vakans som upphandlare. '
             'Planeras till oktober.',
             'EJ_GENOMFORD', 'nej'),
        ]),
        ('Personal', [
            ('2.1', 'Lönehantering',
             'Kontroll av att avslutade anställningar avslutas i lönesystemet i rätt tid',
             'Jämförelse HR-system/lönesystem', 'HR-chef', 1, 2,
             'Kontroll gjord i maj. I två fall har lön betalats ut efter avslutad anställning, '
             'återkrav har skickats.',
             'GENOMFORD', 'ja'),
            ('2.2', 'Arbetsmiljö',
             'Kontroll att skyddsronder genomförts på samtliga enheter enligt plan',
             'Genomgång av protokoll', 'HR-strateg', 1, 6,
             'Skyddsronder genomförda på 7 av 9 enheter.',
             'OKLAR', 'nej'),
            ('2.3', 'Bisysslor',
             'Kontroll att chefer har inhämtat bisyssloredovisning från samtliga medarbetare',
             'Enkät till chefer', 'HR-chef', 2, None, None,
             'SAKNAS', 'nej'),
        ]),
        ('IT och informationssäkerhet', [
            ('3.1', 'Behörigheter',
             'Kontroll av behörigheter i ekonomisystemet för personer som slutat sin anställning',
             'Loggkontroll', 'Systemförvaltare', 3, 1,
             'Genomgång gjord i april. Inga aktiva konton för avslutade användare.',
             'GENOMFORD', 'nej'),
            ('3.2', 'Informationssäkerhet',
             'Uppföljning av att samtliga medarbetare genomfört webbutbildning i informationssäkerhet',
             'Utdrag ur lärplattformen', 'Informationssäkerhetssamordnare', '–', 3,
             '68 % av medarbetarna har genomfört utbildningen per 31/8.',
             'DELVIS', 'nej'),
            ('3.3', 'Dataskydd',
             'Kontroll att personuppgiftsbiträdesavtal finns för samtliga system med personuppgifter',
             'Genomgång av systemförteckning', 'Dataskyddsombud', '–', 5,
             'Utgår enligt KS beslut 2025-03-04 § 41, ingår i dataskyddsombudets granskning.',
             'UTGAR', 'nej'),
        ]),
    ]
    grey = PatternFill('solid', fgColor='D9D9D9')
    for gname, rows in groups:
        ws.append([gname])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = grey
        for (nr, proc, km, metod, ansv, s24, s25, komm, st, avv) in rows:
            ws.append([nr, proc, km, metod, ansv, s24, s25, komm])
            r = ws.max_row
            for col in range(1, 9):
                c = ws.cell(row=r, column=col)
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(row=r, column=6).alignment = Alignment(horizontal='center', vertical='top')
            ws.cell(row=r, column=7).alignment = Alignment(horizontal='center', vertical='top')
            exp(fil, namnd, km, st, avv)
    ws.append([])
    ws.append(['Status helår 2024 avser kommunstyrelsens uppföljning i bokslutet 2024. '
               '"–" = kontrollmomentet fanns inte i 2024 års plan.'])
    ws.cell(row=ws.max_row, column=1).font = Font(italic=True, size=9)
    widths = [6, 20, 48, 24, 22, 11, 11, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = 'A9'
    wb.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))


# ---------------------------------------------------------------------------
# B. Barn- och utbildningsnämnden – .xls (via soffice), nämnd only in print header,
#    T1 | T2 | T3 columns with traffic-light fills, legend of colours
# ---------------------------------------------------------------------------
def file_b():
    fil = 'Uppfoljning_internkontroll_T2_2025.xls'
    namnd = 'Barn- och utbildningsnämnden'
    GREEN = PatternFill('solid', fgColor='00B050')
    YELLOW = PatternFill('solid', fgColor='FFFF00')
    RED = PatternFill('solid', fgColor='FF0000')
    fills = {'G': GREEN, 'Y': YELLOW, 'R': RED, None: None}

    wb = Workbook()
    ws = wb.active
    ws.title = 'IKP 2025'
    ws.oddHeader.left.text = 'Barn- och utbildningsnämnden'
    ws.oddHeader.right.text = 'Tertial 2 2025'
    ws.oddFooter.center.text = 'Sida &P av &N'
    ws['A1'] = 'Uppföljning internkontrollplan 2025'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Uppföljning per tertial. Färgmarkering enligt förklaring längst ned.'
    ws['A2'].font = Font(italic=True)
    head = ['Process/rutin', 'Risk', 'Kontrollmoment', 'Ansvarig', 'T1', 'T2', 'T3', 'Kommentar']
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='BDD7EE')
        c.border = BORDER
        c.alignment = WRAP
    # (process, risk, km, ansvarig, (T1 fill, T1 text), (T2 fill, T2 text), kommentar, status, avv)
    rows = [
        ('Skolskjuts', 'Felaktiga ersättningar och skolskjuts utan beslut',
         'Kontroll av att skolskjutsbeslut finns för samtliga elever som åker skolskjuts (stickprov 25 elever)',
         'Skolskjutssamordnare', ('G', None), (None, None),
         'Kontrollen genomfördes i mars, 25 av 25 elever hade giltigt beslut.',
         'GENOMFORD', 'nej'),
        ('Elevfrånvaro', 'Upprepad frånvaro uppmärksammas inte',
         'Kontroll att rutin för anmälan av upprepad frånvaro till rektor följs på samtliga grundskolor',
         'Verksamhetschef grundskola', ('Y', None), ('G', None),
         'Rutinen följs. På Lagaholmsskolan saknades dokumentation i två ärenden under våren, '
         'detta är nu åtgärdat.',
         'GENOMFORD', 'ja'),
        ('Kränkande behandling', 'Anmälningar når inte huvudmannen',
         'Kontroll att anmälningar om kränkande behandling anmälts till huvudman inom fem arbetsdagar',
         'Kvalitetsstrateg', ('Y', 'Pågår'), ('Y', 'Pågår'),
         'Stickprov av 30 anmälningar: 24 anmälda inom fem dagar, 6 senare. '
         'Genomgång av höstens anmälningar återstår.',
         'DELVIS', 'ja'),
        ('Inköp', 'Inköp utanför avtal',
         'Stickprov av 15 inköp av läromedel mot gällande ramavtal',
         'Controller BUF', (None, None), ('R', None),
         'Ej genomförd – controller tjänstledig maj–augusti.',
         'EJ_GENOMFORD', 'nej'),
        ('Barnomsorgsavgift', 'Felaktigt debiterade avgifter',
         'Kontroll av inkomstuppgifter för 20 slumpvis valda hushåll i förskola/fritidshem',
         'Handläggare barnomsorgsavgifter', ('G', 'Klar'), (None, None),
         'Inga avvikelser.',
         'GENOMFORD', 'nej'),
        ('Systematiskt kvalitetsarbete', 'Planer saknas eller är inaktuella',
         'Kontroll att samtliga förskolor upprättat plan mot diskriminering och kränkande behandling för 2025',
         'Verksamhetschef förskola', (None, None), ('G', None),
         'Ej genomförd ännu, görs i september.',
         'GENOMFORD', 'nej'),
        ('Personal', 'Olämplig person anställs i verksamhet med barn',
         'Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning (stickprov 10 anställningar)',
         'HR-konsult', (None, None), (None, None),
         'Planerad till T3.',
         'EJ_GENOMFORD', 'nej'),
        ('Skydd av tillgångar', 'Datorer försvinner',
         'Inventering av elevdatorer (Chromebooks) mot inventarieregister på två skolor',
         'IT-samordnare', (None, None), (None, None),
         None,
         'SAKNAS', 'nej'),
    ]
    r = 5
    for (proc, risk, km, ansv, t1, t2, komm, st, avv) in rows:
        vals = [proc, risk, km, ansv, t1[1], t2[1], None, komm]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        for col, t in ((5, t1), (6, t2)):
            if t[0]:
                ws.cell(row=r, column=col).fill = fills[t[0]]
            ws.cell(row=r, column=col).alignment = Alignment(horizontal='center', vertical='center')
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Förklaring').font = Font(bold=True)
    for fill, txt in ((GREEN, 'Genomförd'), (YELLOW, 'Påbörjad / delvis genomförd'),
                      (RED, 'Ej genomförd'), (None, 'Ingen färg = ej aktuell för perioden')):
        r += 1
        if fill:
            ws.cell(row=r, column=1).fill = fill
            ws.cell(row=r, column=2, value=txt)
        else:
            ws.cell(row=r, column=2, value=txt)
    for col, w in zip('ABCDEFGH', [22, 28, 50, 24, 8, 8, 8, 50]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = 'landscape'
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, fil.replace('.xls', '.xlsx'))
    wb.save(src)
    subprocess.run(['soffice', '--headless', '--convert-to', 'xls', '--outdir', tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpd, fil), os.path.join(HERE, fil))
    shutil.rmtree(tmpd)
    FILES.append((fil, 'INLAST', namnd, '2025', 'T2'))


# ---------------------------------------------------------------------------
# C. Socialnämnden – docx, nämnd in the title ("Socialnämndens uppföljning …"),
#    a table per process, status as words
# ---------------------------------------------------------------------------
def file_c():
    fil = 'IK_delar_2025_slutlig.docx'
    namnd = 'Socialnämnden'
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10.5)
    doc.add_heading('Socialnämndens uppföljning av internkontrollplan 2025 – delår per 31 augusti', level=1)
    doc.add_paragraph('Diarienummer SN 2024/0187')
    doc.add_heading('Bakgrund', level=2)
    doc.add_paragraph(
        'Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig. '
        'Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024. I denna rapport redovisas '
        'status för planens kontrollmoment per den 31 augusti 2025. Slutlig redovisning sker i samband med '
        'årsbokslutet.')
    doc.add_heading('Sammanfattning', level=2)
    doc.add_paragraph(
        'Av nämndens nio kontrollmoment är tre genomförda, tre pågår eller är delvis genomförda och ett '
        'har ännu inte påbörjats. Ett kontrollmoment har utgått efter beslut i nämnden. Avvikelser har '
        'noterats inom ekonomiskt bistånd, hemtjänst samt loggkontroll.')
    procs = [
        ('Process: Ekonomiskt bistånd', [
            ('Stickprov av 25 utbetalningar av ekonomiskt bistånd mot beslut i verksamhetssystemet',
             'Stickprov', 'Genomförd',
             'Samtliga 25 utbetalningar överensstämde med fattade beslut.', 'GENOMFORD', 'nej'),
            ('Kontroll av att avstämning mot Arbetsförmedlingen och Försäkringskassan (SSBTEK) görs vid nyansökan',
             'Stickprov 15 akter', 'Genomförd med anmärkning',
             'I 2 av 15 akter saknades dokumenterad SSBTEK-kontroll. Påminnelse till handläggarna vid APT '
             '2025-06-10.', 'GENOMFORD', 'ja'),
        ]),
        ('Process: Köp av vård och placeringar', [
            ('Kontroll att fakturor för externa placeringar (HVB) stämmer mot avtal och beslut',
             'Stickprov 10 fakturor', 'Pågår',
             'Fem fakturor granskade utan anmärkning, resterande granskas i september.', 'DELVIS', 'nej'),
            ('Uppföljning av att vårdplaner upprättats inom sex veckor för placerade barn',
             'Genomgång av samtliga placeringar', 'Ej påbörjad',
             'Påbörjas under hösten.', 'EJ_GENOMFORD', 'nej'),
        ]),
        ('Process: Hemtjänst och kvalitet i vård och omsorg', [
            ('Kontroll av att utförd tid i hemtjänsten överensstämmer med beviljad tid',
             'Månadsvis uttag ur planeringssystemet', '',
             'Delvis genomförd: uppföljning gjord för januari–maj, sommarmånaderna återstår. På Västra '
             'hemtjänstgruppen översteg utförd tid beviljad tid med 14 %.', 'DELVIS', 'ja'),
            ('Kontroll av att avvikelser enligt lex Sarah utreds och återkopplas inom fastställd tid',
             'Registeruttag', 'Se bilaga', '', 'OKLAR', 'nej'),
        ]),
        ('Process: Personal och informationssäkerhet', [
            ('Kontroll av att timanställda inte överskrider tillåten arbetstid enligt arbetstidslagen',
             'Uttag ur lönesystemet', 'Utgår',
             'Kontrollen utgår och ersätts av en kommungemensam kontroll som kommunstyrelsen genomför, '
             'beslut SN 2025-05-21 § 58.', 'UTGAR', 'nej'),
            ('Kontroll att utdrag ur belastningsregistret finns för nyanställda inom LSS-verksamheten',
             'Stickprov 10 anställningar', 'Klar',
             'Samtliga 10 nyanställda hade uppvisat utdrag.', 'GENOMFORD', 'nej'),
            ('Kontroll av att loggar i verksamhetssystemet granskas minst en gång per månad',
             'Logguppföljning', 'Pågår',
             'Loggkontroll sker men inte varje månad, kontroll saknas för april och juli.', 'DELVIS', 'ja'),
        ]),
    ]
    for ptitle, rows in procs:
        doc.add_heading(ptitle, level=3)
        t = doc.add_table(rows=1, cols=4)
        t.style = 'Table Grid'
        for i, h in enumerate(['Kontrollmoment', 'Metod', 'Status', 'Resultat/kommentar']):
            t.rows[0].cells[i].text = h
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for (km, metod, status, res, stt, avv) in rows:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = metod
            cells[2].text = status
            cells[3].text = res
            exp(fil, namnd, km, stt, avv)
        widths = [Cm(6), Cm(3), Cm(2.6), Cm(6)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph('Laholm 2025-09-15')
    doc.add_paragraph('Anna Berg\nSocialchef')
    doc.core_properties.author = 'Anna Berg'
    doc.core_properties.title = 'Uppföljning internkontroll delår 2025'
    doc.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))


# ---------------------------------------------------------------------------
# D. Kultur- och fritidsnämnden – odt, nämnd only in document properties,
#    one label/value table per control, symbols with legend
# ---------------------------------------------------------------------------
def file_d():
    fil = 'Internkontroll 2025 delår.odt'
    namnd = 'Kultur- och fritidsnämnden'
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text='Kultur- och fritidsnämnden – uppföljning internkontroll delår 2025'))
    doc.meta.addElement(dc.Subject(text='Internkontroll'))
    doc.meta.addElement(meta.InitialCreator(text='Johan Ek'))
    doc.meta.addElement(dc.Creator(text='Johan Ek'))
    udf = meta.UserDefined(name='Nämnd', valuetype='string', text='Kultur- och fritidsnämnden')
    doc.meta.addElement(udf)

    bold = Style(name='Fet', family='text')
    bold.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name='Rubrik1', family='paragraph')
    h1.addElement(TextProperties(fontsize='15pt', fontweight='bold'))
    h1.addElement(ParagraphProperties(margintop='0.3cm', marginbottom='0.2cm'))
    doc.styles.addElement(h1)
    h2 = Style(name='Rubrik2', family='paragraph')
    h2.addElement(TextProperties(fontsize='12pt', fontweight='bold'))
    h2.addElement(ParagraphProperties(margintop='0.4cm', marginbottom='0.1cm'))
    doc.styles.addElement(h2)
    colA = Style(name='colA', family='table-column')
    colA.addElement(TableColumnProperties(columnwidth='4cm'))
    colB = Style(name='colB', family='table-column')
    colB.addElement(TableColumnProperties(columnwidth='12cm'))
    cellst = Style(name='cellst', family='table-cell')
    cellst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
    lblst = Style(name='lblst', family='table-cell')
    lblst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm',
                                         backgroundcolor='#E7E6E6'))
    for s in (colA, colB, cellst, lblst):
        doc.automaticstyles.addElement(s)

    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text='Uppföljning internkontroll 2025 – delårsbokslut per 31 augusti'))
    doc.text.addElement(P(text='Förvaltningens redovisning av kontrollmomenten i nämndens internkontrollplan '
                               'för perioden januari–augusti 2025. Redovisningen behandlas på nämndens '
                               'sammanträde i september.'))
    p = P()
    p.addElement(Span(stylename=bold, text='Teckenförklaring: '))
    p.addText('● genomförd   ◐ påbörjad/delvis genomförd   ○ ej genomförd   ⊘ utgår')
    doc.text.addElement(p)

    ctrls = [
        ('Bidrag till föreningar',
         'Kontroll av att föreningsbidrag betalats ut enligt gällande bidragsregler (stickprov 10 föreningar)',
         'Föreningskonsulent', '●',
         'Genomförd i juni. En förening hade fått aktivitetsstöd för deltagare över 25 år, återkrav '
         'på 4 200 kr har skickats.', 'Information till föreningarna i höstens föreningsbrev.',
         'GENOMFORD', 'ja'),
        ('Kassahantering',
         'Kontroll av dagskassor och kassaredovisning på biblioteket och simhallen',
         'Enhetschef bibliotek / badmästare', '◐',
         'Biblioteket kontrollerat utan anmärkning, simhallen kontrolleras i september.', '',
         'DELVIS', 'nej'),
        ('Lokalbokning',
         'Kontroll av att uthyrning av idrottshallar faktureras enligt fastställd taxa',
         'Bokningsansvarig', '○',
         'Ej genomförd. Nytt bokningssystem infördes i maj och underlag för perioden saknas.',
         'Kontrollen görs under T3.',
         'EJ_GENOMFORD', 'nej'),
        ('Konst och inventarier',
         'Inventering av kommunens konstsamling – stickprov 30 verk mot konstregistret',
         'Kulturchef', '●',
         '30 verk kontrollerade. 2 verk kunde inte lokaliseras på den plats som anges i registret, '
         'eftersökning pågår.', 'Registret uppdateras.',
         'GENOMFORD', 'ja'),
        ('Arbetsmiljö',
         'Kontroll av att ensamarbete på fritidsgårdarna sker enligt genomförd riskbedömning',
         'Fritidsgårdschef', '?',
         'Osäkert om kontrollen hann göras före semestern – återkommer.', '',
         'OKLAR', 'nej'),
        ('Avtal',
         'Kontroll av att avtal med externa arrangörer vid evenemang är undertecknade före evenemanget',
         'Evenemangssamordnare', '⊘',
         'Kontrollmomentet struket av nämnden 2025-04-15 § 32.', '',
         'UTGAR', 'nej'),
        ('Bidrag till föreningar',
         'Uppföljning av att redovisning av kulturbidrag inkommit inom tre månader efter genomfört projekt',
         'Kultursekreterare', '', '', '',
         'SAKNAS', 'nej'),
    ]
    for n, (proc, km, ansv, sym, res, atg, st, avv) in enumerate(ctrls, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text='Kontrollmoment %d' % n))
        t = Table(name='Kontroll%d' % n)
        t.addElement(TableColumn(stylename=colA))
        t.addElement(TableColumn(stylename=colB))
        for lbl, val in (('Process', proc), ('Kontrollmoment', km), ('Ansvarig', ansv),
                         ('Status', sym), ('Resultat', res), ('Åtgärd', atg)):
            tr = TableRow()
            c1 = TableCell(stylename=lblst, valuetype='string')
            c1.addElement(P(text=lbl))
            c2 = TableCell(stylename=cellst, valuetype='string')
            c2.addElement(P(text=val))
            tr.addElement(c1)
            tr.addElement(c2)
            t.addElement(tr)
        doc.text.addElement(t)
        exp(fil, namnd, km, st, avv)
    doc.text.addElement(P(text=''))
    doc.text.addElement(P(text='Sammanställt av Johan Ek, nämndsekreterare, 2025-09-09'))
    doc.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))


# ---------------------------------------------------------------------------
# E. Hypergene-like CSV export (Windows-1252), two nämnder, a row per control and
#    period (T1 2025 / Delår 2025), status as percentage done
# ---------------------------------------------------------------------------
def file_e():
    fil = 'Hypergene_export_IK_2025-09-05.csv'
    header = ['Organisation', 'Processområde', 'Kontrollmoment', 'Kontrollansvarig', 'Period',
              'Utförandegrad (%)', 'Avvikelse', 'Kommentar', 'Senast uppdaterad']
    org_sbn = 'Laholms kommun/Samhällsbyggnadsnämnden'
    org_mbn = 'Laholms kommun/Miljö- och byggnadsnämnden'
    # (org, process, km, ansvarig, [(period, pct, avv, komm, date)], status, avv)
    data = [
        (org_sbn, 'Gata och park',
         'Stickprov av 20 fakturor för drift och underhåll av gator mot avtalade à-priser',
         'Gatuchef',
         [('T1 2025', '50', 'Nej', '10 fakturor kontrollerade.', '2025-05-08'),
          ('Delår 2025', '100', 'Nej', 'Samtliga 20 fakturor enligt avtal.', '2025-09-02')],
         'GENOMFORD', 'nej'),
        (org_sbn, 'Gata och park',
         'Kontroll av att arbeten i kommunal mark har giltigt schakttillstånd',
         'Trafikingenjör',
         [('T1 2025', '0', '', '', '2025-05-08'),
          ('Delår 2025', '60', 'Ja', '12 av 20 planerade platsbesök gjorda, 2 arbeten saknade tillstånd.',
           '2025-09-01')],
         'DELVIS', 'ja'),
        (org_sbn, 'Exploatering',
         'Kontroll av att exploateringsavtal följs upp avseende utbyggnad och ersättning',
         'Exploateringsingenjör',
         [('T1 2025', '', '', '', ''),
          ('Delår 2025', '0', 'Nej', 'Ej påbörjad, prioriteras under hösten.', '2025-08-29')],
         'EJ_GENOMFORD', 'nej'),
        (org_sbn, 'Gata och park',
         'Uppföljning av att anmärkningar i besiktningsprotokoll för lekplatser åtgärdas inom angiven tid',
         'Parkchef',
         [('T1 2025', '100', 'Nej', 'Huvudbesiktning i april, samtliga anmärkningar åtgärdade.', '2025-05-12'),
          ('Delår 2025', '', '', '', '')],
         'GENOMFORD', 'nej'),
        (org_sbn, 'Fastighet',
         'Kontroll av att hyresavtal för externt inhyrda lokaler är registrerade i avtalsdatabasen',
         'Fastighetsstrateg',
         [('T1 2025', '', '', '', ''),
          ('Delår 2025', '', '', '', '')],
         'SAKNAS', 'nej'),
        (org_sbn, 'Fordon',
         'Kontroll av att kommunens fordon har genomgått besiktning och service enligt plan',
         'Fordonssamordnare',
         [('T1 2025', '20', '', 'Påbörjad.', '2025-05-06'),
          ('Delår 2025', '100', 'Ja', 'Två fordon hade passerat servicedatum, åtgärdat i juni.', '2025-08-27')],
         'GENOMFORD', 'ja'),
        (org_mbn, 'Bygglov',
         'Kontroll av att bygglovsärenden handläggs inom lagstadgad tid (10 veckor)',
         'Bygglovschef',
         [('T1 2025', '100', 'Ja', '3 av 40 ärenden överskred 10 veckor, avgiften reducerad enligt PBL.',
           '2025-05-14'),
          ('Delår 2025', '100', 'Ja', 'Totalt 5 av 96 ärenden överskred tidsfristen.', '2025-09-03')],
         'GENOMFORD', 'ja'),
        (org_mbn, 'Miljö- och hälsoskydd',
         'Stickprov av 10 tillsynsärenden livsmedel – avgift debiterad enligt taxa',
         'Miljöchef',
         [('T1 2025', '', '', '', ''),
          ('Delår 2025', '40', 'Nej', '4 av 10 ärenden kontrollerade, inga fel hittills.', '2025-09-03')],
         'DELVIS', 'nej'),
        (org_mbn, 'Nämndadministration',
         'Kontroll av att delegationsbeslut anmäls till nämnden',
         'Nämndsekreterare',
         [('T1 2025', '100', 'Nej', 'Inga avvikelser.', '2025-04-30'),
          ('Delår 2025', '100', 'Nej', 'Inga avvikelser.', '2025-08-28')],
         'GENOMFORD', 'nej'),
        (org_mbn, 'Bygglov',
         'Kontroll av jäv vid handläggning av bygglov där sökande är anställd eller förtroendevald',
         'Bygglovschef',
         [('T1 2025', '', '', '', ''),
          ('Delår 2025', '', '', 'Kontrollen har inte gjorts, underlag saknas från ärendesystemet.',
           '2025-09-03')],
         'EJ_GENOMFORD', 'nej'),
        (org_mbn, 'Miljö- och hälsoskydd',
         'Uppföljning av att förelägganden inom miljötillsyn följs upp med återbesök',
         'Miljöinspektör',
         [('T1 2025', '', '', '', ''),
          ('Delår 2025', '', '', 'Se bilaga.', '2025-09-04')],
         'OKLAR', 'nej'),
    ]

    def q(s):
        s = str(s)
        if any(ch in s for ch in ';"\n') or ' ' in s:
            return '"' + s.replace('"', '""') + '"'
        return s
    lines = [';'.join(header)]
    for (org, proc, km, ansv, periods, st, avv) in data:
        for (per, pct, av, komm, dt) in periods:
            lines.append(';'.join(q(x) for x in (org, proc, km, ansv, per, pct, av, komm, dt)))
        namnd = org.split('/')[1]
        exp(fil, namnd, km, st, avv)
    with open(fil, 'w', encoding='cp1252', newline='') as f:
        f.write('\r\n'.join(lines) + '\r\n')
    FILES.append((fil, 'INLAST', 'Samhällsbyggnadsnämnden', '2025', 'DELAR'))
    FILES.append((fil, 'INLAST', 'Miljö- och byggnadsnämnden', '2025', 'DELAR'))


# ---------------------------------------------------------------------------
# F. Laholms Bostads AB – xlsx, bolag named in title row, tick columns (X)
# ---------------------------------------------------------------------------
def file_f():
    fil = 'LBAB_internkontroll_uppf_aug25.xlsx'
    namnd = 'Laholms Bostads AB'
    wb = Workbook()
    ws = wb.active
    ws.title = 'Uppföljning'
    ws['A1'] = 'Laholms Bostads AB'
    ws['A1'].font = Font(bold=True, size=16, color='385723')
    ws['A2'] = 'Internkontrollplan 2025 – uppföljning per 31 augusti (delår)'
    ws['A2'].font = Font(bold=True, size=12)
    ws['A3'] = 'Markera med X i den kolumn som stämmer.'
    ws['A3'].font = Font(italic=True, size=9)
    head = ['Nr', 'Område', 'Kontrollmoment', 'Ansvarig', 'Genomförd', 'Delvis', 'Ej genomförd',
            'Ej aktuell', 'Iakttagelser / kommentar']
    for i, h in enumerate(head, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='C6E0B4')
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical='center',
                                horizontal='center' if 5 <= i <= 8 else 'left')
    # ticks: (G, D, E, U)
    rows = [
        ('Hyresadministration',
         'Kontroll av att hyreshöjningar 2025 debiterats enligt förhandlingsöverenskommelse med Hyresgästföreningen',
         'Ekonomichef', ('X', '', '', ''), 'Stickprov 30 kontrakt, samtliga korrekt debiterade.',
         'GENOMFORD', 'nej'),
        ('Hyresadministration',
         'Uppföljning av hyresfordringar – rutin för påminnelse och inkasso följs',
         'Kundtjänstchef', ('', 'X', '', ''), 'Rutinen följs för bostäder, lokalhyresgäster återstår.',
         'DELVIS', 'nej'),
        ('Underhåll',
         'Stickprov av 10 felanmälningar – åtgärdade inom avtalad tid av ramavtalsentreprenör',
         'Förvaltningschef', ('x', '', '', ''),
         '7 av 10 åtgärdade inom avtalad tid. Påtalat vid avtalsuppföljning med entreprenören.',
         'GENOMFORD', 'ja'),
        ('Upphandling',
         'Kontroll av att direktupphandlingar över 100 000 kr dokumenterats enligt LOU och bolagets riktlinje',
         'VD', ('', '', 'X', ''), 'Har inte hunnits med p.g.a. byte av ekonomisystem.',
         'EJ_GENOMFORD', 'nej'),
        ('Säkerhet',
         'Kontroll av systematiskt brandskyddsarbete (SBA) i samtliga flerbostadshus',
         'Fastighetschef', ('X', 'X', '', ''), 'SBA-ronder gjorda i 38 av 41 fastigheter.',
         'OKLAR', 'nej'),
        ('Nyckelhantering',
         'Inventering av huvudnycklar och passerkort mot nyckelregistret',
         'Fastighetschef', ('', '', '', ''),
         'Klart i juni. Två passerkort tillhörande personer som slutat var fortfarande aktiva och har spärrats.',
         'GENOMFORD', 'ja'),
        ('Ekonomi',
         'Attestkontroll – stickprov av 20 leverantörsfakturor mot bolagets attestordning',
         'Redovisningsekonom', ('X', '', '', ''), 'Inga avvikelser.',
         'GENOMFORD', 'nej'),
        ('Hyresgästkontakter',
         'Kontroll av att besiktning görs vid varje avflyttning (stickprov 15 avflyttningar)',
         'Kundtjänstchef', ('', '', '', 'X'),
         'Ersätts av ny digital besiktningsrutin – utgår 2025 enligt styrelsebeslut 2025-02-20.',
         'UTGAR', 'nej'),
    ]
    r = 6
    for n, (omr, km, ansv, ticks, komm, st, avv) in enumerate(rows, 1):
        vals = [n, omr, km, ansv] + list(ticks) + [komm]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=(v if v != '' else None))
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical='top',
                                    horizontal='center' if 5 <= i <= 8 else 'left')
        exp(fil, namnd, km, st, avv)
        r += 1
    sums = [sum(1 for row in rows if row[3][k].strip()) for k in range(4)]
    ws.cell(row=r, column=3, value='Summa')
    for k, s in enumerate(sums):
        ws.cell(row=r, column=5 + k, value=s)
    for i in range(1, 10):
        c = ws.cell(row=r, column=i)
        c.font = Font(bold=True)
        c.border = BORDER
        c.alignment = Alignment(horizontal='center' if 5 <= i <= 8 else 'left')
    r += 2
    ws.cell(row=r, column=1, value='Godkänd av VD: Per Håkansson, 2025-09-08')
    for col, w in zip('ABCDEFGHI', [5, 20, 55, 18, 11, 9, 12, 10, 55]):
        ws.column_dimensions[col].width = w
    ws.merge_cells('A1:I1')
    ws.merge_cells('A2:I2')
    wb.properties.creator = 'Per Håkansson'
    wb.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))


# ---------------------------------------------------------------------------
# G. Laholms Vatten och Energi AB – ods, bolag only in the file name (LVEAB),
#    status only in free text
# ---------------------------------------------------------------------------
def file_g():
    fil = 'LVEAB_internkontroll_delar_2025.ods'
    namnd = 'Laholms Vatten och Energi AB'
    doc = OpenDocumentSpreadsheet()
    boldc = Style(name='boldc', family='table-cell')
    boldc.addElement(TextProperties(fontweight='bold'))
    headc = Style(name='headc', family='table-cell')
    headc.addElement(TextProperties(fontweight='bold'))
    headc.addElement(TableCellProperties(backgroundcolor='#DDEBF7', border='0.5pt solid #000000'))
    bodyc = Style(name='bodyc', family='table-cell')
    bodyc.addElement(TableCellProperties(border='0.5pt solid #000000', wrapoption='wrap',
                                         verticalalign='top'))
    doc.automaticstyles.addElement(boldc)
    doc.automaticstyles.addElement(headc)
    doc.automaticstyles.addElement(bodyc)
    widths = ['4cm', '8cm', '4cm', '2.5cm', '3.5cm', '9cm']
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name='co%d' % i, family='table-column')
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name='IK 2025')
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == '':
                tc = TableCell(stylename=style) if style else TableCell()
            else:
                tc = TableCell(valuetype='string', stylename=style) if style else TableCell(valuetype='string')
                tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)

    row(['Internkontroll 2025'], boldc)
    row(['Uppföljning t.o.m. augusti'])
    row([])
    row(['Process', 'Kontrollmoment', 'Metod', 'Frekvens', 'Ansvarig', 'Uppföljning per 31/8'], headc)
    ctrls = [
        ('Debitering VA',
         'Kontroll av att VA-abonnemang debiteras enligt gällande VA-taxa (stickprov 25 fastigheter)',
         'Stickprov', '1 ggr/år', 'Kundservicechef',
         'Genomförd i maj. 25 av 25 fastigheter korrekt debiterade.', 'GENOMFORD', 'nej'),
        ('Mätarbyten',
         'Kontroll av att mätarbyten registreras i kundsystemet samma månad som bytet',
         'Stickprov 20 byten', 'Halvår', 'Driftchef VA',
         'Kontrollen är påbörjad, 10 av 20 byten kontrollerade hittills. Tre byten hade registrerats för sent.',
         'DELVIS', 'ja'),
        ('Fjärrvärme',
         'Avstämning av levererad fjärrvärme mot fakturerad energi per månad',
         'Avstämning', 'Månad', 'Controller',
         'Ej genomförd under perioden pga. byte av debiteringssystem. Planeras till oktober.',
         'EJ_GENOMFORD', 'nej'),
        ('Inköp',
         'Kontroll av avtalstrohet vid inköp av förbrukningsmaterial (rör och kopplingar)',
         'Spendanalys', 'Årlig', 'Inköpare',
         'Diskuterat på ledningsgruppen 2025-06-03.', 'OKLAR', 'nej'),
        ('Informationssäkerhet',
         'Kontroll av behörigheter i styr- och övervakningssystemet (SCADA)',
         'Behörighetsgenomgång', 'Halvår', 'IT-ansvarig',
         'Behörighetsgenomgång utförd 2025-04-28. Fyra konton för inhyrda konsulter var fortfarande aktiva '
         'och har stängts.', 'GENOMFORD', 'ja'),
        ('Dricksvatten',
         'Kontroll av att provtagning av dricksvatten sker enligt fastställt kontrollprogram',
         'Genomgång av provtagningsplan', 'Kvartal', 'Processingenjör',
         'Klart för kvartal 1 och 2, inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Personal',
         'Kontroll av ersättningar för beredskap och övertid mot schema (stickprov 10 anställda)',
         'Stickprov', 'Årlig', 'HR-partner',
         '', 'SAKNAS', 'nej'),
    ]
    for (proc, km, metod, frekv, ansv, upf, st, avv) in ctrls:
        row([proc, km, metod, frekv, ansv, upf], bodyc)
        exp(fil, namnd, km, st, avv)
    row([])
    row(['Sammanställt av: Lena Sjöberg, ekonomichef'])
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))


# ---------------------------------------------------------------------------
# H. File to reject: a cover letter (docx) with no controls at all
# ---------------------------------------------------------------------------
def file_h():
    fil = 'Följebrev uppföljning intern kontroll.docx'
    doc = Document()
    doc.add_paragraph('Barn- och utbildningsförvaltningen')
    doc.add_paragraph('2025-09-10')
    doc.add_paragraph('Till: Ekonomiavdelningen, Kommunledningsförvaltningen')
    doc.add_heading('Följebrev – uppföljning av intern kontroll per tertial 2', level=2)
    doc.add_paragraph(
        'Hej! Härmed översänds barn- och utbildningsnämndens uppföljning av internkontrollplanen per '
        'den 31 augusti 2025. Uppföljningen finns i bifogad Excelfil. Ärendet behandlas av nämnden den '
        '24 september och protokollsutdrag skickas när protokollet är justerat.')
    doc.add_paragraph('Vid frågor, kontakta undertecknad.')
    doc.add_paragraph('Med vänlig hälsning\nKarin Nyström\nController, Barn- och utbildningsförvaltningen')
    doc.save(fil)
    FILES.append((fil, 'AVVISAD', '', '', ''))


def write_csvs():
    reg = [
        ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|KLF'),
        ('Barn- och utbildningsnämnden', 'BUN|Barn- och utbildningsförvaltningen|BUF'),
        ('Socialnämnden', 'SN|Socialförvaltningen|SOC'),
        ('Kultur- och fritidsnämnden', 'KFN|Kultur- och fritidsförvaltningen|Kultur och fritid'),
        ('Samhällsbyggnadsnämnden', 'SBN|Samhällsbyggnadsförvaltningen'),
        ('Miljö- och byggnadsnämnden', 'MBN|Miljö och bygg|Miljö- och byggförvaltningen'),
        ('Överförmyndarnämnden', 'ÖFN|Överförmyndarenheten'),
        ('Valnämnden', 'VN'),
        ('Laholms Bostads AB', 'LBAB|Bostads AB|Bostadsbolaget'),
        ('Laholms Vatten och Energi AB', 'LVEAB|LVE|Vatten och Energi|Laholms Vatten & Energi'),
    ]
    with open('namnder.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('nämnd;alias\n')
        for n, a in reg:
            f.write('%s;%s\n' % (n, a))
    names = {n for n, _ in reg}
    with open('files.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('fil;utfall;nämnd;år;period\n')
        for row in FILES:
            assert row[2] == '' or row[2] in names, row
            f.write(';'.join(row) + '\n')
    with open('expected.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('fil;nämnd;kontrollmoment;status;avvikelse\n')
        for row in EXPECTED:
            assert row[1] in names, row
            assert (row[0], row[1]) in {(x[0], x[2]) for x in FILES}, row
            f.write(';'.join(row) + '\n')


def main():
    clean()
    file_a()
    file_b()
    file_c()
    file_d()
    file_e()
    file_f()
    file_g()
    file_h()
    write_csvs()
    print('files:', len({r[0] for r in FILES}), 'nämnd rows:',
          sum(1 for r in FILES if r[1] == 'INLAST'), 'controls:', len(EXPECTED))


if __name__ == '__main__':
    main()
