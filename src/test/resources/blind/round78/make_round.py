#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 78 – Umeå kommun (Västerbotten), helår 2025.
Builds all follow-up files plus namnder.csv, files.csv and expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import os
import glob
import shutil
import subprocess
import tempfile

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

import openpyxl
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, TableColumnProperties,
                       TableCellProperties, ParagraphProperties, TableProperties)
from odf.text import H, P
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

# ---------------------------------------------------------------- clean
KEEP = {'make_round.py', 'README.md'}
for f in os.listdir(HERE):
    if f not in KEEP and os.path.isfile(f):
        os.remove(f)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert ';' not in km and '\n' not in km, km
    assert status in ('GENOMFORD', 'DELVIS', 'EJ_GENOMFORD', 'UTGAR', 'SAKNAS', 'OKLAR')
    assert avv in ('ja', 'nej')
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- docx helpers
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ('left_margin', 'right_margin'):
        setattr(s, side, Cm(1.8))
    s.top_margin = s.bottom_margin = Cm(1.8)


def base_font(doc, name='Calibri', size=10):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)


def set_cell(cell, text, bold=False, size=None):
    """Write text (\n = new paragraph) into a cell, replacing old content."""
    lines = text.split('\n') if text else ['']
    cell.text = ''
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trPr.append(el)


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


# ======================================================================
# 1. Äldrenämnden – two-row header merged across and down, tick columns
# ======================================================================
def file_aldre():
    fil = 'Äldrenämnden uppföljning internkontrollplan helår 2025.docx'
    nam = 'Äldrenämnden'
    doc = Document()
    landscape(doc)
    base_font(doc)
    doc.add_paragraph('UMEÅ KOMMUN\nÄldreomsorgen – Verksamhetsstöd')
    doc.add_heading('Uppföljning av internkontrollplan 2025 – helår', level=1)
    doc.add_paragraph('Dnr ÄN-2025/00087. Handläggare: Maria Öhman, verksamhetscontroller. '
                      'Ärendet behandlas i äldrenämnden 2026-01-28.')
    doc.add_heading('Sammanfattning', level=2)
    doc.add_paragraph(
        'Äldrenämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 14). Planen omfattar '
        'nio kontrollmoment inom tre områden. Vid årets slut har fyra kontrollmoment genomförts fullt ut, '
        'ett har genomförts delvis och två har inte genomförts. Avvikelser har noterats inom '
        'fakturahantering, genomförandeplaner och rehabiliteringsprocessen. Förvaltningen bedömer att '
        'den interna kontrollen i huvudsak är tillräcklig men att dokumentationen i verksamheterna '
        'behöver stärkas.')
    doc.add_paragraph('Markera med X i den kolumn som motsvarar utfallet för helåret.')

    rows = [
        ('G', '1. Ekonomi och inköp'),
        ('C', '1.1', 'Fakturahantering – risk för betalning utan avtalsstöd',
         'Stickprov av 20 leverantörsfakturor per kvartal mot avtal och beställning',
         'G', 'Fyra fakturor saknade beställningsreferens och en faktura avsåg leverantör utan avtal. '
              'Återkopplat till berörda enhetschefer.', 'GENOMFORD', 'ja'),
        ('C', '1.2', 'Attest – risk för attest utan behörighet',
         'Kontroll att attestförteckningen är uppdaterad efter organisationsförändringar',
         'G', 'Attestförteckningen uppdaterades i mars och september. Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('C', '1.3', 'Inköp – risk för köp över direktupphandlingsgränsen',
         'Kontroll av att inköp över direktupphandlingsgränsen har föregåtts av upphandling',
         'D', 'Genomgång gjord för hemtjänstområde Nord och Centrum. Övriga områden granskas under kvartal 1 2026.',
         'DELVIS', 'nej'),
        ('G', '2. Vård och omsorg'),
        ('C', '2.1', 'Dokumentation – risk att insatser inte motsvarar behov',
         'Granskning av 15 genomförandeplaner per särskilt boende avseende aktualitet (uppdaterade senaste sex månaderna)',
         'G', '11 av 75 granskade planer var inte uppdaterade inom sex månader. Handlingsplan behandlad i ledningsgruppen 2025-11-12.',
         'GENOMFORD', 'ja'),
        ('C', '2.2', 'Läkemedel – risk för felaktig läkemedelshantering',
         'Kontroll att läkemedelsavvikelser registreras i avvikelsesystemet och analyseras av MAS',
         'E', 'Kontrollen har inte kunnat genomföras på grund av vakans som MAS under hösten.',
         'EJ_GENOMFORD', 'nej'),
        ('C', '2.3', 'Hemtjänst – risk för felaktig debitering och ersättning',
         'Uppföljning av beviljad tid mot utförd tid i hemtjänsten (TES-data), två mätperioder',
         '', 'Kontrollen har inte genomförts under 2025 och flyttas till internkontrollplan 2026.',
         'EJ_GENOMFORD', 'nej'),
        ('C', '2.4', 'Trygghetslarm – risk att larm inte besvaras',
         'Kontroll av att larm på särskilda boenden besvaras inom tio minuter',
         'GD', 'Mätning gjord på åtta av tolv boenden.', 'OKLAR', 'nej'),
        ('G', '3. Personal och arbetsmiljö'),
        ('C', '3.1', 'Kompetens – risk för bristande introduktion',
         'Kontroll att introduktionschecklista har upprättats för nyanställda undersköterskor (stickprov 20)',
         '', '', 'SAKNAS', 'nej'),
        ('C', '3.2', 'Sjukfrånvaro – risk för sen rehabilitering',
         'Uppföljning av rehabiliteringsärenden enligt rutin för tidiga signaler',
         'G', 'Rehabiliteringsärende påbörjades inom 14 dagar i 88 % av fallen. Målet är 100 %, '
              'tre enheter har fått stöd från HR.', 'GENOMFORD', 'ja'),
    ]
    ncol = 7
    t = doc.add_table(rows=2, cols=ncol)
    t.style = 'Table Grid'
    # header row 1 / row 2, merged down and across
    for c, txt in ((0, 'Nr'), (1, 'Process / risk'), (2, 'Kontrollmoment'), (6, 'Kommentar / iakttagelser')):
        m = t.cell(0, c).merge(t.cell(1, c))
        set_cell(m, txt, bold=True)
        shade(m, 'D9E2F3')
    m = t.cell(0, 3).merge(t.cell(0, 5))
    set_cell(m, 'Utfall helår 2025', bold=True)
    shade(m, 'D9E2F3')
    for c, txt in ((3, 'Genomförd'), (4, 'Delvis'), (5, 'Ej genomförd')):
        set_cell(t.cell(1, c), txt, bold=True, size=8)
        shade(t.cell(1, c), 'D9E2F3')
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for r in rows:
        row = t.add_row()
        if r[0] == 'G':
            m = row.cells[0].merge(row.cells[ncol - 1])
            set_cell(m, r[1], bold=True)
            shade(m, 'F2F2F2')
            continue
        _, nr, proc, km, tick, kom, st, avv = r
        set_cell(row.cells[0], nr)
        set_cell(row.cells[1], proc)
        set_cell(row.cells[2], km)
        for c, k in ((3, 'G'), (4, 'D'), (5, 'E')):
            set_cell(row.cells[c], 'X' if k in tick else '')
        set_cell(row.cells[6], kom)
        exp(fil, nam, km, st, avv)
    widths(t, [1.2, 4.5, 6.5, 1.8, 1.6, 1.8, 8.5])
    doc.add_paragraph()
    doc.add_paragraph('Umeå 2026-01-14')
    doc.add_paragraph('Anna Lindqvist\nFörvaltningschef, Äldreomsorgen')
    doc.save(fil)
    FILES.append((fil, 'INLAST', nam, '2025', 'HELAR'))


