#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 76 – Region Gotland, helår 2025.

Builds all follow-up files plus namnder.csv, files.csv and expected.csv from scratch.
Run: /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert ';' not in km and '\n' not in km, km
    assert status in ('GENOMFORD', 'DELVIS', 'EJ_GENOMFORD', 'UTGAR', 'SAKNAS', 'OKLAR'), status
    assert avv in ('ja', 'nej')
    EXPECTED.append((fil, namnd, km, status, avv))


def clean():
    keep = {'make_round.py', 'README.md'}
    for f in os.listdir(OUT):
        if f in keep:
            continue
        p = os.path.join(OUT, f)
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


# ---------------------------------------------------------------------------
# 1. Wide governance-system export (Stratsys-like), three nämnder, Windows-1252
# ---------------------------------------------------------------------------
def f1_export():
    fil = 'Stratsys_IK_export_RegionGotland_2026-01-14.csv'
    cols = ['ID', 'Title', 'Kontrollmetod', 'Owner', 'Förvaltning', 'Nämnd', 'Process', 'Risk',
            'Risk score', 'Sannolikhet', 'Konsekvens', 'Frekvens', 'Year', 'Period', 'Status',
            'Status comment', 'Avvikelse', 'Åtgärd', 'Åtgärd ansvarig', 'Åtgärd klar senast',
            'Reported by', 'Last updated', 'Created', 'Plan-ID', 'Plan name', 'Tags', 'Mål',
            'Attachments', 'Reviewer', 'Review status', 'External ref', 'Archived', 'Version',
            'Language']
    assert len(cols) >= 30

    plan = {'Hälso- och sjukvårdsnämnden': ('P-HSN-25', 'Internkontrollplan HSN 2025', 'Hälso- och sjukvårdsförvaltningen'),
            'Regionstyrelsen': ('P-RS-25', 'Internkontrollplan RS 2025', 'Regionstyrelseförvaltningen'),
            'Socialnämnden': ('P-SON-25', 'Internkontrollplan SON 2025', 'Socialförvaltningen')}

    # control: (id, nämnd, title, metod, owner, process, risk, score, S, K, freq, tags, rows, expected, avv)
    # rows: list of (year, period, status, comment, avvikelse, åtgärd, åtg.ansv, åtg.datum, reporter, updated)
    C = []
    C.append(('HSN-IK25-01', 'Hälso- och sjukvårdsnämnden',
              'Stickprov av 30 journalanteckningar avseende dokumentation av samtycke',
              'Journalgranskning i Cosmic, slumpvis urval från tre kliniker', 'Karin Ahlqvist',
              'Vårddokumentation', 'Patientens samtycke dokumenteras inte', 12, 3, 4, 'Årligen', 'Patientsäkerhet',
              [(2025, 'Delår', '0 %', 'Planerad till oktober.', '', '', '', '', 'Karin Ahlqvist', '2025-09-03 14:12'),
               (2025, 'Helår', '100%', 'Genomförd i oktober. 3 av 30 journaler saknade dokumenterat samtycke till informationsöverföring.',
                'Ja', 'Påminnelse om rutin på APT i berörda enheter', 'Verksamhetschefer', '2026-03-31', 'Karin Ahlqvist', '2026-01-12 10:41')],
              'GENOMFORD', 'ja'))
    C.append(('HSN-IK25-02', 'Hälso- och sjukvårdsnämnden',
              'Kontroll av läkemedelsförråd på vårdavdelningar – narkotikaklassade läkemedel',
              'Kvartalsvis inventering och avstämning mot förbrukningsjournal', 'Jonas Wickman',
              'Läkemedelshantering', 'Svinn av narkotikaklassade läkemedel', 16, 4, 4, 'Kvartalsvis', 'Läkemedel',
              [(2025, 'Delår', 'Påbörjad', 'Q1 och Q2 inventerade.', '', '', '', '', 'Jonas Wickman', '2025-09-01 08:55'),
               (2025, 'Helår', 'Klar', 'Kvartalsvisa inventeringar utförda på samtliga avdelningar, inga differenser.',
                'Nej', '', '', '', 'Jonas Wickman', '2026-01-09 13:20')],
              'GENOMFORD', 'nej'))
    C.append(('HSN-IK25-03', 'Hälso- och sjukvårdsnämnden',
              'Kontroll av att avvikelser i Synergi handläggs och avslutas inom 60 dagar',
              'Uttag ur Synergi per klinik', 'Ulrika Norrby',
              'Avvikelsehantering', 'Avvikelser blir liggande utan åtgärd', 9, 3, 3, 'Halvår', 'Patientsäkerhet',
              [(2025, 'Delår', '', '', '', '', '', '', '', '2025-06-30 09:00'),
               (2025, 'Helår', 'Delvis genomförd', 'Kontroll gjord för medicin- och kirurgkliniken, 38 % av avvikelserna avslutades efter mer än 60 dagar. Psykiatrin ej granskad pga vakans.',
                'Ja', 'Veckovis genomgång av öppna avvikelser', 'Ulrika Norrby', '2026-06-30', 'Ulrika Norrby', '2026-01-13 16:02')],
              'DELVIS', 'ja'))
    C.append(('HSN-IK25-04', 'Hälso- och sjukvårdsnämnden',
              'Kontroll av att hyrpersonal avropas via upphandlat avtal',
              'Genomgång av samtliga fakturor för inhyrd personal', 'Per-Olof Hansson',
              'Bemanning', 'Dyr inhyrning utanför avtal', 12, 4, 3, 'Årligen', 'Ekonomi; Upphandling'.replace(';', ','),
              [(2025, 'Delår', '20 %', 'Fakturor för jan–apr genomgångna.', '', '', '', '', 'Per-Olof Hansson', '2025-09-05 11:30'),
               (2025, 'Helår', '100 %', 'Kontrollen har inte kunnat genomföras under hösten på grund av byte av bemanningsavtal.',
                '', '', '', '', 'Per-Olof Hansson', '2026-01-08 15:47')],
              'GENOMFORD', 'nej'))
    C.append(('HSN-IK25-05', 'Hälso- och sjukvårdsnämnden',
              'Uppföljning av väntetider till första besök inom specialistvården (vårdgaranti 90 dagar)',
              'Månadsuppföljning ur väntetidsdatabasen', 'Karin Ahlqvist',
              'Tillgänglighet', 'Vårdgarantin uppfylls inte', 16, 4, 4, 'Månadsvis', 'Tillgänglighet',
              [(2025, 'Delår', 'Genomförd', 'Uppföljning sker månadsvis.', '', '', '', '', 'Karin Ahlqvist', '2025-09-02 10:10'),
               (2025, 'Helår', 'Genomförd', 'Måluppfyllelse 81 % för helåret, målet 90 % har inte nåtts inom ortopedi och ögon.',
                'Ja', 'Produktionsplanering och köpt vård', 'Hälso- och sjukvårdsdirektör', '2026-12-31', 'Karin Ahlqvist', '2026-01-14 08:03')],
              'GENOMFORD', 'ja'))

    C.append(('RS-IK25-01', 'Regionstyrelsen',
              'Stickprov av 25 leverantörsfakturor mot avtal – pris och villkor',
              'Slumpvis urval ur Raindance, jämförelse mot avtal i avtalsdatabasen', 'Anders Lindqvist',
              'Inköp och upphandling', 'Fakturor betalas utan att avtalat pris kontrolleras', 12, 3, 4, 'Halvår', 'Ekonomi',
              [(2025, 'Delår', '40 %', '10 fakturor granskade, inga avvikelser hittills.', '', '', '', '', 'Anders Lindqvist', '2025-09-04 13:00'),
               (2025, 'Helår', 'Genomförd', 'Två fakturor avvek från avtalat pris (städtjänster), kreditering begärd och erhållen.',
                'Ja', 'Information till beställare', 'Upphandlingschef', '2026-02-28', 'Anders Lindqvist', '2026-01-11 09:14')],
              'GENOMFORD', 'ja'))
    C.append(('RS-IK25-02', 'Regionstyrelsen',
              'Kontroll av att representation redovisas med syfte och deltagare',
              'Stickprov 20 verifikationer konto 7610–7630', 'Sofia Bendelin',
              'Ekonomisk redovisning', 'Förtroendekänsliga poster redovisas bristfälligt', 9, 3, 3, 'Årligen', 'Ekonomi',
              [(2025, 'Delår', '', '', '', '', '', '', '', '2025-06-30 09:00'),
               (2025, 'Helår', '75 %', 'Kontroll för regionstyrelseförvaltningens staber klar, ekonomienheten kvarstår.',
                'Nej', '', '', '', 'Sofia Bendelin', '2026-01-10 12:37')],
              'DELVIS', 'nej'))
    C.append(('RS-IK25-03', 'Regionstyrelsen',
              'Kontroll av behörigheter i ekonomisystemet – avslutade anställningar',
              'Avstämning behörighetslista mot HR-systemets avslutade anställningar', 'Mikael Stenström',
              'IT och informationssäkerhet', 'Obehörig åtkomst efter avslutad anställning', 12, 3, 4, 'Halvår', 'IT',
              [(2025, 'Delår', 'Pågår', 'Behörighetslista beställd från IT.', '', '', '', '', 'Mikael Stenström', '2025-08-29 15:51'),
               (2025, 'Helår', '?', '', '', '', '', '', 'Mikael Stenström', '2026-01-14 07:58')],
              'OKLAR', 'nej'))
    C.append(('RS-IK25-04', 'Regionstyrelsen',
              'Kontroll av att delegationsbeslut anmäls till regionstyrelsen',
              'Jämförelse delegationslista mot anmälda beslut i protokoll', 'Lena Gardell',
              'Ärendehantering', 'Delegationsbeslut anmäls inte', 6, 2, 3, 'Årligen', 'Juridik',
              [(2025, 'Delår', 'Ej påbörjad', '', '', '', '', '', 'Lena Gardell', '2025-09-01 10:00'),
               (2025, 'Helår', '', 'Kontrollen har genomförts i december, samtliga delegationsbeslut är anmälda.',
                'Nej', '', '', '', 'Lena Gardell', '2026-01-07 11:25')],
              'GENOMFORD', 'nej'))
    C.append(('RS-IK25-05', 'Regionstyrelsen',
              'Kontroll av efterlevnad av riktlinjer för direktupphandling',
              'Stickprov 15 direktupphandlingar över 100 tkr', 'Anders Lindqvist',
              'Inköp och upphandling', 'Direktupphandling utan dokumentation', 12, 3, 4, 'Årligen', 'Upphandling',
              [(2024, 'Helår', 'Genomförd', 'Dokumentation saknades i 4 av 15 direktupphandlingar.', 'Ja',
                'Utbildning för beställare', 'Upphandlingschef', '2025-06-30', 'Anders Lindqvist', '2025-01-15 14:02'),
               (2025, 'Delår', '', '', '', '', '', '', '', '2025-06-30 09:00'),
               (2025, 'Helår', '', '', '', '', '', '', '', '2025-12-31 09:00')],
              'SAKNAS', 'nej'))

    C.append(('SON-IK25-01', 'Socialnämnden',
              'Kontroll att utredningar inom barn och unga avslutas inom fyra månader (stickprov 15 ärenden)',
              'Stickprov ur Treserva', 'Helena Wallin',
              'Myndighetsutövning barn och unga', 'Utredningstid överskrids', 12, 3, 4, 'Halvår', 'Barn och unga',
              [(2025, 'Delår', '50 %', 'Stickprov för jan–jun klart.', '', '', '', '', 'Helena Wallin', '2025-09-03 09:41'),
               (2025, 'Helår', '100 %', 'Samtliga stickprov genomförda. 6 av 15 utredningar överskred fyramånadersgränsen utan beslut om förlängning.',
                'Ja', 'Veckovis bevakning av utredningstider i arbetsgruppen', 'Enhetschef BoU', '2026-04-30', 'Helena Wallin', '2026-01-13 13:30')],
              'GENOMFORD', 'ja'))
    C.append(('SON-IK25-02', 'Socialnämnden',
              'Stickprov av 20 beslut om ekonomiskt bistånd – kontroll av att beräkning och attest följer riktlinjer',
              'Stickprov, dubbelberäkning i Treserva', 'Johan Klintberg',
              'Ekonomiskt bistånd', 'Felaktiga utbetalningar', 16, 4, 4, 'Halvår', 'Ekonomi',
              [(2025, 'Delår', 'Pågår', '', '', '', '', '', 'Johan Klintberg', '2025-09-01 16:00'),
               (2025, 'Helår', 'Genomförd', 'Inga fel i beräkningarna. Ett beslut saknade attest på rätt nivå, åtgärdat.',
                'Ja', '', '', '', 'Johan Klintberg', '2026-01-12 08:20')],
              'GENOMFORD', 'ja'))
    C.append(('SON-IK25-03', 'Socialnämnden',
              'Kontroll av att genomförandeplaner inom hemtjänsten upprättas inom 14 dagar',
              'Uttag ur verksamhetssystemet per hemtjänstområde', 'Eva Larsson Snöbohm',
              'Hemtjänst', 'Insatser utförs utan planering med den enskilde', 9, 3, 3, 'Halvår', 'Äldreomsorg',
              [(2025, 'Delår', '25 %', '', '', '', '', '', 'Eva Larsson Snöbohm', '2025-09-02 12:12'),
               (2025, 'Helår', '60 %', 'Granskning av område Norr och Mitt klar, Syd återstår. Hittills 71 % inom 14 dagar.',
                'Ja', 'Påminnelse till samordnare', 'Områdeschefer', '2026-03-31', 'Eva Larsson Snöbohm', '2026-01-12 15:55')],
              'DELVIS', 'ja'))
    C.append(('SON-IK25-04', 'Socialnämnden',
              'Uppföljning av att loggkontroller i Treserva genomförs månadsvis',
              'Genomgång av loggkontrollprotokoll', 'Mats Hejdenberg',
              'Informationssäkerhet', 'Obehörig läsning av personakter', 12, 3, 4, 'Månadsvis', 'IT',
              [(2025, 'Delår', 'Ej påbörjad', 'Rutin ses över.', '', '', '', '', 'Mats Hejdenberg', '2025-09-04 10:30'),
               (2025, 'Helår', '', '', '', '', '', '', '', '2025-12-31 09:00')],
              'EJ_GENOMFORD', 'nej'))
    C.append(('SON-IK25-05', 'Socialnämnden',
              'Kontroll av avgiftsbeslut inom äldreomsorgen – rätt maxtaxa tillämpad',
              'Stickprov 20 avgiftsbeslut', 'Johan Klintberg',
              'Avgiftshantering', 'Felaktiga avgifter', 9, 3, 3, 'Årligen', 'Ekonomi',
              [(2025, 'Delår', '', '', '', '', '', '', '', '2025-06-30 09:00'),
               (2025, 'Helår', 'Utgår', 'Kontrollen ersätts av regionrevisionens granskning av avgiftshanteringen, beslut SON 2025-05-21 § 64.',
                '', '', '', '', 'Johan Klintberg', '2026-01-09 09:09')],
              'UTGAR', 'nej'))

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', quoting=csv.QUOTE_MINIMAL, lineterminator='\r\n')
    w.writerow(cols)
    for (cid, namnd, title, metod, owner, process, risk, score, s, k, freq, tags, rows, st, avv) in C:
        pid, pname, forv = plan[namnd]
        for (yr, per, status, comment, av, atg, atga, atgd, rep, upd) in rows:
            w.writerow([cid, title, metod, owner, forv, namnd, process, risk, score, s, k, freq, yr,
                        '%s %d' % (per, yr), status, comment, av, atg, atga, atgd, rep, upd,
                        '2025-01-20 08:00' if yr == 2025 else '2024-01-22 08:00',
                        pid if yr == 2025 else pid.replace('25', '24'),
                        pname if yr == 2025 else pname.replace('2025', '2024'), tags, '',
                        '0', 'Sara Lindh', 'Ej granskad' if status == '' else 'Granskad', '',
                        'False', '3', 'sv-SE'])
        exp(fil, namnd, title, st, avv)
    with open(os.path.join(OUT, fil), 'w', encoding='cp1252', newline='') as fh:
        fh.write(buf.getvalue())
    for n in ('Hälso- och sjukvårdsnämnden', 'Regionstyrelsen', 'Socialnämnden'):
        FILES.append((fil, 'INLAST', n, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 2. BUN – everything for a control in one cell with line breaks
# ---------------------------------------------------------------------------
def f2_bun():
    fil = 'BUN uppföljning internkontroll helår 2025.xlsx'
    namnd = 'Barn- och utbildningsnämnden'
    wb = Workbook()
    ws = wb.active
    ws.title = 'Helår 2025'
    ws['A1'] = 'Barn- och utbildningsnämnden'
    ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Uppföljning av internkontrollplan 2025 – helår'
    ws['A2'].font = Font(bold=True, size=12)
    ws['A3'] = 'Utbildnings- och arbetslivsförvaltningen, 2026-01-16. Handläggare: Malin Rosvall'
    hdr = ['Process', 'Risk', 'Uppföljning (kontroll, status och kommentar)']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='BDD7EE')
    # (process, risk, km, status text, comment, expected, avv)
    rows = [
        ('Skolskjuts', 'Elever får inte skjuts enligt beslut',
         'Stickprov av 20 skolskjutsbeslut mot faktisk körning i planeringssystemet', 'Genomförd',
         '19 av 20 korrekta. En elev på Fårö hade fel hämtadress, rättat i oktober.', 'GENOMFORD', 'ja'),
        ('Kränkande behandling', 'Anmälningar når inte huvudmannen',
         'Kontroll av att anmälningar om kränkande behandling anmäls till huvudman inom fem dagar', 'Delvis',
         'Grundskolorna kontrollerade, förskolan återstår.', 'DELVIS', 'nej'),
        ('Förskoleplacering', 'Plats erbjuds inte inom lagstadgad tid',
         'Kontroll av att plats i förskola erbjuds inom fyra månader från ansökan', 'Klar',
         'Samtliga erbjudanden inom lagstadgad tid.', 'GENOMFORD', 'nej'),
        ('Inköp', 'Inköp görs utanför avtal',
         'Stickprov 15 inköp på skolenheter – avtalstrohet', '',
         'Har inte genomförts under året på grund av vakans som controller.', 'EJ_GENOMFORD', 'nej'),
        ('Elevhälsa', 'Bristande journalföring',
         'Granskning av att elevhälsojournaler förs i PMO enligt rutin', 'Genomförd med anmärkning',
         'Fyra journalanteckningar saknade signering, åtgärdat av verksamhetschef elevhälsa.', 'GENOMFORD', 'ja'),
        ('Elevhälsa', 'Bristande journalföring',
         'Kontroll av att elevakter överlämnas vid skolbyte', '',
         '', 'SAKNAS', 'nej'),
        ('Ledighet för elever', 'Ledighet beviljas utan stöd i regelverk',
         'Kontroll av att beslut om ledighet över tio dagar fattas av rektor', '?',
         'Oklart vilka skolor som gjort kontrollen, följs upp.', 'OKLAR', 'nej'),
        ('Betygssättning', 'Betygskataloger förvaras inte korrekt',
         'Kontroll av att betygskatalogerna signerats och arkiverats', 'Pågår',
         'VT klart, HT arkiveras i januari.', 'DELVIS', 'nej'),
    ]
    r = 6
    prev = None
    start = None
    for (proc, risk, km, st, kom, e, avv) in rows:
        text = 'Kontroll: %s\nStatus: %s\nKommentar: %s' % (km, st, kom)
        text = text.replace('Status: \n', 'Status:\n')
        if text.endswith('Kommentar: '):
            text = text[:-1]
        if proc != prev:
            if start is not None and r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=r, column=1, value=proc)
            ws.cell(row=r, column=2, value=risk)
            start = r
            prev = proc
        c = ws.cell(row=r, column=3, value=text)
        c.alignment = Alignment(wrap_text=True, vertical='top')
        ws.cell(row=r, column=1).alignment = Alignment(vertical='top', wrap_text=True)
        ws.cell(row=r, column=2).alignment = Alignment(vertical='top', wrap_text=True)
        ws.row_dimensions[r].height = 62
        exp(fil, namnd, km, e, avv)
        r += 1
    if start is not None and r - 1 > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1, value='Nämndens samlade bedömning: den interna kontrollen har i huvudsak varit tillräcklig.')
    ws.column_dimensions['A'].width = 22
    ws.column_dimensions['B'].width = 30
    ws.column_dimensions['C'].width = 90
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', namnd, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 3. TN – control list split over two sheets A–K / L–Ö, tick columns
# ---------------------------------------------------------------------------
def f3_tn():
    fil = 'TN internkontroll 2025 helårsuppföljning.xlsx'
    namnd = 'Tekniska nämnden'
    thin = Side(style='thin', color='999999')
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    sheets = {
        'A–K': [
            ('Avfallshantering', 'Kontroll av att vägning och debitering vid Slite återvinningscentral stämmer mot kassasystemet',
             'Renhållningschef', 'G', 'Avstämning gjord för maj och oktober, inga differenser.', 'GENOMFORD', 'nej'),
            ('Färdtjänst', 'Stickprov av 20 färdtjänstresor – kontroll av faktura mot beställning',
             'Trafikhandläggare', 'G', '3 resor fakturerades med fel taxa, kreditering erhållen från entreprenören.', 'GENOMFORD', 'ja'),
            ('Hamnverksamhet', 'Kontroll av hamnavgifter för fritidsbåtar i gästhamnarna Visby, Slite och Burgsvik',
             'Hamnchef', 'D', 'Visby kontrollerad, Slite och Burgsvik ej.', 'DELVIS', 'nej'),
            ('Kollektivtrafik', 'Kontroll av biljettintäkter från kollektivtrafiken mot redovisning från operatör',
             'Kollektivtrafikchef', 'GD', 'Avstämning gjord för januari–september.', 'OKLAR', 'nej'),
        ],
        'L–Ö': [
            ('Lokalförsörjning', 'Kontroll av att hyresavtal för inhyrda lokaler finns registrerade i avtalsdatabasen',
             'Fastighetschef', 'E', 'Skjuts till 2026 på grund av byte av fastighetssystem.', 'EJ_GENOMFORD', 'nej'),
            ('Måltidsverksamhet', 'Kontroll av att specialkost dokumenteras och levereras enligt beställning',
             'Kostchef', 'G', 'Tio kök kontrollerade utan anmärkning.', 'GENOMFORD', 'nej'),
            ('Måltidsverksamhet', 'Stickprov av livsmedelsinköp mot upphandlat avtal (10 fakturor)',
             'Kostchef', '', 'Se bilaga', 'OKLAR', 'nej'),
            ('Parkering', 'Kontroll av att kontrollavgifter som makulerats har dokumenterad orsak',
             'Gatuchef', '', '', 'SAKNAS', 'nej'),
            ('Vatten och avlopp', 'Kontroll av att VA-anslutningsavgifter debiteras vid nyanslutning',
             'VA-chef', '', 'Kontrollen är genomförd. Två fastigheter i Klintehamn hade inte debiterats, faktura skickad.', 'GENOMFORD', 'ja'),
            ('Vinterväghållning', 'Uppföljning av entreprenörers dokumentation av plogning och halkbekämpning',
             'Driftchef gata', 'D', 'Dokumentation saknas för två utryckningar i februari.', 'DELVIS', 'ja'),
        ],
    }
    wb = Workbook()
    wb.remove(wb.active)
    for sname, rows in sheets.items():
        ws = wb.create_sheet(sname)
        ws['A1'] = 'Tekniska nämnden – uppföljning av internkontrollplan 2025 (helår)'
        ws['A1'].font = Font(bold=True, size=13)
        ws['A2'] = 'Kontrollmoment %s (processer i bokstavsordning)' % sname
        ws['A2'].font = Font(italic=True)
        hdr = ['Process', 'Kontrollmoment', 'Kontrollansvarig', 'Genomförd', 'Delvis', 'Ej genomförd', 'Kommentar/iakttagelser']
        for i, h in enumerate(hdr, 1):
            c = ws.cell(row=4, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill('solid', fgColor='D9D9D9')
            c.border = border
            c.alignment = Alignment(wrap_text=True)
        r = 5
        for (proc, km, ansv, tick, kom, e, avv) in rows:
            vals = [proc, km, ansv,
                    'X' if 'G' in tick else None,
                    'X' if 'D' in tick else None,
                    'X' if 'E' in tick else None,
                    kom or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical='top',
                                        horizontal='center' if 4 <= i <= 6 else None)
            exp(fil, namnd, km, e, avv)
            r += 1
        if sname == 'A–K':
            ws.cell(row=r + 1, column=1, value='Fortsättning på bladet L–Ö.')
        else:
            ws.cell(row=r + 1, column=1, value='Sammanställt av Teknikförvaltningen, 2026-01-19.')
        for col, wdt in zip('ABCDEFG', (20, 60, 18, 11, 9, 13, 60)):
            ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', namnd, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 4. MHN – Word document, table per process, rating dots with legend
# ---------------------------------------------------------------------------
def f4_mhn():
    from docx import Document
    from docx.shared import Pt
    fil = 'MHN uppföljning IKP 2025 helår.docx'
    namnd = 'Miljö- och hälsoskyddsnämnden'
    d = Document()
    d.add_heading('Miljö- och hälsoskyddsnämnden', level=1)
    d.add_heading('Uppföljning av internkontrollplan 2025 – helår', level=2)
    d.add_paragraph('Samhällsbyggnadsförvaltningen, miljö- och hälsoskyddsenheten. Datum: 2026-01-15. '
                    'Ärendenummer MHN 2025/118.')
    d.add_paragraph('Nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). Nedan redovisas '
                    'resultatet per process. Bedömningen anges med punkter enligt förklaringen nedan.')
    p = d.add_paragraph()
    p.add_run('Förklaring bedömning: ').bold = True
    p.add_run('●●●● = Genomförd, inga avvikelser   ●●●○ = Genomförd, avvikelser noterade   '
              '●●○○ = Påbörjad/delvis genomförd   ●○○○ = Ej genomförd   – = Utgår')
    procs = [
        ('Livsmedelskontroll', [
            ('Kontroll av att planerade livsmedelskontroller enligt kontrollplanen genomförts', '●●●○',
             '92 % av planerade kontroller genomförda. 14 anläggningar har fått kontrollen flyttad till 2026.', 'GENOMFORD', 'ja'),
            ('Stickprov av 10 ärenden – kontroll av att årlig kontrollavgift debiterats enligt taxa', '●●●●',
             'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ]),
        ('Tillsyn enskilda avlopp', [
            ('Kontroll av att beslut om förbud för enskilda avlopp följs upp inom ett år', '●●○○',
             'Uppföljning gjord i Hemse och Ljugarn, övriga områden återstår.', 'DELVIS', 'nej'),
        ]),
        ('Ärendehantering', [
            ('Kontroll av att delegationsbeslut anmäls till nämnden', '●○○○',
             'Ej genomförd på grund av uppgradering av ärendesystemet Ecos.', 'EJ_GENOMFORD', 'nej'),
            ('Kontroll av att timavgift för tillsyn debiteras inom 30 dagar efter tillsynsbesök', '',
             'Kontrollen utförd. 3 av 25 besök debiterades senare än 30 dagar.', 'GENOMFORD', 'ja'),
        ]),
        ('Hälsoskydd', [
            ('Kontroll av att klagomål om buller och inomhusmiljö registreras och återkopplas inom 14 dagar', '●●●○ / ●●○○',
             'Bedömningen stäms av med förvaltningschefen.', 'OKLAR', 'nej'),
            ('Kontroll av att strandbadens provtagning följer provtagningsplanen', '–',
             'Provtagningen har övertagits av tekniska förvaltningen enligt beslut MHN 2025-03-12 § 22.', 'UTGAR', 'nej'),
        ]),
    ]
    for proc, ctrls in procs:
        d.add_heading('Process: ' + proc, level=3)
        t = d.add_table(rows=1, cols=3)
        t.style = 'Table Grid'
        for i, h in enumerate(['Kontrollmoment', 'Bedömning', 'Kommentar']):
            t.rows[0].cells[i].text = h
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for (km, dots, kom, e, avv) in ctrls:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = dots
            cells[2].text = kom
            exp(fil, namnd, km, e, avv)
        d.add_paragraph()
    d.add_paragraph('Sammanfattande bedömning: den interna kontrollen bedöms som i huvudsak tillräcklig. '
                    'Avvikelserna inom livsmedelskontrollen hanteras i verksamhetsplanen för 2026.')
    d.add_paragraph('Eva Gahnström, miljö- och hälsoskyddschef')
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', namnd, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 5. BN – .xls, nämnd only in print header/footer; status codes with legend
# ---------------------------------------------------------------------------
def f5_bn():
    fil = 'IK uppföljning helår 2025.xls'
    namnd = 'Byggnadsnämnden'
    wb = Workbook()
    ws = wb.active
    ws.title = 'Uppföljning'
    ws['A1'] = 'Uppföljning av intern kontroll, helår 2025'
    ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Statuskod: 1 = Genomförd, 2 = Delvis genomförd, 3 = Ej genomförd, 4 = Utgår'
    ws['A2'].font = Font(italic=True)
    hdr = ['Nr', 'Process', 'Kontrollmoment', 'Metod', 'Frekvens', 'Statuskod', 'Resultat', 'Åtgärd']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='C6E0B4')
    rows = [
        ('Bygglovshandläggning', 'Kontroll av att bygglov beslutas inom lagstadgad handläggningstid (10 veckor)',
         'Stickprov 30 ärenden', 'Halvår', 1, 'Två av 30 ärenden överskred handläggningstiden, avgiften reducerades.',
         'Bevakning i ärendesystemet', 'GENOMFORD', 'ja'),
        ('Bygglovshandläggning', 'Kontroll av att avgift för bygglov debiteras enligt gällande taxa',
         'Stickprov 20 ärenden', 'Årligen', 1, 'Inga avvikelser.', None, 'GENOMFORD', 'nej'),
        ('Tillsyn', 'Kontroll av att ärenden om ovårdade tomter och olovligt byggande påbörjas inom sex månader',
         'Genomgång av ärendebalans', 'Årligen', 2, 'Ärendebalansen är kartlagd, genomgång av äldre ärenden pågår.',
         None, 'DELVIS', 'nej'),
        ('Strandskydd', 'Kontroll av att beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka',
         'Stickprov 10 beslut', 'Årligen', 3, 'Ej genomförd under året.', 'Genomförs 2026', 'EJ_GENOMFORD', 'nej'),
        ('Lantmäteri och GIS', 'Kontroll av att adressregistret uppdateras vid nya bygglov',
         'Jämförelse mot beviljade lov', 'Halvår', 5, None, None, 'OKLAR', 'nej'),
        ('Arkiv', 'Kontroll av att beslut om startbesked diarieförs',
         'Stickprov 15 startbesked', 'Årligen', 4, 'Ingår i e-arkivprojektet från 2025.', None, 'UTGAR', 'nej'),
        ('Delegering', 'Kontroll av delegationsbeslut – rätt delegat har fattat beslut',
         'Stickprov 20 beslut', 'Årligen', None, None, None, 'SAKNAS', 'nej'),
    ]
    r = 5
    for n, (proc, km, metod, frek, kod, res, atg, e, avv) in enumerate(rows, 1):
        for i, v in enumerate([n, proc, km, metod, frek, kod, res, atg], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical='top')
        exp(fil, namnd, km, e, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value='Sammanställt 2026-01-13 av Johanna Rudström, samhällsbyggnadsförvaltningen')
    for col, wdt in zip('ABCDEFGH', (5, 20, 55, 22, 10, 10, 45, 25)):
        ws.column_dimensions[col].width = wdt
    ws.oddHeader.left.text = 'Region Gotland'
    ws.oddHeader.center.text = 'Byggnadsnämnden'
    ws.oddHeader.right.text = 'Internkontroll 2025'
    ws.oddFooter.left.text = 'Byggnadsnämnden – helårsuppföljning'
    ws.oddFooter.right.text = 'Sida &P av &N'
    ws.page_setup.orientation = 'landscape'
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, 'IK uppföljning helår 2025.xlsx')
    wb.save(src)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://%s/prof' % tmp,
                    '--convert-to', 'xls', '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, 'IK uppföljning helår 2025.xls'), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, 'INLAST', namnd, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 6. KFN – .odt, headings per process, one label/value table per control,
#    Status delår and Status helår rows
# ---------------------------------------------------------------------------
def f6_kfn():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.text import H, P
    from odf.table import Table, TableColumn, TableRow, TableCell
    fil = 'Kultur- och fritidsnämnden - uppföljning intern kontroll 2025.odt'
    namnd = 'Kultur- och fritidsnämnden'
    doc = OpenDocumentText()
    bold = Style(name='Bold', family='paragraph')
    bold.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bold)
    c1 = Style(name='C1', family='table-column')
    c1.addElement(TableColumnProperties(columnwidth='5cm'))
    c2 = Style(name='C2', family='table-column')
    c2.addElement(TableColumnProperties(columnwidth='11cm'))
    cell = Style(name='Cell', family='table-cell')
    cell.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
    for s in (c1, c2, cell):
        doc.automaticstyles.addElement(s)

    doc.text.addElement(H(outlinelevel=1, text='Kultur- och fritidsnämnden'))
    doc.text.addElement(H(outlinelevel=2, text='Uppföljning av intern kontroll 2025 – helår'))
    doc.text.addElement(P(text='Region Gotland, kultur- och fritidsförvaltningen. Rapporten avser helåret 2025 och '
                               'innehåller även status vid delårsuppföljningen per 31 augusti.'))
    procs = [
        ('Bidragshantering', [
            ('Kontroll av att föreningsbidrag betalas ut enligt beslut och att redovisning inkommit', 'Kristina Öhman',
             'Pågår', 'Genomförd', 'Två föreningar hade inte lämnat verksamhetsberättelse, utbetalning spärrad.',
             'Påminnelse skickad', 'GENOMFORD', 'ja'),
            ('Stickprov av 10 bidrag till studieförbund – kontroll av underlag', 'Kristina Öhman',
             'Ej påbörjad', '', '', '', 'EJ_GENOMFORD', 'nej'),
        ]),
        ('Bibliotek', [
            ('Kontroll av att medier som inte återlämnats krävs in enligt rutin', 'Bibliotekschef',
             'Genomförd', 'Genomförd', 'Rutinen följs.', '', 'GENOMFORD', 'nej'),
        ]),
        ('Kontanthantering', [
            ('Kontroll av dagskassor i Solbergabadet – avstämning mot kassarapport', 'Anläggningschef',
             'Delvis', 'Utgår', 'Kontanthanteringen avskaffades 1 oktober, endast kortbetalning.', '', 'UTGAR', 'nej'),
        ]),
        ('Lokaluthyrning', [
            ('Kontroll av att uthyrning av idrottshallar faktureras', 'Bokningsansvarig',
             '', 'Se kommentar', '', '', 'OKLAR', 'nej'),
        ]),
        ('Arbetsmiljö', [
            ('Kontroll av att skyddsronder genomförts i samtliga anläggningar', 'Fritidschef',
             '', '', 'Skyddsronder har genomförts i 9 av 12 anläggningar, resterande tre görs i februari 2026.',
             '', 'DELVIS', 'nej'),
        ]),
    ]
    for proc, ctrls in procs:
        doc.text.addElement(H(outlinelevel=3, text=proc))
        for (km, ansv, sd, sh, iakt, atg, e, avv) in ctrls:
            t = Table(name='K%d' % (len(EXPECTED) + 1))
            t.addElement(TableColumn(stylename=c1))
            t.addElement(TableColumn(stylename=c2))
            for lab, val in [('Kontrollmoment', km), ('Ansvarig', ansv), ('Status delår (31/8)', sd),
                             ('Status helår', sh), ('Iakttagelser', iakt), ('Åtgärder', atg)]:
                tr = TableRow()
                a = TableCell(stylename=cell)
                a.addElement(P(stylename=bold, text=lab))
                b = TableCell(stylename=cell)
                b.addElement(P(text=val))
                tr.addElement(a)
                tr.addElement(b)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(text=''))
            exp(fil, namnd, km, e, avv)
    doc.text.addElement(P(text='Visby 2026-01-20'))
    doc.text.addElement(P(text='Lars-Göran Eriksson, kultur- och fritidsdirektör'))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', namnd, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 7. GVN – .ods, Status 2024 | Status 2025 side by side, J/D/N/U legend
