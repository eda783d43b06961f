#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 83 – Herrljunga kommun, delår 2025 (per 31 augusti).

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import copy
import csv
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import xlwt

from odf.opendocument import OpenDocumentText
from odf.style import (ParagraphProperties, Style, TableColumnProperties,
                       TextProperties)
from odf import text as odftext

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv


def expect(fil, namnd, controls):
    """controls: list of (kontrollmoment, status, avvikelse)"""
    for k, s, a in controls:
        EXPECTED.append((fil, namnd, k, s, a))


# ---------------------------------------------------------------------------
# helpers for python-docx
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)


def cell_text(cell, txt, bold=False, size=9, italic=False):
    """Replace the cell's text (keeps first paragraph). Newlines -> new paragraphs."""
    parts = txt.split('\n') if txt else ['']
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    run = p.add_run(parts[0])
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(extra)
        r2.bold = bold
        r2.italic = italic
        r2.font.size = Pt(size)
    return p


def table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement('w:tblBorders')
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + edge)
        el.set(qn('w:val'), 'single')
        el.set(qn('w:sz'), '4')
        el.set(qn('w:space'), '0')
        el.set(qn('w:color'), '808080')
        borders.append(el)
    tblPr.append(borders)


def add_page_field(paragraph):
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), 'PAGE')
    r = OxmlElement('w:r')
    t = OxmlElement('w:t')
    t.text = '1'
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def base_doc(font='Calibri', size=10):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    sec.top_margin = Cm(2)
    sec.bottom_margin = Cm(2)
    return d


# ---------------------------------------------------------------------------
# 1. Socialnämnden – docx, nämnd only in page header, merged + nested tables
# ---------------------------------------------------------------------------
def file_soc():
    fil = 'Uppföljning IK delår 2025 SN.docx'
    namnd = 'Socialnämnden'
    d = base_doc('Arial', 10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = 'HERRLJUNGA KOMMUN\tSocialnämnden\tDnr SN 2025/0087'
    for r in hp.runs:
        r.font.size = Pt(8)
    hp2 = sec.header.add_paragraph('\t\tTjänsteskrivelse 2025-09-12')
    for r in hp2.runs:
        r.font.size = Pt(8)

    h = d.add_paragraph()
    r = h.add_run('Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti')
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph(
        'Nämnden beslutade om internkontrollplan för 2025 den 18 december 2024 (§ 112). Planen '
        'omfattar nio kontrollmoment inom fyra processer. Nedan redovisas resultatet av de kontroller '
        'som genomförts under perioden januari–augusti. Kontroller som ännu inte är slutförda '
        'redovisas på nytt i samband med årsbokslutet.')
    d.add_paragraph('Förvaltningen föreslår att nämnden godkänner uppföljningen och överlämnar den '
                    'till kommunstyrelsen.')

    controls = [
        # process, kontrollmoment, metod, resultat, status, expected status, avvikelse, nested
        ('Myndighetsutövning',
         'Gynnande beslut enligt LSS verkställs inom tre månader',
         'Uttag ur Treserva av samtliga gynnande beslut jan–jun. Halvår.',
         'Av 14 beslut har 12 verkställts inom tre månader. Två beslut om bostad med särskild service '
         'är inte verkställda och har rapporterats till IVO.',
         'Genomförd', 'GENOMFORD', 'ja', None),
        ('Myndighetsutövning',
         'Barnavårdsutredningar avslutas inom fyra månader eller förlängs genom beslut',
         'Stickprov 20 utredningar. Tertialvis.',
         'Tre utredningar överskred fyra månader utan beslut om förlängning. Rutinen har gåtts '
         'igenom på APT i juni.',
         'Genomförd', 'GENOMFORD', 'ja', None),
        ('Myndighetsutövning',
         'Delegationsbeslut anmäls till nämnden enligt delegationsordningen',
         'Jämförelse mellan beslutslistor i Treserva och anmälda beslut. Tertialvis.',
         'Kontroll för januari–april klar utan anmärkning. Maj–augusti kontrolleras i september.',
         'Pågår', 'DELVIS', 'nej', None),
        ('Ekonomi',
         'Utbetalning av ekonomiskt bistånd – korrekt underlag och attest',
         'Stickprov 40 utbetalningar. Halvår.',
         'Sammanställning av stickprovet:',
         'Genomförd', 'GENOMFORD', 'ja',
         ('kv', [('Granskade utbetalningar', '40'), ('Utan fullständigt underlag', '2'),
                 ('Beslutade återkrav', '2')])),
        ('Ekonomi',
         'Hantering av brukares privata medel på särskilt boende',
         'Genomgång av kassabok och kvitton per enhet. Årligen.',
         'Kontroll genomförd på två av tre enheter utan anmärkning. Ringvägen kontrolleras i oktober.',
         'Delvis genomförd', 'DELVIS', 'nej',
         ('enhet', [('Enhet', 'Kontrollerad'), ('Solgläntan', 'Ja'), ('Hagagården', 'Ja'),
                    ('Gruppbostad Ringvägen', 'Nej')])),
        ('Ekonomi',
         'Avtalstrohet vid inköp av förbrukningsmaterial',
         'Analys av leverantörsreskontra mot avtalsdatabasen. Årligen.',
         'Skjuts till hösten på grund av vakant tjänst som controller.',
         'Ej påbörjad', 'EJ_GENOMFORD', 'nej', None),
        ('Informationssäkerhet',
         'Loggkontroll i verksamhetssystemet Treserva',
         'Två slumpvisa loggkontroller per månad.',
         'Samtliga planerade loggkontroller har gjorts. En otillåten åtkomst upptäcktes i maj och '
         'har hanterats som personuppgiftsincident.',
         'Genomförd', 'GENOMFORD', 'ja', None),
        ('Informationssäkerhet',
         'Behörigheter avslutas när anställning upphör',
         'Avstämning av aktiva konton mot avslutade anställningar. Halvår.',
         'Ej genomförd under perioden – lista över avslutade anställningar har inte kunnat tas fram '
         'ur personalsystemet. Görs under hösten.',
         '', 'EJ_GENOMFORD', 'nej', None),
        ('Personal',
         'Timanställdas tidrapporter stäms av mot schema',
         'Stickprov 10 timanställda per månad.',
         'Kontrollen utgår enligt nämndens beslut 2025-04-23 § 41 och ersätts av en central kontroll '
         'i lönenämnden.',
         'Utgår', 'UTGAR', 'nej', None),
    ]

    t = d.add_table(rows=2 + len(controls), cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    # two-row header
    hdr0 = t.rows[0].cells
    hdr1 = t.rows[1].cells
    a = hdr0[0].merge(hdr1[0])
    cell_text(a, 'Process', bold=True)
    b = hdr0[1].merge(hdr1[1])
    cell_text(b, 'Kontrollmoment', bold=True)
    c = hdr0[2].merge(hdr1[2])
    cell_text(c, 'Metod / frekvens', bold=True)
    e = hdr0[3].merge(hdr0[4])
    cell_text(e, 'Uppföljning per 31 augusti', bold=True)
    cell_text(t.rows[1].cells[3], 'Resultat', bold=True)
    cell_text(t.rows[1].cells[4], 'Status', bold=True)
    for rr in (0, 1):
        for cc in t.rows[rr].cells:
            set_cell_bg(cc, 'D9E2F3')

    for i, (proc, km, metod, res, st, _, _, nested) in enumerate(controls):
        row = t.rows[2 + i].cells
        cell_text(row[1], km)
        cell_text(row[2], metod)
        cell_text(row[3], res)
        cell_text(row[4], st, bold=bool(st))
        if nested:
            kind, rows_ = nested
            nt = row[3].add_table(rows=len(rows_), cols=2)
            table_borders(nt)
            for j, (x, y) in enumerate(rows_):
                cell_text(nt.rows[j].cells[0], x, size=8, bold=(kind == 'enhet' and j == 0))
                cell_text(nt.rows[j].cells[1], y, size=8, bold=(kind == 'enhet' and j == 0))
            row[3].add_paragraph('')
    # vertical merge of process cells
    start = 0
    while start < len(controls):
        end = start
        while end + 1 < len(controls) and controls[end + 1][0] == controls[start][0]:
            end += 1
        top = t.rows[2 + start].cells[0]
        if end > start:
            top = top.merge(t.rows[2 + end].cells[0])
        cell_text(top, controls[start][0], bold=True)
        start = end + 1
    set_col_widths(t, [2.8, 4.2, 3.5, 5.5, 2.2])

    d.add_paragraph('')
    p = d.add_paragraph()
    p.add_run('Sammanfattande bedömning').bold = True
    d.add_paragraph(
        'Fyra av nio kontrollmoment är genomförda. Avvikelserna avseende verkställighet av LSS-beslut och '
        'utredningstider följs upp i verksamheternas egenkontroll. Förvaltningen bedömer att den interna '
        'kontrollen i huvudsak är tillräcklig.')
    d.add_paragraph('')
    d.add_paragraph('Anna Berglund\nFörvaltningschef')
    d.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))
    expect(fil, namnd, [(c[1], c[5], c[6]) for c in controls])
    return fil


