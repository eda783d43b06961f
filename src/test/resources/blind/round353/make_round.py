#!/usr/bin/python3
"""Blind round r353 - Björkhamn kommun, helår 2025 inbox. Builds all files + CSVs deterministically."""
import os, csv, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fixed_props(wb):
    import datetime
    wb.properties.creator = "Björkhamn kommun"
    wb.properties.created = datetime.datetime(2026, 1, 28, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 28, 9, 0, 0)

# ---------------------------------------------------------------- 1 KS (easy xlsx)
def make_ks():
    fn = "KS_Uppfoljning_internkontrollplan_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); fixed_props(wb)
    ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Helår (januari–december 2025)"
    ws["A4"] = "Upprättad av: Anna Lindqvist, controller"; ws["F4"] = "Datum: 2026-01-28"
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status", "Kommentar/resultat"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF1F4E78"); cell.border = BOX; cell.alignment = WRAP
    data = [
        ("Ekonomi", None),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per halvår", "2 ggr/år", "Ekonomichef",
         "Genomförd med avvikelse", "40 fakturor granskade. 2 fakturor saknade beslutsattest. Berörda attestanter har informerats om attestordningen.", "GENOMFORD", "ja"),
        ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare", "Stickprov 15 verifikationer", "1 gång/år", "Redovisningsansvarig",
         "Genomförd", "Samtliga 15 stickprov var korrekt redovisade.", "GENOMFORD", "nej"),
        ("1.3", "Bokslut", "Avstämning av balanskonton inför bokslut", "Genomgång av avstämningsblanketter", "1 gång/år", "Redovisningsansvarig",
         "Genomförd", "Samtliga balanskonton avstämda per 2025-12-31, inga avvikelser.", "GENOMFORD", "nej"),
        ("Personal", None),
        ("2.1", "Lön", "Kontroll av att löneutbetalningar baseras på beslutade löneförändringar", "Stickprov 30 anställda", "1 gång/år", "HR-chef",
         "Delvis genomförd", "Kontroll gjord för januari–juni, inga fel hittades. Andra halvåret kontrolleras i februari 2026.", "DELVIS", "nej"),
        ("2.2", "Rehabilitering", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Genomgång i Adato", "2 ggr/år", "HR-chef",
         "Genomförd", "Rehabiliteringsplan fanns i 9 av 11 ärenden med upprepad korttidsfrånvaro. Cheferna har påmints om rutinen.", "GENOMFORD", "ja"),
        ("IT och informationssäkerhet", None),
        ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar", "Avstämning behörighetslista mot personalsystem", "1 gång/år", "Systemförvaltare",
         "Ej genomförd", "Skjuts till 2026 på grund av byte av ekonomisystem i november.", "EJ_GENOMFORD", ""),
        ("3.2", "Loggar", "Logguppföljning i diariesystemet", "Stickprov loggar", "2 ggr/år", "Registrator",
         "Genomförd", "Inga otillbörliga åtkomster noterade.", "GENOMFORD", "nej"),
        ("Upphandling och inköp", None),
        ("4.1", "Avtalstrohet", "Avtalstrohet vid inköp – stickprov på köp utan avtal", "Stickprov 25 inköp", "1 gång/år", "Upphandlingschef",
         "Genomförd med avvikelse", "3 av 25 inköp gjorda utanför ramavtal (kontorsmaterial och konsulttjänst).", "GENOMFORD", "ja"),
        ("4.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras", "Genomgång av diarium", "1 gång/år", "Upphandlingschef",
         "Utgår", "Utgår enligt KS beslut 2025-05-14 § 87, ersätts av central kontroll i upphandlingsenheten.", "UTGAR", ""),
    ]
    r = 7
    for row in data:
        if row[1] is None:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFDDEBF7")
        else:
            for c, v in enumerate(row[:8], 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
            EXP.append((fn, N, row[2], row[8], row[9]))
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning: 6 av 9 kontroller genomförda, 1 delvis, 1 ej genomförd, 1 utgår."); r += 1
    ws.cell(r, 1, "Godkänd av kommundirektör Per Ek, 2026-01-30")
    for col, w in zip("ABCDEFGH", [6, 20, 45, 30, 10, 20, 22, 55]):
        ws.column_dimensions[col].width = w
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2 BUF (docx, T1/T2/helår symbols)
def make_buf():
    fn = "BUF_IK_uppföljning_helår_2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    import datetime
    d.core_properties.created = datetime.datetime(2026, 2, 3, 8, 0, 0)
    p = d.add_paragraph(); rr = p.add_run("Barn- och utbildningsförvaltningen"); rr.bold = True
    d.add_heading("Uppföljning av internkontrollplan 2025 – T1, T2 och helår", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 14). "
                    "Uppföljning har skett per tertial. Nedan redovisas status för respektive kontrollmoment vid T1, T2 och helår. "
                    "Helårsrapporten behandlas av nämnden i februari 2026.")
    d.add_paragraph("Teckenförklaring: ✔ = genomförd utan avvikelse   ⚠ = genomförd med avvikelse   "
                    "◐ = påbörjad/delvis genomförd   ✘ = ej genomförd   – = kontrollen ej planerad för perioden")
    rows = [
        ("Rutin för anmälan av kränkande behandling följs på samtliga skolenheter", "Rektorer", "◐", "◐", "⚠",
         "Anmälningar görs till huvudman, men i 4 fall påbörjades utredningen inte inom en vecka.", "GENOMFORD", "ja"),
        ("Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning", "HR-specialist", "✔", "✔", "✔",
         "", "GENOMFORD", "nej"),
        ("Beslut om skolskjuts fattas enligt gällande riktlinje", "Skolskjutssamordnare", "✔", "–", "–",
         "Kontrollen planerades endast för T1 inför läsårsplaneringen. 40 beslut granskade utan anmärkning.", "GENOMFORD", "nej"),
        ("Elever med hög frånvaro följs upp enligt handlingsplan", "Rektorer", "◐", "◐", "◐",
         "Uppföljning genomförd på 9 av 14 skolenheter. Övriga enheter rapporterar i mars 2026.", "DELVIS", ""),
        ("Debitering av barnomsorgsavgifter stäms av mot inkomstuppgifter", "Avgiftshandläggare", "–", "✘", "✘",
         "Inkomstavstämningen har inte kunnat genomföras då underlaget från Skatteverket försenats.", "EJ_GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Controller", "✔", "⚠", "✔",
         "T2: en faktura saknade attest, åtgärdat. Helår: 30 fakturor granskade utan avvikelse.", "GENOMFORD", "nej"),
        ("Systematiskt brandskyddsarbete (SBA) dokumenteras på förskolorna", "Förskolechefer", "✔", "✔", "",
         "", "GENOMFORD", "nej"),
        ("Elevdokumentation i IST hanteras enligt informationssäkerhetsrutinen", "IT-samordnare", "", "", "",
         "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Ansvarig", "T1", "T2", "Helår", "Kommentar"]):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs: run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:6]):
            cells[i].text = v
            if i in (2, 3, 4): cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        EXP.append((fn, N, row[0], row[6], row[7]))
    d.add_paragraph("")
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig under 2025. "
                    "Kontrollen av barnomsorgsavgifter förs över till internkontrollplanen 2026.")
    d.add_paragraph("Björkhamn 2026-02-03")
    d.add_paragraph("Maria Holm\nFörvaltningschef")
    d.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3 SN (xlsx, traffic-light fills)
