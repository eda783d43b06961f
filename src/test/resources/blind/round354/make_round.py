#!/usr/bin/python3
"""Blind round r354 - Sandviken-Öst kommun, T2 2025 inbox (Word-dominated)."""
import csv, datetime, os, shutil, subprocess
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = '/tmp/r354_build'
FIXED = datetime.datetime(2025, 9, 10, 8, 0, 0)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS, BUN, SN, VON, KFN, SBN, MHN, TN, OFN = (
    'Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Socialnämnden',
    'Vård- och omsorgsnämnden', 'Kultur- och fritidsnämnden', 'Samhällsbyggnadsnämnden',
    'Miljö- och hälsoskyddsnämnden', 'Tekniska nämnden', 'Överförmyndarnämnden')


def new_doc():
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = 'Sandviken-Öst kommun'
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10)
    return d


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hexcol)
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


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trPr.append(el)


# ---------------------------------------------------------------- 1 KS
def file_ks():
    fn = 'KS_IK-uppfoljning_T2_2025.docx'
    d = new_doc()
    p = d.add_paragraph(); r = p.add_run('Sandviken-Öst kommun'); r.bold = True
    d.add_paragraph('Kommunledningsförvaltningen\t\t\t\tDnr KS 2025/114')
    d.add_heading('Kommunstyrelsen – uppföljning av internkontrollplan 2025, tertial 2', level=1)
    d.add_paragraph('Uppföljningen avser perioden januari–augusti 2025. Kontrollerna har genomförts av '
                    'respektive kontrollansvarig och sammanställts av kommunledningsförvaltningens controller. '
                    'Status anges som Genomförd, Genomförd med anmärkning, Delvis/Pågår, Ej påbörjad eller Utgår.')
    rows = [
        ('Ekonomi – attest och redovisning', 'Attest av leverantörsfakturor enligt attestordningen',
         'Stickprov 20 fakturor per tertial', 'Ekonomichef', 'Genomförd',
         '20 fakturor granskade, samtliga korrekt attesterade.', 'GENOMFORD', 'nej'),
        (None, 'Kontroll av att jävsregler följs vid attest av egna kostnader',
         'Genomgång av samtliga kurs- och resefakturor', 'Controller', 'Genomförd med anmärkning',
         'I 2 av 15 fall hade attestant attesterat egen kursavgift. Rutinen har förtydligats på ledningsgruppen 2025-06-10.',
         'GENOMFORD', 'ja'),
        (None, 'Representation och förtroendekänsliga poster följer riktlinjer',
         'Stickprov 10 verifikationer', 'Redovisningsansvarig', 'Pågår',
         'Stickprov för maj–augusti pågår och redovisas i helårsuppföljningen.', 'DELVIS', ''),
        ('Upphandling och inköp', 'Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinje',
         'Genomgång av registrerade direktupphandlingar', 'Upphandlingschef', 'Genomförd',
         'Tre av tio direktupphandlingar saknade dokumentation. Åtgärd: utbildning för beställare i oktober.',
         'GENOMFORD', 'ja'),
        (None, 'Avtalstrohet vid inköp av förbrukningsmaterial',
         'Spendanalys', 'Upphandlingschef', 'Ej påbörjad',
         'Flyttas till tertial 3 på grund av byte av e-handelssystem.', 'EJ_GENOMFORD', ''),
        ('Personal och lön', 'Behörigheter i lönesystemet stäms av mot aktuell bemanning',
         'Avstämning mot HR-lista', 'HR-chef', 'Genomförd',
         'Avstämning gjord i juni. Inga avvikelser.', 'GENOMFORD', 'nej'),
        (None, 'Utdrag ur belastningsregistret kontrolleras vid nyanställning inom kommunens gemensamma verksamheter',
         'Stickprov', 'HR-chef', 'Utgår',
         'Utgår enligt beslut KS 2025-04-09 § 61, ersätts av central rutin i rekryteringssystemet.', 'UTGAR', ''),
        ('Informationssäkerhet och dokumenthantering', 'Loggkontroll av åtkomst till ärendehanteringssystemet',
         'Månadsvis loggkontroll', 'Informationssäkerhetssamordnare', '',
         'Loggar för perioden har kontrollerats i samtliga stickprov, ingen otillbörlig åtkomst upptäcktes.',
         'GENOMFORD', 'nej'),
        (None, 'Diarieföring av inkomna handlingar sker inom tre arbetsdagar',
         'Mätning en månad per tertial', 'Registrator', 'Delvis',
         'Mätning gjord för maj; juni–augusti återstår.', 'DELVIS', ''),
    ]
    t = d.add_table(rows=2 + len(rows), cols=6)
    t.style = 'Table Grid'
    hdr = ['Process', 'Kontrollmoment', 'Kontrollmetod', 'Ansvarig']
    for i, h in enumerate(hdr):
        c = t.cell(0, i).merge(t.cell(1, i))
        set_cell(c, h, bold=True); shade(c, 'D9E2F3')
    c = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(c, 'Uppföljning tertial 2', bold=True); shade(c, 'D9E2F3')
    set_cell(t.cell(1, 4), 'Status', bold=True); shade(t.cell(1, 4), 'D9E2F3')
    set_cell(t.cell(1, 5), 'Kommentar', bold=True); shade(t.cell(1, 5), 'D9E2F3')
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    # process groups -> vertical merges
    start = None
    for i, row in enumerate(rows):
        ri = i + 2
        for j in range(1, 6):
            set_cell(t.cell(ri, j), row[j])
        EXPECTED.append((fn, KS, row[1], row[6], row[7]))
    groups = []
    for i, row in enumerate(rows):
        if row[0]:
            groups.append([i, i, row[0]])
        else:
            groups[-1][1] = i
    for a, b, name in groups:
        c = t.cell(a + 2, 0)
        if b > a:
            c = c.merge(t.cell(b + 2, 0))
        set_cell(c, name, bold=True)
    d.add_paragraph('')
    d.add_paragraph('Sammanställt av: Maria Holm, controller, 2025-09-08')
    d.add_paragraph('Behandlas i kommunstyrelsens arbetsutskott 2025-09-23.')
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, 'INLAST', KS, '2025', 'T2'))