# ======================================================================
# 2. Individ- och familjenämnden – gridSpan rows
# ======================================================================
def file_ifn():
    fil = 'IFN Uppföljning IKP 2025 helår.docx'
    nam = 'Individ- och familjenämnden'
    doc = Document()
    landscape(doc)
    base_font(doc, 'Arial', 9)
    doc.add_heading('Individ- och familjenämnden', level=1)
    doc.add_paragraph('Uppföljning av intern kontroll – helårsrapport 2025').runs[0].bold = True
    doc.add_paragraph('Individ- och familjeomsorgen, Umeå kommun. Rapporten avser perioden 2025-01-01 – 2025-12-31 '
                      'och lämnas till nämndens sammanträde i februari 2026.')
    doc.add_paragraph('Statusbegrepp: Genomförd, Genomförd med anmärkning, Pågår, Ej genomförd, Ej aktuell.')
    ncol = 6
    t = doc.add_table(rows=1, cols=ncol)
    t.style = 'Table Grid'
    for c, txt in enumerate(['Nr', 'Kontrollmoment', 'Metod / ansvarig', 'Resultat helår 2025', 'Status', 'Åtgärd']):
        set_cell(t.cell(0, c), txt, bold=True)
        shade(t.cell(0, c), 'C5E0B3')
    repeat_header(t.rows[0])

    # kinds: G = process row spanning all; C = normal; S = result spans Resultat+Status;
    #        W = one cell spans Metod..Åtgärd
    rows = [
        ('G', 'Process: Ekonomiskt bistånd'),
        ('C', '1.1', 'Stickprov av 25 utbetalningar av ekonomiskt bistånd mot beslut och underlag',
         'Stickprov per kvartal. Ansvarig: enhetschef försörjningsstöd',
         'Två utbetalningar saknade underlag för hyreskostnad. Återkrav har upprättats i ett ärende.',
         'Genomförd med anmärkning', 'Påminnelse om dokumentationskrav på APT i december.', 'GENOMFORD', 'ja'),
        ('S', '1.2', 'Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen',
         'Stickprov 30 beslut, helår. Ansvarig: verksamhetsutvecklare',
         'Kontrollen är genomförd. Samtliga 30 granskade beslut var fattade av behörig delegat enligt gällande delegationsordning.',
         'Ingen åtgärd.', 'GENOMFORD', 'nej'),
        ('G', 'Process: Barn och unga – myndighetsutövning'),
        ('C', '2.1', 'Kontroll att förhandsbedömning görs inom 14 dagar för inkomna anmälningar (stickprov 30)',
         'Utdrag ur verksamhetssystemet T2 och T3. Ansvarig: enhetschef mottagning',
         '27 av 30 förhandsbedömningar gjordes inom 14 dagar. Tre överskred tiden med 2–5 dagar.',
         'Genomförd', 'Bemanningen på mottagningen förstärkt från oktober.', 'GENOMFORD', 'ja'),
        ('C', '2.2', 'Kontroll av att utredningar avslutas inom fyra månader enligt SoL 11 kap. 2 §',
         'Utdrag alla avslutade utredningar. Ansvarig: kvalitetsutvecklare',
         'Uppföljningen pågår. Data för andra halvåret tas ut i januari.',
         'Pågår', 'Redovisas i mars 2026.', 'DELVIS', 'nej'),
        ('C', '2.3', 'Granskning av att placerade barn har utsedd socialsekreterare och besöks minst fyra gånger per år',
         'Genomgång av samtliga placeringar. Ansvarig: enhetschef placering',
         'Kontrollen prioriterades bort på grund av hög ärendebelastning under hösten.',
         'Ej genomförd', 'Läggs in i plan 2026.', 'EJ_GENOMFORD', 'nej'),
        ('G', 'Process: Informationssäkerhet'),
        ('W', '3.1', 'Logggranskning av åtkomst till skyddade personuppgifter i verksamhetssystemet, tio stickprov per månad',
         'Se bilaga 2', 'OKLAR', 'nej'),
        ('C', '3.2', 'Kontroll att behörigheter i verksamhetssystemet avslutas vid avslutad anställning',
         'Avstämning mot Heroma. Ansvarig: systemförvaltare',
         'Samtliga 14 avslutade anställningar kontrollerade. Behörigheten var borttagen inom fem dagar.',
         'Klar', '', 'GENOMFORD', 'nej'),
        ('C', '3.3', 'Kontroll av att sekretessförbindelse finns för praktikanter och konsulter',
         'Genomgång av personalakter. Ansvarig: HR-partner',
         'Inga praktikanter eller konsulter har anlitats under 2025.',
         'Ej aktuell', '', 'UTGAR', 'nej'),
    ]
    for r in rows:
        row = t.add_row()
        kind = r[0]
        if kind == 'G':
            m = row.cells[0].merge(row.cells[ncol - 1])
            set_cell(m, r[1], bold=True)
            shade(m, 'E2EFD9')
            continue
        if kind == 'C':
            _, nr, km, met, res, st_txt, atg, st, avv = r
            for c, v in enumerate([nr, km, met, res, st_txt, atg]):
                set_cell(row.cells[c], v)
        elif kind == 'S':
            _, nr, km, met, res, atg, st, avv = r
            set_cell(row.cells[0], nr)
            set_cell(row.cells[1], km)
            set_cell(row.cells[2], met)
            m = row.cells[3].merge(row.cells[4])
            set_cell(m, res)
            set_cell(row.cells[5], atg)
        elif kind == 'W':
            _, nr, km, txt, st, avv = r
            set_cell(row.cells[0], nr)
            set_cell(row.cells[1], km)
            m = row.cells[2].merge(row.cells[5])
            set_cell(m, txt)
        exp(fil, nam, km, st, avv)
    widths(t, [1.0, 6.5, 4.5, 7.5, 2.6, 4.0])
    doc.add_paragraph()
    doc.add_heading('Nämndens samlade bedömning', level=2)
    doc.add_paragraph('Den interna kontrollen bedöms som tillräcklig. Kontrollmoment 2.3 och 3.1 följs särskilt upp '
                      'under 2026.')
    doc.add_paragraph('Bilaga 2: Logggranskning 2025 (lämnas separat, sekretess).')
    doc.save(fil)
    FILES.append((fil, 'INLAST', nam, '2025', 'HELAR'))