def make_sn():
    fn = "Socialnämnden_IKP_2025_helår.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook(); fixed_props(wb)
    ws = wb.active; ws.title = "Uppföljning helår"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025, uppföljning helår"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status markeras med färg i kolumn I, se färgförklaring under tabellen."; ws["A2"].font = Font(italic=True)
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig",
           "Status", "Avvikelse (Ja/Nej)", "Resultat/kommentar", "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = Font(bold=True); cell.border = BOX; cell.alignment = WRAP
        cell.fill = PatternFill("solid", fgColor="FFD9D9D9")
    G, Y, O, R_, GR = "FF00B050", "FFFFFF00", "FFFFC000", "FFFF0000", "FFBFBFBF"
    groups = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd", 3, 4, [
            ("Utbetalningar av ekonomiskt bistånd har beslut och underlag (stickprov 25 akter)", "Aktgranskning", "Enhetschef försörjningsstöd",
             G, "", "Nej", "Samtliga 25 akter hade beslut och fullständigt underlag.", "", "GENOMFORD", "nej"),
            ("Kontroll mot Försäkringskassan och CSN görs innan utbetalning (SSBTEK)", "Aktgranskning", "Enhetschef försörjningsstöd",
             Y, "", "Ja", "I 3 av 25 akter saknades dokumenterad kontroll i SSBTEK.", "Påminnelse på APT, ny kontroll T1 2026.", "GENOMFORD", "ja"),
            ("Återkrav handläggs enligt riktlinje", "Genomgång av återkravsärenden", "Förste socialsekreterare",
             O, "", "", "Granskningen påbörjades i november och slutförs under första kvartalet 2026.", "", "DELVIS", ""),
        ]),
        ("Hemtjänst", "Debitering och utförande stämmer inte med beslut", 3, 3, [
            ("Utförda hemtjänsttimmar stäms av mot beviljade timmar", "Jämförelse planeringssystem/beslut", "Verksamhetschef äldreomsorg",
             R_, "", "", "Kontrollen har inte genomförts – nytt planeringssystem infördes i oktober och jämförbar data saknas.", "Genomförs 2026.", "EJ_GENOMFORD", ""),
            ("Avvikelser enligt SoL och HSL rapporteras och åtgärdas", "Uppföljning i avvikelsesystemet", "MAS/kvalitetsutvecklare",
             G, "", "Nej", "Rapporteringen fungerar, samtliga 62 avvikelser har utretts inom fastställd tid.", "", "GENOMFORD", "nej"),
        ]),
        ("Myndighetsutövning barn och unga", "Barn far illa på grund av brister i handläggningen", 2, 4, [
            ("Utredningstid inom fyra månader enligt SoL 11 kap. 2 §", "Uttag ur verksamhetssystem", "Enhetschef barn och unga",
             Y, "", "Ja", "87 % av utredningarna avslutades inom fyra månader (mål 95 %).", "Översyn av ärendefördelning.", "GENOMFORD", "ja"),
            ("Orosanmälningar skyddsbedöms inom 24 timmar", "Stickprov 20 anmälningar", "Enhetschef barn och unga",
             G, "", "Nej", "Samtliga 20 skyddsbedömningar gjorda samma dag eller nästkommande dag.", "", "GENOMFORD", "nej"),
        ]),
        ("Lex Sarah", "Missförhållanden rapporteras inte", 2, 4, [
            ("Lex Sarah-rapporter hanteras enligt rutin", "Genomgång av rapporter", "Kvalitetsutvecklare",
             GR, "Utgår", "", "Utgår – ingår i kvalitetsledningssystemets egenkontroll från och med 2025.", "", "UTGAR", ""),
        ]),
        ("Informationssäkerhet", "Obehörig åtkomst till personuppgifter", 3, 4, [
            ("Loggkontroll i Treserva", "Slumpvis logguttag", "Systemförvaltare",
             None, "", "", "Se bilaga 3", "", "OKLAR", ""),
        ]),
    ]
    r = 5
    for proc, risk, s, k, ctrls in groups:
        start = r
        for (km, met, ans, fill, stxt, avv, res, atg, st, ea) in ctrls:
            vals = [proc if r == start else None, risk if r == start else None, s if r == start else None,
                    k if r == start else None, s * k if r == start else None, km, met, ans, stxt or None, avv or None, res or None, atg or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
            if fill:
                ws.cell(r, 9).fill = PatternFill("solid", fgColor=fill)
            EXP.append((fn, N, km, st, ea))
            r += 1
        if r - start > 1:
            for c in range(1, 6):
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Färgförklaring status").font = Font(bold=True); r += 1
    for fill, txt in [(G, "Genomförd utan anmärkning"), (Y, "Genomförd med anmärkning"), (O, "Påbörjad/delvis genomförd"),
                      (R_, "Ej genomförd"), (GR, "Utgår")]:
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=fill); ws.cell(r, 2, txt); r += 1
    r += 1
    ws.cell(r, 1, "Riskvärde = sannolikhet × konsekvens (skala 1–4).")
    for col, w in zip("ABCDEFGHIJKL", [20, 28, 11, 11, 10, 45, 26, 24, 10, 12, 50, 28]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4 SBN (.ods, 2024 vs 2025)
def make_sbn(tmp):
    fn = "SBN_Intern_kontroll_2025_jmf_2024.ods"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook(); fixed_props(wb)
    ws = wb.active; ws.title = "Intern kontroll"
    ws["A1"] = "Samhällsbyggnadsnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av intern kontroll – helår 2025 med jämförelse mot 2024"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Status: G = Genomförd, GA = Genomförd med avvikelse, D = Delvis genomförd, E = Ej genomförd, U = Utgår"
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Utfall 2024", "Status 2024", "Utfall 2025", "Status 2025", "Åtgärd/kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True); cell.border = BOX; cell.alignment = WRAP
    rows = [
        (1, "Exploatering", "Exploateringsavtal följs upp mot tecknade villkor",
         "Två avtal följdes upp, inga avvikelser.", "G", "Fyra avtal följdes upp. I ett avtal har exploatören betalat gatukostnadsersättning fyra månader för sent.", "GA", "Påminnelserutin införd.", "GENOMFORD", "ja"),
        (2, "Gata/park", "Tillsyn av lekplatser enligt SS-EN 1176",
         "Besiktning av 11 lekplatser uteblev.", "E", "Samtliga 23 lekplatser besiktigade, inga allvarliga anmärkningar.", "G", "", "GENOMFORD", "nej"),
        (3, "Planering", "Detaljplaner handläggs inom utlovad tid",
         "Tidplan hölls i samtliga planer.", "G", "Tidplan hölls i 5 av 8 planer, uppföljning av resterande pågår.", "D", "Resursförstärkning 2026.", "DELVIS", ""),
        (4, "Mark", "Arrendeavgifter faktureras enligt avtal",
         "Två arrenden hade inte fakturerats.", "GA", "Avstämning gjord mot avtalsregistret, inga fel.", "G", "", "GENOMFORD", "nej"),
        (5, "Mätning", "Intäkter för nybyggnadskartor stäms av mot beställningar",
         "Ny kontroll 2025", "", "Kontrollen har inte genomförts på grund av vakans på mätenheten.", "", "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        (6, "Upphandling", "Avrop från ramavtal för markentreprenader sker enligt avropsordning",
         "Tio avrop granskade utan anmärkning.", "G", "Ramavtalet upphörde 2025-03-31, ny upphandling pågår.", "U", "", "UTGAR", ""),
        (7, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor, inga fel.", "G", "Ej genomförd under 2025.", "E", "Återkommer i plan 2026.", "EJ_GENOMFORD", ""),
        (8, "Trafik", "Parkeringstillstånd för rörelsehindrade handläggs enligt delegationsordningen",
         "Delvis granskat, 12 av 30 ärenden.", "D", "", "", "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v if v != "" else None); cell.alignment = WRAP; cell.border = BOX
        EXP.append((fn, N, row[2], row[8], row[9]))
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställd av samhällsbyggnadsförvaltningen 2026-01-22, Lars Nyström, verksamhetscontroller")
    for col, w in zip("ABCDEFGH", [5, 16, 45, 35, 10, 50, 10, 28]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, fn.replace(".ods", ".xlsx"))
    wb.save(src)
    soffice(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fn), fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round353",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- 5 KFN (.xls, tick columns)
def make_kfn():
    fn = "KFN internkontroll helår 2025.xls"
    N = "Kultur- och fritidsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on")
    big = xlwt.easyxf("font: bold on, height 280")
    hd = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cc = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Kultur- och fritidsförvaltningen", big)
    ws.write(1, 0, "Internkontroll 2025 – uppföljning per 31 december", bold)
    ws.write(2, 0, "Markera med x i den kolumn som stämmer.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse noterad", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, hd)
    rows = [
        ("Kassahantering", "Kassaredovisning i simhallens kassa stäms av mot dagsrapport", "Månadsvis", "Badhuschef", "x", "", "", "Nej",
         "Inga differenser över 50 kr.", "GENOMFORD", "nej"),
        ("Kassahantering", "Oanmäld kassainventering på biblioteken", "2 ggr/år", "Bibliotekschef", "x", "", "", "Ja",
         "Differens 340 kr i Norrviks filial, rutinen ses över.", "GENOMFORD", "ja"),
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt beslut och regelverk", "1 gång/år", "Föreningskonsulent", "x", "x", "", "",
         "", "OKLAR", ""),
        ("Föreningsbidrag", "Redovisning av lokalt aktivitetsstöd granskas mot närvarolistor (stickprov 10 föreningar)", "1 gång/år", "Föreningskonsulent", "x", "", "", "Ja",
         "2 föreningar kunde inte visa närvarolistor, bidraget återkrävs.", "GENOMFORD", "ja"),
        ("Lokaler", "Bokningar i Interbook faktureras korrekt", "2 ggr/år", "Bokningsansvarig", "", "x", "", "Nej",
         "Genomgång gjord för vårterminen, hösten ej hunnen.", "DELVIS", "nej"),
        ("Inventarier", "Inventering av konstsamlingen enligt förteckning", "Vartannat år", "Kulturchef", "", "", "x", "",
         "Skjuts upp till 2026.", "EJ_GENOMFORD", ""),
        ("Avtal", "Hyresavtal för föreningslokaler är aktuella och undertecknade", "1 gång/år", "Fritidschef", "x", "", "", "Nej",
         "", "GENOMFORD", "nej"),
        ("Personal", "Arbetstidsregistrering för timavlönade attesteras av chef", "Månadsvis", "Enhetschefer", "", "", "", "",
         "", "SAKNAS", ""),
    ]
    r = 5
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0]:
            j += 1
        if j > i:
            ws.write_merge(r + i, r + j, 0, 0, rows[i][0], cs)
        else:
            ws.write(r + i, 0, rows[i][0], cs)
        i = j + 1
    for k, row in enumerate(rows):
        for c in range(1, 9):
            ws.write(r + k, c, row[c], cc if c in (4, 5, 6, 7) else cs)
        EXP.append((fn, N, row[1], row[9], row[10]))
    rr = r + len(rows) + 1
    ws.write(rr, 0, "Sammanställt av: Johan Berg, 2026-01-20")
    ws.write(rr + 1, 0, "Bilaga 2: Kassarapporter simhallen (separat fil)")
    for c, w in enumerate([18, 48, 12, 20, 10, 8, 12, 10, 45]):
        ws.col(c).width = w * 256
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 6 MBN (docx, text only)
def make_mbn():
    fn = "MBN_Internkontroll_2025_slutrapport.docx"
    N = "Miljö- och byggnadsnämnden"
    d = docx.Document()
    import datetime
    d.core_properties.author = "Miljö- och byggförvaltningen"
    d.core_properties.created = datetime.datetime(2026, 1, 26, 10, 0, 0)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=0)
    d.add_paragraph("Miljö- och byggnadsnämnden").runs[0].bold = True
    d.add_paragraph("Dnr MBN 2025/0031")
    d.add_heading("1. Inledning", level=1)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 i januari 2025. Planen omfattar sex kontrollmoment som valts ut "
                    "efter risk- och väsentlighetsanalys. I denna rapport redovisas resultatet för helåret. Kontrollerna har "
                    "genomförts av respektive enhetschef och sammanställts av nämndsekreteraren.")
    d.add_heading("2. Resultat av kontrollerna", level=1)
    items = [
        ("2.1 Bygglov – handläggningstid",
         "Kontroll av att beslut om bygglov fattas inom tio veckor från komplett ansökan.",
         "212 av 219 beslut fattades inom lagstadgad tid. I sju ärenden reducerades avgiften enligt PBL 12 kap. 8 a §.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("2.2 Livsmedelskontroll",
         "Planerad livsmedelskontroll genomförs enligt fastställd kontrollplan.",
         "78 % av de planerade kontrollerna genomfördes. Resterande kontroller har förts över till 2026 på grund av sjukfrånvaro.",
         "Delvis genomförd", "DELVIS", ""),
        ("2.3 Avgiftsdebitering",
         "Timavgifter för tillsyn debiteras i enlighet med taxan.",
         "Stickprov på 30 ärenden visade korrekt debitering.",
         "Genomförd", "GENOMFORD", "nej"),
        ("2.4 Delegationsbeslut",
         "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde.",
         "Kontrollen har inte genomförts under året. Den flyttas till internkontrollplanen 2026.",
         None, "EJ_GENOMFORD", ""),
        ("2.5 Diarieföring",
         "Inkomna handlingar diarieförs inom två arbetsdagar.",
         "Stickprovet visade att 9 av 40 handlingar diarieförts senare än två arbetsdagar efter ankomst.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("2.6 Strandskydd",
         "Beslut om strandskyddsdispens innehåller motivering av särskilda skäl.",
         None,
         "Ej aktuell – inga dispensbeslut har fattats under 2025.", "UTGAR", ""),
    ]
    for head, km, res, bed, st, ea in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        if res:
            p = d.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
        if bed:
            p = d.add_paragraph(); p.add_run("Bedömning: ").bold = True; p.add_run(bed)
        EXP.append((fn, N, km, st, ea))
    d.add_heading("3. Sammanfattande bedömning", level=1)
    d.add_paragraph("Nämnden bedömer att den interna kontrollen under 2025 i allt väsentligt har varit tillräcklig. "
                    "Avvikelserna inom bygglov och diarieföring har åtgärdats genom förtydligade rutiner.")
    d.add_paragraph("Eva Sandberg, förvaltningschef")
    d.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7 TSN (xlsx, T1/T2/helår groups, nämnd in print header)