# ---------------------------------------------------------------- 2 BUN
def file_bun():
    fn = 'BUN Uppföljning internkontrollplan T2 2025.docx'
    d = new_doc()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = 'Barn- och utbildningsförvaltningen\tRapport\t2025-09-12'
    d.add_heading('Uppföljning av intern kontroll – tertial 2 2025', level=0)
    d.add_paragraph('Barn- och utbildningsnämnden')
    d.add_heading('1. Inledning', level=1)
    d.add_paragraph('Barn- och utbildningsnämnden antog internkontrollplan för 2025 den 12 februari 2025 (BUN § 14). '
                    'Planen omfattar nio kontrollmoment fördelade på fyra processer. Denna rapport redovisar '
                    'resultatet av kontrollerna för perioden januari–augusti 2025 (tertial 2).')
    d.add_paragraph('Varje process redovisas i en egen tabell. Status anges med följande koder:')
    for s in ['G = Genomförd utan anmärkning', 'GA = Genomförd, avvikelse konstaterad',
              'P = Påbörjad / delvis genomförd', 'EG = Ej genomförd', 'U = Utgår']:
        d.add_paragraph(s, style='List Bullet')
    d.add_heading('2. Sammanfattning', level=1)
    d.add_paragraph('Av planens nio kontrollmoment har fyra genomförts, varav två med avvikelse. '
                    'Två kontroller pågår och en har inte genomförts.')
    st = d.add_table(rows=2, cols=6); st.style = 'Table Grid'
    for i, (a, b) in enumerate([('Status', 'Antal'), ('G', '2'), ('GA', '2'), ('P', '2'), ('EG', '1'), ('U', '1')]):
        set_cell(st.cell(0, i), a, bold=True); set_cell(st.cell(1, i), b)
    d.add_paragraph('(Ett kontrollmoment redovisas i bilaga 2.)')
    d.add_heading('3. Redovisning per process', level=1)
    procs = [
        ('3.1 Process: Ekonomi och attest', 'Processägare: Ekonomichef BUF', [
            ('Attest av leverantörsfakturor enligt attestordningen', 'Stickprov 25 fakturor',
             'Samtliga 25 fakturor korrekt attesterade.', 'G', 'GENOMFORD', 'nej'),
            ('Kontroll av att skolskjutsfakturor stämmer mot avtalade priser', 'Samtliga fakturor mars–juni',
             'Två fakturor avvek från avtalspris (totalt 14 300 kr). Kreditering har begärts från entreprenören.',
             'GA', 'GENOMFORD', 'ja'),
        ]),
        ('3.2 Process: Elevhälsa och skolplikt', 'Processägare: Verksamhetschef elevhälsa', [
            ('Anmälan om upprepad eller längre frånvaro görs till huvudman enligt skollagen 7 kap. 19 a §',
             'Genomgång av frånvarorapporter',
             'Uppföljning gjord för vårterminen. Höstterminens kontroll påbörjas i september.',
             'P', 'DELVIS', ''),
            ('Kränkande behandling anmäls till huvudman inom fem arbetsdagar', 'Samtliga anmälningar',
             'Se bilaga 2.', '', 'OKLAR', ''),
            ('Skolpliktsbevakning för elever folkbokförda i kommunen men placerade i annan kommun',
             'Avstämning mot folkbokföring',
             'Kontrollen har inte kunnat genomföras på grund av vakans som utredare.', 'EG', 'EJ_GENOMFORD', ''),
        ]),
        ('3.3 Process: Personal och rekrytering', 'Processägare: HR-strateg BUF', [
            ('Utdrag ur belastningsregistret finns för all nyanställd personal', 'Stickprov 30 anställningar',
             '28 av 30 hade uppvisat utdrag; två vikarier saknade utdrag. Rutinen hos rektorerna har skärpts.',
             'GA', 'GENOMFORD', 'ja'),
            ('Legitimation kontrolleras vid anställning av lärare och förskollärare', 'Samtliga anställningar',
             'Kontrollen genomförd i samband med anställningar inför höstterminen, inga avvikelser.',
             'G', 'GENOMFORD', 'nej'),
        ]),
        ('3.4 Process: IT och avgifter', 'Processägare: Administrativ chef BUF', [
            ('Behörigheter i elevdokumentationssystemet tas bort när personal slutar', 'Avstämning mot HR-lista',
             'Avstämning påbörjad i juni; 40 av 112 avslutade konton har kontrollerats hittills.',
             'P', 'DELVIS', ''),
            ('Barnomsorgsavgifter debiteras enligt beslutad taxa', '–',
             'Kontrollen flyttas till kommunstyrelsens plan (gemensam avgiftshandläggning).',
             'U', 'UTGAR', ''),
        ]),
    ]
    for title, owner, ctrls in procs:
        d.add_heading(title, level=2)
        d.add_paragraph(owner)
        t = d.add_table(rows=1 + len(ctrls), cols=4); t.style = 'Table Grid'
        for i, h in enumerate(['Kontrollmoment', 'Omfattning', 'Resultat tertial 2', 'Status']):
            set_cell(t.cell(0, i), h, bold=True); shade(t.cell(0, i), 'E2EFD9')
        for k, c in enumerate(ctrls):
            for i in range(4):
                set_cell(t.cell(k + 1, i), c[i])
            EXPECTED.append((fn, BUN, c[0], c[4], c[5]))
        d.add_paragraph('')
    d.add_heading('4. Fortsatt arbete', level=1)
    d.add_paragraph('Förvaltningen återkommer med helårsuppföljning i januari 2026. Kontroller som pågår '
                    'slutförs under tertial 3.')
    d.add_paragraph('Bilaga 1: Internkontrollplan 2025\nBilaga 2: Sammanställning av anmälningar om kränkande behandling')
    d.add_paragraph('Johan Almgren\nFörvaltningschef')
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, 'INLAST', BUN, '2025', 'T2'))


