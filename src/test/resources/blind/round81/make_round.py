#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 81 – Kalmar kommun, uppföljning av internkontrollplaner per T2 2025 (31 augusti).

Builds every follow-up file plus namnder.csv, files.csv and expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import copy
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (Style, TableColumnProperties, TextProperties, ParagraphProperties,
                       TableCellProperties)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, H, Span

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert ';' not in km and '\n' not in km, km
    assert status in ('GENOMFORD', 'DELVIS', 'EJ_GENOMFORD', 'UTGAR', 'SAKNAS', 'OKLAR'), status
    assert avv in ('ja', 'nej')
    EXPECTED.append((fil, namnd, km, status, avv))


def clean_old():
    keep = {'make_round.py', 'README.md'}
    for f in os.listdir(HERE):
        if f in keep:
            continue
        p = os.path.join(HERE, f)
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


THIN = Side(style='thin', color='999999')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical='top')


# ---------------------------------------------------------------------------
# 1. Servicenämnden – emoji traffic lights, legend on sheet "Instruktion"
# ---------------------------------------------------------------------------
def f1_servicenamnden():
    fil = 'Servicenämnden IK-uppföljning T2 2025.xlsx'
    nm = 'Servicenämnden'
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = 'Instruktion'
    ins['A1'] = 'Instruktion – uppföljning av internkontrollplan 2025'
    ins['A1'].font = Font(bold=True, size=14)
    lines = [
        'Uppföljningen görs i fliken "Uppföljning" per tertial (T1 per 30 april, T2 per 31 augusti, helår per 31 december).',
        'Ange status för varje kontrollmoment med en av symbolerna nedan. Kopiera symbolen från tabellen och klistra in i kolumnen Status.',
        'Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister, och beskriv i så fall vilka åtgärder som vidtagits.',
        'Kontrollmoment som har strukits genom beslut i nämnden markeras med vit symbol och beslutsparagraf anges i kommentaren.',
        'Frågor besvaras av Lina Bergqvist, controller, Serviceförvaltningen.',
    ]
    for i, t in enumerate(lines, start=3):
        ins.cell(row=i, column=1, value=t)
    ins['A10'] = 'Symbol'
    ins['B10'] = 'Betydelse'
    ins['A10'].font = ins['B10'].font = Font(bold=True)
    legend = [('🟢', 'Kontrollen är genomförd'),
              ('🟡', 'Kontrollen är påbörjad / delvis genomförd'),
              ('🔴', 'Kontrollen är inte genomförd'),
              ('⚪', 'Kontrollen utgår (beslut i nämnden)')]
    for i, (s, t) in enumerate(legend, start=11):
        ins.cell(row=i, column=1, value=s).alignment = Alignment(horizontal='center')
        ins.cell(row=i, column=2, value=t)
        for c in (1, 2):
            ins.cell(row=i, column=c).border = BORDER
    ins.column_dimensions['A'].width = 12
    ins.column_dimensions['B'].width = 60

    ws = wb.create_sheet('Uppföljning')
    ws['A1'] = 'Servicenämnden – uppföljning av internkontrollplan 2025'
    ws['A1'].font = Font(bold=True, size=14)
    ws.merge_cells('A1:H1')
    ws['A2'] = 'Förvaltning: Serviceförvaltningen'
    ws['A3'] = 'Period: T2 (per 31 augusti 2025)'
    ws['A4'] = 'Status anges med symbol enligt fliken Instruktion.'
    ws['A4'].font = Font(italic=True, color='666666')
    hdr = ['Nr', 'Process', 'Risk', 'Kontrollmoment', 'Ansvarig', 'Status', 'Avvikelse', 'Kommentar / åtgärd']
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color='FFFFFF')
        cell.fill = PatternFill('solid', fgColor='1F4E78')
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ('Ekonomi', [
            ('1.1', 'Inköp', 'Inköp sker utanför avtal',
             'Stickprov av 20 leverantörsfakturor mot avtal och attestordning',
             'Controller', '🟢', 'Nej', 'Samtliga 20 fakturor mot avtal och korrekt attesterade.',
             'GENOMFORD', 'nej'),
            ('1.2', 'Representation', 'Otillåten representation',
             'Kontroll av att representationsfakturor har deltagarförteckning och syfte angivet',
             'Controller', '🟢', 'Ja',
             '2 av 15 fakturor saknade deltagarförteckning. Återkopplat till berörda chefer i juni.',
             'GENOMFORD', 'ja'),
        ]),
        ('Fordon och transport', [
            ('2.1', 'Fordonshantering', 'Privat användning av tjänstefordon',
             'Uppföljning av körjournaler för kommunens leasingbilar (stickprov 10 fordon)',
             'Fordonssamordnare', '🟡', 'Nej', 'Fem av tio fordon kontrollerade, resterande görs i september.',
             'DELVIS', 'nej'),
            ('2.2', 'Drivmedel', 'Felaktiga uttag med drivmedelskort',
             'Kontroll av drivmedelskort – uttag mot tankade fordon och registreringsnummer',
             'Fordonssamordnare', '🔴', '', 'Ej genomförd pga vakant tjänst som fordonssamordnare under våren.',
             'EJ_GENOMFORD', 'nej'),
        ]),
        ('Måltidsservice', [
            ('3.1', 'Livsmedelshantering', 'Matförgiftning',
             'Egenkontroll av livsmedelshantering i tillagningskök (temperaturloggar och rengöringsscheman)',
             'Kostchef', '🟢', 'Nej', 'Kontroll gjord i 12 av 12 tillagningskök.',
             'GENOMFORD', 'nej'),
            ('3.2', 'Specialkost', 'Fel kost serveras till barn med allergi',
             'Uppföljning av specialkostbeställningar mot förskolornas listor',
             'Kostchef', '⚪', '',
             'Utgår enligt beslut i Servicenämnden 2025-04-23 § 41, hanteras i nytt kostdataprogram.',
             'UTGAR', 'nej'),
        ]),
        ('IT och digitalisering', [
            ('4.1', 'Behörigheter', 'Obehörig åtkomst till system',
             'Kontroll av att avslutade anställningar fått behörigheter borttagna i AD inom 5 arbetsdagar',
             'IT-chef', '🔵', '', 'Se separat redovisning från IT-enheten.',
             'OKLAR', 'nej'),
            ('4.2', 'IT-utrustning', 'Stöld och svinn av utrustning',
             'Inventering av IT-utrustning (datorer, mobiler) mot tillgångsregistret',
             'IT-chef', '', '', 'Inventeringen genomfördes i maj, inga avvikelser mot registret.',
             'GENOMFORD', 'nej'),
        ]),
        ('Personal', [
            ('5.1', 'Lön', 'Felaktiga löneutbetalningar',
             'Kontroll av att första löneutbetalning vid nyanställning stämmer mot anställningsavtal (stickprov 10)',
             'HR-specialist', '', '', '',
             'SAKNAS', 'nej'),
            ('5.2', 'Arbetsmiljö', 'Brister i arbetsmiljön',
             'Uppföljning av att skyddsrond genomförts på samtliga enheter',
             'Förvaltningschef', '🟡', 'Nej', '4 av 7 enheter har genomfört skyddsrond, övriga bokade till oktober.',
             'DELVIS', 'nej'),
        ]),
    ]
    r = 7
    for g, rows in groups:
        ws.cell(row=r, column=1, value=g).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = PatternFill('solid', fgColor='DDEBF7')
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            vals = row[:8]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != '' else None)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.cell(row=r, column=6).alignment = Alignment(horizontal='center', vertical='top')
            exp(fil, nm, row[3], row[8], row[9])
            r += 1
    r += 1
    ws.cell(row=r, column=4, value='Antal kontrollmoment: 10').font = Font(bold=True)
    ws.cell(row=r + 1, column=4, value='Varav 🟢 3, 🟡 2, 🔴 1, ⚪ 1')
    widths = [6, 18, 26, 55, 18, 9, 11, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = 'A7'
    wb.save(fil)
    FILES.append((fil, 'INLAST', nm, '2025', 'T2'))


# ---------------------------------------------------------------------------
# 2. Kalmar Vatten AB – board report in Word, numbered headings per control
# ---------------------------------------------------------------------------
def _add_heading_numbering(document):
    numbering = document.part.numbering_part.element
    abs_id = 90
    an = OxmlElement('w:abstractNum')
    an.set(qn('w:abstractNumId'), str(abs_id))
    mlt = OxmlElement('w:multiLevelType')
    mlt.set(qn('w:val'), 'multilevel')
    an.append(mlt)
    for ilvl, fmt, ind in ((0, '%1', 432), (1, '%1.%2', 576)):
        lvl = OxmlElement('w:lvl')
        lvl.set(qn('w:ilvl'), str(ilvl))
        st = OxmlElement('w:start'); st.set(qn('w:val'), '1'); lvl.append(st)
        nf = OxmlElement('w:numFmt'); nf.set(qn('w:val'), 'decimal'); lvl.append(nf)
        lt = OxmlElement('w:lvlText'); lt.set(qn('w:val'), fmt); lvl.append(lt)
        jc = OxmlElement('w:lvlJc'); jc.set(qn('w:val'), 'left'); lvl.append(jc)
        ppr = OxmlElement('w:pPr')
        i_ = OxmlElement('w:ind'); i_.set(qn('w:left'), str(ind)); i_.set(qn('w:hanging'), str(ind))
        ppr.append(i_)
        lvl.append(ppr)
        an.append(lvl)
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement('w:num')
    num.set(qn('w:numId'), '90')
    ani = OxmlElement('w:abstractNumId'); ani.set(qn('w:val'), str(abs_id))
    num.append(ani)
    numbering.append(num)
    return 90


def _numbered_heading(document, text, level, num_id):
    p = document.add_heading(text, level=level)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(level - 1))
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(num_id))
    numpr.append(il); numpr.append(ni)
    ppr.insert(0, numpr) if ppr.find(qn('w:pStyle')) is None else ppr.find(qn('w:pStyle')).addnext(numpr)
    return p


