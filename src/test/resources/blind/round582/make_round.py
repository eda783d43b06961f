#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round r582 - Klippans kommun, tertial 1 2025.
Builds every follow-up file plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import io
import os

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
import docx
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H

OUT = os.path.dirname(os.path.abspath(__file__))
import datetime
FIXED = datetime.datetime(2025, 5, 12, 9, 0, 0)


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = 'Klippans kommun'

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def s(cell, value):
    """Write a value as a plain string (never a formula)."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = 's'


thin = Side(style='thin', color='808080')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')


# ---------------------------------------------------------------------------
# 1. Barn- och utbildningsförvaltningen - xlsx, status 0-3
# ---------------------------------------------------------------------------
def make_bun():
    fil = 'BUF_IK_uppfoljning_T1_2025.xlsx'
    N = 'Barn- och utbildningsnämnden'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Uppföljning T1'
    s(ws['A1'], 'Barn- och utbildningsförvaltningen')
    ws['A1'].font = Font(bold=True, size=14)
    s(ws['A2'], 'Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)')
    ws['A2'].font = Font(bold=True, size=12)
    s(ws['A3'], 'Fyll i status med siffra enligt rubriken. Avvikelse anges med Ja/Nej.')
    ws['A3'].font = Font(italic=True, size=9)
    hdr = ['Nr', 'Process', 'Kontrollmoment', 'Ansvarig',
           'Status (0=ej påbörjad, 1=påbörjad, 2=delvis, 3=klar)', 'Avvikelse (Ja/Nej)', 'Kommentar']
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c)
        s(cell, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill('solid', fgColor='BDD7EE')
        cell.alignment = WRAP
        cell.border = BORDER
    rows = [
        ('grp', 'Ekonomi'),
        ('1.1', 'Ekonomi', 'Attest av leverantörsfakturor enligt attestordningen', 'Ekonomichef', 3, 'Nej',
         'Stickprov om 30 fakturor, samtliga korrekt attesterade.', 'GENOMFORD', 'nej'),
        ('1.2', 'Inköp', 'Kontroll av att inköp sker från avtalade leverantörer', 'Controller', 3, 'Ja',
         '4 av 25 inköp gjordes utanför avtal (livsmedel till förskolan i Ljungbyhed). Information lämnad till rektorer.',
         'GENOMFORD', 'ja'),
        ('1.3', 'Statsbidrag', 'Uppföljning av statsbidrag – ansökan och återrapportering', 'Controller', 2, '',
         'Ansökan för likvärdig skola klar, återrapportering av maxtaxa återstår.', 'DELVIS', ''),
        ('grp', 'Verksamhet'),
        ('2.1', 'Kränkande behandling',
         'Kontroll av att anmälningar om kränkande behandling rapporteras till huvudman inom en vecka',
         'Skolchef', 3, 'Ja', '6 av 41 anmälningar kom in senare än en vecka. Påminnelse till rektorer.',
         'GENOMFORD', 'ja'),
        ('2.2', 'Närvaro', 'Kontroll av elevers närvaro och uppföljning av problematisk frånvaro', 'Rektorer', 1, '',
         'Rutin under revidering, uppföljning påbörjad på Åbyskolan.', 'DELVIS', ''),
        ('2.3', 'Personal', 'Registerkontroll av personal i förskola och skola (belastningsregister)',
         'HR-specialist', '3', 'Nej', 'Samtliga 18 nyanställda hade uppvisat utdrag.', 'GENOMFORD', 'nej'),
        ('2.4', 'Skolskjuts', 'Kontroll av att skolskjuts beviljas enligt gällande riktlinjer',
         'Skolskjutshandläggare', 0, '', 'Ej påbörjad på grund av vakans.', 'EJ_GENOMFORD', ''),
        ('grp', 'Personal och administration'),
        ('3.1', 'Lön', 'Kontroll av att lönetillägg och ersättningar har beslut', 'Löneadministratör', 3, 'Nej',
         '', 'GENOMFORD', 'nej'),
        ('3.2', 'Arbetsmiljö', 'Uppföljning av sjukfrånvaro och rehabiliteringsärenden', 'HR-konsult', 2, '',
         'Uppföljning gjord för förskolan, grundskolan återstår.', 'DELVIS', ''),
        ('3.3', 'Dokumenthantering', 'Diarieföring av inkomna handlingar', 'Nämndsekreterare', None, '',
         'Kontrollen är genomförd, inga brister noterade.', 'GENOMFORD', 'nej'),
    ]
    r = 6
    for row in rows:
        if row[0] == 'grp':
            s(ws.cell(row=r, column=1), row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill('solid', fgColor='E2EFDA')
        else:
            vals = row[:7]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c)
                if v is not None and v != '':
                    s(cell, v)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    s(ws.cell(row=r, column=1), 'Sammanställd 2025-05-09 av förvaltningens controller. Behandlad i BUN 2025-05-21 § 47.')
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip('ABCDEFG', (6, 20, 55, 20, 22, 12, 55)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = 'Barn- och utbildningsnämnden'
    fix_wb(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'T1'))


# ---------------------------------------------------------------------------
# 2. Vård- och omsorgsnämnden - docx, coloured dot cells + legend table
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)


GREEN, YELLOW, RED = '00B050', 'FFFF00', 'FF0000'


def make_von():
    fil = 'VON uppföljning intern kontroll T1 2025.docx'
    N = 'Vård- och omsorgsnämnden'
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = 'Vård- och omsorgsnämnden\tKlippans kommun\tDnr VON 2024/118'
    d.add_heading('Uppföljning av intern kontroll 2025', level=1)
    d.add_paragraph('Tertial 1, januari–april 2025')
    d.add_paragraph('Enligt reglementet för intern kontroll ska nämnden följa upp sin internkontrollplan '
                    'tre gånger per år. Nedan redovisas resultatet av de kontroller som skulle genomföras under '
                    'årets första tertial. Färgen i statuskolumnen visar bedömningen, se teckenförklaring under tabellen.')
    rows = [
        ('Ekonomi', 'Attest av leverantörsfakturor enligt attestordningen', 'Stickprov 20 fakturor', GREEN,
         'Utan anmärkning.', 'GENOMFORD', 'nej'),
        ('Ekonomi', 'Kontroll av avgiftsbeslut inom hemtjänst och särskilt boende', 'Stickprov 30 beslut', YELLOW,
         '3 av 30 beslut hade felaktig inkomstuppgift. Besluten är rättade och återbetalning gjord.',
         'GENOMFORD', 'ja'),
        ('Myndighetsutövning', 'Handläggningstid för biståndsbeslut enligt SoL (inom tre veckor)',
         'Uttag ur verksamhetssystemet', RED,
         'Ej genomförd på grund av personalbrist på myndighetsenheten.', 'EJ_GENOMFORD', ''),
        ('Hälso- och sjukvård', 'Avvikelsehantering enligt HSL – avvikelser analyseras och återkopplas',
         'Genomgång av avvikelserapporter', GREEN, 'Samtliga avvikelser analyserade inom en månad.',
         'GENOMFORD', 'nej'),
        ('Hälso- och sjukvård', 'Kontroll av att läkemedelsförråd inventeras enligt rutin',
         'Kontroll på samtliga särskilda boenden', YELLOW,
         'Två enheter saknade signerad inventeringslista för mars.', 'GENOMFORD', 'ja'),
        ('Informationssäkerhet', 'Loggkontroll i journalsystemet', 'Slumpvis utvalda användare', GREEN,
         'Loggkontroll gjord för 40 användare, inga obehöriga åtkomster.', 'GENOMFORD', 'nej'),
        ('Personal', 'Kontroll av att timanställdas arbetstid registreras enligt LAS',
         'Uttag ur schemasystemet', None,
         'Kontrollen flyttad till T2 på grund av byte av schemasystem.', 'EJ_GENOMFORD', ''),
        ('Ekonomi', 'Kontroll av att brukares privata medel hanteras enligt rutin',
         'Stickprov på tre boenden', GREEN, 'Kassabok och kvitton stämde.', 'GENOMFORD', 'nej'),
        ('Myndighetsutövning', 'Kontroll av att genomförandeplan upprättas inom 14 dagar efter verkställt beslut',
         'Stickprov 15 ärenden', RED, 'Ej påbörjad.', 'EJ_GENOMFORD', ''),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = 'Table Grid'
    for i, h in enumerate(['Process', 'Kontrollmoment', 'Kontrollmetod', 'Status', 'Kommentar']):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], 'D9D9D9')
    for proc, km, met, col, kom, st, avv in rows:
        c = t.add_row().cells
        c[0].text = proc
        c[1].text = km
        c[2].text = met
        if col:
            c[3].text = '●'
            shade(c[3], col)
        c[4].text = kom
        exp(fil, N, km, st, avv)
    d.add_paragraph('')
    d.add_paragraph('Teckenförklaring')
    lg = d.add_table(rows=3, cols=2)
    lg.style = 'Table Grid'
    for i, (col, txt) in enumerate([(GREEN, 'Kontrollen genomförd, inga avvikelser'),
                                    (YELLOW, 'Kontrollen genomförd, avvikelser noterade – åtgärder vidtagna'),
                                    (RED, 'Kontrollen ej genomförd')]):
        lg.rows[i].cells[0].text = '●'
        shade(lg.rows[i].cells[0], col)
        lg.rows[i].cells[1].text = txt
        lg.rows[i].cells[0].width = Cm(1)
        lg.rows[i].cells[1].width = Cm(10)
    d.add_paragraph('')
    d.add_paragraph('Klippan 2025-05-14')
    d.add_paragraph('Anna Lindqvist, förvaltningschef')
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = 'Vård- och omsorgsförvaltningen'
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'T1'))


# ---------------------------------------------------------------------------
# 3. Kommunstyrelsen - adopted plan + "Uppföljning T1" column
# ---------------------------------------------------------------------------
def make_ks():
    fil = 'KS Internkontrollplan 2025 inkl uppföljning.xlsx'
    N = 'Kommunstyrelsen'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'IKP 2025'
    s(ws['A1'], 'Internkontrollplan 2025 – Kommunstyrelsen')
    ws['A1'].font = Font(bold=True, size=14)
    s(ws['A2'], 'Antagen av kommunstyrelsen 2025-01-29 § 12. Riskvärde = sannolikhet × konsekvens (1–4).')
    hdr = ['Process', 'Risk', 'Riskvärde', 'Kontrollmoment', 'Kontrollmetod', 'Frekvens / tidpunkt', 'Ansvarig',
           'Rapporteras till', 'Uppföljning T1', 'Uppföljning T2', 'Uppföljning helår']
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c)
        s(cell, h)
        cell.font = Font(bold=True, color='FFFFFF')
        cell.fill = PatternFill('solid', fgColor='1F4E78' if c <= 8 else '548235')
        cell.alignment = WRAP
        cell.border = BORDER
    rows = [
        ('Löneutbetalningar', 'Felaktiga utbetalningar till nyanställda', 9,
         'Kontroll av att nyanställda läggs upp korrekt i lönesystemet', 'Stickprov 20 nyanställningar',
         'Tertialvis', 'Lönechef', 'KS', 'Genomförd. 20 stickprov, inga fel.', 'GENOMFORD', 'nej'),
        ('Leverantörsfakturor', 'Betalning av felaktiga eller ej beställda varor', 8,
         'Attest av leverantörsfakturor enligt attestordningen', 'Stickprov 40 fakturor', 'Tertialvis',
         'Ekonomichef', 'KS',
         'Genomförd. 1 faktura av 40 attesterad av fel person (jäv). Åtgärdat, attestanten informerad.',
         'GENOMFORD', 'ja'),
        ('Upphandling', 'Köp utan upphandling, brott mot LOU', 12,
         'Kontroll av att direktupphandlingar över 100 000 kr dokumenteras', 'Genomgång av leverantörsreskontra',
         'Helår (november)', 'Upphandlingsstrateg', 'KS', 'Ej aktuell under T1', 'SAKNAS', ''),
        ('Representation', 'Representation utanför riktlinjerna', 6,
         'Kontroll av representationskostnader mot riktlinjer för representation', 'Stickprov', 'Halvår',
         'Ekonomichef', 'KSAU', 'Pågår. Underlag insamlat för januari–mars, granskningen är inte klar.',
         'DELVIS', ''),
        ('IT-säkerhet', 'Obehörig åtkomst till ekonomisystemet', 12,
         'Kontroll av behörigheter i ekonomisystemet för avslutade anställningar', 'Uttag behörighetslista',
         'Tertialvis', 'IT-chef', 'KS',
         'Genomförd. 3 konton för avslutade anställningar var fortfarande aktiva, nu spärrade.',
         'GENOMFORD', 'ja'),
        ('Dataskydd', 'Bristande efterlevnad av dataskyddsförordningen', 9,
         'Kontroll av att registerförteckningen enligt GDPR är uppdaterad', 'Genomgång', 'Helår (Q4)',
         'Dataskyddssamordnare', 'KS', 'Ej aktuell under T1', 'SAKNAS', ''),
        ('Diarieföring', 'Allmänna handlingar registreras inte', 8,
         'Kontroll av att allmänna handlingar diarieförs utan dröjsmål', 'Stickprov inkommande post',
         'Tertialvis', 'Registrator', 'KS',
         'Ej genomförd – registrator föräldraledig, kontrollen görs i maj.', 'EJ_GENOMFORD', ''),
        ('Krisberedskap', 'Verksamheten kan inte upprätthållas vid störning', 8,
         'Uppdatering av kontinuitetsplaner för samhällsviktig verksamhet', 'Genomgång av planer', 'Helår',
         'Säkerhetssamordnare', 'KS',
         'Utgår – ersätts av arbetet med civilt försvar enligt KS beslut 2025-03-26 § 58.', 'UTGAR', ''),
        ('Kontanthantering', 'Förskingring, svinn', 6,
         'Kontroll av kassor i kommunens reception och turistbyrå', 'Oanmäld kassainventering', 'Tertialvis',
         'Ekonom', 'KS', 'Genomförd utan anmärkning.', 'GENOMFORD', 'nej'),
        ('Bisysslor', 'Otillåtna bisysslor', 4,
         'Kontroll av att chefer har inhämtat uppgift om bisysslor från medarbetare', 'Enkät till chefer',
         'Helår (september)', 'HR-chef', 'KS', 'Ej aktuell under T1', 'SAKNAS', ''),
        ('Avtal', 'Avtal förbises och löper ut', 6,
         'Kontroll av att avtal registreras i avtalsdatabasen', 'Stickprov 15 avtal', 'Tertialvis',
         'Upphandlingsstrateg', 'KS', 'Se bilaga 2', 'OKLAR', ''),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(row=r, column=c)
            s(cell, v)
            cell.alignment = WRAP
            cell.border = BORDER
        for c in (10, 11):
            ws.cell(row=r, column=c).border = BORDER
        exp(fil, N, row[3], row[9], row[10])
        r += 1
    for col, w in zip('ABCDEFGHIJK', (18, 28, 9, 45, 24, 16, 18, 12, 45, 20, 20)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A5'
    fix_wb(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'T1'))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - .xls, two tables on one sheet
# ---------------------------------------------------------------------------
def make_kfn():
    fil = 'KFN internkontroll 2025 T1.xls'
    N = 'Kultur- och fritidsnämnden'
    wb = xlwt.Workbook(encoding='utf-8')
    ws = wb.add_sheet('IK 2025')
    bold = xlwt.easyxf('font: bold on')
    big = xlwt.easyxf('font: bold on, height 280')
    head = xlwt.easyxf('font: bold on; pattern: pattern solid, fore_colour light_turquoise; '
                       'borders: left thin, right thin, top thin, bottom thin; alignment: wrap on')
    cellst = xlwt.easyxf('borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top')
    ws.write(0, 0, 'Kultur- och fritidsnämnden', big)
    ws.write(1, 0, 'Internkontroll 2025 – uppföljning tertial 1', bold)
    ws.write(2, 0, 'Status: Genomförd / Delvis / Ej genomförd / Utgår')
    hdr = ['Kontrollområde', 'Kontrollmoment', 'Ansvarig', 'Status T1', 'Kommentar']
    for c, h in enumerate(hdr):
        ws.write(4, c, h, head)
    t1 = [
        ('Bidrag', 'Kontroll av att föreningsbidrag betalas ut enligt bidragsnormerna', 'Fritidschef', 'Genomförd',
         'Stickprov 10 föreningar. En förening hade fått bidrag för för många deltagartillfällen, återkrav skickat.',
         'GENOMFORD', 'ja'),
        ('Avgifter', 'Kontroll av att lokaluthyrning faktureras enligt taxa', 'Bokningsansvarig', 'Delvis',
         'Kontroll gjord för sporthallarna, ej för biblioteket och Klippans kulturhus.', 'DELVIS', ''),
        ('Bibliotek', 'Inventering av mediebeståndet', 'Bibliotekschef', 'Ej genomförd', 'Skjuts till hösten.',
         'EJ_GENOMFORD', ''),
        ('Kassahantering', 'Kontroll av kontanthantering i simhallen', 'Badchef', 'Genomförd',
         'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Inköp', 'Attest av leverantörsfakturor enligt attestordningen', 'Förvaltningschef', 'Genomförd',
         'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Säkerhet', 'Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras i kulturhuset',
         'Kulturchef', 'Utgår', 'Ansvaret har övergått till fastighetsavdelningen.', 'UTGAR', ''),
    ]
    r = 5
    for row in t1:
        for c, v in enumerate(row[:5]):
            ws.write(r, c, v, cellst)
        exp(fil, N, row[1], row[5], row[6])
        r += 1
    r += 2
    ws.write(r, 0, 'Övriga kontroller (tillagda efter nämndens beslut 2025-03-18 § 21)', bold)
    r += 1
    hdr2 = ['Kontrollmoment', 'Status T1', 'Kommentar', 'Ansvarig']
    for c, h in enumerate(hdr2):
        ws.write(r, c, h, head)
    r += 1
    t2 = [
        ('Kontroll av att föreningar med barn- och ungdomsverksamhet begär registerutdrag för ledare', 'Delvis',
         '8 av 14 föreningar har redovisat.', 'Föreningskonsulent', 'DELVIS', ''),
        ('Kontroll av att lotteritillstånd redovisas', 'Genomförd',
         'Två föreningar saknade redovisning, påminnelse skickad.', 'Föreningskonsulent', 'GENOMFORD', 'ja'),
        ('Uppföljning av sommarlovsbidraget', '', '', 'Fritidschef', 'SAKNAS', ''),
    ]
    for row in t2:
        for c, v in enumerate(row[:4]):
            ws.write(r, c, v, cellst)
        exp(fil, N, row[0], row[4], row[5])
        r += 1
    r += 1
    ws.write(r, 0, 'Uppgiftslämnare: Per Nilsson, nämndsekreterare, 2025-05-06')
    for c, w in enumerate((18, 50, 20, 14, 50)):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'T1'))


# ---------------------------------------------------------------------------
# 5. Stratsys export - CSV, two nämnder, quoted fields
# ---------------------------------------------------------------------------
def make_csv():
    fil = 'Stratsys_internkontroll_export_20250508.csv'
    IFN = 'Individ- och familjenämnden'
    SBN = 'Samhällsbyggnadsnämnden'
    hdr = ['Organisation', 'Process', 'Kontrollmoment', 'Period', 'Status', 'Kommentar', 'Senast uppdaterad']
    per = 'Tertial 1 2025'
    rows = [
        (IFN, 'Myndighetsutövning',
         'Kontroll av att förhandsbedömning görs inom 14 dagar efter inkommen orosanmälan', per, 'Klar',
         'Stickprov 25 anmälningar; 3 bedömdes efter 16–20 dagar.', '2025-05-05', 'GENOMFORD', 'ja'),
        (IFN, 'Ekonomiskt bistånd',
         'Kontroll av att utbetalning av ekonomiskt bistånd har beslut i verksamhetssystemet', per, 'Klar',
         'Inga avvikelser.', '2025-04-28', 'GENOMFORD', 'nej'),
        (IFN, 'Placeringar', 'Uppföljning av köpta platser (HVB) mot avtal och beslut', per, 'Pågående',
         'Genomgång av 12 placeringar, 7 klara.\nResterande klara i juni.', '2025-05-06', 'DELVIS', ''),
        (IFN, 'Dokumentation', 'Kontroll av att journalanteckningar förs löpande', per, 'Ej påbörjad', '',
         '2025-03-31', 'EJ_GENOMFORD', ''),
        (IFN, 'Ekonomi', 'Attest av leverantörsfakturor enligt attestordningen', per, 'Klar',
         'Två fakturor saknade "syfte" i konteringen; åtgärdat.', '2025-05-02', 'GENOMFORD', 'ja'),
        (IFN, 'Arbetsmarknad', 'Kontroll av att anställningsstöd följs upp enligt rutin', per, 'Avbruten',
         'Avbruten genom beslut IFN 2025-04-15 § 33, verksamheten flyttad till kommunstyrelsen.', '2025-04-16',
         'UTGAR', ''),
        (SBN, 'Bygglov', 'Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)', per, 'Klar',
         '42 ärenden granskade; 2 överskred tiden; avgiften reducerad enligt PBL.', '2025-05-07', 'GENOMFORD',
         'ja'),
        (SBN, 'Gata/park', 'Kontroll av att skaderapporter på gator och gång- och cykelvägar åtgärdas', per,
         'Pågående', 'Hälften av rapporterna från mars genomgångna.', '2025-05-07', 'DELVIS', ''),
        (SBN, 'VA', 'Kontroll av att debitering av VA-avgifter sker enligt taxa', per, 'Klar', 'Inga avvikelser.',
         '2025-04-30', 'GENOMFORD', 'nej'),
        (SBN, 'Fastighet', 'Kontroll av att lagstadgade besiktningar (OVK, hissar) genomförs', per, '', '', '',
         'SAKNAS', ''),
        (SBN, 'Upphandling', 'Kontroll av att entreprenadavtal följs upp', per, 'Ej påbörjad', 'Planerad till juni.',
         '2025-04-22', 'EJ_GENOMFORD', ''),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', quotechar='"', quoting=csv.QUOTE_ALL, lineterminator='\r\n')
    w.writerow(hdr)
    for row in rows:
        w.writerow(row[:7])
        exp(fil, row[0], row[2], row[7], row[8])
    with open(os.path.join(OUT, fil), 'w', encoding='utf-8-sig', newline='') as f:
        f.write(buf.getvalue())
    FILES.append((fil, 'INLAST', IFN, '2025', 'T1'))
    FILES.append((fil, 'INLAST', SBN, '2025', 'T1'))


# ---------------------------------------------------------------------------
# 6. Klippans Bostads AB - plain text
# ---------------------------------------------------------------------------
def make_kbab():
    fil = 'Klippans Bostads AB - uppföljning internkontroll T1 2025.txt'
    N = 'Klippans Bostads AB'
    rows = [
        ('Attest av leverantörsfakturor enligt attestordningen', 'Genomförd', 'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Kontroll av hyresavier mot hyresavtal vid nyuthyrning', 'Genomförd med avvikelse',
         '2 av 20 avier hade fel hyresnivå, rättat.', 'GENOMFORD', 'ja'),
        ('Uppföljning av hyresfordringar och inkassoärenden', 'Pågår',
         'Genomgång av fordringar äldre än 90 dagar pågår.', 'DELVIS', ''),
        ('Kontroll av att upphandlade ramavtal för underhåll följs', 'Ej genomförd',
         'Skjuts till T2 på grund av rekrytering av ny fastighetschef.', 'EJ_GENOMFORD', ''),
        ('Kontroll av att lägenheter fördelas enligt uthyrningspolicyn', 'Genomförd',
         'Stickprov 15 kontrakt, samtliga enligt kötid.', 'GENOMFORD', 'nej'),
        ('Brandskyddskontroll (SBA) i gemensamma utrymmen', 'Genomförd',
         'Brister i två trapphus (barnvagnar i trapphus), åtgärdat.', 'GENOMFORD', 'ja'),
        ('Kontroll av behörigheter i fastighetssystemet', 'Utgår',
         'Ersätts av behörighetsgenomgång vid systembytet hösten 2025.', 'UTGAR', ''),
        ('Kontroll av representation och resor för VD och styrelse', 'Genomförd', 'Inga anmärkningar.',
         'GENOMFORD', 'nej'),
    ]
    lines = ['KLIPPANS BOSTADS AB',
             'Uppföljning av internkontrollplan 2025',
             'Period: januari–april 2025 (tertial 1)',
             'Rapport till styrelsen, sammanträde 2025-05-20',
             '',
             'Kontrollerna redovisas i formatet: Kontroll – Status – Kommentar',
             '']
    for i, (km, st, kom, e_st, e_av) in enumerate(rows, 1):
        lines.append(f'{i}. {km} – {st} – {kom}')
        exp(fil, N, km, e_st, e_av)
    lines += ['', 'Samtliga avvikelser har rapporterats till VD.', '',
              'Klippan 2025-05-12', 'Maria Holm, ekonomichef', '']
    with open(os.path.join(OUT, fil), 'w', encoding='utf-8', newline='\r\n') as f:
        f.write('\n'.join(lines))
    FILES.append((fil, 'INLAST', N, '2025', 'T1'))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - ODT, text only
# ---------------------------------------------------------------------------
def make_ofn():
    fil = 'Overformyndarnamnden_IK_T1_2025.odt'
    N = 'Överförmyndarnämnden'
    doc = OpenDocumentText()
    bst = Style(name='Fet', family='paragraph')
    bst.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bst)
    h1 = Style(name='Heading 1', family='paragraph')
    h1.addElement(TextProperties(fontsize='16pt', fontweight='bold'))
    doc.styles.addElement(h1)
    h2 = Style(name='Heading 2', family='paragraph')
    h2.addElement(TextProperties(fontsize='13pt', fontweight='bold'))
    doc.styles.addElement(h2)
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text='Överförmyndarnämnden i Klippans kommun'))
    doc.text.addElement(P(text='Uppföljning av internkontrollplan 2025 – tertial 1'))
    doc.text.addElement(P(text='Nämnden har i internkontrollplanen för 2025 beslutat om fem kontrollmoment. '
                               'Nedan redovisas resultatet per den 30 april 2025.'))
    items = [
        ('Granskning av att samtliga inkomna årsräkningar granskas före 30 juni',
         'Granskningen pågår. 112 av 187 inkomna årsräkningar var granskade per den 30 april.',
         'Pågår', 'DELVIS', ''),
        ('Kontroll av att ställföreträdare har utdrag ur belastningsregistret och kreditupplysning vid förordnande',
         'Samtliga 9 nya förordnanden under perioden kontrollerade.', 'Genomförd, inga avvikelser',
         'GENOMFORD', 'nej'),
        ('Kontroll av att uttag från spärrade konton har överförmyndarens samtycke',
         'Stickprov på 20 huvudmän. Ett uttag hade gjorts utan samtycke; ärendet utreds.',
         'Genomförd med anmärkning', 'GENOMFORD', 'ja'),
        ('Kontroll av att arvodesbeslut följer nämndens riktlinjer',
         'Kontrollen har inte kunnat genomföras under perioden på grund av hög arbetsbelastning.',
         'Ej genomförd', 'EJ_GENOMFORD', ''),
        ('Kontroll av diarieföring och arkivering av akter',
         'Kontrollen ingår i kommunstyrelsens granskning av dokumenthantering och tas bort ur nämndens plan.',
         'Utgår', 'UTGAR', ''),
    ]
    for i, (km, res, bed, st, av) in enumerate(items, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=f'Kontrollmoment {i}'))
        doc.text.addElement(P(stylename=bst, text=km))
        doc.text.addElement(P(text='Resultat: ' + res))
        doc.text.addElement(P(text='Bedömning: ' + bed))
        exp(fil, N, km, st, av)
    doc.text.addElement(P(text=''))
    doc.text.addElement(P(text='Klippan den 8 maj 2025'))
    doc.text.addElement(P(text='Karin Ek, handläggare överförmyndarkansliet'))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'T1'))


# ---------------------------------------------------------------------------
# 8. Rejected: empty template, title only
# ---------------------------------------------------------------------------
def make_reject():
    fil = 'Mall uppföljning IK T1 2025.xlsx'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Blad1'
    s(ws['A1'], 'Uppföljning av internkontrollplan 2025 – tertial 1')
    ws['A1'].font = Font(bold=True, size=14)
    fix_wb(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'AVVISAD', '', '', ''))


def write_csvs():
    reg = [
        ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|KLF'),
        ('Barn- och utbildningsnämnden', 'BUN|Barn- och utbildningsförvaltningen|BUF'),
        ('Vård- och omsorgsnämnden', 'VON|Vård- och omsorgsförvaltningen|VOF'),
        ('Kultur- och fritidsnämnden', 'KFN|Kultur och fritid|Kultur- och fritidsförvaltningen'),
        ('Individ- och familjenämnden', 'IFN|Individ- och familjeomsorgen|IFO'),
        ('Samhällsbyggnadsnämnden', 'SBN|Samhällsbyggnadsförvaltningen|SBF'),
        ('Överförmyndarnämnden', 'ÖFN|Överförmyndaren|Överförmyndarkansliet|Overformyndarnamnden'),
        ('Klippans Bostads AB', 'KBAB|Klippanbostäder|Klippans Bostäder'),
        ('Söderåsens miljöförbund', 'SMF|Miljöförbundet'),
        ('Valnämnden', 'VN'),
    ]
    with open(os.path.join(OUT, 'namnder.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['nämnd', 'alias'])
        w.writerows(reg)
    with open(os.path.join(OUT, 'files.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['fil', 'utfall', 'nämnd', 'år', 'period'])
        w.writerows(FILES)
    with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['fil', 'nämnd', 'kontrollmoment', 'status', 'avvikelse'])
        w.writerows(EXPECTED)


if __name__ == '__main__':
    make_bun()
    make_von()
    make_ks()
    make_kfn()
    make_csv()
    make_kbab()
    make_ofn()
    make_reject()
    write_csvs()
    print(len(FILES), 'file rows,', len(EXPECTED), 'expected rows')