# ---------------------------------------------------------------- 3 SN letter
def file_sn():
    fn = 'Socialnämnden - uppföljning intern kontroll T2 2025.docx'
    d = new_doc()
    for line in ['Sandviken-Öst kommun', 'Socialförvaltningen', '2025-09-10', '',
                 'Till: Ekonomiavdelningen, kommunledningsförvaltningen', '']:
        d.add_paragraph(line)
    p = d.add_paragraph(); r = p.add_run('Uppföljning av Socialnämndens internkontrollplan 2025, tertial 2'); r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph('Hej! Här kommer socialförvaltningens uppföljning av internkontrollplanen för perioden '
                    'januari–augusti 2025. Nämnden behandlar uppföljningen på sitt sammanträde den 24 september. '
                    'Planen innehåller sju kontrollmoment och nedan redovisas vart och ett av dem.')
    items = [
        ('Beslut om ekonomiskt bistånd är fattade i enlighet med delegationsordningen',
         'Stickprov har gjorts på 40 beslut från mars och juni. Samtliga beslut var fattade av behörig delegat. '
         'Kontrollen är genomförd utan anmärkning.', 'GENOMFORD', 'nej'),
        ('Utbetalningar av ekonomiskt bistånd överensstämmer med beslut',
         'Vi har jämfört 40 utbetalningar mot underliggande beslut. I tre fall hade utbetalning gjorts med fel belopp, '
         'varav en dubbelutbetalning av hyra. Återkrav har initierats. Kontrollen är genomförd med avvikelse.',
         'GENOMFORD', 'ja'),
        ('Orosanmälningar förhandsbedöms inom 14 dagar',
         'Uppföljningen avser första halvåret. 88 procent av förhandsbedömningarna var klara inom 14 dagar, vilket '
         'innebär en avvikelse mot lagkravet. Kontrollen fortsätter under hösten med ett andra stickprov.',
         'DELVIS', 'ja'),
        ('Loggkontroller i verksamhetssystemet genomförs månadsvis',
         'Loggkontrollerna har inte genomförts under perioden eftersom systemförvaltaren har varit sjukskriven. '
         'De återupptas i oktober.', 'EJ_GENOMFORD', ''),
        ('Avtalstrohet vid köp av placeringar (HVB och familjehem)',
         'Kontrollen utgår enligt nämndens beslut 2025-05-21 § 48, eftersom uppföljningen av ramavtalen görs centralt.',
         'UTGAR', ''),
        ('Handläggningstid för utredningar enligt LSS följs upp',
         'Kontrollen är planerad till tertial 3 och har därför inte påbörjats.', 'EJ_GENOMFORD', ''),
        ('Hantering av privata medel för boende på stödboende',
         'Inventering av kassaböcker är genomförd på två av tre stödboenden. Det tredje boendet kontrolleras i '
         'september. Inga differenser har hittats hittills.', 'DELVIS', 'nej'),
    ]
    for ctrl, text, s, a in items:
        d.add_paragraph('')
        p = d.add_paragraph(); r = p.add_run(ctrl); r.bold = True
        d.add_paragraph(text)
        EXPECTED.append((fn, SN, ctrl, s, a))
    d.add_paragraph('')
    d.add_paragraph('Sammantaget bedömer förvaltningen att den interna kontrollen fungerar men att loggkontrollerna '
                    'behöver prioriteras under hösten. Hör gärna av er om något är oklart.')
    d.add_paragraph('')
    d.add_paragraph('Med vänlig hälsning')
    d.add_paragraph('Karin Ödman\nFörvaltningsekonom, socialförvaltningen\n0266-77 12 40')
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, 'INLAST', SN, '2025', 'T2'))


