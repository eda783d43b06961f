#!/usr/bin/python3
"""Blind round r351 - Lönneby kommun, T1 2025 inbox. Builds every file + namnder.csv, files.csv, expected.csv."""
import csv, os, shutil, subprocess, zipfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = '/tmp/r351tmp'
LO = ['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo-round351']
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)


def soffice(src, fmt, outdir):
    subprocess.run(LO + ['--convert-to', fmt, '--outdir', outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style='thin', color='808080')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')

# ---------------------------------------------------------------- 1 KS xlsx (easy)
def f1():
    fil = 'KS_IK-uppfoljning_T1_2025.xlsx'
    rows = [
        (1, 'Ekonomi', 'Attest av leverantörsfakturor enligt attestordningen', 'Stickprov 20 fakturor per månad', 'Redovisningschef', 'Genomförd', 'Stickprov på 80 fakturor januari–april. Inga avvikelser.', 'GENOMFORD', 'nej'),
        (2, 'Ekonomi', 'Kontroll av att representation och förtroendekänsliga poster bokförs korrekt', 'Granskning av samtliga representationsverifikationer', 'Controller', 'Genomförd med avvikelse', '3 av 25 verifikationer saknade deltagarförteckning och syfte. Påminnelse har skickats till samtliga chefer.', 'GENOMFORD', 'ja'),
        (3, 'Upphandling', 'Avtalstrohet vid inköp av varor och tjänster', 'Spendanalys', 'Upphandlingschef', 'Pågår', 'Spendanalys för januari–mars klar, april analyseras i maj.', 'DELVIS', ''),
        (4, 'Personal', 'Kontroll av att lönetillägg och engångsbelopp har beslutsunderlag', 'Stickprov 15 lönearter', 'HR-chef', 'Genomförd', 'Inga avvikelser.', 'GENOMFORD', 'nej'),
        (5, 'Informationssäkerhet', 'Behörigheter i ekonomisystemet tas bort när anställning eller uppdrag upphör', 'Jämförelse mot lista över avslutade anställningar', 'IT-chef', 'Genomförd med avvikelse', 'Två konton för avslutade konsulter var fortfarande aktiva. Åtgärdat 2025-04-14.', 'GENOMFORD', 'ja'),
        (6, 'Delegation', 'Anmälan av delegationsbeslut till kommunstyrelsen', 'Genomgång av delegationslistor', 'Kanslichef', 'Ej påbörjad', 'Granskas under tertial 2 på grund av vakans på kansliet.', 'EJ_GENOMFORD', ''),
        (7, 'Säkerhet', 'Kontroll av att krisledningsplanen är uppdaterad och känd', 'Dokumentgranskning', 'Säkerhetssamordnare', 'Utgår', 'Utgår enligt KS beslut 2025-03-05 § 41, ingår i ny plan för civilt försvar.', 'UTGAR', ''),
        (8, 'Ekonomi', 'Avstämning av kundreskontra och hantering av kravärenden', 'Månadsvis avstämning', 'Ekonomichef', '', '', 'SAKNAS', ''),
    ]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Uppföljning T1'
    ws['A1'] = 'Lönneby kommun'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)'; ws['A2'].font = Font(bold=True, size=12)
    ws['A3'] = 'Nämnd:'; ws['B3'] = 'Kommunstyrelsen'
    ws['A4'] = 'Förvaltning:'; ws['B4'] = 'Kommunledningsförvaltningen'
    hdr = ['Nr', 'Process', 'Kontrollmoment', 'Kontrollmetod', 'Ansvarig', 'Status T1', 'Kommentar']
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = Font(bold=True); cell.fill = PatternFill('solid', fgColor='DDEBF7'); cell.border = BOX
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r, c, v if v != '' else None); cell.alignment = WRAP; cell.border = BOX
        EXP.append((fil, 'Kommunstyrelsen', row[2], row[7], row[8]))
    dv = DataValidation(type='list', formula1='"Genomförd,Genomförd med avvikelse,Pågår,Ej påbörjad,Utgår"')
    ws.add_data_validation(dv); dv.add('F7:F14')
    ws['A16'] = 'Sammanställt av: Eva Lind, controller, 2025-05-06'
    for col, w in zip('ABCDEFG', [5, 18, 48, 30, 18, 22, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', 'Kommunstyrelsen', '2025', 'T1'))

# ---------------------------------------------------------------- 2 BUN docx, symbols + legend, group rows
def f2():
    fil = 'BUN uppföljning internkontroll tertial 1.docx'
    groups = [
        ('Verksamhet', [
            ('Skolplikt', 'Elevers frånvaro följs upp och anmäls till huvudman enligt skollagen', 'Stickprov på samtliga grundskolor', 'Rektor', '●', 'Kontroll på samtliga 7 grundskolor. Rutinen följs.', 'GENOMFORD', 'nej'),
            ('Trygghet', 'Kränkande behandling anmäls till huvudman och utreds skyndsamt', 'Genomgång av anmälningar i DF Respons', 'Kvalitetsstrateg', '▲', 'Av 46 anmälningar var 9 inte utredda inom 14 dagar. Rektorerna har fått påminnelse och rutinen har förtydligats.', 'GENOMFORD', 'ja'),
            ('Förskola', 'Placering i förskola erbjuds inom fyra månader från ansökan', 'Uttag ur placeringssystemet', 'Placeringshandläggare', '◐', 'Kontroll för januari–februari klar, mars–april pågår.', 'DELVIS', ''),
        ]),
        ('Ekonomi', [
            ('Intäkter', 'Kontroll av interkommunala ersättningar och fakturering av elevpeng', 'Avstämning mot elevregistret', 'Controller', '●', 'Faktureringen avstämd mot elevregistret per 15 mars.\nInga differenser.', 'GENOMFORD', 'nej'),
            ('Attest', 'Attest av leverantörsfakturor enligt attestordningen', 'Stickprov 30 fakturor', 'Ekonom', 'Se bilaga 2', '', 'OKLAR', ''),
            ('Inköp', 'Inköp sker från upphandlade leverantörer', 'Spendanalys', 'Controller', '○', 'Ej genomförd under perioden p.g.a. vakans på controllertjänsten. Planeras till tertial 2.', 'EJ_GENOMFORD', ''),
        ]),
        ('Personal', [
            ('Rekrytering', 'Registerkontroll vid anställning av personal i förskola och skola', 'Stickprov nyanställda', 'HR-konsult', '●', '20 nyanställningar kontrollerade, utdrag ur belastningsregistret fanns i samtliga.', 'GENOMFORD', 'nej'),
            ('Arbetsmiljö', 'Systematiskt arbetsmiljöarbete – skyddsronder genomförs enligt plan', 'Enkät till rektorer', 'HR-chef', '–', 'Utgår, hanteras i den årliga SAM-uppföljningen.', 'UTGAR', ''),
            ('Rekrytering', 'Lärarlegitimation kontrolleras vid nyanställning', 'Stickprov nyanställda lärare', 'HR-konsult', '', 'Kontrollen är genomförd, inga avvikelser.', 'GENOMFORD', 'nej'),
        ]),
    ]
    d = docx.Document()
    d.styles['Normal'].font.name = 'Calibri'; d.styles['Normal'].font.size = Pt(10)
    d.add_paragraph('Barn- och utbildningsförvaltningen').runs[0].bold = True
    d.add_heading('Uppföljning av intern kontroll 2025, tertial 1', level=1)
    d.add_paragraph('Nedan redovisas förvaltningens uppföljning av de kontrollmoment som ingår i nämndens '
                    'internkontrollplan för 2025. Uppföljningen avser perioden januari–april.')
    d.add_paragraph('Teckenförklaring: ● = Genomförd utan anmärkning   ▲ = Genomförd med avvikelse   '
                    '◐ = Pågående/delvis genomförd   ○ = Ej genomförd   – = Utgår')
    hdr = ['Process', 'Kontrollmoment', 'Kontrollmetod', 'Ansvarig', 'Status', 'Resultat och åtgärder']
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for g, items in groups:
        r = t.add_row(); m = r.cells[0].merge(r.cells[5]); m.text = g; m.paragraphs[0].runs[0].bold = True
        for it in items:
            r = t.add_row()
            for i, v in enumerate(it[:6]):
                r.cells[i].text = v
            EXP.append((fil, 'Barn- och utbildningsnämnden', it[1], it[6], it[7]))
    d.add_paragraph('')
    d.add_paragraph('Bilaga 2: Attestkontroll BUF januari–april (separat fil)')
    d.add_paragraph('Lönneby 2025-05-07\nAnders Holm, förvaltningschef')
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', 'Barn- och utbildningsnämnden', '2025', 'T1'))

# ---------------------------------------------------------------- 3 SN xlsx, fills, plan + T1/T2/Helår, nämnd only in print header
def f3():
    fil = 'IKP2025_SN_uppf_T1.xlsx'
    G, Y, R, GR = 'FF00B050', 'FFFFC000', 'FFFF0000', 'FFBFBFBF'
    rows = [  # process, risk, riskvärde, kontrollmoment, frekvens, ansvarig, fill, T1 text, kommentar, status, avv
        ('Myndighetsutövning', 'Beslut fattas utan stöd i delegationsordningen', 9, 'Stickprov på 30 beslut inom IFO – kontroll att beslutsfattaren har delegation', 'Kvartalsvis', 'Enhetschef IFO', G, None, '30 beslut granskade, samtliga fattade enligt delegation.', 'GENOMFORD', 'nej'),
        ('Myndighetsutövning', 'Utredningstid överskrids', 12, 'Förhandsbedömning av orosanmälan sker inom 14 dagar', 'Månadsvis', 'Enhetschef barn och unga', Y, None, 'Januari–februari sammanställt, mars–april pågår.', 'DELVIS', ''),
        ('Myndighetsutövning', 'Brister i dokumentation av placerade barn', 8, 'Uppföljning av placeringar – genomförandeplan upprättad inom fyra veckor', 'Halvår', 'Enhetschef barn och unga', R, None, 'Ej genomförd, omprioriterat på grund av hög ärendebelastning.', 'EJ_GENOMFORD', ''),
        ('Ekonomi', 'Felaktiga utbetalningar', 12, 'Utbetalning av ekonomiskt bistånd – kontroll mot beslut och attest', 'Tertial', 'Enhetschef försörjningsstöd', G, None, 'Stickprov på 40 utbetalningar. 2 utbetalningar saknade attest i efterhand, åtgärdat och rutinen förtydligad.', 'GENOMFORD', 'ja'),
        ('Ekonomi', 'Fakturerade timmar överstiger beviljade', 9, 'Fakturor från privata utförare inom hemtjänst stäms av mot beviljade timmar', 'Tertial', 'Avgiftshandläggare', None, None, None, 'SAKNAS', ''),
        ('Informationssäkerhet', 'Otillbörlig åtkomst till personuppgifter', 8, 'Loggkontroll i verksamhetssystemet (Lifecare)', 'Tertial', 'Systemförvaltare', G, None, 'Loggkontroll genomförd för 15 slumpvis valda medarbetare.\nIngen otillbörlig åtkomst upptäcktes.', 'GENOMFORD', 'nej'),
        ('Personal', 'Olämplig person anställs', 6, 'Registerkontroll vid anställning inom LSS-verksamhet', 'Tertial', 'HR-specialist', GR, 'Utgår', 'Ersatt av central kontroll i HR-systemet enligt beslut SN 2025-02-19 § 22.', 'UTGAR', ''),
        ('Personal', 'Överanställning enligt LAS', 6, 'Bemanning – kontroll av att timanställda inte överskrider LAS-gräns', 'Tertial', 'Bemanningsenheten', Y, None, 'Första stickprovet klart (mars), andra stickprovet görs i maj.', 'DELVIS', ''),
    ]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'IKP 2025'
    ws.oddHeader.center.text = 'Socialnämnden – Lönneby kommun'
    ws.oddFooter.right.text = 'Sida &P av &N'
    ws['A1'] = 'Internkontrollplan 2025 med uppföljning'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Plan beslutad 2024-12-11 § 187. Uppföljning redovisas per tertial med färgmarkering.'
    ws.merge_cells('A4:F4'); ws['A4'] = 'Plan'
    ws.merge_cells('G4:I4'); ws['G4'] = 'Uppföljning'
    sub = ['Process', 'Risk', 'Riskvärde', 'Kontrollmoment', 'Frekvens', 'Ansvarig', 'T1', 'T2', 'Helår', 'Kommentar']
    for c, h in enumerate(sub, 1):
        ws.cell(5, c, h)
    for r in (4, 5):
        for c in range(1, 11):
            cell = ws.cell(r, c); cell.font = Font(bold=True); cell.fill = PatternFill('solid', fgColor='FFD9E1F2'); cell.border = BOX
            cell.alignment = Alignment(horizontal='center', wrap_text=True)
    r = 6
    for row in rows:
        vals = list(row[:6]) + [row[7], None, None, row[8]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
        if row[6]:
            ws.cell(r, 7).fill = PatternFill('solid', fgColor=row[6])
        EXP.append((fil, 'Socialnämnden', row[3], row[9], row[10]))
        r += 1
    # merge process cells vertically (value kept only in first cell)
    start = 6
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0] != rows[start - 6][0]:
            end = 6 + i - 1
            if end > start:
                for rr in range(start + 1, end + 1):
                    ws.cell(rr, 1).value = None
                ws.merge_cells(start_row=start, start_column=1, end_row=end, end_column=1)
            start = 6 + i
    lr = r + 1
    ws.cell(lr, 1, 'Färgförklaring').font = Font(bold=True)
    for i, (col, txt) in enumerate([(G, 'Genomförd'), (Y, 'Pågående / delvis genomförd'), (R, 'Ej genomförd'), (GR, 'Utgår')], 1):
        ws.cell(lr + i, 1).fill = PatternFill('solid', fgColor=col); ws.cell(lr + i, 2, txt)
    for col, w in zip('ABCDEFGHIJ', [20, 30, 9, 45, 11, 22, 8, 8, 8, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', 'Socialnämnden', '2025', 'T1'))

# ---------------------------------------------------------------- 4 Stratsys CSV, two nämnder, old year rows
def f4():
    fil = 'Stratsys_export_internkontroll_20250508.csv'
    hdr = ['Enhet', 'Plan', 'Process', 'Kontrollmoment', 'Period', 'Status', 'Statuskommentar', 'Avvikelse (J/N)', 'Uppdaterad av', 'Uppdaterad']
    SB, MB = 'Samhällsbyggnadsförvaltningen', 'Miljö- och byggnadsnämnden'
    data = [
        (SB, 'Ekonomi', 'Attest av leverantörsfakturor enligt attestordningen', '2025 T1', 'Klar', 'Stickprov 25 fakturor, inga avvikelser.', 'N', 'GENOMFORD', 'nej'),
        (SB, 'Upphandling', 'Kontroll av att entreprenader faktureras enligt avtalade á-priser', '2025 T1', 'Pågående', 'Två av fyra pågående entreprenader granskade.', '', 'DELVIS', ''),
        (SB, 'Gata och park', 'Besiktning av lekplatser enligt plan', '2025 T1', 'Klar', 'Årlig huvudbesiktning utförd.\n3 lekredskap togs ur bruk efter anmärkning.', 'J', 'GENOMFORD', 'ja'),
        (SB, 'Fastighet', 'Hyresavtal för kommunens lokaler är uppdaterade och registrerade i avtalsdatabasen', '2025 T1', 'Ej påbörjad', 'Startar i september.', '', 'EJ_GENOMFORD', ''),
        (SB, 'Ekonomi', 'Kontroll av kassahantering vid Lönneby camping', '2025 T1', 'Ej aktuell', 'Campingen är utarrenderad från 2025-01-01.', '', 'UTGAR', ''),
        (MB, 'Myndighetsutövning', 'Delegationsbeslut anmäls till nämnden', '2024 Helår', 'Klar', 'Samtliga beslut anmälda.', 'N', None, None),
        (MB, 'Myndighetsutövning', 'Bygglovsavgifter debiteras enligt gällande taxa', '2024 Helår', 'Klar med avvikelse', '1 av 30 ärenden felaktigt debiterat.', 'J', None, None),
        (MB, 'Myndighetsutövning', 'Bygglovsavgifter debiteras enligt gällande taxa', '2025 T1', 'Klar med avvikelse', '2 av 30 granskade ärenden felaktigt debiterade (för låg avgift). Fakturor kompletterade.', 'J', 'GENOMFORD', 'ja'),
        (MB, 'Myndighetsutövning', 'Handläggningstid för bygglov inom lagstadgad tid (10 veckor)', '2025 T1', 'Klar', 'Samtliga 112 ärenden avgjorda inom tid.', 'N', 'GENOMFORD', 'nej'),
        (MB, 'Tillsyn', 'Tillsyn enligt miljöbalken genomförs enligt tillsynsplan', '2025 T1', 'Pågående', '38 % av planerade tillsynsbesök genomförda per 30 april.', '', 'DELVIS', ''),
        (MB, 'Myndighetsutövning', 'Delegationsbeslut anmäls till nämnden', '2025 T1', '', '', '', 'SAKNAS', ''),
        (MB, 'Rättssäkerhet', 'Jäv – kontroll av att handläggare inte handlagt ärenden där jäv föreligger', '2025 T1', 'Klar', '', 'N', 'GENOMFORD', 'nej'),
    ]
    who = {SB: 'karin.strom', MB: 'per.nyberg'}
    with open(os.path.join(OUT, fil), 'w', encoding='utf-8-sig', newline='') as fh:
        w = csv.writer(fh, delimiter=';', quoting=csv.QUOTE_ALL, lineterminator='\r\n')
        w.writerow(hdr)
        for i, d in enumerate(data):
            upd = '2025-05-0%d %02d:%02d' % (2 + i % 5, 8 + i % 7, (i * 13) % 60) if d[3].startswith('2025') and d[4] else ('2025-01-28 10:12' if d[3].startswith('2024') else '')
            w.writerow([d[0], 'Internkontrollplan 2025' if d[3].startswith('2025') else 'Internkontrollplan 2024', d[1], d[2], d[3], d[4], d[5], d[6], who[d[0]] if upd else '', upd])
            if d[7]:
                EXP.append((fil, 'Samhällsbyggnadsnämnden' if d[0] == SB else 'Miljö- och byggnadsnämnden', d[2], d[7], d[8]))
    FILES.append((fil, 'INLAST', 'Samhällsbyggnadsnämnden', '2025', 'T1'))
    FILES.append((fil, 'INLAST', 'Miljö- och byggnadsnämnden', '2025', 'T1'))

# ---------------------------------------------------------------- 5 LBAB board report, text only, .doc
def f5():
    fil = 'Lönneby Bostäder AB - Rapport till styrelsen internkontroll T1 2025.doc'
    items = [
        ('Hyresdebitering', 'Hyror debiteras enligt gällande hyresavtal och förhandlad hyreshöjning 2025.',
         'Stickprov på 50 hyresavier efter hyreshöjningen den 1 mars. Samtliga avier var korrekta.', 'Genomförd utan anmärkning.', 'GENOMFORD', 'nej'),
        ('Kundfordringar', 'Bevakning av hyresskulder och avhysningsärenden enligt inkassorutin.',
         'Genomgång av samtliga 23 ärenden med hyresskuld över 30 dagar.', 'Genomförd med anmärkning. Fyra ärenden hade inte överlämnats till inkasso inom 30 dagar. Rutinen har gåtts igenom med kundcenter.', 'GENOMFORD', 'ja'),
        ('Underhåll', 'Uppföljning av underhållsplanen – beslutade åtgärder 2025 är beställda.',
         'Avstämning mot underhållsplan och beställningar i fastighetssystemet.', 'Pågår. Sju av tolv åtgärder är beställda; resterande upphandlas under maj.', 'DELVIS', ''),
        ('Inköp', 'Direktupphandlingar över 100 000 kr dokumenteras enligt LOU och bolagets inköpspolicy.',
         '–', 'Ej genomförd under tertialet. Kontrollen flyttas till tertial 2.', 'EJ_GENOMFORD', ''),
        ('Nyckelhantering', 'Inventering av huvudnycklar och nyckelkvittenser.',
         'Inventering av huvudnyckelsystem i samtliga 14 områden.', 'Genomförd. Två huvudnycklar saknades; berörda cylindrar har bytts.', 'GENOMFORD', 'ja'),
        ('Personuppgifter', 'Personuppgifter om tidigare hyresgäster gallras enligt gallringsplan.',
         '–', 'Kontrollen har inte påbörjats och genomförs inför helårsuppföljningen.', 'EJ_GENOMFORD', ''),
        ('Brandskydd', 'Systematiskt brandskyddsarbete (SBA) – egenkontroller genomförs i samtliga fastigheter.',
         '–', 'Utgår ur planen efter styrelsebeslut 2025-02-12 § 9; hanteras i bolagets SBA-rutin.', 'UTGAR', ''),
    ]
    d = docx.Document()
    d.styles['Normal'].font.name = 'Georgia'; d.styles['Normal'].font.size = Pt(11)
    sec = d.sections[0]; sec.header.paragraphs[0].text = 'LÖNNEBY BOSTÄDER AB\tTjänsteskrivelse\t2025-05-09'
    d.add_paragraph('Till styrelsen för Lönneby Bostäder AB')
    d.add_paragraph('Styrelsemöte 2025-05-21, ärende 6')
    d.add_heading('Uppföljning av internkontrollplan 2025 – första tertialet', level=1)
    d.add_heading('Förslag till beslut', level=2)
    d.add_paragraph('Styrelsen godkänner uppföljningen av internkontrollplanen för perioden januari–april 2025 '
                    'och överlämnar den till kommunstyrelsen i Lönneby kommun.')
    d.add_heading('Bakgrund', level=2)
    d.add_paragraph('Enligt ägardirektivet ska bolaget årligen anta en internkontrollplan och rapportera uppföljningen '
                    'till styrelsen per tertial. Planen för 2025 antogs av styrelsen 2024-12-04 och omfattar sju '
                    'kontrollpunkter. Nedan redovisas resultatet per kontrollpunkt.')
    d.add_heading('Resultat per kontrollpunkt', level=2)
    for i, (area, km, how, res, st, av) in enumerate(items, 1):
        d.add_heading('%d. %s' % (i, area), level=3)
        p = d.add_paragraph(); p.add_run('Kontrollmoment: ').bold = True; p.add_run(km)
        p = d.add_paragraph(); p.add_run('Utfört: ').bold = True; p.add_run(how)
        p = d.add_paragraph(); p.add_run('Bedömning: ').bold = True; p.add_run(res)
        EXP.append((fil, 'Lönneby Bostäder AB', km, st, av))
    d.add_heading('Sammanfattande bedömning', level=2)
    d.add_paragraph('Den interna kontrollen bedöms i allt väsentligt vara tillräcklig. De anmärkningar som noterats har åtgärdats '
                    'eller kommer att följas upp i tertial 2.')
    d.add_paragraph('Maria Ek\nVerkställande direktör')
    tmp = os.path.join(TMP, 'lbab.docx'); d.save(tmp)
    soffice(tmp, 'doc', TMP)
    shutil.move(os.path.join(TMP, 'lbab.doc'), os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', 'Lönneby Bostäder AB', '2025', 'T1'))

# ---------------------------------------------------------------- 6 Energi + Vatten .xls, two sheets, status codes
def f6():
    fil = 'Energi_Vatten_IK_T1_2025.xls'
    sheets = [
        ('Energi', 'Lönneby Energi AB', [
            ('E1', 'Ekonomi', 'Avstämning av nätavgifter mot mätvärden och debitering', 'Ekonomichef', 'G', 'Avstämt januari–mars.', 'GENOMFORD', 'nej'),
            ('E2', 'Ekonomi', 'Attest av leverantörsfakturor enligt attestordning', 'Redovisningsansvarig', 'GA', '1 faktura attesterad av jävig attestant, ny attest inhämtad.', 'GENOMFORD', 'ja'),
            ('E3', 'Elsäkerhet', 'Egenkontroller av nätstationer enligt elsäkerhetsprogrammet', 'Driftchef', 'P', '40 av 65 stationer kontrollerade.', 'DELVIS', ''),
            ('E4', 'IT/OT-säkerhet', 'Behörigheter i driftövervakningssystemet (SCADA) granskas', 'IT-ansvarig', 'EG', 'Skjuts till T2, ny systemleverantör.', 'EJ_GENOMFORD', ''),
            ('E5', 'Miljö', 'Emissionsrapportering till Naturvårdsverket sker i tid', 'Miljösamordnare', 'G', '', 'GENOMFORD', 'nej'),
            ('E6', 'Avtal', 'Fjärrvärmeavtal med storkunder följs upp', 'Marknadschef', 'U', 'Fjärrvärmeverksamheten såld 2024-12-31.', 'UTGAR', ''),
        ]),
        ('Vatten', 'Lönneby Vatten AB', [
            ('V1', 'Dricksvatten', 'Provtagning av dricksvatten enligt kontrollprogram', 'VA-chef', 'G', 'Samtliga prover tjänliga.', 'GENOMFORD', 'nej'),
            ('V2', 'Ekonomi', 'VA-avgifter debiteras enligt beslutad VA-taxa 2025', 'Ekonomichef', 'GA', 'Ny taxa infördes först i februari för 310 kunder. Korrigerat på marsfakturan.', 'GENOMFORD', 'ja'),
            ('V3', 'Ledningsnät', 'Läcksökning och uppföljning av vattenförluster', 'Driftchef', 'P', '', 'DELVIS', ''),
            ('V4', 'Inköp', 'Avrop görs från ramavtal för kemikalier', 'Inköpare', '', '', 'SAKNAS', ''),
            ('V5', 'Krisberedskap', 'Reservvattenplanen övas', 'Säkerhetsansvarig', 'EG', 'Övning planerad till oktober.', 'EJ_GENOMFORD', ''),
        ]),
    ]
    wb = xlwt.Workbook(encoding='utf-8')
    bold = xlwt.easyxf('font: bold on'); head = xlwt.easyxf('font: bold on; pattern: pattern solid, fore_colour light_turquoise; borders: left thin, right thin, top thin, bottom thin')
    cellst = xlwt.easyxf('alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin')
    for sname, bolag, rows in sheets:
        ws = wb.add_sheet(sname)
        ws.write(0, 0, 'Internkontroll 2025 – Lönnebykoncernen, Energi & Vatten', xlwt.easyxf('font: bold on, height 280'))
        ws.write(1, 0, 'Statuskoder: G = genomförd utan avvikelse, GA = genomförd med avvikelse, P = pågår, EG = ej genomförd, U = utgår')
        ws.write(2, 0, 'Bolag:', bold); ws.write(2, 1, bolag, bold)
        ws.write(3, 0, 'Rapport till styrelsen 2025-05-14, avser tertial 1')
        for c, h in enumerate(['Id', 'Område', 'Kontrollaktivitet', 'Ansvarig', 'Utfall T1', 'Utfall T2', 'Utfall T3', 'Notering']):
            ws.write(5, c, h, head)
        for r, row in enumerate(rows, 6):
            vals = list(row[:5]) + ['', '', row[5]]
            for c, v in enumerate(vals):
                ws.write(r, c, v, cellst)
            EXP.append((fil, bolag, row[2], row[6], row[7]))
        for c, w in enumerate([5, 16, 55, 20, 9, 9, 9, 50]):
            ws.col(c).width = w * 256
        FILES.append((fil, 'INLAST', bolag, '2025', 'T1'))
    wb.save(os.path.join(OUT, fil))

# ---------------------------------------------------------------- 7 KFN .ods, tick columns, last year's outcome beside
def f7():
    fil = 'KFN intern kontroll 2025 T1.ods'
    rows = [  # område, km, utfall 2024, (G, D, E), kommentar, status, avv
        ('Bidrag', 'Föreningsbidrag betalas ut enligt bidragsregler och med korrekt underlag', 'Genomförd, inga avvikelser', 'X', '', '', 'Stickprov på 15 föreningar. Två saknade verksamhetsberättelse, bidraget hålls inne tills underlag kommit in.', 'GENOMFORD', 'ja'),
        ('Kassa', 'Kassahantering i simhallen och på biblioteket – dagskassor stäms av', 'Avvikelse i simhallen', '', 'X', '', 'Simhallen klar, biblioteket kontrolleras i maj.', 'DELVIS', ''),
        ('Lokaler', 'Uthyrning av idrottshallar faktureras enligt taxa', 'Genomförd', 'X', '', '', 'Inga avvikelser.', 'GENOMFORD', 'nej'),
        ('Bibliotek', 'Inventering av medier och utrustning', 'Ej genomförd', 'X', '', 'X', '', 'OKLAR', ''),
        ('Personal', 'Registerkontroll av personal och ledare i verksamhet med barn (fritidsgårdar, kulturskola)', 'Genomförd', '', '', '', 'Kontrollen utförd för samtliga 11 nyanställda, utdrag fanns i alla fall.', 'GENOMFORD', 'nej'),
        ('Avtal', 'Avtalstrohet vid köp av konsert- och scentekniska tjänster', 'Genomförd', '', '', '', '', 'SAKNAS', ''),
        ('Arrangemang', 'Tillstånd och säkerhetsplan finns för större evenemang', 'Genomförd', '', '', 'X', 'Ej hunnen, genomförs inför Lönnebydagarna i juni.', 'EJ_GENOMFORD', ''),
        ('Digitalisering', 'Gallring av personuppgifter i bokningssystemet', 'Ej genomförd', 'X', '', '', 'Gallring genomförd 2025-03-31.', 'GENOMFORD', 'nej'),
    ]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Uppföljning'
    ws['A1'] = 'Kultur- och fritidsnämnden'; ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Uppföljning intern kontroll 2025'; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Markera med X i en av kolumnerna för tertial 1. Kommentera alltid avvikelser.'
    ws['A3'].font = Font(italic=True)
    for c, h in [(1, 'Kontrollområde'), (2, 'Kontrollmoment'), (3, 'Utfall helår 2024'), (7, 'Kommentar T1 2025')]:
        ws.cell(5, c, h); ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells('D5:F5'); ws['D5'] = 'Tertial 1 2025'
    ws['D6'], ws['E6'], ws['F6'] = 'Genomförd', 'Delvis', 'Ej genomförd'
    for r in (5, 6):
        for c in range(1, 8):
            cell = ws.cell(r, c); cell.font = Font(bold=True); cell.border = BOX
            cell.fill = PatternFill('solid', fgColor='FFE2EFDA'); cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r, c, v if v != '' else None); cell.border = BOX
            cell.alignment = Alignment(horizontal='center', vertical='top') if c in (4, 5, 6) else WRAP
        EXP.append((fil, 'Kultur- och fritidsnämnden', row[1], row[7], row[8]))
    ws.cell(7 + len(rows) + 1, 1, 'Redovisas för nämnden 2025-05-15. Kontaktperson: Lena Bergqvist, nämndsekreterare')
    for col, w in zip('ABCDEFG', [16, 50, 22, 11, 9, 12, 55]):
        ws.column_dimensions[col].width = w
    tmp = os.path.join(TMP, 'kfn.xlsx'); wb.save(tmp)
    soffice(tmp, 'ods', TMP)
    shutil.move(os.path.join(TMP, 'kfn.ods'), os.path.join(OUT, fil))
    FILES.append((fil, 'INLAST', 'Kultur- och fritidsnämnden', '2025', 'T1'))

# ---------------------------------------------------------------- 8 rejected: covering letter
def f8():
    fil = 'Följebrev internkontroll T1 SN.docx'
    d = docx.Document()
    d.add_paragraph('Socialförvaltningen\nLönneby kommun')
    d.add_paragraph('2025-05-08')
    d.add_paragraph('Till: Ekonomiavdelningen, Kommunledningsförvaltningen')
    d.add_heading('Följebrev – uppföljning av internkontrollplan, tertial 1 2025', level=1)
    d.add_paragraph('Härmed översänds Socialnämndens uppföljning av internkontrollplanen för perioden januari–april 2025 '
                    '(fil IKP2025_SN_uppf_T1.xlsx). Uppföljningen behandlas av socialnämnden vid sammanträdet 2025-05-20 '
                    'och protokollsutdrag skickas när protokollet är justerat.')
    d.add_paragraph('Observera att färgmarkeringen i uppföljningen följer den färgförklaring som finns längst ned i '
                    'kalkylbladet. Vid frågor, kontakta undertecknad.')
    d.add_paragraph('Med vänlig hälsning\nSara Lundin\nNämndsekreterare, Socialförvaltningen\n0456-123 45')
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, 'AVVISAD', '', '', ''))


def main():
    os.makedirs(TMP, exist_ok=True)
    for f in (f1, f2, f3, f4, f5, f6, f7, f8):
        f()
    with open(os.path.join(OUT, 'namnder.csv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write('nämnd;alias\n')
        for n, a in [
            ('Kommunstyrelsen', 'KS|Kommunledningsförvaltningen|KLF'),
            ('Barn- och utbildningsnämnden', 'BUN|Barn- och utbildningsförvaltningen|BUF'),
            ('Socialnämnden', 'SN|Socialförvaltningen|SOC'),
            ('Samhällsbyggnadsnämnden', 'SBN|Samhällsbyggnadsförvaltningen'),
            ('Kultur- och fritidsnämnden', 'KFN|Kultur- och fritidsförvaltningen'),
            ('Miljö- och byggnadsnämnden', 'MBN|Miljö- och byggförvaltningen'),
            ('Överförmyndarnämnden', 'ÖFN|Överförmyndarenheten'),
            ('Valnämnden', 'VN'),
            ('Lönneby Bostäder AB', 'LBAB|Lönnebybostäder|Lönneby Bostäder'),
            ('Lönneby Energi AB', 'LEAB|Lönneby Energi|Energibolaget'),
            ('Lönneby Vatten AB', 'LVAB|Lönneby Vatten|VA-bolaget'),
        ]:
            fh.write('%s;%s\n' % (n, a))
    with open(os.path.join(OUT, 'files.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh, delimiter=';', lineterminator='\n'); w.writerow(['fil', 'utfall', 'nämnd', 'år', 'period']); w.writerows(FILES)
    with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh, delimiter=';', lineterminator='\n'); w.writerow(['fil', 'nämnd', 'kontrollmoment', 'status', 'avvikelse']); w.writerows(EXP)
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == '__main__':
    main()
