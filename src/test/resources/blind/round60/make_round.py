#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 60 – Katrineholms kommun (Södermanland), helårsuppföljning 2025.

Builds every follow-up file of the January inbox plus namnder.csv, files.csv and
expected.csv from scratch.  Re-runnable:  /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (Style, TextProperties, TableColumnProperties, TableCellProperties,
                       ParagraphProperties, TableProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import H, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert ';' not in km and '\n' not in km, km
    assert status in ('GENOMFORD', 'DELVIS', 'EJ_GENOMFORD', 'UTGAR', 'SAKNAS', 'OKLAR'), status
    assert avv in ('ja', 'nej')
    EXPECTED.append((fil, namnd, km, status, avv))


def clean_old():
    keep = {'make_round.py', 'README.md'}
    for f in os.listdir(OUT):
        if f in keep:
            continue
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)


THIN = Side(style='thin', color='808080')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical='top')


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, title rows, two-row merged header, process merged
#    vertically, status codes per tertial T1/T2/T3, legend + total at the bottom
# ---------------------------------------------------------------------------
def build_ks():
    fil = 'KS uppföljning internkontroll T3 2025.xlsx'
    N = 'Kommunstyrelsen'
    # (nr, kontrollmoment, metod, ansvarig, T1, T2, T3, iakttagelse, åtgärd, status, avv)
    groups = [
        ('Leverantörsfakturor och inköp', [
            ('1.1', 'Stickprov av 25 leverantörsfakturor per tertial avseende attest enligt attestordningen',
             'Slumpmässigt urval ur ekonomisystemet, 25 fakturor/tertial', 'Redovisningsansvarig',
             1, 1, 1,
             'T1 och T2 utan anmärkning. T3: 2 av 25 fakturor saknade beslutsattest av behörig attestant.',
             'Återkoppling till berörda chefer. Påminnelse om attestordningen i chefsforum.',
             'GENOMFORD', 'ja'),
            ('1.2', 'Kontroll att inköp över 100 tkr sker mot avtal eller efter dokumenterad direktupphandling',
             'Leverantörsreskontra helår mot avtalsdatabasen', 'Upphandlingschef',
             2, 2, 1,
             'Samtliga 14 inköp över 100 tkr hade avtal eller dokumenterad direktupphandling. Inga avvikelser.',
             '', 'GENOMFORD', 'nej'),
        ]),
        ('Löner och ersättningar', [
            ('2.1', 'Kontroll av att avslutade anställningar avslutas i lönesystemet i rätt tid',
             'Jämförelse HR-system mot utbetald lön, tre månader', 'Lönechef',
             2, 2, None,
             'Kontrollen påbörjades under hösten. Sammanställningen var inte klar vid rapporttillfället.',
             '', 'DELVIS', 'nej'),
            ('2.2', 'Stickprov av 15 reseräkningar och utlägg mot gällande resepolicy',
             'Stickprov i lönesystemet', 'Lönechef',
             None, 3, 3,
             'Ej genomförd p.g.a. vakans på löneenheten under hösten.',
             'Kontrollen flyttas till internkontrollplan 2026.', 'EJ_GENOMFORD', 'nej'),
        ]),
        ('Informationssäkerhet', [
            ('3.1', 'Genomgång av behörigheter i ekonomisystemet – borttag av användare som slutat',
             'Behörighetslista mot personalregister', 'Systemförvaltare ekonomi',
             None, 1, 1,
             'Vid T3-kontrollen hade 7 användare aktiv behörighet trots avslutad anställning. '
             'Behörigheterna togs bort 2025-11-20.',
             'Rutinen för avslut av behörighet ses över tillsammans med HR.', 'GENOMFORD', 'ja'),
            ('3.2', 'Kontroll av att logguppföljning i ärendehanteringssystemet genomförs kvartalsvis',
             'Granskning av loggrapporter', 'Informationssäkerhetssamordnare',
             1, 1, 5, '', '', 'OKLAR', 'nej'),
        ]),
        ('Styrning, ledning och delegation', [
            ('4.1', 'Kontroll av att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen',
             'Avstämning av delegationslistor mot protokoll', 'Kommunsekreterare',
             1, 1, 1, 'Inga avvikelser.', '', 'GENOMFORD', 'nej'),
            ('4.2', 'Uppföljning av att beslut i kommunstyrelsen verkställs inom fastställd tid',
             'Genomgång av ärendebalans', 'Kanslichef',
             2, 4, 4,
             'Utgår enligt beslut KS 2025-06-11 § 98. Ersätts av ny uppföljningsrutin i ärendesystemet.',
             '', 'UTGAR', 'nej'),
        ]),
        ('Upphandling', [
            ('5.1', 'Avtalstrohet – analys av inköp hos leverantörer utan avtal (spendanalys)',
             'Spendanalys helår', 'Upphandlingschef',
             None, None, None, '', '', 'SAKNAS', 'nej'),
            ('5.2', 'Kontroll av att jävsdeklarationer finns för deltagare i upphandlingar över direktupphandlingsgränsen',
             'Genomgång av upphandlingsdokumentation', 'Upphandlingschef',
             None, None, 2,
             'Genomgång av 4 av 6 upphandlingar. Jävsdeklaration saknades för en deltagare i en upphandling.',
             'Resterande två upphandlingar granskas i januari 2026.', 'DELVIS', 'ja'),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Uppföljning T3'
    ws['A1'] = 'Katrineholms kommun'
    ws['A1'].font = Font(bold=True, size=10, color='595959')
    ws['A2'] = 'Kommunstyrelsen – uppföljning av internkontrollplan 2025'
    ws['A2'].font = Font(bold=True, size=14)
    ws.merge_cells('A2:J2')
    ws['A3'] = 'Uppföljningsperiod: T3 (helår) 2025'
    ws['A3'].font = Font(bold=True)
    ws.merge_cells('A3:E3')
    ws['F3'] = 'Upprättad 2026-01-14 av Maria Lindqvist, controller KLF'
    ws['F3'].font = Font(italic=True)
    ws.merge_cells('F3:J3')
    hdr = ['Nr', 'Process', 'Kontrollmoment', 'Kontrollmetod / omfattning', 'Ansvarig',
           'Status', None, None, 'Iakttagelser / resultat', 'Åtgärd']
    head_fill = PatternFill('solid', fgColor='DDEBF7')
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = head_fill
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical='center', horizontal='center')
    for c, h in zip((6, 7, 8), ('T1', 'T2', 'T3')):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = head_fill
        cell.border = BOX
        cell.alignment = Alignment(horizontal='center')
    for col in 'ABCDEIJ':
        ws.merge_cells(f'{col}5:{col}6')
        ws[f'{col}6'].border = BOX
    ws.merge_cells('F5:H5')

    r = 7
    n_controls = 0
    for proc, rows in groups:
        start = r
        for (nr, km, metod, ansv, t1, t2, t3, iakt, atg, st, avv) in rows:
            vals = [nr, proc if r == start else None, km, metod, ansv, t1, t2, t3, iakt, atg]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if c in (6, 7, 8):
                    cell.alignment = Alignment(horizontal='center', vertical='top')
            exp(fil, N, km, st, avv)
            n_controls += 1
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=2).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=2, value='Totalt antal kontrollmoment').font = Font(bold=True)
    ws.cell(row=r, column=3, value=n_controls).alignment = Alignment(horizontal='left')
    r += 2
    ws.cell(row=r, column=2, value='Statuskoder:').font = Font(bold=True)
    for code, txt in ((1, 'Genomförd'), (2, 'Delvis genomförd / pågår'), (3, 'Ej genomförd'),
                      (4, 'Utgår (beslut i KS)')):
        r += 1
        ws.cell(row=r, column=2, value=f'{code} = {txt}')
    widths = {'A': 6, 'B': 22, 'C': 48, 'D': 30, 'E': 20, 'F': 6, 'G': 6, 'H': 6, 'I': 50, 'J': 36}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = 'C7'
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 2. Bildningsnämnden – docx, intro prose, one table per process, Bedömning words
# ---------------------------------------------------------------------------
def build_bin():
    fil = 'Bildningsnämnden - helårsuppföljning internkontrollplan 2025.docx'
    N = 'Bildningsnämnden'
    procs = [
        ('Skolskjutsar', [
            ('Kontroll av att beslut om skolskjuts fattas enligt gällande riktlinjer (stickprov 20 beslut)',
             'Stickprov 20 beslut ht 2025',
             'I 3 av 20 beslut saknades motivering till avsteg från avståndskravet. Handläggarna har fått '
             'återkoppling och mallen för beslut har kompletterats.',
             'Genomförd med anmärkning', 'GENOMFORD', 'ja'),
            ('Avstämning av fakturor från skolskjutsentreprenör mot körda turer',
             'Fakturor mars och oktober',
             'Fakturorna för mars och oktober har stämts av mot körjournal och turlista. Inga avvikelser.',
             'Genomförd', 'GENOMFORD', 'nej'),
        ]),
        ('Elevhälsa och dokumentation', [
            ('Kontroll av att elevhälsans journaler förs i enlighet med patientdatalagen',
             'Journalgranskning, 5 journaler per skolenhet',
             'Granskning genomförd på 4 av 7 skolenheter utan anmärkning. Resterande enheter granskas vt 2026.',
             'Delvis genomförd', 'DELVIS', 'nej'),
            ('Kontroll av att anmälan om kränkande behandling görs till huvudman inom fem dagar',
             'Uttag ur dokumentationssystemet',
             'Kontrollen har inte genomförts under 2025 på grund av byte av dokumentationssystem.',
             '', 'EJ_GENOMFORD', 'nej'),
        ]),
        ('Ekonomi och statsbidrag', [
            ('Kontroll av att rekvirerade statsbidrag redovisas och återbetalas enligt villkoren',
             'Genomgång av samtliga rekvirerade bidrag', '', 'Se bilaga 3', 'OKLAR', 'nej'),
            ('Uppföljning av att barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift (inkomstkontroll)',
             'Inkomstkontroll mot Skatteverkets uppgifter',
             'Inkomstkontroll genomförd i oktober. 41 hushåll hade lämnat för låg inkomstuppgift, '
             'efterdebitering totalt 186 tkr.',
             'Genomförd', 'GENOMFORD', 'ja'),
        ]),
        ('Personal och rekrytering', [
            ('Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning (stickprov 15)',
             'Stickprov 15 anställningar',
             'Stickprovet är genomfört i december, utdrag fanns i samtliga 15 anställningar.',
             'Ej genomförd', 'EJ_GENOMFORD', 'nej'),
            ('Kontroll av att lärare som undervisar har legitimation och behörighet i ämnet',
             'Uttag ur Skolverkets lärarregister',
             'Hanteras i det systematiska kvalitetsarbetet enligt beslut BIN 2025-03-18 § 27.',
             'Utgår', 'UTGAR', 'nej'),
        ]),
    ]
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10.5)
    p = d.add_paragraph('KATRINEHOLMS KOMMUN\tTjänsteskrivelse')
    p.runs[0].bold = True
    d.add_paragraph('Bildningsförvaltningen\t2026-01-12\nKarin Ek, förvaltningschef\tDnr BIN/2025:112')
    d.add_heading('Helårsuppföljning av internkontrollplan 2025', level=1)
    d.add_paragraph('Bildningsnämnden', style='Subtitle')
    d.add_heading('Sammanfattning', level=2)
    d.add_paragraph(
        'Bildningsnämnden antog i december 2024 en internkontrollplan för 2025 med åtta kontrollmoment '
        'inom fyra processer. Uppföljningen visar att merparten av kontrollerna har genomförts. '
        'Två kontroller har gett anledning till åtgärder. En kontroll har utgått efter beslut i nämnden.')
    d.add_paragraph(
        'Bedömning anges per kontrollmoment som Genomförd, Genomförd med anmärkning, Delvis genomförd, '
        'Ej genomförd eller Utgår.')
    d.add_heading('Uppföljning per process', level=2)
    for proc, ctrls in procs:
        d.add_heading('Process: ' + proc, level=3)
        t = d.add_table(rows=1, cols=4)
        t.style = 'Table Grid'
        for i, h in enumerate(('Kontrollmoment', 'Omfattning', 'Resultat och iakttagelser helår', 'Bedömning')):
            t.rows[0].cells[i].text = ''
            run = t.rows[0].cells[i].paragraphs[0].add_run(h)
            run.bold = True
        for km, omf, res, bed, status, avv in ctrls:
            row = t.add_row().cells
            row[0].text = km
            row[1].text = omf
            row[2].text = res
            row[3].text = bed
            exp(fil, N, km, status, avv)
        for row in t.rows:
            for i, w in enumerate((Cm(5.5), Cm(3.2), Cm(6.0), Cm(2.6))):
                row.cells[i].width = w
        d.add_paragraph()
    d.add_heading('Förvaltningens bedömning', level=2)
    d.add_paragraph(
        'Förvaltningen bedömer att den interna kontrollen i allt väsentligt är tillräcklig. Kontrollen av '
        'journalföring i elevhälsan slutförs under våren 2026. Kontrollen av anmälan om kränkande behandling '
        'förs över till internkontrollplanen 2026.')
    d.add_paragraph('Bilaga 3: Sammanställning statsbidrag 2025 (separat fil)')
    d.add_paragraph('\nKarin Ek\nFörvaltningschef')
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – xls (via soffice), one sheet per period, status by fill
#    colour only, colour legend on each sheet, group heading rows
# ---------------------------------------------------------------------------
def build_sn(tmpdir):
    fil = 'SN_IK_uppföljning_2025.xls'
    N = 'Socialnämnden'
    G, Y, R, GR = '00B050', 'FFFF00', 'FF0000', 'A6A6A6'
    # nr, km, frekvens, ansvarig, (delår färg, kommentar), (helår färg, kommentar), status, avv
    groups = [
        ('Ekonomiskt bistånd', [
            ('1', 'Stickprov av 20 utbetalningar av ekonomiskt bistånd – beslut, attest och utbetalning överensstämmer',
             'Två ggr/år', 'Enhetschef försörjningsstöd',
             (G, 'Stickprov 20 utbetalningar jan–jun, inga avvikelser.'),
             (G, 'Stickprov 20 utbetalningar under hösten. Två utbetalningar saknade attest av behörig '
                 'handläggare, rutinen har förtydligats.'),
             'GENOMFORD', 'ja'),
            ('2', 'Kontroll av att uppgifter hämtas via SSBTEK vid varje nybesök',
             'Löpande', 'Enhetschef försörjningsstöd',
             (Y, 'Kontroll görs i de flesta nybesök, genomgång av ärenden pågår.'),
             (None, ''),
             'DELVIS', 'nej'),
            ('3', 'Uppföljning av att beslutade återkrav bevakas och debiteras',
             'Årligen', 'Ekonomiadministratör',
             (R, 'Ej påbörjad, planeras till hösten.'),
             (Y, 'Genomgång påbörjad i november, 12 av 30 ärenden kontrollerade.'),
             'DELVIS', 'nej'),
        ]),
        ('Barn och unga', [
            ('4', 'Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar',
             'Tertialvis', 'Enhetschef mottagning',
             (G, '40 anmälningar jan–jun kontrollerade, 95 % inom 14 dagar.'),
             (G, 'Helår: 92 % av förhandsbedömningarna gjordes inom 14 dagar, 8 ärenden överskred tidsgränsen.'),
             'GENOMFORD', 'ja'),
            ('5', 'Kontroll av att placerade barn har aktuell vårdplan och genomförandeplan',
             'Årligen', 'Enhetschef barn och unga',
             (None, ''),
             (R, 'Kontrollen hann inte genomföras p.g.a. hög arbetsbelastning och vakanser.'),
             'EJ_GENOMFORD', 'nej'),
            ('6', 'Avstämning av fakturor för externa placeringar (HVB) mot beslut och avtal',
             'Kvartalsvis', 'Controller',
             (None, ''),
             (None, 'Klart – samtliga fakturor okt–dec stämda mot beslut och avtal, inga avvikelser.'),
             'GENOMFORD', 'nej'),
        ]),
        ('Administration och informationssäkerhet', [
            ('7', 'Kontroll av att delegationsbeslut anmäls till nämnden månadsvis',
             'Månadsvis', 'Nämndsekreterare',
             (Y, 'Pågår.'),
             (GR, 'Ersatt av digital anmälan i ärendesystemet från september.'),
             'UTGAR', 'nej'),
            ('8', 'Kontroll av behörigheter och loggar i verksamhetssystemet',
             'Halvår', 'Systemförvaltare',
             (None, ''),
             (None, ''),
             'SAKNAS', 'nej'),
        ]),
    ]
    wb = openpyxl.Workbook()
    first = True
    for idx, (sheetname, title) in enumerate((('Delår 2025', 'Uppföljning per 31 augusti 2025 (delår)'),
                                               ('Helår 2025', 'Uppföljning helår 2025'))):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheetname
        ws['A1'] = 'Socialnämnden – Internkontroll 2025'
        ws['A1'].font = Font(bold=True, size=13)
        ws['A2'] = title
        ws['A2'].font = Font(italic=True)
        ws['A3'] = 'Färgförklaring:'
        ws['A3'].font = Font(bold=True)
        for c, (col, txt) in enumerate(((G, 'Genomförd'), (Y, 'Delvis genomförd / pågår'),
                                        (R, 'Ej genomförd'), (GR, 'Utgår')), 2):
            cell = ws.cell(row=3, column=c, value=txt)
            cell.fill = PatternFill('solid', fgColor=col)
            cell.border = BOX
        hdr = ['Nr', 'Kontrollmoment', 'Frekvens', 'Ansvarig', 'Status', 'Kommentar']
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = Font(bold=True)
            cell.border = BOX
        r = 6
        for gname, rows in groups:
            ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            for (nr, km, frek, ansv, dl, hl, st, avv) in rows:
                color, comm = (dl, hl)[idx]
                vals = [nr, km, frek, ansv, None, comm or None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                if color:
                    ws.cell(row=r, column=5).fill = PatternFill('solid', fgColor=color)
                if idx == 0:
                    exp(fil, N, km, st, avv)
                r += 1
        r += 1
        ws.cell(row=r, column=2, value='Sammanställt av: Lena Berg, kvalitetsutvecklare, Socialförvaltningen')
        for k, v in {'A': 5, 'B': 60, 'C': 12, 'D': 26, 'E': 10, 'F': 60}.items():
            ws.column_dimensions[k].width = v
    tmp = os.path.join(tmpdir, 'SN_IK_uppföljning_2025.xlsx')
    wb.save(tmp)
    soffice_convert(tmp, 'xls', tmpdir)
    shutil.move(os.path.join(tmpdir, 'SN_IK_uppföljning_2025.xls'), os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))


