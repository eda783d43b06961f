#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 132 – Lövsala kommun, delår per 31 augusti 2026 (Word-heavy inbox).

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import csv
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ''
    lines = text.split('\n')
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return cell


def kv_table(doc, rows, key_width=Cm(4.0), val_width=Cm(12.0), key_fill='DCE6F1'):
    t = doc.add_table(rows=0, cols=2)
    t.style = 'Table Grid'
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn('w:gridCol')), (key_width, val_width)):
        gc.set(qn('w:w'), str(int(w.twips)))
    for k, v in rows:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
        shade(c[0], key_fill)
        c[0].width = key_width
        c[1].width = val_width
    return t


def label_par(doc, label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + ' ')
    r.bold = True
    p.add_run(text)
    return p


def base_doc(font='Calibri', size=11):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    return d


def footer_text(doc, text):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.text = text
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ================================================================ FILE 1
# Socialnämnden: heading per control, two-column key/value table, Resultat:/Bedömning:
def file1():
    fil = 'Socialnämnden - uppföljning intern kontroll delår 2026.docx'
    n = 'Socialnämnden'
    d = base_doc()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = 'Lövsala kommun\tSocialförvaltningen\tDnr SN 2026/112'
    footer_text(d, 'Uppföljning av internkontrollplan 2026 – delår')

    d.add_heading('Uppföljning av internkontrollplan 2026', level=0)
    p = d.add_paragraph()
    p.add_run('Delårsrapport per 31 augusti 2026').bold = True
    d.add_paragraph('Nämnd: Socialnämnden\nFörvaltning: Socialförvaltningen\n'
                    'Datum: 2026-09-09\nHandläggare: Maria Lindqvist, förvaltningsekonom')

    d.add_heading('Inledning', level=1)
    d.add_paragraph(
        'Socialnämnden antog internkontrollplanen för 2026 den 11 december 2025 (§ 148). Planen omfattar åtta '
        'kontrollmoment som valts utifrån nämndens risk- och väsentlighetsanalys. I denna rapport redovisas '
        'utfallet av kontrollerna för perioden januari–augusti. Kontroller som enligt planen ska genomföras '
        'under hösten redovisas i verksamhetsberättelsen.')
    d.add_heading('Sammanfattning', level=1)
    d.add_paragraph('Av planens åtta kontrollmoment gäller följande per 31 augusti:')
    for b in ['tre kontrollmoment är genomförda, varav två med avvikelser',
              'två kontrollmoment pågår eller är delvis genomförda',
              'ett kontrollmoment har inte kunnat genomföras (systembyte)',
              'ett kontrollmoment utgår efter beslut i nämnden',
              'för representation hänvisas till bilaga 2']:
        d.add_paragraph(b, style='List Bullet')

    d.add_heading('Redovisning per kontrollmoment', level=1)

    controls = [
        dict(h='Attest av leverantörsfakturor',
             kv=[('Process', 'Ekonomiadministration'),
                 ('Risk', 'Fakturor betalas utan korrekt attest enligt attestordningen'),
                 ('Kontrollmetod', 'Stickprov 20 fakturor per tertial, kontroll mot attestförteckning'),
                 ('Ansvarig', 'Förvaltningsekonom'),
                 ('Status', 'Genomförd'),
                 ('Avvikelse', 'Nej')],
             res='40 fakturor har granskats (20 för T1 och 20 för T2). Samtliga var attesterade av behörig '
                 'attestant och beloppsgränserna följdes.',
             bed='Kontrollen är genomförd utan anmärkning.',
             st='GENOMFORD', av='nej'),
        dict(h='Delegationsbeslut anmäls till nämnden',
             kv=[('Process', 'Nämndadministration'),
                 ('Risk', 'Beslut fattade på delegation anmäls inte till nämnden och vinner inte laga kraft'),
                 ('Kontrollmetod', 'Jämförelse mellan beslut i Treserva och anmälningslistor till nämnden, mars och juni'),
                 ('Ansvarig', 'Nämndsekreterare'),
                 ('Status', 'Genomförd med anmärkning'),
                 ('Avvikelse', 'Ja')],
             res='Av 214 delegationsbeslut hade 211 anmälts. Tre beslut om bistånd enligt 4 kap. 1 § SoL '
                 'anmäldes först vid sammanträdet i augusti, i stället för i juni.',
             bed='Genomförd. Avvikelsen beror på att en handläggare inte registrerat besluten i tid. '
                 'Rutinen har påmints om på APT.',
             st='GENOMFORD', av='ja'),
        dict(h='Utbetalning av ekonomiskt bistånd – dubbelutbetalningar',
             kv=[('Process', 'Myndighetsutövning IFO'),
                 ('Risk', 'Samma behov ersätts två gånger'),
                 ('Kontrollmetod', 'Körning av dubblettlista i verksamhetssystemet, månadsvis'),
                 ('Ansvarig', 'Enhetschef försörjningsstöd'),
                 ('Status', 'Pågår'),
                 ('Avvikelse', 'Nej')],
             res='Dubblettkörningar är gjorda för januari–juni. Juli och augusti har inte hunnits med '
                 'på grund av semesterperioden. Inga dubbelutbetalningar har hittats hittills.',
             bed='Kontrollen pågår och slutförs under hösten.',
             st='DELVIS', av='nej'),
        dict(h='Behörigheter i verksamhetssystemet Treserva',
             kv=[('Process', 'Informationssäkerhet'),
                 ('Risk', 'Medarbetare som slutat eller bytt tjänst har kvar behörighet'),
                 ('Kontrollmetod', 'Behörighetslista jämförs med personalregister (HR-systemet)'),
                 ('Ansvarig', 'Systemförvaltare'),
                 ('Status', ''),
                 ('Avvikelse', '')],
             res='–',
             bed='Kontrollen har inte genomförts under perioden eftersom verksamhetssystemet byts ut i '
                 'september. Behörighetsgenomgången görs i stället i det nya systemet i november.',
             st='EJ_GENOMFORD', av='nej'),
        dict(h='Loggkontroll av sekretessmarkerade ärenden',
             kv=[('Process', 'Informationssäkerhet'),
                 ('Risk', 'Obehörig åtkomst till uppgifter om personer med skyddad identitet'),
                 ('Kontrollmetod', 'Uttag av loggar för samtliga sekretessmarkerade akter, två gånger per år'),
                 ('Ansvarig', 'Enhetschef myndighet'),
                 ('Status', 'Genomförd'),
                 ('Avvikelse', 'Ja')],
             res='Loggarna för 37 sekretessmarkerade akter har gåtts igenom. I två fall har en medarbetare '
                 'utan tjänsterelaterat skäl öppnat akten. Händelserna har hanterats som personalärenden '
                 'och anmälts som personuppgiftsincidenter.',
             bed='Kontrollen är genomförd. Avvikelser har konstaterats och åtgärdats.',
             st='GENOMFORD', av='ja'),
        dict(h='Återsökning av statsbidrag från Migrationsverket',
             kv=[('Process', 'Ekonomi'),
                 ('Risk', 'Kommunen går miste om ersättning den har rätt till'),
                 ('Kontrollmetod', 'Avstämning av ansökningar mot placerade ensamkommande'),
                 ('Ansvarig', 'Controller'),
                 ('Status', 'Utgår'),
                 ('Avvikelse', '–')],
             res='Återsökningen hanteras från 1 april av kommunstyrelsens ekonomienhet.',
             bed='Kontrollmomentet utgår enligt nämndens beslut 2026-04-22, § 51.',
             st='UTGAR', av='nej'),
        dict(h='Avtalstrohet vid köp av HVB-placeringar',
             kv=[('Process', 'Inköp'),
                 ('Risk', 'Placeringar köps utanför ramavtal till högre kostnad'),
                 ('Kontrollmetod', 'Genomgång av samtliga nya placeringar under perioden'),
                 ('Ansvarig', 'Enhetschef barn och unga'),
                 ('Status', 'Delvis genomförd'),
                 ('Avvikelse', 'Ja')],
             res='12 nya placeringar har gjorts. Tio var hos ramavtalsleverantör. Två placeringar gjordes '
                 'hos leverantör utan avtal utan att skälen dokumenterats. Genomgången av placeringar '
                 'i juli–augusti återstår.',
             bed='Delvis genomförd. Avvikelse konstaterad.',
             st='DELVIS', av='ja'),
        dict(h='Representation och förtroendekänsliga poster',
             kv=[('Process', 'Ekonomiadministration'),
                 ('Risk', 'Representation strider mot kommunens riktlinjer'),
                 ('Kontrollmetod', 'Granskning av samtliga fakturor på konto 7xxx representation'),
                 ('Ansvarig', 'Förvaltningsekonom'),
                 ('Status', 'Se bilaga 2'),
                 ('Avvikelse', '')],
             res='Se bilaga 2.',
             bed='',
             st='OKLAR', av='nej'),
    ]
    for i, c in enumerate(controls, 1):
        d.add_heading(f'{i}. {c["h"]}', level=2)
        kv_table(d, c['kv'])
        d.add_paragraph()
        label_par(d, 'Resultat:', c['res'])
        label_par(d, 'Bedömning:', c['bed'])
        exp(fil, n, c['h'], c['st'], c['av'])

    d.add_heading('Nämndens samlade bedömning', level=1)
    d.add_paragraph('Förvaltningen bedömer att den interna kontrollen hittills under året i huvudsak varit '
                    'tillräcklig. Avvikelserna inom loggkontroll och avtalstrohet följs upp särskilt i '
                    'verksamhetsberättelsen 2026.')
    d.add_paragraph('Bilagor: 1. Internkontrollplan 2026  2. Granskning representation jan–aug 2026')
    d.save(fil)
    FILES.append((fil, 'INLAST', n, '2026', 'DELAR'))