def _label_par(document, label, text):
    p = document.add_paragraph()
    r = p.add_run(label + ' ')
    r.bold = True
    p.add_run(text)
    return p


def f2_kalmar_vatten():
    fil = 'Kalmar Vatten AB - Rapport till styrelsen internkontroll T2 2025.docx'
    nm = 'Kalmar Vatten AB'
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    num_id = _add_heading_numbering(d)

    p = d.add_paragraph()
    r = p.add_run('Kalmar Vatten AB')
    r.bold = True; r.font.size = Pt(12); r.font.color.rgb = RGBColor(0x00, 0x5A, 0x9C)
    p = d.add_paragraph()
    r = p.add_run('Rapport till styrelsen')
    r.font.size = Pt(10)
    t = d.add_paragraph()
    r = t.add_run('Uppföljning av intern kontroll – tertial 2 2025')
    r.bold = True; r.font.size = Pt(18)
    meta = d.add_table(rows=4, cols=2)
    meta.style = 'Table Grid'
    for i, (a, b) in enumerate([('Period', '1 januari – 31 augusti 2025'),
                                ('Styrelsemöte', '2025-09-25, ärende 7'),
                                ('Upprättad av', 'Annika Ström, ekonomichef'),
                                ('Datum', '2025-09-12')]):
        meta.cell(i, 0).text = a
        meta.cell(i, 1).text = b
    d.add_paragraph()

    _numbered_heading(d, 'Inledning', 1, num_id)
    d.add_paragraph(
        'Enligt ägardirektivet från Kalmar kommun ska bolagets styrelse årligen anta en plan för intern kontroll '
        'och följa upp den vid tertial 2 och vid årets slut. Styrelsen antog internkontrollplanen för 2025 '
        'den 12 december 2024 (§ 58). Planen omfattar sju kontroller inom ekonomi, VA-taxa, dricksvattenkvalitet, '
        'informationssäkerhet och upphandling. Rapporten sammanställs även till Kalmar Kommunbolag AB.')
    d.add_paragraph(
        'Varje kontroll redovisas nedan med syfte, genomförande, iakttagelser och en samlad bedömning enligt '
        'skalan Godkänd / Godkänd med anmärkning / Ej godkänd.')

    _numbered_heading(d, 'Sammanfattning', 1, num_id)
    d.add_paragraph(
        'Per den 31 augusti har fem av sju kontroller genomförts. Samtliga fem bedöms som '
        'godkända, varav två med anmärkning. Kontrollen av behörigheter i driftövervakningssystemet har inte kunnat '
        'genomföras på grund av pågående systembyte. Inga iakttagelser bedöms vara av sådan art att de behöver '
        'rapporteras vidare till kommunstyrelsen.')

    _numbered_heading(d, 'Redovisning per kontroll', 1, num_id)
    controls = [
        ('Stickprov av leverantörsfakturor över 100 tkr mot avtal och beställning',
         'Säkerställa att fakturerade belopp överensstämmer med avtalade priser och att beställning finns.',
         'Ekonomienheten har granskat 15 slumpvis utvalda fakturor från perioden januari–juli 2025.',
         'Samtliga fakturor hade avtalsstöd och korrekt beställning. Inga avvikelser.',
         'Godkänd', 'GENOMFORD', 'nej'),
        ('Kontroll av attestbehörigheter i ekonomisystemet mot gällande attestlista',
         'Säkerställa att endast behöriga personer kan attestera fakturor.',
         'Attestlistan per 2025-06-01 har jämförts med behörigheterna i Unit4.',
         'Två medarbetare som avslutat sin anställning under våren hade kvar attestbehörighet. '
         'Behörigheterna togs bort 2025-06-10. Rutinen för avslut har kompletterats med en kontrollpunkt.',
         'Godkänd med anmärkning', 'GENOMFORD', 'ja'),
        ('Avstämning av debiterade VA-avgifter mot mätarställningar (stickprov 50 abonnenter)',
         'Säkerställa att brukningsavgifter debiteras enligt gällande VA-taxa och avläst förbrukning.',
         'Kundservice har stämt av 50 abonnenter i kundsystemet mot avläsningar i mätarinsamlingssystemet.',
         'Debiteringen överensstämde för samtliga 50 abonnenter.',
         'Godkänd', 'GENOMFORD', 'nej'),
        ('Uppföljning av att provtagningsplanen för dricksvatten följs enligt Livsmedelsverkets föreskrifter',
         'Säkerställa att dricksvattnet kontrolleras i den omfattning som krävs.',
         'Utfall av provtagning januari–augusti har jämförts med fastställd provtagningsplan för vattenverken '
         'och ledningsnätet.',
         'Av 96 planerade prover togs 93. Tre prover på ledningsnätet i juni togs inte på grund av personalbrist '
         'under semesterperioden; de har tagits i augusti. Inga prover har visat otjänligt vatten.',
         'Godkänd med anmärkning', 'GENOMFORD', 'ja'),
        ('Behörighetsgenomgång i driftövervakningssystemet (SCADA)',
         'Säkerställa att endast behörig personal och leverantörer har åtkomst till styrsystemen.',
         'Genomgången har inte genomförts under perioden eftersom systemet byts ut under hösten. '
         'Genomgången görs i samband med driftsättningen av det nya systemet i november.',
         'Inga iakttagelser att redovisa.',
         'Ej godkänd', 'EJ_GENOMFORD', 'nej'),
        ('Kontroll av att direktupphandlingar över 100 tkr är dokumenterade',
         'Säkerställa att bolaget följer LUF och den interna upphandlingsriktlinjen.',
         'Samtliga direktupphandlingar över 100 tkr under januari–juli (8 st) har granskats av upphandlaren.',
         'Samtliga åtta direktupphandlingar var dokumenterade med minst tre tillfrågade leverantörer.',
         'Godkänd', 'GENOMFORD', 'nej'),
        ('Kontroll av att nya VA-anslutningar har fakturerats anläggningsavgift enligt taxa',
         'Säkerställa att anläggningsavgift tas ut för samtliga nya förbindelsepunkter.',
         'Stickprovet är planerat till oktober 2025 och har ännu inte genomförts.',
         '',
         None, 'EJ_GENOMFORD', 'nej'),
    ]
    for (km, syfte, genomf, iakt, bed, status, avv) in controls:
        _numbered_heading(d, km, 2, num_id)
        _label_par(d, 'Syfte:', syfte)
        _label_par(d, 'Genomförande:', genomf)
        _label_par(d, 'Iakttagelser:', iakt)
        p = d.add_paragraph()
        r = p.add_run('Bedömning: ')
        r.bold = True
        if bed is None:
            # the template line left untouched – nothing chosen
            r2 = p.add_run('Godkänd / Godkänd med anmärkning / Ej godkänd')
            r2.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        else:
            p.add_run(bed)
        exp(fil, nm, km, status, avv)

    _numbered_heading(d, 'Fortsatt arbete', 1, num_id)
    d.add_paragraph(
        'Kontrollerna av behörigheter i driftövervakningssystemet och av anläggningsavgifter för nya anslutningar '
        'genomförs under hösten och redovisas i helårsuppföljningen. Förslag till internkontrollplan 2026 '
        'presenteras för styrelsen i december.')
    _numbered_heading(d, 'Förslag till beslut', 1, num_id)
    d.add_paragraph('Styrelsen godkänner uppföljningen av intern kontroll per tertial 2 2025.')
    d.add_paragraph()
    d.add_paragraph('Kalmar 2025-09-12')
    d.add_paragraph('Annika Ström\nEkonomichef, Kalmar Vatten AB')
    d.save(fil)
    FILES.append((fil, 'INLAST', nm, '2025', 'T2'))