# ---------------------------------------------------------------- 4 VON .doc
def file_von():
    fn = 'Internkontroll uppföljning T2 2025 (slutlig).doc'
    d = new_doc()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = 'Sandviken-Öst kommun\tVård- och omsorgsnämnden\tDnr VON 2025/37'
    sec.footer.paragraphs[0].text = 'Vård- och omsorgsförvaltningen – Kvalitet och utveckling'
    d.add_heading('Uppföljning av internkontrollplan 2025', level=1)
    d.add_paragraph('Tabellen visar status för varje kontrollmoment per tertial. Statusord: Klar, Pågår, '
                    'Ej påbörjad, Ej aktuell. Kolumnen för tertial 2 fylls i inför nämndens septembersammanträde.')
    groups = [
        ('Hemtjänst', [
            ('1', 'Utförd tid i hemtjänsten stämmer mot beviljad tid', 'Enhetschef hemtjänst', 'Pågår', 'Klar',
             'Avvikelse över 15 % i 4 av 50 ärenden. Åtgärdat tillsammans med enhetscheferna.', 'GENOMFORD', 'ja'),
            ('2', 'Nyckelhantering i hemtjänsten sker enligt rutin', 'Enhetschef hemtjänst', 'Klar', '',
             'Kvittenslistor kontrollerade i mars, alla nycklar kvitterade.', 'GENOMFORD', 'nej'),
        ]),
        ('Särskilt boende', [
            ('3', 'Läkemedelsavvikelser rapporteras i verksamhetssystemet', 'MAS', 'Pågår', 'Pågår',
             'Egenkontroll pågår på fem av åtta enheter.', 'DELVIS', ''),
            ('4', 'Hantering av boendes privata medel', 'Enhetschef SÄBO', 'Ej påbörjad', 'Klar',
             'Samtliga kassaböcker kontrollerade i juni. Inga differenser.', 'GENOMFORD', 'nej'),
            ('5', 'Systematiskt brandskyddsarbete (SBA) genomförs enligt plan', 'Säkerhetssamordnare', 'Klar', 'Klar',
             'Genomförd på samtliga boenden.', 'GENOMFORD', 'nej'),
        ]),
        ('Myndighetsutövning', [
            ('6', 'Biståndsbeslut fattas enligt delegationsordningen', 'Enhetschef biståndsenheten', '–', 'Klar',
             'Stickprov 30 beslut. Ett beslut var fattat av fel delegat.', 'GENOMFORD', 'ja'),
            ('7', 'Gynnande beslut verkställs inom tre månader', 'Enhetschef biståndsenheten', 'Ej aktuell',
             'Ej aktuell', 'Utgår – följs upp i nämndens kvalitetsberättelse.', 'UTGAR', ''),
            ('8', 'Avgifter för hemtjänst debiteras enligt maxtaxa', 'Avgiftshandläggare', '', '', '',
             'SAKNAS', ''),
        ]),
        ('Upphandlade utförare', [
            ('9', 'Privata utförare har giltigt tillstånd från IVO', 'Avtalsförvaltare', '', 'Pågår', '',
             'DELVIS', ''),
        ]),
    ]
    n = 2 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=n, cols=6); t.style = 'Table Grid'
    for i, h in enumerate(['Nr', 'Kontrollmoment', 'Ansvarig']):
        c = t.cell(0, i).merge(t.cell(1, i)); set_cell(c, h, bold=True); shade(c, 'FBE4D5')
    c = t.cell(0, 3).merge(t.cell(0, 4)); set_cell(c, 'Status', bold=True); shade(c, 'FBE4D5')
    set_cell(t.cell(1, 3), 'T1 (jan–apr)', bold=True); shade(t.cell(1, 3), 'FBE4D5')
    set_cell(t.cell(1, 4), 'T2 (maj–aug)', bold=True); shade(t.cell(1, 4), 'FBE4D5')
    c = t.cell(0, 5).merge(t.cell(1, 5)); set_cell(c, 'Kommentar', bold=True); shade(c, 'FBE4D5')
    ri = 2
    for gname, items in groups:
        c = t.cell(ri, 0).merge(t.cell(ri, 5)); set_cell(c, 'Område: ' + gname, bold=True); shade(c, 'F2F2F2')
        ri += 1
        for it in items:
            for j in range(6):
                set_cell(t.cell(ri, j), it[j])
            EXPECTED.append((fn, VON, it[1], it[6], it[7]))
            ri += 1
    d.add_paragraph('')
    d.add_paragraph('Upprättad av: Lena Sjöberg, kvalitetsstrateg, 2025-09-08')
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, fn[:-4] + '.docx')
    d.save(src)
    convert(src, 'doc')
    FILES.append((fn, 'INLAST', VON, '2025', 'T2'))