# ================================================================ FILE 2
# Barn- och utbildningsnämnden: bullet lists, headings per process, "Kontrollmoment:" paragraphs
def file2():
    fil = 'BUN delårsuppföljning internkontroll 2026.docx'
    n = 'Barn- och utbildningsnämnden'
    d = base_doc('Arial', 10)
    footer_text(d, 'Barn- och utbildningsförvaltningen · Lövsala kommun')
    h = d.add_heading('Intern kontroll – uppföljning januari–augusti 2026', level=1)
    d.add_paragraph('Barn- och utbildningsförvaltningen (BUF)\nUnderlag till delårsrapporten, '
                    'behandlas i BUN 2026-09-23')
    d.add_paragraph('Följande kontrollmoment ingår i årets plan:')
    names = [
        'Fakturor för skolskjuts stäms av mot beställda resor',
        'Löneutbetalning till timanställda lärarvikarier',
        'Anmälan om kränkande behandling till huvudman',
        'Utdrag ur belastningsregistret vid nyanställning',
        'Avtalstrohet vid inköp av läromedel',
        'Frånvarorapportering och skolpliktsbevakning',
        'Uppföljning av beslut om tilläggsbelopp',
        'Personuppgiftsincidenter anmäls till IMY inom 72 timmar',
    ]
    for x in names:
        d.add_paragraph(x, style='List Bullet')
    d.add_paragraph('Förvaltningens bedömning anges efter varje kontrollmoment. Observera att några kontroller '
                    'enligt planen genomförs först under hösten.')

    def ctrl(name, bullets, st, av):
        p = d.add_paragraph()
        r = p.add_run('Kontrollmoment: ')
        r.bold = True
        r2 = p.add_run(name)
        r2.bold = True
        for b in bullets:
            d.add_paragraph(b, style='List Bullet')
        exp(fil, n, name, st, av)

    d.add_heading('Ekonomi', level=2)
    ctrl(names[0], [
        'Vad: Stickprov av 15 fakturor från skolskjutsentreprenören, jämförda med beställningar i Skolskjutsplaneraren',
        'Resultat: Samtliga fakturor stämde med beställda resor.',
        'Bedömning: Klar, inga avvikelser.'], 'GENOMFORD', 'nej')
    ctrl(names[4], [
        'Vad: Genomgång av inköp av läromedel på tre grundskolor, jan–juni',
        'Resultat: 18 % av inköpsbeloppet gick till leverantör utan avtal (två digitala läromedel).',
        'Bedömning: Delvis genomförd – gymnasieskolornas inköp kontrolleras i oktober.',
        'Åtgärd: Rektorerna informeras om avtalskatalogen.'], 'DELVIS', 'ja')
    d.add_heading('Personal och lön', level=2)
    ctrl(names[1], [
        'Vad: 25 löneutbetalningar till timanställda vikarier jämförda med tidrapporter',
        'Resultat: Tre utbetalningar avsåg övertid som inte var attesterad av rektor.',
        'Bedömning: Genomförd, med avvikelse.'], 'GENOMFORD', 'ja')
    ctrl(names[3], [
        'Vad: Kontroll att utdrag visats för alla nyanställda i förskola och skola',
        'Resultat: –',
        'Bedömning: Ej genomförd. HR-konsulten som skulle göra kontrollen har varit tjänstledig och '
        'ingen ersättare har utsetts.'], 'EJ_GENOMFORD', 'nej')
    d.add_heading('Myndighetsutövning och verksamhet', level=2)
    ctrl(names[2], [
        'Vad: Anmälningar i Draftit jämförs med tid för anmälan till huvudman (fem arbetsdagar)',
        'Resultat: Vårterminens anmälningar är genomgångna, höstterminen återstår.',
        'Bedömning: Påbörjad, slutförs under hösten.'], 'DELVIS', 'nej')
    ctrl(names[5], [
        'Vad: Kontroll att varje skola rapporterat frånvaro över 10 % till elevhälsan månadsvis',
        'Resultat: Samtliga nio skolor har rapporterat varje månad under vårterminen. Kontrollen är därmed '
        'slutförd för året.'], 'GENOMFORD', 'nej')
    ctrl(names[6], [
        'Vad: Stickprov på fem beslut om tilläggsbelopp – har insatsen getts?',
        'Resultat: Kontrollen är planerad till november.',
        'Bedömning: Ej påbörjad.'], 'EJ_GENOMFORD', 'nej')
    d.add_heading('Informationssäkerhet', level=2)
    ctrl(names[7], [
        'Vad: Incidentloggen jämförs med anmälningar till Integritetsskyddsmyndigheten',
        'Resultat:',
        'Bedömning:'], 'SAKNAS', 'nej')

    d.add_paragraph()
    d.add_paragraph('Kontaktperson: Johan Ek, controller BUF, johan.ek@lovsala.se')
    d.save(fil)
    FILES.append((fil, 'INLAST', n, '2026', 'DELAR'))