# ======================================================================
# 3. Fritidsnämnden – status column leftmost, colours + words, process merged down
# ======================================================================
GREEN, YELLOW, RED = '92D050', 'FFFF00', 'FF0000'


def file_fritid():
    fil = 'Fritidsnämnden - uppföljning internkontroll 2025 (helår).docx'
    nam = 'Fritidsnämnden'
    doc = Document()
    landscape(doc)
    base_font(doc, 'Calibri', 10)
    doc.add_paragraph('Fritid Umeå').runs[0].bold = True
    doc.add_heading('Internkontroll 2025 – uppföljning helår', level=1)
    doc.add_paragraph('Fritidsnämnden, sammanträde 2026-02-05. Ansvarig tjänsteperson: Jonas Berglund, '
                      'administrativ chef.')
    doc.add_paragraph('Statusfärg: grön = genomförd, gul = delvis genomförd/pågår, röd = ej genomförd. '
                      'Statusen avser läget per 31 december 2025.')
    # (process, status word, fill, kontrollmoment, resultat, åtgärd, expected, avv)
    rows = [
        ('Bokning och uthyrning', 'Genomförd', GREEN,
         'Stickprov av 20 bokningar i bokningssystemet mot fakturerade avgifter för idrottshallar',
         'Tre bokningar hade fakturerats med ungdomstaxa i stället för vuxentaxa. Mellanskillnaden är fakturerad.',
         'Kundtjänst har fått förtydligad instruktion.', 'GENOMFORD', 'ja'),
        ('Bokning och uthyrning', 'Pågår', YELLOW,
         'Kontroll att avbokningar senare än 14 dagar före nyttjande debiteras enligt taxa',
         'Rutinen ses över tillsammans med kundtjänst, stickprov för hösten återstår.',
         'Klart mars 2026.', 'DELVIS', 'nej'),
        ('Föreningsbidrag', '', GREEN,
         'Kontroll av att föreningar som beviljats aktivitetsstöd har lämnat in verksamhetsberättelse och årsbokslut',
         'Samtliga 112 föreningar har lämnat in handlingarna.', '', 'GENOMFORD', 'nej'),
        ('Föreningsbidrag', 'Ej genomförd', RED,
         'Stickprov av tio ansökningar om aktivitetsstöd mot närvarolistor',
         'Stickprovet påbörjades men slutfördes inte. Två föreningar hade avvikande närvarorapportering.',
         'Föreningskonsulent kontaktar föreningarna.', 'EJ_GENOMFORD', 'ja'),
        ('Anläggningar och säkerhet', 'Genomförd', GREEN,
         'Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga bad- och sporthallar',
         'Genomfört på samtliga nio anläggningar. Brister i dokumentationen på Gammliahallen.',
         'Ny SBA-pärm upprättad, uppföljning januari 2026.', 'GENOMFORD', 'ja'),
        ('Anläggningar och säkerhet', 'Utgår', None,
         'Kontroll av att badvattenprover tas enligt egenkontrollprogrammet på inomhusbaden',
         'Egenkontrollen följs från 2025 upp av fastighetsägaren.', '', 'UTGAR', 'nej'),
        ('Personal', '', None,
         'Kontroll att utdrag ur belastningsregistret har uppvisats för timanställda som arbetar med barn',
         '', '', 'SAKNAS', 'nej'),
        ('Personal', '?', None,
         'Stickprov av 15 tidrapporter för timanställda mot schema',
         'Underlag från lönesystemet är inte sammanställt.', '', 'OKLAR', 'nej'),
    ]
    ncol = 5
    t = doc.add_table(rows=1, cols=ncol)
    t.style = 'Table Grid'
    for c, txt in enumerate(['Status', 'Process', 'Kontrollmoment', 'Resultat och iakttagelser', 'Åtgärder / kommentar']):
        set_cell(t.cell(0, c), txt, bold=True)
        shade(t.cell(0, c), 'BDD7EE')
    start = {}
    for i, r in enumerate(rows):
        proc, stw, fill, km, res, atg, st, avv = r
        row = t.add_row()
        set_cell(row.cells[0], stw, bold=True)
        if fill:
            shade(row.cells[0], fill)
        set_cell(row.cells[1], proc)
        set_cell(row.cells[2], km)
        set_cell(row.cells[3], res)
        set_cell(row.cells[4], atg)
        start.setdefault(proc, []).append(i + 1)
        exp(fil, nam, km, st, avv)
    # merge process cells down
    for proc, idx in start.items():
        if len(idx) > 1:
            m = t.cell(idx[0], 1).merge(t.cell(idx[-1], 1))
            set_cell(m, proc)
    widths(t, [2.4, 3.6, 7.5, 8.0, 4.5])
    doc.add_paragraph()
    doc.add_paragraph('Samtliga kontrollmoment har följts upp av förvaltningens ledningsgrupp 2026-01-20.')
    doc.save(fil)
    FILES.append((fil, 'INLAST', nam, '2025', 'HELAR'))


