#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 75 – Karlstads kommun (Värmland). Inbox in May 2026: T1 2026 follow-ups
(many controls not yet due) plus late helår 2025 follow-ups.
Builds every file and namnder.csv / files.csv / expected.csv from scratch."""
import csv
import glob
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, TableColumnProperties,
                       TableCellProperties, ParagraphProperties)
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv


def exp(fil, namnd, km, status, avv):
    assert ';' not in km and '\n' not in km, km
    assert status in ('GENOMFORD', 'DELVIS', 'EJ_GENOMFORD', 'UTGAR', 'SAKNAS', 'OKLAR')
    EXPECTED.append([fil, namnd, km, status, 'ja' if avv else 'nej'])


def clean():
    keep = {'make_round.py', 'README.md'}
    for p in glob.glob(os.path.join(OUT, '*')) + glob.glob(os.path.join(OUT, '.~lock*')):
        if os.path.basename(p) not in keep and os.path.isfile(p):
            os.remove(p)


THIN = Side(style='thin', color='808080')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical='top')


# ---------------------------------------------------------------------------
# 1. Barn- och ungdomsnämnden – T1 2026, xlsx, title rows, group rows, status words,
#    "Kontrolltidpunkt" column saying when each control is due
# ---------------------------------------------------------------------------
def f_bun():
    fil = 'BUN_IK-uppföljning_T1_2026.xlsx'
    namnd = 'Barn- och ungdomsnämnden'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Uppföljning T1'
    ws['A1'] = 'Barn- och ungdomsnämnden – Uppföljning av internkontrollplan 2026'
    ws['A1'].font = Font(bold=True, size=14)
    ws.merge_cells('A1:H1')
    ws['A2'] = 'Uppföljningsperiod: Tertial 1 (januari–april), per 2026-04-30'
    ws.merge_cells('A2:H2')
    ws['A3'] = 'Upprättad av: Lena Forsberg, controller Barn- och ungdomsförvaltningen   Datum: 2026-05-06'
    ws.merge_cells('A3:H3')
    hdr = ['Nr', 'Process', 'Kontrollmoment', 'Metod', 'Ansvarig', 'Kontrolltidpunkt enl. plan',
           'Status T1', 'Kommentar / iakttagelser']
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True, color='FFFFFF')
        c.fill = PatternFill('solid', fgColor='1F4E78')
        c.alignment = WRAP
        c.border = BOX
    groups = [
        ('1. Ekonomi och inköp', [
            ('1.1', 'Inköp', 'Stickprov av 20 leverantörsfakturor mot avtal och avtalskatalog',
             'Stickprov', 'Ekonom BUF', 'T1 och T3', 'Genomförd',
             '20 fakturor granskade. 3 saknade giltigt avtal (direktupphandling över beloppsgränsen i två fall). '
             'Återkopplat till berörda rektorer.', 'GENOMFORD', True),
            ('1.2', 'Representation', 'Kontroll att representation och förtroendekänsliga poster har korrekt '
             'underlag (deltagare, syfte)', 'Stickprov 10 verifikat', 'Redovisningsansvarig', 'T2',
             'Planerad Q3', 'Görs i samband med delårsbokslutet per 31 augusti.', 'EJ_GENOMFORD', False),
            ('1.3', 'Intäkter', 'Kontroll att barnomsorgsavgifter debiteras enligt aktuell inkomstuppgift (maxtaxa)',
             'Avstämning mot inkomstuppgifter', 'Avgiftshandläggare', 'Löpande, redovisas T1/T2/T3', 'Pågår',
             'Avstämning för januari–mars gjord, april återstår.', 'DELVIS', False),
        ]),
        ('2. Verksamhet', [
            ('2.1', 'Placering i förskola', 'Kontroll att erbjudande om förskoleplats lämnas inom fyra månader '
             'från ansökan', 'Uttag ur placeringssystemet', 'Placeringsenheten', 'T1 och T3',
             'Genomförd med anmärkning',
             '7 av 312 erbjudanden lämnades efter mer än fyra månader (område Norr).', 'GENOMFORD', True),
            ('2.2', 'Kränkande behandling', 'Kontroll att anmälningar om kränkande behandling rapporteras till '
             'huvudman inom fem arbetsdagar', 'Genomgång av ärenden i anmälningssystemet', 'Verksamhetsutvecklare',
             'T1, T2, T3', None,
             'Genomgång gjord av 48 anmälningar under perioden, samtliga rapporterade i tid.', 'GENOMFORD', False),
            ('2.3', 'Skolplikt', 'Uppföljning av elever med hög frånvaro – att frånvaroutredning inleds enligt rutin',
             'Genomgång av frånvarorapporter', 'Elevhälsochef', 'T2', 'Ej aktuell denna period',
             'Kontrolleras efter läsårets slut.', 'UTGAR', False),
        ]),
        ('3. Personal och arbetsmiljö', [
            ('3.1', 'Rekrytering', 'Kontroll att utdrag ur belastningsregistret har uppvisats vid nyanställning',
             'Stickprov 15 anställningar', 'HR-konsult', 'T1', 'Genomförd', '15 av 15 i ordning.',
             'GENOMFORD', False),
            ('3.2', 'Arbetsmiljö', 'Kontroll att skyddsronder genomförts på samtliga förskolor och skolor',
             'Enkät till rektorer', 'HR/skyddsombud', 'Helår', 'Genomförs under hösten', None,
             'EJ_GENOMFORD', False),
        ]),
        ('4. Informationssäkerhet', [
            ('4.1', 'Behörigheter', 'Kontroll av behörigheter i elevregistret – att avslutade anställningar har '
             'tagits bort', 'Logguttag', 'Systemförvaltare', 'T1', 'Osäkert',
             'Loggen från leverantören har inte kommit in, oklart om uttaget är komplett.', 'OKLAR', False),
        ]),
    ]
    row = 6
    n_done = 0
    total = 0
    for gname, ctrls in groups:
        ws.cell(row=row, column=1, value=gname).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=row, column=col).fill = PatternFill('solid', fgColor='D9D9D9')
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1
        for (nr, proc, km, metod, ansv, tid, status, komm, expst, avv) in ctrls:
            vals = [nr, proc, km, metod, ansv, tid, status, komm]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            exp(fil, namnd, km, expst, avv)
            total += 1
            if status and status.startswith('Genomförd'):
                n_done += 1
            row += 1
    row += 1
    ws.cell(row=row, column=1, value='Summering')
    ws.cell(row=row, column=1).font = Font(bold=True)
    ws.cell(row=row, column=3, value=f'Genomförda kontroller per T1: {n_done} av {total}')
    row += 2
    ws.cell(row=row, column=1, value='Kolumnen "Kontrolltidpunkt enl. plan" anger när kontrollen ska vara genomförd '
                                      'enligt den av nämnden beslutade internkontrollplanen 2026 (BUN 2025-12-10 § 112).')
    widths = [6, 18, 48, 24, 20, 18, 22, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = 'A6'
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, 'INLAST', namnd, '2026', 'T1'])


# ---------------------------------------------------------------------------
# 2. Gymnasienämnden – T1 2026, .odt, heading per process, label/value table per control,
#    status as a ☒/☐ checklist
# ---------------------------------------------------------------------------
def f_gn():
    fil = 'GN Uppföljning internkontroll T1 2026.odt'
    namnd = 'Gymnasienämnden'
    doc = OpenDocumentText()
    bold = Style(name='Fet', family='text')
    bold.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bold)
    cellst = Style(name='Cell', family='table-cell')
    cellst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
    doc.automaticstyles.addElement(cellst)
    c1 = Style(name='ColA', family='table-column')
    c1.addElement(TableColumnProperties(columnwidth='4.5cm'))
    c2 = Style(name='ColB', family='table-column')
    c2.addElement(TableColumnProperties(columnwidth='12cm'))
    doc.automaticstyles.addElement(c1)
    doc.automaticstyles.addElement(c2)

    doc.text.addElement(H(outlinelevel=1, text='Gymnasienämnden – uppföljning av internkontrollplan 2026'))
    doc.text.addElement(P(text='Tertial 1, perioden 1 januari – 30 april 2026'))
    doc.text.addElement(P(text='Gymnasieförvaltningen, Karlstads kommun. Handläggare: Per Sundqvist, '
                               'verksamhetscontroller. Datum: 2026-05-07'))
    doc.text.addElement(P(text='Nämnden beslutade om internkontrollplan 2026 den 10 december 2025. Flera kontroller '
                               'i planen är schemalagda till T2 eller helår och redovisas därför som ej aktuella i '
                               'denna uppföljning. Raden "Ska vara klar" anger när kontrollen ska vara utförd enligt '
                               'planen.'))
    OPTS = ['Genomförd', 'Pågår', 'Ej genomförd', 'Ej aktuell under perioden']

    def checklist(ticked):
        return '   '.join(('☒ ' if o in ticked else '☐ ') + o for o in OPTS)

    procs = [
        ('Process: Elevadministration och betyg', [
            ('Kontroll att betyg i examensbevis överensstämmer med beslutade kursbetyg (stickprov 25 elever)',
             '2026-06-30', ['Ej aktuell under perioden'], 'Examensbevis utfärdas i juni. Kontrollen görs då.', '',
             'UTGAR', False),
            ('Kontroll att rapportering av ogiltig frånvaro till CSN sker inom rutinens tidsgränser',
             'Varje tertial', ['Genomförd'],
             'Stickprov av 30 rapporter. 2 rapporter skickades mer än 30 dagar efter frånvaron.',
             'Påminnelse till mentorer på Sundstagymnasiet via rektor.', 'GENOMFORD', True),
            ('Kontroll av interkommunal ersättning – fakturor till andra kommuner stäms av mot elevregistret',
             'T1 och T3', ['Pågår'], 'Vårterminens fakturering avstämd till cirka 80 procent.', '',
             'DELVIS', False),
            ('Kontroll att inackorderingstillägg betalas ut endast till behöriga elever',
             'T2', ['Genomförd', 'Pågår'], 'Stickprov påbörjat, 12 av 20 kontrollerade, inga fel hittills.', '',
             'OKLAR', False),
        ]),
        ('Process: Ekonomi', [
            ('Kontroll att attestförteckningen är aktuell och att attest sker enligt delegationsordningen',
             'T1', ['Genomförd'],
             'Attestförteckningen uppdaterad 2026-02-01. Vid stickprov hade 2 fakturor attesterats av ersättare '
             'utan förordnande.', 'Förordnanden kompletterade i mars.', 'GENOMFORD', True),
        ]),
        ('Process: Lokaler och säkerhet', [
            ('Kontroll att systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga skolenheter',
             'Helår', [], 'Planerad Q3, i samband med höstterminens start.', '', 'EJ_GENOMFORD', False),
            ('Kontroll att läromedelsinköp sker via avtalade leverantörer',
             'T3', [], '', '', 'SAKNAS', False),
        ]),
    ]
    tno = 0
    for pname, ctrls in procs:
        doc.text.addElement(H(outlinelevel=2, text=pname))
        for (km, tid, ticked, iakt, atg, expst, avv) in ctrls:
            tno += 1
            t = Table(name=f'Kontroll{tno}')
            t.addElement(TableColumn(stylename=c1))
            t.addElement(TableColumn(stylename=c2))
            for lab, val in [('Kontrollmoment', km), ('Ska vara klar', tid), ('Status', checklist(ticked)),
                             ('Iakttagelser', iakt), ('Åtgärd', atg)]:
                tr = TableRow()
                ca = TableCell(stylename=cellst, valuetype='string')
                pa = P()
                pa.addElement(Span(stylename=bold, text=lab))
                ca.addElement(pa)
                cb = TableCell(stylename=cellst, valuetype='string')
                cb.addElement(P(text=val))
                tr.addElement(ca)
                tr.addElement(cb)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(text=''))
            exp(fil, namnd, km, expst, avv)
    doc.text.addElement(P(text='Sammantaget bedömer förvaltningen att arbetet med den interna kontrollen följer '
                               'planen. En samlad bedömning görs i samband med helårsuppföljningen.'))
    doc.save(os.path.join(OUT, fil))
    FILES.append([fil, 'INLAST', namnd, '2026', 'T1'])


# ---------------------------------------------------------------------------
# 3. Vård- och omsorgsnämnden – T1 2026, .xls (via soffice), status only as fill colour with legend,
#    "Planerad kontroll" column with quarters
# ---------------------------------------------------------------------------
def f_von(tmpdir):
    fil = 'VON Internkontroll 2026 T1.xls'
    namnd = 'Vård- och omsorgsnämnden'
    GREEN, YELLOW, RED, GREY = '00B050', 'FFFF00', 'FF0000', 'BFBFBF'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'IKP 2026'
    ws['A1'] = 'Vård- och omsorgsnämnden'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Internkontrollplan 2026 – uppföljning tertial 1 (per 30 april 2026)'
    ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Vård- och omsorgsförvaltningen, kvalitetsavdelningen'
    hdr = ['Risk/område', 'Kontrollmoment', 'Omfattning', 'Ansvar', 'Planerad kontroll', 'Status', 'Kommentar']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    ctrls = [
        ('Läkemedelshantering', 'Kontroll att signeringslistor för läkemedel är kompletta',
         'Stickprov 3 enheter per kvartal', 'MAS', 'Q1–Q4', GREEN,
         'Tre enheter kontrollerade. 4 osignerade doser på Hagalunds vård- och omsorgsboende, avvikelser '
         'registrerade och åtgärdade.', 'GENOMFORD', True),
        ('Avgifter', 'Kontroll att omsorgsavgifter debiteras enligt beslut', 'Stickprov 25 brukare',
         'Avgiftsenheten', 'Q2', GREY, 'Görs i juni.', 'UTGAR', False),
        ('Hemtjänst', 'Kontroll att utförd tid i hemtjänsten stämmer med beviljad tid', 'Samtliga områden',
         'Områdeschefer', 'Q1', YELLOW, 'Analys pågår, två av fem områden klara.', 'DELVIS', False),
        ('Dokumentation', 'Kontroll att genomförandeplaner upprättas inom 14 dagar från beslut',
         'Stickprov 30 beslut', 'Enhetschefer', 'Q1, Q3', RED,
         'Ej genomförd på grund av byte av verksamhetssystem.', 'EJ_GENOMFORD', False),
        ('Basal hygien', 'Kontroll av följsamhet till basala hygienrutiner genom observationsmätning',
         'Samtliga boenden', 'Hygiensjuksköterska', 'Q1', GREEN,
         'Följsamhet 78 procent, under målet 90 procent. Handlingsplaner upprättas på tre boenden.',
         'GENOMFORD', True),
        ('Lön', 'Kontroll att rätt OB- och övertidsersättning betalas ut', 'Stickprov 20 lönespecifikationer',
         'HR/lön', 'Q3', GREY, 'Planerad Q3.', 'UTGAR', False),
        ('Privata utförare', 'Uppföljning att privata utförare inom LOV har lämnat verksamhetsberättelse',
         'Samtliga LOV-utförare', 'Avtalsuppföljare', 'Q2', None, None, 'SAKNAS', False),
        ('Lex Sarah', 'Kontroll att lex Sarah-rapporter utreds och avslutas inom två månader',
         'Samtliga rapporter', 'Kvalitetsstrateg', 'Q1–Q4', YELLOW,
         'Genomförd. 2 av 9 utredningar tog mer än två månader.', 'DELVIS', True),
    ]
    r = 6
    for (risk, km, omf, ansv, plan, fill, komm, expst, avv) in ctrls:
        for i, v in enumerate([risk, km, omf, ansv, plan, None, komm], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        if fill:
            ws.cell(row=r, column=6).fill = PatternFill('solid', fgColor=fill)
        exp(fil, namnd, km, expst, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Teckenförklaring status').font = Font(bold=True)
    for fill, txt in [(GREEN, 'Genomförd'), (YELLOW, 'Pågår / delvis genomförd'), (RED, 'Ej genomförd'),
                      (GREY, 'Ej aktuell för perioden')]:
        r += 1
        ws.cell(row=r, column=1).fill = PatternFill('solid', fgColor=fill)
        ws.cell(row=r, column=2, value=txt)
    for i, w in enumerate([20, 50, 26, 18, 14, 10, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    xlsx = os.path.join(tmpdir, 'VON Internkontroll 2026 T1.xlsx')
    wb.save(xlsx)
    convert(xlsx, 'xls', tmpdir)
    shutil.move(os.path.join(tmpdir, 'VON Internkontroll 2026 T1.xls'), os.path.join(OUT, fil))
    FILES.append([fil, 'INLAST', namnd, '2026', 'T1'])


def convert(path, fmt, outdir):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_round75', '--headless',
                    '--convert-to', fmt, '--outdir', outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 4. Stratsys-like CSV export, Windows-1252, two nämnder, row per control and period
# ---------------------------------------------------------------------------
def f_stratsys():
    fil = 'Stratsys_export_internkontroll_T1_2026.csv'
    rows = [
        ('Arbetsmarknads- och socialnämnden', 'Arbetsmarknads- och socialförvaltningen', 'Ekonomiskt bistånd',
         'Stickprov av 25 utbetalningar av ekonomiskt bistånd – kontroll mot beslut och underlag',
         'Tertialvis', '2026-04-30', 'Genomförd',
         '25 ärenden granskade, 1 dubbelutbetalning (2 450 kr) upptäckt och återkrävd.', 'Ja',
         'GENOMFORD', True),
        ('Arbetsmarknads- och socialnämnden', 'Arbetsmarknads- och socialförvaltningen', 'Barn och unga',
         'Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar',
         'Tertialvis', '2026-04-30', 'Genomförd', '94 % inom 14 dagar (mål 100 %). Orsak: hög inströmning i mars.',
         'Ja', 'GENOMFORD', True),
        ('Arbetsmarknads- och socialnämnden', 'Arbetsmarknads- och socialförvaltningen', 'Placeringar',
         'Kontroll av att placeringar på HVB och i familjehem görs inom ramavtal',
         'Halvår', '2026-08-31', 'Planerad Q3', '', 'Nej', 'EJ_GENOMFORD', False),
        ('Arbetsmarknads- och socialnämnden', 'Arbetsmarknads- och socialförvaltningen', 'Arbetsmarknad',
         'Kontroll att anställningsstöd för extratjänster rekvireras från Arbetsförmedlingen',
         'Kvartalsvis', '2026-03-31', 'Pågående', 'Rekvisition för januari–februari klar, mars pågår.', 'Nej',
         'DELVIS', False),
        ('Arbetsmarknads- och socialnämnden', 'Arbetsmarknads- och socialförvaltningen', 'Informationssäkerhet',
         'Kontroll av loggar i verksamhetssystemet avseende obehörig åtkomst',
         'Helår', '2026-11-30', 'Ej aktuell denna period', '', 'Nej', 'UTGAR', False),
        ('Arbetsmarknads- och socialnämnden', 'Arbetsmarknads- och socialförvaltningen', 'Barn och unga',
         'Kontroll av att utredningstiden i barnavårdsutredningar inte överstiger fyra månader',
         'Tertialvis', '2026-04-30', '', 'Ej genomförd under T1 på grund av vakanser på utredningsenheten.', '',
         'EJ_GENOMFORD', False),
        ('Kultur- och fritidsnämnden', 'Kultur- och fritidsförvaltningen', 'Bidrag',
         'Kontroll att föreningsbidrag betalas ut enligt beslutade riktlinjer (stickprov 10 föreningar)',
         'Tertialvis', '2026-04-30', 'Genomförd', 'Inga avvikelser.', 'Nej', 'GENOMFORD', False),
        ('Kultur- och fritidsnämnden', 'Kultur- och fritidsförvaltningen', 'Kontanthantering',
         'Kontroll av kassahantering på Sundstabadet – dagskassor stäms av mot kassasystemet',
         'Månadsvis', 'Löpande', 'Genomförd', 'Differens 1 200 kr i mars, utredd och rapporterad.', 'Ja',
         'GENOMFORD', True),
        ('Kultur- och fritidsnämnden', 'Kultur- och fritidsförvaltningen', 'Uthyrning',
         'Kontroll att bokning och debitering av idrottshallar sker enligt taxa',
         'Halvår', '2026-06-30', 'Pågående', 'Januari–februari kontrollerade.', 'Nej', 'DELVIS', False),
        ('Kultur- och fritidsnämnden', 'Kultur- och fritidsförvaltningen', 'Skydd av tillgångar',
         'Kontroll av inventarieförteckning på bibliotek och fritidsgårdar',
         'Helår', '2026-10-31', 'Genomförs under hösten', '', 'Nej', 'EJ_GENOMFORD', False),
        ('Kultur- och fritidsnämnden', 'Kultur- och fritidsförvaltningen', 'Konst',
         'Kontroll att konstinköp diarieförs och registreras i konstregistret',
         'Helår', '2026-12-31', 'Ej aktuell denna period', '', 'Nej', 'UTGAR', False),
    ]
    hdr = ['Nämnd', 'Förvaltning', 'Process', 'Kontrollmoment', 'Frekvens', 'Planerat klart',
           'Period', 'Status', 'Kommentar', 'Avvikelse']
    with open(os.path.join(OUT, fil), 'w', encoding='cp1252', newline='') as f:
        f.write('Rapport: Internkontroll – uppföljning kontrollmoment;Utskriven 2026-05-04 09:12;'
                'Användare: maria.eklund\r\n')
        w = csv.writer(f, delimiter=';', lineterminator='\r\n')
        w.writerow(hdr)
        for (nm, forv, proc, km, frek, klart, st, komm, avvc, expst, avv) in rows:
            w.writerow([nm, forv, proc, km, frek, klart, 'Tertial 1 2026', st, komm, avvc])
            exp(fil, nm, km, expst, avv)
    FILES.append([fil, 'INLAST', 'Arbetsmarknads- och socialnämnden', '2026', 'T1'])
    FILES.append([fil, 'INLAST', 'Kultur- och fritidsnämnden', '2026', 'T1'])


# ---------------------------------------------------------------------------
# 5. Teknik- och fastighetsnämnden – helår 2025 sent late. xlsx, codes with legend, T1|T2|T3 side by side
# ---------------------------------------------------------------------------
def f_tfn():
    fil = 'Teknik- och fastighetsnämnden IK-uppföljning.xlsx'
    namnd = 'Teknik- och fastighetsnämnden'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Uppföljning'
    ws['A1'] = 'Teknik- och fastighetsnämnden'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Internkontrollplan 2025 – uppföljning T1, T2 och T3 (helår)'
    ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Statuskoder: 1 = Genomförd utan anmärkning, 2 = Genomförd med anmärkning, ' \
               '3 = Delvis genomförd/pågår, 4 = Ej genomförd, 5 = Utgår'
    ws['A3'].font = Font(italic=True)
    hdr = ['Nr', 'Process', 'Kontrollmoment', 'T1', 'T2', 'T3 (helår)', 'Kommentar helår']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='C6E0B4')
        c.border = BOX
    groups = [
        ('Fastighetsavdelningen', [
            (1, 'Fastighetsunderhåll', 'Kontroll att underhållsplanen följs – stickprov 10 planerade åtgärder',
             None, 3, 1, '10 av 10 åtgärder utförda enligt plan vid årets slut.', 'GENOMFORD', False),
            (2, 'Hyresavtal', 'Kontroll att hyresavtal för externt inhyrda lokaler är aktuella och indexuppräknade',
             1, 1, 2, 'Två avtal hade inte indexuppräknats för 2025. Rättat i december.', 'GENOMFORD', True),
        ]),
        ('Gatu- och parkavdelningen', [
            (3, 'Vinterväghållning', 'Kontroll av entreprenörens utförande av vinterväghållning mot avtal '
             '(stickprov)', 1, None, None, 'Kontroll gjord under vintersäsongen januari–mars.', 'GENOMFORD', False),
            (4, 'Inköp', 'Stickprov av 20 leverantörsfakturor mot avtal', 3, 3, 4,
             'Kontrollen slutfördes inte på grund av personalbrist på ekonomienheten. Flyttas till 2026.',
             'EJ_GENOMFORD', False),
            (5, 'Inköp', 'Kontroll att direktupphandlingar över 100 tkr dokumenteras', None, None, 0,
             None, 'OKLAR', False),
        ]),
        ('Stödfunktioner', [
            (6, 'Fordon', 'Kontroll av körjournaler för kommunens fordon (stickprov 15 fordon)', 1, 1, 1,
             'Inga avvikelser.', 'GENOMFORD', False),
            (7, 'Arbetsmiljö', 'Kontroll att arbetsledare har genomgått arbetsmiljöutbildning (BAM)', 3, 3, 3,
             '22 av 31 arbetsledare utbildade, resterande bokade våren 2026.', 'DELVIS', False),
            (8, 'Avfall', 'Kontroll att avfallstaxan debiteras på rätt abonnemang (stickprov 50)', None, None, 5,
             'Verksamheten har övergått till kommunens bolag, kontrollen har strukits ur planen.', 'UTGAR', False),
            (9, 'Arbetsmiljö', 'Kontroll att skyddsronder genomförts på samtliga driftsenheter', None, None, None,
             None, 'SAKNAS', False),
        ]),
    ]
    r = 6
    for gname, ctrls in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True, italic=True)
        r += 1
        for (nr, proc, km, t1, t2, t3, komm, expst, avv) in ctrls:
            for i, v in enumerate([nr, proc, km, t1, t2, t3, komm], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            exp(fil, namnd, km, expst, avv)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value='Antal kontrollmoment: 9. Rapporten behandlades i nämnden 2026-03-19 § 31 '
                                   '(försenad på grund av omorganisation).')
    for i, w in enumerate([5, 20, 60, 6, 6, 10, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, 'INLAST', namnd, '2025', 'HELAR'])


# ---------------------------------------------------------------------------
# 6. Stadsbyggnadsnämnden – helår 2025 sent late. .ods, symbols with legend, Status 2024 | Status 2025
# ---------------------------------------------------------------------------
def ods_cell(val, style=None, span=None):
    kw = {}
    if style is not None:
        kw['stylename'] = style
    if span:
        kw['numbercolumnsspanned'] = span
    if val is None or val == '':
        return TableCell(**kw)
    c = TableCell(valuetype='string', **kw)
    c.addElement(P(text=str(val)))
    return c


def f_sbn():
    fil = 'Stadsbyggnadsnämnden - uppföljning intern kontroll.ods'
    namnd = 'Stadsbyggnadsnämnden'
    doc = OpenDocumentSpreadsheet()
    b = Style(name='bold', family='table-cell')
    b.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(b)
    wide = Style(name='wide', family='table-column')
    wide.addElement(TableColumnProperties(columnwidth='9cm'))
    mid = Style(name='mid', family='table-column')
    mid.addElement(TableColumnProperties(columnwidth='3cm'))
    doc.automaticstyles.addElement(wide)
    doc.automaticstyles.addElement(mid)
    t = Table(name='Helår 2025')
    for s in [mid, wide, mid, mid, wide]:
        t.addElement(TableColumn(stylename=s))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            tr.addElement(ods_cell(v, style))
        t.addElement(tr)

    row(['Stadsbyggnadsnämnden, Karlstads kommun'], b)
    row(['Uppföljning internkontrollplan 2025 – helårsrapport (med jämförelse mot 2024)'], b)
    row(['Teckenförklaring: ✔ = Genomförd   ◐ = Delvis genomförd   ✘ = Ej genomförd   — = Utgår'])
    row([])
    row(['Område', 'Kontrollmoment', 'Status 2024', 'Status 2025', 'Kommentar 2025'], b)
    ctrls = [
        ('Bygglov', [
            ('Kontroll att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)', '✔', '✔',
             '92 % inom tid. 14 ärenden över tid, avgiften reducerad enligt PBL.', 'GENOMFORD', True),
            ('Kontroll att avgifter för bygglov debiteras enligt taxa (stickprov 20 ärenden)', '◐', '✔',
             'Inga avvikelser.', 'GENOMFORD', False),
            ('Kontroll att tillsynsärenden om olovligt byggande påbörjas inom fyra veckor från anmälan', '✘', '✘',
             'Ej genomförd – resursbrist under hela året.', 'EJ_GENOMFORD', False),
            ('Kontroll att arkivering av bygglovsärenden sker enligt dokumenthanteringsplanen', None, None,
             'Stickprov av 30 avslutade ärenden visade att samtliga var korrekt arkiverade.', 'GENOMFORD', False),
        ]),
        ('Nämndadministration', [
            ('Kontroll att delegationsbeslut anmäls till nämnden', '✔', None, None, 'SAKNAS', False),
        ]),
        ('Planering', [
            ('Kontroll att planavtal tecknas innan detaljplanearbete påbörjas', None, '◐',
             '3 av 5 nya planuppdrag hade tecknat planavtal vid start.', 'DELVIS', True),
        ]),
        ('Lantmäteri och GIS', [
            ('Kontroll att förrättningsavgifter faktureras efter avslutad förrättning', None, '—',
             'Utgår enligt nämndbeslut 2025-04-23 § 58.', 'UTGAR', False),
            ('Kontroll av behörigheter i kartsystemet', '✔', '?', None, 'OKLAR', False),
        ]),
    ]
    for area, cl in ctrls:
        tr = TableRow()
        tr.addElement(ods_cell(area, b))
        t.addElement(tr)
        for (km, s24, s25, komm, expst, avv) in cl:
            row(['', km, s24, s25, komm])
            exp(fil, namnd, km, expst, avv)
    row([])
    row(['Rapporten skickas in efter ordinarie tidpunkt. Beslutad av nämnden 2026-04-15 § 47.'])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append([fil, 'INLAST', namnd, '2025', 'HELAR'])


# ---------------------------------------------------------------------------
# 7. Miljönämnden – file name says 2026, content is the helår 2025 follow-up. docx, one table.
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ''
    p = cell.paragraphs[0]
    run = p.add_run(text or '')
    run.bold = bold
    run.font.size = Pt(size)


def f_mn():
    fil = 'Miljönämnden IK-uppföljning 2026.docx'
    namnd = 'Miljönämnden'
    d = docx.Document()
    d.add_heading('Uppföljning av Miljönämndens internkontrollplan 2025', level=1)
    d.add_paragraph('Helårsuppföljning – rapport till nämnden')
    d.add_paragraph('Miljöförvaltningen, Karlstads kommun\nDiarienummer: MN-2026/0087\nDatum: 2026-02-18\n'
                    'Handläggare: Karin Öhman, administrativ chef')
    d.add_heading('Sammanfattning', level=2)
    d.add_paragraph('Nämnden antog i december 2024 en internkontrollplan för 2025 med sju kontrollmoment. '
                    'Fem kontroller har genomförts helt eller delvis under året. En kontroll ströks under våren '
                    'efter beslut i nämnden. Förvaltningen föreslår att kontrollen av handläggningstider för '
                    'enskilda avlopp förs över till planen för 2026.')
    d.add_heading('Resultat per kontrollmoment', level=2)
    hdr = ['Process', 'Kontrollmoment', 'Genomförande', 'Status', 'Resultat', 'Avvikelse']
    ctrls = [
        ('Tillsyn', 'Kontroll att planerad livsmedelskontroll enligt kontrollplanen har genomförts',
         'Uttag ur ärendesystemet, helår', 'Utförd',
         '94 % av planerade kontroller genomförda. 23 kontroller flyttade till 2026.', 'Ja', 'GENOMFORD', True),
        ('Avgifter', 'Kontroll att avgifter för livsmedelskontroll debiteras efter genomförd kontroll '
         '(stickprov 20)', 'Stickprov', 'Utförd', 'Inga fel noterade.', 'Nej', 'GENOMFORD', False),
        ('Nämndadministration', 'Kontroll att delegationsbeslut anmäls till nämnden månadsvis',
         'Genomgång av protokoll', 'Delvis', 'Anmälan saknades för oktober och november.', 'Ja', 'DELVIS', True),
        ('Handläggning', 'Kontroll av handläggningstider för ansökan om enskilt avlopp',
         'Uttag ur ärendesystemet', 'Ej utförd', 'Prioriterades bort under hösten.', 'Nej', 'EJ_GENOMFORD', False),
        ('Förtroende', 'Kontroll att samtliga inspektörer har redovisat bisysslor', 'Enkät', 'Se bilaga', '',
         '', 'OKLAR', False),
        ('Diarieföring', 'Kontroll av diarieföring av inkomna klagomål (stickprov)', 'Stickprov', 'Struken',
         'Struken genom nämndbeslut 2025-06-12 § 45.', 'Nej', 'UTGAR', False),
        ('Ekonomi', 'Kontroll att fakturor för miljötillsyn krediteras endast efter beslut',
         'Stickprov 15 krediteringar', 'Genomförd med anmärkning', '2 krediteringar saknade dokumenterat beslut.',
         'Ja', 'GENOMFORD', True),
    ]
    tbl = d.add_table(rows=1, cols=len(hdr))
    tbl.style = 'Table Grid'
    for i, h in enumerate(hdr):
        set_cell(tbl.rows[0].cells[i], h, bold=True)
    for (proc, km, gen, st, res, avvc, expst, avv) in ctrls:
        cells = tbl.add_row().cells
        for i, v in enumerate([proc, km, gen, st, res, avvc]):
            set_cell(cells[i], v)
        exp(fil, namnd, km, expst, avv)
    d.add_paragraph('')
    d.add_paragraph('Bilaga: Sammanställning av bisysslor (lämnas separat).')
    d.add_paragraph('Förslag till beslut: Miljönämnden godkänner uppföljningen av internkontrollplanen 2025.')
    d.save(os.path.join(OUT, fil))
    FILES.append([fil, 'INLAST', namnd, '2025', 'HELAR'])


# ---------------------------------------------------------------------------
# 8. Kommunstyrelsen – T1 2026 as a short letter (.docx) with a small table
# ---------------------------------------------------------------------------
def f_ks():
    fil = 'Svar IK-uppföljning T1 – Kommunledningskontoret.docx'
    namnd = 'Kommunstyrelsen'
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run('Kommunledningskontoret\nStaben').bold = True
    d.add_paragraph('Till: Maria Eklund, ekonomienheten\nFrån: Jonas Lindqvist, stabschef\nDatum: 2026-05-08')
    p = d.add_paragraph()
    p.add_run('Ämne: Uppföljning internkontroll tertial 1 2026 – kommunstyrelsen').bold = True
    d.add_paragraph('Hej Maria!')
    d.add_paragraph('Här kommer kommunledningskontorets lägesbild per 30 april för kommunstyrelsens '
                    'internkontrollplan 2026. Vi har inte hunnit lägga in det i mallen, så jag tar det här i stället. '
                    'Flera av kontrollerna ligger enligt planen senare under året.')
    rows = [
        ('Kontroll att beslut i kommunstyrelsen verkställs inom angiven tid (uppföljning av beslutsuppdrag)', 'T1',
         'Klart. Inga avvikelser.', 'GENOMFORD', False),
        ('Stickprov av 20 fakturor avseende konsulttjänster mot avtal', 'T2', 'Ej aktuell denna period',
         'UTGAR', False),
        ('Kontroll av att systemförvaltare är utsedda för samtliga verksamhetssystem', 'T1',
         'Pågår – cirka 70 % av systemen inventerade.', 'DELVIS', False),
        ('Kontroll av löneutbetalningar – stickprov på nyanställda och avslutade', 'T1',
         'Klart. Två felaktiga slutlöner hittades och har rättats.', 'GENOMFORD', True),
        ('Kontroll att samtliga chefer har genomfört utbildning i informationssäkerhet', 'Helår', 'Planerad Q3',
         'EJ_GENOMFORD', False),
    ]
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = 'Table Grid'
    for i, h in enumerate(['Kontrollmoment', 'Klart senast', 'Läge 30/4']):
        set_cell(tbl.rows[0].cells[i], h, bold=True, size=10)
    for (km, tid, lage, expst, avv) in rows:
        cells = tbl.add_row().cells
        set_cell(cells[0], km, size=10)
        set_cell(cells[1], tid, size=10)
        set_cell(cells[2], lage, size=10)
        exp(fil, namnd, km, expst, avv)
    d.add_paragraph('')
    d.add_paragraph('Hör av dig om något är oklart, så kompletterar vi inför delårsrapporten.')
    d.add_paragraph('Hälsningar\nJonas Lindqvist\nStabschef, kommunledningskontoret\n054-540 00 00')
    d.save(os.path.join(OUT, fil))
    FILES.append([fil, 'INLAST', namnd, '2026', 'T1'])


# ---------------------------------------------------------------------------
# 9. Överförmyndarnämnden – T1 2026, xlsx, X under tick columns
# ---------------------------------------------------------------------------
def f_ofn():
    fil = 'ÖFN internkontroll T1 2026.xlsx'
    namnd = 'Överförmyndarnämnden'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'T1 2026'
    ws['A1'] = 'ÖVERFÖRMYNDARNÄMNDEN – INTERN KONTROLL 2026'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'Uppföljning per 30 april 2026 (tertial 1). Markera med X.'
    ws.merge_cells('D3:G3')
    ws['D3'] = 'Utfall T1'
    ws['D3'].alignment = Alignment(horizontal='center')
    ws['D3'].font = Font(bold=True)
    hdr = ['Kontrollområde', 'Kontrollmoment', 'Ska vara utförd', 'Genomförd', 'Delvis', 'Ej genomförd',
           'Ej aktuell T1', 'Kommentar']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = WRAP
    ctrls = [
        ('Årsräkningar', 'Kontroll att samtliga årsräkningar för 2025 har kommit in senast 1 mars eller att '
         'påminnelse skickats', '2026-03-31', 'X', None, None, None,
         '12 påminnelser skickade, 3 ärenden med vitesföreläggande.', 'GENOMFORD', True),
        ('Arvoden', 'Stickprov av 15 arvodesbeslut – kontroll mot gällande arvodesriktlinjer', '2026-04-30',
         None, 'X', None, None, '10 av 15 kontrollerade, inga fel hittills.', 'DELVIS', False),
        ('Rekrytering av ställföreträdare', 'Kontroll att lämplighetsprövning med registerutdrag finns för nya '
         'ställföreträdare', 'T1', 'X', None, 'X', None, None, 'OKLAR', False),
        ('Spärrade konton', 'Kontroll att uttag från spärrade konton har överförmyndarens samtycke (stickprov 10)',
         '2026-09-30', None, None, None, 'X', None, 'UTGAR', False),
        ('Informationssäkerhet', 'Kontroll av behörigheter i verksamhetssystemet', '2026-04-30', None, None, None,
         None, 'Ej påbörjad, genomförs under hösten.', 'EJ_GENOMFORD', False),
        ('Handläggning', 'Kontroll att ärenden om förordnande av god man handläggs inom tre månader', 'Helår',
         None, None, None, None, None, 'SAKNAS', False),
    ]
    r = 5
    for (omr, km, tid, g, dv, ej, ea, komm, expst, avv) in ctrls:
        for i, v in enumerate([omr, km, tid, g, dv, ej, ea, komm], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP if i in (1, 2, 8) else Alignment(horizontal='center', vertical='top')
        exp(fil, namnd, km, expst, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Ansvarig: Anna Berglund, enhetschef överförmyndarenheten')
    for i, w in enumerate([22, 55, 14, 11, 9, 12, 12, 45], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, 'INLAST', namnd, '2026', 'T1'])


# ---------------------------------------------------------------------------
# 10. Reject: cover letter (följebrev) with no controls at all
# ---------------------------------------------------------------------------
def f_reject():
    fil = 'Följebrev internkontroll T1 2026 AMSF.docx'
    d = docx.Document()
    d.add_paragraph('Arbetsmarknads- och socialförvaltningen')
    d.add_paragraph('2026-05-04')
    d.add_heading('Följebrev – uppföljning av internkontrollplan tertial 1 2026', level=1)
    d.add_paragraph('Arbetsmarknads- och socialförvaltningens uppföljning av internkontrollplanen för tertial 1 '
                    'har registrerats i Stratsys och kommer med i den gemensamma exporten från ekonomienheten. '
                    'Vi skickar därför ingen separat mall denna gång.')
    d.add_paragraph('Förvaltningen vill särskilt uppmärksamma att flera kontroller enligt planen ska genomföras '
                    'under andra halvåret och därför inte har påbörjats. Arbetet följer i övrigt tidplanen.')
    d.add_paragraph('Frågor besvaras av undertecknad.')
    d.add_paragraph('Med vänlig hälsning\nSara Holm\nförvaltningscontroller')
    d.save(os.path.join(OUT, fil))
    FILES.append([fil, 'AVVISAD', '', '', ''])


NAMNDER = [
    ('Kommunstyrelsen', 'KS|Kommunledningskontoret|KLK'),
    ('Barn- och ungdomsnämnden', 'BUN|Barn- och ungdomsförvaltningen|BUF'),
    ('Gymnasienämnden', 'GN|Gymnasieförvaltningen'),
    ('Vård- och omsorgsnämnden', 'VON|Vård- och omsorgsförvaltningen|VOF'),
    ('Arbetsmarknads- och socialnämnden', 'AMSN|Arbetsmarknads- och socialförvaltningen|AMSF'),
    ('Kultur- och fritidsnämnden', 'KFN|Kultur- och fritidsförvaltningen'),
    ('Teknik- och fastighetsnämnden', 'TFN|Teknik- och fastighetsförvaltningen|TFF'),
    ('Stadsbyggnadsnämnden', 'SBN|Stadsbyggnadsförvaltningen|SBF'),
    ('Miljönämnden', 'MN|Miljöförvaltningen'),
    ('Överförmyndarnämnden', 'ÖFN|Överförmyndarenheten'),
    ('Valnämnden', 'VN|Valkansliet'),
    ('Krisledningsnämnden', 'KLN'),
]


def write_csvs():
    with open(os.path.join(OUT, 'namnder.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write('nämnd;alias\n')
        for n, a in NAMNDER:
            f.write(f'{n};{a}\n')
    with open(os.path.join(OUT, 'files.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write('fil;utfall;nämnd;år;period\n')
        for r in FILES:
            f.write(';'.join(r) + '\n')
    with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write('fil;nämnd;kontrollmoment;status;avvikelse\n')
        for r in EXPECTED:
            f.write(';'.join(r) + '\n')


def main():
    clean()
    tmp = tempfile.mkdtemp(prefix='r75_')
    try:
        f_bun()
        f_gn()
        f_von(tmp)
        f_stratsys()
        f_tfn()
        f_sbn()
        f_mn()
        f_ks()
        f_ofn()
        f_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print(len({r[0] for r in FILES}), 'files,', sum(1 for r in FILES if r[1] == 'INLAST'), 'nämnd rows,',
          len(EXPECTED), 'controls')


if __name__ == '__main__':
    main()