# ================================================================ FILE 3
# Tekniska nämnden: one long table, header row repeated literally after a page break (tertial 2)
def file3():
    fil = 'TN IK-uppföljning T2 2026.docx'
    n = 'Tekniska nämnden'
    d = base_doc('Calibri', 9)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = 'Tekniska förvaltningen – Lövsala kommun'
    footer_text(d, 'TN 2026/87 – Uppföljning internkontroll')

    d.add_heading('Tekniska nämnden – uppföljning av internkontrollplan 2026', level=1)
    d.add_paragraph('Uppföljningstillfälle: tertial 2 (per 31 augusti 2026)')
    d.add_paragraph('Utfall anges per tertial. Årliga kontroller redovisas i den tertial då de utförts. '
                    'Tabell 1 visar samtliga kontrollmoment.')
    p = d.add_paragraph()
    p.add_run('Tabell 1. Kontrollmoment och utfall').italic = True

    header = ['Nr', 'Process', 'Kontrollmoment', 'Kontrollmetod', 'Utfall T1', 'Utfall T2', 'Kommentar']
    widths = [Cm(1.0), Cm(3.0), Cm(5.5), Cm(4.5), Cm(2.2), Cm(2.2), Cm(7.5)]
    rows = [
        ('sec', 'Ekonomi'),
        ('1', 'Ekonomi', 'Leverantörsfakturor – attest och kontering', 'Stickprov 25 fakturor per tertial',
         'Genomförd', 'Genomförd', 'Inga avvikelser. Samtliga fakturor korrekt attesterade och konterade.',
         'GENOMFORD', 'nej'),
        ('2', 'Ekonomi', 'Hyresavtal – årlig indexuppräkning av externa hyresavtal',
         'Genomgång av samtliga 46 avtal', 'Genomförd', '',
         'Årlig kontroll, genomförd i mars. Två avtal hade inte räknats upp; rättat och fakturerat i april.',
         'GENOMFORD', 'ja'),
        ('3', 'Ekonomi', 'Kassahantering vid Norrby återvinningscentral', 'Oanmäld kassainventering',
         'Genomförd', 'Genomförd',
         'T2: kassadifferens på 1 240 kr i juni. Rutinen för dagsavslut har skärpts och personalen utbildats.',
         'GENOMFORD', 'ja'),
        ('sec', 'Upphandling och inköp'),
        ('4', 'Inköp', 'Avtalstrohet – inköp mot ramavtal för mark- och anläggningsentreprenad',
         'Stickprov 30 inköp', 'Pågår', 'Delvis',
         '30 inköp granskade, 4 gjordes utan avtal hos leverantörer som inte upphandlats. Fördjupad '
         'genomgång av gatuavdelningens inköp återstår.',
         'DELVIS', 'ja'),
        ('5', 'Inköp', 'Direktupphandlingar över 100 tkr dokumenteras', 'Kontroll i diariet mot leverantörsreskontra',
         '–', 'Ej genomförd',
         'Har inte hunnits med. Upphandlaren har prioriterat upphandlingen av vinterväghållning.',
         'EJ_GENOMFORD', 'nej'),
        ('sec', 'Fastighet och gata'),
        ('6', 'Fastighet', 'Felanmälningar – åtgärdstider för akuta fel inom 24 timmar',
         'Uttag ur fastighetssystemet', 'Pågår', 'Pågår',
         'Data för jan–april analyserade; 91 % åtgärdade inom 24 h. Maj–augusti analyseras i september.',
         'DELVIS', 'nej'),
        ('hdr',),
        ('7', 'Gata', 'Fordon – körjournaler för kommunens tjänstebilar', 'Stickprov körjournaler',
         '–', 'Ej aktuell',
         'Kontrollmomentet ersätts av elektroniska körjournaler enligt nämndens beslut 2026-05-20 § 44.',
         'UTGAR', 'nej'),
        ('8', 'Gata', 'Bidrag till enskilda vägar – utbetalning mot beslut', 'Avstämning bidragslista mot utbetalningar',
         '–', 'Delvis',
         'Hälften av vägföreningarna kontrollerade. Resten görs när ansökningsomgången stängt.',
         'DELVIS', 'nej'),
        ('sec', 'VA och miljö'),
        ('9', 'VA', 'Dricksvattenprover tas enligt egenkontrollprogrammet', 'Jämförelse provtagningsplan/labbsvar',
         'Genomförd', 'Genomförd', 'Alla prover tagna enligt plan. Inga otjänliga prover.',
         'GENOMFORD', 'nej'),
        ('sec', 'IT och personal'),
        ('10', 'IT', 'Behörigheter i ekonomisystemet Raindance', 'Behörighetslista mot anställda',
         '–', 'Ej genomförd', 'Skjuts till T3 i samband med att attestförteckningen uppdateras.',
         'EJ_GENOMFORD', 'nej'),
        ('11', 'Arbetsmiljö', 'Skyddsronder genomförs på samtliga arbetsplatser', 'Protokoll från skyddsronder',
         'Pågår', 'Genomförd', 'Skyddsronder genomförda på 14 av 14 arbetsplatser. Brister åtgärdade.',
         'GENOMFORD', 'nej'),
    ]
    def new_table():
        t = d.add_table(rows=1, cols=len(header))
        t.style = 'Table Grid'
        t.autofit = False
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
            gc.set(qn('w:w'), str(int(w.twips)))
        fill_header(t.rows[0])
        return t

    def fill_header(row):
        cells = row.cells
        for i, hh in enumerate(header):
            set_cell(cells[i], hh, bold=True)
            shade(cells[i], 'BFBFBF')
            cells[i].width = widths[i]
        trPr = row._tr.get_or_add_trPr()
        th = OxmlElement('w:tblHeader')
        trPr.append(th)

    def no_split(row):
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement('w:cantSplit'))

    t = new_table()
    for r in rows:
        if r[0] == 'sec':
            row = t.add_row()
            no_split(row)
            c = row.cells
            m = c[0].merge(c[-1])
            set_cell(m, r[1], bold=True)
            shade(m, 'F2F2F2')
            continue
        if r[0] == 'hdr':
            # the writer split the table at the page break and copied the header row by hand
            p = d.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
            p = d.add_paragraph()
            p.add_run('Tabell 1 (forts.)').italic = True
            t = new_table()
            continue
        row = t.add_row()
        no_split(row)
        c = row.cells
        for i in range(7):
            set_cell(c[i], r[i])
            c[i].width = widths[i]
        exp(fil, n, r[2], r[7], r[8])
    c = t.add_row().cells
    m = c[0].merge(c[3])
    set_cell(m, 'Summa kontrollmoment: 11', bold=True)
    set_cell(c[4], '')
    set_cell(c[5], 'Genomförda: 4', bold=True)
    d.add_paragraph()
    d.add_paragraph('Teckenförklaring: Genomförd = kontrollen är utförd; Delvis/Pågår = kontrollen är påbörjad; '
                    'Ej genomförd = kontrollen har inte utförts; Ej aktuell = kontrollmomentet har utgått.')
    d.add_paragraph('Tekniska förvaltningen 2026-09-11\nPer Holm, förvaltningschef')
    d.save(fil)
    FILES.append((fil, 'INLAST', n, '2026', 'T2'))