# ======================================================================
# 4. Gymnasienämnden – adopted plan table (no statuses) then follow-up table
# ======================================================================
def file_gyn():
    fil = 'GYN_Internkontrollplan_2025_med_uppföljning.docx'
    nam = 'Gymnasienämnden'
    doc = Document()
    landscape(doc)
    base_font(doc, 'Calibri', 10)
    ctrls = [
        # (process, risk, riskvärde, km, metod, frekvens, ansvarig, resultat, avvikelse-kolumn, status, expected, avv)
        ('Betyg och bedömning', 'Betyg registreras felaktigt eller för sent', '12',
         'Kontroll av att betygskatalogen har signerats av ansvarig lärare inom fastställd tid',
         'Systemutdrag', 'Per termin', 'Rektor',
         'Samtliga betygskataloger signerades i tid vid VT- och HT-avslut.', 'Nej', 'Genomförd', 'GENOMFORD', 'nej'),
        ('Ekonomi', 'Felaktig interkommunal ersättning', '9',
         'Stickprov av 20 fakturor avseende interkommunal ersättning (IKE) mot elevregistret',
         'Stickprov', 'Två gånger per år', 'Controller',
         'Två fakturor avsåg elever som flyttat från kommunen. Kreditering begärd och erhållen.', 'Ja', 'Genomförd',
         'GENOMFORD', 'ja'),
        ('Elevadministration', 'Felaktigt studiestöd utbetalas', '8',
         'Kontroll av att ogiltig frånvaro över 20 % rapporteras till CSN enligt rutin',
         'Stickprov 20 elever', 'Per termin', 'Skoladministratör',
         'Rapporteringen för HT är kontrollerad utan anmärkning. VT-rapporteringen har inte kontrollerats.', 'Nej',
         'Delvis', 'DELVIS', 'nej'),
        ('Dataskydd', 'Personuppgifter hanteras i strid med GDPR', '12',
         'Kontroll av att elevers personuppgifter i digitala lärplattformar hanteras enligt dataskyddsrutin',
         'Intervju och stickprov', 'En gång per år', 'Dataskyddssamordnare',
         '', '', 'Ej påbörjad', 'EJ_GENOMFORD', 'nej'),
        ('Elevhälsa och stöd', 'Elever får inte det stöd de har rätt till', '12',
         'Uppföljning av att extra anpassningar och särskilt stöd dokumenteras i elevhälsosystemet',
         'Stickprov 10 elever per skola', 'En gång per år', 'Elevhälsochef',
         'Kontrollen har genomförts på samtliga skolor. Brister i dokumentationen på introduktionsprogrammen.',
         'Ja', '', 'GENOMFORD', 'ja'),
        ('Inköp', 'Inköp utanför avtal', '6',
         'Kontroll av att inköp av datorer och kringutrustning sker via avtalad leverantör',
         'Leverantörsreskontra', 'En gång per år', 'IT-samordnare',
         'Inga avvikelser.', 'Nej', 'Klar', 'GENOMFORD', 'nej'),
        ('Skolskjuts', 'Busskort används efter avslutade studier', '4',
         'Kontroll av att elevbusskort spärras när elev avslutar sina studier',
         'Avstämning mot elevregistret', 'Per termin', 'Skoladministratör',
         '', '', 'Se kommentar', 'OKLAR', 'nej'),
    ]
    doc.add_heading('Internkontrollplan 2025 – Gymnasienämnden', level=1)
    doc.add_paragraph('Antagen av gymnasienämnden 2025-02-12, § 9. Dnr GYN-2025/00031.')
    doc.add_paragraph('Planen bygger på nämndens risk- och väsentlighetsanalys. Riskvärde = sannolikhet × konsekvens '
                      '(skala 1–16). Risker med riskvärde 4 eller högre har förts in i planen.')
    t = doc.add_table(rows=1, cols=7)
    t.style = 'Table Grid'
    for c, txt in enumerate(['Process', 'Risk', 'Riskvärde', 'Kontrollmoment', 'Metod', 'Frekvens', 'Ansvarig']):
        set_cell(t.cell(0, c), txt, bold=True)
        shade(t.cell(0, c), 'FBE4D5')
    for c in ctrls:
        row = t.add_row()
        for i, v in enumerate(c[:7]):
            set_cell(row.cells[i], v)
    widths(t, [3.2, 4.5, 1.6, 7.0, 3.2, 2.6, 3.2])

    doc.add_paragraph()
    doc.add_heading('Uppföljning helår 2025', level=1)
    doc.add_paragraph('Uppföljningen har sammanställts av gymnasieförvaltningens ekonomi- och kvalitetsenhet och '
                      'redovisas för gymnasienämnden 2026-02-11. Kolumnen Avvikelse anger om kontrollen visat '
                      'avvikelse från rutin.')
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = 'Table Grid'
    for c, txt in enumerate(['Kontrollmoment', 'Resultat helår', 'Avvikelse', 'Status']):
        set_cell(t2.cell(0, c), txt, bold=True)
        shade(t2.cell(0, c), 'FBE4D5')
    for c in ctrls:
        row = t2.add_row()
        set_cell(row.cells[0], c[3])
        set_cell(row.cells[1], c[7])
        set_cell(row.cells[2], c[8])
        set_cell(row.cells[3], c[9])
        exp(fil, nam, c[3], c[10], c[11])
    widths(t2, [8.5, 11.0, 2.2, 3.0])
    doc.add_paragraph()
    doc.add_paragraph('Gymnasieförvaltningen, 2026-01-22\nKarin Sjöberg, ekonomichef')
    doc.save(fil)
    FILES.append((fil, 'INLAST', nam, '2025', 'HELAR'))


