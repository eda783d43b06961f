#!/usr/bin/env python3
# Blind round r583 – Svalövs kommun, T2 2025 (januari–augusti)
import os, csv, shutil, subprocess, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 10, 8, 0, 0)
EXP = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = [] # (fil, utfall, nämnd, år, period)

def p(name): return os.path.join(OUT, name)
def S(c, v):
    c.value = v
    if isinstance(v, str) and v.startswith('='):
        c.data_type = 's'
    return c
thin = Side(style='thin', color='999999')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')
BOLD = Font(bold=True)
def wbfix(wb):
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.properties.creator = 'Svalövs kommun'

# ---------------------------------------------------------------- 1. KS, table from row 15
def f1():
    fn = 'KS_Internkontroll_uppfoljning_T2_2025.xlsx'
    N = 'Kommunstyrelsen'
    wb = Workbook(); ws = wb.active; ws.title = 'Uppföljning T2'
    top = [
        ('Svalövs kommun', Font(bold=True, size=14)),
        ('Internkontrollplan 2025 – uppföljning tertial 2 (januari–augusti)', Font(bold=True, size=12)),
        ('Nämnd: Kommunstyrelsen   Förvaltning: Kommunledningsförvaltningen', None),
        (None, None),
        ('Instruktion', BOLD),
        ('1. Fyll i status för respektive kontrollmoment i kolumn H (Status T2). Status T1 är ifylld sedan tertial 1-uppföljningen och ska inte ändras.', None),
        ('2. Använd något av följande statusvärden: Genomförd, Genomförd med anmärkning, Pågår, Ej påbörjad, Utgår.', None),
        ('3. Beskriv resultatet av kontrollen i kolumn I. Ange om avvikelser har upptäckts och vilka åtgärder som har vidtagits eller planeras.', None),
        ('4. Kontroller med frekvens "Årligen" redovisas i det tertial då de har genomförts.', None),
        ('5. Kontroller som utgår ska ha ett beslut som hänvisning (datum och paragraf).', None),
        ('6. Skicka ifylld mall till ekonomiavdelningen senast den 15 september 2025.', None),
        ('7. Ändra inte kolumnordningen och lägg inte till nya flikar – mallen läses in i sammanställningen till kommunstyrelsen.', None),
        ('Frågor besvaras av Anna Persson, kvalitetsstrateg, tfn 0418-47 50 00.', Font(italic=True)),
    ]
    for i, (t, f) in enumerate(top, start=1):
        if t: S(ws.cell(i, 1), t)
        if f: ws.cell(i, 1).font = f
    hdr = ['Nr', 'Process', 'Kontrollmoment', 'Kontrollmetod', 'Ansvarig', 'Frekvens', 'Status T1', 'Status T2', 'Resultat/kommentar T2']
    for j, h in enumerate(hdr, 1):
        c = S(ws.cell(15, j), h); c.font = Font(bold=True, color='FFFFFF'); c.border = BOX
        c.fill = PatternFill('solid', fgColor='1F4E78'); c.alignment = WRAP
    rows = [
        ('H', 'Ekonomi'),
        (1, 'Ekonomi', 'Attest av leverantörsfakturor enligt attestordningen', 'Stickprov 20 fakturor per tertial', 'Ekonomichef', 'Tertial', 'Genomförd', 'Genomförd',
         '20 fakturor granskade. En faktura var attesterad av person utan behörighet – rättad och attestanten informerad.', 'GENOMFORD', 'ja'),
        (2, 'Ekonomi', 'Representation – kontroll av att syfte och deltagare anges', 'Stickprov 10 verifikationer', 'Redovisningsansvarig', 'Tertial', 'Genomförd', 'Genomförd',
         'Inga avvikelser.', 'GENOMFORD', 'nej'),
        (3, 'Ekonomi', 'Avstämning av balanskonton vid tertialbokslut', 'Genomgång av avstämningsblanketter', 'Redovisningsansvarig', 'Tertial', 'Genomförd', 'Pågår',
         'Avstämning av kundfordringar och interimsposter pågår, beräknas klar vecka 38.', 'DELVIS', ''),
        ('H', 'Personal'),
        (4, 'Personal', 'Korrekt hantering av löneutbetalningar vid avslutad anställning', 'Kontroll av samtliga avslut under perioden', 'HR-chef', 'Tertial', 'Genomförd', 'Ej påbörjad',
         'Har inte hunnits med på grund av byte av lönesystem i juni. Genomförs under T3.', 'EJ_GENOMFORD', ''),
        (5, 'Personal', 'Uppföljning av sjukfrånvaro och rehabiliteringsärenden', 'Genomgång av ärenden i Adato', 'HR-chef', 'Årligen', None, 'Genomförd',
         'Samtliga medarbetare med mer än 14 dagars sammanhängande frånvaro har påbörjad rehabiliteringsplan. Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('H', 'IT och informationssäkerhet'),
        (6, 'IT och informationssäkerhet', 'Behörigheter i ekonomisystemet följer beslutad behörighetsstruktur', 'Jämförelse av behörighetslista mot delegationsordning', 'IT-chef', 'Årligen', 'Genomförd', None,
         'Genomfördes under T1, se tertial 1-rapporten.', 'GENOMFORD', ''),
        (7, 'IT och informationssäkerhet', 'Loggkontroll av åtkomst till personuppgifter i verksamhetssystem', 'Stickprov av åtkomstloggar', 'Informationssäkerhetssamordnare', 'Tertial', 'Pågår', 'Pågår',
         'Rutin för loggkontroll under framtagande. Stickprov för maj genomfört utan anmärkning, juni–augusti återstår.', 'DELVIS', 'nej'),
        (8, 'IT och informationssäkerhet', 'Avtal om personuppgiftsbiträde finns för nya IT-system', 'Genomgång av systemförteckningen', 'Dataskyddsombud', 'Årligen', None, None, None, 'SAKNAS', ''),
        ('H', 'Upphandling och inköp'),
        (9, 'Upphandling och inköp', 'Inköp sker från avtalade leverantörer (avtalstrohet)', 'Analys av leverantörsreskontra, köp över 100 tkr', 'Upphandlingsansvarig', 'Tertial', 'Genomförd', 'Genomförd',
         'Tre inköp utan avtal identifierade (totalt 412 tkr). Åtgärd: utbildning för beställare i oktober.', 'GENOMFORD', 'ja'),
        (10, 'Upphandling och inköp', 'Dokumentation av direktupphandlingar över 100 000 kr', 'Stickprov 5 direktupphandlingar', 'Upphandlingsansvarig', 'Tertial', 'Ej påbörjad', 'Utgår',
         'Kontrollen utgår enligt KS beslut 2025-05-14 § 87 och ersätts av kontroll 9.', 'UTGAR', ''),
        ('H', 'Dokument- och ärendehantering'),
        (11, 'Dokument- och ärendehantering', 'Diarieföring av inkomna handlingar sker inom fastställd tid', 'Stickprov 25 handlingar', 'Kanslichef', 'Tertial', 'Genomförd', 'Genomförd med anmärkning',
         '4 av 25 handlingar diarieförda senare än tre arbetsdagar efter ankomst. Påminnelse till registratorer.', 'GENOMFORD', 'ja'),
    ]
    r = 16
    for row in rows:
        if row[0] == 'H':
            c = S(ws.cell(r, 1), row[1]); c.font = BOLD
            for j in range(1, 10):
                ws.cell(r, j).fill = PatternFill('solid', fgColor='D9E1F2')
            r += 1; continue
        for j, v in enumerate(row[:9], 1):
            c = ws.cell(r, j)
            if v is not None: S(c, v)
            c.border = BOX; c.alignment = WRAP
        EXP.append((fn, N, row[2], row[9], row[10]))
        r += 1
    r += 1
    S(ws.cell(r, 1), 'Antal genomförda T2: 5 av 11'); ws.cell(r, 1).font = BOLD
    S(ws.cell(r + 2, 1), 'Godkänd av: Mikael Svensson, kommundirektör, 2025-09-08')
    for col, w in zip('ABCDEFGHI', [6, 22, 48, 34, 22, 10, 14, 22, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A16'
    wbfix(wb); wb.save(p(fn))
    FILES.append((fn, 'INLAST', N, '2025', 'T2'))

# ---------------------------------------------------------------- 2. BN, two rows per control
def f2():
    fn = 'Bildningsnämnden uppföljning internkontroll jan-aug 2025.xlsx'
    N = 'Bildningsnämnden'
    wb = Workbook(); ws = wb.active; ws.title = 'IK 2025'
    S(ws['A1'], 'Uppföljning av internkontrollplan 2025 – Bildningsnämnden').font = Font(bold=True, size=14)
    S(ws['A2'], 'Period: Tertial 2 (1 januari – 31 augusti 2025)')
    S(ws['A3'], 'Förvaltning: Bildningsförvaltningen')
    hdr = ['Nr', 'Risk/område', 'Kontrollmoment / kontrollmetod', 'Ansvarig', 'Status', 'Iakttagelser och åtgärder']
    for j, h in enumerate(hdr, 1):
        c = S(ws.cell(5, j), h); c.font = BOLD; c.border = BOX
        c.fill = PatternFill('solid', fgColor='E2EFDA')
    fills = {'Genomförd': 'C6EFCE', 'Delvis genomförd': 'FFEB9C', 'Ej genomförd': 'FFC7CE', 'Utgår': 'D9D9D9'}
    ctl = [
        ('Skolplikt', 'Uppföljning av elever med hög frånvaro enligt rutin för frånvarohantering',
         'Metod: Stickprov 15 elever med mer än 15 % frånvaro, kontroll av dokumenterade åtgärder i Skola24', 'Rektorer / verksamhetschef grundskola', 'Genomförd',
         'Åtgärder dokumenterade för 13 av 15 elever. Två ärenden saknade dokumenterad kontakt med vårdnadshavare – berörda rektorer informerade.', 'GENOMFORD', 'ja'),
        ('Kränkande behandling', 'Anmälan om kränkande behandling till huvudman sker skyndsamt',
         'Metod: Genomgång av samtliga anmälningar jan–aug, tid från händelse till anmälan', 'Verksamhetschef grundskola', 'Genomförd',
         '142 anmälningar, samtliga anmälda till huvudman inom fem dagar. Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Ekonomi', 'Fakturor för skolskjuts stämmer mot avtal och beställningar',
         'Metod: Avstämning av tre månadsfakturor mot avtalade priser och beställda turer', 'Controller', 'Delvis genomförd',
         'Fakturorna för januari och mars kontrollerade utan anmärkning. Junifakturan återstår.', 'DELVIS', 'nej'),
        ('Elevhälsa', 'Beslut om tilläggsbelopp fattas enligt delegationsordningen',
         'Metod: Stickprov 10 beslut, kontroll av beslutsfattare mot delegationsordningen', 'Elevhälsochef', 'Ej genomförd',
         'Skjuts till T3 på grund av vakans på elevhälsochefstjänsten.', 'EJ_GENOMFORD', ''),
        ('Förskola', 'Placering i förskola inom fyra månader från ansökan',
         'Metod: Uttag ur Tieto Edu, andel placerade inom garantitiden', 'Verksamhetschef förskola', 'Genomförd',
         '96 % placerade inom fyra månader. 7 barn i Teckomatorp fick plats efter garantitiden. Avvikelsen rapporteras till nämnden i oktober.', 'GENOMFORD', 'ja'),
        ('Personal', 'Registerkontroll inför anställning i förskola och skola',
         'Metod: Stickprov 20 nyanställningar, kontroll av uppvisat utdrag ur belastningsregistret', 'HR-partner', 'Genomförd',
         'Samtliga 20 hade uppvisat utdrag före anställning.', 'GENOMFORD', 'nej'),
        ('Betyg', 'Betygskataloger är signerade och arkiverade',
         'Metod: Kontroll av betygskataloger vt 2025 på samtliga skolenheter', 'Rektorer', 'Utgår',
         'Ej aktuell i år – ingår i Skolinspektionens regelbundna tillsyn vt 2025 (nämndbeslut 2025-03-19 § 24).', 'UTGAR', ''),
        ('Informationssäkerhet', 'Hantering av skyddade personuppgifter i elevregistret',
         'Metod: Kontroll av att markering finns och att behörigheten är begränsad', 'Systemförvaltare', None,
         'Kontrollen genomfördes i maj. Inga brister noterades.', 'GENOMFORD', 'nej'),
        ('Måltider', 'Specialkost serveras enligt läkarintyg',
         'Metod: Stickprov på fyra enheter, jämförelse mellan intyg och kostlistor', 'Kostchef', 'Genomförd',
         'Se bilaga 2.', 'GENOMFORD', ''),
    ]
    r = 6
    for i, (risk, text, metod, ans, st, kom, es, ea) in enumerate(ctl, 1):
        vals = {1: i, 2: risk, 4: ans, 5: st, 6: kom}
        for j in (1, 2, 4, 5, 6):
            if vals[j] is not None: S(ws.cell(r, j), vals[j])
            ws.merge_cells(start_row=r, start_column=j, end_row=r + 1, end_column=j)
            ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical='center')
        S(ws.cell(r, 3), text).font = BOLD
        S(ws.cell(r + 1, 3), metod).font = Font(italic=True, color='595959')
        ws.cell(r, 3).alignment = WRAP; ws.cell(r + 1, 3).alignment = WRAP
        if st in fills: ws.cell(r, 5).fill = PatternFill('solid', fgColor=fills[st])
        for rr in (r, r + 1):
            for j in range(1, 7): ws.cell(rr, j).border = BOX
        EXP.append((fn, N, text, es, ea))
        r += 2
    r += 1
    S(ws.cell(r, 1), 'Statusförklaring:').font = BOLD
    for k, t in enumerate(['Genomförd – kontrollen är utförd enligt plan',
                           'Delvis genomförd – kontrollen är påbörjad eller utförd på en del av urvalet',
                           'Ej genomförd – kontrollen har inte utförts under perioden',
                           'Utgår – kontrollen har strukits genom beslut'], 1):
        S(ws.cell(r + k, 1), t)
    S(ws.cell(r + 6, 1), 'Sammanställt av: Jenny Håkansson, kvalitetsutvecklare, 2025-09-10')
    for col, w in zip('ABCDEF', [5, 20, 60, 26, 18, 60]):
        ws.column_dimensions[col].width = w
    wbfix(wb); wb.save(p(fn))
    FILES.append((fn, 'INLAST', N, '2025', 'T2'))

# ---------------------------------------------------------------- 3. SN, docx X/– table
def f3():
    fn = 'SN_IKP_2025_uppfoljning_T2.docx'
    N = 'Socialnämnden'
    d = Document(); d.core_properties.created = FIXED; d.core_properties.author = 'Socialförvaltningen'
    d.add_heading('Socialnämnden – uppföljning av internkontrollplan 2025, tertial 2', 1)
    d.add_paragraph('Socialförvaltningen, Svalövs kommun. Uppföljningen avser perioden 1 januari – 31 augusti 2025 och '
                    'redovisas för nämnden vid sammanträdet den 24 september 2025.')
    d.add_paragraph('Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (SN § 142). Kontrollerna '
                    'redovisas per tertial enligt nedanstående tabell.')
    lp = d.add_paragraph(); lp.add_run('Teckenförklaring: ').bold = True
    lp.add_run('X = kontrollen är genomförd under tertialet, – = kontroll ej planerad för tertialet, '
               'tom ruta = kontrollen var planerad men har inte genomförts.')
    ctl = [
        ('Beslut om bistånd enligt SoL fattas i enlighet med delegationsordningen', 'Tertialvis', 'X', 'X', '', 'GENOMFORD', 'nej'),
        ('Utbetalning av ekonomiskt bistånd sker mot verifierade underlag', 'Tertialvis', 'X', 'X', '', 'GENOMFORD', 'ja'),
        ('Avvikelser enligt lex Sarah utreds och rapporteras inom fastställd tid', 'Tertialvis', 'X', '', '', 'EJ_GENOMFORD', ''),
        ('Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut', 'Två gånger per år', '–', 'X', '', 'GENOMFORD', 'nej'),
        ('Läkemedelshantering – signeringslistor i hemtjänsten', 'Tertialvis', 'X', 'X', '', 'GENOMFORD', 'ja'),
        ('Orosanmälningar – förhandsbedömning inom 14 dagar', 'Tertialvis', 'X', 'X', '', 'GENOMFORD', 'nej'),
        ('Debitering av avgifter inom äldreomsorgen sker enligt taxa', 'Årligen', '–', 'X', '–', 'GENOMFORD', 'nej'),
        ('Boendestödsinsatser dokumenteras i Lifecare', 'Årligen', '–', '–', '', 'SAKNAS', ''),
        ('Hantering av kontanta medel för brukare på särskilt boende', 'Tertialvis', 'X', 'X', '', 'GENOMFORD', 'nej'),
    ]
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['Nr', 'Kontrollmoment', 'Frekvens', 'T1', 'T2', 'T3']):
        c.text = ''; c.paragraphs[0].add_run(h).bold = True
    for i, (txt, fr, a, b, c3, es, ea) in enumerate(ctl, 1):
        cells = t.add_row().cells
        for c, v in zip(cells, [str(i), txt, fr, a, b, c3]): c.text = v
        EXP.append((fn, N, txt, es, ea))
    d.add_heading('Kommentarer tertial 2', 2)
    d.add_paragraph('Nr 2: Stickprov om 20 utbetalningar. I ett fall saknades kvitto på hyra; återkrav har gjorts och '
                    'handläggaren har fått förnyad genomgång av rutinen.')
    d.add_paragraph('Nr 3: Kontrollen har inte genomförts under tertial 2 på grund av vakans på MAS-tjänsten. '
                    'Den genomförs i september och redovisas i helårsuppföljningen.')
    d.add_paragraph('Nr 5: I två av sex granskade signeringslistor saknades signaturer för kvällsdoser. '
                    'Åtgärdsplan är upprättad tillsammans med enhetschef och sjuksköterska.')
    d.add_paragraph('Nr 8: Kontrollen genomförs under tertial 3.')
    d.add_paragraph('Övriga genomförda kontroller: inga avvikelser har noterats.')
    d.add_paragraph('')
    d.add_paragraph('Svalöv 2025-09-09\nLena Andersson\nSocialchef')
    d.save(p(fn))
    FILES.append((fn, 'INLAST', N, '2025', 'T2'))

# ---------------------------------------------------------------- 4. SBN, Hypergene-like export
def f4():
    fn = 'Hypergene_IK_rapport_2025-09-09.xlsx'
    N = 'Samhällsbyggnadsnämnden'
    wb = Workbook(); ws = wb.active; ws.title = 'Rapport'
    S(ws['A1'], 'Hypergene – Intern kontroll: uppföljning av kontrollpunkter').font = Font(bold=True, size=12)
    S(ws['A2'], 'Organisation: Samhällsbyggnadsnämnden')
    S(ws['A3'], 'Period: Tertial 2 2025 (2025-01-01 – 2025-08-31)')
    S(ws['A4'], 'Utskriftsdatum: 2025-09-09 14:32   Utskriven av: erik.lind')
    hdr = ['Enhet', 'Kontrollpunkt', 'Bedömning', 'Analys']
    for j, h in enumerate(hdr, 1):
        c = S(ws.cell(6, j), h); c.font = Font(bold=True, color='FFFFFF')
        c.fill = PatternFill('solid', fgColor='404040')
    fills = {'Genomförd utan anmärkning': '92D050', 'Genomförd med anmärkning': 'FFC000',
             'Delvis genomförd': 'FFFF00', 'Ej genomförd': 'FF0000', 'Ej aktuell': 'BFBFBF'}
    rows = [
        ('Samhällsbyggnadsförvaltningen', 'Delegationsbeslut återrapporteras till nämnden', 'Genomförd utan anmärkning',
         'Delegationslistor jan–aug jämförda mot nämndens protokoll. Samtliga beslut anmälda.', 'GENOMFORD', 'nej'),
        ('', 'Utlämnande av allmänna handlingar sker skyndsamt', None, None, 'SAKNAS', ''),
        ('Bygglov', 'Handläggningstid för bygglov inom tio veckor enligt PBL', 'Genomförd med anmärkning',
         '3 av 40 ärenden överskred tio veckor; avgiftsreduktion har tillämpats enligt 12 kap. 8 a § PBL.', 'GENOMFORD', 'ja'),
        ('', 'Debitering av bygglovsavgift enligt fastställd taxa', 'Genomförd utan anmärkning',
         'Stickprov 15 ärenden – korrekt debiterade.', 'GENOMFORD', 'nej'),
        ('Gata och park', 'Egenkontroll av lekplatser enligt SS-EN 1176', 'Delvis genomförd',
         '12 av 19 lekplatser besiktigade. Resterande besiktigas i september.', 'DELVIS', ''),
        ('', 'Entreprenörens fakturor för vinterväghållning stäms av mot körjournaler', 'Genomförd utan anmärkning',
         None, 'GENOMFORD', 'nej'),
        ('Fastighet', 'Lagstadgade besiktningar (OVK, hiss, brandlarm) utförs enligt plan', 'Ej genomförd',
         'OVK-besiktning på Kågeröds skola och Röstånga skola försenad, beställd till oktober.', 'EJ_GENOMFORD', ''),
        ('', 'Hyresavtal för externt förhyrda lokaler är aktuella och registrerade', 'Ej aktuell',
         'Kontrollpunkten har flyttats till kommunstyrelsen efter omorganisationen 1 mars 2025.', 'UTGAR', ''),
        ('Kost och lokalvård', 'Egenkontrollprogram för livsmedelshantering följs i tillagningsköken', 'Genomförd utan anmärkning',
         'Egenkontroll dokumenterad i samtliga nio kök.', 'GENOMFORD', 'nej'),
        ('', 'Inköp av livsmedel sker enligt ramavtal', None,
         'Kontrollen har inte påbörjats, planeras till hösten.', 'EJ_GENOMFORD', ''),
    ]
    r = 7
    for enh, kp, bed, an, es, ea in rows:
        for j, v in enumerate([enh, kp, bed, an], 1):
            if v: S(ws.cell(r, j), v)
            ws.cell(r, j).alignment = WRAP
        if bed in fills: ws.cell(r, 3).fill = PatternFill('solid', fgColor=fills[bed])
        EXP.append((fn, N, kp, es, ea))
        r += 1
    S(ws.cell(r + 1, 1), 'Antal kontrollpunkter: 10')
    for col, w in zip('ABCD', [30, 60, 28, 70]): ws.column_dimensions[col].width = w
    wbfix(wb); wb.save(p(fn))
    FILES.append((fn, 'INLAST', N, '2025', 'T2'))

# ---------------------------------------------------------------- 5. Söderåsens miljöförbund, .ods with English statuses
def f5():
    base = 'Söderåsens miljöförbund IK T2 2025'
    fn = base + '.ods'
    N = 'Söderåsens miljöförbund'
    wb = Workbook(); ws = wb.active; ws.title = 'IK 2025'
    S(ws['A1'], 'Söderåsens miljöförbund').font = Font(bold=True, size=13)
    S(ws['A2'], 'Internkontrollplan 2025 – uppföljning T2 (januari–augusti)')
    S(ws['A3'], 'Status: Done = genomförd, In progress = pågår, Not started = ej påbörjad')
    hdr = ['Område', 'Kontroll', 'Ansvarig', 'Status', 'Kommentar']
    for j, h in enumerate(hdr, 1): S(ws.cell(5, j), h).font = BOLD
    rows = [
        ('Tillsyn', 'Tillsynsplanen följs – andel genomförda planerade inspektioner', 'Enhetschef miljö', 'In progress',
         '62 % av planerade besök genomförda per 31 augusti (mål 65 %).', 'DELVIS', ''),
        ('Tillsyn', 'Beslut om timavgift fattas och debiteras korrekt', 'Administrativ chef', 'Done',
         'Stickprov 20 beslut, två fel i debiterad tid – rättade och kunderna kontaktade.', 'GENOMFORD', 'ja'),
        ('Livsmedel', 'Riskklassning av livsmedelsanläggningar är uppdaterad', 'Enhetschef livsmedel', 'Done',
         'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Ekonomi', 'Attest av leverantörsfakturor enligt attestordningen', 'Ekonom', 'Done',
         'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Ekonomi', 'Fakturering av årliga tillsynsavgifter sker före 30 april', 'Ekonom', 'Done',
         'Fakturering genomförd 2025-04-22 enligt plan.', 'GENOMFORD', 'nej'),
        ('Dokumenthantering', 'Diarieföring och arkivering i Ecos följer dokumenthanteringsplanen', 'Registrator', 'Not started',
         'Planeras till november.', 'EJ_GENOMFORD', ''),
        ('Rättssäkerhet', 'Handläggare dokumenterar jävsbedömning i ärendet', 'Förbundschef', 'In progress',
         'Ny rutin antogs i juni. Genomgång av ärenden pågår.', 'DELVIS', ''),
        ('Dataskydd', 'Registerförteckningen enligt dataskyddsförordningen är aktuell', 'Dataskyddssamordnare', 'Done',
         'Två behandlingar saknades i förteckningen och har lagts till.', 'GENOMFORD', 'ja'),
    ]
    r = 6
    for row in rows:
        for j, v in enumerate(row[:5], 1): S(ws.cell(r, j), v).alignment = WRAP
        EXP.append((fn, N, row[1], row[5], row[6]))
        r += 1
    S(ws.cell(r + 1, 1), 'Redovisas för förbundsdirektionen 2025-09-25.')
    for col, w in zip('ABCDE', [20, 62, 24, 14, 60]): ws.column_dimensions[col].width = w
    tmp = p(base + '.xlsx')
    wbfix(wb); wb.save(tmp)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-round583',
                    '--convert-to', 'ods', '--outdir', OUT, tmp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(tmp)
    assert os.path.exists(p(fn))
    FILES.append((fn, 'INLAST', N, '2025', 'T2'))

# ---------------------------------------------------------------- 6. KFN, heading per control
def f6():
    fn = 'Uppföljning intern kontroll Kultur och fritid T2 2025.docx'
    N = 'Kultur- och fritidsnämnden'
    d = Document(); d.core_properties.created = FIXED; d.core_properties.author = 'Kultur och fritid'
    d.add_heading('Uppföljning av intern kontroll 2025 – Kultur- och fritidsnämnden', 0)
    d.add_paragraph('Tertial 2, januari–augusti 2025')
    d.add_paragraph('Nedan redovisas resultatet av de kontroller som ingår i nämndens internkontrollplan för 2025. '
                    'Varje kontrollmoment redovisas med status och en kort kommentar.')
    ctl = [
        ('Föreningsbidrag betalas ut enligt antagna bidragsregler', 'Genomförd',
         'Samtliga 34 aktivitetsbidrag har kontrollerats mot inskickade närvarorapporter. Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Kontanthantering i simhallen och på biblioteken', 'Genomförd med anmärkning',
         'Kassaredovisningen i Svalövs simhall saknade kontrasignering vid tre tillfällen i juli. Personalen har påmints om rutinen.', 'GENOMFORD', 'ja'),
        ('Fakturering av ej återlämnade medier', 'Delvis genomförd',
         'Kontroll gjord för huvudbiblioteket i Svalöv, återstår för filialerna i Kågeröd och Teckomatorp.', 'DELVIS', ''),
        ('Uthyrning av lokaler debiteras enligt taxa', 'Ej genomförd',
         'Bokningssystemet byts ut under hösten; kontrollen genomförs när det nya systemet är i drift.', 'EJ_GENOMFORD', ''),
        ('Inventarieförteckning för kulturskolans instrument är aktuell', 'Se bilaga',
         'Redovisas i bilaga 1.', 'OKLAR', ''),
        ('Åtgärdsplan för tillgänglighet på fritidsgårdarna följs', 'Utgår',
         'Avbruten genom beslut i kultur- och fritidsnämnden 2025-04-10 § 32.', 'UTGAR', ''),
        ('Registerkontroll av ledare i sommarlovsverksamheten', '',
         'Kontrollen har inte genomförts under perioden. Den planeras till tertial 3.', 'EJ_GENOMFORD', ''),
    ]
    for i, (txt, st, kom, es, ea) in enumerate(ctl, 1):
        d.add_heading(f'{i}. {txt}', 2)
        sp = d.add_paragraph(); sp.add_run(('Status: ' + st).rstrip() if st else 'Status:').bold = True
        d.add_paragraph(kom)
        EXP.append((fn, N, txt, es, ea))
    d.add_paragraph('')
    d.add_paragraph('Malin Nilsson\nFörvaltningschef, Kultur och fritid\n2025-09-04')
    d.save(p(fn))
    FILES.append((fn, 'INLAST', N, '2025', 'T2'))

# ---------------------------------------------------------------- 7. rejected: covering e-mail
def f7():
    fn = 'Följebrev_IK-uppföljning_T2_socialförvaltningen.txt'
    txt = """Från: Lena Andersson <lena.andersson@svalov.se>
Skickat: den 9 september 2025 15:12
Till: Ekonomiavdelningen <ekonomi@svalov.se>
Ämne: Internkontroll T2 – Socialnämnden

Hej!

Här kommer Socialnämndens uppföljning av internkontrollplanen för tertial 2 2025 (bifogad som Word-fil,
SN_IKP_2025_uppfoljning_T2.docx). Ärendet behandlas av nämnden den 24 september, så det kan bli
mindre justeringar efter sammanträdet.

Hör av er om något saknas.

Med vänliga hälsningar
Lena Andersson
Socialchef
Svalövs kommun
Socialförvaltningen
Tfn 0418-47 50 00
"""
    with open(p(fn), 'w', encoding='utf-8') as f: f.write(txt)
    FILES.append((fn, 'AVVISAD', '', '', ''))

def registers():
    reg = [
        ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|KLF'),
        ('Bildningsnämnden', 'BN|Bildningsförvaltningen|Bildning'),
        ('Socialnämnden', 'SN|Socialförvaltningen|SOC'),
        ('Samhällsbyggnadsnämnden', 'SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad'),
        ('Kultur- och fritidsnämnden', 'KFN|Kultur och fritid|Kultur- och fritidsförvaltningen'),
        ('Valnämnden', 'VN'),
        ('Överförmyndarnämnden', 'ÖFN|Överförmyndarenheten'),
        ('Söderåsens miljöförbund', 'SMF|Miljöförbundet|Söderåsens miljöförbund förbundsdirektion'),
        ('AB SvalövsBostäder', 'SvalövsBostäder|SBO'),
    ]
    with open(p('namnder.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n'); w.writerow(['nämnd', 'alias']); w.writerows(reg)
    with open(p('files.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n'); w.writerow(['fil', 'utfall', 'nämnd', 'år', 'period']); w.writerows(FILES)
    with open(p('expected.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\n'); w.writerow(['fil', 'nämnd', 'kontrollmoment', 'status', 'avvikelse']); w.writerows(EXP)

if __name__ == '__main__':
    for f in (f1, f2, f3, f4, f5, f6, f7): f()
    registers()
    print(len(FILES), 'files,', len(EXP), 'controls')