def convert(src, fmt):
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-round354',
                    '--convert-to', fmt, '--outdir', OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- 5 KFN xlsx (easy)
THIN = Side(style='thin', color='808080')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = 'Sandviken-Öst kommun'


def file_kfn():
    fn = 'KFN_IK_uppfoljning_2025_T2.xlsx'
    wb = openpyxl.Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = 'Uppföljning T2'
    ws['A1'] = 'Kultur- och fritidsnämnden'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Uppföljning internkontrollplan 2025 – tertial 2 (jan–aug)'; ws['A2'].font = Font(bold=True)
    hdr = ['Nr', 'Process', 'Risk', 'Kontrollmoment', 'Kontrollmetod', 'Ansvarig', 'Status T2', 'Kommentar']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='DDEBF7'); c.border = BORDER
    rows = [
        (1, 'Ekonomi', 'Felaktiga utbetalningar', 'Attest av leverantörsfakturor enligt attestordningen',
         'Stickprov 15 fakturor', 'Ekonom', 'Genomförd', 'Inga avvikelser.', 'GENOMFORD', 'nej'),
        (2, 'Ekonomi', 'Förlust av kontanter', 'Kontanthantering i simhallens kassa stäms av mot kassarapport',
         'Två oanmälda kontroller', 'Badchef', 'Genomförd med avvikelse',
         'Differens på 1 250 kr vid kontrollen i juni, utreds.', 'GENOMFORD', 'ja'),
        (3, 'Bidrag', 'Bidrag betalas ut felaktigt', 'Föreningsbidrag betalas ut enligt beslutade regler',
         'Stickprov 10 ärenden', 'Fritidskonsulent', 'Genomförd', '10 av 10 ärenden korrekta.', 'GENOMFORD', 'nej'),
        (4, 'Bidrag', 'Bidrag används inte för avsett ändamål',
         'Redovisning av föreningsbidrag inkommer inom föreskriven tid', 'Bevakning i bidragssystemet',
         'Fritidskonsulent', 'Delvis genomförd',
         'Redovisning saknas från 6 föreningar, påminnelse skickad i augusti.', 'DELVIS', 'ja'),
        (5, 'Lokaler', 'Intäktsbortfall', 'Uthyrning av lokaler faktureras enligt bokningssystemet',
         'Avstämning bokning mot faktura', 'Bokningsansvarig', 'Ej genomförd',
         'Har inte hunnits med, görs under T3.', 'EJ_GENOMFORD', ''),
        (6, 'Bibliotek', 'Köp utanför avtal', 'Inköp av media sker enligt avtal', 'Stickprov',
         'Bibliotekschef', 'Utgår', 'Nytt avtal från 1 juli, kontrollen utgår för 2025.', 'UTGAR', ''),
        (7, 'Personal', 'Felaktig ersättning', 'Lönebidragsanställningar kontrolleras mot beslut från Arbetsförmedlingen',
         'Avstämning', 'Förvaltningsekonom', 'Pågår', '', 'DELVIS', ''),
        (8, 'IT', 'Obehörig åtkomst', 'Behörigheter i bokningssystemet ses över',
         'Genomgång av användarlista', 'Systemförvaltare', '', '', 'SAKNAS', ''),
    ]
    for k, r in enumerate(rows):
        for i in range(8):
            c = ws.cell(5 + k, i + 1, r[i]); c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical='top')
        EXPECTED.append((fn, KFN, r[3], r[8], r[9]))
    ws.cell(15, 1, 'Statusalternativ: Genomförd / Genomförd med avvikelse / Delvis genomförd / Pågår / Ej genomförd / Utgår').font = Font(italic=True)
    ws.cell(16, 1, 'Ifylld av: Per Ek, 2025-09-05')
    for col, w in zip('ABCDEFGH', [5, 12, 26, 48, 26, 18, 22, 45]):
        ws.column_dimensions[col].width = w
    from openpyxl.worksheet.datavalidation import DataValidation
    dv = DataValidation(type='list', formula1='"Genomförd,Genomförd med avvikelse,Delvis genomförd,Pågår,Ej genomförd,Utgår"')
    ws.add_data_validation(dv); dv.add('G5:G12')
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, 'INLAST', KFN, '2025', 'T2'))