def make_tsn():
    fn = "IK-uppföljning 2025 helår.xlsx"
    N = "Teknik- och servicenämnden"
    wb = openpyxl.Workbook(); fixed_props(wb)
    ws = wb.active; ws.title = "TSN 2025"
    ws.oddHeader.left.text = "Teknik- och servicenämnden"
    ws.oddHeader.right.text = "Internkontrollplan 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    groups = [("Plan", 1, 5), ("T1 (jan–apr)", 6, 7), ("T2 (maj–aug)", 8, 9), ("Helår (T3 sep–dec)", 10, 11)]
    for txt, a, b in groups:
        ws.cell(3, a, txt).font = Font(bold=True)
        ws.cell(3, a).alignment = Alignment(horizontal="center")
        ws.cell(3, a).fill = PatternFill("solid", fgColor="FFFCE4D6")
        ws.merge_cells(start_row=3, start_column=a, end_row=3, end_column=b)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = Font(bold=True); cell.border = BOX; cell.alignment = WRAP
    rows = [
        (1, "Fordon", "Körjournaler för kommunens fordon förs och attesteras månadsvis", "Stickprov körjournaler", "Fordonssamordnare",
         "Pågår", "", "Pågår", "", "Klar", "Samtliga 34 fordon kontrollerade, 3 körjournaler saknade attest.", "GENOMFORD", "ja"),
        (2, "Måltid", "Livsmedelsinköp sker från upphandlade leverantörer", "Genomgång leverantörsreskontra", "Kostchef",
         "Klar", "Inga avvikelser", "Klar", "Inga avvikelser", "Klar", "Inga avvikelser", "GENOMFORD", "nej"),
        (3, "Fastighet", "Lagstadgade besiktningar (hiss, OVK, brand) utförs i rätt tid", "Uttag ur fastighetssystemet", "Fastighetschef",
         "Pågår", "", "Pågår", "Hissbesiktningar klara.", "Pågår", "OVK försenad i fyra skolor, beställd till mars 2026.", "DELVIS", ""),
        (4, "Fastighet", "Hyresdebitering stäms av mot hyreskontrakt", "Avstämning kontraktsregister", "Ekonom",
         "Ej påbörjad", "", "Klar", "Avstämning klar för helåret, inga avvikelser.", "", "", "GENOMFORD", "nej"),
        (5, "Lokalvård", "Kvalitetskontroll av lokalvård enligt INSTA 800", "Kvalitetsmätning", "Lokalvårdschef",
         "Klar", "", "Klar", "", "Ej genomförd", "Höstens mätning uteblev på grund av sjukskrivning.", "EJ_GENOMFORD", ""),
        (6, "VA", "Avläsning av vattenmätare och debitering av VA-avgifter", "Avstämning avläsning/debitering", "VA-chef",
         "–", "", "–", "", "Ej aktuell", "VA-verksamheten överförd till Björkhamn Vatten AB 2025-01-01.", "UTGAR", ""),
        (7, "IT", "Behörigheter i fastighetssystemet ses över", "Avstämning behörighetslista", "Systemförvaltare",
         "", "", "", "", "", "", "SAKNAS", ""),
        (8, "Inköp", "Direktupphandlingar dokumenteras enligt riktlinje", "Stickprov", "Inköpssamordnare",
         "Pågår", "", "Klar", "6 granskade utan anmärkning", "Klar", "12 direktupphandlingar granskade, 2 saknade dokumentation.", "GENOMFORD", "ja"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:11], 1):
            cell = ws.cell(r, c, v if v != "" else None); cell.alignment = WRAP; cell.border = BOX
        EXP.append((fn, N, row[2], row[11], row[12]))
        r += 1
    r += 1
    ws.cell(r, 1, "Statusvärden: Klar / Pågår / Ej påbörjad / Ej genomförd / Ej aktuell. – = ingen kontroll planerad för perioden.")
    for col, w in zip("ABCDEFGHIJK", [5, 14, 45, 26, 20, 11, 25, 11, 30, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 8 rejected: covering letter
def make_missiv():
    fn = "Följebrev IK helår 2025 Socialnämnden.docx"
    d = docx.Document()
    import datetime
    d.core_properties.author = "Socialförvaltningen"
    d.core_properties.created = datetime.datetime(2026, 1, 29, 13, 0, 0)
    d.add_paragraph("Socialförvaltningen\t\t\t\t2026-01-29")
    d.add_paragraph("Till: Ekonomiavdelningen, Björkhamn kommun")
    d.add_heading("Följebrev – Socialnämndens uppföljning av intern kontroll helår 2025", level=1)
    d.add_paragraph("Hej!")
    d.add_paragraph("Bifogat finns Socialnämndens helårsuppföljning av internkontrollplanen 2025 (filen "
                    "”Socialnämnden_IKP_2025_helår.xlsx”). Uppföljningen behandlades av nämnden den 21 januari 2026, § 6.")
    d.add_paragraph("Loggkontrollen i verksamhetssystemet redovisas i en separat bilaga som skickas efter när den "
                    "granskats av dataskyddsombudet. Hör av er om något är oklart.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Karin Ström\nNämndsekreterare, Socialförvaltningen\n0470-12 34 56")
    d.save(fn)
    FILES.append((fn, "AVVISAD", "", "", ""))

def make_namnder():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SocN|Socialförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Teknik- och servicenämnden", "TSN|Teknik- och serviceförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Björkhamns Bostäder AB", "BBAB|Björkhamnsbostäder"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(reg)

def main():
    tmp = tempfile.mkdtemp(prefix="r353_")
    try:
        make_ks(); make_buf(); make_sn(); make_sbn(tmp); make_kfn(); make_mbn(); make_tsn(); make_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    make_namnder()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
    print(len(FILES), "files,", len(EXP), "controls")

if __name__ == "__main__":
    main()