# ================================================================ FILE 4 (.odt)
# Kultur- och fritidsförvaltningen: ODT, heading + key/value table per control, symbols, legend last
def file4():
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, TableProperties)
    from odf.text import H, P, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell

    fil = 'KFN_uppfoljning_internkontroll_delar_2026.odt'
    n = 'Kultur- och fritidsnämnden'
    doc = OpenDocumentText()
    s = doc.styles
    h1 = Style(name='Heading 1', family='paragraph')
    h1.addElement(TextProperties(fontsize='16pt', fontweight='bold'))
    h1.addElement(ParagraphProperties(margintop='0.4cm', marginbottom='0.2cm'))
    s.addElement(h1)
    h2 = Style(name='Heading 2', family='paragraph')
    h2.addElement(TextProperties(fontsize='13pt', fontweight='bold', color='#1F4E79'))
    h2.addElement(ParagraphProperties(margintop='0.5cm', marginbottom='0.15cm'))
    s.addElement(h2)
    bold = Style(name='Bold', family='text')
    bold.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bold)
    tstyle = Style(name='KV', family='table')
    tstyle.addElement(TableProperties(width='16cm', align='left'))
    doc.automaticstyles.addElement(tstyle)
    c1 = Style(name='KV.A', family='table-column')
    c1.addElement(TableColumnProperties(columnwidth='4.5cm'))
    doc.automaticstyles.addElement(c1)
    c2 = Style(name='KV.B', family='table-column')
    c2.addElement(TableColumnProperties(columnwidth='11.5cm'))
    doc.automaticstyles.addElement(c2)
    cellk = Style(name='KV.K', family='table-cell')
    cellk.addElement(TableCellProperties(backgroundcolor='#E2EFDA', border='0.5pt solid #000000', padding='0.1cm'))
    doc.automaticstyles.addElement(cellk)
    cellv = Style(name='KV.V', family='table-cell')
    cellv.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.1cm'))
    doc.automaticstyles.addElement(cellv)

    def para(text, b=False):
        p = P()
        if b:
            p.addElement(Span(stylename=bold, text=text))
        else:
            p.addText(text)
        doc.text.addElement(p)

    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text='Uppföljning av intern kontroll – delår 2026'))
    para('Kultur- och fritidsförvaltningen, Lövsala kommun')
    para('Period: 2026-01-01 – 2026-08-31')
    para('Till: Kultur- och fritidsnämndens sammanträde 2026-09-17')
    para('Nedan redovisas varje kontrollmoment i internkontrollplanen. Status anges med symbol, se '
         'teckenförklaringen sist i dokumentet.')

    controls = [
        ('Föreningsbidrag – ansökningar kontrolleras mot stadgar och medlemsförteckning',
         'Föreningsbidrag', 'Bidragshandläggare', '✔', 'Nej',
         'Tio av 52 beviljade ansökningar har kontrollerats. Samtliga hade aktuella stadgar och '
         'medlemsförteckningar.', 'GENOMFORD', 'nej'),
        ('Dagskassa i Lövsala simhall stäms av mot kassasystemet',
         'Kontanthantering', 'Badchef', '◑', 'Ja',
         'Avstämning gjord för januari–maj. En differens på 3 400 kr i mars kunde inte förklaras och har '
         'polisanmälts. Juni–augusti återstår.', 'DELVIS', 'ja'),
        ('Uthyrning av lokaler – alla bokningar i Interbook faktureras',
         'Intäkter', 'Bokningsansvarig', '✔', 'Ja',
         'Kontrollen genomförd. 12 bokningar under våren hade inte fakturerats; fakturor skickades i juni.',
         'GENOMFORD', 'ja'),
        ('Bibliotekets inköp av medier görs från avtalad leverantör',
         'Inköp', 'Bibliotekschef', '✖', '–',
         'Kontrollen har inte genomförts. Ny bibliotekschef tillträdde i augusti.', 'EJ_GENOMFORD', 'nej'),
        ('Representation vid Lövsaladagen följer riktlinjerna',
         'Representation', 'Evenemangssamordnare', '—', '–',
         'Lövsaladagen 2026 ställdes in. Kontrollmomentet utgår för i år.', 'UTGAR', 'nej'),
        ('Utdrag ur belastningsregistret för ledare i sommarlovsverksamheten',
         'Barn och unga', 'Fritidsgårdschef', '?', '',
         'Uppgift saknas, fritidsgårdschefen återkommer efter semestern.', 'OKLAR', 'nej'),
        ('Inventering av konstsamlingen',
         'Skydd av tillgångar', 'Kulturstrateg', '◑', 'Nej',
         'Konst i kommunhuset och på två skolor inventerad (212 verk). Vård- och omsorgsboenden återstår.',
         'DELVIS', 'nej'),
    ]
    for i, (km, proc, ansv, sym, avv, kom, st, av) in enumerate(controls, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=f'{i}. {km}'))
        tb = Table(name=f'Kontroll{i}', stylename=tstyle)
        tb.addElement(TableColumn(stylename=c1))
        tb.addElement(TableColumn(stylename=c2))
        for k, v in [('Process', proc), ('Ansvarig', ansv), ('Status', sym),
                     ('Avvikelse', avv), ('Kommentar', kom)]:
            tr = TableRow()
            ck = TableCell(stylename=cellk, valuetype='string')
            pk = P()
            pk.addElement(Span(stylename=bold, text=k))
            ck.addElement(pk)
            cv = TableCell(stylename=cellv, valuetype='string')
            cv.addElement(P(text=v))
            tr.addElement(ck)
            tr.addElement(cv)
            tb.addElement(tr)
        doc.text.addElement(tb)
        exp(fil, n, km, st, av)

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text='Samlad bedömning'))
    para('Förvaltningen bedömer att den interna kontrollen fungerar i huvudsak men att kontanthanteringen '
         'i simhallen behöver stärkas.')
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text='Teckenförklaring'))
    lst = List()
    for t in ['✔  Genomförd', '◑  Pågår / delvis genomförd', '✖  Ej genomförd', '—  Utgår']:
        li = ListItem()
        li.addElement(P(text=t))
        lst.addElement(li)
    doc.text.addElement(lst)
    para('Ulla Sjöberg, kvalitetsutvecklare')
    doc.save(fil)
    FILES.append((fil, 'INLAST', n, '2026', 'DELAR'))