def soffice_convert(path, fmt, outdir):
    prof = 'file:///tmp/lo_profile_round60'
    subprocess.run(['soffice', f'-env:UserInstallation={prof}', '--headless', '--convert-to', fmt,
                    '--outdir', outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 4. Kultur- och turismnämnden – odt, one label/value table per control with
#    ☒/☐ check boxes
# ---------------------------------------------------------------------------
def build_ktn():
    fil = 'KTN Uppföljning intern kontroll helår 2025.odt'
    N = 'Kultur- och turismnämnden'
    X, O = '☒', '☐'

    def boxes(ja=False, delvis=False, nej=False, utgar=False):
        return (f'{X if ja else O} Ja   {X if delvis else O} Delvis   {X if nej else O} Nej   '
                f'{X if utgar else O} Utgår')
    ctrls = [
        ('Kassahantering', 'Kontroll av dagskassor på kulturhuset och turistbyrån – avstämning mot kassasystem',
         'Enhetschef besöksnäring', boxes(ja=True),
         'Oanmäld kassakontroll vid fyra tillfällen. Differens på 350 kr vid ett tillfälle på turistbyrån.',
         'Differensen utredd, rutin för kassaöverlämning vid skiftbyte har förtydligats.', 'GENOMFORD', 'ja'),
        ('Föreningsbidrag', 'Kontroll av att bidrag till föreningar betalas ut enligt beslut och riktlinjer',
         'Föreningskonsulent', boxes(delvis=True),
         'Stickprov på 10 av planerade 20 bidrag genomfört. Inga avvikelser hittills.',
         'Resterande stickprov görs i februari.', 'DELVIS', 'nej'),
        ('Skydd av tillgångar', 'Inventering av konst i kommunens konstsamling (stickprov 30 verk)',
         'Konstintendent', boxes(ja=True, delvis=True),
         '28 verk återfunna på angiven placering. 2 verk kunde inte lokaliseras och är under utredning.',
         'Polisanmälan övervägs om verken inte återfinns.', 'OKLAR', 'ja'),
        ('Lokaluthyrning', 'Kontroll av att lokaluthyrning i idrottsanläggningar faktureras enligt taxa',
         'Bokningsansvarig', boxes(),
         'Kontrollen är genomförd. 40 bokningar i bokningssystemet jämförda mot fakturor, inga avvikelser.',
         '', 'GENOMFORD', 'nej'),
        ('Avtal och diarium', 'Kontroll av att avtal med evenemangsleverantörer är diarieförda',
         'Nämndsekreterare', boxes(), '', '', 'SAKNAS', 'nej'),
        ('Bibliotek', 'Uppföljning av att bibliotekets ersättningar för förkomna medier debiteras',
         'Bibliotekschef', boxes(nej=True),
         'Ej genomförd. Bibliotekssystemet byttes i september och underlag saknas för perioden.',
         'Kontrollen tas med i plan 2026.', 'EJ_GENOMFORD', 'nej'),
    ]
    doc = OpenDocumentText()
    bold = Style(name='Fet', family='text')
    bold.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bold)
    title = Style(name='Rubrik', family='paragraph')
    title.addElement(TextProperties(fontsize='16pt', fontweight='bold'))
    doc.automaticstyles.addElement(title)
    h2 = Style(name='Rubrik2', family='paragraph')
    h2.addElement(TextProperties(fontsize='12pt', fontweight='bold'))
    h2.addElement(ParagraphProperties(margintop='0.4cm', marginbottom='0.1cm'))
    doc.automaticstyles.addElement(h2)
    tstyle = Style(name='Tab', family='table')
    tstyle.addElement(TableProperties(width='16cm'))
    doc.automaticstyles.addElement(tstyle)
    c1 = Style(name='Kol1', family='table-column')
    c1.addElement(TableColumnProperties(columnwidth='4cm'))
    doc.automaticstyles.addElement(c1)
    c2 = Style(name='Kol2', family='table-column')
    c2.addElement(TableColumnProperties(columnwidth='12cm'))
    doc.automaticstyles.addElement(c2)
    cs = Style(name='Cell', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
    doc.automaticstyles.addElement(cs)
    lab = Style(name='CellLabel', family='table-cell')
    lab.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm', backgroundcolor='#E7E6E6'))
    doc.automaticstyles.addElement(lab)

    doc.text.addElement(P(text='Katrineholms kommun – Kultur- och turismförvaltningen'))
    doc.text.addElement(H(outlinelevel=1, stylename=title, text='Kultur- och turismnämnden'))
    doc.text.addElement(P(stylename=h2, text='Uppföljning av intern kontroll – helår 2025'))
    doc.text.addElement(P(text='Nämnden fastställde internkontrollplanen för 2025 den 12 december 2024 (§ 88). '
                               'Nedan redovisas utfallet per kontrollmoment. Markera med ☒ i rutan för utförd '
                               'kontroll.'))
    for i, (proc, km, ansv, box, res, atg, status, avv) in enumerate(ctrls, 1):
        doc.text.addElement(P(stylename=h2, text=f'Kontroll {i}'))
        t = Table(name=f'Kontroll{i}', stylename=tstyle)
        t.addElement(TableColumn(stylename=c1))
        t.addElement(TableColumn(stylename=c2))
        for label, val in (('Process', proc), ('Kontrollmoment', km), ('Ansvarig', ansv),
                           ('Utförd', box), ('Resultat', res), ('Avvikelse / åtgärd', atg)):
            tr = TableRow()
            a = TableCell(stylename=lab, valuetype='string')
            pa = P()
            pa.addElement(Span(stylename=bold, text=label))
            a.addElement(pa)
            b = TableCell(stylename=cs, valuetype='string')
            b.addElement(P(text=val))
            tr.addElement(a)
            tr.addElement(b)
            t.addElement(tr)
        doc.text.addElement(t)
        exp(fil, N, km, status, avv)
    doc.text.addElement(P(text=''))
    doc.text.addElement(P(text='Katrineholm 2026-01-09'))
    doc.text.addElement(P(text='Johan Sundin, kultur- och turismchef'))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 5. Export from the governance system – CSV Windows-1252, three nämnder, one
#    row per control and period (Delår 2025 / Helår 2025)
# ---------------------------------------------------------------------------
def build_export():
    fil = 'IK_export_helar2025_20260112.csv'
    # org name in file, register name, rows: (process, km, [(period, status, kommentar)], status, avv)
    data = [
        ('Samhällsbyggnadsnämnden', 'Samhällsbyggnadsnämnden', [
            ('Exploatering', 'Kontroll av att exploateringsavtal följs upp avseende ekonomiska åtaganden',
             [('Delår 2025', 'Pågående', 'Tre av sex avtal genomgångna.'),
              ('Helår 2025', 'Genomförd', 'Samtliga sex avtal uppföljda. Ett avtal saknade ställd säkerhet '
                                          'enligt avtalsvillkoren, exploatören har kontaktats.')],
             'GENOMFORD', 'ja'),
            ('Markförsörjning', 'Kontroll av att markanvisningar sker enligt antagen markanvisningspolicy',
             [('Delår 2025', 'Ej påbörjad', ''),
              ('Helår 2025', 'Ej genomförd', 'Inga markanvisningar har gjorts under året.')],
             'EJ_GENOMFORD', 'nej'),
            ('Bostadsanpassning', 'Uppföljning av att bostadsanpassningsbidrag beslutas inom åtta veckor',
             [('Delår 2025', 'Pågående', 'Mätning jan–jun: 81 % av besluten inom åtta veckor, målet 90 % är inte nått.')],
             'DELVIS', 'ja'),
            ('Planverksamhet', 'Kontroll av att planavgifter faktureras enligt tecknade plankostnadsavtal',
             [('Delår 2025', '', ''),
              ('Helår 2025', '', 'Kontrollen utförd i december, fyra plankostnadsavtal stämda mot fakturering. '
                                 'Inga avvikelser.')],
             'GENOMFORD', 'nej'),
            ('Ekonomi', 'Kontroll av attesträtter i ekonomisystemet för förvaltningens ansvar',
             [('Delår 2025', '', ''),
              ('Helår 2025', 'Utgår', 'Genomförs centralt av kommunledningsförvaltningen.')],
             'UTGAR', 'nej'),
        ]),
        ('Bygg- och miljönämnden', 'Bygg- och miljönämnden', [
            ('Bygglov', 'Stickprov av 15 bygglovsärenden – avgift debiterad enligt taxa',
             [('Delår 2025', 'Genomförd', 'Inga avvikelser.'),
              ('Helår 2025', 'Genomförd', 'Felaktig avgift i 2 ärenden (för låg debitering), rättad.')],
             'GENOMFORD', 'ja'),
            ('Livsmedelskontroll', 'Kontroll av att tillsynsplanen för livsmedelskontroll följs',
             [('Delår 2025', 'Pågående', ''),
              ('Helår 2025', 'Delvis genomförd', '212 av 260 planerade kontroller utförda. Resterande flyttas till 2026.')],
             'DELVIS', 'nej'),
            ('Sanktionsavgifter', 'Kontroll av att beslut om sanktionsavgifter expedieras och följs upp',
             [('Delår 2025', '', ''),
              ('Helår 2025', '', '')],
             'SAKNAS', 'nej'),
            ('Myndighetsutövning', 'Kontroll av att handläggare anmäler jäv enligt rutin',
             [('Delår 2025', '', ''),
              ('Helår 2025', 'Se kommentar', 'Återkommer.')],
             'OKLAR', 'nej'),
        ]),
        ('Service- och teknikförvaltningen', 'Service- och tekniknämnden', [
            ('Fordon', 'Avstämning av fakturor för drivmedel mot tankkortsrapport',
             [('Delår 2025', 'Genomförd', 'Inga avvikelser.'),
              ('Helår 2025', 'Genomförd', 'Inga avvikelser.')],
             'GENOMFORD', 'nej'),
            ('Fordon', 'Kontroll av att körjournal förs löpande för kommunens fordon',
             [('Delår 2025', 'Pågående', ''),
              ('Helår 2025', 'Genomförd', 'Körjournal saknades för 3 av 42 fordon, påminnelse skickad till ansvariga chefer.')],
             'GENOMFORD', 'ja'),
            ('Måltidsverksamhet', 'Kontroll av att livsmedelsinköp sker från avtalade leverantörer',
             [('Delår 2025', 'Pågående', ''),
              ('Helår 2025', 'Pågående', 'Köp utanför avtal har noterats hos två leverantörer. Helårsanalys klar i februari.')],
             'DELVIS', 'ja'),
            ('Fastighet', 'Kontroll av att felanmälningar i fastighetssystemet åtgärdas inom avtalad tid',
             [('Delår 2025', 'Ej påbörjad', ''),
              ('Helår 2025', 'Ej påbörjad', 'Prioriterades bort på grund av systembyte.')],
             'EJ_GENOMFORD', 'nej'),
            ('Fastighet', 'Kontroll av nyckel- och passerkortshantering i kommunens lokaler',
             [('Delår 2025', 'Genomförd', 'Inventering av passerkort klar, 57 kort som inte längre skulle vara '
                                          'aktiva har spärrats.'),
              ('Helår 2025', '', '')],
             'GENOMFORD', 'ja'),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', quoting=csv.QUOTE_ALL, lineterminator='\r\n')
    w.writerow(['Organisation', 'Plan', 'Process', 'Kontrollmoment', 'Period', 'Status', 'Kommentar',
                'Senast ändrad'])
    dates = {'Delår 2025': '2025-09-15', 'Helår 2025': '2026-01-09'}
    for org, reg, rows in data:
        for proc, km, periods, status, avv in rows:
            for per, st, kom in periods:
                w.writerow([org, 'Internkontrollplan 2025', proc, km, per, st, kom,
                            dates[per] if (st or kom) else ''])
            exp(fil, reg, km, status, avv)
        FILES.append((fil, 'INLAST', reg, '2025', 'HELAR'))
    with open(os.path.join(OUT, fil), 'wb') as f:
        f.write(buf.getvalue().encode('cp1252'))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden – ods, tick columns (X), group heading rows,
#    totals row, signature
# ---------------------------------------------------------------------------
def build_von():
    fil = 'VON internkontroll helår 2025.ods'
    N = 'Vård- och omsorgsnämnden'
    # km, tick columns (G, D, E, EA), kommentar, status, avv
    groups = [
        ('Område: Hemtjänst', [
            ('Kontroll av att beviljad tid i hemtjänst överensstämmer med utförd tid (stickprov 20 brukare)',
             'X', '', '', '', 'Avvikelse över 20 % i 3 ärenden. Biståndshandläggare har informerats.',
             'GENOMFORD', 'ja'),
            ('Kontroll av att nyckelhantering i hemtjänsten följer rutin (kvittens av nycklar)',
             '', 'x', '', '', 'Kontrollerat i 3 av 5 hemtjänstgrupper, utan anmärkning.', 'DELVIS', 'nej'),
            ('Kontroll av att händelser enligt lex Sarah rapporteras och utreds inom fastställd tid',
             'X', '', 'X', '', '', 'OKLAR', 'nej'),
        ]),
        ('Område: Särskilt boende', [
            ('Kontroll av att läkemedelsförråd inventeras och narkotikaklassade läkemedel stäms av',
             'X', '', '', '', 'Avstämning gjord på samtliga boenden, inga differenser.', 'GENOMFORD', 'nej'),
            ('Kontroll av att boendes privata medel hanteras enligt rutin',
             '', '', '', '', 'Ej genomförd under året, planeras till våren 2026.', 'EJ_GENOMFORD', 'nej'),
            ('Kontroll av att genomförandeplaner upprättas inom 14 dagar efter inflyttning',
             '', '', '', '', '', 'SAKNAS', 'nej'),
        ]),
        ('Område: Ekonomi och administration', [
            ('Kontroll av att avgiftsbeslut grundar sig på aktuell inkomstförfrågan',
             '', '', '', 'X', 'Avgiftshandläggningen är centraliserad och kontrollen ligger i KS plan.',
             'UTGAR', 'nej'),
            ('Stickprov av 10 fakturor från privata utförare inom LOV mot registrerad tid',
             '', '', 'X', '', '', 'EJ_GENOMFORD', 'nej'),
        ]),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name='bold', family='table-cell')
    bold.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bold)
    big = Style(name='big', family='table-cell')
    big.addElement(TextProperties(fontweight='bold', fontsize='14pt'))
    doc.automaticstyles.addElement(big)
    head = Style(name='head', family='table-cell')
    head.addElement(TextProperties(fontweight='bold'))
    head.addElement(TableCellProperties(backgroundcolor='#FCE4D6', border='0.5pt solid #000000', wrapoption='wrap'))
    doc.automaticstyles.addElement(head)
    box = Style(name='box', family='table-cell')
    box.addElement(TableCellProperties(border='0.5pt solid #000000', wrapoption='wrap'))
    doc.automaticstyles.addElement(box)
    widths = ['1.0cm', '9.5cm', '2.2cm', '2.0cm', '2.4cm', '2.2cm', '9.0cm']
    t = Table(name='Uppföljning 2025')
    for i, wd in enumerate(widths):
        cst = Style(name=f'co{i}', family='table-column')
        cst.addElement(TableColumnProperties(columnwidth=wd))
        doc.automaticstyles.addElement(cst)
        t.addElement(TableColumn(stylename=cst))
    ncol = len(widths)

    def row(vals, style=None, span=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            kw = {}
            if style is not None:
                kw['stylename'] = style
            if v is None or v == '':
                c = TableCell(**kw)
            elif isinstance(v, (int, float)):
                c = TableCell(valuetype='float', value=v, **kw)
                c.addElement(P(text=str(v)))
            else:
                c = TableCell(valuetype='string', **kw)
                c.addElement(P(text=v))
            if span and i == 0:
                c.setAttribute('numbercolumnsspanned', span)
                tr.addElement(c)
                for _ in range(span - 1):
                    tr.addElement(CoveredTableCell())
                break
            tr.addElement(c)
        t.addElement(tr)

    row(['Vård- och omsorgsnämnden'], big)
    row(['Uppföljning av internkontrollplan – helår 2025'], bold)
    row([''])
    row(['Markera med X i den kolumn som gäller. Kommentera alltid avvikelser och ej genomförda kontroller.'])
    row([''])
    row(['Nr', 'Kontrollmoment', 'Genomförd', 'Delvis', 'Ej genomförd', 'Ej aktuell', 'Kommentar / resultat'], head)
    n = 0
    sums = [0, 0, 0, 0]
    for gname, ctrls in groups:
        row([gname], bold, span=ncol)
        for km, g, dv, e, ea, kom, status, avv in ctrls:
            n += 1
            row([n, km, g, dv, e, ea, kom], box)
            for i, v in enumerate((g, dv, e, ea)):
                if v:
                    sums[i] += 1
            exp(fil, N, km, status, avv)
    row(['', 'Summa markeringar', sums[0], sums[1], sums[2], sums[3], ''], bold)
    row([''])
    row(['', 'Godkänd av: Anders Holm, förvaltningschef vård och omsorg, 2026-01-13'])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 7. Viadidakt – xlsx, status per year side by side (2024 | 2025) with
#    emoji and legend; the file does not say which period
# ---------------------------------------------------------------------------
def build_via():
    fil = 'Viadidakt_IK_2025.xlsx'
    N = 'Viadidaktnämnden'
    GRN, YEL, RED, WHT = '🟢', '🟡', '🔴', '⚪'
    rows = [
        ('Arbetsmarknad', 'Kontroll av att deltagare i arbetsmarknadsinsatser har en dokumenterad handlingsplan',
         'Stickprov 25 deltagare', YEL, GRN, 'Stickprov 25 deltagare, samtliga hade aktuell handlingsplan.',
         'GENOMFORD', 'nej'),
        ('Arbetsmarknad', 'Kontroll av att lönebidrag och anställningsstöd rekvireras från Arbetsförmedlingen i rätt tid',
         'Genomgång av rekvisitioner', GRN, YEL, 'Rekvisitioner för okt–dec är inte klara, beräknas klara i februari.',
         'DELVIS', 'nej'),
        ('Vuxenutbildning', 'Kontroll av att betyg i vuxenutbildningen registreras och signeras korrekt',
         'Stickprov 30 betyg', GRN, '', '', 'SAKNAS', 'nej'),
        ('Vuxenutbildning', 'Kontroll av att statsbidrag för regional yrkesvux redovisas till Skolverket enligt villkor',
         'Genomgång av redovisning', RED, RED, 'Kontrollen ej utförd, ansvarig handläggare har slutat.',
         'EJ_GENOMFORD', 'nej'),
        ('Ersättningar', 'Kontroll av närvarorapportering som underlag för aktivitetsersättning',
         'Avstämning närvarolistor', GRN, '?', 'Oklart om fjärde kvartalet är rapporterat.', 'OKLAR', 'nej'),
        ('Försäljning', 'Kontroll av kassaredovisning i Viadidakts butik och second hand',
         'Kassakontroll', YEL, WHT, 'Butiken avvecklades per 2025-06-30.', 'UTGAR', 'nej'),
        ('Ersättningar', 'Uppföljning av att ersättning till praktikanter betalas ut enligt beslut',
         'Stickprov 20 utbetalningar', GRN, GRN,
         'Stickprov 20 utbetalningar. En dubbelutbetalning (2 400 kr) upptäcktes och har återkrävts.',
         'GENOMFORD', 'ja'),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'IK 2024-2025'
    ws['A1'] = 'Viadidakt – Internkontrollplan 2025, uppföljning'
    ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Senast uppdaterad 2026-01-08 / Sara Nilsson, verksamhetscontroller'
    ws['A2'].font = Font(italic=True, color='7F7F7F')
    hdr = ['Kontrollområde', 'Kontrollmoment', 'Metod', 'Status 2024', 'Status 2025', 'Kommentar 2025']
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color='FFFFFF')
        cell.fill = PatternFill('solid', fgColor='305496')
        cell.border = BOX
    r = 5
    for omr, km, met, s24, s25, kom, status, avv in rows:
        for c, v in enumerate([omr, km, met, s24 or None, s25 or None, kom or None], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP if c not in (4, 5) else Alignment(horizontal='center', vertical='top')
        exp(fil, N, km, status, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Teckenförklaring').font = Font(bold=True)
    for sym, txt in ((GRN, 'Genomförd'), (YEL, 'Pågår / delvis genomförd'), (RED, 'Ej genomförd'),
                     (WHT, 'Utgår / ej aktuell')):
        r += 1
        ws.cell(row=r, column=1, value=sym).alignment = Alignment(horizontal='center')
        ws.cell(row=r, column=2, value=txt)
    for k, v in {'A': 18, 'B': 62, 'C': 26, 'D': 12, 'E': 12, 'F': 60}.items():
        ws.column_dimensions[k].width = v
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', ''))


# ---------------------------------------------------------------------------
# 8. To reject: a covering letter from Överförmyndarnämnden with no controls
# ---------------------------------------------------------------------------
def build_letter():
    fil = 'Följebrev Överförmyndarnämnden IK 2025.docx'
    d = docx.Document()
    d.add_paragraph('KATRINEHOLMS KOMMUN').runs[0].bold = True
    d.add_paragraph('Överförmyndarnämnden\n2026-01-07')
    d.add_paragraph('Till: Ekonomienheten, kommunledningsförvaltningen')
    d.add_heading('Angående uppföljning av intern kontroll 2025', level=1)
    d.add_paragraph(
        'Överförmyndarnämnden har inte antagit någon egen internkontrollplan för 2025. Nämndens verksamhet '
        'omfattades under året av den granskning av ställföreträdarnas årsräkningar som görs löpande och som '
        'redovisas i nämndens verksamhetsberättelse.')
    d.add_paragraph(
        'Någon uppföljning enligt mallen lämnas därför inte in. Inför 2026 kommer nämnden att anta en plan i '
        'samband med att risk- och väsentlighetsanalysen görs i februari.')
    d.add_paragraph('Med vänlig hälsning\n\nEva Karlsson\nNämndsekreterare, överförmyndarnämnden')
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, 'AVVISAD', '', '', ''))


REGISTER = [
    ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|KLF'),
    ('Bildningsnämnden', 'BIN|Bildningsförvaltningen'),
    ('Socialnämnden', 'SN|Socialförvaltningen'),
    ('Kultur- och turismnämnden', 'KTN|Kultur- och turismförvaltningen'),
    ('Samhällsbyggnadsnämnden', 'SBN|Samhällsbyggnadsförvaltningen'),
    ('Bygg- och miljönämnden', 'BMN'),
    ('Service- och tekniknämnden', 'STN|Service- och teknikförvaltningen'),
    ('Vård- och omsorgsnämnden', 'VON|Vård- och omsorgsförvaltningen'),
    ('Viadidaktnämnden', 'VIAN|Viadidakt'),
    ('Överförmyndarnämnden', 'ÖFN|Överförmyndarverksamheten'),
    ('Valnämnden', 'VN'),
]


def write_csvs():
    with open(os.path.join(OUT, 'namnder.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write('nämnd;alias\n')
        for n, a in REGISTER:
            f.write(f'{n};{a}\n')
    with open(os.path.join(OUT, 'files.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write('fil;utfall;nämnd;år;period\n')
        for row in FILES:
            f.write(';'.join(row) + '\n')
    with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write('fil;nämnd;kontrollmoment;status;avvikelse\n')
        for row in EXPECTED:
            f.write(';'.join(row) + '\n')


def main():
    clean_old()
    tmpdir = tempfile.mkdtemp(prefix='round60_')
    try:
        build_ks()
        build_bin()
        build_sn(tmpdir)
        build_ktn()
        build_export()
        build_von()
        build_via()
        build_letter()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csvs()
    regs = {n for n, _ in REGISTER}
    assert all(e[1] in regs for e in EXPECTED)
    assert all(r[2] in regs for r in FILES if r[1] == 'INLAST')
    print(len(FILES), 'files.csv rows,', len(EXPECTED), 'controls')


if __name__ == '__main__':
    main()