# ---------------------------------------------------------------------------
# 3. Samhällsbyggnadsnämnden – risk values coloured red/yellow/green beside status words (.xls)
# ---------------------------------------------------------------------------
RED = PatternFill('solid', fgColor='FF0000')
YEL = PatternFill('solid', fgColor='FFFF00')
GRN = PatternFill('solid', fgColor='00B050')


def riskfill(v):
    return RED if v >= 12 else (YEL if v >= 5 else GRN)


def f3_sbn():
    fil = 'SBN internkontroll 2025 tertial 2.xls'
    nm = 'Samhällsbyggnadsnämnden'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'IK-plan 2025'
    ws['A1'] = 'Samhällsbyggnadsnämnden'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Internkontrollplan 2025 – uppföljning tertial 2 (per 31 augusti)'
    ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Samhällsbyggnadskontoret, Kalmar kommun. Riskvärde = sannolikhet × konsekvens (1–4).'
    hdr = ['Process', 'Risk', 'Sanno-likhet', 'Konse-kvens', 'Riskvärde', 'Kontrollmoment', 'Kontrollmetod',
           'Frekvens', 'Ansvarig', 'Status T2', 'Kommentar']
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill('solid', fgColor='D9D9D9')
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ('Bygglov', 'Beslut fattas inte inom lagstadgad tid – avgiftsreduktion', 4, 3,
         'Kontroll att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)',
         'Stickprov 25 ärenden i Castor', 'Tertial', 'Bygglovschef', 'Genomförd',
         'Två av 25 ärenden överskred tiden, avgiften reducerades enligt PBL 12 kap. 8 a §.', 'GENOMFORD', 'ja'),
        ('Bygglov', 'Beslut fattas utan delegation', 2, 3,
         'Stickprov av 10 delegationsbeslut mot delegationsordningen',
         'Stickprov', 'Halvår', 'Nämndsekreterare', 'Genomförd', 'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Bygglov', 'Felaktig avgift', 2, 3,
         'Kontroll av att bygglovsavgifter debiteras enligt taxa (stickprov 15)',
         'Stickprov', 'Halvår', 'Controller', 'Se kommentar',
         'Redovisas muntligt på nämndens sammanträde i oktober.', 'OKLAR', 'nej'),
        ('Gata och park', 'Felaktig fakturering från entreprenör', 3, 3,
         'Kontroll av att vinterväghållningsentreprenörens fakturor stämmer mot körrapporter',
         'Avstämning', 'Säsong', 'Gatuchef', 'Pågår', 'Januari–mars avstämt, november–december återstår.',
         'DELVIS', 'nej'),
        ('Gata och park', 'Olycka på kommunal lekplats', 4, 4,
         'Uppföljning av att årlig huvudbesiktning av lekplatser genomförts enligt SS-EN 1176',
         'Genomgång av besiktningsprotokoll', 'År', 'Parkchef', 'Ej genomförd',
         'Besiktningen är beställd och genomförs i september.', 'EJ_GENOMFORD', 'nej'),
        ('Mark och exploatering', 'Avtal strider mot policy', 1, 4,
         'Kontroll att markanvisningsavtal följer antagen markanvisningspolicy',
         'Genomgång av samtliga avtal', 'År', 'Mark- och exploateringschef', '', '', 'SAKNAS', 'nej'),
        ('Mark och exploatering', 'Projekt överskrider budget', 2, 4,
         'Avstämning av exploateringsredovisning mot projektbudget per exploateringsområde',
         'Avstämning', 'Tertial', 'Controller', 'Utgår',
         'Flyttas till internkontrollplan 2026 enligt beslut SBN 2025-05-20 § 88.', 'UTGAR', 'nej'),
        ('Lantmäteri', 'Felaktig debitering av förrättningar', 1, 2,
         'Kontroll av att förrättningsavgifter debiteras enligt fastställd taxa',
         'Stickprov 10 förrättningar', 'År', 'Lantmäterichef', 'Genomförd', 'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Kundtjänst', 'Synpunkter besvaras inte', 3, 4,
         'Kontroll att inkomna klagomål och synpunkter registreras och besvaras inom 14 dagar',
         'Uttag ur ärendesystemet', 'Tertial', 'Administrativ chef', '',
         'Kontrollen har inte genomförts på grund av resursbrist under sommaren.', 'EJ_GENOMFORD', 'nej'),
    ]
    r = 6
    for row in rows:
        (proc, risk, s, k, km, metod, frek, ansv, status, komm, e_st, e_av) = row
        vals = [proc, risk, s, k, s * k, km, metod, frek, ansv, status or None, komm or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(row=r, column=5).fill = riskfill(s * k)
        ws.cell(row=r, column=5).alignment = Alignment(horizontal='center', vertical='top')
        exp(fil, nm, km, e_st, e_av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Färgmarkering i kolumnen Riskvärde:').font = Font(bold=True)
    for i, (fill, t) in enumerate([(RED, 'Hög risk (12–16)'), (YEL, 'Medelhög risk (5–9)'),
                                   (GRN, 'Låg risk (1–4)')], start=1):
        ws.cell(row=r + i, column=1).fill = fill
        ws.cell(row=r + i, column=2, value=t)
    ws.cell(row=r + 5, column=1, value='Status anges som Genomförd, Pågår, Ej genomförd eller Utgår.')
    widths = [18, 30, 7, 7, 9, 50, 22, 9, 20, 13, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, 'SBN internkontroll 2025 tertial 2.xlsx')
    wb.save(src)
    subprocess.run(['soffice', '--headless', '--convert-to', 'xls', '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, 'SBN internkontroll 2025 tertial 2.xls'), fil)
    shutil.rmtree(tmp)
    FILES.append((fil, 'INLAST', nm, '2025', 'T2'))


# ---------------------------------------------------------------------------
# helpers for ODS
# ---------------------------------------------------------------------------
def ods_doc():
    doc = OpenDocumentSpreadsheet()
    bold = Style(name='bold', family='table-cell')
    bold.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bold)
    title = Style(name='title', family='table-cell')
    title.addElement(TextProperties(fontweight='bold', fontsize='14pt'))
    doc.automaticstyles.addElement(title)
    head = Style(name='head', family='table-cell')
    head.addElement(TextProperties(fontweight='bold'))
    head.addElement(TableCellProperties(backgroundcolor='#C6E0B4', border='0.5pt solid #000000',
                                        wrapoption='wrap'))
    doc.automaticstyles.addElement(head)
    body = Style(name='body', family='table-cell')
    body.addElement(TableCellProperties(border='0.5pt solid #808080', wrapoption='wrap', verticalalign='top'))
    doc.automaticstyles.addElement(body)
    styles = {'bold': bold, 'title': title, 'head': head, 'body': body}
    return doc, styles


def ods_row(table, values, style=None):
    tr = TableRow()
    for v in values:
        kw = {}
        if style is not None:
            kw['stylename'] = style
        if v is None or v == '':
            tc = TableCell(**kw)
        elif isinstance(v, (int, float)):
            tc = TableCell(valuetype='float', value=v, **kw)
            tc.addElement(P(text=str(v)))
        else:
            tc = TableCell(valuetype='string', **kw)
            tc.addElement(P(text=v))
        tr.addElement(tc)
    table.addElement(tr)


def ods_cols(doc, table, widths):
    for i, w in enumerate(widths):
        cs = Style(name='col%s%d' % (table.getAttribute('name')[:3], i), family='table-column')
        cs.addElement(TableColumnProperties(columnwidth='%.1fcm' % w))
        doc.automaticstyles.addElement(cs)
        table.addElement(TableColumn(stylename=cs))


KFN_CONTROLS = [
    ('Kulturarv', 'Kontroll av kassahantering och dagsavstämning i butiken på Kalmar slott',
     'Avstämning kassarapport mot bank'),
    ('Föreningsstöd', 'Stickprov av 10 beslut om aktivitetsstöd mot föreningarnas närvarorapporter',
     'Stickprov'),
    ('Anläggningar', 'Kontroll att bokningar av idrottsanläggningar faktureras (Kalmar Sportcenter, Fredriksskans)',
     'Jämförelse bokningssystem – kundreskontra'),
    ('Lovverksamhet', 'Kontroll av utdrag ur belastningsregistret för ledare i sommarlovsverksamheten',
     'Genomgång av ledarlista'),
    ('Lokaler', 'Uppföljning av hyresavtal för föreningslokaler mot debiterad hyra',
     'Avstämning'),
    ('Konstsamling', 'Inventering av den offentliga konstsamlingen (stickprov 50 verk) mot konstregistret',
     'Fysisk inventering'),
]


# ---------------------------------------------------------------------------
# 4. KFN – T1 workbook (sent late, together with T2)
# ---------------------------------------------------------------------------
def f4_kfn_t1():
    fil = 'KFN_Internkontroll_T1_2025.ods'
    nm = 'Kultur- och fritidsnämnden'
    doc, S = ods_doc()
    t = Table(name='T1 2025')
    ods_cols(doc, t, [3.2, 9.5, 4.5, 2.6, 8.5, 5.5])
    ods_row(t, ['Kultur- och fritidsnämnden, Kalmar kommun'], S['title'])
    ods_row(t, ['Uppföljning av internkontrollplan 2025'], S['bold'])
    ods_row(t, ['Tertial: T1 (januari–april 2025)'])
    ods_row(t, ['Ifylld av: Jonas Lindahl, administrativ chef, 2025-05-08'])
    ods_row(t, [])
    ods_row(t, ['Område', 'Kontrollmoment', 'Metod', 'Genomförd (J/D/N/U)', 'Resultat', 'Åtgärd'], S['head'])
    data = [
        ('J', 'Avstämning januari–april utan anmärkning.', '', 'GENOMFORD', 'nej'),
        ('D', '5 av 10 beslut granskade.', 'Resterande granskas i maj.', 'DELVIS', 'nej'),
        ('N', 'Görs under T2.', '', 'EJ_GENOMFORD', 'nej'),
        ('', 'Kontrollen görs inför sommarlovet (juni), ännu inte genomförd.', '', 'EJ_GENOMFORD', 'nej'),
        ('N', 'Ej påbörjad.', '', 'EJ_GENOMFORD', 'nej'),
        ('N', 'Planerad till hösten.', '', 'EJ_GENOMFORD', 'nej'),
    ]
    for (omr, km, metod), (st, res, atg, e_st, e_av) in zip(KFN_CONTROLS, data):
        ods_row(t, [omr, km, metod, st, res, atg], S['body'])
        exp(fil, nm, km, e_st, e_av)
    ods_row(t, [])
    ods_row(t, ['Teckenförklaring: J = Ja, genomförd   D = Delvis genomförd   N = Nej, ej genomförd   U = Utgår'])
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, 'INLAST', nm, '2025', 'T1'))


# ---------------------------------------------------------------------------
# 5. KFN – T2 workbook (copy of T1 with an added T2 column)
# ---------------------------------------------------------------------------
def f5_kfn_t2():
    fil = 'KFN_Internkontroll_T2_2025.ods'
    nm = 'Kultur- och fritidsnämnden'
    doc, S = ods_doc()
    t = Table(name='T2 2025')
    ods_cols(doc, t, [3.2, 9.5, 4.5, 2.4, 2.4, 9.0, 5.5])
    ods_row(t, ['Kultur- och fritidsnämnden, Kalmar kommun'], S['title'])
    ods_row(t, ['Uppföljning av internkontrollplan 2025'], S['bold'])
    ods_row(t, ['Tertial: T2 (per 31 augusti 2025)'])
    ods_row(t, ['Ifylld av: Jonas Lindahl, administrativ chef, 2025-09-10'])
    ods_row(t, [])
    ods_row(t, ['Område', 'Kontrollmoment', 'Metod', 'Status T1', 'Status T2', 'Resultat T2', 'Åtgärd'],
            S['head'])
    data = [
        # T1, T2, resultat, åtgärd, expected
        ('J', '', '', '', 'GENOMFORD', 'nej'),
        ('D', 'J', '10 av 10 granskade. En förening hade rapporterat fler deltagare än närvarolistan visade.',
         'Återkrav 4 200 kr skickat till föreningen.', 'GENOMFORD', 'ja'),
        ('N', 'D', 'Fredriksskans klart utan avvikelser, Sportcenter pågår.', '', 'DELVIS', 'nej'),
        ('', 'J', 'Samtliga 34 ledare har uppvisat utdrag före start.', '', 'GENOMFORD', 'nej'),
        ('N', 'U', 'Utgår – ansvaret för föreningslokalerna flyttades till Serviceförvaltningen 1 juli.',
         '', 'UTGAR', 'nej'),
        ('N', 'N', 'Planerad till hösten.', '', 'EJ_GENOMFORD', 'nej'),
    ]
    for (omr, km, metod), (s1, s2, res, atg, e_st, e_av) in zip(KFN_CONTROLS, data):
        ods_row(t, [omr, km, metod, s1, s2, res, atg], S['body'])
        exp(fil, nm, km, e_st, e_av)
    ods_row(t, [])
    ods_row(t, ['Teckenförklaring: J = Ja, genomförd   D = Delvis genomförd   N = Nej, ej genomförd   U = Utgår'])
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, 'INLAST', nm, '2025', 'T2'))


