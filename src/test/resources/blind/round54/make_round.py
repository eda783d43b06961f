#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 54 – Ronneby kommun (Blekinge): januari 2026-inkorgen för helår 2025,
med år och perioder som blandats ihop. Bygger alla filer och de tre CSV-filerna från grunden."""
import os
import glob
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, H

OUT = os.path.dirname(os.path.abspath(__file__))

FILES = []     # (fil, utfall, nämnd, år, period)
EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)


def add_expected(fil, namnd, rows):
    for text, status, avv in rows:
        assert ';' not in text and '\n' not in text
        EXPECTED.append((fil, namnd, text, status, avv))


thin = Side(style='thin', color='999999')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')


# ---------------------------------------------------------------------------
# 1. Miljö- och byggnadsnämnden – skickar om sin HELÅR 2024-fil (.xls)
# ---------------------------------------------------------------------------
def build_mbn_2024():
    fil = 'MBN uppföljning internkontrollplan helår.xls'
    namnd = 'Miljö- och byggnadsnämnden'
    # (process, kontrollmoment, metod, ansvarig, kod, kommentar, expected status, avvikelse)
    data = [
        ('Myndighetsutövning', [
            ('Stickprov av 10 bygglovsbeslut – kontroll att beslut fattats inom lagstadgad handläggningstid (10 veckor)',
             'Stickprov ur ByggR', 'Bygglovschef', 'J',
             '2 av 10 ärenden överskred handläggningstiden p.g.a. sena kompletteringar. Rutin för förlängningsbeslut ses över.',
             'GENOMFORD', 'ja'),
            ('Kontroll att delegationsbeslut anmäls till nämnden enligt delegationsordningen',
             'Genomgång av anmälningslistor', 'Nämndsekreterare', 'J', 'Inga avvikelser.', 'GENOMFORD', 'nej'),
            ('Stickprov av 15 tillsynsärenden livsmedel – att kontrollrapport skickats inom 14 dagar',
             'Stickprov ur Ecos', 'Miljöchef', 'D',
             'Första halvåret kontrollerat, 5 av 15 rapporter skickades för sent. Andra halvåret har inte hunnits med.',
             'DELVIS', 'ja'),
        ]),
        ('Avgifter och debitering', [
            ('Kontroll att timavgift debiterats i samtliga avslutade tillsynsärenden enligt taxa',
             'Avstämning Ecos mot ekonomisystem', 'Administrativ chef', 'N',
             'Ej genomförd på grund av vakans på administrationen.', 'EJ_GENOMFORD', 'nej'),
            ('Avstämning av fakturerade bygglovsavgifter mot beslut i ByggR (stickprov 20 ärenden)',
             'Stickprov', 'Administrativ chef', 'J',
             'Ett ärende fakturerat enligt fel taxenivå, rättat och kreditfaktura skickad.', 'GENOMFORD', 'ja'),
        ]),
        ('Inköp', [
            ('Granskning av att inköp över 100 000 kr gjorts mot ramavtal',
             'Utdrag leverantörsreskontra', 'Förvaltningschef', 'J', 'Inga avvikelser.', 'GENOMFORD', 'nej'),
            ('Kontroll av representation och förtroendekänsliga poster',
             'Stickprov 10 verifikationer', 'Förvaltningschef', 'U',
             'Utgår – ingår i kommunstyrelsens kommungemensamma kontroll 2024.', 'UTGAR', 'nej'),
        ]),
        ('Informationssäkerhet', [
            ('Kontroll av behörigheter i ByggR och Ecos för medarbetare som slutat',
             'Behörighetslista mot personalförteckning', 'Systemförvaltare', 'J',
             'Tre konton för avslutade medarbetare var fortfarande aktiva. Kontona har stängts.', 'GENOMFORD', 'ja'),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Uppföljning'
    ws['A1'] = 'Ronneby kommun'
    ws['A2'] = 'Miljö- och byggnadsnämnden'
    ws['A3'] = 'Uppföljning av internkontrollplan 2024 – helår (per 2024-12-31)'
    ws['A1'].font = Font(size=9, italic=True)
    ws['A2'].font = Font(bold=True, size=12)
    ws['A3'].font = Font(bold=True, size=14)
    ws['A4'] = 'Statuskoder: J = Genomförd, D = Delvis genomförd, N = Ej genomförd, U = Utgår'
    ws['A4'].font = Font(italic=True, size=9)
    hdr = ['Nr', 'Process', 'Kontrollmoment', 'Metod', 'Ansvarig', 'Status (J/D/N/U)', 'Kommentar / konstaterad avvikelse']
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill('solid', fgColor='D9E1F2')
        cell.border = BORDER
        cell.alignment = WRAP
    r += 1
    nr = 1
    exp = []
    for proc, ctrls in data:
        start = r
        for (k, metod, ansv, kod, kom, st, av) in ctrls:
            vals = [nr, proc if r == start else None, k, metod, ansv, kod, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = WRAP
            ws.cell(r, 6).alignment = Alignment(horizontal='center', vertical='top')
            exp.append((k, st, av))
            nr += 1
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, 'Beslutad av nämnden 2025-01-29 § 8. Rapporteras till kommunstyrelsen.').font = Font(italic=True, size=9)
    r += 1
    ws.cell(r, 1, 'Sammanställd av: Karin Holmgren, administrativ chef').font = Font(italic=True, size=9)
    for col, w in zip('ABCDEFG', [5, 20, 55, 28, 20, 14, 60]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, 'MBN uppföljning internkontrollplan helår.xlsx')
    wb.save(src)
    prof = tempfile.mkdtemp()
    subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', 'xls',
                    '--outdir', tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, 'MBN uppföljning internkontrollplan helår.xls'), os.path.join(OUT, fil))
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(prof, ignore_errors=True)
    FILES.append((fil, 'INLAST', namnd, '2024', 'HELAR'))
    add_expected(fil, namnd, exp)


# ---------------------------------------------------------------------------
# 2+3. Socialnämnden – skickar både delårs- och helårsfilen 2025 (.xlsx)
# ---------------------------------------------------------------------------
SN_DATA = [
    ('Ekonomiskt bistånd', [
        ('1.1', 'Stickprov av 20 utbetalningar av ekonomiskt bistånd – kontroll av beslut, attest och belopp',
         'Stickprov ur Procapita', 'Enhetschef försörjningsstöd',
         ('Genomförd', 'Inga avvikelser i urvalet.', 'GENOMFORD', 'nej'),
         ('Genomförd', 'Andra stickprovet (20 st) i november: en dubbelutbetalning av hyra upptäcktes, återkrav upprättat.',
          'GENOMFORD', 'ja')),
        ('1.2', 'Kontroll att nya ansökningar kontrollerats mot Arbetsförmedlingen och CSN via SSBTEK',
         'Genomgång av 45 nyansökningar', 'Enhetschef försörjningsstöd',
         ('Pågår', 'Rutin finns, kontroll av efterlevnad pågår.', 'DELVIS', 'nej'),
         ('Genomförd', 'Samtliga 45 granskade ärenden hade SSBTEK-kontroll.', 'GENOMFORD', 'nej')),
    ]),
    ('Barn och unga', [
        ('2.1', 'Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar (stickprov 25 anmälningar)',
         'Stickprov', 'Enhetschef barn och unga',
         ('Delvis genomförd', '19 av 25 förhandsbedömningar inom tid.', 'DELVIS', 'ja'),
         ('Genomförd med anmärkning', 'Helårsmätning: 88 % inom 14 dagar. Avvikelserna hänger ihop med vakanser under sommaren.',
          'GENOMFORD', 'ja')),
        ('2.2', 'Kontroll att utredningar avslutas inom fyra månader enligt SoL 11 kap. 2 §',
         'Uttag ur verksamhetssystem', 'Enhetschef barn och unga',
         ('Pågår', '', 'DELVIS', 'nej'),
         ('', '', 'DELVIS', 'nej')),
        ('2.3', 'Granskning av att placerade barn har aktuell vårdplan och genomförandeplan',
         'Aktgranskning 10 akter', 'Kvalitetsutvecklare',
         ('Ej påbörjad', 'Planeras till hösten.', 'EJ_GENOMFORD', 'nej'),
         ('Ej genomförd', 'Kontrollen har inte hunnits med p.g.a. hög arbetsbelastning, flyttas till internkontrollplan 2026.',
          'EJ_GENOMFORD', 'nej')),
    ]),
    ('Familjehem och uppdragstagare', [
        ('3.1', 'Kontroll att arvoden och omkostnadsersättningar till familjehem följer SKR:s riktlinjer (stickprov 10)',
         'Stickprov', 'Familjehemssekreterare',
         ('', '', 'SAKNAS', 'nej'),
         ('', 'Stickprov genomfört i november. Två familjehem hade för högt omkostnadsbelopp, justeras från januari 2026.',
          'GENOMFORD', 'ja')),
        ('3.2', 'Kontroll av att utdrag ur belastningsregistret begärts innan uppdrag som kontaktperson påbörjas',
         'Genomgång av nya uppdrag', 'Enhetschef öppenvård',
         ('Genomförd', 'OK', 'GENOMFORD', 'nej'),
         ('Genomförd', 'Inga avvikelser.', 'GENOMFORD', 'nej')),
    ]),
    ('Intern administration', [
        ('4.1', 'Kontroll att delegationsbeslut anmäls till nämnden månadsvis',
         'Jämförelse beslutslista/protokoll', 'Nämndsekreterare',
         ('Genomförd', 'Inga avvikelser.', 'GENOMFORD', 'nej'),
         ('Utgår', 'Utgår efter beslut SN 2025-09-17 § 112 – ingår i kommunstyrelsens kommungemensamma kontroll.',
          'UTGAR', 'nej')),
        ('4.2', 'Kontroll av behörigheter i Lifecare – loggkontroll av 10 slumpvis valda akter',
         'Loggutdrag', 'Systemförvaltare',
         ('Pågår', 'Loggutdrag beställt från leverantören.', 'DELVIS', 'nej'),
         ('Se kommentar', '', 'OKLAR', 'nej')),
    ]),
]


def build_sn(period):
    namnd = 'Socialnämnden'
    if period == 'DELAR':
        fil = 'SN internkontroll delår 2025.xlsx'
        title2 = 'Uppföljningstillfälle: Delår 1 januari – 31 augusti 2025'
    else:
        fil = 'SN internkontroll helår 2025.xlsx'
        title2 = 'Uppföljningstillfälle: Helår 2025 (per 31 december)'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'IKP 2025'
    ws['A1'] = 'Socialnämnden – uppföljning av internkontrollplan 2025'
    ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = title2
    ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Socialförvaltningen, Ronneby kommun. Kontaktperson: Maria Sjöberg, kvalitetsutvecklare'
    ws['A3'].font = Font(size=9, italic=True)
    hdr = ['Nr', 'Kontrollmoment', 'Metod', 'Ansvarig', 'Status delår', 'Kommentar delår', 'Status helår', 'Kommentar helår']
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color='FFFFFF')
        cell.fill = PatternFill('solid', fgColor='1F4E78')
        cell.alignment = WRAP
        cell.border = BORDER
    r += 1
    exp = []
    for proc, ctrls in SN_DATA:
        ws.cell(r, 1, 'Process: ' + proc).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = PatternFill('solid', fgColor='DDEBF7')
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for nr, k, metod, ansv, d, h in ctrls:
            ds, dk, dexp, davv = d
            hs, hk, hexp, havv = h
            if period == 'DELAR':
                vals = [nr, k, metod, ansv, ds, dk, None, None]
                exp.append((k, dexp, davv))
            else:
                vals = [nr, k, metod, ansv, ds, dk, hs, hk]
                exp.append((k, hexp, havv))
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != '' else None)
                cell.alignment = WRAP
                cell.border = BORDER
            r += 1
    r += 1
    ws.cell(r, 1, 'Statusalternativ: Genomförd, Genomförd med anmärkning, Delvis genomförd, Pågår, Ej påbörjad, Ej genomförd, Utgår').font = Font(size=9, italic=True)
    for col, w in zip('ABCDEFGH', [6, 55, 24, 24, 16, 40, 18, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'C6'
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', namnd, '2025', period))
    add_expected(fil, namnd, exp)


# ---------------------------------------------------------------------------
# 4. Utbildningsnämnden – rullande ark med Status 2024 | Status 2025 (.ods)
# ---------------------------------------------------------------------------
def build_un():
    fil = 'Internkontroll UN 2024-2025.ods'
    namnd = 'Utbildningsnämnden'
    G, D, E, U = '●', '◐', '○', '–'
    # (område, kontrollmoment, ansvar, st24, kom24, st25, kom25, expected, avv)
    data = [
        ('Ekonomi', [
            ('Kontroll av att skolskjutsfakturor stämmer mot avtal och beställda turer (stickprov två månader)',
             'Controller', G, 'Inga avvikelser.', G, 'Mars och oktober kontrollerade, inga avvikelser.', 'GENOMFORD', 'nej'),
            ('Kontroll av interkommunal ersättning – fakturor mot elevregister',
             'Controller', D, 'Gymnasiet klart, grundskolan återstår.', '', '', 'SAKNAS', 'nej'),
            ('Stickprov av 15 inköp i förskolan – avtalstrohet',
             'Verksamhetschef förskola', G, 'Inga avvikelser.', D,
             'Förskoleområde Norr klart: 3 av 8 inköp gjorda utanför avtal. Område Söder återstår.', 'DELVIS', 'ja'),
        ]),
        ('Trygghet och elevhälsa', [
            ('Kontroll att kränkande behandling anmälts till huvudman inom 5 dagar',
             'Utvecklingsstrateg', G, '', G,
             '4 av 62 anmälningar inkom efter mer än 5 dagar. Påminnelse till rektorer i rektorsgruppen.', 'GENOMFORD', 'ja'),
            ('Kontroll av att elever med frånvaro över 20 % har en åtgärdsplan',
             'Elevhälsochef', E, 'Ej hunnits med.', '', 'Kontrollen har inte genomförts under 2025.', 'EJ_GENOMFORD', 'nej'),
            ('Granskning att registerutdrag uppvisats vid nyanställning (stickprov 20)',
             'HR-partner', G, 'Inga avvikelser, samtliga 20 hade utdrag.', '', '', 'SAKNAS', 'nej'),
        ]),
        ('Personal och lön', [
            ('Kontroll av att timanställda i förskolan avslutas i lönesystemet efter sista arbetsdag',
             'HR-partner', D, 'Två felaktiga utbetalningar, återkrav.', G, 'Inga felaktiga utbetalningar under året.',
             'GENOMFORD', 'nej'),
            ('Avstämning av rektorernas attesträtter mot beslutad attestförteckning',
             'Ekonomichef', U, 'Utgick 2024.', E, 'Skjuts till 2026.', 'EJ_GENOMFORD', 'nej'),
        ]),
        ('IT och informationssäkerhet', [
            ('Kontroll av behörigheter i Edlevo vid rektorsbyte',
             'Systemförvaltare', '', '', D, 'Pågår, två av fem berörda enheter kontrollerade.', 'DELVIS', 'nej'),
            ('Kontroll av att elevdatorer återlämnas vid avslutad skolgång i åk 9',
             'IT-samordnare', G, '7 datorer saknades, faktura till vårdnadshavare.', '?',
             'Siffror från IT-enheten har inte kommit in.', 'OKLAR', 'nej'),
        ]),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name='bold', family='table-cell')
    bold.addElement(TextProperties(fontweight='bold'))
    big = Style(name='big', family='table-cell')
    big.addElement(TextProperties(fontweight='bold', fontsize='14pt'))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(big)
    widths = ['4cm', '10cm', '4cm', '2.2cm', '6cm', '2.2cm', '8cm']
    colstyles = []
    for i, w in enumerate(widths):
        s = Style(name='co%d' % i, family='table-column')
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colstyles.append(s)
    t = Table(name='Internkontroll')
    for s in colstyles:
        t.addElement(TableColumn(stylename=s))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == '':
                tc = TableCell()
            else:
                tc = TableCell(valuetype='string', stylename=style) if style else TableCell(valuetype='string')
                tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)

    row(['Utbildningsnämnden – internkontrollplan, uppföljning 2024 och 2025'], big)
    row(['Uppföljning helår 2025, avstämt per 2025-12-31. Kolumnerna för 2024 avser fjolårets helårsuppföljning.'])
    row([])
    row(['Område', 'Kontrollmoment', 'Ansvar', 'Status 2024', 'Kommentar 2024', 'Status 2025', 'Kommentar 2025'], bold)
    exp = []
    for omr, ctrls in data:
        first = True
        for (k, ansv, s24, k24, s25, k25, st, av) in ctrls:
            row([omr if first else '', k, ansv, s24, k24, s25, k25])
            first = False
            exp.append((k, st, av))
    row([])
    row(['Teckenförklaring:', '● Genomförd   ◐ Delvis genomförd / pågår   ○ Ej genomförd   – Utgår'], bold)
    row(['Uppdaterad:', '2026-01-08 / Jonas Ek, controller'])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', namnd, '2025', 'HELAR'))
    add_expected(fil, namnd, exp)


# ---------------------------------------------------------------------------
# 5. Överförmyndarnämnden – filnamn med 2026-datum men avser helår 2025 (.odt)
# ---------------------------------------------------------------------------
def build_ofn():
    fil = '2026-01-12 Uppföljning IK ÖFN.odt'
    namnd = 'Överförmyndarnämnden'
    data = [
        ('Granskning', 'Granskning av samtliga inkomna årsräkningar för 2024 före 30 juni 2025', 'Ja',
         '412 av 418 årsräkningar granskades före 30 juni. Sex ärenden med sena kompletteringar slutgranskades i augusti.',
         'Påminnelserutin till ställföreträdare skärps.', 'GENOMFORD', 'ja'),
        ('Arvoden', 'Kontroll av att arvoden till ställföreträdare beräknats enligt SKR:s riktlinjer (stickprov 20)', 'Ja',
         'Inga avvikelser.', '–', 'GENOMFORD', 'nej'),
        ('Förvaltning av huvudmans medel', 'Kontroll av att uttagsspärr finns på överförmyndarspärrade konton', 'Delvis',
         'Kontroll gjord hos två av tre banker. En bank har ännu inte besvarat förfrågan.',
         'Ny förfrågan skickad december 2025.', 'DELVIS', 'nej'),
        ('Rekrytering av ställföreträdare',
         'Kontroll av att utdrag ur belastningsregistret och kreditupplysning finns för nya ställföreträdare', 'Ja',
         'En ny god man saknade kreditupplysning vid förordnandet. Kompletterat i efterhand.',
         'Checklista vid förordnande uppdaterad.', 'GENOMFORD', 'ja'),
        ('Granskning', 'Kontroll av att förteckningar inkommit inom två månader från förordnande', '',
         'Kontrollen är inte genomförd, planeras till våren 2026.', '', 'EJ_GENOMFORD', 'nej'),
        ('Administration', 'Genomgång av delegationsbeslut och anmälan till nämnden', 'Utgår',
         'Ersatt av digital anmälan i Wärna från mars 2025.', '', 'UTGAR', 'nej'),
    ]
    doc = OpenDocumentText()
    h1 = Style(name='Heading 1', family='paragraph')
    h1.addElement(TextProperties(fontsize='16pt', fontweight='bold'))
    h2 = Style(name='Heading 2', family='paragraph')
    h2.addElement(TextProperties(fontsize='12pt', fontweight='bold'))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    lab = Style(name='lab', family='paragraph')
    lab.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(lab)
    c1 = Style(name='c1', family='table-column')
    c1.addElement(TableColumnProperties(columnwidth='4cm'))
    c2 = Style(name='c2', family='table-column')
    c2.addElement(TableColumnProperties(columnwidth='12cm'))
    doc.automaticstyles.addElement(c1)
    doc.automaticstyles.addElement(c2)

    doc.text.addElement(P(text='Ronneby kommun'))
    doc.text.addElement(P(text='Överförmyndarnämnden'))
    doc.text.addElement(P(text='2026-01-12'))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text='Uppföljning av internkontrollplan 2025 – helår'))
    doc.text.addElement(P(text='Överförmyndarnämnden antog internkontrollplan 2025 den 2025-02-11 § 6. '
                               'Nedan redovisas helårsuppföljningen för respektive kontrollmoment. Nämnden '
                               'bedömer att den interna kontrollen i huvudsak har varit tillräcklig.'))
    exp = []
    for i, (proc, k, gen, res, atg, st, av) in enumerate(data, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text='Kontrollmoment %d' % i))
        t = Table(name='Kontroll%d' % i)
        t.addElement(TableColumn(stylename=c1))
        t.addElement(TableColumn(stylename=c2))
        for label, val in [('Process', proc), ('Kontrollmoment', k), ('Genomförd (Ja/Nej/Delvis)', gen),
                           ('Resultat', res), ('Åtgärd', atg)]:
            tr = TableRow()
            tc = TableCell()
            tc.addElement(P(stylename=lab, text=label))
            tr.addElement(tc)
            tc = TableCell()
            tc.addElement(P(text=val))
            tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P(text=''))
        exp.append((k, st, av))
    doc.text.addElement(P(text='Susanne Wikström'))
    doc.text.addElement(P(text='Handläggare, överförmyndarenheten'))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', namnd, '2025', 'HELAR'))
    add_expected(fil, namnd, exp)


# ---------------------------------------------------------------------------
# 6. Stratsys-export, Windows-1252, År + Period, tre nämnder, 2024 och 2025
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = 'Stratsys_Internkontroll_export_20260109.csv'
    # org label -> (register name, controls)
    # control: (process, text, ansvarig, {('2024','Helår'): (st, kom), ('2025','Delår'): ..., ('2025','Helår'): ...}, exp, avv)
    orgs = [
        ('Kommunstyrelsen', 'Kommunstyrelsen', [
            ('Inköp och upphandling', 'Stickprov av 25 leverantörsfakturor mot avtal och beställning', 'Upphandlingschef',
             {('2024', 'Helår'): ('Genomförd', 'Inga avvikelser.'),
              ('2025', 'Delår'): ('Genomförd', 'Inga avvikelser.'),
              ('2025', 'Helår'): ('Genomförd', 'Två fakturor saknade beställningsreferens, leverantörerna påminda.')},
             'GENOMFORD', 'ja'),
            ('Ekonomi', 'Kontroll av förtroendekänsliga poster – representation och resor (stickprov 15)', 'Redovisningschef',
             {('2024', 'Helår'): ('Genomförd', 'Inga avvikelser.'),
              ('2025', 'Delår'): ('Ej påbörjad', ''),
              ('2025', 'Helår'): ('Delvis genomförd', 'Representation granskad utan anmärkning, resor återstår.')},
             'DELVIS', 'nej'),
            ('Ekonomi', 'Kontroll att beslut om attesträtt är aktuella i ekonomisystemet', 'Redovisningschef',
             {('2024', 'Helår'): ('Ej genomförd', 'Ej hunnits med.'),
              ('2025', 'Delår'): ('Pågår', 'Avstämning mot attestförteckningar påbörjad.'),
              ('2025', 'Helår'): ('', '')},
             'DELVIS', 'nej'),
            ('Ekonomi', 'Uppföljning av att momsredovisning stäms av månadsvis', 'Redovisningschef',
             {('2024', 'Helår'): ('Genomförd', ''),
              ('2025', 'Delår'): ('Genomförd', ''),
              ('2025', 'Helår'): ('Genomförd', 'OK')},
             'GENOMFORD', 'nej'),
            ('Informationssäkerhet', 'Kontroll av att informationssäkerhetsincidenter rapporteras och hanteras enligt rutin',
             'Säkerhetschef',
             {('2024', 'Helår'): ('Delvis genomförd', ''),
              ('2025', 'Delår'): ('', ''),
              ('2025', 'Helår'): ('Ej genomförd', 'Informationssäkerhetssamordnare vakant sedan maj.')},
             'EJ_GENOMFORD', 'nej'),
            ('Lön', 'Kontroll av att löneutbetalningar inte sker till avslutade anställningar (körning i Heroma)', 'HR-chef',
             {('2024', 'Helår'): ('Genomförd', 'Inga avvikelser.'),
              ('2025', 'Delår'): ('', ''),
              ('2025', 'Helår'): ('Genomförd', 'En felaktig utbetalning om 18 400 kr upptäckt, återkrav skickat.')},
             'GENOMFORD', 'ja'),
        ]),
        ('Äldreförvaltningen', 'Äldrenämnden', [
            ('Hemtjänst', 'Kontroll att hemtjänsttimmar fakturerade av externa utförare stämmer mot beviljade insatser',
             'Avdelningschef myndighet',
             {('2024', 'Helår'): ('Delvis genomförd', ''),
              ('2025', 'Delår'): ('Pågår', ''),
              ('2025', 'Helår'): ('Genomförd', 'Avvikelse hos en utförare, 46 timmar krediterade.')},
             'GENOMFORD', 'ja'),
            ('Avgifter', 'Stickprov av 10 brukares avgiftsbeslut – rätt maxtaxa och förbehållsbelopp', 'Avgiftshandläggare',
             {('2025', 'Delår'): ('Genomförd', 'Inga avvikelser.'),
              ('2025', 'Helår'): ('', '')},
             'GENOMFORD', 'nej'),
            ('Hälso- och sjukvård', 'Kontroll av att läkemedelsavvikelser rapporteras i Lifecare och åtgärdas', 'MAS',
             {('2024', 'Helår'): ('Genomförd', ''),
              ('2025', 'Delår'): ('Pågår', ''),
              ('2025', 'Helår'): ('Avbruten', '')},
             'EJ_GENOMFORD', 'nej'),
            ('Hemtjänst', 'Kontroll av att nyckelkvittenser finns för samtliga nycklar i hemtjänsten', 'Enhetschefer hemtjänst',
             {('2025', 'Delår'): ('Ej påbörjad', ''),
              ('2025', 'Helår'): ('Utgår', 'Ersatt av digitala lås under 2025.')},
             'UTGAR', 'nej'),
            ('Särskilt boende', 'Kontroll av att genomförandeplaner upprättats inom 14 dagar från verkställighet',
             'Kvalitetsstrateg',
             {('2025', 'Delår'): ('Delvis genomförd', '62 %'),
              ('2025', 'Helår'): ('', 'Se bilaga')},
             'OKLAR', 'nej'),
        ]),
        ('Teknik- och fastighetsförvaltningen', 'Tekniska nämnden', [
            ('Investeringar', 'Kontroll av att entreprenadfakturor följer ÄTA-beslut (stickprov 3 projekt)', 'Projektchef',
             {('2024', 'Helår'): ('Genomförd', ''),
              ('2025', 'Delår'): ('Pågår', ''),
              ('2025', 'Helår'): ('Genomförd', 'I ett skolprojekt fakturerades ÄTA utan skriftligt beslut (120 tkr). Reglerat.')},
             'GENOMFORD', 'ja'),
            ('Fordon', 'Kontroll av att kommunens fordon har förda körjournaler', 'Fordonssamordnare',
             {('2024', 'Helår'): ('Ej genomförd', ''),
              ('2025', 'Delår'): ('Genomförd', 'OK'),
              ('2025', 'Helår'): ('Genomförd', '')},
             'GENOMFORD', 'nej'),
            ('Fastighetsförvaltning', 'Kontroll av att felanmälningar i fastighetssystemet åtgärdas inom avtalad tid',
             'Driftchef fastighet',
             {('2025', 'Delår'): ('Delvis genomförd', ''),
              ('2025', 'Helår'): ('Delvis genomförd', '71 % åtgärdade inom tid, målet är 90 %.')},
             'DELVIS', 'ja'),
            ('VA', 'Kontroll av att VA-anslutningsavgifter debiterats enligt taxa', 'VA-chef',
             {('2025', 'Delår'): ('Ej påbörjad', ''),
              ('2025', 'Helår'): ('Ej genomförd', 'Flyttas till 2026.')},
             'EJ_GENOMFORD', 'nej'),
            ('Gata/park', 'Kontroll av att besiktningsprotokoll finns för kommunens lekplatser', 'Parkchef',
             {('2024', 'Helår'): ('Genomförd', 'Samtliga 38 lekplatser besiktigade.'),
              ('2025', 'Delår'): ('', ''),
              ('2025', 'Helår'): ('', '')},
             'SAKNAS', 'nej'),
        ]),
    ]
    lines = ['Organisation;År;Period;Process;Kontrollmoment;Status;Kommentar;Ansvarig;Senast ändrad']
    dates = {('2024', 'Helår'): '2025-01-20', ('2025', 'Delår'): '2025-09-15', ('2025', 'Helår'): '2026-01-08'}
    for org, namnd, ctrls in orgs:
        for key in [('2024', 'Helår'), ('2025', 'Delår'), ('2025', 'Helår')]:
            for proc, k, ansv, per, st, av in ctrls:
                if key not in per:
                    continue
                s, kom = per[key]
                changed = dates[key] if (s or kom) else ''
                lines.append(';'.join([org, key[0], key[1], proc, k, s, kom, ansv, changed]))
        add_expected(fil, namnd, [(k, st, av) for proc, k, ansv, per, st, av in ctrls])
        FILES.append((fil, 'INLAST', namnd, '2025', 'HELAR'))
    with open(os.path.join(OUT, fil), 'wb') as f:
        f.write(('\r\n'.join(lines) + '\r\n').encode('cp1252'))


# ---------------------------------------------------------------------------
# 7. Arbetsmarknadsnämnden – "Delår 2025" ifyllt, "Helår 2025" tomt (skickad för tidigt)
# ---------------------------------------------------------------------------
def build_amn():
    fil = 'Internkontroll AMN 2025.xlsx'
    namnd = 'Arbetsmarknadsnämnden'
    GREEN, YELLOW, RED, BLUE = '92D050', 'FFFF00', 'FF0000', '9BC2E6'
    data = [
        ('Vuxenutbildning', [
            ('Kontroll av att betyg i vuxenutbildningen registreras inom tre veckor efter kursslut', 'Rektor Komvux',
             GREEN, '', 'Stickprov 30 betyg, samtliga registrerade inom tid.', 'GENOMFORD', 'nej'),
            ('Uppföljning av att upphandlad SFI-utbildning levererar enligt avtal (närvaro och undervisningstimmar)',
             'Verksamhetschef', YELLOW, '',
             'Anordnaren har inte lämnat närvarorapporter enligt avtal för vårterminen. Dialog pågår.', 'DELVIS', 'ja'),
        ]),
        ('Arbetsmarknadsinsatser', [
            ('Kontroll av att lönebidrag och anställningsstöd från Arbetsförmedlingen rekvireras varje månad',
             'Ekonom', RED, '', 'Ej genomförd – kontrollen planeras till hösten.', 'EJ_GENOMFORD', 'nej'),
            ('Stickprov av 10 deltagare i kommunala extratjänster – närvarorapport mot utbetald lön',
             'Enhetschef arbetsmarknad', GREEN, 'Klar', 'En avvikelse: lön utbetald för två frånvarodagar, korrigerat.',
             'GENOMFORD', 'ja'),
            ('Kontroll av att deltagare med försörjningsstöd i arbetsmarknadsinsats har aktuell planering',
             'Enhetschef arbetsmarknad', None, '', '', 'SAKNAS', 'nej'),
        ]),
        ('Administration', [
            ('Veckovis avstämning av kassan i arbetsträningskaféet mot kassarapport', 'Arbetsledare café',
             YELLOW, 'Pågår', '', 'DELVIS', 'nej'),
            ('Kontroll av att personuppgiftsincidenter rapporterats till dataskyddsombudet', 'Förvaltningschef',
             GREEN, '', 'Inga incidenter under perioden, rutinen är känd av personalen.', 'GENOMFORD', 'nej'),
            ('Kontroll av att attestlistor uppdaterats efter organisationsförändringen 1 mars', 'Ekonom',
             BLUE, '', '', 'OKLAR', 'nej'),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws_d = wb.active
    ws_d.title = 'Delår 2025'
    ws_h = wb.create_sheet('Helår 2025')
    exp = []
    for ws, per, filled in [(ws_d, 'Delår 2025 (jan–aug)', True), (ws_h, 'Helår 2025', False)]:
        ws['A1'] = 'Arbetsmarknadsnämnden'
        ws['A1'].font = Font(bold=True, size=13)
        ws['A2'] = 'Internkontrollplan 2025 – uppföljning ' + per
        ws['A2'].font = Font(bold=True, size=12)
        ws['A3'] = 'Bedömning anges med färg: Grön = genomförd utan större avvikelser, Gul = delvis genomförd/pågår, Röd = ej genomförd'
        ws['A3'].font = Font(italic=True, size=9)
        ws['A4'] = 'Grön'
        ws['A4'].fill = PatternFill('solid', fgColor=GREEN)
        ws['B4'] = 'Gul'
        ws['B4'].fill = PatternFill('solid', fgColor=YELLOW)
        ws['C4'] = 'Röd'
        ws['C4'].fill = PatternFill('solid', fgColor=RED)
        hdr = ['Process', 'Kontrollmoment', 'Ansvarig', 'Bedömning', 'Kommentar / iakttagelser']
        r = 6
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(r, c, h)
            cell.font = Font(bold=True)
            cell.border = BORDER
            cell.fill = PatternFill('solid', fgColor='D9D9D9')
        r += 1
        for proc, ctrls in data:
            for (k, ansv, fill, txt, kom, st, av) in ctrls:
                ws.cell(r, 1, proc)
                ws.cell(r, 2, k)
                ws.cell(r, 3, ansv)
                if filled:
                    if txt:
                        ws.cell(r, 4, txt)
                    if fill:
                        ws.cell(r, 4).fill = PatternFill('solid', fgColor=fill)
                    if kom:
                        ws.cell(r, 5, kom)
                    exp.append((k, st, av))
                for c in range(1, 6):
                    ws.cell(r, c).border = BORDER
                    ws.cell(r, c).alignment = WRAP
                r += 1
        if filled:
            ws.cell(r + 1, 1, 'Rapporterad till nämnden 2025-09-24 § 61').font = Font(italic=True, size=9)
        for col, w in zip('ABCDE', [22, 60, 24, 14, 60]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))
    add_expected(fil, namnd, exp)


# ---------------------------------------------------------------------------
# 8. Kultur- och fritidsnämnden – Verksamhetsberättelse 2025 med IK som ett kapitel (.docx)
# ---------------------------------------------------------------------------
def build_kfn():
    fil = 'Verksamhetsberättelse 2025 Kultur- och fritidsnämnden.docx'
    namnd = 'Kultur- och fritidsnämnden'
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    doc.add_heading('Verksamhetsberättelse 2025', 0)
    doc.add_paragraph('Kultur- och fritidsnämnden, Ronneby kommun')
    doc.add_paragraph('Dnr KFN 2026/3 – behandlas av nämnden 2026-02-04')

    doc.add_heading('1. Inledning', 1)
    doc.add_paragraph('Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, idrotts- och '
                      'friluftsanläggningar samt stöd till föreningslivet. År 2025 präglades av öppnandet av den '
                      'nya konstgräsplanen i Kallinge och ett fortsatt högt besökstryck på Ronneby Brunnsbad.')
    doc.add_heading('2. Året i korthet', 1)
    for s in ['Biblioteken hade 214 000 besök, en ökning med 6 % jämfört med 2024.',
              'Kulturskolan hade 860 elever och kön minskade till 140 barn.',
              'Föreningsbidrag om totalt 5,9 mnkr betalades ut till 96 föreningar.']:
        doc.add_paragraph(s, style='List Bullet')

    doc.add_heading('3. Ekonomi', 1)
    doc.add_paragraph('Nämnden redovisar ett överskott om 0,8 mnkr mot budget.')
    t = doc.add_table(rows=1, cols=4)
    t.style = 'Table Grid'
    for c, h in enumerate(['Verksamhet (tkr)', 'Budget 2025', 'Utfall 2025', 'Avvikelse']):
        t.rows[0].cells[c].text = h
    for r in [('Bibliotek', '18 400', '18 120', '280'), ('Kulturskola', '9 750', '9 910', '-160'),
              ('Fritid och föreningsstöd', '21 300', '20 620', '680'), ('Totalt', '49 450', '48 650', '800')]:
        cells = t.add_row().cells
        for c, v in enumerate(r):
            cells[c].text = v

    doc.add_heading('4. Måluppfyllelse', 1)
    doc.add_paragraph('Nämnden har tre nämndmål för 2025. Bedömningen redovisas nedan.')
    t = doc.add_table(rows=1, cols=3)
    t.style = 'Table Grid'
    for c, h in enumerate(['Nämndmål', 'Indikator', 'Bedömning']):
        t.rows[0].cells[c].text = h
    for r in [('Fler barn och unga deltar i kultur- och fritidsaktiviteter', 'Antal deltagartillfällen 7–20 år', 'Uppfyllt'),
              ('Biblioteken är en mötesplats för alla', 'Antal besök', 'Uppfyllt'),
              ('Föreningslivet har goda förutsättningar', 'Nöjdhet i föreningsenkät', 'Delvis uppfyllt')]:
        cells = t.add_row().cells
        for c, v in enumerate(r):
            cells[c].text = v

    doc.add_heading('5. Uppföljning av intern kontroll', 1)
    doc.add_paragraph('Nämnden antog internkontrollplan 2025 den 2025-02-19 § 14. Planen omfattar sex kontrollmoment '
                      'inom tre processer. Tre kontroller har genomförts, två har delvis genomförts och en har inte '
                      'genomförts. Avvikelser och åtgärder framgår av tabellen.')
    data = [
        ('Föreningsbidrag', [
            ('Kontroll av att utbetalda aktivitetsbidrag stämmer mot inrapporterade sammankomster (stickprov 8 föreningar)',
             'Ja', 'En förening hade rapporterat sammankomster dubbelt. Återkrav 12 300 kr.', 'GENOMFORD', 'ja'),
            ('Kontroll att föreningar med verksamhetsbidrag lämnat årsredovisning och verksamhetsberättelse',
             'Delvis', '14 av 19 föreningar har lämnat handlingar, påminnelse skickad till övriga.', 'DELVIS', 'ja'),
        ]),
        ('Kontanthantering', [
            ('Kassaavstämning mot kassarapport i Ronneby Brunnsbads reception (två oanmälda tillfällen)',
             'Ja', 'Inga differenser.', 'GENOMFORD', 'nej'),
            ('Oanmäld kassainventering på huvudbiblioteket', 'Nej', 'Har inte genomförts under året.',
             'EJ_GENOMFORD', 'nej'),
        ]),
        ('Lokaler och bokning', [
            ('Kontroll av att uthyrning av idrottshallar faktureras enligt bokningssystemet (stickprov oktober)',
             'Ja', 'Tre bokningar var inte fakturerade, fakturerade i efterhand.', 'GENOMFORD', 'ja'),
            ('Inventering av konstsamlingen – att 30 utvalda verk finns på angiven plats', '',
             'Inventeringen påbörjades i november och slutförs under första kvartalet 2026.', 'DELVIS', 'nej'),
        ]),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = 'Table Grid'
    for c, h in enumerate(['Process', 'Kontrollmoment', 'Genomförd', 'Iakttagelser och åtgärder']):
        t.rows[0].cells[c].text = h
        for p in t.rows[0].cells[c].paragraphs:
            for run in p.runs:
                run.bold = True
    exp = []
    for proc, ctrls in data:
        first = True
        for k, g, kom, stt, av in ctrls:
            cells = t.add_row().cells
            cells[0].text = proc if first else ''
            cells[1].text = k
            cells[2].text = g
            cells[3].text = kom
            first = False
            exp.append((k, stt, av))
    doc.add_paragraph('')
    doc.add_paragraph('Nämndens bedömning är att den interna kontrollen har varit tillräcklig. De kontroller som inte '
                      'har slutförts förs över till internkontrollplan 2026.')
    doc.add_heading('6. Framtid', 1)
    doc.add_paragraph('Under 2026 planeras en översyn av föreningsbidragsreglerna och ett nytt bokningssystem.')
    doc.add_paragraph('Lena Axelsson, förvaltningschef')
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', namnd, '2025', 'HELAR'))
    add_expected(fil, namnd, exp)


# ---------------------------------------------------------------------------
# 9. Låsfil (AVVISAD)
# ---------------------------------------------------------------------------
def build_lockfile():
    fil = '~$Internkontroll AMN 2025.xlsx'
    name = 'Peter Nyström'
    b = bytes([len(name)]) + name.encode('latin-1').ljust(53, b' ')
    b += bytes([len(name), 0]) + name.encode('utf-16-le') + b' \x00' * (54 - len(name))
    b = b[:165].ljust(165, b'\x00')
    with open(os.path.join(OUT, fil), 'wb') as f:
        f.write(b)
    FILES.append((fil, 'AVVISAD', '', '', ''))


def main():
    for p in set(glob.glob(os.path.join(OUT, '*')) + glob.glob(os.path.join(OUT, '~$*'))):
        if os.path.basename(p) in ('make_round.py', 'README.md'):
            continue
        os.remove(p)
    build_mbn_2024()
    build_sn('DELAR')
    build_sn('HELAR')
    build_un()
    build_ofn()
    build_stratsys()
    build_amn()
    build_kfn()
    build_lockfile()

    with open(os.path.join(OUT, 'namnder.csv'), 'w', encoding='utf-8') as f:
        f.write('nämnd;alias\n')
        for n, a in [
            ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|KLF'),
            ('Utbildningsnämnden', 'UN|Utbildningsförvaltningen|BUN'),
            ('Socialnämnden', 'SN|Socialförvaltningen'),
            ('Äldrenämnden', 'ÄN|Äldreförvaltningen|Vård- och omsorgsförvaltningen'),
            ('Tekniska nämnden', 'TN|Teknik- och fastighetsförvaltningen|Tekniska förvaltningen'),
            ('Kultur- och fritidsnämnden', 'KFN|Kultur- och fritidsförvaltningen'),
            ('Miljö- och byggnadsnämnden', 'MBN|Miljö- och byggförvaltningen|Miljö och bygg'),
            ('Arbetsmarknadsnämnden', 'AMN|Arbetsmarknadsförvaltningen|Arbetsmarknad och vuxenutbildning'),
            ('Överförmyndarnämnden', 'ÖFN|Överförmyndarenheten|Överförmyndaren'),
            ('Valnämnden', 'VN'),
            ('Krisledningsnämnden', 'KLN'),
        ]:
            f.write('%s;%s\n' % (n, a))
    with open(os.path.join(OUT, 'files.csv'), 'w', encoding='utf-8') as f:
        f.write('fil;utfall;nämnd;år;period\n')
        for row in FILES:
            f.write(';'.join(row) + '\n')
    with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8') as f:
        f.write('fil;nämnd;kontrollmoment;status;avvikelse\n')
        for row in EXPECTED:
            f.write(';'.join(row) + '\n')
    print('files:', len(set(r[0] for r in FILES)), 'rows:', len(FILES), 'controls:', len(EXPECTED))


if __name__ == '__main__':
    main()