# ======================================================================
# 5. Byggnadsnämnden – table continued after page break without header, JA/NEJ/DELVIS
# ======================================================================
BN_FILE = 'Byggnadsnämnden uppföljning internkontroll 2025.docx'


def file_bn():
    fil = BN_FILE
    nam = 'Byggnadsnämnden'
    doc = Document()
    landscape(doc)
    base_font(doc, 'Times New Roman', 10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = 'UMEÅ KOMMUN – Byggnadsnämnden\tUppföljning internkontroll 2025'
    doc.add_heading('Uppföljning av byggnadsnämndens internkontrollplan 2025', level=1)
    doc.add_paragraph('Helårsuppföljning per 2025-12-31. Uppföljningen visar om respektive kontroll genomförts enligt '
                      'plan samt vilka iakttagelser och åtgärder som gjorts.')
    part1 = [
        ('1', 'Bygglov', 'Kontroll att beslut om bygglov fattas inom lagstadgad handläggningstid (10 veckor), stickprov 30 ärenden',
         'JA', '28 av 30 ärenden avgjordes inom tiden. Två ärenden hade förlängd handläggningstid utan beslut om förlängning.',
         'Rutin för förlängningsbeslut förtydligad.', 'GENOMFORD', 'ja'),
        ('2', 'Bygglov', 'Kontroll av att avgift för bygglov debiteras enligt gällande taxa, stickprov 20 ärenden',
         'JA', 'Inga avvikelser.', '', 'GENOMFORD', 'nej'),
        ('3', 'Delegation', 'Kontroll att delegationsbeslut anmäls till nämnden',
         'DELVIS', 'Kontroll gjord för januari–oktober utan anmärkning. November och december kontrolleras i februari 2026.', '',
         'DELVIS', 'nej'),
        ('4', 'Tillsyn', 'Uppföljning av att ärenden om olovligt byggande påbörjas inom fyra veckor från anmälan',
         'NEJ', 'Kontrollen genomfördes inte på grund av personalbrist på tillsynsenheten.', 'Flyttas till 2026.',
         'EJ_GENOMFORD', 'nej'),
        ('5', 'Tillsyn', 'Kontroll av att OVK-protokoll med anmärkning följs upp',
         'JA', '12 protokoll med anmärkning saknar uppföljning från fastighetsägaren.', 'Förelägganden förbereds.',
         'GENOMFORD', 'ja'),
    ]
    part2 = [
        ('6', 'Kart och mät', 'Kontroll av att beställningar av nybyggnadskartor faktureras',
         'JA', 'Samtliga 64 beställningar är fakturerade.', '', 'GENOMFORD', 'nej'),
        ('7', 'Dokumenthantering', 'Kontroll att inkomna handlingar diarieförs i ärendesystemet inom tre arbetsdagar',
         '', 'Stickprov på 40 handlingar. Samtliga var diarieförda inom tre arbetsdagar. Kontrollen är genomförd.', '',
         'GENOMFORD', 'nej'),
        ('8', 'Dokumenthantering', 'Kontroll att tekniskt samråd och slutsamråd dokumenteras enligt mall',
         'NEJ', 'Mallen har inte reviderats och kontrollen har därför inte gjorts.', 'Skjuts till 2026.',
         'EJ_GENOMFORD', 'nej'),
        ('9', 'Bygglov', 'Kontroll av att startbesked inte lämnas innan kontrollplan har fastställts',
         '', '', '', 'SAKNAS', 'nej'),
        ('10', 'Strandskydd', 'Stickprov av tio ärenden om strandskyddsdispens avseende motivering av särskilda skäl',
         'DELVIS', 'Fem av tio ärenden granskade, inga brister hittills.', 'Resterande granskas i januari.',
         'DELVIS', 'nej'),
    ]
    head = ['Nr', 'Process', 'Kontrollmoment', 'Genomförd enligt plan?', 'Iakttagelser / avvikelser', 'Åtgärd / kommentar']
    w = [1.0, 3.0, 8.0, 2.6, 7.5, 4.0]

    def fill(t, part):
        for r in part:
            row = t.add_row()
            for i, v in enumerate(r[:6]):
                set_cell(row.cells[i], v, bold=(i == 3))
            exp(fil, nam, r[2], r[6], r[7])

    t = doc.add_table(rows=1, cols=6)
    t.style = 'Table Grid'
    for c, txt in enumerate(head):
        set_cell(t.cell(0, c), txt, bold=True)
        shade(t.cell(0, c), 'D9D9D9')
    fill(t, part1)
    widths(t, w)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    t2 = doc.add_table(rows=0, cols=6)
    t2.style = 'Table Grid'
    fill(t2, part2)
    widths(t2, w)
    doc.add_paragraph()
    doc.add_paragraph('Byggnadsnämnden bedömer att den interna kontrollen för 2025 i huvudsak har fungerat. '
                      'Kontrollmoment som inte genomförts förs över till internkontrollplan 2026.')
    doc.add_paragraph('Per Nordin, stadsbyggnadsdirektör')
    doc.save(fil)
    FILES.append((fil, 'INLAST', nam, '2025', 'HELAR'))


# ======================================================================
# 6. Tekniska nämnden – xlsx, Delår | Helår side by side, colour fills with legend
# ======================================================================
def fillc(hexc):
    return PatternFill(fill_type='solid', start_color='FF' + hexc, end_color='FF' + hexc)


def file_tn():
    fil = 'Tekniska nämnden IK uppföljning 2025.xlsx'
    nam = 'Tekniska nämnden'
    G, Y, R, GR = '00B050', 'FFC000', 'FF0000', 'A6A6A6'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Uppföljning 2025'
    thin = Side(style='thin', color='FF808080')
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'Tekniska förvaltningen'
    ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Uppföljning internkontrollplan 2025 – delår (31 augusti) och helår'
    ws['A2'].font = Font(bold=True, size=12)
    ws['A3'] = 'Upprättad 2026-01-19 av Lena Holmström, controller'
    head = ['Process', 'Kontrollmoment', 'Ansvarig', 'Status delår', 'Kommentar delår', 'Status helår', 'Kommentar helår']
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color='FFFFFFFF')
        cell.fill = fillc('305496')
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical='center')
    # (group or control) control: (km, ansvarig, delår fill, delår text, delår kommentar, helår fill, helår text, helår kommentar, exp, avv)
    data = [
        ('G', 'Gator och parker'),
        ('C', 'Stickprov av 15 fakturor från entreprenörer för vinterväghållning mot avtal och körjournaler', 'Driftchef',
         Y, None, 'Stickprov för januari–mars klart.', G, None,
         'Två fakturor hade felaktig à-prisnivå. Kreditering mottagen i oktober.', 'GENOMFORD', 'ja'),
        ('C', 'Kontroll att schakttillstånd finns för pågående grävarbeten (stickprov 10 platser)', 'Trafikingenjör',
         G, None, 'Tio platser kontrollerade i juni, samtliga hade giltigt tillstånd.', None, None, None,
         'GENOMFORD', 'nej'),
        ('C', 'Kontroll av att besiktning av lekplatser genomförs enligt SS-EN 1176', 'Parkchef',
         Y, None, 'Funktionsbesiktning pågår.', R, None,
         'Upphandling av besiktningsfirma försenad. Huvudbesiktningen flyttad till våren 2026.', 'EJ_GENOMFORD', 'nej'),
        ('G', 'Lokalförsörjning'),
        ('C', 'Kontroll att hyresavtal för externt inhyrda lokaler har korrekt indexuppräkning', 'Lokalstrateg',
         None, None, None, G, None, 'Samtliga 38 avtal kontrollerade mot KPI-uppräkning.', 'GENOMFORD', 'nej'),
        ('C', 'Kontroll av att energiuppföljning sker månadsvis för de 20 största fastigheterna', 'Energicontroller',
         Y, None, 'Uppföljning görs för 14 fastigheter.', Y, None,
         'Månadsuppföljning sker för 16 av 20 fastigheter, resterande läggs in under 2026.',
         'DELVIS', 'nej'),
        ('G', 'Fordon och maskiner'),
        ('C', 'Kontroll av körjournaler för kommunens fordon, stickprov tio fordon per halvår', 'Fordonssamordnare',
         G, None, 'Inga avvikelser första halvåret.', GR, None,
         'Utgår från andra halvåret enligt beslut i TN 2025-09-17 § 88, kontrollen flyttad till kommunstyrelsen.',
         'UTGAR', 'nej'),
        ('C', 'Inventering av drivmedelskort mot aktiva fordon', 'Fordonssamordnare',
         R, None, 'Ej påbörjad.', None, None,
         'Genomförd i november. Tre kort som saknade fordon har spärrats.', 'GENOMFORD', 'ja'),
        ('G', 'Inköp och ekonomi'),
        ('C', 'Kontroll att direktupphandlingar över 100 tkr dokumenteras enligt riktlinje', 'Inköpssamordnare',
         None, None, None, None, None, None, 'SAKNAS', 'nej'),
        ('C', 'Kontroll av att beslutsattestant inte attesterar egna utlägg eller kostnader', 'Controller',
         G, None, 'Stickprov 25 verifikationer utan anmärkning.', None, '?', None, 'OKLAR', 'nej'),
    ]
    r = 6
    n = 0
    for d in data:
        if d[0] == 'G':
            ws.cell(row=r, column=1, value=d[1]).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = fillc('D9E1F2')
                ws.cell(row=r, column=c).border = border
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            proc = d[1]
            r += 1
            continue
        _, km, ans, dfill, dtxt, dkom, hfill, htxt, hkom, st, avv = d
        vals = [proc, km, ans, dtxt, dkom, htxt, hkom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical='top')
        if dfill:
            ws.cell(row=r, column=4).fill = fillc(dfill)
        if hfill:
            ws.cell(row=r, column=6).fill = fillc(hfill)
        exp(fil, nam, km, st, avv)
        n += 1
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Antal kontrollmoment: %d' % n).font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value='Teckenförklaring').font = Font(bold=True)
    for col, txt in ((G, 'Genomförd'), (Y, 'Påbörjad / delvis genomförd'), (R, 'Ej genomförd'), (GR, 'Utgår')):
        r += 1
        ws.cell(row=r, column=1).fill = fillc(col)
        ws.cell(row=r, column=1).border = border
        ws.cell(row=r, column=2, value=txt)
    for col, wdt in zip('ABCDEFG', (20, 55, 18, 12, 36, 12, 45)):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = 'A6'
    wb.save(fil)
    FILES.append((fil, 'INLAST', nam, '2025', 'HELAR'))