# ================================================================ FILE 5 (.doc)
# Överförmyndarnämnden: old Word template, converted to .doc; X in columns
def file5(tmpdir):
    fil = 'Överförmyndarnämnden IK 2026.doc'
    n = 'Överförmyndarnämnden'
    d = base_doc('Times New Roman', 11)
    p = d.add_paragraph()
    r = p.add_run('ÖVERFÖRMYNDARNÄMNDEN')
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run('Uppföljning av intern kontroll\nDelår 1 jan – 31 aug 2026')
    r.bold = True
    d.add_paragraph('Överförmyndarenheten, Lövsala kommun. Markera med X i den kolumn som stämmer.')
    hdr = ['Kontrollmoment', 'Genomförd', 'Ej genomförd', 'Pågår', 'Anmärkning']
    rows = [
        ('Granskning av årsräkningar inom sex månader från inlämning', 'X', '', '',
         'Mål 95 %, utfall 92 % granskade inom tid.', 'GENOMFORD', 'ja'),
        ('Arvoden till gode män och förvaltare – beräkning och attest', 'X', '', '',
         'Stickprov 20 arvodesbeslut, inga fel.', 'GENOMFORD', 'nej'),
        ('Överförmyndarspärr på förvaltarkonton', '', '', 'X',
         'Bankernas bekräftelser inkomna för 60 av 84 konton.', 'DELVIS', 'nej'),
        ('Kontroll av nya ställföreträdare mot belastnings- och skuldregister', 'X', 'X', '',
         '', 'OKLAR', 'nej'),
        ('Akter gallras och arkiveras enligt dokumenthanteringsplanen', '', 'X', '',
         'Arkivarie saknas under våren.', 'EJ_GENOMFORD', 'nej'),
        ('Handläggningstid för anmälan om behov av god man', '', '', '',
         '', 'SAKNAS', 'nej'),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = 'Table Grid'
    t.autofit = False
    w5 = [Cm(6.0), Cm(2.2), Cm(2.4), Cm(1.8), Cm(4.6)]
    for gc, w in zip(t._tbl.tblGrid.findall(qn('w:gridCol')), w5):
        gc.set(qn('w:w'), str(int(w.twips)))
    for i, hh in enumerate(hdr):
        set_cell(t.rows[0].cells[i], hh, bold=True)
        t.rows[0].cells[i].width = w5[i]
    for r_ in rows:
        c = t.add_row().cells
        for i in range(5):
            set_cell(c[i], r_[i])
            c[i].width = w5[i]
        for i in (1, 2, 3):
            c[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, n, r_[0], r_[5], r_[6])
    d.add_paragraph()
    d.add_paragraph('Lövsala 2026-09-04')
    d.add_paragraph('_______________________\nAnna Berg, handläggare')
    src = os.path.join(tmpdir, 'Overformyndarnamnden IK 2026.docx')
    d.save(src)
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-round132', '--headless',
                    '--convert-to', 'doc:MS Word 97', '--outdir', tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmpdir, 'Overformyndarnamnden IK 2026.doc'), fil)
    FILES.append((fil, 'INLAST', n, '2026', 'DELAR'))