# ---------------------------------------------------------------------------
# 2. Lock file of the Soc document
# ---------------------------------------------------------------------------
def file_lock():
    fil = '~$pföljning IK delår 2025 SN.docx'
    user = 'Anna Berglund'
    b = bytes([len(user)]) + user.encode('latin-1')
    b += b' ' * (54 - len(b))
    b += bytes([len(user), 0]) + user.encode('utf-16-le')
    b += b'\x20\x00' * ((162 - len(b)) // 2)
    b = b[:162].ljust(162, b'\x00')
    with open(fil, 'wb') as f:
        f.write(b)
    FILES.append((fil, 'AVVISAD', '', '', ''))
    return fil


# ---------------------------------------------------------------------------
# 3. Bildningsnämnden – docx with tracked changes, nämnd only in footer
# ---------------------------------------------------------------------------
W_AUTHOR = 'Maria Holm'
_rev_id = [100]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


def _run(txt, deleted=False, bold=False, size=9):
    r = OxmlElement('w:r')
    rPr = OxmlElement('w:rPr')
    if bold:
        rPr.append(OxmlElement('w:b'))
    sz = OxmlElement('w:sz')
    sz.set(qn('w:val'), str(size * 2))
    rPr.append(sz)
    r.append(rPr)
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    t.text = txt
    r.append(t)
    return r


def tracked_para(cell, segments, bold=False, date='2025-09-10T14:02:00Z'):
    """segments: list of (text, kind) kind in None/'ins'/'del'"""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for txt, kind in segments:
        if kind is None:
            p._p.append(_run(txt, bold=bold))
        else:
            w = OxmlElement('w:' + kind)
            w.set(qn('w:id'), _next_id())
            w.set(qn('w:author'), W_AUTHOR)
            w.set(qn('w:date'), date)
            w.append(_run(txt, deleted=(kind == 'del'), bold=bold))
            p._p.append(w)


def delete_row_tracked(row, date='2025-09-10T14:10:00Z'):
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    dl = OxmlElement('w:del')
    dl.set(qn('w:id'), _next_id())
    dl.set(qn('w:author'), W_AUTHOR)
    dl.set(qn('w:date'), date)
    trPr.append(dl)
    for p in tr.iter(qn('w:p')):
        # mark paragraph mark deleted
        pPr = p.find(qn('w:pPr'))
        if pPr is None:
            pPr = OxmlElement('w:pPr')
            p.insert(0, pPr)
        rPr = OxmlElement('w:rPr')
        dm = OxmlElement('w:del')
        dm.set(qn('w:id'), _next_id())
        dm.set(qn('w:author'), W_AUTHOR)
        dm.set(qn('w:date'), date)
        rPr.append(dm)
        pPr.append(rPr)
        for r in list(p.findall(qn('w:r'))):
            for t in r.findall(qn('w:t')):
                t.tag = qn('w:delText')
            wrap = OxmlElement('w:del')
            wrap.set(qn('w:id'), _next_id())
            wrap.set(qn('w:author'), W_AUTHOR)
            wrap.set(qn('w:date'), date)
            r.addprevious(wrap)
            wrap.append(r)


def file_bildning():
    fil = 'Internkontroll uppföljning aug 2025 - granskad MH.docx'
    namnd = 'Bildningsnämnden'
    d = base_doc('Calibri', 10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    fp = sec.footer.paragraphs[0]
    fp.text = 'Bildningsnämnden  |  Herrljunga kommun  |  Sida '
    add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(8)
    hp = sec.header.paragraphs[0]
    hp.text = 'Dnr 2025/114-3'
    hp.alignment = 2

    h = d.add_paragraph()
    r = h.add_run('Internkontroll 2025 – uppföljning per 31 augusti')
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph('Uppföljningen avser perioden 1 januari – 31 augusti 2025 och redovisas till nämnden '
                    'i samband med delårsrapporten. Ansvarig tjänsteperson framgår av respektive rad.')

    # rows: nr, område, kontrollmoment, ansvarig, resultat segments, bedömning segments, expected, avv
    rows = [
        ('1', 'Skolskjuts', 'Beslut om skolskjuts fattas enligt riktlinjer och delegation',
         'Skolskjutshandläggare',
         [('20 beslut granskade, samtliga enligt riktlinjer och rätt delegat.', None)],
         [('Genomförd', None)], 'GENOMFORD', 'nej'),
        ('2', 'Trygghet och studiero',
         'Kränkande behandling anmäls till huvudman inom en vecka', 'Rektorer',
         [('Genomgång av samtliga 31 anmälningar under vårterminen', None),
          ('. Fyra anmälningar gjordes senare än en vecka efter händelsen', 'ins'), ('.', None)],
         [('Pågår', 'del'), ('Genomförd', 'ins')], 'GENOMFORD', 'ja'),
        ('3', 'Trygghet och studiero',
         'Elevfrånvaro – rektor följer upp upprepad frånvaro enligt rutin', 'Elevhälsochef',
         [('Uppföljning gjord på högstadiet. Mellanstadiet återstår, görs i oktober.', None)],
         [('Delvis genomförd', None)], 'DELVIS', 'nej'),
        ('4', 'Ekonomi', 'Attest av leverantörsfakturor i Proceedo följer attestordningen',
         'Controller',
         [('Stickprov på 50 fakturor. ', None),
          ('Två fakturor hade attesterats av person som saknade attesträtt för ansvaret.', 'ins')],
         [('Genomförd', 'del'), ('Genomförd med anmärkning', 'ins')], 'GENOMFORD', 'ja'),
        ('5', 'Ekonomi', 'Interkommunal ersättning (IKE) faktureras korrekt och i tid', 'Controller',
         [('Kontrollen flyttad till oktober då elevunderlag per 15 september behövs.', 'ins')],
         [('Genomförd', 'del'), ('Ej genomförd', 'ins')], 'EJ_GENOMFORD', 'nej'),
        ('6', 'Personal', 'Utdrag ur belastningsregistret finns för nyanställda i förskola',
         'HR-specialist',
         [('Samtliga 17 nyanställda hade uppvisat utdrag.', None)],
         [('Genomförd', None)], None, None),   # row deleted with tracked changes
        ('7', 'Kvalitet', 'Systematiskt kvalitetsarbete dokumenteras i Unikum enligt årshjul',
         'Verksamhetsutvecklare',
         [('Dokumentation klar för förskolan, grundskolan arbetar med vårens analyser.', None)],
         [('Pågår', None)], 'DELVIS', 'nej'),
        ('8', 'Ekonomi', 'Riktade statsbidrag söks och redovisas enligt villkor', 'Ekonom',
         [('Sju bidrag granskade mot Skolverkets villkor. Inga avvikelser.', None)],
         [('Genomförd', None)], 'GENOMFORD', 'nej'),
        ('9', 'Tillgångar', 'Inventarieförteckning på skolenheterna uppdateras', 'Rektorer',
         [('Ingår från 2025 i ny rutin för anläggningsregister (nämndbeslut 2025-05-20 § 58).', 'ins')],
         [('Ej genomförd', 'del'), ('Utgår', 'ins')], 'UTGAR', 'nej'),
    ]
    t = d.add_table(rows=1 + len(rows), cols=6)
    table_borders(t)
    for i, hname in enumerate(['Nr', 'Område', 'Kontrollmoment', 'Ansvarig',
                               'Genomförande och resultat', 'Bedömning']):
        cell_text(t.rows[0].cells[i], hname, bold=True)
        set_cell_bg(t.rows[0].cells[i], 'E2EFD9')
    for i, (nr, omr, km, ans, res, bed, _, _) in enumerate(rows):
        c = t.rows[1 + i].cells
        cell_text(c[0], nr)
        cell_text(c[1], omr)
        cell_text(c[2], km)
        cell_text(c[3], ans)
        tracked_para(c[4], res)
        tracked_para(c[5], bed, bold=True)
    set_col_widths(t, [1.0, 3.0, 6.5, 3.2, 8.5, 3.5])
    delete_row_tracked(t.rows[6])
    d.add_paragraph('')
    d.add_paragraph('Bedömningsskala: Genomförd – Delvis genomförd – Pågår – Ej genomförd – Utgår')
    # enable showing revisions
    settings = d.settings.element
    tr = OxmlElement('w:trackRevisions')
    settings.append(tr)
    d.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))
    expect(fil, namnd, [(r[2], r[6], r[7]) for r in rows if r[6] is not None])
    return fil


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden – odt, free text, status as bold words
# ---------------------------------------------------------------------------
def file_teknik():
    fil = 'TN delårsuppföljning intern kontroll 2025.odt'
    namnd = 'Tekniska nämnden'
    doc = OpenDocumentText()
    bold = Style(name='Fet', family='text')
    bold.addElement(TextProperties(fontweight='bold', fontweightasian='bold', fontweightcomplex='bold'))
    doc.automaticstyles.addElement(bold)
    title = Style(name='Rubrik', family='paragraph')
    title.addElement(TextProperties(fontsize='18pt', fontweight='bold'))
    title.addElement(ParagraphProperties(marginbottom='0.3cm'))
    doc.styles.addElement(title)
    h1 = Style(name='Heading_20_1', displayname='Heading 1', family='paragraph', defaultoutlinelevel='1')
    h1.addElement(TextProperties(fontsize='14pt', fontweight='bold'))
    h1.addElement(ParagraphProperties(margintop='0.4cm', marginbottom='0.2cm'))
    doc.styles.addElement(h1)
    h2 = Style(name='Heading_20_2', displayname='Heading 2', family='paragraph', defaultoutlinelevel='2')
    h2.addElement(TextProperties(fontsize='12pt', fontweight='bold', fontstyle='italic'))
    h2.addElement(ParagraphProperties(margintop='0.3cm', marginbottom='0.1cm'))
    doc.styles.addElement(h2)
    body = Style(name='Brodtext', family='paragraph')
    body.addElement(TextProperties(fontsize='11pt', fontname='Liberation Serif'))
    body.addElement(ParagraphProperties(marginbottom='0.2cm'))
    doc.styles.addElement(body)

    def P(*parts):
        p = odftext.P(stylename=body)
        for part in parts:
            if isinstance(part, tuple):
                p.addElement(odftext.Span(stylename=bold, text=part[0]))
            else:
                p.addText(part)
        doc.text.addElement(p)

    def H(level, txt):
        doc.text.addElement(odftext.H(outlinelevel=level, stylename=h1 if level == 1 else h2, text=txt))

    doc.text.addElement(odftext.P(stylename=title, text='Uppföljning av intern kontroll – delårsbokslut 2025'))
    P('Tekniska nämnden')
    P('Rapportperiod: 2025-01-01 – 2025-08-31')
    P('Handläggare: Johan Ek, verksamhetscontroller, tekniska förvaltningen')
    H(1, 'Inledning')
    P('Tekniska nämnden antog internkontrollplanen för 2025 den 12 december 2024. Planen innehåller '
      'nio kontrollmoment. I denna rapport redovisas utfallet per den 31 augusti. Status för varje '
      'kontrollmoment anges i fetstil.')

    ctl = []
    H(1, '1 Fakturahantering')
    km = 'Leverantörsfakturor attesteras av behörig attestant'
    H(2, '1.1 ' + km)
    P('Stickprov på 30 fakturor ur Proceedo för perioden januari–juni. Samtliga var attesterade av '
      'behörig attestant enligt gällande attestförteckning. Kontrollmomentet bedöms som ', ('genomfört',),
      ' utan avvikelse.')
    ctl.append((km, 'GENOMFORD', 'nej'))
    km = 'Dubbelbetalningar av leverantörsfakturor upptäcks'
    H(2, '1.2 ' + km)
    P('Kontrollen är ', ('genomförd',), '. Genomgång av leverantörsreskontran med avseende på samma '
      'belopp och fakturanummer. Två dubbelbetalningar på sammanlagt 48 300 kr upptäcktes; båda har '
      'återbetalats av leverantören.')
    ctl.append((km, 'GENOMFORD', 'ja'))

    H(1, '2 Inköp och upphandling')
    km = 'Avtalstrohet – entreprenadtjänster köps mot ramavtal'
    H(2, '2.1 ' + km)
    P('Status: ', ('Delvis genomförd',), '. Inköpen under maj och juni har granskats, juli och augusti '
      'återstår. I de granskade månaderna gjordes tre inköp av maskintjänster utanför ramavtalet.')
    ctl.append((km, 'DELVIS', 'ja'))
    km = 'Direktupphandlingar över 100 tkr dokumenteras'
    H(2, '2.2 ' + km)
    P(('Ej påbörjad.',), ' Kontrollen planeras till november i samband med att den nya '
      'direktupphandlingsriktlinjen börjar gälla.')
    ctl.append((km, 'EJ_GENOMFORD', 'nej'))

    H(1, '3 VA och gata/park')
    km = 'Egenkontroll av dricksvatten enligt kontrollprogram'
    H(2, '3.1 ' + km)
    P(('Genomförd.',), ' Samtliga prover enligt kontrollprogrammet har tagits. Ett prov från '
      'reservoaren i Ljung bedömdes som tjänligt med anmärkning (koliforma bakterier); '
      'spolning och omprovtagning gjordes samma vecka.')
    ctl.append((km, 'GENOMFORD', 'ja'))
    km = 'Körjournaler förs för kommunens fordon'
    H(2, '3.2 ' + km)
    P('Arbetet ', ('pågår',), '. Genomgång av körjournaler för 8 av 22 fordon är klar, utan anmärkning. '
      'Resterande fordon gås igenom under september.')
    ctl.append((km, 'DELVIS', 'nej'))

    H(1, '4 Säkerhet och behörigheter')
    km = 'Behörigheter i driftövervakningssystemet för VA ses över'
    H(2, '4.1 ' + km)
    P('Kontrollen ', ('utgår',), ' för 2025 eftersom driftövervakningssystemet byts ut under hösten. '
      'En motsvarande kontroll läggs in i internkontrollplanen för 2026.')
    ctl.append((km, 'UTGAR', 'nej'))
    km = 'Nycklar och passerkort kvitteras ut och återlämnas'
    H(2, '4.2 ' + km)
    P('Nyckelkvittenser har stämts av mot nyckelregistret för Rådhuset, kommunförrådet och reningsverket. '
      'Kvittenslistor saknades helt på reningsverket. Kontrollen är ', ('genomförd',), ' men visar ',
      ('brister',), ' som ska åtgärdas under hösten.')
    ctl.append((km, 'GENOMFORD', 'ja'))

    H(1, '5 Avgifter')
    km = 'Anslutningsavgifter för VA debiteras vid nya anslutningar'
    H(2, '5.1 ' + km)
    P('Metod: jämförelse mellan beviljade förbindelsepunkter och utställda fakturor. Ansvarig: VA-ingenjör.')
    P('Resultat: ')
    ctl.append((km, 'SAKNAS', 'nej'))

    H(1, 'Sammanfattning')
    P('Av nio kontrollmoment är fyra genomförda, två delvis genomförda eller pågående, ett ej påbörjat '
      'och ett utgår. För ett kontrollmoment har resultat inte lämnats. Avvikelser har noterats för '
      'dubbelbetalningar, avtalstrohet, dricksvatten och nyckelhantering.')
    P('Förslag till beslut: Tekniska nämnden godkänner uppföljningen av internkontrollplanen per 2025-08-31.')
    doc.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))
    expect(fil, namnd, ctl)
    return fil


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – docx, transposed table (controls are columns)
# ---------------------------------------------------------------------------
def file_kfn():
    fil = 'KFN uppföljning internkontroll 2025.docx'
    namnd = 'Kultur- och fritidsnämnden'
    d = base_doc('Calibri', 9)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = Cm(1.5)
    sec.right_margin = Cm(1.5)
    p = d.add_paragraph()
    r = p.add_run('Kultur- och fritidsnämnden – Uppföljning internkontrollplan 2025')
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    p.add_run('Uppföljningstillfälle: ').bold = True
    p.add_run('Delår (januari–augusti)')
    d.add_paragraph('Varje kontrollmoment redovisas i en egen kolumn. Status helår fylls i vid årsbokslutet.')

    cols = [
        dict(nr='K1', proc='Bidrag', km='Föreningsbidrag betalas ut enligt riktlinjer',
             metod='Stickprov 15 ansökningar om aktivitetsstöd', ans='Fritidskonsulent',
             res='En förening hade fått aktivitetsstöd två gånger för samma period (6 420 kr). '
                 'Återkrav är skickat.',
             d='Genomförd', h='', avv='Ja', exp='GENOMFORD', ea='ja'),
        dict(nr='K2', proc='Kontanthantering', km='Kontanthantering i simhallens kassa',
             metod='Oanmäld kassainventering två gånger', ans='Badmästare',
             res='Två inventeringar (mars, juni). Kassan stämde.',
             d='Genomförd', h='', avv='Nej', exp='GENOMFORD', ea='nej'),
        dict(nr='K3', proc='Lokaler', km='Bokning och debitering av lokaler i Interbook Go',
             metod='Jämförelse bokningar – fakturor för idrottshallar', ans='Bokningsansvarig',
             res='Vårterminen kontrollerad. Sommarbokningar kontrolleras i september.',
             d='Pågår', h='', avv='Nej', exp='DELVIS', ea='nej'),
        dict(nr='K4', proc='Ekonomi', km='Representation och interna möten följer riktlinjer',
             metod='Genomgång av samtliga representationsfakturor', ans='Förvaltningsekonom',
             res='Har inte hunnits med under perioden.',
             d='Ej genomförd', h='', avv='', exp='EJ_GENOMFORD', ea='nej'),
        dict(nr='K5', proc='Inköp', km='Biblioteksmedia köps in via avtalad leverantör',
             metod='Analys av leverantörsreskontra konto 6551', ans='Bibliotekschef',
             res='Genomförd i juni. Samtliga inköp gjorda via avtalad leverantör, inga avvikelser.',
             d='Se kommentar', h='', avv='Nej', exp='GENOMFORD', ea='nej'),
        dict(nr='K6', proc='Avgifter', km='Kulturskolans avgifter – rätt avgift och syskonrabatt',
             metod='Stickprov 30 elever', ans='Kulturskolechef',
             res='Underlag från elevregistret har begärts.',
             d='?', h='', avv='', exp='OKLAR', ea='nej'),
    ]
    labels = [('Nr', 'nr'), ('Process', 'proc'), ('Kontrollmoment', 'km'), ('Kontrollmetod', 'metod'),
              ('Ansvarig', 'ans'), ('Resultat / kommentar', 'res'), ('Status delår', 'd'),
              ('Status helår', 'h'), ('Avvikelse (ja/nej)', 'avv')]
    t = d.add_table(rows=len(labels), cols=1 + len(cols))
    table_borders(t)
    for i, (lab, key) in enumerate(labels):
        cell_text(t.rows[i].cells[0], lab, bold=True)
        set_cell_bg(t.rows[i].cells[0], 'FBE4D5')
        for j, c in enumerate(cols):
            cell_text(t.rows[i].cells[1 + j], c[key], bold=(key in ('nr', 'd')))
    set_col_widths(t, [3.2] + [3.9] * len(cols))
    d.add_paragraph('')
    d.add_paragraph('Status anges som Genomförd, Pågår eller Ej genomförd.')
    d.add_paragraph('Upprättad 2025-09-15 av Karin Svensson, förvaltningsekonom')
    d.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))
    expect(fil, namnd, [(c['km'], c['exp'], c['ea']) for c in cols])
    return fil