# ---------------------------------------------------------------- 6 SBN + MHN xlsx (traffic lights)
COL = {'G': '00B050', 'O': 'FFC000', 'Y': 'FFFF00', 'R': 'FF0000', 'X': 'BFBFBF', '': None}


def file_sbf():
    fn = 'Samhallsbyggnadsforvaltningen_IK_T2-2025.xlsx'
    wb = openpyxl.Workbook(); fix_wb(wb)
    sheets = [
        ('SBN', SBN, [
            ('Bygglov', 'Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)', 'Bygglovschef', 'Tertialvis',
             'G', 'Stickprov 25 ärenden, samtliga inom tid.', 'GENOMFORD', 'nej'),
            ('Bygglov', 'Avgifter för bygglov debiteras enligt taxa', 'Bygglovschef', 'Tertialvis',
             'O', '2 av 25 ärenden felaktigt debiterade, har rättats.', 'GENOMFORD', 'ja'),
            ('Plan', 'Delegationsbeslut anmäls till nämnden', 'Nämndsekreterare', 'Löpande',
             'Y', 'Anmälan för juni–augusti återstår.', 'DELVIS', ''),
            ('Lantmäteri', 'Fakturering av förrättningskostnader sker månadsvis', 'Lantmäterichef', 'Månadsvis',
             'R', 'Ej genomförd på grund av systembyte.', 'EJ_GENOMFORD', ''),
            ('Gemensamt', 'Attest av leverantörsfakturor enligt attestordningen', 'Controller', 'Tertialvis',
             'G', '', 'GENOMFORD', 'nej'),
            ('Gemensamt', 'Registrering av inkomna ärenden i ärendesystemet inom två arbetsdagar', 'Registrator', 'Tertialvis',
             'X', 'Ersatt av automatisk registrering via e-tjänst.', 'UTGAR', ''),
            ('Gemensamt', 'Uppföljning av ingångna exploateringsavtal', 'Exploateringsingenjör', 'Årligen',
             '', '', 'SAKNAS', ''),
        ]),
        ('MHN', MHN, [
            ('Tillsyn', 'Tillsynsavgifter debiteras enligt taxa och beslut', 'Miljöchef', 'Tertialvis',
             'G', '', 'GENOMFORD', 'nej'),
            ('Tillsyn', 'Planerad tillsyn enligt tillsynsplan genomförs', 'Miljöchef', 'Tertialvis',
             'Y', '62 % av planerade besök genomförda t.o.m. augusti.', 'DELVIS', ''),
            ('Tillsyn', 'Jäv vid handläggning av tillsynsärenden dokumenteras', 'Miljöchef', 'Stickprov',
             'G', 'Inga jävssituationer noterade i stickprovet.', 'GENOMFORD', 'nej'),
            ('Klagomål', 'Klagomålsärenden återkopplas till klagande inom 10 arbetsdagar', 'Handläggare', 'Tertialvis',
             'R', 'Ej genomförd – resursbrist under sommaren.', 'EJ_GENOMFORD', ''),
            ('Administration', 'Delegationsbeslut anmäls till nämnden', 'Nämndsekreterare', 'Löpande',
             'O', 'Tre beslut från maj anmäldes först i augusti.', 'GENOMFORD', 'ja'),
            ('Miljöövervakning', 'Provtagning av badvatten enligt kontrollprogram', 'Miljöinspektör', 'Sommarsäsong',
             'G', 'Klar', 'GENOMFORD', 'nej'),
        ]),
    ]
    first = True
    for sname, namnd, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        ws.title = sname
        ws['A1'] = 'Internkontroll 2025 – uppföljning tertial 2'; ws['A1'].font = Font(bold=True, size=13)
        ws['A2'] = 'Nämnd: ' + namnd; ws['A2'].font = Font(bold=True)
        ws['A3'] = 'Samhällsbyggnadsförvaltningen, rapport per 2025-08-31'
        hdr = ['Process', 'Kontrollmoment', 'Kontrollansvarig', 'Frekvens', 'Bedömning T2', 'Kommentar']
        for i, h in enumerate(hdr, 1):
            c = ws.cell(5, i, h); c.font = Font(bold=True, color='FFFFFF')
            c.fill = PatternFill('solid', fgColor='305496'); c.border = BORDER
        r0 = 6
        for k, r in enumerate(rows):
            row = r0 + k
            ws.cell(row, 1, r[0]); ws.cell(row, 2, r[1]); ws.cell(row, 3, r[2]); ws.cell(row, 4, r[3])
            c = ws.cell(row, 5)
            if r[4]:
                c.fill = PatternFill('solid', fgColor=COL[r[4]])
            if sname == 'MHN' and r[5] == 'Klar':
                c.value = 'Klar'; ws.cell(row, 6, None)
            else:
                ws.cell(row, 6, r[5] or None)
            for i in range(1, 7):
                ws.cell(row, i).border = BORDER
                ws.cell(row, i).alignment = Alignment(wrap_text=True, vertical='top')
            EXPECTED.append((fn, namnd, r[1], r[6], r[7]))
        # merge process cells (vertical)
        k = 0
        while k < len(rows):
            j = k
            while j + 1 < len(rows) and rows[j + 1][0] == rows[k][0]:
                j += 1
            if j > k:
                ws.merge_cells(start_row=r0 + k, start_column=1, end_row=r0 + j, end_column=1)
            k = j + 1
        for col, w in zip('ABCDEFGHI', [16, 52, 22, 14, 14, 45, 3, 6, 34]):
            ws.column_dimensions[col].width = w
        if first:
            ws['H5'] = 'Teckenförklaring'; ws['H5'].font = Font(bold=True)
            for i, (code, txt) in enumerate([('G', 'Genomförd utan anmärkning'), ('O', 'Genomförd med anmärkning'),
                                             ('Y', 'Delvis genomförd / pågår'), ('R', 'Ej genomförd'),
                                             ('X', 'Utgår')]):
                ws.cell(6 + i, 8).fill = PatternFill('solid', fgColor=COL[code])
                ws.cell(6 + i, 8).border = BORDER
                ws.cell(6 + i, 9, txt)
        else:
            ws['H5'] = 'Se teckenförklaring på flik SBN.'; ws['H5'].font = Font(italic=True)
        ws.cell(r0 + len(rows) + 2, 1, 'Godkänd av förvaltningschef Anders Wik 2025-09-09')
        first = False
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, 'INLAST', SBN, '2025', 'T2'))
    FILES.append((fn, 'INLAST', MHN, '2025', 'T2'))