# ---------------------------------------------------------------------------
# 6. BUN – .xlsx with header on row 15 below a long instruction block, status codes in the instructions
# ---------------------------------------------------------------------------
def f6_bun():
    fil = 'Uppföljning IKP 2025 BUN per 31 aug.xlsx'
    nm = 'Barn- och ungdomsnämnden'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Uppföljning'
    ws['A1'] = 'Barn- och ungdomsnämnden – uppföljning av internkontrollplan 2025, tertial 2 (per 2025-08-31)'
    ws['A1'].font = Font(bold=True, size=13)
    instr = [
        'INSTRUKTION TILL FÖRVALTNINGEN',
        '1. Uppföljningen avser kontrollmoment i nämndens internkontrollplan 2025 (BUN 2024-11-27 § 112).',
        '2. Fyll i en rad per kontrollmoment. Ändra inte i kolumnerna A–E, de är hämtade från den beslutade planen.',
        '3. Ange statuskod i kolumn F enligt följande:',
        '      1 = Genomförd utan avvikelse',
        '      2 = Genomförd, avvikelse konstaterad (beskriv avvikelsen i kolumn G och åtgärd i kolumn H)',
        '      3 = Påbörjad / delvis genomförd',
        '      4 = Ej genomförd (ange orsak i kolumn G)',
        '      5 = Utgår (ange beslut i kolumn G)',
        '4. Beskriv resultatet kortfattat. Personuppgifter om barn och elever får inte förekomma.',
        '5. Ange datum när eventuell åtgärd ska vara klar.',
        '6. Skicka filen till ekonomienheten senast 2025-09-15. Kontaktperson: Sara Nyberg, controller BUF.',
    ]
    for i, t in enumerate(instr, start=2):
        ws.cell(row=i, column=1, value=t)
        if i == 2:
            ws.cell(row=i, column=1).font = Font(bold=True)
        else:
            ws.cell(row=i, column=1).font = Font(color='404040')
    # row 14 empty, header row 15
    hdr = ['Nr', 'Process', 'Kontrollmoment', 'Kontrollant', 'Metod / omfattning', 'Statuskod',
           'Resultat / iakttagelser', 'Åtgärd', 'Klart datum']
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=15, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill('solid', fgColor='FCE4D6')
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        (1, 'Inköp', 'Stickprov av 20 fakturor från livsmedelsleverantör mot avtal',
         'Controller', '20 fakturor jan–jun', 1, 'Inga avvikelser.', '', '', 'GENOMFORD', 'nej'),
        (2, 'Skolskjuts', 'Kontroll av att skolskjutsresor faktureras enligt avtal',
         'Skolskjutshandläggare', 'Avstämning mars och maj', 2,
         'Felaktig fakturering av 3 turer i mars.', 'Kreditering begärd och mottagen.', '2025-06-30',
         'GENOMFORD', 'ja'),
        (3, 'Kränkande behandling', 'Kontroll att anmälan om kränkande behandling rapporteras till huvudman inom 5 dagar',
         'Kvalitetsutvecklare', 'Uttag ur DF Respons', 3,
         'Vårterminen kontrollerad, höstterminen återstår.', '', '2025-12-31', 'DELVIS', 'nej'),
        (4, 'Rekrytering', 'Uppföljning av registerkontroll (utdrag ur belastningsregistret) vid nyanställning i förskolan',
         'HR-partner', 'Stickprov 15 anställningar', 1, 'Utdrag fanns för samtliga 15.', '', '',
         'GENOMFORD', 'nej'),
        (5, 'Närvaro', 'Kontroll av att problematisk frånvaro i grundskolan utreds enligt rutin',
         'Elevhälsochef', 'Stickprov 10 elever', 4, 'Skjuts till hösten på grund av byte av elevhälsochef.',
         '', '', 'EJ_GENOMFORD', 'nej'),
        (6, 'Avgifter', 'Kontroll av att barnomsorgsavgifter debiteras enligt inkomstuppgift (stickprov 30)',
         'Avgiftshandläggare', 'Stickprov 30 hushåll', 6, '', '', '', 'OKLAR', 'nej'),
        (7, 'Arbetsmiljö', 'Kontroll av att tillbud och arbetsskador anmäls i KIA inom 24 timmar',
         'Arbetsmiljösamordnare', 'Uttag ur KIA', None,
         'Genomfört för samtliga förskoleområden, inga brister noterade.', '', '', 'GENOMFORD', 'nej'),
        (8, 'Rekrytering', 'Uppföljning av lärarlegitimation vid tillsvidareanställning',
         'HR-partner', 'Genomgång', 5, 'Utgår, ingår i HR-avdelningens centrala kontroll (KS 2025-03-04).',
         '', '', 'UTGAR', 'nej'),
        (9, 'Inventarier', 'Kontroll av inventarieförteckning för elevdatorer (Chromebooks) på tre skolor',
         'IT-pedagog', 'Inventering', 2, '142 enheter saknades i registret, varav 9 inte kunde återfinnas.',
         'Registret uppdateras, polisanmälan gjord för saknade enheter.', '2025-10-31', 'GENOMFORD', 'ja'),
        (10, 'Informationssäkerhet', 'Kontroll av skyddade personuppgifter i elevregistret (behörighetsstyrning)',
         'Systemförvaltare', 'Behörighetsgenomgång', None, '', '', '', 'SAKNAS', 'nej'),
    ]
    r = 16
    for row in rows:
        vals = row[:9]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != '' else None)
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(row=r, column=6).alignment = Alignment(horizontal='center', vertical='top')
        exp(fil, nm, row[2], row[9], row[10])
        r += 1
    ws.cell(row=r, column=3, value='Summa kontrollmoment').font = Font(bold=True)
    ws.cell(row=r, column=6, value='=COUNTA(F16:F25)')
    ws.cell(row=r + 2, column=1, value='Behandlad i förvaltningens ledningsgrupp 2025-09-09. Förvaltningschef: Per-Olof Magnusson')
    widths = [5, 18, 55, 20, 22, 10, 50, 40, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = 'A16'
    wb.save(fil)
    FILES.append((fil, 'INLAST', nm, '2025', 'T2'))


# ---------------------------------------------------------------------------
# 7. Stratsys-like CSV export, Windows-1252, Socialnämnden + Omsorgsnämnden, row per control and period
# ---------------------------------------------------------------------------
def f7_stratsys():
    fil = 'Export_Internkontroll_2025_SOC_OMS.csv'
    hdr = ['Organisation', 'Förvaltning', 'Styrdokument', 'Process', 'Kontrollmoment', 'Period', 'Status',
           'Kommentar', 'Senast ändrad', 'Ändrad av']
    soc = ('Socialnämnden', 'Socialförvaltningen')
    oms = ('Omsorgsnämnden', 'Omsorgsförvaltningen')
    doc = 'Internkontrollplan 2025'
    # (org, process, km, [(period, status, comment, date, by)], expected status, avv)
    items = [
        (soc, 'Ekonomiskt bistånd',
         'Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen (stickprov 25)',
         [('T1 2025', 'Pågående', 'Stickprov för jan–mars påbörjat.', '2025-05-06', 'Maria Holm'),
          ('T2 2025', 'Genomförd', '25 beslut granskade, samtliga fattade på rätt delegation.', '2025-09-03',
           'Maria Holm')], 'GENOMFORD', 'nej'),
        (soc, 'Barn och unga',
         'Kontroll att förhandsbedömning av orosanmälningar görs inom 14 dagar',
         [('T1 2025', 'Genomförd', 'Inga avvikelser.', '2025-05-06', 'Erik Sand'),
          ('T2 2025', 'Genomförd', '4 av 60 anmälningar förhandsbedömdes efter mer än 14 dagar. Orsak: '
                                   'hög arbetsbelastning i juli. Bemanningen ses över.', '2025-09-04', 'Erik Sand')],
         'GENOMFORD', 'ja'),
        (soc, 'Ekonomiskt bistånd',
         'Uppföljning av utbetalningar av försörjningsstöd – kontroll mot dubbelutbetalning',
         [('T1 2025', 'Ej påbörjad', 'Kontrollen startar efter sommaren.', '2025-05-06', 'Maria Holm'),
          ('T2 2025', '', '', '', '')], 'EJ_GENOMFORD', 'nej'),
        (soc, 'Placeringar',
         'Kontroll av HVB-placeringar – avtal och fakturerade dygnskostnader',
         [('T1 2025', 'Pågående', '', '2025-05-06', 'Erik Sand'),
          ('T2 2025', 'Ej aktuell', 'Ersätts av regional avtalsuppföljning, beslut SN 2025-06-17 § 102.',
           '2025-09-04', 'Erik Sand')], 'UTGAR', 'nej'),
        (soc, 'Informationssäkerhet',
         'Kontroll av loggar i verksamhetssystemet avseende otillbörlig åtkomst (10 stickprov per tertial)',
         [('T1 2025', 'Genomförd', 'Inga otillbörliga slagningar.', '2025-05-07', 'Johanna Ek'),
          ('T2 2025', 'Pågående', 'Stickprov för maj–augusti påbörjat.', '2025-09-05', 'Johanna Ek')],
         'DELVIS', 'nej'),
        (oms, 'Hemtjänst',
         'Avstämning av utförd hemtjänsttid mot fakturerad tid från privata utförare',
         [('T1 2025', 'Genomförd', 'Stämmer för jan–mars.', '2025-05-08', 'Lars Nilsson'),
          ('T2 2025', 'Genomförd', 'Stämmer för april–juli.', '2025-09-02', 'Lars Nilsson')],
         'GENOMFORD', 'nej'),
        (oms, 'Hälso- och sjukvård',
         'Kontroll av läkemedelshantering – signeringslistor på särskilda boenden (stickprov 6 boenden)',
         [('T1 2025', 'Pågående', '', '2025-05-08', 'Anna Petersson'),
          ('T2 2025', 'Genomförd', 'Brister i signering på 2 av 6 boenden. Handlingsplan upprättad av MAS.',
           '2025-09-02', 'Anna Petersson')], 'GENOMFORD', 'ja'),
        (oms, 'Avgifter',
         'Kontroll av att avgiftsbeslut inom äldreomsorgen baseras på aktuell inkomstuppgift',
         [('T1 2025', 'Ej påbörjad', '', '2025-05-08', 'Lars Nilsson'),
          ('T2 2025', 'Ej påbörjad', 'Planeras till oktober.', '2025-09-02', 'Lars Nilsson')],
         'EJ_GENOMFORD', 'nej'),
        (oms, 'LSS',
         'Uppföljning av att genomförandeplaner upprättas inom 14 dagar från beslut (LSS)',
         [('T1 2025', '', '', '', ''),
          ('T2 2025', '', 'Osäkert om uppgifterna i verksamhetssystemet stämmer, återkommer.', '2025-09-05',
           'Sofia Berg')], 'OKLAR', 'nej'),
        (oms, 'Hemtjänst',
         'Kontroll av att nyckelkvittenser finns för samtliga utlämnade nycklar i hemtjänsten',
         [('T1 2025', 'Pågående', '1 av 5 grupper klar.', '2025-05-08', 'Lars Nilsson'),
          ('T2 2025', 'Pågående', '3 av 5 hemtjänstgrupper klara.', '2025-09-02', 'Lars Nilsson')],
         'DELVIS', 'nej'),
    ]
    lines = [';'.join(hdr)]
    for org, proc, km, periods, e_st, e_av in items:
        for (per, st, komm, date, by) in periods:
            vals = [org[0], org[1], doc, proc, km, per, st, komm, date, by]
            vals = ['"%s"' % v.replace('"', '""') if (';' in v or '"' in v) else v for v in vals]
            lines.append(';'.join(vals))
        exp(fil, org[0], km, e_st, e_av)
    with open(fil, 'w', encoding='cp1252', newline='') as f:
        f.write('\r\n'.join(lines) + '\r\n')
    FILES.append((fil, 'INLAST', 'Socialnämnden', '2025', 'T2'))
    FILES.append((fil, 'INLAST', 'Omsorgsnämnden', '2025', 'T2'))


# ---------------------------------------------------------------------------
# 8. Miljönämnden – .odt, a table per process with ☒/☐ checkboxes
# ---------------------------------------------------------------------------
def f8_miljo():
    fil = 'Miljönämnden delårsuppföljning internkontroll 2025.odt'
    nm = 'Miljönämnden'
    doc = OpenDocumentText()
    h1 = Style(name='Heading 1', family='paragraph')
    h1.addElement(TextProperties(fontsize='16pt', fontweight='bold'))
    doc.styles.addElement(h1)
    h2 = Style(name='Heading 2', family='paragraph')
    h2.addElement(TextProperties(fontsize='13pt', fontweight='bold'))
    doc.styles.addElement(h2)
    boldp = Style(name='BoldP', family='paragraph')
    boldp.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(boldp)
    cellst = Style(name='Cell', family='table-cell')
    cellst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
    doc.automaticstyles.addElement(cellst)
    hcell = Style(name='HCell', family='table-cell')
    hcell.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm', backgroundcolor='#E2EFDA'))
    doc.automaticstyles.addElement(hcell)

    doc.text.addElement(P(text='Kalmar kommun · Miljöförvaltningen'))
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text='Miljönämnden – delårsuppföljning av internkontrollplan 2025'))
    doc.text.addElement(P(text='Uppföljningen avser perioden 1 januari – 31 augusti 2025 (delårsrapport).'))
    doc.text.addElement(P(text='Nämnden antog internkontrollplanen för 2025 den 18 december 2024, § 121. '
                               'Nedan redovisas varje kontrollmoment per process. Markera med kryss (☒) '
                               'det alternativ som gäller.'))

    def table(name, rows):
        t = Table(name=name)
        widths = [7.0, 2.0, 2.0, 2.3, 5.5]
        for i, w in enumerate(widths):
            cs = Style(name='%sc%d' % (name, i), family='table-column')
            cs.addElement(TableColumnProperties(columnwidth='%.1fcm' % w))
            doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        tr = TableRow()
        for h in ['Kontrollmoment', 'Genomförd', 'Delvis', 'Ej genomförd', 'Kommentar']:
            tc = TableCell(stylename=hcell)
            tc.addElement(P(stylename=boldp, text=h))
            tr.addElement(tc)
        t.addElement(tr)
        for km, g, dv, ej, komm, e_st, e_av in rows:
            tr = TableRow()
            for v in [km, '☒' if g else '☐', '☒' if dv else '☐', '☒' if ej else '☐', komm]:
                tc = TableCell(stylename=cellst, valuetype='string')
                tc.addElement(P(text=v))
                tr.addElement(tc)
            t.addElement(tr)
            exp(fil, nm, km, e_st, e_av)
        doc.text.addElement(t)

    doc.text.addElement(H(outlinelevel=2, stylename=h2, text='Process: Tillsyn enligt miljöbalken'))
    table('Tillsyn', [
        ('Kontroll att tillsynsavgifter debiteras enligt fastställd taxa (stickprov 20 ärenden)',
         True, False, False, 'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Uppföljning av att tillsynsplanen för 2025 följs (genomförda inspektioner mot plan)',
         False, True, False, '58 % av planerade inspektioner genomförda per 31/8.', 'DELVIS', 'nej'),
        ('Kontroll av att delegationsbeslut anmäls till nämnden',
         True, False, False, 'Två beslut hade inte anmälts, anmäldes i efterhand på junisammanträdet.',
         'GENOMFORD', 'ja'),
    ])
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text='Process: Livsmedelskontroll'))
    table('Livsmedel', [
        ('Kontroll av att livsmedelskontroller följer riskklassningen (stickprov 15 anläggningar)',
         True, True, False, '', 'OKLAR', 'nej'),
        ('Kontroll av inspektörernas jävsdeklarationer',
         False, False, False, '', 'SAKNAS', 'nej'),
        ('Kontroll av att klagomålsärenden återkopplas till anmälaren inom 10 arbetsdagar',
         False, False, False, 'Ej genomförd p.g.a. sjukskrivning, flyttas till helårsuppföljningen.',
         'EJ_GENOMFORD', 'nej'),
    ])
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text='Process: Ekonomi och administration'))
    table('Ekonomi', [
        ('Stickprov av 10 fakturor avseende konsulttjänster mot avtal',
         False, False, True, 'Planerad till hösten.', 'EJ_GENOMFORD', 'nej'),
    ])
    doc.text.addElement(P(text=''))
    doc.text.addElement(P(text='Miljöförvaltningen 2025-09-11'))
    doc.text.addElement(P(text='Karin Åberg, miljöchef'))
    doc.save(fil)
    FILES.append((fil, 'INLAST', nm, '2025', 'DELAR'))