# ---------------------------------------------------------------------------
# 6. Bygg- och miljönämnden – .doc (docx converted with soffice), X tick columns
# ---------------------------------------------------------------------------
def file_bmn():
    fil = 'BMN internkontroll delår 2025.doc'
    namnd = 'Bygg- och miljönämnden'
    d = base_doc('Times New Roman', 10)
    p = d.add_paragraph()
    r = p.add_run('BYGG- OCH MILJÖNÄMNDEN')
    r.bold = True
    r.font.size = Pt(12)
    p = d.add_paragraph()
    r = p.add_run('Uppföljning av internkontrollplan 2025')
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph('Avser: Delårsbokslut 2025-08-31')
    d.add_paragraph('Markera status med X i en av kolumnerna. Kommentar ska alltid lämnas vid avvikelse.')

    rows = [
        ('1', 'Handläggningstid bygglov – beslut inom tio veckor från komplett ansökan',
         'Uttag ur ByggR, samtliga beslut', 'X', '', '',
         '92 % av besluten inom tid. Sex ärenden över tio veckor; avgiften har reducerats enligt '
         'PBL 12 kap. 8 a §.', 'GENOMFORD', 'ja'),
        ('2', 'Tillsynsavgifter livsmedel debiteras enligt taxa',
         'Stickprov 20 fakturor', 'X', '', '', 'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('3', 'Delegationsbeslut anmäls till nämnden', 'Jämförelse ByggR/ECOS – protokoll',
         '', 'X', '', 'Bygglov kontrollerat, miljö återstår.', 'DELVIS', 'nej'),
        ('4', 'Inkomna handlingar diarieförs inom två arbetsdagar', 'Stickprov 25 handlingar',
         'X', 'X', '', 'Se bilaga.', 'OKLAR', 'nej'),
        ('5', 'Jäv – handläggare anmäler jäv enligt rutin', 'Enkät till handläggare',
         '', '', 'X', 'Flyttas till hösten.', 'EJ_GENOMFORD', 'nej'),
        ('6', 'Beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka',
         'Samtliga dispensbeslut', 'X', '', '',
         'Nio beslut, två skickades efter 9 respektive 12 dagar.', 'GENOMFORD', 'ja'),
        ('7', 'Avgifter för prövning av enskilda avlopp faktureras', 'Jämförelse ECOS – Visma',
         '', '', '', '', 'SAKNAS', 'nej'),
    ]
    t = d.add_table(rows=2 + len(rows), cols=7)
    table_borders(t)
    h0 = t.rows[0].cells
    h1 = t.rows[1].cells
    for i, name in ((0, 'Nr'), (1, 'Kontrollmoment'), (2, 'Metod'), (6, 'Kommentar')):
        m = h0[i].merge(h1[i])
        cell_text(m, name, bold=True)
    st = h0[3].merge(h0[5])
    cell_text(st, 'Status', bold=True)
    for i, name in ((3, 'Genomförd'), (4, 'Delvis'), (5, 'Ej genomförd')):
        cell_text(t.rows[1].cells[i], name, bold=True, size=8)
    for rr in (0, 1):
        for cc in t.rows[rr].cells:
            set_cell_bg(cc, 'D9D9D9')
    for i, row in enumerate(rows):
        c = t.rows[2 + i].cells
        for j in range(7):
            cell_text(c[j], row[j], bold=(j in (3, 4, 5)))
    set_col_widths(t, [0.8, 5.2, 3.2, 1.6, 1.4, 1.6, 4.6])
    d.add_paragraph('')
    d.add_paragraph('Ort och datum: Herrljunga 2025-09-08')
    d.add_paragraph('Underskrift: ______________________   Lars-Erik Johansson, förvaltningschef')

    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, 'BMN internkontroll delår 2025.docx')
    d.save(src)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/lo',
                    '--convert-to', 'doc', '--outdir', HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp, ignore_errors=True)
    assert os.path.exists(fil), 'soffice conversion failed'
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))
    expect(fil, namnd, [(r[1], r[7], r[8]) for r in rows])
    return fil