# ---------------------------------------------------------------- 7 TN docx tick columns
def file_tn():
    fn = 'Tekniska nämnden IK T2 2025.docx'
    d = new_doc()
    d.add_heading('Uppföljning internkontrollplan 2025 – Tekniska nämnden', level=1)
    d.add_paragraph('Period: tertial 2 (1 januari – 31 augusti 2025)')
    d.add_paragraph('Instruktion: Markera med X i den kolumn som gäller för tertialets status. '
                    'Utgångna kontroller anges i kommentarsfältet.')
    groups = [
        ('Gata/park', [
            ('Vinterväghållning faktureras enligt entreprenadavtal', 'Gatuchef', 'G',
             'Fakturor december–mars kontrollerade mot körjournaler, inga avvikelser.', 'GENOMFORD', 'nej'),
            ('Besiktning av lekplatser genomförs enligt plan', 'Parkchef', 'D',
             '22 av 31 lekplatser besiktigade.', 'DELVIS', ''),
        ]),
        ('Vatten och avlopp', [
            ('Avläsning och debitering av vattenmätare', 'VA-chef', 'G',
             'Fel taxa hos 12 abonnenter upptäcktes och har rättats.', 'GENOMFORD', 'ja'),
            ('Slamtömning utförs enligt avtal', 'VA-chef', 'E', 'Skjuts till 2026.', 'EJ_GENOMFORD', ''),
        ]),
        ('Fastighet', [
            ('Hyresavtal för externa hyresgäster indexuppräknas', 'Fastighetschef', 'G',
             'Samtliga 18 avtal uppräknade per 1 januari.', 'GENOMFORD', 'nej'),
            ('Nyckel- och passerkortshantering i kommunens lokaler', 'Säkerhetsansvarig', 'GD', '',
             'OKLAR', ''),
            ('Underhållsplan följs upp mot budget', 'Fastighetschef', '',
             'Kontrollen utgår enligt TN 2025-03-18 § 22.', 'UTGAR', ''),
        ]),
        ('Kost', [
            ('Livsmedelsinköp sker från upphandlade leverantörer', 'Kostchef', 'G',
             'Avtalstrohet 94 %. Köp utanför avtal hos två enheter, dialog förd med enhetscheferna.', 'GENOMFORD', 'ja'),
            ('Egenkontroll i tillagningskök dokumenteras', 'Kostchef', '', '', 'SAKNAS', ''),
        ]),
    ]
    n = 2 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=n, cols=6); t.style = 'Table Grid'
    for i, h in enumerate(['Kontrollmoment', 'Ansvarig']):
        c = t.cell(0, i).merge(t.cell(1, i)); set_cell(c, h, bold=True); shade(c, 'DEEAF6')
    c = t.cell(0, 2).merge(t.cell(0, 4)); set_cell(c, 'Status T2', bold=True); shade(c, 'DEEAF6')
    for i, h in enumerate(['Genomförd', 'Delvis', 'Ej genomförd']):
        set_cell(t.cell(1, 2 + i), h, bold=True, size=8); shade(t.cell(1, 2 + i), 'DEEAF6')
    c = t.cell(0, 5).merge(t.cell(1, 5)); set_cell(c, 'Kommentar', bold=True); shade(c, 'DEEAF6')
    ri = 2
    for gname, items in groups:
        c = t.cell(ri, 0).merge(t.cell(ri, 5)); set_cell(c, gname, bold=True); shade(c, 'F2F2F2')
        ri += 1
        for ctrl, resp, marks, com, s, a in items:
            set_cell(t.cell(ri, 0), ctrl); set_cell(t.cell(ri, 1), resp)
            for i, m in enumerate('GDE'):
                cell = t.cell(ri, 2 + i)
                set_cell(cell, 'X' if m in marks else '')
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, 5), com)
            EXPECTED.append((fn, TN, ctrl, s, a))
            ri += 1
    d.add_paragraph('')
    d.add_paragraph('Tekniska förvaltningen, Jonas Berg, controller, 2025-09-09')
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, 'INLAST', TN, '2025', 'T2'))


