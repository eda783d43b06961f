#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r305 - Sörmjöle kommun, T2 and helår 2025.
Theme: statuses written in the language of risk handling and audit.
Builds every follow-up file plus namnder.csv, files.csv, expected.csv (deterministic)."""
import csv, os, shutil, subprocess, datetime
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = '/tmp/r305_build'
LO = ['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-round305']
FIXED = datetime.datetime(2025, 9, 20, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def lo_convert(src, fmt, outdir):
    subprocess.run(LO + ['--convert-to', fmt, '--outdir', outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style='thin', color='808080')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {'Låg': 'C6EFCE', 'Medel': 'FFEB9C', 'Hög': 'FFC7CE',
        'G': 'C6EFCE', 'U': 'FFC7CE', 'P': 'FFEB9C', 'EK': 'D9D9D9'}


def fixprops(wb_or_doc):
    p = wb_or_doc.properties if hasattr(wb_or_doc, 'properties') else wb_or_doc.core_properties
    p.created = FIXED
    p.modified = FIXED


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – helår, Excel with process headings, Kontrollresultat +
#    Åtgärdsstatus + Restrisk (traffic light)
# ---------------------------------------------------------------------------
def file_ks():
    fil = 'KS_IK-uppfoljning_helar_2025.xlsx'
    N = 'Kommunstyrelsen'
    rows = [
        ('Ekonomiprocesser', None),
        ('1.1', 'Leverantörsfakturor', 'Attest av leverantörsfakturor enligt attestordningen',
         'Stickprov 40 fakturor per kvartal', 'Redovisningsansvarig',
         'Kontrollerad – utan anmärkning', '–', 'Låg',
         'Samtliga 160 granskade fakturor attesterade av behörig attestant.', 'GENOMFORD', 'nej'),
        ('1.2', 'Representation', 'Representation och förtroendekänsliga poster – syfte och deltagare anges',
         'Samtliga representationsfakturor över 2 000 kr', 'Ekonomichef',
         'Kontrollerad – med anmärkning', 'Åtgärdad', 'Låg',
         '7 av 31 fakturor saknade deltagarförteckning. Kompletterat; påminnelse till samtliga chefer i oktober.',
         'GENOMFORD', 'ja'),
        ('1.3', 'Bokslut', 'Avstämning av balanskonton vid tertialbokslut',
         'Samtliga balanskonton, april och augusti', 'Redovisningsansvarig',
         'Kontrollerad – utan anmärkning', '', 'Låg', '', 'GENOMFORD', 'nej'),
        ('Personal och lön', None),
        ('2.1', 'Behörigheter', 'Behörighet i lönesystemet – avslutade anställningar spärras',
         'Jämförelse HR-lista mot behörighetslista två gånger per år', 'Lönechef',
         'Kontrollerad – med anmärkning', 'Ej åtgärdad', 'Medel',
         '4 konton för avslutade anställda var aktiva mer än 30 dagar. Rutinen för spärr ses över, åtgärd klar Q1 2026.',
         'GENOMFORD', 'ja'),
        ('2.2', 'Löneutbetalning', 'Utbetalning av ersättning för övertid och OB stäms av mot schema',
         'Stickprov 25 anställda', 'Lönechef',
         'Ej kontrollerad', 'Öppen', 'Hög',
         'Kontrollen hann inte genomföras på grund av vakans på lönecentrum. Flyttas till plan 2026.',
         'EJ_GENOMFORD', ''),
        ('Informationssäkerhet', None),
        ('3.1', 'Dataskydd', 'Loggkontroll i ärendehanteringssystemet (otillbörlig åtkomst)',
         'Granskning av loggar, urval 20 ärenden per halvår', 'Informationssäkerhetssamordnare',
         'Granskning pågår', 'Öppen', 'Medel',
         'Loggar för jan–jun granskade utan anmärkning. Jul–dec granskas i januari 2026.', 'DELVIS', 'nej'),
        ('3.2', 'IT-system', 'Informationsklassning av nya IT-system före driftstart',
         'Samtliga nya system under året', 'IT-chef',
         '', 'Åtgärdad', 'Låg',
         'Två nya system (e-arkiv, lokalbokning) klassade före driftstart. Inga brister.', 'GENOMFORD', 'nej'),
        ('Upphandling och inköp', None),
        ('4.1', 'Avtalstrohet', 'Avtalstrohet – inköp över 100 000 kr sker mot avtal eller efter upphandling',
         'Analys av leverantörsreskontra', 'Upphandlingschef',
         'Ej kontrollerad', '–', 'Hög',
         'Kontrollmomentet ströks ur planen genom KS beslut 2025-06-11 § 87 (ersätts av kommungemensam granskning av avtalstrohet).',
         'UTGAR', ''),
        ('4.2', 'Direktupphandling', 'Direktupphandlingar dokumenteras enligt riktlinjen',
         'Stickprov 12 direktupphandlingar', 'Upphandlingschef',
         'Kontrollerad – med anmärkning', 'Åtgärdad', 'Låg',
         'Dokumentation saknades i 3 av 12 granskade direktupphandlingar. Mall för dokumentation införd i november.',
         'GENOMFORD', 'ja'),
        ('4.3', 'Leverantörskontroll', 'Leverantörskontroll (skatter och avgifter) vid nya avtal',
         'Samtliga nya avtal', 'Upphandlingschef',
         'Kontrollerad – utan anmärkning', 'Avslutad', 'Låg', '', 'GENOMFORD', 'nej'),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Uppföljning helår'
    ws['A1'] = 'Uppföljning av internkontrollplan 2025 – helår'
    ws['A1'].font = Font(size=14, bold=True)
    ws['A2'] = 'Nämnd: Kommunstyrelsen'
    ws['A3'] = 'Förvaltning: Kommunledningsförvaltningen'
    ws['A4'] = 'Plan fastställd KS 2025-02-12 § 18. Uppföljningen avser perioden 2025-01-01 – 2025-12-31.'
    ws['A5'] = ('Restrisk = bedömd kvarvarande risk efter kontroll och vidtagna åtgärder '
                '(grön = Låg, gul = Medel, röd = Hög).')
    ws['A5'].font = Font(italic=True, size=9)
    hdr = ['Nr', 'Process', 'Kontrollmoment', 'Kontrollmetod / omfattning', 'Ansvarig',
           'Kontrollresultat', 'Åtgärdsstatus', 'Restrisk', 'Kommentar']
    r = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color='FFFFFF')
        cell.fill = PatternFill('solid', fgColor='1F4E78')
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical='center')
    r += 1
    for row in rows:
        if row[1] is None:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill('solid', fgColor='DDEBF7')
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        vals = row[:9]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != '' else None)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical='top')
        ws.cell(r, 8).fill = PatternFill('solid', fgColor=FILL[row[7]])
        exp(fil, N, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.cell(r, 1, 'Sammanfattande bedömning: Kommunstyrelsens interna kontroll bedöms som tillfredsställande. '
                  'Restrisk Hög kvarstår för övertid/OB och avtalstrohet.')
    ws.cell(r + 2, 1, 'Sörmjöle 2026-01-20')
    ws.cell(r + 3, 1, 'Anna Lindqvist, kommundirektör')
    for col, w in zip('ABCDEFGHI', [6, 18, 46, 30, 22, 28, 14, 10, 55]):
        ws.column_dimensions[col].width = w
    fixprops(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 2. Socialnämnden – T2, Word with intro, legend and one table
# ---------------------------------------------------------------------------
def file_sn():
    fil = 'Socialnamnden_uppfoljning_IKP_T2_2025.docx'
    N = 'Socialnämnden'
    rows = [
        ('Myndighetsutövning IFO', 'Risk att beslut fattas utan delegation', '8',
         'Delegationsbeslut inom IFO fattas av behörig delegat och anmäls till nämnd',
         'Tillfredsställande', 'Låg', 'Stickprov 30 beslut maj–augusti, samtliga korrekt.', 'GENOMFORD', 'nej'),
        ('Myndighetsutövning IFO', 'Risk att utredningar inte avslutas inom lagstadgad tid', '12',
         'Utredningstid barnavårdsutredningar enligt 11 kap. 2 § SoL',
         'Ej tillfredsställande', 'Hög',
         '11 av 48 utredningar överskred fyramånadersgränsen utan beslut om förlängning. Handlingsplan tas fram till nämnden i oktober.',
         'GENOMFORD', 'ja'),
        ('Ekonomiskt bistånd', 'Risk för felaktiga utbetalningar', '9',
         'Kontroll av utbetalningar av ekonomiskt bistånd mot beslut',
         'Brister konstaterade', 'Medel', 'Två dubbelutbetalningar upptäckta, återkrav upprättat.',
         'GENOMFORD', 'ja'),
        ('Ekonomiskt bistånd', 'Risk för felaktiga utbetalningar', '9',
         'Avstämning mot Försäkringskassan och CSN innan utbetalning (samkörning)',
         'Inga brister', 'Låg', '', 'GENOMFORD', 'nej'),
        ('Vård och omsorg', 'Risk för fallskador hos boende', '8',
         'Riskbedömning enligt Senior alert vid inflyttning på särskilt boende',
         'Under bevakning', 'Medel',
         'Kontroll gjord på två av fem boenden (Björkgården, Solbacken). Resterande boenden kontrolleras under tertial 3.',
         'DELVIS', ''),
        ('Vård och omsorg', 'Risk att larm inte fungerar', '12',
         'Test av trygghetslarm hos brukare i ordinärt boende',
         'Under bevakning', '', 'Se bilaga 2.', 'OKLAR', ''),
        ('Funktionsstöd LSS', 'Risk för felaktig debitering', '6',
         'Avgifter och ersättningar inom LSS debiteras enligt taxa',
         '', '', '', 'SAKNAS', ''),
        ('Personal', 'Risk att olämplig person anställs', '10',
         'Registerkontroll vid anställning inom barn- och ungdomsvård',
         'Ej kontrollerad', '', 'Kontrollen planerad till oktober.', 'EJ_GENOMFORD', ''),
        ('Dokumentation', 'Risk för bristande dokumentation', '6',
         'Journalgranskning (dokumentation enligt SoL i Treserva)',
         'Tillfredsställande', 'Medel',
         '20 journaler granskade. Mindre brister i genomförandeplanernas aktualitet, återkopplat till enhetschefer.',
         'GENOMFORD', 'ja'),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = 'Sörmjöle kommun\tSocialförvaltningen\tDnr SN 2025/41'
    d.add_heading('Uppföljning av internkontrollplan 2025 – tertial 2', level=1)
    d.add_paragraph('Socialnämnden, sammanträde 2025-09-25. Uppföljningen avser perioden januari–augusti 2025.')
    d.add_heading('Bakgrund', level=2)
    d.add_paragraph('Nämnden antog internkontrollplanen 2025-01-29 § 7. Planen bygger på en risk- och '
                    'väsentlighetsanalys där risker värderats efter sannolikhet och konsekvens (riskvärde 1–16). '
                    'I tabellen nedan redovisas förvaltningens bedömning efter genomförd kontroll samt den '
                    'restrisk som bedöms kvarstå.')
    p = d.add_paragraph()
    p.add_run('Teckenförklaring: ').bold = True
    p.add_run('Bedömning efter kontroll anges som Tillfredsställande, Ej tillfredsställande, Brister konstaterade, '
              'Inga brister, Under bevakning eller Ej kontrollerad. Restrisk anges som Låg, Medel eller Hög.')
    hdr = ['Process', 'Risk', 'Risk-värde', 'Kontrollmoment', 'Bedömning efter kontroll', 'Restrisk', 'Kommentar']
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = ''
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:7]):
            cells[i].text = v
        exp(fil, N, row[3], row[7], row[8])
    # merge process column vertically for same process
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0]:
            j += 1
        if j > i:
            top = t.cell(i + 1, 0)
            top.merge(t.cell(j + 1, 0))
            top.text = rows[i][0]
        i = j + 1
    d.add_paragraph('')
    d.add_paragraph('Samlad bedömning: Den interna kontrollen bedöms i huvudsak fungera, men restrisken är hög '
                    'avseende utredningstider inom barn och unga. Förvaltningen återkommer i helårsuppföljningen.')
    d.add_paragraph('Maria Ek\nSocialchef')
    fixprops(d)
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'T2'))


# ---------------------------------------------------------------------------
# 3. Samhällsbyggnadsnämnden – T2, .ods (built as xlsx, converted), T1 and T2
#    doing-status columns beside a risk assessment column
# ---------------------------------------------------------------------------
def file_sbn():
    fil = 'SBF_internkontroll_2025_T2.ods'
    N = 'Samhällsbyggnadsnämnden'
    rows = [
        ('SB1', 'Handläggningstid för bygglov – beslut inom 10 veckor enligt PBL', 'Bygglovschef', 'Tertial',
         'Genomförd', 'Genomförd', 'Risk kvarstår',
         'T1: 2 av 47 ärenden över 10 veckor.\nT2: 6 av 54 ärenden överskred 10 veckor, avgiftsreduktion tillämpad.',
         'GENOMFORD', 'ja'),
        ('SB2', 'Fakturering av bygglovsavgifter enligt gällande taxa', 'Administrativ chef', 'Tertial',
         'Genomförd', 'Genomförd', 'Risken hanterad', 'Stickprov 15 ärenden per tertial, inga avvikelser.',
         'GENOMFORD', 'nej'),
        ('SB3', 'Attest av fakturor för drift och underhåll av gator', 'Gatuchef', 'Årlig',
         'Genomförd', '', 'Risken hanterad', 'Kontroll utförd i april, 25 fakturor utan anmärkning.',
         'GENOMFORD', 'nej'),
        ('SB4', 'Kontroll av markupplåtelser och avtal om arrende', 'Mark- och exploateringschef', 'Årlig',
         'Ej påbörjad', 'Pågår', 'Risk kvarstår',
         'Genomgång av 40 arrendeavtal pågår; hittills har 3 avtal saknat indexuppräkning.', 'DELVIS', 'ja'),
        ('SB5', 'Uppföljning av entreprenörens egenkontroller vid vinterväghållning', 'Gatuchef', 'Årlig',
         'Ej påbörjad', 'Ej påbörjad', 'Bevakas till 2026',
         'Nytt avtal gäller från 2025-11-01; kontrollen flyttas till 2026.', 'EJ_GENOMFORD', ''),
        ('SB6', 'Tillsyn av ovårdade tomter – ärenden följs upp inom 6 månader', 'Bygglovschef', 'Tertial',
         'Pågår', 'Genomförd', 'Risken hanterad', '', 'GENOMFORD', 'nej'),
        ('SB7', 'Dokumenthantering – diarieföring av inkomna handlingar inom 3 dagar', 'Registrator', 'Tertial',
         '', '', '', '', 'SAKNAS', ''),
        ('SB8', 'GIS-data och adressregister – uppdatering efter beslut om belägenhetsadresser', 'GIS-samordnare',
         'Halvår', 'Genomförd', 'Genomförd', 'Risk kvarstår',
         'Inga fel i registret. Risken kvarstår eftersom uppdateringen är beroende av en person.',
         'GENOMFORD', 'nej'),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'IK 2025'
    ws['A1'] = 'Samhällsbyggnadsförvaltningen – intern kontroll 2025'
    ws['A1'].font = Font(size=13, bold=True)
    ws['A2'] = 'Uppföljning per 31 augusti (tertial 2)'
    ws['A3'] = 'Status: Genomförd / Pågår / Ej påbörjad.   Riskbedömning efter kontroll: Risken hanterad / Risk kvarstår / Bevakas till 2026'
    ws['A3'].font = Font(italic=True, size=9)
    hdr = ['Id', 'Kontrollmoment', 'Ansvarig', 'Frekvens', 'Status T1', 'Status T2',
           'Riskbedömning efter kontroll', 'Kommentar']
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill('solid', fgColor='E2EFDA')
        cell.border = BORDER
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v if v != '' else None)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical='top')
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    ws.cell(r + 1, 1, 'Rapporterat av: Jonas Berg, förvaltningschef, 2025-09-12')
    for col, w in zip('ABCDEFGH', [6, 50, 24, 10, 12, 12, 22, 55]):
        ws.column_dimensions[col].width = w
    fixprops(wb)
    tmp = os.path.join(BUILD, 'SBF_internkontroll_2025_T2.xlsx')
    wb.save(tmp)
    lo_convert(tmp, 'ods', HERE)
    FILES.append((fil, 'INLAST', N, '2025', 'T2'))


# ---------------------------------------------------------------------------
# 4. Stratsys-like CSV export: BUN + KFN, rows per period (T2 2025, Helår 2025)
# ---------------------------------------------------------------------------
def file_csv():
    fil = 'Stratsys_export_IK_2025_helar.csv'
    BUN, KFN = 'Barn- och utbildningsnämnden', 'Kultur- och fritidsnämnden'
    # (enhet, process, km, ansvarig, [(period, resultat, åtgstatus, restrisk, kommentar, datum)], status, avv)
    data = [
        (BUN, 'Ekonomi', 'Attest av leverantörsfakturor enligt attestordningen', 'Controller BUF',
         [('T2 2025', 'Godkänd', '', 'Låg', 'Stickprov 20 fakturor utan anmärkning.', '2025-09-08'),
          ('Helår 2025', 'Godkänd', '', 'Låg', 'Stickprov 20 fakturor utan anmärkning.', '2026-01-14')],
         'GENOMFORD', 'nej'),
        (BUN, 'Myndighetsutövning', 'Skolskjuts – beslut följer riktlinjer och delegationsordning', 'Skolskjutssamordnare',
         [('T2 2025', 'Granskning pågår', '', 'Medel', 'Urval dras i september.', '2025-09-08'),
          ('Helår 2025', 'Underkänd', 'Öppen', 'Hög',
           '5 av 30 beslut fattade av handläggare utan delegation.\nDelegationsordningen revideras i februari 2026.',
           '2026-01-14')],
         'GENOMFORD', 'ja'),
        (BUN, 'Elevhälsa och trygghet', 'Kränkande behandling – anmälan till huvudman inom en vecka', 'Kvalitetsstrateg',
         [('T2 2025', 'Underkänd', 'Åtgärdad', 'Medel',
           '4 anmälningar inkom senare än en vecka. Rektorer påminda vid ledningsgrupp.', '2025-09-08'),
          ('Helår 2025', 'Godkänd', 'Avslutad', 'Låg',
           'Efter åtgärd under T2 följs rutinen; inga sena anmälningar under september–december.', '2026-01-14')],
         'GENOMFORD', 'ja'),
        (BUN, 'Elevhälsa och trygghet', 'Elevregister – närvaro registreras dagligen i Skola24', 'IT-pedagog',
         [('T2 2025', 'Godkänd', '', 'Låg', 'Kontroll av 10 klasser, närvaro registrerad.', '2025-09-08')],
         'GENOMFORD', 'nej'),
        (BUN, 'Avgifter', 'Avgifter i förskola och fritidshem – inkomstkontroll', 'Avgiftshandläggare',
         [('T2 2025', 'Ej kontrollerad', '', 'Medel', '', '2025-09-08'),
          ('Helår 2025', 'Ej kontrollerad', 'Bevakas till 2026', 'Medel',
           'Inkomstkontroll mot Skatteverket görs först 2026 när ny e-tjänst är i drift.', '2026-01-14')],
         'EJ_GENOMFORD', ''),
        (BUN, 'Säkerhet', 'Systematiskt brandskyddsarbete på skolor (SBA)', 'Säkerhetssamordnare',
         [('T2 2025', '', '', '', '', '2025-09-08'),
          ('Helår 2025', 'Godkänd', '', 'Låg', '', '2026-01-14')],
         'GENOMFORD', 'nej'),
        (KFN, 'Kontanthantering', 'Kontanthantering i kassor på bibliotek och simhall', 'Administrativ chef KFF',
         [('T2 2025', 'Godkänd', '', 'Låg', 'Oanmäld kassakontroll i juni utan anmärkning.', '2025-09-10'),
          ('Helår 2025', 'Underkänd', 'Öppen', 'Medel',
           'Kassadifferens 1 240 kr i simhallens kassa i oktober, ej utredd vid årets slut.', '2026-01-16')],
         'GENOMFORD', 'ja'),
        (KFN, 'Bidrag', 'Föreningsbidrag – underlag kontrolleras före utbetalning', 'Föreningskonsulent',
         [('T2 2025', 'Granskning pågår', '', 'Medel', 'Vårens ansökningar kontrollerade.', '2025-09-10'),
          ('Helår 2025', 'Granskning pågår', 'Öppen', 'Medel',
           'Bidragsansökningar för hösten granskas i februari 2026.', '2026-01-16')],
         'DELVIS', ''),
        (KFN, 'Lokaler', 'Uthyrning av lokaler faktureras enligt bokningssystemet', 'Bokningsansvarig',
         [('Helår 2025', 'Godkänd', '', 'Låg', 'Avstämning bokningar mot fakturering okt–nov.', '2026-01-16')],
         'GENOMFORD', 'nej'),
        (KFN, 'Tillgångar', 'Inventarieförteckning konst – inventering vart tredje år', 'Kulturchef',
         [('Helår 2025', '', 'Avslutad', '',
           'Utgår 2025 – inventering sker 2026 enligt treårscykel, beslut KFN 2025-03-05 § 22.', '2026-01-16')],
         'UTGAR', ''),
    ]
    hdr = ['Enhet', 'Planperiod', 'Uppföljningsperiod', 'Process', 'Kontrollmoment', 'Kontrollresultat',
           'Åtgärdsstatus', 'Restrisk', 'Kommentar', 'Ansvarig', 'Senast uppdaterad']
    path = os.path.join(HERE, fil)
    with open(path, 'w', encoding='utf-8-sig', newline='') as f:
        f.write('Rapport: Uppföljning internkontroll (kontrollmoment per period)\r\n')
        f.write('Utskriven: 2026-01-22 08:14;Användare: ekonomikontoret\r\n')
        f.write('\r\n')
        w = csv.writer(f, delimiter=';', quoting=csv.QUOTE_MINIMAL, lineterminator='\r\n')
        w.writerow(hdr)
        for enh, proc, km, ans, per, st, av in data:
            for (pp, res, atg, rr, kom, dat) in per:
                w.writerow([enh, '2025', pp, proc, km, res, atg, rr, kom, ans, dat])
            exp(fil, enh, km, st, av)
    FILES.append((fil, 'INLAST', BUN, '2025', 'HELAR'))
    FILES.append((fil, 'INLAST', KFN, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 5. Överförmyndarnämnden – helår, old .xls (xlwt), single status with own legend
# ---------------------------------------------------------------------------
def file_ofn():
    fil = 'Overformyndarnamnden_IK_helar_2025.xls'
    N = 'Överförmyndarnämnden'
    rows = [
        ('Granskning av årsräkningar – samtliga inkomna granskade före 30 juni', 'Åtgärdad',
         'Samtliga 212 inkomna årsräkningar granskade före 30 juni.', 'GENOMFORD', 'nej'),
        ('Arvodesbeslut till ställföreträdare följer nämndens riktlinjer', 'Åtgärdad',
         'Två beslut med felaktig arvodesnivå upptäcktes och rättades.', 'GENOMFORD', 'ja'),
        ('Kontroll av förvaltarkonton – uttag kräver överförmyndarens samtycke', 'Under bevakning',
         'Stickprov: 10 av 25 konton kontrollerade.', 'DELVIS', ''),
        ('Registerkontroll av nya gode män (belastningsregister och kreditupplysning)', 'Åtgärdad',
         '', 'GENOMFORD', ''),
        ('Digital akt – skanning av inkomna handlingar inom 5 dagar', 'Ej åtgärdad',
         'Ej genomförd på grund av byte av ärendesystem.', 'EJ_GENOMFORD', ''),
        ('Förteckning över ställföreträdares uppdrag uppdateras', '', '', 'SAKNAS', ''),
    ]
    wb = xlwt.Workbook(encoding='utf-8')
    ws = wb.add_sheet('Helår 2025')
    bold = xlwt.easyxf('font: bold on')
    title = xlwt.easyxf('font: bold on, height 280')
    head = xlwt.easyxf('font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin')
    cellst = xlwt.easyxf('alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin')
    ws.write(0, 0, 'Överförmyndarnämnden i Sörmjöle', title)
    ws.write(1, 0, 'Internkontroll 2025 – helårsrapport', bold)
    ws.write(3, 0, 'Nr', head)
    ws.write(3, 1, 'Kontrollmoment', head)
    ws.write(3, 2, 'Status', head)
    ws.write(3, 3, 'Kommentar', head)
    r = 4
    for i, row in enumerate(rows, 1):
        ws.write(r, 0, i, cellst)
        ws.write(r, 1, row[0], cellst)
        ws.write(r, 2, row[1], cellst)
        ws.write(r, 3, row[2], cellst)
        exp(fil, N, row[0], row[3], row[4])
        r += 1
    r += 1
    ws.write(r, 0, 'Status:', bold)
    ws.write(r, 1, 'Åtgärdad = kontrollen är utförd')
    ws.write(r + 1, 1, 'Ej åtgärdad = kontrollen har inte utförts')
    ws.write(r + 2, 1, 'Under bevakning = kontrollen är påbörjad men inte klar')
    ws.write(r + 4, 0, 'Justerat 2026-01-28, Karin Sjölund, ordförande')
    ws.col(0).width = 256 * 5
    ws.col(1).width = 256 * 60
    ws.col(2).width = 256 * 16
    ws.col(3).width = 256 * 55
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'HELAR'))


# ---------------------------------------------------------------------------
# 6. Sörmjöle Bostäder AB – T2, old .doc, free text (no table)
# ---------------------------------------------------------------------------
def file_bostader():
    fil = 'Sormjole_Bostader_AB_internkontroll_T2-2025.doc'
    N = 'Sörmjöle Bostäder AB'
    items = [
        ('Hyresadministration', 'Hyror aviseras enligt gällande hyresavtal och 2025 års förhandlade hyreshöjning',
         'Kontrollerad – utan anmärkning', 'Låg',
         'Stickprov 50 hyresavier för april mot hyresavtal och förhandlingsprotokoll. Samtliga korrekta.',
         'GENOMFORD', 'nej'),
        ('Hyresadministration', 'Kravhantering – obetalda hyror överlämnas till inkasso enligt kravrutinen',
         'Kontrollerad – med anmärkning', 'Risk kvarstår',
         '12 ärenden överlämnades senare än 30 dagar efter förfallodag. Rutinen förtydligas under hösten.',
         'GENOMFORD', 'ja'),
        ('Investeringar och underhåll', 'Attest av entreprenadfakturor mot avtal och ÄTA-beslut',
         'Granskning pågår', 'Medel',
         'Bolagets revisorer granskar fakturor för ombyggnaden av kv. Tallen; resultat väntas i oktober.',
         'DELVIS', ''),
        ('Investeringar och underhåll', 'Besiktning av lekplatser (årlig huvudbesiktning)',
         'Kontrollerad – med anmärkning', 'Risken hanterad',
         'Brister på tre lekplatser (fallunderlag, lös bräda) åtgärdades inom två veckor.',
         'GENOMFORD', 'ja'),
        ('Säkerhet', 'Nyckel- och passagehantering – spärr av förlorade taggar',
         'Ej kontrollerad', 'Medel', 'Kontrollen planeras till tredje tertialet.', 'EJ_GENOMFORD', ''),
        ('Uthyrning', 'Uthyrning sker enligt köregler och förtur dokumenteras',
         'Se separat rapport till styrelsen', '', '', 'OKLAR', ''),
    ]
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = 'SÖRMJÖLE BOSTÄDER AB\t\t2025-09-25'
    d.add_heading('Rapport intern kontroll – andra tertialet 2025', level=1)
    d.add_paragraph('Till styrelsen för Sörmjöle Bostäder AB')
    d.add_paragraph('Styrelsen fastställde bolagets internkontrollplan 2025-02-20. Nedan redovisas resultatet av '
                    'kontrollerna under perioden januari–augusti 2025. För varje kontrollmoment anges '
                    'kontrollresultat och bedömd restrisk (Låg, Medel, Hög, eller Risken hanterad / Risk kvarstår).')
    n = 0
    cur = None
    for proc, km, res, rr, kom, st, av in items:
        if proc != cur:
            d.add_heading(proc, level=2)
            cur = proc
        n += 1
        p = d.add_paragraph()
        p.add_run(f'{n}. Kontrollmoment: ').bold = True
        p.add_run(km)
        d.add_paragraph(f'Kontrollresultat: {res}.')
        if rr:
            d.add_paragraph(f'Restrisk: {rr}.')
        if kom:
            d.add_paragraph(f'Kommentar: {kom}')
        exp(fil, N, km, st, av)
    d.add_heading('Sammanfattning', level=2)
    d.add_paragraph('VD bedömer att den interna kontrollen i allt väsentligt är tillfredsställande. '
                    'Kravhanteringen följs upp särskilt i helårsrapporten.')
    d.add_paragraph('Peter Holm, VD')
    fixprops(d)
    tmp = os.path.join(BUILD, 'Sormjole_Bostader_AB_internkontroll_T2-2025.docx')
    d.save(tmp)
    lo_convert(tmp, 'doc', HERE)
    FILES.append((fil, 'INLAST', N, '2025', 'T2'))


# ---------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden – T2, xlsx, nämnd only in print header and
#    file name; plan columns + follow-up codes with legend at top right
# ---------------------------------------------------------------------------
def file_mhn():
    fil = 'IKP_uppf_T2_2025_MHN.xlsx'
    N = 'Miljö- och hälsoskyddsnämnden'
    rows = [
        ('1', 'Taxor och avgifter', 'Tillsynsavgifter debiteras enligt taxa efter genomförd inspektion', '3×3',
         'Stickprov 15 ärenden', 'Tertial', 'Administratör', 'G', '', 'GENOMFORD', 'nej'),
        ('2', 'Handläggning', 'Handläggningstid för anmälan om värmepumpsinstallation (6 veckor)', '2×3',
         'Uttag ur Ecos', 'Tertial', 'Enhetschef miljö', 'U',
         '9 av 41 ärenden över 6 veckor. Orsak: sjukskrivning. Omfördelning av ärenden gjord.', 'GENOMFORD', 'ja'),
        ('3', 'Livsmedelskontroll', 'Livsmedelskontroll – planerade kontroller genomförs enligt kontrollplanen',
         '3×4', 'Uppföljning mot kontrollplan', 'Tertial', 'Enhetschef livsmedel', 'P',
         '62 % av årets planerade kontroller utförda per 31/8.', 'DELVIS', ''),
        ('4', 'Delegation', 'Delegationsbeslut anmäls till nämnden', '2×2',
         'Jämförelse Ecos – nämndprotokoll', 'Tertial', 'Nämndsekreterare', 'G/U', '', 'OKLAR', ''),
        ('5', 'Tillsyn', 'Kontroll av att beslut om förelägganden följs upp inom angiven tid', '3×3',
         'Stickprov 10 ärenden', 'Halvår', 'Enhetschef miljö', 'EK', 'Personalbrist; skjuts till T3.',
         'EJ_GENOMFORD', ''),
        ('6', 'Informationssäkerhet', 'Behörigheter i verksamhetssystemet Ecos ses över', '2×3',
         'Behörighetslista mot personallista', 'Årlig', 'Systemförvaltare', 'G', '', 'GENOMFORD', 'nej'),
        ('7', 'Tillsyn', 'Provtagning av enskilda avlopp – prover skickas till ackrediterat laboratorium', '2×2',
         'Genomgång av provprotokoll', 'Årlig', 'Miljöinspektör',
         '', 'Kontrollen utförd i juni: samtliga prover analyserade av ackrediterat lab. Inga avvikelser.',
         'GENOMFORD', 'nej'),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Internkontroll 2025'
    ws.oddHeader.left.text = 'Miljö- och hälsoskyddsnämnden'
    ws.oddHeader.right.text = 'Sörmjöle kommun'
    ws.oddFooter.center.text = 'Sida &P av &N'
    ws.page_setup.orientation = 'landscape'
    ws['A1'] = 'Internkontrollplan 2025 med uppföljning'
    ws['A1'].font = Font(size=13, bold=True)
    ws['H1'] = 'Teckenförklaring kontrollresultat:'
    ws['H1'].font = Font(bold=True, size=9)
    ws['H2'] = 'G = Godkänd   U = Underkänd   P = Granskning pågår   EK = Ej kontrollerad'
    ws['H2'].font = Font(size=9)
    ws['A3'] = 'PLAN'
    ws.merge_cells('A3:G3')
    ws['H3'] = 'UPPFÖLJNING T2 (jan–aug)'
    ws.merge_cells('H3:I3')
    for c in ('A3', 'H3'):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal='center')
    hdr = ['Nr', 'Rutin/process', 'Kontrollmoment', 'Risk (S×K)', 'Metod', 'Frekvens', 'Ansvarig',
           'Kontrollresultat T2', 'Iakttagelser / åtgärd']
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.fill = PatternFill('solid', fgColor='FCE4D6' if c >= 8 else 'D9E1F2')
        cell.alignment = Alignment(wrap_text=True)
    r = 5
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(r, c, v if v != '' else None)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical='top')
        if row[7] in FILL:
            ws.cell(r, 8).fill = PatternFill('solid', fgColor=FILL[row[7]])
        ws.cell(r, 8).alignment = Alignment(horizontal='center', vertical='top')
        exp(fil, N, row[2], row[9], row[10])
        r += 1
    for col, w in zip('ABCDEFGHI', [5, 20, 50, 9, 28, 9, 20, 14, 50]):
        ws.column_dimensions[col].width = w
    fixprops(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, 'INLAST', N, '2025', 'T2'))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel owner/lock file left in the folder
# ---------------------------------------------------------------------------
def file_reject():
    fil = '~$IKP_uppf_T2_2025_MHN.xlsx'
    user = 'lindaq'
    b = bytes([len(user)]) + user.encode('ascii').ljust(53, b' ')
    b += len(user).to_bytes(2, 'little') + user.encode('utf-16-le')
    b = b.ljust(165, b'\x20')
    with open(os.path.join(HERE, fil), 'wb') as f:
        f.write(b)
    FILES.append((fil, 'AVVISAD', '', '', ''))


def write_register():
    reg = [
        ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|KLF'),
        ('Barn- och utbildningsnämnden', 'BUN|Barn- och utbildningsförvaltningen|BUF'),
        ('Socialnämnden', 'SN|Socialförvaltningen|SOC'),
        ('Samhällsbyggnadsnämnden', 'SBN|Samhällsbyggnadsförvaltningen|SBF'),
        ('Kultur- och fritidsnämnden', 'KFN|Kultur- och fritidsförvaltningen|KFF'),
        ('Miljö- och hälsoskyddsnämnden', 'MHN|Miljö- och hälsoskyddskontoret|Miljökontoret'),
        ('Överförmyndarnämnden', 'ÖFN|Överförmyndarenheten|Overformyndarnamnden'),
        ('Valnämnden', 'VN'),
        ('Sörmjöle Bostäder AB', 'SBAB|Sörmjölebostäder|Bostadsbolaget'),
        ('Räddningstjänstförbundet Sörmjöle-Nordå', 'RTF|Räddningstjänsten'),
    ]
    with open(os.path.join(HERE, 'namnder.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['nämnd', 'alias'])
        w.writerows(reg)


def main():
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    file_ks()
    file_sn()
    file_sbn()
    file_csv()
    file_ofn()
    file_bostader()
    file_mhn()
    file_reject()
    write_register()
    with open(os.path.join(HERE, 'files.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['fil', 'utfall', 'nämnd', 'år', 'period'])
        w.writerows(FILES)
    with open(os.path.join(HERE, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['fil', 'nämnd', 'kontrollmoment', 'status', 'avvikelse'])
        w.writerows(EXPECTED)
    print(len(FILES), 'file rows,', len(EXPECTED), 'controls')


if __name__ == '__main__':
    main()