# ================================================================ FILE 6
# Stratsys-style Word export holding two nämnder
def file6():
    fil = 'Stratsys_rapport_internkontroll_2026-09-08.docx'
    d = base_doc('Segoe UI', 9)
    footer_text(d, 'Utskrivet från Stratsys 2026-09-08 10:42 av lena.karlsson')
    d.add_heading('Rapport: Internkontroll – uppföljning', level=0)
    kv_table(d, [('Organisation', 'Lövsala kommun'),
                 ('Period', 'Augusti 2026 (delårsbokslut)'),
                 ('Enheter', 'Kommunstyrelsen; Räddningsnämnden'),
                 ('Urval', 'Kontrollmoment med uppföljning 2026')], key_fill='EDEDED')

    blocks = [
        ('Kommunstyrelsen', 'Kommunledningsförvaltningen', [
            ('Attestförteckningen är uppdaterad och aktuell', 'Slutförd', 'Ekonomichef',
             'Attestförteckningen reviderades i februari och stämdes av mot organisationen i juni. Inga avvikelser.',
             'GENOMFORD', 'nej'),
            ('Löneutbetalning till nyanställda stäms av mot anställningsavtal', 'Slutförd', 'HR-chef',
             '40 nyanställningar kontrollerade. Två fel i lönenivå har upptäckts och återkrav har skickats.',
             'GENOMFORD', 'ja'),
            ('Behörighetsgenomgång av AD-konton', 'Pågående', 'IT-chef',
             'Inaktuella konton har inventerats, borttag pågår.', 'DELVIS', 'nej'),
            ('Allmänna handlingar diarieförs senast dagen efter ankomst', 'Ej påbörjad', 'Kanslichef',
             '', 'EJ_GENOMFORD', 'nej'),
            ('Avtalstrohet vid köp av konsulttjänster', 'Försenad', 'Upphandlingschef',
             'Stickprovet påbörjades i augusti och beräknas vara klart i oktober.', 'DELVIS', 'nej'),
            ('Firmatecknare och bankfullmakter är aktuella', 'Slutförd', 'Ekonomichef',
             'Kontrollerat mot KS beslut 2026-01-28 § 9. Aktuellt.', 'GENOMFORD', 'nej'),
        ]),
        ('Räddningsnämnden', 'Räddningstjänsten Lövsala', [
            ('Tillsyn enligt LSO genomförs enligt tillsynsplanen', 'Pågående', 'Stf räddningschef',
             '48 av 80 planerade tillsyner genomförda per 31/8.', 'DELVIS', 'nej'),
            ('Onödiga automatlarm faktureras', 'Slutförd', 'Administratör',
             'Sju onödiga larm hade inte fakturerats under T1. Faktureringen är nu gjord och rutinen ändrad.',
             'GENOMFORD', 'ja'),
            ('Andningsskyddsutrustning kontrolleras och dokumenteras', 'Slutförd', 'Materielansvarig',
             'Samtliga 36 apparater kontrollerade och godkända.', 'GENOMFORD', 'nej'),
            ('Beredskapsersättning registreras med rätt löneart', 'Avbruten', 'Räddningschef',
             'Avbruten genom beslut i RN 2026-06-10 § 33; ingår i stället i kommunens centrala lönekontroll.',
             'UTGAR', 'nej'),
            ('Stickprov på användning av drivmedelskort', 'Ej påbörjad', 'Räddningschef',
             'Planeras till hösten.', 'EJ_GENOMFORD', 'nej'),
        ]),
    ]
    for namnd, forv, ctrls in blocks:
        d.add_page_break()
        d.add_heading(namnd, level=1)
        d.add_paragraph(f'{forv} · Internkontrollplan 2026 · {len(ctrls)} kontrollmoment')
        for km, st_word, ansv, kom, st, av in ctrls:
            d.add_heading(km, level=3)
            kv_table(d, [('Status', st_word), ('Ansvarig', ansv), ('Senast uppdaterad', '2026-09-0' + str(1 + len(km) % 7)),
                         ('Kommentar', kom)], key_width=Cm(3.5), key_fill='EDEDED')
            exp(fil, namnd, km, st, av)
    d.save(fil)
    FILES.append((fil, 'INLAST', 'Kommunstyrelsen', '2026', 'DELAR'))
    FILES.append((fil, 'INLAST', 'Räddningsnämnden', '2026', 'DELAR'))


