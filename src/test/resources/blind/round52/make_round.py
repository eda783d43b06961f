#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 52 – Laholms kommun (Halland), helår 2025.

The controller (Lena Holm, ekonomienheten) has consolidated part of the inbox into her own
workbook; the rest came as separate files. Builds every file plus namnder.csv, files.csv and
expected.csv from scratch. Re-runnable.
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    EXPECTED.append((fil, namnd, text, status, 'ja' if avv else 'nej'))


def soffice_convert(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix='lo_r52_')
    try:
        subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless',
                        '--convert-to', fmt, '--outdir', outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


THIN = Side(style='thin', color='808080')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill('solid', fgColor='1F4E78')
HEAD_FONT = Font(bold=True, color='FFFFFF')
WRAP = Alignment(wrap_text=True, vertical='top')
FILLS = {
    'Genomförd': 'C6EFCE', 'Klar': 'C6EFCE',
    'Delvis genomförd': 'FFEB9C', 'Delvis': 'FFEB9C', 'Pågår': 'FFEB9C',
    'Ej genomförd': 'FFC7CE', 'Avbruten': 'FFC7CE', 'Ej påbörjad': 'FFC7CE',
    'Utgår': 'D9D9D9',
}

# ---------------------------------------------------------------------------------------------
# 1. The controller's workbook: summary + one sheet per nämnd + empty template
# ---------------------------------------------------------------------------------------------
WB_FILE = 'IK helår 2025 sammanställning_arbetsversion LH.xlsx'

# row: (nr, process, kontrollmoment, ansvarig, status delår, status helår, avvikelse, kommentar, åtgärd,
#       expected status, expected avvikelse)
KS_ROWS = [
    (1, 'Ekonomi – leverantörsfakturor',
     'Stickprov av 25 leverantörsfakturor över 50 tkr mot avtal och beställning',
     'Redovisningsansvarig', 'Pågår', 'Genomförd', 'Ja',
     '2 av 25 fakturor saknade beställningsreferens. Påminnelse skickad till berörda beställare.',
     'Information på chefsforum feb 2026', 'GENOMFORD', True),
    (2, 'Ekonomi – attest',
     'Kontroll att attesträtter i Raindance stämmer med beslutad attestförteckning',
     'Systemförvaltare ekonomi', 'Genomförd', 'Genomförd', 'Nej',
     'Samtliga attesträtter stämde efter uppdateringen i mars.', '', 'GENOMFORD', False),
    (3, 'Representation',
     'Granskning av representationsfakturor (samtliga över 2 000 kr) avseende syfte och deltagare',
     'Controller', 'Ej påbörjad', 'Delvis genomförd', 'Ja',
     'Granskat januari–september. 4 fakturor saknade deltagarförteckning. Okt–dec granskas i feb.',
     'Komplettering begärd', 'DELVIS', True),
    (4, 'Informationssäkerhet',
     'Kontroll av att behörigheter i ärendehanteringssystemet Ciceron tas bort vid avslutad anställning',
     'Informationssäkerhetssamordnare', 'Pågår', '', '', '', '', 'DELVIS', False),
    (5, 'Delegering',
     'Uppföljning att delegationsbeslut anmäls till KS enligt delegationsordningen',
     'Kommunsekreterare', '', 'Genomförd', 'Nej',
     'Kontrollen har inte hunnits med under hösten, görs i februari 2026.', '', 'GENOMFORD', False),
    (6, 'Lön',
     'Stickprov av 15 nyanställningar: lön i Heroma stämmer med anställningsavtal',
     'Lönechef', '', 'Ej genomförd', 'Nej',
     'Ej genomförd p.g.a. byte av lönesystem under hösten.', 'Görs 2026', 'EJ_GENOMFORD', False),
    (7, 'Inköp',
     'Kontroll av direktupphandlingar över 100 tkr – dokumentation enligt riktlinje',
     'Upphandlingschef', '', '', '',
     'Genomförd i december. Dokumentation fanns i samtliga 9 fall.', '', 'GENOMFORD', False),
]

BUN_ROWS = [
    (1, 'Skolpeng',
     'Avstämning av elevantal i Extens mot utbetald skolpeng till fristående huvudmän (oktober)',
     'Controller BUF', '', 'Genomförd', 'Nej', 'Avstämt per 15 oktober, inga differenser.', '',
     'GENOMFORD', False),
    (2, 'Trygghet och studiero',
     'Kontroll att kränkningsanmälningar anmäls till huvudman inom 5 arbetsdagar',
     'Kvalitetsstrateg', 'Delvis genomförd', 'Genomförd', 'Ja',
     'Av 148 anmälningar kom 19 in senare än 5 arbetsdagar. Påminnelse till samtliga rektorer.',
     'Följs upp i rektorsgrupp', 'GENOMFORD', True),
    (3, 'Tilläggsbelopp',
     'Stickprov av 10 beslut om tilläggsbelopp mot underlag',
     'Elevhälsochef', '', 'Utgår', '', 'Struken i reviderad IKP, BUN 2025-03-18 § 21.', '',
     'UTGAR', False),
    (4, 'Närvaro',
     'Uppföljning av frånvarorapportering i Skola24 – andel elever med hög frånvaro som har utredning',
     'Rektorer', 'Pågår', 'Pågår', 'Ja',
     'Utredning påbörjad för 31 av 44 elever med hög frånvaro, fortsätter VT 2026.', '',
     'DELVIS', True),
    (5, 'Rekrytering',
     'Kontroll av registerutdrag ur belastningsregistret vid nyanställning (stickprov 20)',
     'HR-konsult', '', 'Genomförd', 'Nej', '20 anställningar granskade, utdrag fanns i alla.', '',
     'GENOMFORD', False),
    (6, 'Digitala verktyg',
     'Inventering av digitala läromedelslicenser mot faktiskt användande',
     'IT-pedagog', '', 'Se kommentar', '', '', '', 'OKLAR', False),
    (7, 'Måltider',
     'Kontroll att livsmedelsinköp i skolköken följer avtal (stickprov 3 kök)',
     'Kostchef', '', 'Ej genomförd', '', 'Planerad till våren 2026.', '', 'EJ_GENOMFORD', False),
]