# ---------------------------------------------------------------------------
# 9. Reject: KFN cover letter (no controls)
# ---------------------------------------------------------------------------
def f9_foljebrev():
    fil = 'Följebrev KFN uppföljning T1 och T2.docx'
    d = docx.Document()
    d.add_paragraph('Kultur- och fritidsförvaltningen')
    d.add_paragraph('2025-09-10')
    d.add_paragraph('Till: Ekonomienheten, Kommunledningskontoret')
    p = d.add_paragraph()
    r = p.add_run('Uppföljning av internkontrollplan 2025 – tertial 1 och tertial 2')
    r.bold = True
    d.add_paragraph(
        'Hej! Vi ber om ursäkt för att uppföljningen per tertial 1 inte kom in i maj. Den blev liggande i samband '
        'med omorganisationen av fritidsavdelningen. Vi skickar därför båda tertialen samtidigt, som två separata '
        'filer i samma format som tidigare.')
    d.add_paragraph(
        'Observera att T2-filen är en kopia av T1-filen där vi har lagt till en kolumn för status T2. '
        'Ett kontrollmoment har gått över till Serviceförvaltningen den 1 juli och är därför markerat som utgått.')
    d.add_paragraph('Bilagor:')
    d.add_paragraph('KFN_Internkontroll_T1_2025.ods', style='List Bullet')
    d.add_paragraph('KFN_Internkontroll_T2_2025.ods', style='List Bullet')
    d.add_paragraph('Hör av er om något är oklart.')
    d.add_paragraph('Med vänlig hälsning')
    d.add_paragraph('Jonas Lindahl\nAdministrativ chef, Kultur- och fritidsförvaltningen\n0480-45 00 00')
    d.save(fil)
    FILES.append((fil, 'AVVISAD', '', '', ''))