# ---------------------------------------------------------------------------
def f7_gvn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    fil = 'GVN IK-uppföljning 2025.ods'
    namnd = 'Gymnasie- och vuxenutbildningsnämnden'
    doc = OpenDocumentSpreadsheet()
    b = Style(name='b', family='table-cell')
    b.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(b)
    wide = Style(name='wide', family='table-column')
    wide.addElement(TableColumnProperties(columnwidth='9cm'))
    doc.automaticstyles.addElement(wide)
    t = Table(name='Uppföljning 2025')
    t.addElement(TableColumn())
    t.addElement(TableColumn(stylename=wide))
    t.addElement(TableColumn(numbercolumnsrepeated=3))
    t.addElement(TableColumn(stylename=wide))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == '':
                tr.addElement(TableCell())
            else:
                tc = TableCell(valuetype='string', stylename=style) if style else TableCell(valuetype='string')
                tc.addElement(P(text=str(v)))
                tr.addElement(tc)
        t.addElement(tr)

    row(['Gymnasie- och vuxenutbildningsnämnden – uppföljning internkontrollplan, helår 2025'], 'b')
    row(['Jämförelse med föregående år. Teckenförklaring: J = Ja, genomförd   D = Delvis genomförd   '
         'N = Nej, ej genomförd   U = Utgår'])
    row([])
    row(['Process', 'Kontrollmoment', 'Frekvens', 'Status 2024', 'Status 2025', 'Kommentar 2025'], 'b')
    rows = [
        ('Antagning', 'Kontroll av att antagning till gymnasieskolan sker enligt antagningsreglerna',
         'Årligen', 'J', 'J', 'Stickprov 25 antagningsbeslut utan anmärkning.', 'GENOMFORD', 'nej'),
        ('Studiestöd', 'Kontroll av att ogiltig frånvaro rapporteras till CSN inom föreskriven tid',
         'Halvår', 'N', 'D', 'Rapportering i tid för Wisbygymnasiet men inte för Komvux, där 11 rapporter var försenade.', 'DELVIS', 'ja'),
        ('Interkommunal ersättning', 'Kontroll av fakturering av interkommunal ersättning för elever från andra kommuner',
         'Halvår', 'J', '', '', 'SAKNAS', 'nej'),
        ('Vuxenutbildning', 'Stickprov av 15 betyg i Komvux – kontroll mot kursplan och betygsunderlag',
         'Årligen', '', 'N', 'Ej genomförd, prioriterades bort under hösten.', 'EJ_GENOMFORD', 'nej'),
        ('Lärlingsutbildning', 'Kontroll av att lärlingsersättning till arbetsplatser betalas ut enligt avtal',
         'Årligen', 'J', 'J', 'Ett avtal saknade underskrift från arbetsplatsen, kompletterat i november.', 'GENOMFORD', 'ja'),
        ('Inackordering', 'Kontroll av att inackorderingstillägg beviljas enligt regelverket',
         'Årligen', 'D', 'U', 'Utgår enligt beslut GVN 2025-04-10 § 31.', 'UTGAR', 'nej'),
        ('Arbetsmarknadsinsatser', 'Kontroll av att deltagare i arbetsmarknadsinsatser har giltigt beslut',
         'Halvår', '', '', 'Kontrollen genomförd i oktober, inga avvikelser.', 'GENOMFORD', 'nej'),
    ]
    for (proc, km, frek, s24, s25, kom, e, avv) in rows:
        row([proc, km, frek, s24, s25, kom])
        exp(fil, namnd, km, e, avv)
    row([])
    row(['Uppföljningen behandlades i nämnden 2026-02-05.'])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', namnd, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 8. ÖFN – last year's file sent by mistake (2024), status by fill colour only
