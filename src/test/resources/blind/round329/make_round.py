#!/usr/bin/python3
"""Blind round r329 – Ekebo kommun, helår 2025, statuses as traffic lights and symbols."""
import csv, datetime, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round329"]

def fill(hex_):
    return PatternFill("solid", start_color="FF" + hex_, end_color="FF" + hex_)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

def newwb():
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Ekebo kommun"
    return wb

def convert(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)

# ---------------------------------------------------------------- 1. KS xlsx, fills + legend under table
def ks():
    fn = "KS_IK_uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = newwb(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Ekebo kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Kommunstyrelsen / Kommunledningsförvaltningen"
    ws["A4"] = "Upprättad av: Maria Lindqvist, controller    Datum: 2026-01-19"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status helår", "Kommentar/resultat"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = BOLD; cell.fill = fill("D9E1F2"); cell.border = BOX
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor per halvår", "Redovisningschef", G,
         "Stickprov 50 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Stickprov 20 verifikationer", "Controller", Y,
         "3 av 20 verifikationer saknade deltagarförteckning. Påminnelse skickad till samtliga chefer.", "GENOMFORD", "ja"),
        ("Upphandling", "Köp över direktupphandlingsgränsen sker via avtal eller annonserad upphandling", "Analys av leverantörsreskontra helår", "Upphandlingschef", G,
         "Inga inköp utan avtal över gränsen identifierade.", "GENOMFORD", "nej"),
        ("Personal", "Löneutbetalningar efter avslutad anställning", "Kontroll av utbetalningar efter slutdatum", "HR-chef", Y,
         "Två felaktiga utbetalningar (totalt 18 400 kr). Återkrav har skickats.", "GENOMFORD", "ja"),
        ("Personal", "Uppföljning av att medarbetarsamtal genomförs", "Enkät till samtliga chefer", "HR-chef", R,
         "Ej genomförd på grund av byte av HR-system. Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
        ("IT/informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar", "Avstämning juni och december", "IT-chef", G,
         "Avstämning gjord i juni och december. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Dokumenthantering", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar", "Stickprov 30 ärenden", "Kanslichef", None,
         "", "SAKNAS", ""),
        ("Dokumenthantering", "Delegationsbeslut anmäls till kommunstyrelsen", "Genomgång av delegationslistor", "Nämndsekreterare", GR,
         "Utgår enligt KS beslut 2025-05-14 § 87, ingår i ny rutin för ärendehantering.", "UTGAR", ""),
        ("Ekonomi", "Avstämning av balanskonton vid bokslut", "Samtliga balanskonton", "Redovisningschef", G,
         "Samtliga konton avstämda och specificerade.", "GENOMFORD", "nej"),
        ("Krisberedskap", "Reservkraft i kommunhuset provkörs enligt plan", "Protokoll från provkörning", "Säkerhetssamordnare", R,
         "Provkörning ej utförd, ny tid bokad i februari 2026.", "EJ_GENOMFORD", ""),
    ]
    r = 7
    for i, (proc, km, met, ans, col, kom, st, av) in enumerate(rows, 1):
        vals = [i, proc, km, met, ans, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = WRAP
        if col:
            ws.cell(r, 6).fill = fill(col)
        expected.append((fn, N, km, st, av)); r += 1
    r += 2
    ws.cell(r, 2, "Förklaring status:").font = BOLD; r += 1
    for col, txt in [(G, "Kontrollen genomförd – inga avvikelser"), (Y, "Kontrollen genomförd – avvikelser har noterats (se kommentar)"),
                     (R, "Kontrollen ej genomförd"), (GR, "Kontrollen utgår")]:
        ws.cell(r, 2).fill = fill(col); ws.cell(r, 2).border = BOX
        ws.cell(r, 3, txt); r += 1
    r += 1
    ws.cell(r, 2, "Behandlad av kommunstyrelsen 2026-02-04 § 12")
    for col, w in zip("ABCDEFG", [5, 22, 48, 30, 20, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2. BUN xlsx, T1/T2/Helår fills, legend on other sheet
def bun():
    fn = "BUN Uppföljning internkontroll 2025 helår.xlsx"
    N = "Barn- och utbildningsnämnden"
    G, Y, R, GR = "92D050", "FFC000", "C00000", "A6A6A6"
    wb = newwb(); ws = wb.active; ws.title = "Internkontroll 2025"
    ws.oddHeader.center.text = "Barn- och utbildningsnämnden"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningen avser helår. Färgmarkering enligt flik Färgförklaring."
    ws["G3"] = "Uppföljning"; ws["G3"].font = BOLD; ws.merge_cells("G3:I3")
    ws["G3"].alignment = Alignment(horizontal="center")
    hdr = ["Process", "Risk", "Kontrollmoment", "Riskvärde", "Ansvarig", "Frekvens", "T1", "T2", "Helår", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = BOLD; cell.border = BOX; cell.fill = fill("DDEBF7"); cell.alignment = WRAP
    rows = [
        ("Ekonomi", "Felaktig debitering", "Barnomsorgsavgifter debiteras enligt beslutad taxa", 9, "Avgiftshandläggare", "Varje tertial",
         (G, G, G), "Stickprov 40 hushåll, inga fel.", "GENOMFORD", "nej"),
        ("Ekonomi", "Felaktiga utbetalningar", "Utbetalning av tilläggsbelopp till fristående förskolor sker enligt beslut", 12, "Controller", "Helår",
         (None, None, Y), "Granskning av 6 av 11 beslut klar, hittills inga fel. Resterande granskas i januari 2026.", "DELVIS", "nej"),
        ("Elevhälsa", "Bristande dokumentation", "Journalföring i elevhälsans journalsystem enligt rutin", 8, "Elevhälsochef", "T2 och helår",
         (None, G, G), "Samtliga 20 kontrollerade journaler uppfyller rutinen.", "GENOMFORD", "nej"),
        ("Skolskjuts", "Felaktiga beslut", "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning", 6, "Skolskjutshandläggare", "Helår",
         (None, None, R), "Ej genomförd, handläggare har varit tjänstledig under hösten.", "EJ_GENOMFORD", ""),
        ("Trygghet och studiero", "Anmälningar hanteras inte", "Anmälningar om kränkande behandling utreds och återkopplas till huvudmannen inom fastställd tid", 16, "Verksamhetschefer", "Varje tertial",
         (G, Y, Y), "78 % av utredningarna avslutade inom 30 dagar (mål 100 %). Avvikelsen är rapporterad till nämnden.", "DELVIS", "ja"),
        ("Personal", "Obehörig personal", "Kontroll av lärarlegitimation vid nyanställning", 9, "HR-specialist", "En gång per år (aug)",
         (None, G, None), "Gjord i augusti, se T2. Samtliga nyanställda lärare hade legitimation.", "GENOMFORD", "nej"),
        ("Säkerhet", "Brister i brandskydd", "Systematiskt brandskyddsarbete dokumenteras på samtliga skolor", 12, "Rektorer", "T1 och helår",
         (G, None, G), "Genomfört på 14 av 14 enheter.", "GENOMFORD", "nej"),
        ("Information", "Felaktig hantering av personuppgifter", "Registerförteckning enligt dataskyddsförordningen uppdateras", 6, "Dataskyddssamordnare", "Helår",
         (None, None, GR), "Utgår – ansvaret har flyttats till kommunstyrelsens dataskyddsombud.", "UTGAR", ""),
        ("Inköp", "Inköp utanför avtal", "Inköp av läromedel sker från avtalade leverantörer", 8, "Rektorer", "Helår",
         (None, None, R), "Ej påbörjad.", "EJ_GENOMFORD", ""),
    ]
    r = 5
    for proc, risk, km, rv, ans, frek, cols, kom, st, av in rows:
        vals = [proc, risk, km, rv, ans, frek, None, None, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = WRAP
        for k, col in enumerate(cols):
            if col:
                ws.cell(r, 7 + k).fill = fill(col)
        expected.append((fn, N, km, st, av)); r += 1
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: 9").font = BOLD
    ws.cell(r + 1, 1, "Uppföljningen behandlad i BUN 2026-02-10")
    for col, w in zip("ABCDEFGHIJ", [18, 24, 50, 9, 20, 16, 6, 6, 7, 55]):
        ws.column_dimensions[col].width = w
    lg = wb.create_sheet("Färgförklaring")
    lg["A1"] = "Färgförklaring för kolumnerna T1, T2 och Helår"; lg["A1"].font = BOLD
    for i, (col, txt) in enumerate([(G, "Genomförd"), (Y, "Pågår / delvis genomförd"), (R, "Ej genomförd / ej påbörjad"),
                                    (GR, "Kontrollen utgår"), (None, "Ingen färg = kontrollen ska inte göras under perioden")], 3):
        if col:
            lg.cell(i, 1).fill = fill(col)
        lg.cell(i, 1).border = BOX
        lg.cell(i, 2, txt)
    lg.column_dimensions["B"].width = 55
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3. VON xls, ●/◐/○ with legend in title rows
def von(tmp):
    fn = "VON Internkontroll helår 2025.xls"
    N = "Vård- och omsorgsnämnden"
    wb = newwb(); ws = wb.active; ws.title = "Helår 2025"
    ws["A1"] = "Vård- och omsorgsnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontroll – Helår 2025"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Teckenförklaring:  ● = Genomförd    ◐ = Delvis genomförd    ○ = Ej genomförd    – = Utgår"
    ws["A3"].font = Font(italic=True)
    hdr = ["Kontrollmoment", "Kontrollmetod", "T2", "Helår", "Kommentar", "Avvikelse (Ja/Nej)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = BOLD; cell.border = BOX; cell.fill = fill("E2EFDA")
    groups = [
        ("Område: Myndighetsutövning", [
            ("Biståndsbeslut inom äldreomsorgen följs upp inom sex månader", "Stickprov 25 akter", "◐", "●",
             "Uppföljning gjord i 24 av 25 akter. Ett ärende saknade uppföljning.", "Ja", "GENOMFORD", "ja"),
            ("Lex Sarah-rapporter utreds och anmäls till IVO vid behov", "Genomgång av samtliga rapporter", "●", "●",
             "12 rapporter, samtliga utredda, 2 anmälda till IVO.", "Nej", "GENOMFORD", "nej"),
            ("Genomförandeplaner upprättas inom 14 dagar efter att insatsen startat", "Stickprov hemtjänst och särskilt boende", "○", "◐",
             "Hemtjänst klar. Särskilt boende granskas i januari 2026.", "", "DELVIS", ""),
        ]),
        ("Område: Vård och hälsa", [
            ("Läkemedelshantering på särskilda boenden sker enligt rutin", "Egenkontroll av MAS", "●", "●",
             "Brister i signeringslistor på Björkgården, åtgärdsplan upprättad.", "Ja", "GENOMFORD", "ja"),
            ("Fallriskbedömning dokumenteras i Senior alert", "Uttag ur kvalitetsregister", "–", "–",
             "Utgår, ersatt av ny nationell mätning.", "", "UTGAR", ""),
            ("Basala hygienrutiner följs i hemtjänsten", "Observationsmätning", "", "○",
             "Mätningen ställdes in på grund av personalbrist.", "", "EJ_GENOMFORD", ""),
        ]),
        ("Område: Ekonomi", [
            ("Hantering av brukares privata medel på särskilt boende", "Kontroll av kassabok och kvitton", "●", "●",
             "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
            ("Debitering av omsorgsavgifter enligt maxtaxa", "Stickprov 30 debiteringar", "", "",
             "Se bilaga 2", "", "OKLAR", ""),
            ("Ersättning till utförare inom LOV stäms av mot utförd tid", "Månadsvis avstämning", "◐", "◐",
             "Avstämning januari–oktober klar, november–december pågår.", "", "DELVIS", ""),
        ]),
    ]
    r = 6
    for g, items in groups:
        ws.cell(r, 1, g).font = BOLD; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).fill = fill("F2F2F2"); r += 1
        for km, met, t2, hel, kom, avc, st, av in items:
            for c, v in enumerate([km, met, t2, hel, kom, avc], 1):
                cell = ws.cell(r, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
            ws.cell(r, 3).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 4).alignment = Alignment(horizontal="center", vertical="top")
            expected.append((fn, N, km, st, av)); r += 1
    r += 1
    ws.cell(r, 1, "Godkänd av förvaltningschef Eva Sandberg 2026-01-22")
    for col, w in zip("ABCDEF", [55, 32, 6, 7, 55, 12]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, fn.replace(".xls", ".xlsx"))
    wb.save(src)
    convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fn), os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4. KFN ods, ✓/✗ with legend in title rows
def kfn(tmp):
    fn = "KFN_IK-plan_2025_helarsuppfoljning.ods"
    N = "Kultur- och fritidsnämnden"
    wb = newwb(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsförvaltningen, Ekebo kommun"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning helår"; ws["A2"].font = BOLD
    ws["A3"] = "Kolumn Utförd: ✓ = kontrollen utförd, (✓) = delvis utförd, ✗ = ej utförd.  Kolumn Avvikelse: ✓ = avvikelse har konstaterats."
    ws["A4"] = "Ansvarig för sammanställning: Jonas Ek, administrativ chef"
    hdr = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Utförd", "Avvikelse", "Kommentar/åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = BOLD; cell.border = BOX
    rows = [
        ("Bidrag till föreningar betalas ut enligt beslutade riktlinjer", "Föreningshandläggare", "✓", "",
         "Stickprov 15 bidragsärenden.", "GENOMFORD", "nej"),
        ("Kontanthantering i simhallens kassa stäms av dagligen", "Badchef", "✓", "✓",
         "Kassadifferens vid två tillfällen i oktober. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Lokalbokning debiteras enligt beslutad taxa", "Bokningsansvarig", "✓", "",
         "Inga fel hittades.", "GENOMFORD", "nej"),
        ("Utdrag ur belastningsregistret begärs för personal i fritidsgårdsverksamhet", "Fritidsgårdschef", "✗", "",
         "Ej utförd. Ny rutin tas fram under 2026.", "EJ_GENOMFORD", ""),
        ("Inventering av kommunens konstsamling", "Kulturchef", "(✓)", "✓",
         "Inventering av ca 60 % klar. Tre verk kunde inte lokaliseras.", "DELVIS", "ja"),
        ("Avtalstrohet vid inköp av idrottsmaterial", "Fritidschef", "✓", "",
         "", "GENOMFORD", "nej"),
        ("Gallring och avskrivning av biblioteksmedier dokumenteras", "Bibliotekschef", "Utgår", "",
         "Utgår enligt beslut KFN 2025-04-10 § 31.", "UTGAR", ""),
        ("Tillgängligheten i kommunens idrottsanläggningar inventeras", "Anläggningschef", "✗", "",
         "Skjuts upp till 2026 på grund av ombyggnaden av Ekebohallen.", "EJ_GENOMFORD", ""),
    ]
    r = 7
    for i, (km, ans, utf, avc, kom, st, av) in enumerate(rows, 1):
        for c, v in enumerate([i, km, ans, utf, avc, kom], 1):
            cell = ws.cell(r, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
        expected.append((fn, N, km, st, av)); r += 1
    for col, w in zip("ABCDEF", [5, 55, 22, 8, 10, 55]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, fn.replace(".ods", ".xlsx"))
    wb.save(src)
    convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fn), os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 5. SN docx, coloured cells
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)

def sn():
    fn = "Socialnämnden uppföljning intern kontroll helår 2025.docx"
    N = "Socialnämnden"
    G, Y, R = "00B050", "FFFF00", "FF0000"
    d = Document()
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED; d.core_properties.author = "Socialförvaltningen"
    d.add_heading("Uppföljning av intern kontroll 2025 – Socialnämnden", level=1)
    d.add_paragraph("Period: helår (januari–december 2025)")
    d.add_paragraph("Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024. Nedan redovisas resultatet "
                    "av de kontroller som ingår i planen. Status markeras med färg i kolumnen Status, se förklaring under tabellen.")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Process/rutin", "Kontrollmoment", "Genomförande", "Status", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    groups = [
        ("Individ- och familjeomsorg", [
            ("Barn och unga", "Utredningar avseende barn och unga avslutas inom fyra månader", "Uttag ur verksamhetssystemet varje månad", G,
             "Samtliga utredningar avslutade inom tid eller förlängda med beslut.", "GENOMFORD", "nej"),
            ("Barn och unga", "Förhandsbedömningar görs inom 14 dagar", "Stickprov 20 anmälningar", Y,
             "Stickprov gjort för januari–juni. Andra halvåret har inte granskats.", "DELVIS", ""),
            ("Ekonomiskt bistånd", "Kontroll mot andra ersättningssystem (SSBTEK) görs innan utbetalning av ekonomiskt bistånd", "Stickprov 30 akter", G,
             "I 2 av 30 akter saknades kontroll. Återkoppling till berörda handläggare.", "GENOMFORD", "ja"),
            ("Placeringar", "Avtal finns för samtliga externa placeringar", "Genomgång av samtliga placeringar", R,
             "Ej genomförd under året.", "EJ_GENOMFORD", ""),
        ]),
        ("Funktionsstöd", [
            ("LSS", "Beslut enligt LSS verkställs inom tre månader", "Kvartalsvis rapport till IVO", G,
             "Ej verkställda beslut har rapporterats varje kvartal enligt plan.", "GENOMFORD", "nej"),
            ("Personlig assistans", "Ersättning för personlig assistans stäms av mot tidsredovisning", "Stickprov 10 ärenden", G,
             "Avvikelse i ett ärende, återbetalning har begärts.", "GENOMFORD", "ja"),
        ]),
        ("Administration", [
            ("Sekretess", "Sekretessprövning görs innan allmänna handlingar lämnas ut", "Stickprov 15 utlämnanden", Y,
             "Rutinen är reviderad men stickprovet återstår.", "DELVIS", ""),
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", G,
             "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    for g, items in groups:
        row = t.add_row(); m = row.cells[0].merge(row.cells[4]); m.text = g
        m.paragraphs[0].runs[0].bold = True; shade(m, "D9D9D9")
        for proc, km, gen, col, kom, st, av in items:
            c = t.add_row().cells
            c[0].text = proc; c[1].text = km; c[2].text = gen; c[3].text = ""; c[4].text = kom
            shade(c[3], col)
            expected.append((fn, N, km, st, av))
    d.add_paragraph("")
    d.add_paragraph("Färgmarkering i kolumnen Status: grön = genomförd enligt plan, gul = påbörjad/delvis genomförd, röd = ej genomförd.")
    d.add_paragraph("Ekebo 2026-01-27")
    d.add_paragraph("Anders Holm\nSocialchef")
    d.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 6. SBN xlsx, word + colour
def sbn():
    fn = "SBN_internkontroll_2025_T3.xlsx"
    N = "Samhällsbyggnadsnämnden"
    C = {"Genomförd": "C6EFCE", "Pågående": "FFEB9C", "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}
    wb = newwb(); ws = wb.active; ws.title = "Uppföljning T3"
    ws["A1"] = "Internkontrollplan 2025 – Samhällsbyggnadsnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning tertial 3 (helår)"
    hdr = ["Id", "Risk/process", "Kontrollmoment", "Kontrollansvarig", "Status", "Avvikelse", "Kommentar", "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = fill("1F4E78"); cell.border = BOX
    rows = [
        ("Planbesked", "Planbesked lämnas inom fyra månader enligt PBL", "Planchef", "Genomförd", "C6EFCE", "Ja",
         "1 av 9 planbesked lämnades efter fem månader.", "Bevakning av tidsfrister i ärendesystemet.", "GENOMFORD", "ja"),
        ("Detaljplan", "Planavgifter debiteras enligt tecknade planavtal", "Planchef", "Genomförd", "C6EFCE", "Nej",
         "Samtliga 6 planavtal kontrollerade.", "", "GENOMFORD", "nej"),
        ("Lantmäteri", "Förrättningsakter arkiveras enligt dokumenthanteringsplanen", "Lantmätarchef", "Pågående", "FFEB9C", "",
         "Skanning av äldre akter pågår, beräknas klar mars 2026.", "", "DELVIS", ""),
        ("Mark och exploatering", "Markanvisningar följer antagen markanvisningspolicy", "Exploateringschef", "Genomförd", "FFEB9C", "",
         "", "", "OKLAR", ""),
        ("Bostadsanpassning", "Bostadsanpassningsbidrag beviljas enligt lag och riktlinjer", "Handläggare bostadsanpassning", "Ej påbörjad", "FFC7CE", "",
         "Skjuts till 2026 på grund av vakant tjänst.", "", "EJ_GENOMFORD", ""),
        ("GIS", "Behörigheter i GIS-systemet följs upp", "GIS-samordnare", "Genomförd", "C6EFCE", "Nej",
         "", "", "GENOMFORD", "nej"),
        ("Kart och mät", "Fakturering av nybyggnadskartor och kartprodukter", "Kart- och mätchef", "Utgår", "D9D9D9", "",
         "Utgår – hanteras av ny e-tjänst med automatisk fakturering.", "", "UTGAR", ""),
        ("Ekonomi", "Leverantörsfakturor attesteras av behörig attestant", "Förvaltningsekonom", "Genomförd", "C6EFCE", "Nej",
         "Stickprov 20 fakturor.", "", "GENOMFORD", "nej"),
    ]
    r = 5
    for i, (proc, km, ans, word, col, avc, kom, atg, st, av) in enumerate(rows, 1):
        for c, v in enumerate([f"SBN-{i}", proc, km, ans, word, avc, kom, atg], 1):
            cell = ws.cell(r, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
        ws.cell(r, 5).fill = fill(col)
        expected.append((fn, N, km, st, av)); r += 1
    for col, w in zip("ABCDEFGH", [8, 22, 50, 24, 13, 10, 45, 35]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7. Stratsys CSV, two nämnder, words only
def stratsys():
    fn = "Stratsys_export_internkontroll_2025-12-31.csv"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar", "Avvikelse"]
    rows = [
        ("Tekniska nämnden", "Tekniska nämnden", "Gata", "Vinterväghållning utförs enligt avtal med entreprenör", "Gatuchef",
         "Genomförd", "Stickprov av 10 utryckningar, samtliga inom avtalad tid.", "Nej", "GENOMFORD", "nej"),
        ("Tekniska nämnden", "Tekniska nämnden", "VA", "Mätaravläsning och debitering av VA-avgifter", "VA-chef",
         "Genomförd med avvikelse", "Fel taxa för 14 abonnenter, rättat i december.", "Ja", "GENOMFORD", "ja"),
        ("Tekniska nämnden", "Tekniska nämnden", "Fastighet", "Lagstadgade besiktningar (OVK, hissar) utförs i kommunens fastigheter", "Fastighetschef",
         "Delvis genomförd", "OVK klar för ca 80 % av objekten.", "", "DELVIS", ""),
        ("Tekniska nämnden", "Tekniska nämnden", "Avfall", "Fakturering av renhållningsavgifter stäms av mot kundregistret", "Avfallschef",
         "Ej genomförd", "Resursbrist under hösten.", "", "EJ_GENOMFORD", ""),
        ("Tekniska nämnden", "Tekniska nämnden", "Fordon", "Körjournaler förs för kommunens fordon", "Fordonssamordnare",
         "Utgår", "Ersatt av elektroniska körjournaler.", "", "UTGAR", ""),
        ("Tekniska nämnden", "Tekniska nämnden", "Ekonomi", "Investeringsprojekt följs upp mot beslutad budget", "Controller",
         "Genomförd", "", "Nej", "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", "Miljö- och byggnadsnämnden", "Miljötillsyn", "Tillsynsavgifter debiteras enligt taxa", "Miljöchef",
         "Genomförd", "", "Nej", "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", "Miljö- och byggnadsnämnden", "Livsmedel", "Livsmedelskontroller genomförs enligt kontrollplan", "Miljöchef",
         "Delvis genomförd", "86 % av planerade kontroller utförda.", "", "DELVIS", ""),
        ("Miljö- och byggnadsnämnden", "Miljö- och byggnadsnämnden", "Bygg", "Delegationsbeslut i bygglovsärenden anmäls till nämnden", "Bygglovschef",
         "Genomförd", "Anmält vid varje nämndsammanträde.", "Nej", "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", "Miljö- och byggnadsnämnden", "Strandskydd", "Villkor i strandskyddsdispenser följs upp", "Miljöinspektör",
         "Ej rapporterad", "", "", "SAKNAS", ""),
        ("Miljö- och byggnadsnämnden", "Miljö- och byggnadsnämnden", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         "Genomförd", "Stickprov 20 fakturor utan anmärkning.", "Nej", "GENOMFORD", "nej"),
    ]
    with open(os.path.join(OUT, fn), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for org, N, omr, km, ans, stw, kom, avc, st, av in rows:
            w.writerow([org, omr, km, ans, "Helår 2025", stw, kom, avc])
            expected.append((fn, N, km, st, av))
    files.append((fn, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    files.append((fn, "INLAST", "Miljö- och byggnadsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------- 8. reject: Excel owner/lock file
def lockfile():
    fn = "~$KS_IK_uppfoljning_helar_2025.xlsx"
    user = "Maria Lindqvist"
    data = bytes([len(user)]) + user.encode("latin-1") + b" " * (53 - len(user))
    data += bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data[:165])
    files.append((fn, "AVVISAD", "", "", ""))

def register():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Ekebo Bostäder AB", "Ekebobostäder|EBAB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write(f"{n};{a}\n")

def main():
    tmp = tempfile.mkdtemp(prefix="r329_")
    try:
        ks(); bun(); von(tmp); kfn(tmp); sn(); sbn(); stratsys(); lockfile()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in files:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in expected:
            assert ";" not in r[2]
            f.write(";".join(r) + "\n")
    print(len(files), "file rows,", len(expected), "controls")

if __name__ == "__main__":
    main()