# ======================================================================
# 7. Kulturnämnden – .xls (via soffice), number codes with legend, Status 2024 | Status 2025
# ======================================================================
def file_kn():
    fil = 'Kulturnämnden_IKP_2025.xls'
    nam = 'Kulturnämnden'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'IKP 2025'
    ws['A1'] = 'Kulturnämnden – internkontrollplan 2025, uppföljning helår'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Kulturförvaltningen, Umeå kommun. Kontrollmoment som fanns i 2024 års plan redovisas med båda årens status.'
    ws['A4'] = 'Statuskoder:'
    ws['A4'].font = Font(bold=True)
    ws['B4'] = '1 = Genomförd   2 = Delvis genomförd   3 = Ej genomförd   4 = Utgår'
    head = ['Nr', 'Område', 'Kontrollmoment', 'Kontrollansvarig', 'Status 2024', 'Status 2025', 'Resultat / kommentar 2025']
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fillc('E2EFDA')
    data = [
        ('Bidrag', 'Stickprov av 20 utbetalda kulturbidrag mot beslut och redovisning', 'Bidragshandläggare',
         1, 1, 'Tre föreningar har inte lämnat redovisning i tid, påminnelse skickad. Ett återkrav.', 'GENOMFORD', 'ja'),
        ('Kassor', 'Kontroll av kassaredovisning i Väven (entré- och biljettintäkter) mot dagsrapporter',
         'Enhetschef publik verksamhet', 2, 1, 'Inga differenser över 100 kr.', 'GENOMFORD', 'nej'),
        ('Tillgångar', 'Inventering av konstsamlingen, stickprov 50 verk mot konstregistret', 'Konstintendent',
         3, 2, '30 av 50 verk kontrollerade. Tre verk kunde inte lokaliseras och utreds vidare.', 'DELVIS', 'ja'),
        ('Bibliotek', 'Kontroll att förlorade medier på biblioteken skrivs av och debiteras enligt rutin',
         'Bibliotekschef', 1, None, None, 'SAKNAS', 'nej'),
        ('Evenemang', 'Kontroll av att upphovsrättsliga avtal finns för publika evenemang', 'Producent',
         None, 3, 'Ej genomförd, prioriteras 2026.', 'EJ_GENOMFORD', 'nej'),
        ('Ekonomi', 'Kontroll att representation följer riktlinjerna (stickprov tio verifikationer)', 'Controller',
         1, 5, None, 'OKLAR', 'nej'),
        ('IT och behörigheter', 'Kontroll av att behörigheter i bibliotekssystemet avslutas vid avslutad anställning',
         'Systemförvaltare', None, 4, 'Utgår – hanteras centralt av IT-avdelningen enligt beslut KN 2025-03-19 § 21.',
         'UTGAR', 'nej'),
        ('Styrning', 'Kontroll att barnkonventionen beaktas i beslutsunderlag till nämnden', 'Nämndsekreterare',
         None, None, 'Genomgång av 12 tjänsteskrivelser gjord, samtliga innehöll barnrättsbedömning. Genomförd.',
         'GENOMFORD', 'nej'),
    ]
    r = 7
    for i, d in enumerate(data, 1):
        omr, km, ans, s24, s25, kom, st, avv = d
        for c, v in enumerate([i, omr, km, ans, s24, s25, kom], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical='top')
        exp(fil, nam, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Sammanställt 2026-01-16, Elin Forsberg')
    for col, wdt in zip('ABCDEFG', (5, 16, 55, 22, 11, 11, 55)):
        ws.column_dimensions[col].width = wdt
    ws2 = wb.create_sheet('Instruktion')
    ws2['A1'] = 'Instruktion'
    ws2['A2'] = 'Fyll i statuskod 1–4 i kolumnen Status 2025 och kommentera resultatet. Skicka till ekonomienheten senast 2026-01-20.'
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, 'Kulturnämnden_IKP_2025.xlsx')
    wb.save(src)
    prof = tempfile.mkdtemp()
    subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', 'xls',
                    '--outdir', HERE, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(prof, ignore_errors=True)
    assert os.path.exists(fil)
    FILES.append((fil, 'INLAST', nam, '2025', 'HELAR'))


