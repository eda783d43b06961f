#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 46 – Hedemora kommun (Dalarna), delår 2025 (per 31 augusti).
Builds every follow-up file plus namnder.csv, files.csv and expected.csv from scratch."""
import csv
import io
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import H, P, Span

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    assert ';' not in text and '\n' not in text, text
    assert status in ('GENOMFORD', 'DELVIS', 'EJ_GENOMFORD', 'UTGAR', 'SAKNAS', 'OKLAR')
    EXPECTED.append((fil, namnd, text, status, 'ja' if avv else 'nej'))


def clean_old():
    keep = {'make_round.py', 'README.md'}
    for f in os.listdir(OUT):
        if f not in keep and os.path.isfile(f):
            os.remove(f)


# ---------------------------------------------------------------- docx helpers
def cell_text(cell, text, bold=False, size=None):
    cell.text = ''
    p = cell.paragraphs[0]
    lines = text.split('\n')
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


def add_table(doc, header, rows, widths=None, style='Table Grid', size=9):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    return t


# ---------------------------------------------------------------- odf helpers
class OdtBuilder:
    def __init__(self):
        self.doc = OpenDocumentText()
        s = self.doc.styles
        self.hstyles = {}
        for lvl, size in ((1, '16pt'), (2, '13pt'), (3, '11pt')):
            st = Style(name='Heading_20_%d' % lvl, displayname='Heading %d' % lvl,
                       family='paragraph', defaultoutlinelevel=str(lvl))
            st.addElement(TextProperties(fontsize=size, fontweight='bold'))
            st.addElement(ParagraphProperties(margintop='0.3cm', marginbottom='0.15cm'))
            s.addElement(st)
            self.hstyles[lvl] = st
        self.title = Style(name='Title', family='paragraph')
        self.title.addElement(TextProperties(fontsize='20pt', fontweight='bold'))
        s.addElement(self.title)
        self.body = Style(name='Text_20_body', displayname='Text body', family='paragraph')
        self.body.addElement(ParagraphProperties(marginbottom='0.2cm'))
        s.addElement(self.body)
        self.bold = Style(name='Strong', family='text')
        self.bold.addElement(TextProperties(fontweight='bold'))
        s.addElement(self.bold)
        a = self.doc.automaticstyles
        self.tcell = Style(name='TCell', family='table-cell')
        self.tcell.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm'))
        a.addElement(self.tcell)
        self.thead = Style(name='THead', family='table-cell')
        self.thead.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm',
                                                  backgroundcolor='#d9e2f3'))
        a.addElement(self.thead)
        self.tpara = Style(name='TPara', family='paragraph')
        self.tpara.addElement(TextProperties(fontsize='9pt'))
        a.addElement(self.tpara)
        self.tparab = Style(name='TParaB', family='paragraph')
        self.tparab.addElement(TextProperties(fontsize='9pt', fontweight='bold'))
        a.addElement(self.tparab)
        self.ntab = 0

    def h(self, lvl, text):
        self.doc.text.addElement(H(outlinelevel=lvl, stylename=self.hstyles[lvl], text=text))

    def t(self, text):
        self.doc.text.addElement(P(stylename=self.title, text=text))

    def p(self, text, label=None):
        para = P(stylename=self.body)
        if label is not None:
            para.addElement(Span(stylename=self.bold, text=label))
            if text:
                para.addText(' ' + text)
        else:
            para.addText(text)
        self.doc.text.addElement(para)

    def table(self, header, rows, colwidths=None):
        self.ntab += 1
        name = 'Tabell%d' % self.ntab
        tb = Table(name=name)
        for i in range(len(header)):
            if colwidths:
                cs = Style(name='%s.C%d' % (name, i), family='table-column')
                cs.addElement(TableColumnProperties(columnwidth=colwidths[i]))
                self.doc.automaticstyles.addElement(cs)
                tb.addElement(TableColumn(stylename=cs))
            else:
                tb.addElement(TableColumn())
        tr = TableRow()
        for hd in header:
            c = TableCell(stylename=self.thead, valuetype='string')
            c.addElement(P(stylename=self.tparab, text=hd))
            tr.addElement(c)
        tb.addElement(tr)
        for row in rows:
            tr = TableRow()
            for v in row:
                c = TableCell(stylename=self.tcell, valuetype='string')
                for line in (v.split('\n') if v else ['']):
                    c.addElement(P(stylename=self.tpara, text=line))
                tr.addElement(c)
            tb.addElement(tr)
        self.doc.text.addElement(tb)

    def save(self, fn):
        self.doc.save(fn)


# =============================================================================
# 1. Barn- och utbildningsnämnden – delårsrapport chapter (.docx), table per process
# =============================================================================
def bun():
    fn = 'BUN Delårsrapport 2025 per 31 aug.docx'
    nm = 'Barn- och utbildningsnämnden'
    d = docx.Document()
    d.core_properties.author = 'Per-Olof Hedlund'
    d.core_properties.title = 'Delårsrapport 2025 Barn- och utbildningsnämnden'
    p = d.add_paragraph('Hedemora kommun')
    p.runs[0].font.size = Pt(9)
    d.add_heading('Delårsrapport 2025 – Barn- och utbildningsnämnden', 0)
    d.add_paragraph('Redovisningsperiod: 1 januari – 31 augusti 2025. Behandlad i nämnden 2025-09-23.')

    d.add_heading('1 Sammanfattning', 1)
    d.add_paragraph(
        'Nämnden prognostiserar ett underskott om 4,6 mnkr för helåret, främst till följd av ökade '
        'kostnader för tilläggsbelopp och skolskjuts. Elevantalet i grundskolan är i stort sett '
        'oförändrat jämfört med föregående år medan antalet barn i förskolan har minskat med 38. '
        'Arbetet med nämndens internkontrollplan följer i huvudsak planen, se avsnitt 4.')

    d.add_heading('2 Ekonomi', 1)
    d.add_paragraph('Tabell 1. Driftredovisning per verksamhet (tkr)')
    add_table(d, ['Verksamhet', 'Budget 2025', 'Utfall jan–aug', 'Prognos helår', 'Avvikelse'], [
        ['Nämnd och förvaltningsledning', '9 850', '6 120', '9 700', '150'],
        ['Förskola och pedagogisk omsorg', '98 400', '64 900', '97 900', '500'],
        ['Grundskola inkl. fritidshem', '214 300', '146 800', '218 600', '-4 300'],
        ['Anpassad grundskola', '18 200', '12 950', '19 400', '-1 200'],
        ['Skolskjuts', '16 900', '11 800', '17 650', '-750'],
        ['Elevhälsa', '21 600', '13 700', '20 600', '1 000'],
        ['Summa', '379 250', '256 270', '383 850', '-4 600'],
    ])
    d.add_paragraph(
        'Underskottet inom grundskolan förklaras av tilläggsbelopp för elever i behov av omfattande '
        'stöd samt ökade interkommunala ersättningar. Åtgärdsplan redovisas i separat ärende.')

    d.add_heading('3 Personal', 1)
    d.add_paragraph('Tabell 2. Sjukfrånvaro i procent av ordinarie arbetstid')
    add_table(d, ['Personalgrupp', 'Jan–aug 2024', 'Jan–aug 2025', 'Förändring'], [
        ['Förskollärare och barnskötare', '8,9', '8,1', '-0,8'],
        ['Lärare grundskola', '5,2', '5,6', '0,4'],
        ['Elevassistenter', '9,8', '10,4', '0,6'],
        ['Övriga', '4,1', '3,7', '-0,4'],
        ['Totalt', '6,9', '6,8', '-0,1'],
    ])

    d.add_heading('4 Intern kontroll', 1)
    d.add_paragraph(
        'Nämndens internkontrollplan för 2025 antogs 2024-12-10 § 118 och omfattar tio kontrollmoment '
        'inom fyra processer. I tabellerna nedan redovisas läget per 31 augusti. Status anges med '
        'orden Genomförd (kontrollen är utförd för perioden), Pågår (kontrollen är påbörjad men inte '
        'avslutad) och Ej påbörjad. Kontroller som nämnden har beslutat att stryka anges som Utgår. '
        'Avvikelser som upptäckts beskrivs i kolumnen Kommentar tillsammans med vidtagna åtgärder.')

    procs = [
        ('4.1 Process: Skolnärvaro och elevhälsa', [
            ('Kontroll att skolorna följer rutinen för anmälan vid upprepad frånvaro (stickprov 15 elever)',
             'Stickprov per termin, skolsköterska/kurator', 'Genomförd',
             'Stickprov på 15 elever i åk 4–9 med över 15 % frånvaro. I 3 fall saknades dokumenterad '
             'kontakt med vårdnadshavare inom fem dagar. Rektorerna har påmints om rutinen.',
             'GENOMFORD', True),
            ('Kontroll att åtgärdsprogram upprättas inom skälig tid efter beslut om särskilt stöd',
             'Genomgång av samtliga beslut, rektor', 'Pågår',
             'Granskningen är klar för rektorsområde Norr. Övriga rektorsområden granskas i september.',
             'DELVIS', False),
            ('Uppföljning av att orosanmälningar till socialtjänsten görs och dokumenteras',
             'Avstämning mot socialtjänstens register, elevhälsochef', 'Genomförd',
             'Samtliga 22 anmälningar under perioden finns registrerade i PMO. Inga avvikelser.',
             'GENOMFORD', False),
        ]),
        ('4.2 Process: Ekonomi och inköp', [
            ('Stickprov av 20 leverantörsfakturor mot gällande avtal och attestordning',
             'Stickprov två gånger per år, controller', 'Genomförd',
             'Två fakturor hade attesterats av person utan attesträtt för ansvaret. Attestförteckningen '
             'är uppdaterad och berörda chefer informerade.',
             'GENOMFORD', True),
            ('Kontroll av att direktupphandlingar över 100 tkr dokumenteras',
             'Genomgång av leverantörsreskontra, controller', '',
             'Kontrollen har inte genomförts under perioden på grund av vakans på controllertjänsten. '
             'Planeras till oktober.',
             'EJ_GENOMFORD', False),
            ('Avstämning av skolskjutskostnader mot beslut och körjournaler',
             'Månadsvis avstämning, skolskjutssamordnare', 'Ej påbörjad', '',
             'EJ_GENOMFORD', False),
        ]),
        ('4.3 Process: Personal och arbetsmiljö', [
            ('Kontroll att utdrag ur belastningsregistret begärts vid nyanställning i förskola och skola',
             'Samtliga nyanställningar jan–aug, HR-konsult', 'Genomförd',
             'Kontroll av 30 nyanställningar. Utdrag fanns i 28 fall, i 2 fall uppvisades utdraget '
             'först efter tillträdet.',
             'GENOMFORD', True),
            ('Uppföljning av att skyddsronder genomförts på samtliga förskolor',
             'Årligen, förskolechef', 'Pågår', '11 av 16 förskolor klara.',
             'DELVIS', False),
        ]),
        ('4.4 Process: Informationssäkerhet', [
            ('Kontroll av behörigheter i lärplattformen för personal med avslutad anställning',
             'Två gånger per år, systemförvaltare', 'Utgår',
             'Utgår enligt nämndens beslut 2025-03-18 § 34 då kontrollen genomförs kommungemensamt av '
             'kommunstyrelsen.',
             'UTGAR', False),
            ('Kontroll att personuppgiftsincidenter rapporteras till dataskyddsombudet inom 72 timmar',
             'Genomgång av incidentloggen, informationssäkerhetssamordnare', 'Genomförd',
             'Kontrollen har ännu inte hunnit genomföras, sker under hösten.',
             'GENOMFORD', False),
        ]),
    ]
    for title, rows in procs:
        d.add_heading(title, 2)
        add_table(d, ['Kontrollmoment', 'Metod och ansvarig', 'Status', 'Kommentar'],
                  [[r[0], r[1], r[2], r[3]] for r in rows])
        d.add_paragraph('')
        for r in rows:
            exp(fn, nm, r[0], r[4], r[5])
    d.add_paragraph(
        'Sammantaget har fem av tio kontroller genomförts per 31 augusti. Förvaltningen bedömer att '
        'kvarvarande kontroller kan genomföras före årsskiftet, med undantag av kontrollen av '
        'skolskjutskostnader som är beroende av ny entreprenör.')
    d.add_paragraph('Maria Olsson\nFörvaltningschef, barn- och utbildningsförvaltningen')
    d.save(fn)
    FILES.append((fn, 'INLAST', nm, '2025', 'DELAR'))
    # Word lock file left by the controller's open session
    lock = '~$N Delårsrapport 2025 per 31 aug.docx'
    user = 'Per-Olof Hedlund'
    b = bytes([len(user)]) + user.encode('ascii')
    b = b + b'\x00' * (54 - len(b))
    b += bytes([len(user), 0]) + user.encode('utf-16-le')
    b = b + b'\x00' * (162 - len(b))
    with open(lock, 'wb') as f:
        f.write(b)
    FILES.append((lock, 'AVVISAD', '', '', ''))


# =============================================================================
# 2. Socialnämnden – one label/value form table per control, code legend as table (.docx)
# =============================================================================
def sn():
    fn = 'Socialnämnden - uppföljning internkontrollplan delår 2025.docx'
    nm = 'Socialnämnden'
    d = docx.Document()
    d.core_properties.author = 'Ulrika Mattsson'
    d.add_heading('Uppföljning av internkontrollplan 2025', 0)
    d.add_paragraph('Socialnämnden, Hedemora kommun\nDelårsuppföljning januari–augusti 2025\n'
                    'Dnr SN 2024/0412')
    d.add_heading('Inledning', 1)
    d.add_paragraph(
        'Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. '
        'Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024. Planen omfattar nio '
        'kontrollmoment. Nedan redovisas varje kontroll i en egen tabell. Status anges med kod enligt '
        'tabellen nedan.')
    add_table(d, ['Kod', 'Betydelse'], [
        ['G', 'Genomförd – kontrollen är utförd enligt plan'],
        ['D', 'Delvis genomförd – kontrollen pågår eller har utförts för en del av perioden'],
        ['E', 'Ej genomförd'],
        ['U', 'Utgår – kontrollen har strukits genom beslut i nämnden'],
    ])
    controls = [
        ('Ekonomiskt bistånd', 'Felaktiga utbetalningar av ekonomiskt bistånd',
         'Stickprov i 25 ärenden om ekonomiskt bistånd – kontroll av att beräkning och underlag är korrekta',
         'Enhetschef försörjningsstöd', '25 slumpvis valda ärenden, mars och juni', 'G',
         'I 4 av 25 ärenden saknades kontoutdrag för hela perioden. I ett ärende hade boendekostnad '
         'beräknats med fel belopp (1 850 kr för mycket).',
         'Genomgång med handläggargruppen på APT i september. Återkrav i ett ärende.', 'GENOMFORD', True),
        ('Ekonomiskt bistånd', 'Utbetalning utan behörig attest',
         'Kontroll av att utbetalningar över 10 000 kr har dubbelattesterats',
         'Controller socialförvaltningen', 'Samtliga utbetalningar > 10 000 kr jan–aug', 'G',
         'Samtliga 41 utbetalningar var korrekt attesterade av två behöriga.', '–', 'GENOMFORD', False),
        ('Myndighetsutövning barn och unga', 'Barn i behov av skydd uppmärksammas inte i tid',
         'Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar',
         'Enhetschef barn och familj', 'Uttag ur verksamhetssystemet per månad', 'D',
         'Kontrollerat januari–juni: 92 % av förhandsbedömningarna gjordes inom 14 dagar, 17 låg utanför '
         'tidsgränsen. Juli–augusti återstår.',
         'Ny rutin för mottagningsgruppen under semesterperioden.', 'DELVIS', True),
        ('Myndighetsutövning barn och unga', 'Långa utredningstider',
         'Kontroll att barnavårdsutredningar avslutas inom fyra månader',
         'Enhetschef barn och familj', 'Stickprov 15 utredningar', 'E',
         'Kontrollen har inte genomförts på grund av hög arbetsbelastning och vakanta tjänster.',
         'Genomförs under oktober.', 'EJ_GENOMFORD', False),
        ('Hemtjänst', 'Debitering överensstämmer inte med utförd tid',
         'Kontroll av att beviljad tid i hemtjänsten överensstämmer med utförd tid enligt TES',
         'Enhetschefer hemtjänst', 'Jämförelse beviljad/utförd tid för 20 brukare', 'X',
         'Se bilaga.', '', 'OKLAR', False),
        ('Särskilt boende', 'Brister i dokumentation',
         'Kontroll att genomförandeplaner upprättas inom 14 dagar efter påbörjad insats (SÄBO)',
         'Enhetschef Björkbacken', 'Stickprov 10 nya insatser', '', '', '', 'SAKNAS', False),
        ('Läkemedelshantering', 'Felaktig läkemedelshantering',
         'Kontroll av signeringslistor för läkemedel på två särskilda boenden',
         'MAS', 'Stickprov en vecka per boende', 'U',
         'Utgår – ersätts av MAS egenkontroll enligt beslut SN 2025-04-23 § 51.', '', 'UTGAR', False),
        ('Avgifter äldreomsorg', 'Felaktiga avgiftsbeslut',
         'Kontroll av avgiftsbeslut inom äldreomsorgen – stickprov 15 beslut',
         'Avgiftshandläggare', '15 beslut fattade under 2025', 'D',
         '8 av 15 beslut kontrollerade hittills, inga fel funna.', 'Resterande kontrolleras i september.',
         'DELVIS', False),
        ('Informationssäkerhet', 'Obehörig åtkomst till personuppgifter',
         'Logguppföljning i verksamhetssystemet – stickprov av 10 användares åtkomst',
         'Systemförvaltare', '10 användare, loggar för april', 'G',
         'En otillåten åtkomst till journal upptäcktes. Ärendet har hanterats av HR och anmälts till IMY.',
         'Påminnelse om regler för åtkomst till samtliga medarbetare.', 'GENOMFORD', True),
    ]
    d.add_heading('Redovisning per kontrollmoment', 1)
    for i, c in enumerate(controls, 1):
        d.add_heading('Kontroll %d av %d' % (i, len(controls)), 2)
        t = d.add_table(rows=0, cols=2)
        t.style = 'Table Grid'
        for lab, val in zip(['Process/rutin', 'Risk', 'Kontrollmoment', 'Kontrollansvarig',
                             'Metod och omfattning', 'Status (kod)', 'Resultat och iakttagelser',
                             'Åtgärder'], c[:8]):
            cells = t.add_row().cells
            cell_text(cells[0], lab, bold=True, size=9)
            cell_text(cells[1], val, size=9)
        d.add_paragraph('')
        exp(fn, nm, c[2], c[8], c[9])
    d.add_heading('Övrigt – rapporter enligt lex Sarah och lex Maria', 1)
    d.add_paragraph('Redovisningen nedan ingår inte i internkontrollplanen men lämnas för kännedom.')
    add_table(d, ['Typ av rapport', 'Jan–aug 2024', 'Jan–aug 2025', 'Status'], [
        ['Lex Sarah, rapporter', '14', '11', 'Utredda'],
        ['Lex Sarah, anmälda till IVO', '1', '2', 'Avslutade av IVO'],
        ['Lex Maria, anmälda till IVO', '2', '1', 'Pågår'],
    ])
    d.add_paragraph('\nHedemora 2025-09-10\nUlrika Mattsson, socialchef')
    d.save(fn)
    FILES.append((fn, 'INLAST', nm, '2025', 'DELAR'))


# =============================================================================
# 3. Kultur- och fritidsnämnden – headings per control with "Läge:" lines (.odt)
# =============================================================================
def kfn():
    fn = 'KFN uppföljning IK per 31 aug 2025.odt'
    nm = 'Kultur- och fritidsnämnden'
    o = OdtBuilder()
    o.t('Kultur- och fritidsnämnden')
    o.p('Uppföljning av intern kontroll, delår 2025 (läge per 31 augusti)')
    o.h(1, 'Inledning')
    o.p('Kultur- och fritidsförvaltningen redovisar här hur arbetet med nämndens internkontrollplan har '
        'gått under årets första åtta månader. Läget för varje kontroll beskrivs med något av orden '
        'Klart (kontrollen är gjord), På gång (påbörjad men inte färdig), Inte startat eller Struken '
        '(kontrollen har tagits bort ur planen genom beslut i nämnden).')
    areas = [
        ('Föreningsbidrag', [
            ('Stickprov av 10 beviljade aktivitetsbidrag mot närvarokort och medlemsregister',
             'Klart', 'Tio bidrag granskade i maj. I en förening stämde inte antalet redovisade '
             'deltagartillfällen med närvarokorten. Återkrav om 4 200 kr har skickats.',
             'Fritidskonsulent Jonas Ersson', 'GENOMFORD', True),
            ('Kontroll att föreningar med verksamhetsbidrag lämnat in årsredovisning och revisionsberättelse',
             'På gång', '27 av 34 föreningar har hittills kontrollerats, inga brister hittills.',
             'Fritidskonsulent Jonas Ersson', 'DELVIS', False),
        ]),
        ('Kassahantering', [
            ('Oanmäld kassainventering i simhallen och på huvudbiblioteket',
             'Klart', 'Inventering 2025-05-14 och 2025-06-10. Differens på 350 kr i simhallens kassa som '
             'inte har kunnat förklaras. Rutinen för dagsavstämning har skärpts.',
             'Enhetschef Anneli Persson', 'GENOMFORD', True),
            ('Kontroll att kortbetalningar och Swish i receptionen stäms av mot kassasystemet varje månad',
             'Se kommentar', '', 'Enhetschef Anneli Persson', 'OKLAR', False),
        ]),
        ('Lokaler och uthyrning', [
            ('Uppföljning av att uthyrning av idrottshallar faktureras enligt bokningssystemet',
             'Inte startat', 'Görs i oktober i samband med höstens bokningsperiod.',
             'Bokningsansvarig', 'EJ_GENOMFORD', False),
            ('Kontroll av att brandskyddskontroller dokumenteras på Kulturhuset och i ishallen',
             'Struken', 'Ansvaret för systematiskt brandskyddsarbete har flyttats till tekniska '
             'förvaltningen, nämndbeslut 2025-02-12 § 9.', 'Förvaltningschef', 'UTGAR', False),
        ]),
        ('Barn och unga', [
            ('Kontroll att ensamarbete på fritidsgårdarna har riskbedömts',
             '', 'Riskbedömning genomförd på båda fritidsgårdarna i juni och åtgärder är införda '
             '(överfallslarm, schemaläggning med minst två personal efter kl. 19).',
             'Enhetschef ungdom', 'GENOMFORD', False),
            ('Kontroll av att ledare i lovverksamheten visat utdrag ur belastningsregistret',
             'Delvis – sommarlovet kontrollerat', 'Samtliga 12 sommarledare hade visat utdrag. '
             'Höstlovets ledare kontrolleras i oktober.', 'Enhetschef ungdom', 'DELVIS', False),
        ]),
    ]
    for area, ctrls in areas:
        o.h(2, area)
        for text, lage, seen, who, st, avv in ctrls:
            o.h(3, text)
            o.p(lage, label='Läge:')
            o.p(seen, label='Vad vi såg:')
            o.p(who, label='Ansvarig:')
            exp(fn, nm, text, st, avv)
    o.h(1, 'Nyckeltal')
    o.p('Besök jan–aug (antal)')
    o.table(['Anläggning', 'Jan–aug 2024', 'Jan–aug 2025', 'Förändring'], [
        ['Huvudbiblioteket', '48 210', '50 930', '+6 %'],
        ['Hedemora simhall', '61 400', '58 870', '-4 %'],
        ['Ishallen', '22 150', '23 010', '+4 %'],
        ['Fritidsgårdarna', '9 820', '10 460', '+7 %'],
    ], ['5cm', '3cm', '3cm', '3cm'])
    o.p('Personal per 31 augusti')
    o.table(['Enhet', 'Tillsvidareanställda', 'Årsarbetare', 'Vakanser'], [
        ['Bibliotek', '11', '10,2', '1'],
        ['Fritid och anläggningar', '17', '16,5', '0'],
        ['Kulturskolan', '14', '11,8', '2'],
    ], ['5cm', '3.5cm', '3cm', '2.5cm'])
    o.p('Hedemora 2025-09-08')
    o.p('Karin Jansson, kultur- och fritidschef')
    o.save(fn)
    FILES.append((fn, 'INLAST', nm, '2025', 'DELAR'))


# =============================================================================
# 4. Tekniska nämnden – checklist with ☒/☐ (.docx) + investment table with a Status column
# =============================================================================
def tn():
    fn = 'Tekniska nämnden IK delår 2025 checklista.docx'
    nm = 'Tekniska nämnden'
    d = docx.Document()
    d.core_properties.author = 'Lars Hedlund'
    d.add_heading('Tekniska nämnden – internkontroll 2025', 0)
    d.add_paragraph('Avstämning per 31 augusti (delår)')
    d.add_paragraph('Kryssa i det alternativ som stämmer för varje kontroll och skriv en kort kommentar. '
                    'Vid avvikelse ska åtgärd anges.').runs[0].italic = True
    B, E = '☒', '☐'
    opts = ['Genomförd', 'Delvis', 'Ej genomförd', 'Ej aktuell']

    def boxes(marks):
        return '   '.join((B if m else E) + ' ' + o for m, o in zip(marks, opts))
    areas = [
        ('Gata och park', [
            ('Kontroll att vinterväghållningsentreprenörens fakturor stämmer mot körrapporter (stickprov tre månader)',
             (1, 0, 0, 0), 'Januari–mars granskade. En faktura var dubbeldebiterad med 18 tkr, kreditfaktura erhållen.',
             'GENOMFORD', True),
            ('Kontroll av att lekplatsbesiktningar är utförda och anmärkningar åtgärdade',
             (0, 1, 0, 0), 'Besiktning utförd i maj. 6 av 11 B-anmärkningar är åtgärdade, resten under hösten.',
             'DELVIS', True),
        ]),
        ('Vatten och avlopp', [
            ('Kontroll av att vattenmätare läses av enligt plan och att schablondebitering inte pågår längre än två år',
             (1, 1, 0, 0), 'Avläsning klar i tätorten, byarna återstår.', 'OKLAR', False),
            ('Stickprov av 10 anslutningsavgifter mot gällande VA-taxa',
             (0, 0, 0, 0), 'Kontrollen är utförd utan anmärkning, samtliga tio avgifter korrekt debiterade.',
             'GENOMFORD', False),
        ]),
        ('Fastighet', [
            ('Kontroll att lagstadgade besiktningar (hiss, OVK, lekredskap på skolgårdar) är utförda',
             (0, 0, 1, 0), 'OVK-besiktningar har inte beställts för 2025 i väntan på upphandling av ny konsult.',
             'EJ_GENOMFORD', False),
            ('Kontroll av hyresavtal för externt inhyrda lokaler mot fakturerad hyra',
             (0, 0, 0, 0), '', 'SAKNAS', False),
            ('Kontroll av drivmedelskort – stickprov av tankningar mot fordon och körjournal',
             (0, 1, 0, 0), 'Stickprov på 20 tankningar, två tankningar kunde inte kopplas till något fordon. Utreds.',
             'DELVIS', True),
        ]),
        ('Kost och städ', [
            ('Kontroll av att specialkost hanteras enligt rutin i skolköken (egenkontroll)',
             (1, 0, 0, 0), 'Inga avvikelser.', 'GENOMFORD', False),
            ('Kontroll av livsmedelsinköp mot avtal (avtalstrohet), stickprov 30 fakturor',
             (0, 0, 0, 1), 'Kontrollen utgår, ingår i kommunstyrelsens kommungemensamma kontroll av avtalstrohet.',
             'UTGAR', False),
        ]),
    ]
    for area, ctrls in areas:
        d.add_heading(area, 2)
        for text, marks, comment, st, avv in ctrls:
            p = d.add_paragraph(style='List Number')
            p.add_run(text).bold = True
            d.add_paragraph(boxes(marks))
            p = d.add_paragraph()
            p.add_run('Kommentar: ').italic = True
            if comment:
                p.add_run(comment)
            exp(fn, nm, text, st, avv)
    d.add_heading('Bilaga – investeringsprojekt, läge per 31 augusti', 2)
    add_table(d, ['Projekt', 'Budget (tkr)', 'Utfall (tkr)', 'Status'], [
        ['Ombyggnad av köket på Vasaskolan', '12 000', '8 450', 'Pågår'],
        ['Ny gång- och cykelväg Långshyttevägen', '4 500', '4 390', 'Klar'],
        ['Relining avloppsledningar Centrum', '6 800', '0', 'Ej påbörjad'],
        ['Belysning elljusspår Gussarvet', '1 200', '1 310', 'Klar'],
    ])
    d.add_paragraph('\nLars Hedlund, teknisk chef, 2025-09-05')
    d.save(fn)
    FILES.append((fn, 'INLAST', nm, '2025', 'DELAR'))


# =============================================================================
# 5. Samhällsbyggnadsnämnden – spreadsheet, status per follow-up occasion (.ods)
# =============================================================================
def sbn():
    fn = 'SBN_internkontroll_2025.ods'
    nm = 'Samhällsbyggnadsnämnden'
    doc = OpenDocumentSpreadsheet()
    a = doc.automaticstyles
    st = {}

    def cs(name, bg=None, bold=False, wrap=True, size=None):
        s = Style(name=name, family='table-cell')
        kw = {'border': '0.5pt solid #808080'} if name not in ('plain', 'title', 'bold') else {}
        if bg:
            kw['backgroundcolor'] = bg
        if wrap:
            kw['wrapoption'] = 'wrap'
        kw['verticalalign'] = 'top'
        s.addElement(TableCellProperties(**kw))
        tp = {}
        if bold:
            tp['fontweight'] = 'bold'
        if size:
            tp['fontsize'] = size
        if tp:
            s.addElement(TextProperties(**tp))
        a.addElement(s)
        st[name] = s
    cs('plain', wrap=False)
    cs('title', bold=True, wrap=False, size='14pt')
    cs('head', bg='#bdd7ee', bold=True)
    cs('group', bg='#e7e6e6', bold=True)
    cs('cell')
    cs('green', bg='#92d050')
    cs('yellow', bg='#ffff00')
    cs('red', bg='#ff6161')
    cs('grey', bg='#d9d9d9')
    cs('bold', bold=True, wrap=False)
    widths = ['1.0cm', '7.5cm', '3.5cm', '2.6cm', '2.6cm', '2.6cm', '8cm']
    fill = {'Genomförd': 'green', 'Påbörjad': 'yellow', 'Pågår': 'yellow', 'Delvis': 'yellow',
            'Ej påbörjad': 'red', 'Ej aktuell': 'grey', '?': 'cell', '': 'cell'}

    tb = Table(name='IK 2025')
    for i, w in enumerate(widths):
        c = Style(name='co%d' % i, family='table-column')
        c.addElement(TableColumnProperties(columnwidth=w))
        a.addElement(c)
        tb.addElement(TableColumn(stylename=c))

    def row(vals, styles):
        tr = TableRow()
        for v, s in zip(vals, styles):
            if isinstance(v, (int, float)):
                c = TableCell(stylename=st[s], valuetype='float', value=v)
                c.addElement(P(text=str(v)))
            else:
                c = TableCell(stylename=st[s], valuetype='string') if v else TableCell(stylename=st[s])
                if v:
                    c.addElement(P(text=v))
            tr.addElement(c)
        tb.addElement(tr)

    def group(text):
        tr = TableRow()
        c = TableCell(stylename=st['group'], valuetype='string', numbercolumnsspanned=7)
        c.addElement(P(text=text))
        tr.addElement(c)
        for _ in range(6):
            tr.addElement(CoveredTableCell())
        tb.addElement(tr)

    row(['Samhällsbyggnadsnämnden'], ['title'])
    row(['Uppföljning av internkontrollplan 2025'], ['bold'])
    row(['Uppföljningstillfälle: delår per 31 augusti 2025. Fyll i status i kolumnen för aktuellt tillfälle.'], ['plain'])
    row([''], ['plain'])
    row(['Nr', 'Kontrollmoment', 'Kontrollansvarig', 'Status april', 'Status augusti',
         'Status december', 'Kommentar/resultat'], ['head'] * 7)
    data = [
        ('Planverksamhet', [
            ('Kontroll att planbesked lämnas inom fyra månader från komplett ansökan', 'Planchef',
             'Påbörjad', 'Genomförd', '', 'Samtliga 9 planbesked lämnade inom tidsgränsen.', 'GENOMFORD', False),
            ('Kontroll av att plankostnadsavtal tecknats före planstart', 'Planchef',
             'Genomförd', '', '', 'Samtliga 4 nya planuppdrag har avtal.', 'GENOMFORD', False),
        ]),
        ('Bostadsanpassning', [
            ('Stickprov av 10 bostadsanpassningsbidrag – beslut mot utbetalning', 'Controller',
             '', 'Delvis', '', '5 av 10 granskade. En felaktig utbetalning (faktura betald två gånger, 12 500 kr) har återkrävts.',
             'DELVIS', True),
            ('Kontroll att bostadsanpassningsärenden handläggs inom åtta veckor', 'Enhetschef BAB',
             'Ej påbörjad', 'Ej påbörjad', '', '', 'EJ_GENOMFORD', False),
        ]),
        ('Mark och exploatering', [
            ('Kontroll av att markanvisningar följer antagen markanvisningspolicy', 'Exploateringsingenjör',
             '', 'Ej aktuell', '', 'Inga markanvisningar har gjorts under 2025.', 'UTGAR', False),
            ('Avstämning av arrendeavgifter mot gällande arrendeavtal', 'Mark- och exploateringschef',
             '', '', '', '', 'SAKNAS', False),
        ]),
        ('Geodata och administration', [
            ('Kontroll att kartunderlag levereras enligt avtal med Lantmäteriet', 'GIS-samordnare',
             '?', '', '', '', 'OKLAR', False),
            ('Uppföljning av att delegationsbeslut anmäls till nämnden', 'Nämndsekreterare',
             'Genomförd', 'Pågår', '', 'Jan–april kontrollerat utan anmärkning. Maj–augusti pågår.', 'DELVIS', False),
        ]),
    ]
    n = 0
    done = 0
    for g, ctrls in data:
        group(g)
        for text, who, s1, s2, s3, com, est, avv in ctrls:
            n += 1
            row([n, text, who, s1, s2, s3, com],
                ['cell', 'cell', 'cell', fill[s1], fill[s2], fill[s3], 'cell'])
            exp(fn, nm, text, est, avv)
            if s2 == 'Genomförd':
                done += 1
    row([''], ['plain'])
    row(['', 'Antal kontrollmoment', '', '', n], ['plain', 'bold', 'plain', 'plain', 'plain'])
    row(['', 'Varav genomförda per augusti', '', '', done], ['plain', 'bold', 'plain', 'plain', 'plain'])
    doc.spreadsheet.addElement(tb)

    tb2 = Table(name='Anvisning')
    tb2.addElement(TableColumn())
    for line in ['Anvisning för uppföljning',
                 'Status anges med något av följande ord:',
                 'Genomförd – grön', 'Påbörjad / Pågår / Delvis – gul', 'Ej påbörjad – röd',
                 'Ej aktuell – grå (kontrollen utgår)',
                 'Skicka filen till ekonomiavdelningen senast 15 september.']:
        tr = TableRow()
        c = TableCell(valuetype='string')
        c.addElement(P(text=line))
        tr.addElement(c)
        tb2.addElement(tr)
    doc.spreadsheet.addElement(tb2)
    doc.save(fn)
    FILES.append((fn, 'INLAST', nm, '2025', 'DELAR'))


# =============================================================================
# 6. Stratsys-like export, two förvaltningar, row per control and period (.csv, Windows-1252)
# =============================================================================
def export_csv():
    fn = 'Export_Internkontroll_20250915.csv'
    hdr = ['Organisation', 'Plan', 'Process', 'Kontrollmoment', 'Period', 'Status', 'Kommentar',
           'Avvikelse', 'Ansvarig', 'Senast ändrad']
    ks = ('Kommunledningsförvaltningen', 'Kommunstyrelsen')
    mb = ('Miljö- och byggförvaltningen', 'Miljö- och byggnämnden')
    # (org, process, control, ansvarig, [(T1 status, comment, avv), (Delår status, comment, avv)], exp, avv)
    C = [
        (ks, 'Leverantörsreskontra', 'Kontroll av att leverantörsregistret inte innehåller dubbletter eller inaktuella bankgironummer',
         'Redovisningschef', [('Genomförd', 'Registret genomgått, 14 inaktiva leverantörer spärrade.', 'Nej'),
                              ('Genomförd', 'Ny genomgång i augusti utan anmärkning.', 'Nej')], 'GENOMFORD', False),
        (ks, 'Förtroendekänsliga poster', 'Stickprov av representationsfakturor – syfte, deltagare och momsavdrag',
         'Controller KLF', [('Pågående', '', ''),
                            ('Genomförd', '3 av 25 fakturor saknade deltagarförteckning, för högt momsavdrag i ett fall.', 'Ja')],
         'GENOMFORD', True),
        (ks, 'Delegation', 'Kontroll att beslut fattade på delegation anmäls till kommunstyrelsen',
         'Kanslichef', [('Genomförd', 'Samtliga beslut jan–mars anmälda.', 'Nej'), ('', '', '')], 'GENOMFORD', False),
        (ks, 'Lön', 'Kontroll av lönetransaktioner – stickprov av 20 manuella lönetillägg',
         'Lönechef', [('Ej påbörjad', '', ''), ('Pågående', '12 av 20 kontrollerade.', 'Nej')], 'DELVIS', False),
        (ks, 'Inköp', 'Uppföljning av att andelen inköp från avtalade leverantörer är minst 85 %',
         'Upphandlingschef', [('', '', ''),
                              ('Ej genomförd', 'Statistik från e-handelssystemet saknas p.g.a. systembyte.', '')],
         'EJ_GENOMFORD', False),
        (ks, 'Informationssäkerhet', 'Kontroll att informationsklassning gjorts för kommunens verksamhetskritiska system',
         'Informationssäkerhetssamordnare', [('', '', ''), ('', '', '')], 'SAKNAS', False),
        (ks, 'Attest', 'Kontroll av att attestförteckningar är uppdaterade för samtliga ansvar',
         'Redovisningschef', [('Genomförd', '', 'Nej'),
                              ('Genomförd med anmärkning', 'Fem ansvar hade attestanter som slutat. Rättat i Raindance.', 'Ja')],
         'GENOMFORD', True),
        (ks, 'Kontanthantering', 'Kontroll av kontanthantering i medborgarservice',
         'Enhetschef medborgarservice', [('Ej aktuell', 'Kontantkassan avvecklades 2025-03-01.', ''), ('', '', '')],
         'UTGAR', False),
        (mb, 'Taxor och avgifter', 'Kontroll att tillsynsavgifter debiteras enligt taxa – stickprov 15 ärenden',
         'Miljöchef', [('Pågående', '', ''), ('Genomförd', 'Samtliga 15 korrekt debiterade.', 'Nej')], 'GENOMFORD', False),
        (mb, 'Bygglov', 'Kontroll att bygglov beslutas inom lagstadgad tid (10 veckor)',
         'Bygglovschef', [('Genomförd', '', 'Nej'),
                          ('Genomförd', '2 av 48 ärenden över 10 veckor, avgiften reducerad enligt PBL.', 'Ja')],
         'GENOMFORD', True),
        (mb, 'Livsmedelskontroll', 'Kontroll att livsmedelskontrollplanen följs (utförda mot planerade inspektioner)',
         'Miljöchef', [('Pågående', '28 %', ''), ('Pågående', '61 % av planerade kontroller utförda.', 'Nej')],
         'DELVIS', False),
        (mb, 'Myndighetsutövning', 'Kontroll av jäv i handläggningen – genomgång av 10 ärenden',
         'Nämndsekreterare', [('', '', ''),
                              ('Osäkert', 'Oklart om kontrollen ska göras av nämndsekreteraren eller förvaltningen.', '')],
         'OKLAR', False),
        (mb, 'Myndighetsutövning', 'Kontroll att beslut expedieras inom en vecka från beslutsdatum',
         'Administratör', [('Ej påbörjad', '', ''), ('Ej påbörjad', '', '')], 'EJ_GENOMFORD', False),
        (mb, 'Dokumenthantering', 'Kontroll av diarieföring av inkomna klagomål inom miljö- och hälsoskydd',
         'Registrator', [('Genomförd', 'Stickprov 20 klagomål, samtliga diarieförda.', 'Nej'), ('', '', '')],
         'GENOMFORD', False),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    w.writerow(hdr)
    dates = ['2025-05-06', '2025-09-11']
    for org, proc, text, who, per, est, avv in C:
        for (s, com, av), pname, dt in zip(per, ['T1 2025', 'Delår 2025'], dates):
            w.writerow([org[0], 'Internkontrollplan 2025', proc, text, pname, s, com, av, who,
                        dt if (s or com) else ''])
        exp(fn, org[1], text, est, avv)
    with open(fn, 'wb') as f:
        f.write(buf.getvalue().encode('cp1252'))
    FILES.append((fn, 'INLAST', 'Kommunstyrelsen', '2025', 'DELAR'))
    FILES.append((fn, 'INLAST', 'Miljö- och byggnämnden', '2025', 'DELAR'))


# =============================================================================
# 7. Arbetsmarknads- och integrationsnämnden – table per process, symbols, legend table (.odt)
# =============================================================================
def amin():
    fn = 'AMIN delårsuppföljning internkontroll 2025-08-31.odt'
    nm = 'Arbetsmarknads- och integrationsnämnden'
    o = OdtBuilder()
    o.t('Arbetsmarknads- och integrationsnämnden')
    o.p('Delårsuppföljning av intern kontroll 2025 – läge 2025-08-31')
    o.p('Ansvarig tjänsteperson: Sofia Mattsson, verksamhetscontroller')
    o.h(1, 'Teckenförklaring')
    o.table(['Symbol', 'Innebär'], [
        ['●', 'Genomförd'],
        ['◐', 'Delvis genomförd / pågår'],
        ['○', 'Ej genomförd'],
        ['—', 'Utgår'],
    ], ['2cm', '8cm'])
    procs = [
        ('Arbetsmarknadsinsatser', [
            ('Kontroll av att deltagare i extratjänster har giltiga beslut från Arbetsförmedlingen',
             'Kvartalsvis', '●', 'Samtliga 18 deltagare har giltiga beslut.', 'GENOMFORD', False),
            ('Stickprov av närvarorapportering inom arbetsträning (10 deltagare)',
             'Per termin', '◐', 'Vårens närvarorapporter granskade. Två rapporter saknade handledarens '
             'underskrift. Höstens stickprov i november.', 'DELVIS', True),
        ]),
        ('Statsbidrag och ersättningar', [
            ('Kontroll att ansökan om statlig ersättning för nyanlända görs inom föreskriven tid',
             'Halvår', '●', 'En ansökan lämnades in för sent och ersättning om 38 tkr gick förlorad. '
             'Bevakning i ärendesystemet har införts.', 'GENOMFORD', True),
            ('Kontroll av att lönebidrag och anställningsstöd rekvireras varje månad',
             'Månadsvis', '○', '', 'EJ_GENOMFORD', False),
        ]),
        ('Ekonomi', [
            ('Inventering av presentkort och matkuponger för deltagare',
             'Halvår', '—', 'Presentkort och kuponger används inte längre sedan januari.', 'UTGAR', False),
            ('Kontroll att fakturering av interna arbetsmarknadstjänster sker kvartalsvis',
             'Kvartalsvis', '', 'Fakturering för kvartal 1 och 2 har gjorts enligt plan, kontrollerat mot '
             'kundreskontran.', 'GENOMFORD', False),
            ('Kontroll att avvikelser i deltagarregistret rättas inom en månad',
             'Halvår', '?', '', 'OKLAR', False),
        ]),
    ]
    o.h(1, 'Uppföljning per process')
    for proc, ctrls in procs:
        o.h(2, 'Process: ' + proc)
        o.table(['Kontrollmoment', 'Frekvens', 'Utfall', 'Kommentar'],
                [[c[0], c[1], c[2], c[3]] for c in ctrls], ['7cm', '2.3cm', '1.5cm', '6.5cm'])
        for c in ctrls:
            exp(fn, nm, c[0], c[4], c[5])
    o.h(1, 'Deltagare i arbetsmarknadsinsatser')
    o.p('Tabellen visar antal unika deltagare per månad och ingår inte i internkontrollplanen.')
    o.table(['Insats', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug'], [
        ['Extratjänst', '16', '17', '18', '18', '18', '17', '15', '18'],
        ['Arbetsträning', '34', '36', '39', '41', '40', '31', '12', '29'],
        ['Språkpraktik', '11', '12', '12', '13', '13', '9', '3', '10'],
    ])
    o.save(fn)
    FILES.append((fn, 'INLAST', nm, '2025', 'DELAR'))


# =============================================================================
# 8. Överförmyndarnämnden – last year's helår file sent by mistake (.docx, 2024)
# =============================================================================
def ofn():
    fn = 'Överförmyndarnämnden uppföljning internkontroll helår 2024.docx'
    nm = 'Överförmyndarnämnden'
    d = docx.Document()
    d.add_heading('Uppföljning internkontrollplan 2024 – helår', 1)
    d.add_paragraph('Nämnd: Överförmyndarnämnden\nÅr: 2024\nDatum: 2025-01-22')
    rows = [
        ('1', 'Granskning av årsräkningar – stickprov 20 akter, kontroll av verifikat', 'Klar',
         'Brister i verifikat i 3 akter, kompletteringar begärda och inkomna.', 'GENOMFORD', True),
        ('2', 'Kontroll att ställföreträdare har giltigt utdrag ur belastningsregistret vid förordnande',
         'Klar', 'Samtliga 11 nya förordnanden kontrollerade.', 'GENOMFORD', False),
        ('3', 'Kontroll att överförmyndarspärr finns på omyndigas bankkonton', 'Delvis',
         '32 av 45 konton kontrollerade, övriga görs 2025.', 'DELVIS', False),
        ('4', 'Kontroll av arvodesbeslut mot nämndens riktlinjer', 'Ej klar',
         'Hanns inte med på grund av sjukskrivning.', 'EJ_GENOMFORD', False),
        ('5', 'Kontroll att akter gallras enligt dokumenthanteringsplanen', 'Klar', 'Gallring genomförd i november.',
         'GENOMFORD', False),
    ]
    add_table(d, ['Nr', 'Kontrollmoment', 'Status', 'Kommentar'], [r[:4] for r in rows])
    for r in rows:
        exp(fn, nm, r[1], r[4], r[5])
    d.add_paragraph('\nEva Persson, handläggare överförmyndarenheten')
    d.save(fn)
    FILES.append((fn, 'INLAST', nm, '2024', 'HELAR'))


NAMNDER = [
    ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|KLF'),
    ('Barn- och utbildningsnämnden', 'BUN|Barn- och utbildningsförvaltningen|BUF'),
    ('Socialnämnden', 'SN|Socialförvaltningen|SOC'),
    ('Kultur- och fritidsnämnden', 'KFN|Kultur- och fritidsförvaltningen|Kultur och fritid'),
    ('Tekniska nämnden', 'TN|Tekniska förvaltningen'),
    ('Samhällsbyggnadsnämnden', 'SBN|Samhällsbyggnadsförvaltningen'),
    ('Miljö- och byggnämnden', 'MBN|Miljö- och byggförvaltningen'),
    ('Arbetsmarknads- och integrationsnämnden', 'AMIN|AMI|Arbetsmarknad och integration'),
    ('Överförmyndarnämnden', 'ÖFN|Överförmyndarenheten'),
    ('Valnämnden', 'VN'),
    ('Krisledningsnämnden', 'KLN'),
]


def write_csvs():
    def wr(name, header, rows):
        with open(name, 'w', encoding='utf-8', newline='') as f:
            f.write(header + '\n')
            for r in rows:
                f.write(';'.join(r) + '\n')
    wr('namnder.csv', 'nämnd;alias', NAMNDER)
    wr('files.csv', 'fil;utfall;nämnd;år;period', FILES)
    wr('expected.csv', 'fil;nämnd;kontrollmoment;status;avvikelse', EXPECTED)


if __name__ == '__main__':
    clean_old()
    bun()
    sn()
    kfn()
    tn()
    sbn()
    export_csv()
    amin()
    ofn()
    write_csvs()
    print('files', len(FILES), 'controls', len(EXPECTED))