# ================================================================ FILE 7 (.xlsx)
# Vård- och omsorgsnämnden: the one Excel file, colour fills + legend, Status 2025 column
def file7():
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
    fil = 'VON internkontroll 2026 delår.xlsx'
    n = 'Vård- och omsorgsnämnden'
    wb = Workbook()
    ws = wb.active
    ws.title = 'IK 2026'
    G = PatternFill('solid', fgColor='00B050')
    Y = PatternFill('solid', fgColor='FFC000')
    R = PatternFill('solid', fgColor='FF0000')
    B = PatternFill('solid', fgColor='5B9BD5')
    thin = Side(style='thin')
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'Vård- och omsorgsnämnden'
    ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Internkontrollplan 2026 – uppföljning'
    ws['A2'].font = Font(bold=True, size=12)
    ws['A3'] = 'Rapporteringstillfälle: Delår (31/8)'
    ws.merge_cells('A1:E1')
    ws.merge_cells('A2:E2')
    ws['J2'] = 'Färgkod'
    ws['J2'].font = Font(bold=True)
    for i, (f, t) in enumerate([(G, 'Genomförd'), (Y, 'Pågår / delvis'), (R, 'Ej genomförd')]):
        ws.cell(row=3 + i, column=10).fill = f
        ws.cell(row=3 + i, column=11, value=t)
    hdr = ['Nr', 'Process', 'Risk', 'Kontrollmoment', 'Status 2025 (helår)', 'Delår 2026', 'Helår 2026', 'Kommentar']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='D9D9D9')
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical='top')
    rows = [
        (1, 'LSS', 'Beslut verkställs inte i tid',
         'LSS-beslut verkställs inom tre månader, ej verkställda rapporteras till IVO', 'Genomförd', G,
         'Två ej verkställda beslut (bostad med särskild service) rapporterade till IVO i juli.', 'GENOMFORD', 'ja'),
        (2, 'Avgifter', 'Felaktig debitering', 'Hemtjänstavgifter debiteras enligt utförd tid', 'Delvis', G,
         'Stickprov 30 brukare, inga fel.', 'GENOMFORD', 'nej'),
        (3, 'Hälso- och sjukvård', 'Läkemedel ges utan giltig delegering',
         'Delegeringar för läkemedelshantering är aktuella', 'Genomförd', Y,
         '6 av 40 delegeringar hade gått ut. Förnyelse pågår.', 'DELVIS', 'ja'),
        (4, 'Inköp', 'Köp utanför avtal', 'Avrop av bemanningssjuksköterskor görs enligt ramavtal',
         'Ej genomförd', R, '', 'EJ_GENOMFORD', 'nej'),
        (5, 'Brukarnas medel', 'Förskingring', 'Kontanthantering av brukares privata medel på särskilda boenden',
         'Genomförd', G, 'Kassaböcker på fem boenden kontrollerade utan anmärkning.', 'GENOMFORD', 'nej'),
        (6, 'Lön', 'Felaktiga löner', 'Timanställdas arbetade pass i Time Care stäms av mot lön', 'Genomförd', B,
         '', 'OKLAR', 'nej'),
        (7, 'Kvalitet', 'Missförhållanden utreds inte', 'Lex Sarah-rapporter utreds inom 14 dagar', 'Delvis', None,
         'Kontroll genomförd i juni, samtliga 9 rapporter utreddes inom 14 dagar.', 'GENOMFORD', 'nej'),
        (8, 'Lokaler', 'Hyra betalas för tomma lägenheter',
         'Hyresavtal för gruppbostäder stäms av mot beläggning', 'Genomförd', None, '', 'SAKNAS', 'nej'),
    ]
    r0 = 7
    for i, row in enumerate(rows):
        r = r0 + i
        vals = [row[0], row[1], row[2], row[3], row[4], None, None, row[6]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical='top')
        if row[5] is not None:
            ws.cell(row=r, column=6).fill = row[5]
        exp(fil, n, row[3], row[7], row[8])
    r = r0 + len(rows)
    ws.cell(row=r, column=3, value='Antal kontrollmoment').font = Font(bold=True)
    ws.cell(row=r, column=4, value=len(rows)).font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value='Kolumnen Helår 2026 fylls i inför verksamhetsberättelsen.')
    for col, w in zip('ABCDEFGH', [5, 16, 26, 48, 14, 12, 12, 52]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A7'
    wb.save(fil)
    FILES.append((fil, 'INLAST', n, '2026', 'DELAR'))


# ================================================================ FILE 8
# Miljö- och byggnadsnämnden: LAST YEAR's helår report sent by mistake (2025, HELAR)
def file8():
    fil = 'Miljö- och byggnadsnämnden uppföljning internkontrollplan 2025.docx'
    n = 'Miljö- och byggnadsnämnden'
    d = base_doc('Garamond', 12)
    d.add_heading('Uppföljning av internkontrollplan 2025', level=0)
    d.add_paragraph('Miljö- och byggnadsnämnden – helårsuppföljning (bilaga till verksamhetsberättelse 2025)')
    d.add_paragraph('Miljö- och byggförvaltningen, 2026-01-20')
    ctrls = [
        ('Bygglov handläggs inom lagstadgad tid (10 veckor)',
         'Samtliga 312 beslutade bygglovsärenden 2025 har följts upp i Castor. 41 ärenden (13 %) '
         'överskred tio veckor och avgiften reducerades enligt plan- och bygglagen.',
         'Kontrollen genomförd. Avvikelse mot lagkravet konstaterad.', 'GENOMFORD', 'ja'),
        ('Bygglovsavgifter debiteras enligt gällande taxa',
         'Stickprov på 25 beslut visade att avgiften var korrekt beräknad i samtliga fall.',
         'Genomförd utan anmärkning.', 'GENOMFORD', 'nej'),
        ('Årliga tillsynsavgifter inom miljöbalken faktureras',
         'Kontrollen hann inte genomföras under året på grund av vakanser på miljöenheten.',
         'Ej genomförd. Förs över till internkontrollplan 2026.', 'EJ_GENOMFORD', 'nej'),
        ('Delegationsbeslut anmäls till nämnden',
         'Delegationslistorna har jämförts med beslut i ärendesystemet. Två beslut om sanktionsavgift '
         'saknade anmälan och anmäldes i efterhand.',
         'Genomförd. Rutinen har förtydligats.', 'GENOMFORD', 'ja'),
        ('Jäv – handläggares intresseförklaringar',
         'Intresseförklaringar har samlats in från 14 av 20 handläggare.',
         'Pågår, slutförs första kvartalet 2026.', 'DELVIS', 'nej'),
    ]
    for km, res, bed, st, av in ctrls:
        d.add_heading(km, level=2)
        label_par(d, 'Resultat:', res)
        label_par(d, 'Bedömning:', bed)
        exp(fil, n, km, st, av)
    d.add_paragraph()
    d.add_paragraph('Beslutad av miljö- och byggnadsnämnden 2026-02-12 § 8.')
    d.save(fil)
    FILES.append((fil, 'INLAST', n, '2025', 'HELAR'))


# ================================================================ FILE 9 (reject)
# Covering letter without any controls
def file9():
    fil = 'Följebrev internkontroll delår 2026.docx'
    d = base_doc('Calibri', 11)
    d.add_paragraph('Lövsala kommun\nSocialförvaltningen')
    d.add_paragraph('2026-09-09')
    d.add_paragraph('Till: Ekonomiavdelningen, kommunledningsförvaltningen')
    d.add_heading('Överlämnande av uppföljning av intern kontroll, delår 2026', level=1)
    d.add_paragraph('Hej!')
    d.add_paragraph('Härmed översänds Socialnämndens uppföljning av internkontrollplanen per 31 augusti 2026. '
                    'Uppföljningen behandlas av nämnden den 24 september. Själva rapporten finns i separat fil '
                    '(”Socialnämnden - uppföljning intern kontroll delår 2026.docx”). Bilaga 2 om representation '
                    'skickas när granskningen är klar.')
    d.add_paragraph('Hör av er om något är oklart.')
    d.add_paragraph('Med vänlig hälsning\nMaria Lindqvist\nFörvaltningsekonom')
    d.save(fil)
    FILES.append((fil, 'AVVISAD', '', '', ''))


def registers():
    with open('namnder.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['nämnd', 'alias'])
        w.writerows([
            ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|Kommunledningskontoret'),
            ('Socialnämnden', 'SN|Socialförvaltningen|IFO'),
            ('Barn- och utbildningsnämnden', 'BUN|Barn- och utbildningsförvaltningen|BUF'),
            ('Gymnasie- och vuxenutbildningsnämnden', 'GVN|Gymnasie- och vuxenutbildningsförvaltningen'),
            ('Tekniska nämnden', 'TN|Tekniska förvaltningen'),
            ('Kultur- och fritidsnämnden', 'KFN|Kultur- och fritidsförvaltningen'),
            ('Vård- och omsorgsnämnden', 'VON|Vård- och omsorgsförvaltningen|Omsorgsförvaltningen'),
            ('Miljö- och byggnadsnämnden', 'MBN|Miljö- och byggförvaltningen|Bygg- och miljöförvaltningen'),
            ('Överförmyndarnämnden', 'ÖFN|Överförmyndarenheten|Överförmyndaren'),
            ('Räddningsnämnden', 'RN|Räddningstjänsten|Räddningstjänsten Lövsala'),
            ('Valnämnden', 'VN'),
        ])
    with open('files.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['fil', 'utfall', 'nämnd', 'år', 'period'])
        w.writerows(FILES)
    with open('expected.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['fil', 'nämnd', 'kontrollmoment', 'status', 'avvikelse'])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix='r132_')
    try:
        file1()
        file2()
        file3()
        file4()
        file5(tmpdir)
        file6()
        file7()
        file8()
        file9()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    registers()
    print(f'{len(FILES)} files.csv rows, {len(EXPECTED)} controls')


if __name__ == '__main__':
    main()