# ---------------------------------------------------------------------------
def f8_ofn():
    fil = 'ÖFN internkontroll uppföljning.xlsx'
    namnd = 'Överförmyndarnämnden'
    wb = Workbook()
    ws = wb.active
    ws.title = 'Blad1'
    ws['A1'] = 'Överförmyndarnämnden'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Uppföljning internkontrollplan 2024 – årsbokslut'
    hdr = ['Kontrollmoment', 'Ansvarig', 'Status', 'Kommentar']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
    G, Y, R = 'FF00B050', 'FFFFFF00', 'FFFF0000'
    rows = [
        ('Granskning av samtliga årsräkningar före 30 juni', 'Handläggare', G,
         'Samtliga årsräkningar granskade i tid.', 'GENOMFORD', 'nej'),
        ('Kontroll av att ställföreträdare har kontrollerats mot belastningsregistret innan förordnande', 'Enhetschef', G,
         'En ställföreträdare saknade utdrag, kompletterat innan förordnande.', 'GENOMFORD', 'ja'),
        ('Kontroll av arvodesbeslut mot nämndens riktlinjer', 'Handläggare', Y,
         'Arvoden för kvartal 4 återstår.', 'DELVIS', 'nej'),
        ('Kontroll av att förteckningar inkommer inom två månader från förordnande', 'Handläggare', R,
         'Har inte hunnits med på grund av hög ärendebelastning.', 'EJ_GENOMFORD', 'nej'),
        ('Kontroll av att uttag från spärrade konton har överförmyndarens samtycke', 'Enhetschef', None,
         None, 'SAKNAS', 'nej'),
    ]
    r = 5
    for (km, ansv, fill, kom, e, avv) in rows:
        ws.cell(row=r, column=1, value=km).alignment = Alignment(wrap_text=True)
        ws.cell(row=r, column=2, value=ansv)
        c = ws.cell(row=r, column=3)
        if fill:
            c.fill = PatternFill('solid', fgColor=fill)
        ws.cell(row=r, column=4, value=kom).alignment = Alignment(wrap_text=True)
        exp(fil, namnd, km, e, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Färgförklaring:')
    for fill, txt in ((G, 'Genomförd'), (Y, 'Delvis genomförd'), (R, 'Ej genomförd')):
        r += 1
        ws.cell(row=r, column=3).fill = PatternFill('solid', fgColor=fill)
        ws.cell(row=r, column=4, value=txt)
    ws.column_dimensions['A'].width = 70
    ws.column_dimensions['B'].width = 14
    ws.column_dimensions['C'].width = 10
    ws.column_dimensions['D'].width = 60
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', namnd, '2024', 'HELAR'))


# ---------------------------------------------------------------------------
# 9. Reject: a cover letter with no controls
# ---------------------------------------------------------------------------
def f9_letter():
    from docx import Document
    fil = 'Följebrev IK helår 2025 SBF.docx'
    d = Document()
    d.add_paragraph('Region Gotland\nSamhällsbyggnadsförvaltningen')
    d.add_paragraph('2026-01-16')
    d.add_paragraph('Till: Regionstyrelseförvaltningen, ekonomienheten')
    d.add_heading('Översändande av helårsuppföljning av intern kontroll 2025', level=2)
    d.add_paragraph('Härmed översänds byggnadsnämndens och miljö- och hälsoskyddsnämndens uppföljningar av '
                    'internkontrollplanerna för 2025. Byggnadsnämnden behandlar uppföljningen vid sitt sammanträde '
                    'den 28 januari och miljö- och hälsoskyddsnämnden den 4 februari. Eventuella ändringar efter '
                    'nämndbehandlingen meddelas separat.')
    d.add_paragraph('Frågor om uppföljningarna besvaras av undertecknad.')
    d.add_paragraph('Med vänlig hälsning\nJohanna Rudström\nVerksamhetscontroller, samhällsbyggnadsförvaltningen')
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, 'AVVISAD', '', '', ''))