# TN uses group heading rows (merged) – None marks a heading row
TN_ROWS = [
    ('GATA OCH PARK',),
    (1, 'Lekplatser',
     'Kontroll att funktionskontroll av lekplatser utförts enligt underhållsplan',
     'Parkchef', 'Pågår', 'Genomförd', 'Ja',
     '38 av 41 lekplatser kontrollerade. Två redskap avstängda, byts våren 2026.', 'Byte av redskap',
     'GENOMFORD', True),
    (2, 'Skadeärenden',
     'Stickprov av 10 ersättningsanspråk för skador i gatumiljö – handläggningstid och beslut',
     'Gatuingenjör', '', 'Delvis genomförd', 'Nej', '6 av 10 ärenden granskade, inga fel hittills.', '',
     'DELVIS', False),
    ('VA-VERKSAMHET',),
    (3, 'VA-taxa',
     'Avstämning av debiterade VA-avgifter mot anslutna fastigheter (stickprov 30 fastigheter)',
     'VA-ekonom', '', 'Genomförd', 'Ja',
     '2 fastigheter saknade debitering av dagvattenavgift. Rättat och efterdebiterat.', '',
     'GENOMFORD', True),
    (4, 'Dricksvatten',
     'Kontroll av att provtagning av dricksvatten sker enligt provtagningsprogrammet',
     'Driftchef VA', 'Genomförd', 'Genomförd', 'Nej', 'Samtliga prover tagna enligt program.', '',
     'GENOMFORD', False),
    ('FASTIGHET',),
    (5, 'Hyresavtal',
     'Uppföljning av att hyresavtal för externt inhyrda lokaler finns registrerade i avtalsdatabasen',
     'Fastighetsstrateg', '', 'Avbruten', '', 'Bytet av avtalsdatabas är försenat.', '',
     'EJ_GENOMFORD', False),
    (6, 'Besiktningar',
     'Kontroll att lagstadgade besiktningar (OVK, hissar) är utförda i kommunens fastigheter',
     'Förvaltare', 'Pågår', 'Klar', 'Ja',
     'Anmärkning vid OVK i 4 byggnader, åtgärder beställda.', 'Åtgärder beställda', 'GENOMFORD', True),
    (7, 'Investeringar',
     'Granskning av ÄTA-arbeten i entreprenader över 1 mnkr – beslut och dokumentation',
     'Projektchef', 'Ej påbörjad', '', '', '', '', 'EJ_GENOMFORD', False),
]

MBN_ROWS = [
    (1, 'Bygglov',
     'Kontroll av att bygglov beslutas inom 10 veckor (stickprov 20 ärenden)',
     'Bygglovschef', '', 'Genomförd', 'Ja',
     '3 av 20 ärenden överskred tidsfristen, avgiften reducerades enligt PBL 12 kap. 8 a §.', '',
     'GENOMFORD', True),
    (2, 'Taxor',
     'Kontroll av att tillsynsavgifter enligt miljöbalken debiteras enligt gällande taxa',
     'Miljöchef', 'Genomförd', 'Genomförd', 'Nej', '', '', 'GENOMFORD', False),
    (3, 'Livsmedelskontroll',
     'Uppföljning av kontrollplan livsmedel – andel planerade kontroller som utförts',
     'Miljöchef', 'Pågår', 'Delvis', 'Ja',
     '78 % av planerade kontroller utförda p.g.a. vakans under hösten.', 'Rekrytering klar jan 2026',
     'DELVIS', True),
    (4, 'Jäv',
     'Kontroll av att jäv anmäls och dokumenteras i ärenden (stickprov 15 ärenden)',
     'Nämndsekreterare', '', '?', '',
     'Osäkert om underlaget räcker – diskuteras med nämndsekreteraren.', '', 'OKLAR', False),
    (5, 'Strandskydd',
     'Kontroll av att beslut om strandskyddsdispens skickats till Länsstyrelsen inom 1 vecka',
     'Planarkitekt', '', '', '', '', '', 'SAKNAS', False),
    (6, 'Diarieföring',
     'Granskning av diarieföring av inkomna handlingar i Castor (stickprov en vecka)',
     'Registrator', '', 'Ej genomförd', 'Nej', 'Ej genomförd, prioriterades bort.', '',
     'EJ_GENOMFORD', False),
]

WB_HEAD = ['Nr', 'Process / område', 'Kontrollmoment', 'Kontrollansvarig', 'Status delår (31/8)',
           'Status helår', 'Avvikelse (Ja/Nej)', 'Iakttagelser / kommentar helår', 'Åtgärd']
WB_WIDTHS = [5, 24, 58, 22, 16, 16, 12, 60, 28]