def write_csvs():
    reg = [
        ('Kommunstyrelsen', 'KS|Kommunledningskontoret|KLK'),
        ('Servicenämnden', 'Serviceförvaltningen|ServN'),
        ('Samhällsbyggnadsnämnden', 'SBN|Samhällsbyggnadskontoret|SBK'),
        ('Kultur- och fritidsnämnden', 'KFN|Kultur- och fritidsförvaltningen|KFF'),
        ('Barn- och ungdomsnämnden', 'BUN|Barn- och ungdomsförvaltningen|BUF'),
        ('Socialnämnden', 'SN|SOC|Socialförvaltningen'),
        ('Omsorgsnämnden', 'ON|OMS|Omsorgsförvaltningen'),
        ('Miljönämnden', 'MN|Miljöförvaltningen'),
        ('Kalmar Vatten AB', 'Kalmar Vatten|KVAB'),
        ('Kalmarhem AB', 'Kalmarhem'),
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
            f.write(';'.join(row) + '\n')


def main():
    clean_old()
    f1_servicenamnden()
    f2_kalmar_vatten()
    f3_sbn()
    f4_kfn_t1()
    f5_kfn_t2()
    f6_bun()
    f7_stratsys()
    f8_miljo()
    f9_foljebrev()
    write_csvs()
    print('files:', len({r[0] for r in FILES}), 'files.csv rows:', len(FILES), 'controls:', len(EXPECTED))


if __name__ == '__main__':
    main()