# ---------------------------------------------------------------- 8 reject: covering letter
def file_missiv():
    fn = 'Missiv ÖFN internkontroll T2.docx'
    d = new_doc()
    d.add_paragraph('Sandviken-Öst kommun\nÖverförmyndarenheten\n2025-09-11')
    d.add_paragraph('Till: Ekonomiavdelningen')
    p = d.add_paragraph(); r = p.add_run('Missiv – Överförmyndarnämndens uppföljning av internkontrollplan, tertial 2 2025'); r.bold = True
    d.add_paragraph('Överförmyndarnämnden sammanträder först den 25 september 2025. Nämndens uppföljning av '
                    'internkontrollplanen för tertial 2 kommer därför att skickas till ekonomiavdelningen efter '
                    'sammanträdet, senast den 30 september.')
    d.add_paragraph('Vi ber om överseende med förseningen.')
    d.add_paragraph('Med vänlig hälsning\nSofia Lund\nEnhetschef, överförmyndarenheten')
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, 'AVVISAD', '', '', ''))


def write_csvs():
    with open(os.path.join(OUT, 'namnder.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write('nämnd;alias\n')
        for n, a in [
            (KS, 'KS|Kommunledningsförvaltningen|KLF'),
            (BUN, 'BUN|Barn- och utbildningsförvaltningen|BUF'),
            (SN, 'SN|Socialförvaltningen|SOC'),
            (VON, 'VON|Vård- och omsorgsförvaltningen|VOF'),
            (KFN, 'KFN|Kultur- och fritidsförvaltningen'),
            (SBN, 'SBN|Samhällsbyggnadsförvaltningen|SBF'),
            (MHN, 'MHN|Miljönämnden|Miljökontoret'),
            (TN, 'TN|Tekniska förvaltningen'),
            (OFN, 'ÖFN|Överförmyndarenheten|Överförmyndaren'),
            ('Valnämnden', 'VN'),
            ('Sandviken-Öst Energi AB', 'SÖEAB|Energibolaget'),
        ]:
            f.write(f'{n};{a}\n')
    with open(os.path.join(OUT, 'files.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['fil', 'utfall', 'nämnd', 'år', 'period'])
        w.writerows(FILES)
    with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n')
        w.writerow(['fil', 'nämnd', 'kontrollmoment', 'status', 'avvikelse'])
        w.writerows(EXPECTED)


if __name__ == '__main__':
    file_ks(); file_bun(); file_sn(); file_von(); file_kfn(); file_sbf(); file_tn(); file_missiv()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), 'file rows,', len(EXPECTED), 'controls')
