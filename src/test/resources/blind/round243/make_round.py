#!/usr/bin/python3
"""Blind round r243 - Kallby kommun, helår 2025. Theme: turned and pivoted layouts."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-round243"
EXP = []     # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []   # (fil, utfall, nämnd, år, period)
BOLD = Font(bold=True)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
def fill(hexcol): return PatternFill("solid", start_color=hexcol, end_color=hexcol)
GREEN, YELLOW, ORANGE, RED, GREY = fill("92D050"), fill("FFFF00"), fill("FFC000"), fill("FF0000"), fill("BFBFBF")

def convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- 1 KS: controls as columns
def ks():
    fn = "KS_uppfoljning_IK_2025.xlsx"
    N = "Kommunstyrelsen"
    ctrls = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "3 × 3 = 9", "Ekonomichef",
         "Stickprov 30 fakturor", "Tertial", "Genomförd", "Nej",
         "Stickprov om 30 fakturor per tertial, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "2 × 3 = 6",
         "Redovisningsansvarig", "Stickprov 20 verifikationer", "Halvår", "Genomförd med anmärkning", "Ja",
         "4 av 20 verifikationer saknade deltagarförteckning. Påminnelse skickad till samtliga chefer.", "GENOMFORD", "ja"),
        ("Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)", "4 × 3 = 12", "Upphandlingschef",
         "Analys i spendanalysverktyg", "Helår", "Delvis genomförd", "Ja",
         "Analys gjord för kategorierna IT och kontorsmaterial, avtalstrohet 81 %.\nÖvriga kategorier slutförs kv 1 2026.",
         "DELVIS", "ja"),
        ("HR", "Lönebeslut och nyanställningar registreras korrekt i lönesystemet", "2 × 4 = 8", "HR-chef",
         "Stickprov 15 anställningar", "Helår", "Ej genomförd", "",
         "Kontrollen har skjutits upp till 2026 p.g.a. byte av lönesystem.", "EJ_GENOMFORD", ""),
        ("IT / informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar", "3 × 3 = 9",
         "IT-chef", "Avstämning behörighetslista mot HR-system", "Halvår", "", "",
         "Behörighetslistan är avstämd mot HR-systemet i juni och december. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Dokumenthantering", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar", "2 × 3 = 6", "Registrator",
         "Stickprov 25 handlingar", "Tertial", "Utgår", "",
         "Utgår enligt beslut KS 2025-06-11 § 98, ersätts av kontroll i ny dokumenthanteringsplan.", "UTGAR", ""),
        ("Säkerhet", "Krisledningsplanen är uppdaterad och övad", "2 × 4 = 8", "Säkerhetssamordnare",
         "Genomgång av plan och övningsrapport", "Helår", "Se bilaga 3", "", "", "OKLAR", ""),
        ("Ekonomi", "Avstämning av balanskonton vid bokslut", "3 × 4 = 12", "Redovisningsansvarig",
         "Granskning av kontoavstämningar", "Helår", "Genomförd", "Ja",
         "Två konton saknade fullständig specifikation vid T2, åtgärdat till bokslutet.", "GENOMFORD", "ja"),
    ]
    labels = ["Process", "Kontrollmoment", "Risk (S × K)", "Ansvarig", "Kontrollmetod", "Frekvens",
              "Status helår", "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod: helår (januari–december) 2025"
    ws["A3"] = "Internkontrollplanen fastställd av KS 2025-01-29 § 12. Uppföljningen redovisas för KS 2026-02-18."
    ws.merge_cells("A1:I1"); ws.merge_cells("A2:I2"); ws.merge_cells("A3:I3")
    r0 = 5
    ws.cell(r0, 1, "Fält").font = BOLD
    for j in range(len(ctrls)):
        c = ws.cell(r0, 2 + j, f"Kontroll {j+1}"); c.font = BOLD; c.fill = fill("DDEBF7"); c.border = BOX
    for i, lab in enumerate(labels):
        c = ws.cell(r0 + 1 + i, 1, lab); c.font = BOLD; c.fill = fill("DDEBF7"); c.border = BOX; c.alignment = WRAP
        for j, ct in enumerate(ctrls):
            v = ct[i]
            c = ws.cell(r0 + 1 + i, 2 + j, v if v != "" else None); c.alignment = WRAP; c.border = BOX
    ws.column_dimensions["A"].width = 22
    for j in range(len(ctrls)):
        ws.column_dimensions[get_column_letter(2 + j)].width = 28
    ws.row_dimensions[r0 + 2].height = 48; ws.row_dimensions[r0 + 9].height = 90
    end = r0 + len(labels) + 2
    ws.cell(end, 1, "Sammanställt av: Karin Ljung, controller, kommunledningsförvaltningen, 2026-01-20")
    ws.cell(end + 1, 1, "Bilaga 3: Rapport krisledningsövning 2025 (separat dokument)")
    ws.freeze_panes = "B6"
    w2 = wb.create_sheet("Instruktion")
    for i, t in enumerate(["Instruktion för uppföljning",
                           "Fyll i raden 'Status helår' med Genomförd, Genomförd med anmärkning, Delvis genomförd, Ej genomförd eller Utgår.",
                           "Ange Ja i raden Avvikelse om kontrollen visat fel eller brister och beskriv åtgärd i kommentaren.",
                           "Varje kolumn B–I motsvarar ett kontrollmoment i internkontrollplanen."], 1):
        w2.cell(i, 1, t)
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))
    for ct in ctrls: EXP.append((fn, N, ct[1], ct[9], ct[10]))

# ---------------------------------------------------------------- 2 BUN: pivot-like, processes x T1/T2/T3
def bun():
    fn = "BUN IK-uppföljning per tertial 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    data = [
        ("Ekonomi", [
            ("Kontroll av att avgifter för fritidshem debiteras enligt taxa", "Genomförd", "Genomförd", "Genomförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Uppföljning av att skolskjutskostnader faktureras mot rätt ansvar", "Ej påbörjad", "Pågår",
             "Delvis genomförd", "12 felkonteringar identifierade, rättning återstår för 5.", "DELVIS", "ja"),
        ]),
        ("Personal", [
            ("Registerkontroll i belastningsregistret vid nyanställning", "Genomförd", "Genomförd",
             "Genomförd med avvikelse", "Ett utdrag saknades vid stickprov i november, inhämtat i efterhand.",
             "GENOMFORD", "ja"),
            ("Sjukfrånvaro följs upp och rehabiliteringsärenden startas dag 15", "Pågår", "Pågår", None, None,
             "DELVIS", ""),
        ]),
        ("Verksamhet och elevhälsa", [
            ("Anmälan om kränkande behandling hanteras inom fem arbetsdagar", "Genomförd", "Genomförd", "Ej genomförd",
             "Kontrollen för T3 genomfördes inte på grund av sjukskrivning hos ansvarig.", "EJ_GENOMFORD", ""),
            ("Frånvaroanmälan till vårdnadshavare sker samma dag", "Utgår", None, None,
             "Ersatt av automatisk avisering i nytt skoladministrativt system, beslut BUN 2025-03-20 § 31.",
             "UTGAR", ""),
            ("Dokumentation av extra anpassningar och åtgärdsprogram", None, None, None, None, "SAKNAS", ""),
        ]),
        ("Informationssäkerhet", [
            ("Hantering av personuppgifter i lärplattformen enligt GDPR", "–", "Genomförd", "Genomförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Pivot IK"
    ws["A1"] = "Barn- och utbildningsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – status per tertial (helårsuppföljning)"
    ws["A3"] = "Verksamhetsår"; ws["B3"] = "2025"
    ws["A4"] = "Förvaltning"; ws["B4"] = "Barn- och utbildningsförvaltningen"
    ws["B6"] = "Kolumnetiketter"; ws["B6"].font = BOLD
    ws.merge_cells("B6:D6")
    hdr = ["Radetiketter", "T1", "T2", "T3", "Kommentar (senaste rapportering)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = BOLD; c.fill = fill("DCE6F1"); c.border = BOX
    r = 8
    cnt = {1: 0, 2: 0, 3: 0}
    for proc, rows in data:
        c = ws.cell(r, 1, proc); c.font = BOLD; c.fill = fill("F2F2F2")
        for j in range(2, 6): ws.cell(r, j).fill = fill("F2F2F2")
        r += 1
        for (k, t1, t2, t3, kom, st, av) in rows:
            c = ws.cell(r, 1, k); c.alignment = Alignment(indent=2, wrap_text=True, vertical="top")
            for j, v in enumerate((t1, t2, t3), 2):
                ws.cell(r, j, v).border = BOX
                if v and v.startswith("Genomförd"): cnt[j - 1] += 1
            ws.cell(r, 5, kom).alignment = WRAP
            EXP.append((fn, N, k, st, av))
            r += 1
    c = ws.cell(r, 1, "Antal genomförda"); c.font = BOLD
    for j in (1, 2, 3):
        ws.cell(r, j + 1, cnt[j]).font = BOLD
    ws.cell(r + 2, 1, "Uppdaterad 2026-01-15 / Maria Sundin, verksamhetscontroller BUF")
    ws.column_dimensions["A"].width = 62; ws.column_dimensions["E"].width = 60
    for col in "BCD": ws.column_dimensions[col].width = 20
    w2 = wb.create_sheet("Listor")
    for i, v in enumerate(["Status", "Genomförd", "Genomförd med avvikelse", "Delvis genomförd", "Pågår",
                           "Ej påbörjad", "Ej genomförd", "Utgår"], 1):
        w2.cell(i, 1, v)
    w2.sheet_state = "hidden"
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3 SN: controls x quarters matrix
def sn():
    fn = "Socialnämnden IK-matris kvartal 2025.xlsx"
    N = "Socialnämnden"
    groups = [
        ("Myndighetsutövning", [
            ("Beslut om bistånd enligt SoL fattas av behörig delegat", "Enhetschef IFO", "G", "G", "G", "G", "Nej",
             "Stickprov 10 beslut per kvartal.", "GENOMFORD", "nej"),
            ("Handläggningstid för utredning barn och unga (4 månader)", "Enhetschef barn och unga", "D", "D", "G", "G",
             "Ja", "Andel utredningar inom 4 månader: 78 % (mål 90 %). Åtgärdsplan beslutad.", "GENOMFORD", "ja"),
            ("Kontroll av att vårdplaner upprättas inom 14 dagar", "MAS", "–", "G", "–", "E", "",
             "Kv4: kontrollen ej utförd, flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
            ("Lex Sarah-rapporter utreds och anmäls i tid", "Kvalitetsstrateg", "G", "G", "G", "–", "Nej",
             "Årlig sammanställning klar i oktober.", "GENOMFORD", "nej"),
        ]),
        ("Ekonomi", [
            ("Utbetalning av ekonomiskt bistånd stäms av mot beslut", "Enhetschef försörjningsstöd", "G", "G", "D", "D",
             "Ja", "Tre dubbelutbetalningar upptäckta i kv 3, återkrav pågår. Avstämning av december ej klar.",
             "DELVIS", "ja"),
            ("Avgifter inom hemtjänst beräknas enligt gällande taxa", "Avgiftshandläggare", "E", "D", "G", "G", "Ja",
             "Felaktig maxtaxa för 6 brukare korrigerad under kv 2.", "GENOMFORD", "ja"),
            ("Hantering av privata medel för boende i särskilt boende", "Enhetschef SÄBO", "G", "G", "G", "G", "Nej",
             None, "GENOMFORD", "nej"),
        ]),
        ("Personal och avtal", [
            ("Registerutdrag kontrolleras vid anställning inom LSS", "Områdeschef LSS", "U", "–", "–", "–", None,
             "Utgår – kontrollen ingår i HR-avdelningens plan.", "UTGAR", ""),
            ("Kontroll av att avtal med externa utförare följs upp årligen", "Avtalscontroller", "–", "–", "–", None,
             None, None, "SAKNAS", ""),
        ]),
    ]
    fills = {"G": GREEN, "D": YELLOW, "E": RED, "U": GREY}
    wb = Workbook(); ws = wb.active; ws.title = "Matris 2025"
    ws.oddHeader.center.text = "Socialnämnden – intern kontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Socialförvaltningen – Internkontrollmatris 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Helårsrapport. Status per kvartal, senaste kvartal avser läget vid årets slut."
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "Avvikelse", "Kommentar"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h); c.font = BOLD; c.fill = fill("D9D9D9"); c.border = BOX
    r = 5; nr = 1
    for g, rows in groups:
        ws.cell(r, 1, g).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (k, ans, q1, q2, q3, q4, av, kom, st, eav) in rows:
            ws.cell(r, 1, nr); ws.cell(r, 2, k).alignment = WRAP; ws.cell(r, 3, ans)
            for j, q in enumerate((q1, q2, q3, q4), 4):
                c = ws.cell(r, j, q); c.alignment = Alignment(horizontal="center"); c.border = BOX
                if q in fills: c.fill = fills[q]
            ws.cell(r, 8, av); ws.cell(r, 9, kom).alignment = WRAP
            EXP.append((fn, N, k, st, eav))
            r += 1; nr += 1
    legend = ["Teckenförklaring", "G = Genomförd", "D = Delvis genomförd / pågår", "E = Ej genomförd",
              "U = Utgår", "– = Ingen kontroll planerad detta kvartal"]
    for i, t in enumerate(legend):
        c = ws.cell(4 + i, 11, t)
        if i == 0: c.font = BOLD
        if i in (1, 2, 3, 4): c.fill = [GREEN, YELLOW, RED, GREY][i - 1]
    ws.column_dimensions["B"].width = 55; ws.column_dimensions["C"].width = 26
    ws.column_dimensions["I"].width = 55; ws.column_dimensions["K"].width = 38
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4 TN: transposed Word tables
def tn():
    fn = "Tekniska nämnden uppföljning internkontroll helår 2025.docx"
    N = "Tekniska nämnden"
    ctrls = [
        ("Fakturering av VA-avgifter stäms av mot mätarställningar", "VA-debitering", "Enhetschef VA-ekonomi",
         "Halvår", "Klar", "Nej", "Avstämning gjord i april och oktober.", "GENOMFORD", "nej"),
        ("Besiktning av lekplatser enligt SS-EN 1176", "Park och natur", "Parkingenjör", "Årligen",
         "Klar med avvikelse", "Ja", "Två lekplatser hade brister i fallskydd, åtgärdade i september.", "GENOMFORD", "ja"),
        ("Drivmedelskort används endast för kommunens fordon", "Fordon", "Fordonssamordnare", "Helår", "Påbörjad", "–",
         "Rapportuttag från kortleverantören klart, analys återstår.", "DELVIS", ""),
        ("Vinterväghållning utförs enligt avtalad beredskap", "Gata", "Gatuchef", "Helår", "Ej påbörjad", "",
         "Kontrollen flyttas till vintersäsongen 2025/26.", "EJ_GENOMFORD", ""),
        ("Ändrings- och tilläggsarbeten (ÄTA) godkänns skriftligen före utförande", "Investeringsprojekt",
         "Projektchef", "Helår", "Klar", "Ja", "I 3 av 12 granskade projekt saknades skriftligt godkännande.",
         "GENOMFORD", "ja"),
        ("Inventering av kommunens fordonspark och maskiner", "Fordon", "Fordonssamordnare", "Helår", "Utgår", "",
         "Utgår, ersatt av ny fordonsförvaltning (TN 2025-05-14 § 41).", "UTGAR", ""),
        ("Uppföljning av felanmälningar i gatubelysning inom 10 dagar", "Gata", "Belysningsingenjör", "Tertial", "", "",
         "Arbetet pågår, sammanställning redovisas i mars 2026.", "DELVIS", ""),
    ]
    labels = ["Kontrollmoment", "Process", "Ansvarig", "Frekvens", "Status", "Avvikelse", "Kommentar/åtgärd"]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Kallby kommun – Tekniska förvaltningen"
    d.add_heading("Tekniska nämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår")
    d.add_paragraph("Nämnden fastställde internkontrollplanen för 2025 den 22 januari 2025 (§ 6). Nedan redovisas "
                    "resultatet av årets kontroller. Varje kolumn i tabellerna motsvarar ett kontrollmoment. "
                    "Status anges som Klar, Klar med avvikelse, Påbörjad, Ej påbörjad eller Utgår.")
    for part, chunk in (("Kontrollmoment 1–4", ctrls[:4]), ("Kontrollmoment 5–7", ctrls[4:])):
        d.add_heading(part, level=2)
        t = d.add_table(rows=len(labels), cols=1 + len(chunk)); t.style = "Table Grid"
        for i, lab in enumerate(labels):
            cell = t.cell(i, 0); cell.text = lab
            cell.paragraphs[0].runs[0].bold = True
            for j, ct in enumerate(chunk):
                t.cell(i, 1 + j).text = ct[i]
        d.add_paragraph("")
        for ct in chunk: EXP.append((fn, N, ct[0], ct[7], ct[8]))
    d.add_paragraph("Samlad bedömning: den interna kontrollen bedöms som i huvudsak tillräcklig. "
                    "Kontrollen av ÄTA-arbeten förs in i planen även för 2026.")
    d.add_paragraph("Kallby 2026-01-27\nPer Ekdahl, teknisk chef")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 5 Stratsys CSV, two nämnder
def stratsys():
    fn = "Stratsys_export_IK_helar_2025.csv"
    rows = [
        ("Kultur- och fritidsnämnden", "Kassahantering", "Kontanthantering i simhallens kassa stäms av dagligen",
         "Anläggningschef", "Genomförd", "Nej", "Kassadifferenser under 50 kr samtliga månader.", "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Bidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer",
         "Föreningskonsulent", "Genomförd", "Ja",
         "Ett bidrag betalades ut utan fullständig redovisning.\nBeloppet har återkrävts.", "GENOMFORD", "ja"),
        ("Kultur- och fritidsnämnden", "Fakturering", "Uthyrning av lokaler faktureras korrekt", "Bokningsansvarig",
         "Delvis genomförd", "Nej", "Kontroll gjord för sporthallar, ej för bygdegårdar.", "DELVIS", "nej"),
        ("Kultur- och fritidsnämnden", "Tillgångar", "Inventering av konstsamlingen", "Kulturchef", "Ej genomförd", "",
         "Skjuts till 2026 pga. personalbrist.", "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsnämnden", "Bidrag", "Bidrag till studieförbund följs upp mot verksamhetsberättelse",
         "Kulturchef", "Ej aktuell", "", "Bidragsformen avskaffad från 2025.", "UTGAR", ""),
        ("Miljö- och byggnämnden", "Avgifter", "Tillsynsavgifter debiteras enligt taxa", "Miljöchef", "Genomförd",
         "Nej", "", "GENOMFORD", "nej"),
        ("Miljö- och byggnämnden", "Handläggning", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         "Genomförd", "Ja", "7 ärenden överskred tidsfristen; avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("Miljö- och byggnämnden", "Handläggning", "Jäv i handläggning av tillsynsärenden", "Miljöchef", "Pågående", "",
         "Enkät till handläggare skickad i december, sammanställning pågår.", "DELVIS", ""),
        ("Miljö- och byggnämnden", "Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Genomförd", "Nej", "Samtliga beslut anmälda månadsvis.", "GENOMFORD", "nej"),
        ("Miljö- och byggnämnden", "Arkiv", "Arkivering av avslutade bygglovsärenden", "Arkivarie", "", "", "",
         "SAKNAS", ""),
    ]
    with open(os.path.join(OUT, fn), "w", encoding="utf-8-sig", newline="") as f:
        f.write("Rapport: Internkontroll - uppföljning kontrollmoment\r\n")
        f.write("Period: Helår 2025\r\n")
        f.write("Utskriven: 2026-01-30 09:14 av ekonomikontoret\r\n")
        f.write("\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Status", "Avvikelse",
                    "Kommentar"])
        for r in rows:
            w.writerow(r[:7])
    for org in ("Kultur- och fritidsnämnden", "Miljö- och byggnämnden"):
        FILES.append((fn, "INLAST", org, "2025", "HELAR"))
    for r in rows: EXP.append((fn, r[0], r[2], r[7], r[8]))

# ---------------------------------------------------------------- 6 KBAB: ordinary Word table, saved as .doc
def kbab(tmp):
    fn = "Kallby Bostäder AB - rapport intern kontroll 2025.doc"
    N = "Kallby Bostäder AB"
    rows = [
        ("Hyresavier skickas ut och stäms av mot hyresreskontran", "Månatlig avstämning", "Ja", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Attest av entreprenadfakturor mot avtal och ÄTA-beslut", "Stickprov 20 fakturor", "Ja",
         "Avvikelse: en faktura attesterad av person utan attesträtt. Attestlistan uppdaterad.", "GENOMFORD", "ja"),
        ("Tillträde till lägenheter dokumenteras i nyckelsystemet", "Stickprov per område", "Delvis",
         "Kontroll gjord på område Norr, område Söder återstår.", "DELVIS", ""),
        ("Hyresgästers andrahandsuthyrning följs upp", "Genomgång av tillstånd", "Nej", "Ej utförd under 2025.",
         "EJ_GENOMFORD", ""),
        ("Brandskyddskontroll (SBA) i flerbostadshus", "Egenkontroll enligt checklista", "Ja", "Inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("Kundfordringar äldre än 90 dagar bevakas och skickas till inkasso", "Genomgång av reskontra", "Ja",
         "8 fordringar hade inte skickats till inkasso enligt rutin, åtgärdat i december.", "GENOMFORD", "ja"),
    ]
    d = docx.Document()
    d.add_heading("Kallby Bostäder AB", level=1)
    d.add_paragraph("Rapport intern kontroll 2025 – helårsuppföljning").runs[0].bold = True
    d.add_paragraph("Rapporten behandlas av styrelsen 2026-02-12. Kontrollerna följer bolagets internkontrollplan "
                    "antagen 2025-02-06.")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for j, h in enumerate(["Nr", "Kontrollmoment", "Metod", "Utförd (Ja/Nej/Delvis)", "Iakttagelser"]):
        t.cell(0, j).text = h; t.cell(0, j).paragraphs[0].runs[0].bold = True
    for i, r in enumerate(rows, 1):
        cells = t.add_row().cells
        cells[0].text = str(i)
        for j in range(4): cells[1 + j].text = r[j]
        EXP.append((fn, N, r[0], r[4], r[5]))
    d.add_paragraph("")
    d.add_paragraph("Lena Holm, ekonomichef Kallby Bostäder AB")
    src = os.path.join(tmp, "Kallby Bostäder AB - rapport intern kontroll 2025.docx")
    d.save(src)
    convert(src, "doc:MS Word 97", OUT)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7 RTF: card blocks in ODS, T2 + helår
def rtf(tmp):
    fn = "RTF_internkontroll_2025_helar.ods"
    N = "Räddningstjänstförbundet Kallby-Ås"
    cards = [
        ("Tillsyn enligt LSO genomförs enligt tillsynsplan", "Stf räddningschef", "Orange", "Grön",
         "Samtliga 142 planerade tillsyner utförda.", "GENOMFORD", "nej"),
        ("Kontroll av andningsskydd och rökdykarutrustning", "Materialansvarig", "Grön", "Gul",
         "Två masker underkända vid årskontrollen, utbytta.", "GENOMFORD", "ja"),
        ("Timersättning för deltidsbrandmän stäms av mot larmrapporter", "Administrativ chef", "Röd", "Orange",
         "Avstämning gjord för station Kallby, station Ås återstår.", "DELVIS", ""),
        ("Övningsplan för räddningsstyrkan följs", "Utbildningsansvarig", "Grön", "", "", "GENOMFORD", "nej"),
        ("Fakturering av automatlarm (onödiga larm)", "Administrativ chef", "Grå", "Grå",
         "Utgår – faktureringen sköts av kommunens ekonomienhet från 2025.", "UTGAR", ""),
        ("Förbundets inköp understiger direktupphandlingsgränsen per leverantör", "Förbundsdirektör", "Röd", "Röd",
         "Ej genomförd på grund av resursbrist.", "EJ_GENOMFORD", ""),
    ]
    cf = {"Grön": GREEN, "Gul": YELLOW, "Orange": ORANGE, "Röd": RED, "Grå": GREY}
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Räddningstjänsten Kallby-Ås"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning per tertial 2 och helår"
    ws["A4"] = "Färgbedömning:"; ws["A4"].font = BOLD
    leg = [("Grön", "Genomförd utan avvikelse"), ("Gul", "Genomförd med avvikelse"),
           ("Orange", "Påbörjad / delvis genomförd"), ("Röd", "Ej genomförd"), ("Grå", "Utgår")]
    for i, (k, v) in enumerate(leg):
        ws.cell(5 + i, 1, k).fill = cf[k]; ws.cell(5 + i, 2, v)
    r = 11
    for n, (k, ans, t2, hel, kom, st, av) in enumerate(cards, 1):
        c = ws.cell(r, 1, f"Kontroll {n}"); c.font = Font(bold=True, size=12)
        r += 1
        for lab, val in (("Kontrollmoment", k), ("Ansvarig", ans), ("Bedömning T2", t2),
                         ("Bedömning helår", hel), ("Kommentar", kom)):
            a = ws.cell(r, 1, lab); a.font = BOLD; a.border = BOX
            b = ws.cell(r, 2, val if val else None); b.border = BOX; b.alignment = WRAP
            if val in cf: b.fill = cf[val]
            r += 1
        r += 1
        EXP.append((fn, N, k, st, av))
    ws.cell(r, 1, "Godkänd av förbundsdirektionen 2026-02-05")
    ws.column_dimensions["A"].width = 20; ws.column_dimensions["B"].width = 70
    src = os.path.join(tmp, "RTF_internkontroll_2025_helar.xlsx")
    wb.save(src)
    convert(src, "ods", OUT)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- reject: budget pivot, no controls
def reject():
    fn = "KFN budgetuppföljning pivot T3 2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Pivot"
    ws["A1"] = "Kultur- och fritidsnämnden – budgetuppföljning 2025 (tkr)"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Summa av Utfall"; ws["B3"] = "Kolumnetiketter"
    for j, h in enumerate(["Radetiketter", "T1", "T2", "T3", "Totalsumma", "Budget helår", "Avvikelse mot budget"], 1):
        ws.cell(4, j, h).font = BOLD
    data = [("Bibliotek", 4120, 3980, 4310, 12600), ("Fritidsgårdar", 2210, 1890, 2405, 6700),
            ("Simhall", 3350, 2875, 3610, 9500), ("Föreningsbidrag", 1800, 650, 920, 3400),
            ("Kulturskola", 2950, 2410, 3120, 8300), ("Nämnd och administration", 610, 580, 655, 1800)]
    r = 5
    tot = [0, 0, 0, 0, 0]
    for name, a, b, c, bud in data:
        s = a + b + c
        for j, v in enumerate([name, a, b, c, s, bud, bud - s], 1): ws.cell(r, j, v)
        for i, v in enumerate([a, b, c, s, bud]): tot[i] += v
        r += 1
    ws.cell(r, 1, "Totalsumma").font = BOLD
    for j, v in enumerate(tot + [tot[4] - tot[3]], 2): ws.cell(r, j, v).font = BOLD
    ws.cell(r + 2, 1, "Kommentar: prognosen vid T2 höll. Överskottet förklaras av lägre föreningsbidrag.")
    ws.column_dimensions["A"].width = 28
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))

def namnder():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarverksamheten"),
        ("Valnämnden", "VN"),
        ("Kallby Bostäder AB", "KBAB|Kallbybostäder|Kallby Bostäder"),
        ("Räddningstjänstförbundet Kallby-Ås", "RTF|Räddningstjänsten Kallby-Ås|Räddningstjänsten"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg: f.write(f"{n};{a}\n")

def main():
    tmp = tempfile.mkdtemp(prefix="r243_")
    ks(); bun(); sn(); tn(); stratsys(); kbab(tmp); rtf(tmp); reject(); namnder()
    shutil.rmtree(tmp)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES: f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXP: w.writerow(r)
    print(len(FILES), "file rows,", len(EXP), "controls")

if __name__ == "__main__":
    main()