# ---------------------------------------------------------------------------
# 7. Kommunstyrelsen – hand-typed xlsx
# ---------------------------------------------------------------------------
def file_ks_xlsx():
    fil = 'Internkontroll KS 2025 delår.xlsx'
    namnd = 'Kommunstyrelsen'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Uppföljning'
    thin = Side(style='thin', color='999999')
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'Kommunstyrelsen - uppföljning internkontrollplan 2025'
    ws['A1'].font = Font(bold=True, size=14)
    ws.merge_cells('A1:H1')
    ws['A2'] = 'Uppföljning per 31/8 (delår)'
    ws['A2'].font = Font(italic=True)
    ws.merge_cells('A2:H2')
    ws['A3'] = 'Fyll i status med: Genomförd / Delvis / Ej genomförd / Utgår. Kommentera alltid avvikelser.'
    ws['A3'].font = Font(size=9, color='7F7F7F')
    ws.merge_cells('A3:H3')
    hdr = ['Nr', 'Process', 'Kontrollmoment', 'Ansvarig', 'Utfall 2024', 'T1 (april)',
           'Delår (aug)', 'Kommentar delår']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='BDD7EE')
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical='top')
    rows = [
        (1, 'Ekonomi', 'Attestförteckning uppdaterad och beslutad av KS', 'Ekonomichef',
         'Genomförd', 'Genomförd', None, 'Klart i april (KS § 34), se T1', 'GENOMFORD', 'nej'),
        (2, None, 'Leverantörsfakturor - stickprov moms och kontering', 'Redovisningsansvarig',
         'delvis', 'pågår', 'Genomförd', '40 fakturor granskade, 3 felkonterade - rättade', 'GENOMFORD', 'ja'),
        (3, None, 'Representation - syfte och deltagare anges på fakturan', 'Controller',
         'Ej genomförd', 'ej påbörjad', 'Delvis',
         'jan-maj granskat. 5 av 22 fakturor saknade deltagarlista', 'DELVIS', 'ja'),
        (4, 'Upphandling', 'Avtalstrohet - köp över 100 tkr görs mot avtal', 'Upphandlare',
         'Genomförd', '-', 'Ej genomförd', 'Ej hunnits pga sjukskrivning', 'EJ_GENOMFORD', 'nej'),
        (5, 'HR/lön', 'Ändringar i lönesystemet attesteras av chef', 'HR-chef',
         'Genomförd', 'Utgår', 'utgår ', 'Kontrollen görs av lönenämnden fr.o.m. 2025', 'UTGAR', 'nej'),
        (6, 'IT', 'IT-behörigheter - inaktiva konton spärras', 'IT-chef',
         None, 'pågår', 'Pågår',
         '147 inaktiva konton hittades som inte var spärrade, spärrade i juni. Systembehörigheter återstår',
         'DELVIS', 'ja'),
        (7, 'Dataskydd', 'Registerförteckning enligt GDPR är aktuell', 'Dataskyddsombud',
         'Delvis', None, 'Genomförd', 'Inga avvikelser', 'GENOMFORD', 'nej'),
        (8, 'Ärendehantering', 'Delegationsbeslut anmäls till KS', 'Nämndsekreterare',
         'Genomförd', 'Genomförd', 'Genomförd', '2 beslut anmälda för sent (mars)', 'GENOMFORD', 'ja'),
        (9, 'Säkerhet', 'Krisledningsplan och POSOM-lista uppdaterade', 'Säkerhetssamordnare',
         'Ej genomförd', None, 'Se bilaga', None, 'OKLAR', 'nej'),
    ]
    r0 = 6
    for i, row in enumerate(rows):
        for j in range(8):
            c = ws.cell(row=r0 + i, column=j + 1, value=row[j])
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical='top')
    ws.merge_cells(start_row=6, start_column=2, end_row=8, end_column=2)
    ws.cell(row=6, column=2).alignment = Alignment(vertical='center')
    ws.cell(row=r0 + len(rows) + 1, column=2, value='Antal kontrollmoment')
    ws.cell(row=r0 + len(rows) + 1, column=3, value=len(rows))
    ws.cell(row=r0 + len(rows) + 1, column=2).font = Font(bold=True)
    ws.cell(row=r0 + len(rows) + 3, column=1, value='Uppföljningen sammanställd av ekonomienheten 2025-09-05 /PL')
    for col, w in zip('ABCDEFGH', [5, 16, 44, 20, 12, 12, 13, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A6'

    ws2 = wb.create_sheet('Riskanalys')
    ws2['A1'] = 'Riskanalys inför internkontrollplan 2025 (KS 2024-11-25)'
    ws2['A1'].font = Font(bold=True)
    ws2.append([])
    ws2.append(['Process', 'Risk', 'Sannolikhet (1-4)', 'Konsekvens (1-4)', 'Riskvärde', 'Hantering'])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for rr in [
        ('Ekonomi', 'Fakturor attesteras av fel person', 2, 3, 6, 'Kontrollmoment i plan'),
        ('Ekonomi', 'Felaktig kontering/moms', 3, 2, 6, 'Kontrollmoment i plan'),
        ('Upphandling', 'Köp utanför avtal', 3, 3, 9, 'Kontrollmoment i plan'),
        ('IT', 'Obehörig åtkomst via gamla konton', 2, 4, 8, 'Kontrollmoment i plan'),
        ('Säkerhet', 'Inaktuell krisledningsplan', 2, 4, 8, 'Kontrollmoment i plan'),
        ('Personal', 'Hög personalomsättning nyckelfunktioner', 3, 2, 6, 'Hanteras i kompetensförsörjningsplan'),
    ]:
        ws2.append(list(rr))
    ws2.column_dimensions['A'].width = 16
    ws2.column_dimensions['B'].width = 40
    ws2.column_dimensions['F'].width = 36
    wb.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2025', 'DELAR'))
    expect(fil, namnd, [(r[2], r[8], r[9]) for r in rows])
    return fil


# ---------------------------------------------------------------------------
# 8. Lönenämnden – hand-typed .xls, tertial 2
# ---------------------------------------------------------------------------
def file_lon():
    fil = 'Lön IK-uppföljning T2 2025.xls'
    namnd = 'Lönenämnden Herrljunga-Vårgårda'
    wb = xlwt.Workbook(encoding='utf-8')
    ws = wb.add_sheet('T2 2025')
    bold = xlwt.easyxf('font: bold on')
    big = xlwt.easyxf('font: bold on, height 280')
    head = xlwt.easyxf('font: bold on; pattern: pattern solid, fore_colour light_green; '
                       'borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top')
    cellst = xlwt.easyxf('borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top')
    ws.write(0, 0, 'Uppföljning internkontroll - Lönenämnden Herrljunga-Vårgårda', big)
    ws.write(1, 0, 'Tertial 2 2025 (jan-aug)', bold)
    ws.write(2, 0, 'Lönecenter, Vårgårda kommun')
    hdr = ['Kontrollområde', 'Kontrollmoment', 'Frekvens', 'Ansvarig', 'Utfört datum', 'Resultat',
           'Åtgärd', 'Status']
    for j, h in enumerate(hdr):
        ws.write(4, j, h, head)
    rows = [
        ('Löneutbetalning', 'Nyanställda registreras med rätt lön enligt anställningsavtal', 'Månadsvis',
         'Lönehandläggare', '2025-08-28', '2 felaktiga lönelägen, rättade i efterhand',
         'Påminnelse till chefer', 'Genomförd', 'GENOMFORD', 'ja'),
        ('', 'Avstämning av bruttolön mot huvudbok', 'Månadsvis', 'Lönechef', '2025-08-29',
         'Stämmer', '', 'Genomförd', 'GENOMFORD', 'nej'),
        ('', 'Utbetalningar till avslutade anställda', 'Månadsvis', 'Lönehandläggare', 'löpande',
         '1 utbetalning efter avslut (juni)', 'Återkrav skickat', 'Genomfört m. anm.', 'GENOMFORD', 'ja'),
        ('Behörigheter', 'Behörigheter i lönesystemet ses över', 'Halvår', 'Systemförvaltare', '',
         'Påbörjad i aug', '', 'Pågående', 'DELVIS', 'nej'),
        ('', 'Loggkontroll av ändringar i löneregistret', 'Kvartal', 'Systemförvaltare', '',
         '', '', 'Ej genomförd', 'EJ_GENOMFORD', 'nej'),
        ('Frånvaro', 'Sjuklön och karensavdrag beräknas korrekt', 'Kvartal', 'Lönehandläggare',
         '2025-05-15', 'Stickprov 20 st, ok', '', 'genomförd ', 'GENOMFORD', 'nej'),
        ('Arvoden', 'Arvoden till förtroendevalda betalas enligt arvodesreglemente', 'Halvår',
         'Lönehandläggare', '2025-06-10', 'Stickprov på 15 arvodesutbetalningar i maj, samtliga korrekta',
         '', '', 'GENOMFORD', 'nej'),
        ('Bokslut', 'Semesterlöneskuld stäms av', 'Årligen', 'Lönechef', '',
         'Flyttas till ekonomienheterna', '', 'Avbruten genom beslut LN § 12', 'UTGAR', 'nej'),
    ]
    for i, row in enumerate(rows):
        for j in range(8):
            ws.write(5 + i, j, row[j], cellst)
    ws.write(5 + len(rows) + 2, 0, 'Godkänd av lönechef 2025-09-03')
    for j, w in enumerate([16, 50, 11, 17, 12, 44, 22, 24]):
        ws.col(j).width = w * 256
    wb.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2025', 'T2'))
    expect(fil, namnd, [(r[1], r[8], r[9]) for r in rows])
    return fil


# ---------------------------------------------------------------------------
# 9. Kommunstyrelsen – last year's helår report (2024) sent by mistake
# ---------------------------------------------------------------------------
def file_ks_2024():
    fil = 'Uppföljning internkontrollplan 2024 KS.docx'
    namnd = 'Kommunstyrelsen'
    d = base_doc('Garamond', 11)
    p = d.add_paragraph()
    r = p.add_run('Kommunstyrelsen\nUppföljning av plan för intern kontroll 2024 – helår')
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph('Resultaten redovisas per kontrollpunkt med utfall vid delår och helår.')
    rows = [
        ('1. Attest och betalningar',
         'a) Uppdatera attestreglemente och attestförteckning',
         'Delår: Påbörjat, förslag till nytt reglemente remitterat.\n'
         'Helår: Klart, antaget av KS 2024-11-18 § 201.', 'GENOMFORD', 'nej'),
        (None,
         'b) Stickprov på 30 leverantörsfakturor avseende beslutsattest',
         'Delår: Genomfört, inga avvikelser.\n'
         'Helår: Genomfört. Två fakturor i oktober saknade beslutsattest.', 'GENOMFORD', 'ja'),
        ('2. Inköp',
         'a) Kontrollera att avtal finns för leverantörer med inköp över 200 tkr',
         'Delår: Ej påbörjat.\nHelår: Ej genomfört, flyttas till plan 2025.', 'EJ_GENOMFORD', 'nej'),
        (None,
         'b) Följa upp att direktupphandlingar dokumenteras enligt riktlinje',
         'Delår: Pågår.\nHelår:', 'SAKNAS', 'nej'),
        ('3. Informationssäkerhet',
         'a) Kontroll av behörigheter i ekonomi- och ärendehanteringssystem',
         'Delår: –\nHelår: Ekonomisystemet klart, ärendehanteringssystemet ej klart.', 'DELVIS', 'nej'),
        (None,
         'b) Rutin för hantering av personuppgiftsincidenter',
         'Delår: Rutin antagen i juni.\nHelår: Rutinen har tillämpats vid två incidenter under hösten.',
         'GENOMFORD', 'nej'),
        ('4. Arvoden',
         'Arvoden till förtroendevalda utbetalas enligt reglemente',
         'Delår och helår: Kontrollen utgår, hanteras av lönenämnden.', 'UTGAR', 'nej'),
    ]
    t = d.add_table(rows=1 + len(rows), cols=3)
    table_borders(t)
    for i, h in enumerate(['Kontrollpunkt', 'Metod', 'Resultat']):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
    for i, (kp, metod, res, _, _) in enumerate(rows):
        c = t.rows[1 + i].cells
        if kp:
            cell_text(c[0], kp, size=10, bold=True)
        cell_text(c[1], metod, size=10)
        cell_text(c[2], res, size=10)
    # merge the Kontrollpunkt cells over the sub-items
    for a, b in ((1, 2), (3, 4), (5, 6)):
        m = t.rows[a].cells[0].merge(t.rows[b].cells[0])
        cell_text(m, rows[a - 1][0], size=10, bold=True)
    set_col_widths(t, [3.5, 6.5, 7.0])
    d.add_paragraph('')
    d.add_paragraph('Kommunledningsförvaltningen 2025-01-27')
    d.save(fil)
    FILES.append((fil, 'INLAST', namnd, '2024', 'HELAR'))
    expect(fil, namnd, [(r[1], r[3], r[4]) for r in rows])
    return fil


# ---------------------------------------------------------------------------
def write_csvs():
    with open('namnder.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('nämnd;alias\n')
        for n, a in [
            ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret'),
            ('Socialnämnden', 'SN|Socialförvaltningen|Soc|Socialtjänsten'),
            ('Bildningsnämnden', 'BIN|Bildningsförvaltningen|Barn- och utbildningsnämnden|BUN'),
            ('Tekniska nämnden', 'TN|Tekniska förvaltningen|Teknik'),
            ('Bygg- och miljönämnden', 'BMN|Bygg och miljö|Miljö- och byggförvaltningen'),
            ('Kultur- och fritidsnämnden', 'KFN|Kultur och fritid|Kultur- och fritidsförvaltningen'),
            ('Lönenämnden Herrljunga-Vårgårda', 'Lönenämnden|Gemensamma lönenämnden|Lönecenter|LN'),
            ('Valnämnden', 'VN'),
            ('Överförmyndarnämnden', 'ÖFN|Överförmyndaren|Överförmyndarenheten'),
        ]:
            f.write(f'{n};{a}\n')
    with open('files.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['fil', 'utfall', 'nämnd', 'år', 'period'])
        for r in FILES:
            w.writerow(r)
    with open('expected.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['fil', 'nämnd', 'kontrollmoment', 'status', 'avvikelse'])
        for r in EXPECTED:
            w.writerow(r)


if __name__ == '__main__':
    file_soc()
    file_lock()
    file_bildning()
    file_teknik()
    file_kfn()
    file_bmn()
    file_ks_xlsx()
    file_lon()
    file_ks_2024()
    write_csvs()
    print(len(FILES), 'files.csv rows,', len(EXPECTED), 'controls')
