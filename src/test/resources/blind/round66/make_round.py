#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 66 – Falköpings kommun (Västergötland), helårsuppföljning internkontroll 2025.
Builds all inbox files plus namnder.csv, files.csv and expected.csv from scratch."""
import os, shutil, subprocess, tempfile, csv, io

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties)
from odf.text import H, P, Span
from odf import table as otable

OUT = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, 'ja' if avv else 'nej'))

def clean():
    for f in os.listdir(OUT):
        if f in ('make_round.py',):
            continue
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)

thin = Side(style='thin', color='808080')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, title rows, merged group headings, Delår|Helår
# ---------------------------------------------------------------------------
def f1_ks():
    fil = 'KS_IKP_uppfoljning_helar_2025.xlsx'
    N = 'Kommunstyrelsen'
    wb = Workbook()
    ws = wb.active
    ws.title = 'Uppföljning helår'
    ws['A1'] = 'Falköpings kommun'
    ws['A1'].font = Font(bold=True, size=10, color='595959')
    ws['A2'] = 'Internkontrollplan 2025 – Kommunstyrelsen'
    ws['A2'].font = Font(bold=True, size=14)
    ws.merge_cells('A2:I2')
    ws['A3'] = 'Uppföljning per 31 december 2025 (helår)'
    ws['A3'].font = Font(italic=True, size=11)
    ws.merge_cells('A3:I3')
    ws['A4'] = 'Kommunledningsförvaltningen, ekonomiavdelningen  –  uppdaterad 2026-01-14 /MH'
    ws['A4'].font = Font(size=9, color='595959')
    hdr = ['Nr', 'Process / rutin', 'Kontrollmoment', 'Metod och omfattning', 'Ansvarig',
           'Status delår (31/8)', 'Status helår ', 'Iakttagelser / resultat', 'Åtgärd']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color='FFFFFF')
        c.fill = PatternFill('solid', fgColor='1F4E78')
        c.alignment = Alignment(wrap_text=True, vertical='center')
        c.border = BORDER
    rows = [
        ('EKONOMI',),
        ('1.1', 'Leverantörsfakturor', 'Stickprov av 25 leverantörsfakturor mot avtal och attestordning',
         'Stickprov kvartal 2 och 4', 'Controller', 'Genomförd', 'Genomförd med anmärkning',
         '3 av 25 fakturor saknade beställarreferens. I ett fall var priset högre än avtalat (ramavtal kontorsmaterial).',
         'Kreditering begärd. Påminnelse om beställarreferens till samtliga beställare.',
         'GENOMFORD', True),
        ('1.2', 'Representation', 'Kontroll av att representation redovisas med syfte och deltagare',
         '40 verifikationer konto 6071–6072', 'Redovisningsansvarig', 'Pågår', 'Genomförd',
         'Genomgång av 40 verifikationer, inga avvikelser.', '', 'GENOMFORD', False),
        ('1.3', 'Likvida medel', 'Avstämning av kommunens bankkonton mot huvudbok varje månad',
         'Månadsvis avstämning', 'Redovisningsansvarig', 'Genomförd', 'Genomförd',
         'Samtliga månader avstämda utan differenser.', '', 'GENOMFORD', False),
        ('HR / PERSONAL',),
        (2.1, 'Lön', 'Kontroll av att löneutbetalningar vid anställningens upphörande stoppas i tid',
         'Samtliga avslut under perioden', 'HR-specialist lön', 'Pågår', None,
         'Delår: 12 avslut kontrollerade, 1 felaktig utbetalning efter avslut (återkrävd).', '',
         'DELVIS', True),
        ('2.2', 'Medarbetarsamtal', 'Uppföljning av att medarbetarsamtal genomförts och dokumenterats',
         'Enkät till samtliga chefer', 'HR-chef', None, 'Ej genomförd',
         'Enkäten skickades inte ut p.g.a. byte av HR-system under hösten. Flyttas till 2026.', '',
         'EJ_GENOMFORD', False),
        ('INFORMATIONSSÄKERHET',),
        ('3.1', 'Behörigheter', 'Granskning av behörigheter i ekonomisystemet (Unit4) för avslutade medarbetare',
         'Lista från systemförvaltare mot HR-avslut', 'Systemförvaltare', 'Ej påbörjad', 'Delvis',
         'Kontroll gjord för ekonomisystemet, ej för lönesystemet. 4 konton för avslutade medarbetare låg kvar och har nu spärrats.',
         'Lönesystemet kontrolleras Q1 2026.', 'DELVIS', True),
        ('3.2', 'Loggkontroll', 'Kontroll av att loggar i ärendehanteringssystemet följs upp',
         'Kvartalsvis', 'Informationssäkerhetssamordnare', None, 'Utgår',
         'Utgår enligt KS beslut 2025-06-11 § 112, ersätts av central logguppföljning.', '', 'UTGAR', False),
        ('UPPHANDLING',),
        ('4.1', 'Direktupphandling', 'Stickprov av direktupphandlingar över 100 tkr – dokumentation enligt riktlinje',
         '15 direktupphandlingar', 'Upphandlingschef', 'Ej påbörjad', 'Genomförd',
         '15 direktupphandlingar granskade. Dokumentation enligt riktlinjen saknades i 2 fall.',
         'Utbildning för beställare våren 2026.', 'GENOMFORD', True),
        ('4.2', 'Avtalstrohet', 'Avtalstrohet – andel inköp hos avtalsleverantörer, uppföljning i spendanalys',
         'Helårsdata ur spendanalysverktyget', 'Upphandlingschef', None, '?', None, None, 'OKLAR', False),
    ]
    r = 7
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = PatternFill('solid', fgColor='D9E1F2')
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            vals = row[:9]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BORDER
            exp(fil, N, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value='Summering helår').font = Font(bold=True)
    ws.cell(row=r, column=3, value='Genomförda: 5 av 9   Delvis: 1   Ej genomförda: 1   Utgår: 1')
    ws.cell(row=r + 2, column=2, value='Rapporteras till KS 2026-02-04')
    widths = [6, 20, 48, 28, 20, 14, 18, 55, 35]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = 'A7'
    ins = wb.create_sheet('Instruktion')
    ins['A1'] = 'Instruktion'
    ins['A1'].font = Font(bold=True)
    ins['A3'] = 'Ange status med något av: Genomförd, Genomförd med anmärkning, Delvis, Pågår, Ej påbörjad, Ej genomförd, Utgår.'
    ins['A4'] = 'Beskriv iakttagelser och eventuella avvikelser i kolumn H. Åtgärder i kolumn I.'
    ins['A5'] = 'Skicka till ekonomiavdelningen senast 15 januari.'
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))

# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – docx, one label/value table per control, ☒/☐
# ---------------------------------------------------------------------------
def f2_bun():
    fil = 'BUN helårsuppföljning IK 2025.docx'
    N = 'Barn- och utbildningsnämnden'
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = 'Barn- och utbildningsförvaltningen\tDnr BUN 2025/0041'
    p = d.add_paragraph('Tjänsteskrivelse 2026-01-13')
    p.runs[0].font.size = Pt(9)
    d.add_heading('Uppföljning av internkontrollplan 2025 – helår', 0)
    d.add_paragraph(
        'Barn och utbildningsnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 6). '
        'Nedan redovisas resultatet av årets kontroller per process. Status markeras med kryss i '
        'respektive ruta. Kontroller som inte har kunnat genomföras förs vid behov över till planen för 2026.')
    BOX = ['Genomförd', 'Delvis genomförd', 'Ej genomförd', 'Utgår']
    def boxes(ticks):
        return '   '.join(('☒ ' if b in ticks else '☐ ') + b for b in BOX)
    items = [
        ('1. Skolskjuts', [
            ('Kontroll att beslut om skolskjuts fattas enligt delegationsordning (stickprov 15 beslut)',
             'Nämndsekreterare', 'Stickprov ur ärendesystemet, vår- och hösttermin',
             '15 beslut granskade, samtliga fattade enligt gällande delegationsordning.',
             ['Genomförd'], 'GENOMFORD', False),
            ('Fakturakontroll av skolskjutsentreprenör mot körda turer (oktober)',
             'Skolskjutssamordnare', 'Fakturor oktober jämförs med turlistor',
             'Oktober kontrollerad. Två turer var fakturerade dubbelt, kreditering begärd. November har inte kontrollerats.',
             ['Delvis genomförd'], 'DELVIS', True),
        ]),
        ('2. Elevhälsa', [
            ('Granskning av att elevhälsans journaler förs enligt patientdatalagen (10 journaler per enhet)',
             'Verksamhetschef elevhälsa', 'Journalgranskning i PMO',
             'Genomfört på 4 av 6 enheter. Brister i signering av anteckningar i 3 journaler.',
             ['Genomförd', 'Delvis genomförd'], 'OKLAR', True),
            ('Uppföljning av att hög frånvaro (över 15 %) anmäls till rektor och utreds',
             'Kurator/samordnare', 'Frånvarorapport ur Skola24 per månad',
             'Kontrollen har inte genomförts under året på grund av vakans som elevhälsosamordnare.',
             [], 'EJ_GENOMFORD', False),
        ]),
        ('3. Kränkande behandling', [
            ('Kontroll att anmälningar om kränkande behandling anmäls till huvudman inom en vecka',
             'Kvalitetsstrateg', 'Uppföljning i DF Respons',
             'Av 212 anmälningar hade 31 anmälts till huvudman senare än en vecka. Information till rektorer vid rektorsmöte i november.',
             ['Genomförd'], 'GENOMFORD', True),
            ('Stickprov på att utredningar av kränkande behandling avslutas och dokumenteras',
             'Kvalitetsstrateg', 'Stickprov 20 ärenden', '', [], 'SAKNAS', False),
        ]),
        ('4. Ekonomi och tillgångar', [
            ('Kontroll av att barnomsorgsavgifter debiteras enligt inkomstuppgift (stickprov 30 hushåll)',
             'Administratör barnomsorg', 'Stickprov 30 hushåll',
             'Utgår – ersatt av årlig inkomstkontroll via Skatteverket (beslut BUN 2025-03-19 § 27).',
             ['Utgår'], 'UTGAR', False),
            ('Kontroll av att inventarieförteckning finns och uppdateras på varje förskola',
             'Förskolechefer', 'Enkät och stickprov',
             'Endast 5 av 19 förskolor har en uppdaterad inventarieförteckning.',
             ['Ej genomförd'], 'EJ_GENOMFORD', True),
        ]),
    ]
    for heading, ctrls in items:
        d.add_heading(heading, level=2)
        for km, ans, metod, res, ticks, status, avv in ctrls:
            t = d.add_table(rows=5, cols=2)
            t.style = 'Table Grid'
            labels = ['Kontrollmoment', 'Kontrollansvarig', 'Metod', 'Resultat', 'Status']
            vals = [km, ans, metod, res, boxes(ticks)]
            for i in range(5):
                t.cell(i, 0).text = labels[i]
                t.cell(i, 0).paragraphs[0].runs[0].bold = True
                t.cell(i, 1).text = vals[i]
                t.cell(i, 0).width = Cm(4)
                t.cell(i, 1).width = Cm(12)
            d.add_paragraph('')
            exp(fil, N, km, status, avv)
    d.add_paragraph('Sammantaget bedömer förvaltningen att den interna kontrollen har varit i huvudsak tillräcklig, '
                    'men att uppföljningen av frånvaro och inventarier behöver stärkas under 2026.')
    d.add_paragraph('')
    d.add_paragraph('Lena Bergqvist\nFörvaltningschef')
    d.add_paragraph('Jonas Åkerlund\nKvalitetsstrateg')
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))

# ---------------------------------------------------------------------------
# 3. Socialnämnden – .xls (via soffice), traffic-light fills T1/T2/T3 with legend
# ---------------------------------------------------------------------------
def f3_sn(tmp):
    fil = 'Socialnämnden IK 2025 T3.xls'
    N = 'Socialnämnden'
    G, Y, R, GR = '00B050', 'FFFF00', 'FF0000', 'BFBFBF'
    wb = Workbook()
    ws = wb.active
    ws.title = 'SN 2025'
    ws['A1'] = 'Socialförvaltningen – uppföljning internkontroll 2025'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Tertialuppföljning T1–T3 (T3 = helår). Färgmarkering enligt förklaring längst ned.'
    ws['A2'].font = Font(italic=True, size=9)
    hdr = ['Process', 'Risk', 'Kontrollmoment', 'Ansvar', 'T1', 'T2', 'T3', 'Kommentar T3']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='DDEBF7')
        c.border = BORDER
    # (process, risk, km, ansvar, (t1,t2,t3) fills, t3 text, comment, status, avv)
    data = [
        ('Process: Myndighetsutövning IFO',),
        ('Myndighetsutövning IFO', 'Utredningar överskrider lagstadgad tid',
         'Månatlig uppföljning av utredningstider barn och unga (4 mån)', 'Enhetschef BoU',
         (G, Y, G), None, '8 utredningar överskred 4 månader utan beslut om förlängning. Åtgärdsplan framtagen.',
         'GENOMFORD', True),
        ('', 'Barnets bästa dokumenteras inte',
         'Stickprov 10 akter/tertial – dokumentation av barnets bästa', 'Bitr. enhetschef BoU',
         (G, G, None), None, None, 'GENOMFORD', False),
        ('Process: Ekonomiskt bistånd',),
        ('Ekonomiskt bistånd', 'Felaktiga utbetalningar',
         'Kontroll av dubbelutbetalningar via månatlig körning i Lifecare', 'Enhetschef försörjningsstöd',
         (G, G, G), None, 'Inga dubbelutbetalningar under året.', 'GENOMFORD', False),
        ('', 'Beslut fattas inte enligt riktlinjer',
         'Stickprov av 20 beslut om ekonomiskt bistånd mot riktlinjer', 'Enhetschef försörjningsstöd',
         (None, Y, R), None, 'Ej slutförd p.g.a. personalbrist, 12 av 20 beslut återstår.', 'EJ_GENOMFORD', False),
        ('Process: Äldreomsorg',),
        ('Äldreomsorg', 'Utförd tid stämmer inte med beviljad tid',
         'Avstämning av utförd tid i hemtjänst mot beviljade timmar (TES)', 'Verksamhetschef hemtjänst',
         (Y, Y, Y), None, 'Avvikelse över 10 % i två hemtjänstgrupper (Centrum och Floby). Följs upp 2026.',
         'DELVIS', True),
        ('', 'Läkemedelshantering',
         'Kontroll att läkemedelsavvikelser rapporteras och åtgärdas', 'MAS',
         (None, None, G), None, 'Samtliga rapporterade avvikelser hanterade inom två veckor.', 'GENOMFORD', False),
        ('Process: LSS',),
        ('LSS', 'Insatser följs inte upp',
         'Kontroll av att beslut om personlig assistans följs upp minst en gång per år', 'Enhetschef LSS',
         (None, None, GR), None, 'Försäkringskassan ansvarar för samtliga ärenden fr.o.m. 2025.', 'UTGAR', False),
        ('', 'Felaktig ersättning till anordnare',
         'Stickprov av tidrapporter från extern assistansanordnare', 'Enhetschef LSS',
         (R, R, R), 'Ej genomförd', None, 'EJ_GENOMFORD', False),
        ('Process: Personal och bemanning',),
        ('Personal', 'Avrop utanför avtal',
         'Uppföljning av att inhyrd personal (bemanningsföretag) avropas enligt avtal', 'HR-partner',
         (None, None, None), 'Se kommentar', None, 'OKLAR', False),
        ('', 'Olämplig person anställs',
         'Kontroll av registerutdrag vid nyanställning inom LSS och barn/unga', 'HR-partner',
         (G, G, G), 'OK', '2 anställningar saknade registerutdrag på anställningsdagen – inhämtat i efterhand.',
         'GENOMFORD', True),
    ]
    r = 5
    for row in data:
        if len(row) == 1:
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            proc, risk, km, ans, fills, t3txt, com, status, avv = row
            for col, v in enumerate([proc, risk, km, ans], 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BORDER
            for j, f in enumerate(fills):
                c = ws.cell(row=r, column=5 + j)
                c.border = BORDER
                if f:
                    c.fill = PatternFill('solid', fgColor=f)
            if t3txt:
                ws.cell(row=r, column=7, value=t3txt)
            c = ws.cell(row=r, column=8, value=com)
            c.alignment = WRAP
            c.border = BORDER
            exp(fil, N, km, status, avv)
        r += 1
    r += 2
    ws.cell(row=r, column=1, value='Förklaring').font = Font(bold=True)
    for f, txt in [(G, 'Genomförd'), (Y, 'Pågår / delvis genomförd'), (R, 'Ej genomförd'),
                   (GR, 'Utgår / ej aktuell')]:
        r += 1
        ws.cell(row=r, column=1).fill = PatternFill('solid', fgColor=f)
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip('ABCDEFGH', [24, 30, 50, 24, 7, 7, 12, 60]):
        ws.column_dimensions[col].width = w
    wb.create_sheet('Blad2')
    src = os.path.join(tmp, 'Socialnämnden IK 2025 T3.xlsx')
    wb.save(src)
    subprocess.run(['soffice', '--headless', '--convert-to', 'xls', '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))

# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden – odt, heading + table per process, code legend
# ---------------------------------------------------------------------------
def f4_kfn():
    fil = 'KFN uppföljning internkontroll 2025.odt'
    N = 'Kultur- och fritidsnämnden'
    doc = OpenDocumentText()
    bold = Style(name='Fet', family='text')
    bold.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bold)
    small = Style(name='Liten', family='paragraph')
    small.addElement(TextProperties(fontsize='9pt', color='#595959'))
    doc.automaticstyles.addElement(small)
    h1 = Style(name='Rubrik1', family='paragraph')
    h1.addElement(TextProperties(fontsize='16pt', fontweight='bold'))
    doc.styles.addElement(h1)
    h2 = Style(name='Rubrik2', family='paragraph')
    h2.addElement(TextProperties(fontsize='13pt', fontweight='bold'))
    doc.styles.addElement(h2)
    cellst = Style(name='Cell', family='table-cell')
    cellst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
    doc.automaticstyles.addElement(cellst)
    hcell = Style(name='HCell', family='table-cell')
    hcell.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm', backgroundcolor='#E2EFDA'))
    doc.automaticstyles.addElement(hcell)
    widths = ['7cm', '3cm', '2cm', '6cm']
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name='Kol%d' % i, family='table-column')
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(P(stylename=small, text='Kultur- och fritidsförvaltningen  |  2026-01-12  |  Handläggare: Sara Lindén'))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text='Kultur- och fritidsnämnden – uppföljning av intern kontroll, helår 2025'))
    doc.text.addElement(P(text='Enligt kommunens riktlinje för intern kontroll ska nämnden årligen följa upp '
                               'sin internkontrollplan. Uppföljningen omfattar de kontrollmoment som nämnden '
                               'beslutade om i december 2024.'))
    p = P()
    p.addElement(Span(stylename=bold, text='Bedömning anges med: '))
    p.addText('G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår.')
    doc.text.addElement(p)
    procs = [
        ('Föreningsbidrag', [
            ('Kontroll av att aktivitetsstöd betalas ut enligt redovisade sammankomster (stickprov 10 föreningar)',
             'Föreningskonsulent', 'G',
             'En förening hade redovisat sammankomster för ledare över 25 år. Återkrav 4 300 kr.', 'GENOMFORD', True),
            ('Kontroll att föreningar som får driftbidrag lämnat årsredovisning och revisionsberättelse',
             'Föreningskonsulent', 'D',
             'Handlingar saknas för 3 av 27 föreningar, påminnelse skickad i december.', 'DELVIS', True),
            ('Kontroll av attesträtter i bidragssystemet', 'Administratör', '',
             'Genomförd i december, inga felaktiga attesträtter.', 'GENOMFORD', False),
        ]),
        ('Kassahantering', [
            ('Oanmäld kassainventering på simhallen och biblioteket (två gånger per år)',
             'Controller', 'G', 'Genomförd i maj och november utan anmärkning.', 'GENOMFORD', False),
            ('Kontroll att kontanthantering vid evenemang redovisas inom 3 dagar',
             'Evenemangssamordnare', 'X', 'Inga evenemang med kontanter – Swish används.', 'OKLAR', False),
        ]),
        ('Lokaler och bokning', [
            ('Stickprov av 20 bokningar i Interbook mot fakturerade hyror', 'Bokningsansvarig', 'G',
             'Inte hunnit genomföras under hösten.', 'GENOMFORD', False),
            ('Kontroll att nycklar och passerkort för avslutade timanställda har återlämnats',
             'Enhetschef fritid', 'E', 'Kontrollen ej genomförd. Flyttas till IK-plan 2026.', 'EJ_GENOMFORD', False),
            ('Uppföljning av att fritidsgårdarnas brandskyddskontroller (SBA) dokumenteras månadsvis',
             'Enhetschef fritid', 'U', 'Ansvaret flyttat till Tekniska förvaltningen fr.o.m. 1 april.', 'UTGAR', False),
        ]),
    ]
    for n, (proc, ctrls) in enumerate(procs, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text='%d. %s' % (n, proc)))
        t = otable.Table(name='Tabell%d' % n)
        for cs in colstyles:
            t.addElement(otable.TableColumn(stylename=cs))
        tr = otable.TableRow()
        for h in ['Kontrollmoment', 'Utförs av', 'Bedömning', 'Kommentar']:
            tc = otable.TableCell(stylename=hcell, valuetype='string')
            pp = P()
            pp.addElement(Span(stylename=bold, text=h))
            tc.addElement(pp)
            tr.addElement(tc)
        t.addElement(tr)
        for km, ans, kod, com, status, avv in ctrls:
            tr = otable.TableRow()
            for v in [km, ans, kod, com]:
                tc = otable.TableCell(stylename=cellst, valuetype='string')
                tc.addElement(P(text=v))
                tr.addElement(tc)
            t.addElement(tr)
            exp(fil, N, km, status, avv)
        doc.text.addElement(t)
        doc.text.addElement(P(text=''))
    doc.text.addElement(P(text='Förvaltningens samlade bedömning är att den interna kontrollen är tillräcklig.'))
    doc.text.addElement(P(text='Per-Olof Ek, kultur- och fritidschef'))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))

# ---------------------------------------------------------------------------
# 5. Tekniska nämnden – ods, sheet per period (Delår / Helår), X tick columns
# ---------------------------------------------------------------------------
def ods_cell(v, style=None, span=None):
    kw = {}
    if style is not None:
        kw['stylename'] = style
    if span:
        kw['numbercolumnsspanned'] = span
    if v is None or v == '':
        return otable.TableCell(**kw)
    tc = otable.TableCell(valuetype='string', **kw)
    tc.addElement(P(text=str(v)))
    return tc

def f5_tn():
    fil = 'Tekniska nämnden IKP 2025.ods'
    N = 'Tekniska nämnden'
    doc = OpenDocumentSpreadsheet()
    bst = Style(name='fet', family='table-cell')
    bst.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bst)
    gst = Style(name='grupp', family='table-cell')
    gst.addElement(TextProperties(fontweight='bold'))
    gst.addElement(TableCellProperties(backgroundcolor='#FCE4D6'))
    doc.automaticstyles.addElement(gst)
    wide = Style(name='bred', family='table-column')
    wide.addElement(TableColumnProperties(columnwidth='9cm'))
    doc.automaticstyles.addElement(wide)
    mid = Style(name='mellan', family='table-column')
    mid.addElement(TableColumnProperties(columnwidth='3cm'))
    doc.automaticstyles.addElement(mid)
    nar = Style(name='smal', family='table-column')
    nar.addElement(TableColumnProperties(columnwidth='2.2cm'))
    doc.automaticstyles.addElement(nar)

    # each control: (group, km, frekvens, delår(tick, comment), helår(tick, comment), status, avv)
    # tick: 'G','D','E','U' column letter + the literal mark used
    C = [
        ('VA-verksamheten', [
            ('Kontroll att VA-anslutningsavgifter debiteras vid slutbesked (stickprov 15 fastigheter)', 'Halvår',
             ('D', 'X', '8 av 15 kontrollerade.'),
             ('G', 'X', '1 fastighet ej debiterad, faktura skickad i december.'), 'GENOMFORD', True),
            ('Avstämning av debiterade vattenvolymer mot mätarställning', 'Årsvis',
             (None, None, ''),
             ('D', 'x', 'Mätarbyten försenade, avstämning gjord för ca 70 % av abonnenterna.'), 'DELVIS', False),
        ]),
        ('Gata / park', [
            ('Uppföljning av vinterväghållningsentreprenörens fakturor mot körjournaler', 'Per säsong',
             ('D', 'X', 'Jan–mars kontrollerat.'),
             (None, None, 'Klart i december, inga avvikelser.'), 'GENOMFORD', False),
            ('Kontroll att grävtillstånd följs upp med slutbesiktning', 'Halvår',
             ('D', 'X', 'Påbörjat, 6 av 14 besiktade.'),
             (None, None, ''), 'DELVIS', False),
        ]),
        ('Fastighet', [
            ('Kontroll att lagstadgade besiktningar (hiss, OVK) utförts enligt plan', 'Årsvis',
             ('D', 'X', ''),
             ('G', 'X', 'OVK försenad på två skolor (Dotorp, Vindängen), bokad februari 2026.'), 'GENOMFORD', True),
            ('Stickprov av ÄTA-arbeten i byggprojekt – beställning och attest före utförande', 'Årsvis',
             ('E', 'X', 'Planeras Q4.'),
             ('E', 'X', 'Ej hunnit, projektledare har saknats halva året.'), 'EJ_GENOMFORD', False),
        ]),
        ('Kost', [
            ('Kontroll av att specialkost dokumenteras och följs i tillagningsköken', 'Terminsvis',
             ('G', 'X', ''),
             ('U', 'X', 'Överförs till BUN:s plan från 2025-09-01.'), 'UTGAR', False),
            ('Egenkontroll livsmedel – temperaturloggar i mottagningskök', 'Månadsvis',
             (None, None, ''),
             (None, None, ''), 'SAKNAS', False),
        ]),
    ]
    cols = {'G': 3, 'D': 4, 'E': 5, 'U': 6}
    hdr = ['Process', 'Kontrollmoment', 'Frekvens', 'Genomförd', 'Delvis', 'Ej genomförd', 'Ej aktuell', 'Kommentar']
    for si, (sheet, titel) in enumerate([('Delår 2025', 'Uppföljning per 31 augusti 2025'),
                                          ('Helår 2025', 'Uppföljning helår 2025')]):
        t = otable.Table(name=sheet)
        t.addElement(otable.TableColumn(stylename=mid))
        t.addElement(otable.TableColumn(stylename=wide))
        t.addElement(otable.TableColumn(stylename=mid))
        t.addElement(otable.TableColumn(stylename=nar, numbercolumnsrepeated=4))
        t.addElement(otable.TableColumn(stylename=wide))
        for line in ['Tekniska nämnden – internkontrollplan 2025', titel,
                     'Markera med X i den kolumn som gäller.', '']:
            tr = otable.TableRow()
            tr.addElement(ods_cell(line, bst if line and 'Tekniska' in line else None))
            t.addElement(tr)
        tr = otable.TableRow()
        for h in hdr:
            tr.addElement(ods_cell(h, bst))
        t.addElement(tr)
        for grp, ctrls in C:
            tr = otable.TableRow()
            tr.addElement(ods_cell(grp, gst, span=8))
            for _ in range(7):
                tr.addElement(otable.CoveredTableCell())
            t.addElement(tr)
            for km, frek, dl, hl, status, avv in ctrls:
                per = dl if si == 0 else hl
                vals = [''] * 8
                vals[0] = ''
                vals[1] = km
                vals[2] = frek
                if per[0]:
                    vals[cols[per[0]]] = per[1]
                vals[7] = per[2]
                tr = otable.TableRow()
                for v in vals:
                    tr.addElement(ods_cell(v))
                t.addElement(tr)
                if si == 1:
                    exp(fil, N, km, status, avv)
        if si == 1:
            for line in ['', 'Sammanställt av: Anders Fredin, verksamhetscontroller TF, 2026-01-09']:
                tr = otable.TableRow()
                tr.addElement(ods_cell(line))
                t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))

# ---------------------------------------------------------------------------
# 6. Stratsys-like CSV export, Windows-1252, two nämnder, row per control and period
# ---------------------------------------------------------------------------
def f6_csv():
    fil = 'Stratsys_IK_export_2026-01-12.csv'
    KAN = 'Kompetens- och arbetslivsnämnden'
    BMN = 'Bygg- och miljönämnden'
    hdr = ['Enhet', 'Nämnd', 'Process', 'Kontrollmoment', 'Period', 'Status', 'Kommentar', 'Ansvarig',
           'Senast uppdaterad']
    # (enhet, nämnd, process, km, [(period, status, kommentar, ansvarig, datum)], expected status, avv)
    C = [
        ('Kompetens- och arbetslivsförvaltningen', KAN, 'Arbetsmarknadsinsatser',
         'Kontroll av att lön för feriejobb betalas ut mot godkänd tidrapport',
         [('Delår 2025', 'Pågår', 'Kontroll pågår under sommaren.', 'Maria Holm', '2025-09-02 10:14'),
          ('Helår 2025', 'Genomförd', 'Feriejobb: 148 tidrapporter kontrollerade, 2 var felaktiga och har rättats.',
           'Maria Holm', '2026-01-08 09:41')], 'GENOMFORD', True),
        ('Kompetens- och arbetslivsförvaltningen', KAN, 'Vuxenutbildning',
         'Uppföljning av att vuxenutbildningens betygsdokumentation signeras i Alvis',
         [('Delår 2025', 'Delvis genomförd', '', 'Erik Nyström', '2025-09-05 13:02'),
          ('Helår 2025', 'Delvis genomförd',
           'Signering saknas för kurser på distans hos extern anordnare.\nDialog med anordnaren pågår.',
           'Erik Nyström', '2026-01-09 15:20')], 'DELVIS', True),
        ('Kompetens- och arbetslivsförvaltningen', KAN, 'Vuxenutbildning',
         'Kontroll av fakturor från externa utbildningsanordnare mot antal deltagare',
         [('Delår 2025', 'Ej påbörjad', '', 'Erik Nyström', '2025-09-05 13:04'),
          ('Helår 2025', 'Ej genomförd', 'Prioriterades bort under hösten.', 'Erik Nyström', '2026-01-09 15:22')],
         'EJ_GENOMFORD', False),
        ('Kompetens- och arbetslivsförvaltningen', KAN, 'Vuxenutbildning',
         'Kontroll av att SFI-elever skrivs ut efter 3 veckors frånvaro',
         [('Delår 2025', 'Pågår', 'Rutin under framtagande.', 'Erik Nyström', '2025-09-05 13:06'),
          ('Helår 2025', '', '', '', '')], 'DELVIS', False),
        ('Kompetens- och arbetslivsförvaltningen', KAN, 'Informationssäkerhet',
         'Uppföljning av att sekretessförbindelser finns för samtliga anställda',
         [('Delår 2025', 'Planerad till hösten', '', 'Maria Holm', '2025-09-02 10:20')], 'EJ_GENOMFORD', False),
        ('Bygg- och miljöförvaltningen', BMN, 'Bygglov',
         'Kontroll att bygglov handläggs inom 10 veckor (PBL 9 kap. 27 §)',
         [('Delår 2025', 'Genomförd', '', 'Karin Sjöberg', '2025-09-10 08:55'),
          ('Helår 2025', 'Genomförd', '11 av 402 ärenden överskred 10 veckor, avgiften reducerades enligt PBL.',
           'Karin Sjöberg', '2026-01-07 11:30')], 'GENOMFORD', True),
        ('Bygg- och miljöförvaltningen', BMN, 'Tillsyn',
         'Stickprov av 15 tillsynsärenden – kommunicering innan beslut',
         [('Delår 2025', 'Ej påbörjad', '', 'Johan Wik', '2025-09-10 09:01'),
          ('Helår 2025', 'Utgår', 'Utgår genom beslut BMN 2025-09-24 § 145.', 'Johan Wik', '2026-01-07 11:34')],
         'UTGAR', False),
        ('Bygg- och miljöförvaltningen', BMN, 'Avgifter',
         'Avstämning av fakturerade tillsynsavgifter (miljö) mot tillsynsplan',
         [('Helår 2025', 'Delvis genomförd', 'Avstämt för livsmedel, miljöfarlig verksamhet återstår.',
           'Johan Wik', '2026-01-07 11:40')], 'DELVIS', False),
        ('Bygg- och miljöförvaltningen', BMN, 'Nämndadministration',
         'Kontroll av att delegationsbeslut anmäls till nämnden',
         [('Delår 2025', 'Genomförd', 'Kontrollerat t.o.m. juni.', 'Karin Sjöberg', '2025-09-10 09:05'),
          ('Helår 2025', '', 'Samtliga delegationsbeslut har anmälts löpande, kontrollerat av nämndsekreterare i december.',
           'Karin Sjöberg', '2026-01-07 11:44')], 'GENOMFORD', False),
        ('Bygg- och miljöförvaltningen', BMN, 'Nämndadministration',
         'Kontroll av att avslutade ärenden arkiveras i e-arkivet',
         [('Helår 2025', 'Osäkert', '', 'Karin Sjöberg', '2026-01-07 11:47')], 'OKLAR', False),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', quotechar='"', quoting=csv.QUOTE_ALL, lineterminator='\r\n')
    w.writerow(hdr)
    for enh, nm, proc, km, periods, status, avv in C:
        for per, st, com, ans, dt in periods:
            w.writerow([enh, nm, proc, km, per, st, com, ans, dt])
        exp(fil, nm, km, status, avv)
    with open(os.path.join(OUT, fil), 'wb') as fh:
        fh.write(buf.getvalue().encode('cp1252'))
    FILES.append((fil, 'INLAST', KAN, '2025', 'HELAR'))
    FILES.append((fil, 'INLAST', BMN, '2025', 'HELAR'))

# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – xlsx, symbols with legend, Utfall 2024 | Utfall 2025
# ---------------------------------------------------------------------------
def f7_ofn():
    fil = 'Överförmyndarnämnden_internkontroll_2025.xlsx'
    N = 'Överförmyndarnämnden'
    wb = Workbook()
    ws = wb.active
    ws.title = 'IK'
    ws['A1'] = 'Överförmyndarnämnden'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'Internkontroll – uppföljning 2025'
    ws['A2'].font = Font(size=11)
    hdr = ['Kontrollområde', 'Kontrollmoment', 'Utfall 2024', 'Utfall 2025', 'Kommentar 2025']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
        c.fill = PatternFill('solid', fgColor='EDEDED')
    C = [
        ('Årsräkningar', 'Granskning av samtliga årsräkningar som inkommit senast 1 mars',
         '✔', '✔', '452 av 460 granskade före 30/9. 8 ställföreträdare förelagda att komplettera.', 'GENOMFORD', True),
        ('Förteckningar', 'Kontroll av att ställföreträdare har lämnat förteckning inom två månader',
         '◐', '◐', '6 förteckningar inkom försenade.', 'DELVIS', True),
        ('Arvoden', 'Stickprov 10 % av arvodesbeslut mot arvodesriktlinjen', '✔', None, None, 'SAKNAS', False),
        ('Arvoden', 'Kontroll av att beslut om arvode attesteras av behörig person', '✔', '–',
         'Hanteras i nya verksamhetssystemet med inbyggd attest.', 'UTGAR', False),
        ('Bankkonton', 'Kontroll av att uttagsspärrade konton är spärrade i banken', '✖', '✔',
         'Samtliga 38 konton kontrollerade mot bankens besked.', 'GENOMFORD', False),
        ('Lämplighet', 'Uppföljning av att utredning av ställföreträdares lämplighet görs före förordnande',
         '–', '✖', 'Ny handläggare under hösten, har ej hunnits.', 'EJ_GENOMFORD', False),
    ]
    r = 5
    for area, km, v24, v25, com, status, avv in C:
        for col, v in enumerate([area, km, v24, v25, com], 1):
            c = ws.cell(row=r, column=col, value=v)
            c.border = BORDER
            c.alignment = WRAP if col in (2, 5) else Alignment(horizontal='center' if col in (3, 4) else 'left',
                                                               vertical='top')
        exp(fil, N, km, status, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Teckenförklaring').font = Font(bold=True)
    for sym, txt in [('✔', 'Genomförd'), ('◐', 'Delvis genomförd'), ('✖', 'Ej genomförd'),
                     ('–', 'Ej aktuell / utgår')]:
        r += 1
        ws.cell(row=r, column=1, value=sym).alignment = Alignment(horizontal='center')
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value='Överförmyndarenheten, Falköping/Tidaholm  2026-01-15')
    for col, wdt in zip('ABCDE', [18, 60, 12, 12, 55]):
        ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', ''))

# ---------------------------------------------------------------------------
# 8. Word lock file left in the inbox – reject
# ---------------------------------------------------------------------------
def f8_lock():
    fil = '~$N helårsuppföljning IK 2025.docx'
    user = 'Jonas Åkerlund'
    b = bytes([len(user)]) + user.encode('cp1252')
    b = b.ljust(54, b'\x00')
    b += bytes([len(user), 0]) + user.encode('utf-16-le')
    b = b.ljust(162, b'\x00')
    with open(os.path.join(OUT, fil), 'wb') as fh:
        fh.write(b)
    FILES.append((fil, 'AVVISAD', '', '', ''))

def write_csvs():
    reg = [
        ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|KLF'),
        ('Barn- och utbildningsnämnden', 'BUN|Barn- och utbildningsförvaltningen|BUF'),
        ('Socialnämnden', 'SN|Socialförvaltningen|SOC'),
        ('Kultur- och fritidsnämnden', 'KFN|Kultur- och fritidsförvaltningen'),
        ('Tekniska nämnden', 'TN|Tekniska förvaltningen|TF'),
        ('Kompetens- och arbetslivsnämnden', 'KAN|Kompetens- och arbetslivsförvaltningen'),
        ('Bygg- och miljönämnden', 'BMN|Bygg- och miljöförvaltningen'),
        ('Överförmyndarnämnden', 'ÖFN|Överförmyndarenheten|Överförmyndarnämnden Falköping-Tidaholm'),
        ('Valnämnden', 'VN'),
        ('Krisledningsnämnden', 'KLN'),
    ]
    with open(os.path.join(OUT, 'namnder.csv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write('nämnd;alias\n')
        for n, a in reg:
            fh.write('%s;%s\n' % (n, a))
    with open(os.path.join(OUT, 'files.csv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write('fil;utfall;nämnd;år;period\n')
        for row in FILES:
            fh.write(';'.join(row) + '\n')
    with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write('fil;nämnd;kontrollmoment;status;avvikelse\n')
        for row in EXPECTED:
            assert ';' not in row[2] and '\n' not in row[2], row
            fh.write(';'.join(row) + '\n')

def main():
    clean()
    tmp = tempfile.mkdtemp(prefix='r66_')
    try:
        f1_ks()
        f2_bun()
        f3_sn(tmp)
        f4_kfn()
        f5_tn()
        f6_csv()
        f7_ofn()
        f8_lock()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print('files:', len(set(f[0] for f in FILES)), 'files.csv rows:', len(FILES), 'controls:', len(EXPECTED))

if __name__ == '__main__':
    main()