# ======================================================================
# 8. Miljö- och hälsoskyddsnämnden – .odt, one label/value table per control, ☒/☐
# ======================================================================
def file_mhn():
    fil = 'MHN uppföljning internkontroll 2025.odt'
    nam = 'Miljö- och hälsoskyddsnämnden'
    doc = OpenDocumentText()
    bold = Style(name='Fet', family='text')
    bold.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bold)
    tstyle = Style(name='Tab', family='table')
    tstyle.addElement(TableProperties(width='16cm', align='left'))
    doc.automaticstyles.addElement(tstyle)
    c1 = Style(name='Col1', family='table-column')
    c1.addElement(TableColumnProperties(columnwidth='4.5cm'))
    c2 = Style(name='Col2', family='table-column')
    c2.addElement(TableColumnProperties(columnwidth='11.5cm'))
    doc.automaticstyles.addElement(c1)
    doc.automaticstyles.addElement(c2)
    cs = Style(name='Cell', family='table-cell')
    cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
    doc.automaticstyles.addElement(cs)
    lab = Style(name='Lab', family='table-cell')
    lab.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm', backgroundcolor='#E7E6E6'))
    doc.automaticstyles.addElement(lab)
    bp = Style(name='BoldP', family='paragraph')
    bp.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bp)

    doc.text.addElement(P(text='Miljö- och hälsoskydd, Umeå kommun'))
    doc.text.addElement(H(outlinelevel=1, text='Helårsuppföljning av internkontrollplan 2025'))
    doc.text.addElement(P(text='Miljö- och hälsoskyddsnämnden. Uppföljningen avser kalenderåret 2025 och redovisas '
                                'för nämnden 2026-02-10. Varje kontrollmoment redovisas i en egen tabell. Markera '
                                'status med kryss (☒).'))
    ctrls = [
        ('1. Avgiftsdebitering', 'Kontroll av att tillsynsavgifter debiteras enligt taxa, stickprov 20 ärenden',
         'Administrativ chef', 'G', 'En timavgift hade debiterats enligt 2024 års taxa. Fakturan är korrigerad.',
         'Taxetabellen i ärendesystemet uppdaterad.', 'GENOMFORD', 'ja'),
        ('2. Livsmedelskontroll', 'Kontroll att inspektioner i livsmedelskontrollplanen genomförs enligt plan',
         'Enhetschef livsmedel', 'D', '82 % av planerade kontroller genomförda vid årets slut.',
         'Resterande kontroller prioriteras första kvartalet 2026.', 'DELVIS', 'nej'),
        ('3. Jäv och opartiskhet', 'Kontroll att inspektörer inte handlägger ärenden där jäv föreligger (jävsdeklarationer)',
         'Miljöchef', 'G', 'Samtliga 24 inspektörer har lämnat jävsdeklaration. Inga jävssituationer noterade.',
         '', 'GENOMFORD', 'nej'),
        ('4. Klagomålshantering', 'Kontroll av att klagomål om buller och inomhusmiljö besvaras inom tio arbetsdagar',
         'Enhetschef hälsoskydd', '', '', '', 'SAKNAS', 'nej'),
        ('5. Uppföljning av beslut', 'Kontroll att beslut om föreläggande följs upp med tillsynsbesök',
         'Enhetschef miljöskydd', 'GD', 'Uppföljande besök gjort i 31 av 40 ärenden.', '', 'OKLAR', 'nej'),
        ('6. Information till allmänheten', 'Kontroll av att provsvar för badvatten vid strandbaden publiceras på webben',
         'Kommunikatör', '', 'Kontrollen har inte genomförts. Ansvaret flyttades till ny enhet under året.', '',
         'EJ_GENOMFORD', 'nej'),
        ('7. Delegation', 'Kontroll av att delegationsbeslut anmäls till nämnden månadsvis',
         'Nämndsekreterare', 'E', 'Ej genomförd på grund av byte av ärendesystem.', 'Genomförs 2026.',
         'EJ_GENOMFORD', 'nej'),
    ]
    opts = (('G', 'Genomförd'), ('D', 'Delvis genomförd'), ('E', 'Ej genomförd'))
    for i, (proc, km, ans, tick, res, atg, st, avv) in enumerate(ctrls, 1):
        doc.text.addElement(H(outlinelevel=2, text=proc))
        tab = Table(name='Kontroll%d' % i, stylename=tstyle)
        tab.addElement(TableColumn(stylename=c1))
        tab.addElement(TableColumn(stylename=c2))
        status = '   '.join(('☒ ' if k in tick else '☐ ') + txt for k, txt in opts)
        for label, val in (('Kontrollmoment', km), ('Ansvarig', ans), ('Status', status),
                           ('Resultat / iakttagelser', res), ('Åtgärd', atg)):
            tr = TableRow()
            a = TableCell(stylename=lab, valuetype='string')
            a.addElement(P(stylename=bp, text=label))
            b = TableCell(stylename=cs, valuetype='string')
            b.addElement(P(text=val))
            tr.addElement(a)
            tr.addElement(b)
            tab.addElement(tr)
        doc.text.addElement(tab)
        doc.text.addElement(P(text=''))
        exp(fil, nam, km, st, avv)
    doc.text.addElement(P(text='Umeå den 21 januari 2026'))
    doc.text.addElement(P(text='Sofia Wikström, miljöchef'))
    doc.save(fil)
    FILES.append((fil, 'INLAST', nam, '2025', 'HELAR'))