def nämnd_sheet(wb, name, title, rows, footer=None, spare_rows=0):
    ws = wb.create_sheet(name)
    ws['A1'] = 'Uppföljning av internkontrollplan 2025'
    ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Nämnd:'
    ws['B2'] = title
    ws['B2'].font = BOLD
    ws['A3'] = 'Period:'
    ws['B3'] = 'Helår 2025 (t.o.m. 31 december)'
    for i, h in enumerate(WB_HEAD, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical='center')
        c.border = BORDER
        ws.column_dimensions[get_column_letter(i)].width = WB_WIDTHS[i - 1]
    dv = DataValidation(type='list',
                        formula1='"Genomförd,Delvis genomförd,Pågår,Ej påbörjad,Ej genomförd,Utgår"',
                        allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(dv)
    r = 6
    for row in rows:
        if len(row) == 1:   # group heading
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True, color='1F4E78')
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(WB_HEAD))
            ws.cell(row=r, column=1).fill = PatternFill('solid', fgColor='DDEBF7')
            r += 1
            continue
        vals = row[:9]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=(v if v != '' else None))
            c.alignment = WRAP
            c.border = BORDER
        helar = row[5]
        if helar in FILLS:
            ws.cell(row=r, column=6).fill = PatternFill('solid', fgColor=FILLS[helar])
        exp(WB_FILE, title_to_register[title], row[2], row[9], row[10])
        r += 1
    for k in range(spare_rows):
        nr = len([x for x in rows if len(x) > 1]) + k + 1
        ws.cell(row=r, column=1, value=nr).border = BORDER
        for i in range(2, len(WB_HEAD) + 1):
            ws.cell(row=r, column=i).border = BORDER
        r += 1
    dv.add('E6:F%d' % (r + 10))
    if footer:
        ws.cell(row=r + 1, column=2, value=footer).font = Font(italic=True)
    ws.freeze_panes = 'A6'
    return ws


title_to_register = {
    'Kommunstyrelsen (Kommunledningsförvaltningen)': 'Kommunstyrelsen',
    'Barn- och utbildningsnämnden': 'Barn- och utbildningsnämnden',
    'Tekniska nämnden': 'Tekniska nämnden',
    'Miljö- och byggnadsnämnden': 'Miljö- och byggnadsnämnden',
}


def count(rows):
    c = {'GENOMFORD': 0, 'DELVIS': 0, 'EJ_GENOMFORD': 0, 'UTGAR': 0, 'other': 0}
    n = 0
    for row in rows:
        if len(row) == 1:
            continue
        n += 1
        s = row[9]
        c[s if s in c else 'other'] += 1
    return n, c