def write_csvs():
    namnder = [
        ('Regionstyrelsen', 'RS|Regionstyrelseförvaltningen|RSF'),
        ('Hälso- och sjukvårdsnämnden', 'HSN|Hälso- och sjukvårdsförvaltningen|HSF'),
        ('Socialnämnden', 'SON|Socialförvaltningen|SOF'),
        ('Barn- och utbildningsnämnden', 'BUN'),
        ('Gymnasie- och vuxenutbildningsnämnden', 'GVN'),
        ('Tekniska nämnden', 'TN|Teknikförvaltningen|TKF'),
        ('Miljö- och hälsoskyddsnämnden', 'MHN|Miljö- och hälsoskyddsenheten'),
        ('Byggnadsnämnden', 'BN|Byggnadsnämnden Gotland'),
        ('Kultur- och fritidsnämnden', 'KFN|Kultur- och fritidsförvaltningen'),
        ('Överförmyndarnämnden', 'ÖFN|Överförmyndarenheten'),
        ('Valnämnden', 'VN'),
        ('Krisledningsnämnden', 'KLN'),
    ]
    with open(os.path.join(OUT, 'namnder.csv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write('nämnd;alias\n')
        for n, a in namnder:
            fh.write('%s;%s\n' % (n, a))
    with open(os.path.join(OUT, 'files.csv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write('fil;utfall;nämnd;år;period\n')
        for r in FILES:
            fh.write(';'.join(r) + '\n')
    with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write('fil;nämnd;kontrollmoment;status;avvikelse\n')
        for r in EXPECTED:
            fh.write(';'.join(r) + '\n')
    reg = {n for n, _ in namnder}
    for r in FILES:
        assert r[2] == '' or r[2] in reg, r
    for r in EXPECTED:
        assert r[1] in reg, r
        assert (r[0], 'INLAST', r[1]) in {(f[0], f[1], f[2]) for f in FILES}, r


if __name__ == '__main__':
    clean()
    f1_export()
    f2_bun()
    f3_tn()
    f4_mhn()
    f5_bn()
    f6_kfn()
    f7_gvn()
    f8_ofn()
    f9_letter()
    write_csvs()
    print('files:', len({f[0] for f in FILES}), 'files.csv rows:', len(FILES),
          'nämnd rows:', sum(1 for f in FILES if f[1] == 'INLAST'), 'controls:', len(EXPECTED))