# ======================================================================
# 9. Word lock file – reject
# ======================================================================
def file_lock():
    fil = '~$' + BN_FILE[2:]
    user = 'Per Nordin'
    b = bytes([len(user)]) + user.encode('latin-1') + b'\x00' * (53 - len(user))
    b += bytes([len(user), 0]) + user.encode('utf-16-le') + b'\x00' * (108 - 2 * len(user))
    b = b[:162].ljust(162, b'\x00')
    with open(fil, 'wb') as f:
        f.write(b)
    FILES.append((fil, 'AVVISAD', '', '', ''))


# ---------------------------------------------------------------- build
file_aldre()
file_ifn()
file_fritid()
file_gyn()
file_bn()
file_tn()
file_kn()
file_mhn()
file_lock()

NAMNDER = [
    ('Kommunstyrelsen', 'KS|Kommunledningsstaben|Stadsledningskontoret'),
    ('Äldrenämnden', 'ÄN|Äldreomsorgen|Äldreomsorgsförvaltningen'),
    ('Individ- och familjenämnden', 'IFN|Individ- och familjeomsorgen|IFO'),
    ('Fritidsnämnden', 'FRN|Fritid Umeå|Fritidsförvaltningen'),
    ('Gymnasienämnden', 'GYN|Gymnasieförvaltningen|Gymnasieskolan'),
    ('Byggnadsnämnden', 'BN|Bygglov Umeå|Stadsbyggnadskontoret'),
    ('Tekniska nämnden', 'TN|Tekniska förvaltningen|Gator och parker'),
    ('Kulturnämnden', 'KN|Kulturförvaltningen|Kultur Umeå'),
    ('Miljö- och hälsoskyddsnämnden', 'MHN|Miljö- och hälsoskydd|Miljö- och hälsoskyddskontoret'),
    ('För- och grundskolenämnden', 'FGN|För- och grundskoleförvaltningen'),
    ('Överförmyndarnämnden', 'ÖFN|Överförmyndarkontoret'),
]

with open('namnder.csv', 'w', encoding='utf-8', newline='') as f:
    f.write('nämnd;alias\n')
    for n, a in NAMNDER:
        f.write('%s;%s\n' % (n, a))
with open('files.csv', 'w', encoding='utf-8', newline='') as f:
    f.write('fil;utfall;nämnd;år;period\n')
    for r in FILES:
        f.write(';'.join(r) + '\n')
with open('expected.csv', 'w', encoding='utf-8', newline='') as f:
    f.write('fil;nämnd;kontrollmoment;status;avvikelse\n')
    for r in EXPECTED:
        f.write(';'.join(r) + '\n')

reg = {n for n, _ in NAMNDER}
assert all(r[2] in reg for r in FILES if r[1] == 'INLAST')
assert all(r[1] in reg for r in EXPECTED)
print('files: %d, nämnd rows: %d, controls: %d' % (
    len(FILES), sum(1 for r in FILES if r[1] == 'INLAST'), len(EXPECTED)))