def build_workbook():
    wb = Workbook()
    ws = wb.active
    ws.title = 'Sammanställning'
    ws['A1'] = 'Intern kontroll 2025 – sammanställning av nämndernas uppföljning helår'
    ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Arbetsversion, uppdaterad 2026-01-23 / Lena Holm, controller ekonomienheten'
    ws['A2'].font = Font(italic=True)
    ws['A3'] = ('Nämnder som inte använt mallen har skickat egna filer – de ligger i mappen '
                '"Inkommet" och är inte inlagda här än.')
    head = ['Nämnd', 'Inkommit', 'Underlag', 'Antal kontrollmoment', 'Genomförda', 'Delvis',
            'Ej genomförda', 'Utgår', 'Övrigt/oklart', 'Kommentar controller']
    for i, h in enumerate(head, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True)
    widths = [40, 12, 26, 12, 12, 10, 12, 10, 12, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    summary = []
    for namn, datum, rows, note in [
        ('Kommunstyrelsen', '2026-01-15', KS_ROWS, 'Nr 4 saknar helårsstatus – påmint 20/1.'),
        ('Barn- och utbildningsnämnden', '2026-01-16', BUN_ROWS, 'Nr 6: fråga efter kommentaren.'),
        ('Tekniska nämnden', '2026-01-12', TN_ROWS, ''),
        ('Miljö- och byggnadsnämnden', '2026-01-19', MBN_ROWS, 'Nr 5 ej ifylld.'),
    ]:
        n, c = count(rows)
        summary.append((namn, datum, 'Flik i denna fil', n, c['GENOMFORD'], c['DELVIS'],
                        c['EJ_GENOMFORD'], c['UTGAR'], c['other'], note))
    summary += [
        ('Socialnämnden', '2026-01-20', 'Egen Word-fil', None, None, None, None, None, None,
         'Ej inlagd ännu'),
        ('Vård- och omsorgsnämnden', '2026-01-21', 'Egen fil (.ods)', None, None, None, None, None,
         None, 'Ej inlagd ännu'),
        ('Kultur- och fritidsnämnden', '2026-01-14', 'Egen Excel', None, None, None, None, None,
         None, 'Status och kommentar i samma cell'),
        ('Gymnasie- och vuxenutbildningsnämnden', '2026-01-22', 'Egen Excel (gammal .xls)', None,
         None, None, None, None, None, ''),
        ('Samhällsbyggnadsnämnden', '2026-01-14', 'Stratsys-export', None, None, None, None, None,
         None, 'Samma export som ÖFN'),
        ('Överförmyndarnämnden', '2026-01-14', 'Stratsys-export', None, None, None, None, None,
         None, ''),
        ('Valnämnden', '', '–', None, None, None, None, None, None,
         'Ingen internkontrollplan 2025'),
    ]
    r = 6
    for row in summary:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
        r += 1
    tot = ws.cell(row=r, column=1, value='Summa (inlagda flikar)')
    tot.font = BOLD
    for col in range(4, 10):
        ws.cell(row=r, column=col, value=sum(x[col - 1] or 0 for x in summary)).font = BOLD
    ws.cell(row=r + 2, column=1,
            value='Färgmarkering i flikarna: grön = genomförd, gul = delvis/pågår, '
                  'röd = ej genomförd, grå = utgår.').font = Font(italic=True)

    nämnd_sheet(wb, 'KS', 'Kommunstyrelsen (Kommunledningsförvaltningen)', KS_ROWS)
    nämnd_sheet(wb, 'BUN', 'Barn- och utbildningsnämnden', BUN_ROWS, spare_rows=3)
    nämnd_sheet(wb, 'Tekniska nämnden', 'Tekniska nämnden', TN_ROWS)
    nämnd_sheet(wb, 'MBN', 'Miljö- och byggnadsnämnden', MBN_ROWS,
                footer='Antal kontrollmoment: 6')

    # the empty template sheet
    ws = wb.create_sheet('Mall')
    ws['A1'] = 'Uppföljning av internkontrollplan 2025'
    ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Nämnd:'
    ws['B2'] = '<fyll i nämnd>'
    ws['B2'].font = Font(italic=True, color='808080')
    ws['A3'] = 'Period:'
    ws['B3'] = 'Helår 2025 (t.o.m. 31 december)'
    for i, h in enumerate(WB_HEAD, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.border = BORDER
        ws.column_dimensions[get_column_letter(i)].width = WB_WIDTHS[i - 1]
    for k in range(10):
        ws.cell(row=6 + k, column=1, value=k + 1).border = BORDER
        for i in range(2, len(WB_HEAD) + 1):
            ws.cell(row=6 + k, column=i).border = BORDER
    ws['B17'] = ('Instruktion: ange status helår med listvalet. Vid avvikelse – beskriv vad som '
                 'upptäckts och vilken åtgärd som vidtas.')
    ws['B17'].font = Font(italic=True)
    wb.save(os.path.join(HERE, WB_FILE))
    for n in ['Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Tekniska nämnden',
              'Miljö- och byggnadsnämnden']:
        FILES.append((WB_FILE, 'INLAST', n, '2025', 'HELAR'))


# ---------------------------------------------------------------------------------------------
# 2. Socialnämnden – .docx, one table per process, ✓ under one of four status columns
# ---------------------------------------------------------------------------------------------
SN_FILE = 'SN uppföljning internkontroll helår 2025.docx'
SN_COLS = ['Genomförd', 'Delvis genomförd', 'Ej genomförd', 'Ej aktuell']
SN = [
    ('Myndighetsutövning individ- och familjeomsorg', [
        ('Granskning av 20 slumpvis utvalda barnavårdsutredningar – utredningstid inom 4 månader',
         {0}, 'Kontrollen genomförd i november. 17 av 20 utredningar inom lagstadgad tid, tre '
              'överskred utan beslut om förlängning.', 'GENOMFORD', True),
        ('Kontroll att förhandsbedömning görs inom 14 dagar efter inkommen orosanmälan',
         {1}, 'Kontrollerat för kvartal 1–3, kvartal 4 återstår.', 'DELVIS', False),
        ('Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen '
         '(stickprov 25 beslut)',
         {0, 1}, 'Stickprov gjort, kompletteras med december.', 'OKLAR', False),
    ]),
    ('Ekonomi och ersättningar', [
        ('Avstämning av kostnader för externa placeringar mot placeringsbeslut',
         set(), 'Kontrollen har inte genomförts under året på grund av vakanser på '
                'ekonomienheten.', 'EJ_GENOMFORD', False),
        ('Kontroll av att återsökning av ersättning från Migrationsverket görs kvartalsvis',
         {3}, 'Inga ärenden som berättigar till ersättning under 2025.', 'UTGAR', False),
        ('Kontroll av hantering av klientmedel och kontanta utbetalningar (två tillfällen per år)',
         {2}, 'Flyttad till 2026.', 'EJ_GENOMFORD', False),
    ]),
    ('Informationssäkerhet', [
        ('Logguppföljning i Lifecare – kontroll av otillbörlig åtkomst (10 användare per kvartal)',
         {0}, 'Två fall av åtkomst utan tjänstebehov upptäcktes, hanterade av personalchef '
              'enligt rutin.', 'GENOMFORD', True),
        ('Kontroll att sekretessförbindelse finns undertecknad för samtliga nyanställda',
         set(), '', 'SAKNAS', False),
    ]),
]


def build_docx():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    st = doc.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10)
    p = doc.add_paragraph('Laholms kommun\tSocialförvaltningen')
    p.runs[0].font.size = Pt(8)
    doc.add_heading('Uppföljning av Socialnämndens internkontrollplan 2025 – helår', level=1)
    doc.add_paragraph(
        'Socialnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (SN § 14). Planen '
        'omfattar åtta kontrollmoment inom tre processer. Nedan redovisas utfallet per '
        'kontrollmoment för helåret. Markera med ✓ i den kolumn som stämmer.')
    doc.add_paragraph(
        'Förvaltningen har i år inte använt ekonomienhetens gemensamma mall eftersom uppföljningen '
        'redan var påbörjad i nämndens egen rapport.')
    for proc, rows in SN:
        doc.add_heading('Process: ' + proc, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = 'Table Grid'
        t.cell(0, 0).merge(t.cell(1, 0))
        t.cell(0, 5).merge(t.cell(1, 5))
        m = t.cell(0, 1).merge(t.cell(0, 4))
        t.cell(0, 0).text = 'Kontrollmoment'
        t.cell(0, 5).text = 'Kommentar / iakttagelser'
        m.text = 'Status helår 2025'
        for i, c in enumerate(SN_COLS):
            t.cell(1, i + 1).text = c
        for rr in (0, 1):
            for cell in t.rows[rr].cells:
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.bold = True
        for text, ticks, comment, st_, avv in rows:
            cells = t.add_row().cells
            cells[0].text = text
            for i in range(4):
                cells[i + 1].text = '✓' if i in ticks else ''
                cells[i + 1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cells[5].text = comment
            exp(SN_FILE, 'Socialnämnden', text, st_, avv)
        widths = [Cm(8.5), Cm(2.2), Cm(2.2), Cm(2.2), Cm(2.2), Cm(8.2)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph('')
    doc.add_heading('Sammanfattande bedömning', level=2)
    doc.add_paragraph(
        'Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig. De '
        'avvikelser som upptäckts har åtgärdats eller kommer att följas upp i internkontrollplanen '
        'för 2026.')
    doc.add_paragraph('Laholm 2026-01-19')
    doc.add_paragraph('Maria Lindqvist\nförvaltningschef, Socialförvaltningen')
    doc.save(os.path.join(HERE, SN_FILE))
    FILES.append((SN_FILE, 'INLAST', 'Socialnämnden', '2025', 'HELAR'))


# ---------------------------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden – .xlsx, status and comment in one cell on two lines
# ---------------------------------------------------------------------------------------------
KFN_FILE = 'KFN IK-plan 2025 uppföljning helår.xlsx'
KFN = [
    ('Bidrag', 'Kontroll av att föreningsbidrag betalats ut enligt beslut och bidragsregler '
               '(stickprov 10 föreningar)', 'Stickprov', 'Föreningskonsulent',
     'Genomförd\nInga avvikelser.', 'GENOMFORD', False),
    ('Bidrag', 'Uppföljning av redovisning från föreningar som fått aktivitetsstöd – närvarolistor',
     'Granskning av närvarokort', 'Föreningskonsulent',
     'Delvis\nTre av sex föreningar kontrollerade, resterande i januari.', 'DELVIS', False),
    ('Kontanthantering', 'Kontroll av kassahantering i Lagahallen (oanmäld kassainventering 2 ggr)',
     'Kassainventering', 'Enhetschef bad',
     'OK\nDifferens på 340 kr vid ett tillfälle, utredd och rapporterad.', 'GENOMFORD', True),
    ('Inköp', 'Kontroll av att biblioteksmedier köps via avtalad leverantör',
     'Fakturagranskning', 'Bibliotekschef',
     'Ej påbörjad\nSkjuts till 2026 p.g.a. ny upphandling av medier.', 'EJ_GENOMFORD', False),
    ('Tillgångar', 'Inventering av konstsamlingen – stickprov 30 verk mot konstregistret',
     'Fysisk inventering', 'Kulturutvecklare',
     'Utgår\nStruken av nämnden 2025-05-14 § 38.', 'UTGAR', False),
    ('Taxor och avgifter', 'Kontroll av att bokningar i fritidsanläggningar debiteras enligt taxa',
     'Stickprov i bokningssystemet', 'Bokningsansvarig',
     'Kontrollen genomfördes i oktober, två felaktiga debiteringar rättades.', 'GENOMFORD', True),
    ('Barn och unga', 'Uppföljning av att ledare i lovverksamhet lämnat utdrag ur belastningsregistret',
     'Genomgång av personalakter', 'Fritidsgårdschef',
     'Se bilaga', 'OKLAR', False),
]


def build_kfn():
    wb = Workbook()
    ws = wb.active
    ws.title = 'IK 2025'
    ws['A1'] = 'Kultur- och fritidsnämnden'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Internkontrollplan 2025 – uppföljning helår'
    ws['A2'].font = BOLD
    ws['A3'] = 'Ansvarig tjänsteperson: Johan Berntsson, kultur- och fritidschef'
    head = ['Område', 'Kontrollmoment', 'Metod', 'Ansvarig', 'Status / kommentar helår']
    for i, h in enumerate(head, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill('solid', fgColor='E2EFDA')
        c.border = BORDER
    for i, w in enumerate([18, 60, 26, 22, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 6
    for omr, text, metod, ansv, cell, st_, avv in KFN:
        for i, v in enumerate([omr, text, metod, ansv, cell], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        ws.row_dimensions[r].height = 32
        exp(KFN_FILE, 'Kultur- och fritidsnämnden', text, st_, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value='Beslutad av KFN 2025-02-12 § 9. Bilaga: lista över '
                                       'kontrollerade ledare (skickas separat).').font = Font(italic=True)
    wb.save(os.path.join(HERE, KFN_FILE))
    FILES.append((KFN_FILE, 'INLAST', 'Kultur- och fritidsnämnden', '2025', 'HELAR'))


# ---------------------------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – .ods, Bedömning 1–4 explained in a footnote line
# ---------------------------------------------------------------------------------------------
VON_FILE = 'VON_internkontroll_helar2025.ods'
VON = [
    ('Dokumentation', 'Brister i social dokumentation',
     'Kontroll av att genomförandeplaner finns och är uppdaterade inom 6 månader (stickprov 30 brukare)',
     '2', '26 av 30 planer uppdaterade. Fyra planer äldre än 6 månader, åtgärdas.', 'GENOMFORD', True),
    ('Hemtjänst', 'Felaktig debitering / utförd tid avviker från beviljad',
     'Avstämning av utförd hemtjänsttid (TES) mot beviljad tid per område',
     '3', 'Avstämning gjord för två av fyra hemtjänstområden.', 'DELVIS', False),
    ('Hälso- och sjukvård', 'Felaktig läkemedelshantering',
     'Kontroll av läkemedelshantering – signeringslistor (stickprov 2 enheter per kvartal)',
     '1', 'Inga avvikelser.', 'GENOMFORD', False),
    ('Avgifter', 'Felaktiga avgifter',
     'Kontroll av avgiftsbeslut för särskilt boende mot inkomstuppgifter (stickprov 15)',
     '4', 'Ej genomförd – avgiftshandläggare långtidssjukskriven.', 'EJ_GENOMFORD', False),
    ('Kvalitet', 'Missförhållanden utreds inte',
     'Uppföljning av rapporter enligt lex Sarah – utredning påbörjad inom 2 veckor',
     '1', '', 'GENOMFORD', False),
    ('Trygghet', 'Larm fungerar inte',
     'Kontroll av att trygghetslarm testas månatligen hos brukare',
     '5', 'Kontroll via leverantörens rapport.', 'OKLAR', False),
    ('Valfrihet', 'Utförare följer inte avtal',
     'Granskning av att privata utförare enligt LOV rapporterar enligt avtal',
     '–', 'Inga LOV-utförare under 2025.', 'UTGAR', False),
    ('Hälso- och sjukvård', 'Smittspridning',
     'Kontroll av att basala hygienrutiner följs (observationsmätning 2 ggr/år)',
     '', '', 'SAKNAS', False),
    ('Hemtjänst', 'Nycklar kommer bort',
     'Kontroll av att nyckelkvittenser finns för hemtjänstens nyckelhantering',
     '2', 'Två nycklar saknades vid inventeringen, lås byttes hos berörda brukare.', 'GENOMFORD', True),
]


def build_ods():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    bold = Style(name='bold', family='table-cell')
    bold.addElement(TextProperties(fontweight='bold'))
    bold.addElement(TableCellProperties(backgroundcolor='#DEE6EF', border='0.5pt solid #000000'))
    title = Style(name='title', family='table-cell')
    title.addElement(TextProperties(fontweight='bold', fontsize='14pt'))
    small = Style(name='small', family='table-cell')
    small.addElement(TextProperties(fontstyle='italic', fontsize='9pt'))
    cellst = Style(name='cell', family='table-cell')
    cellst.addElement(TableCellProperties(border='0.5pt solid #000000', wrapoption='wrap'))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(title)
    doc.automaticstyles.addElement(small)
    doc.automaticstyles.addElement(cellst)
    colstyles = []
    for i, w in enumerate(['3.5cm', '5cm', '10cm', '2.5cm', '9cm']):
        cs = Style(name='co%d' % i, family='table-column')
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name='Helår 2025')
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == '':
                tc = TableCell(stylename=style) if style else TableCell()
            elif isinstance(v, int):
                tc = TableCell(valuetype='float', value=v, stylename=style) if style else \
                    TableCell(valuetype='float', value=v)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype='string', stylename=style) if style else \
                    TableCell(valuetype='string')
                tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)

    row(['Vård- och omsorgsnämnden'], title)
    row(['Uppföljning av intern kontroll – helår 2025'])
    row(['Förvaltning: Vård- och omsorgsförvaltningen', '', '', '', 'Datum: 2026-01-21'])
    row([])
    row(['Process', 'Risk', 'Kontrollmoment', 'Bedömning¹', 'Kommentar'], bold)
    for proc, risk, text, bed, komm, st_, avv in VON:
        bval = int(bed) if bed.isdigit() else bed
        row([proc, risk, text, bval, komm], cellst)
        exp(VON_FILE, 'Vård- och omsorgsnämnden', text, st_, avv)
    row([])
    row(['¹ Bedömning: 1 = Genomförd utan anmärkning, 2 = Genomförd med anmärkning, '
         '3 = Delvis genomförd, 4 = Ej genomförd. Streck (–) = kontrollen ej aktuell 2025.'], small)
    row(['Uppföljningen behandlas av nämnden 2026-02-11.'], small)
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(HERE, VON_FILE))
    FILES.append((VON_FILE, 'INLAST', 'Vård- och omsorgsnämnden', '2025', 'HELAR'))


# ---------------------------------------------------------------------------------------------
# 5. Stratsys-like semicolon CSV (Windows-1252) – SBN and ÖFN, one row per control and period
# ---------------------------------------------------------------------------------------------
CSV_FILE = 'Export_Internkontroll_SBF_20260114.csv'
# (organisation, process, kontrollmoment, ansvarig, (delår status, delår kommentar),
#  (helår status, helår kommentar), expected, avvikelse)
CSVROWS = [
    ('Samhällsbyggnadsnämnden', 'Exploatering',
     'Kontroll av att exploateringsavtal följs upp avseende ekonomiska åtaganden',
     'Exploateringschef', ('Pågående', 'Tre av sex avtal genomgångna.'),
     ('Slutförd', 'Två avtal saknade ställd säkerhet, åtgärdat under hösten.'), 'GENOMFORD', True),
    ('Samhällsbyggnadsnämnden', 'Planering',
     'Kontroll att planavgift tas ut enligt taxa i detaljplaner antagna 2025',
     'Planchef', ('Ej påbörjad', ''), ('Pågående', '4 av 7 planer kontrollerade.'), 'DELVIS', False),
    ('Samhällsbyggnadsnämnden', 'Mark',
     'Stickprov på markanvisningar – beslut och dokumentation',
     'Mark- och exploateringsingenjör', ('Pågående', 'Påbörjad i juni.'), ('', ''),
     'DELVIS', False),
    ('Samhällsbyggnadsnämnden', 'Mark',
     'Kontroll av arrendeavtal – att arrendeavgifter faktureras och indexuppräknas',
     'Mark- och exploateringsingenjör', ('Ej påbörjad', ''),
     ('', 'Kontrollen har inte genomförts, ansvarig handläggare slutade i september.'),
     'EJ_GENOMFORD', False),
    ('Samhällsbyggnadsnämnden', 'Geodata',
     'Kontroll att adressdata i GIS uppdateras inom 1 månad efter beslut',
     'GIS-samordnare', ('Slutförd', ''), ('Slutförd', 'Inga avvikelser.'), 'GENOMFORD', False),
    ('Överförmyndarnämnden', 'Tillsyn',
     'Granskning av årsräkningar – stickprov 15 ärenden avseende verifikationer',
     'Överförmyndarhandläggare', ('', ''),
     ('Slutförd', 'Brister i 2 ärenden, åtgärdat genom komplettering från ställföreträdare.'),
     'GENOMFORD', True),
    ('Överförmyndarnämnden', 'Arvoden',
     'Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer',
     'Enhetschef', ('', ''), ('Slutförd', ''), 'GENOMFORD', False),
    ('Överförmyndarnämnden', 'Registrering',
     'Kontroll av att förordnanden registreras i verksamhetssystemet inom 5 dagar',
     'Administratör', ('Pågående', ''),
     ('Ej aktuell', 'Nytt verksamhetssystem från oktober, kontrollen ersatt av systemstöd.'),
     'UTGAR', False),
    ('Överförmyndarnämnden', 'Rekrytering av gode män',
     'Kontroll av att registerutdrag inhämtas innan nya gode män förordnas',
     'Överförmyndarhandläggare', ('Pågående', ''), ('Pågående', '12 av 18 kontrollerade.'),
     'DELVIS', False),
]


def build_csv():
    head = ['Organisation', 'Process', 'Kontrollmoment', 'Kontrollansvarig', 'Period', 'Status',
            'Kommentar', 'Senast ändrad']
    lines = [head]
    for org, proc, text, ansv, d, h, st_, avv in CSVROWS:
        lines.append([org, proc, text, ansv, 'Delår 2025', d[0], d[1],
                      '2025-09-08' if (d[0] or d[1]) else ''])
        lines.append([org, proc, text, ansv, 'Helår 2025', h[0], h[1],
                      '2026-01-13' if (h[0] or h[1]) else ''])
        exp(CSV_FILE, org, text, st_, avv)
    with open(os.path.join(HERE, CSV_FILE), 'w', encoding='cp1252', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
        w.writerows(lines)
    FILES.append((CSV_FILE, 'INLAST', 'Samhällsbyggnadsnämnden', '2025', 'HELAR'))
    FILES.append((CSV_FILE, 'INLAST', 'Överförmyndarnämnden', '2025', 'HELAR'))


# ---------------------------------------------------------------------------------------------
# 6. Gymnasie- och vuxenutbildningsnämnden – .xls, status per year (2024 | 2025) with code legend
# ---------------------------------------------------------------------------------------------
GVN_FILE = 'GVN Uppföljning IKP 2025.xls'
GVN = [
    (1, 'Ekonomi', 'Kontroll av att interkommunala ersättningar (IKE) faktureras korrekt – '
                   'stickprov 20 elever', 'D', 'G', 'N', '', 'GENOMFORD', False),
    (2, 'Betyg och examen', 'Kontroll av att betyg i betygskatalogen överensstämmer med utfärdade '
                            'examensbevis (stickprov 25)', 'G', 'G', 'J',
     '1 av 25 examensbevis felaktigt, rättat och nytt utfärdat.', 'GENOMFORD', True),
    (3, 'Vuxenutbildning', 'Kontroll av att CSN-rapportering av studerande på Komvux sker inom '
                           '2 veckor', 'E', 'D', 'J',
     'Rapporteringen försenad för 14 elever i augusti. Rutin ses över.', 'DELVIS', True),
    (4, 'Gymnasieskola', 'Uppföljning av att lärlingsavtal finns för samtliga lärlingselever',
     'G', '', '', '', 'SAKNAS', False),
    (5, 'Inköp', 'Kontroll av att inköp av elevdatorer sker via ramavtal', '', 'U', '',
     'Ingår i KS gemensamma kontroll 2025.', 'UTGAR', False),
    (6, 'Gymnasieskola', 'Kontroll av frånvarorapportering och CSN-anmälan vid ogiltig frånvaro',
     '', 'E', 'N', 'Har inte hunnits med.', 'EJ_GENOMFORD', False),
    (7, 'Vuxenutbildning', 'Kontroll att SFI-elever registreras i elevsystemet inom en vecka från '
                           'kursstart', '', 'G', 'N', '', 'GENOMFORD', False),
]


def build_xls():
    wb = Workbook()
    ws = wb.active
    ws.title = 'Uppföljning'
    ws['A1'] = 'Gymnasie- och vuxenutbildningsnämnden'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Internkontroll – uppföljning helår 2025'
    ws['A3'] = ('Statuskoder: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, '
                'U = Utgår   |   Avvikelse: J = Ja, N = Nej')
    ws['A3'].font = Font(italic=True)
    head = ['Nr', 'Process', 'Kontrollmoment', 'Status 2024', 'Status 2025', 'Avvikelse',
            'Kommentar 2025']
    for i, h in enumerate(head, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.border = BORDER
        c.fill = PatternFill('solid', fgColor='FCE4D6')
    for i, w in enumerate([5, 18, 62, 11, 11, 10, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 6
    for nr, proc, text, s24, s25, avv_code, komm, st_, avv in GVN:
        for i, v in enumerate([nr, proc, text, s24, s25, avv_code, komm], 1):
            c = ws.cell(row=r, column=i, value=(v if v != '' else None))
            c.border = BORDER
            c.alignment = WRAP
        exp(GVN_FILE, 'Gymnasie- och vuxenutbildningsnämnden', text, st_, avv)
        r += 1
    ws.cell(row=r + 1, column=2, value='Sammanställt av: Karin Ahl, administrativ chef, 2026-01-22')
    tmp = tempfile.mkdtemp(prefix='r52x_')
    try:
        src = os.path.join(tmp, 'GVN Uppföljning IKP 2025.xlsx')
        wb.save(src)
        soffice_convert(src, 'xls', tmp)
        shutil.copy(os.path.join(tmp, 'GVN Uppföljning IKP 2025.xls'), os.path.join(HERE, GVN_FILE))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((GVN_FILE, 'INLAST', 'Gymnasie- och vuxenutbildningsnämnden', '2025', 'HELAR'))


# ---------------------------------------------------------------------------------------------
# 7. PDF protocol extract sent by mistake -> AVVISAD
# ---------------------------------------------------------------------------------------------
PDF_FILE = 'Protokollsutdrag KS 2025-12-10 §212.pdf'


def build_pdf():
    from docx import Document
    doc = Document()
    doc.add_paragraph('LAHOLMS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\t2025-12-10')
    doc.add_heading('§ 212  Dnr KS 2025/000418', level=2)
    doc.add_heading('Revidering av riktlinje för intern kontroll', level=2)
    doc.add_paragraph('Sammanfattning', style=None).runs[0].bold = True
    doc.add_paragraph(
        'Kommunledningsförvaltningen har sett över riktlinjen för intern kontroll. Förslaget '
        'innebär att nämndernas uppföljning av internkontrollplanen för helår ska lämnas till '
        'ekonomienheten senast den 15 januari, att ekonomienhetens gemensamma mall ska användas '
        'och att avvikelser ska redovisas med förslag till åtgärd.')
    doc.add_paragraph('Beslut').runs[0].bold = True
    doc.add_paragraph(
        'Kommunstyrelsen beslutar att anta reviderad riktlinje för intern kontroll att gälla från '
        'och med 2026-01-01.')
    doc.add_paragraph('Beslutet skickas till\nSamtliga nämnder\nEkonomienheten')
    doc.add_paragraph('Justerandes signatur ______   Utdragsbestyrkande ______')
    tmp = tempfile.mkdtemp(prefix='r52p_')
    try:
        src = os.path.join(tmp, 'protokoll.docx')
        doc.save(src)
        soffice_convert(src, 'pdf', tmp)
        shutil.copy(os.path.join(tmp, 'protokoll.pdf'), os.path.join(HERE, PDF_FILE))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((PDF_FILE, 'AVVISAD', '', '', ''))


# ---------------------------------------------------------------------------------------------
NAMNDER = [
    ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|KLF'),
    ('Barn- och utbildningsnämnden', 'BUN|Barn- och utbildningsförvaltningen|BUF'),
    ('Gymnasie- och vuxenutbildningsnämnden', 'GVN|Gymnasie- och vuxenutbildningsförvaltningen'),
    ('Socialnämnden', 'SN|Socialförvaltningen'),
    ('Vård- och omsorgsnämnden', 'VON|Vård- och omsorgsförvaltningen'),
    ('Kultur- och fritidsnämnden', 'KFN|Kultur- och fritidsförvaltningen'),
    ('Tekniska nämnden', 'TN|Tekniska förvaltningen'),
    ('Miljö- och byggnadsnämnden', 'MBN|Miljö- och byggförvaltningen'),
    ('Samhällsbyggnadsnämnden', 'SBN|Samhällsbyggnadsförvaltningen|SBF'),
    ('Överförmyndarnämnden', 'ÖFN|Överförmyndarenheten'),
    ('Valnämnden', 'VN'),
    ('Krisledningsnämnden', 'KLN'),
]


def main():
    keep = {'make_round.py', 'README.md'}
    for f in os.listdir(HERE):
        if f not in keep and os.path.isfile(os.path.join(HERE, f)):
            os.remove(os.path.join(HERE, f))
    build_workbook()
    build_docx()
    build_kfn()
    build_ods()
    build_csv()
    build_xls()
    build_pdf()
    # files in alphabetical order; expected rows grouped per file in that order (file order kept)
    order = sorted({f[0] for f in FILES}, key=lambda s: s.lower())
    files_sorted = [r for name in order for r in FILES if r[0] == name]
    exp_sorted = [r for name in order for r in EXPECTED if r[0] == name]
    with open(os.path.join(HERE, 'namnder.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write('nämnd;alias\n')
        for n, a in NAMNDER:
            f.write('%s;%s\n' % (n, a))
    with open(os.path.join(HERE, 'files.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write('fil;utfall;nämnd;år;period\n')
        for r in files_sorted:
            f.write(';'.join(r) + '\n')
    with open(os.path.join(HERE, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write('fil;nämnd;kontrollmoment;status;avvikelse\n')
        for r in exp_sorted:
            assert ';' not in r[2] and '\n' not in r[2], r
            f.write(';'.join(r) + '\n')
    print('files:', len(order), 'file rows:', len(files_sorted), 'controls:', len(exp_sorted))


if __name__ == '__main__':
    main()
