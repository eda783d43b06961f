#!/usr/bin/python3
# Blind round r400 — Blentarp kommun, helårsuppföljning 2025 (nämnder, kommunala bolag, kommunalförbund)
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-round400"
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen — xlsx, plan columns + T1/T2/Helår side by side
# ---------------------------------------------------------------------------
def ks():
    fil = "KS_Internkontroll_uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Helårsuppföljning. Behandlas i kommunstyrelsen 2026-02-04. Förvaltning: Kommunledningskontoret"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A4:F4"); ws["A4"] = "PLAN 2025 (antagen KS 2024-12-11 § 212)"
    ws.merge_cells("G4:M4"); ws["G4"] = "UPPFÖLJNING"
    for c in ("A4", "G4"):
        ws[c].font = BOLD; ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="D9E1F2")
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod / omfattning", "Frekvens", "Ansvarig",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2", "Status helår", "Kommentar helår",
           "Avvikelse (Ja/Nej)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = BOLD; c.border = BOX; c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="F2F2F2")
    rows = [
        ("G", "Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Tertial", "Redovisningsansvarig",
         "Genomförd", "Inga avvikelser.", "Genomförd", "2 fakturor attesterade av ersättare utan delegation.",
         "Genomförd", "Totalt 60 fakturor granskade, 3 avvikelser (fel attestant). Information given till berörda chefer.", "Ja",
         "GENOMFORD", "ja"),
        ("1.2", "Förtroendekänsliga poster", "Kontroll av representation och förtroendekänsliga poster för förtroendevalda och förvaltningsledning",
         "Genomgång av samtliga poster konto 7610–7690", "Helår", "Controller",
         "–", "", "–", "", "Genomförd", "Samtliga 41 poster granskade. Syfte och deltagare angivna.", "Nej",
         "GENOMFORD", "nej"),
        ("1.3", "Bokslut", "Avstämning av balanskonton vid bokslut med specifikation",
         "Samtliga balanskonton", "Helår", "Redovisningschef",
         "–", "", "–", "", "Pågår", "Bokslutsarbetet pågår, avstämning klar för ca 85 % av kontona per 2026-01-20.", "",
         "DELVIS", ""),
        ("G", "Personal"),
        ("2.1", "Lön", "Ändringar i lönesystemet (Heroma) stäms av mot underlag",
         "Stickprov 15 ändringar", "Tertial", "Lönechef",
         "Genomförd", "Inga avvikelser.", "Genomförd", "Inga avvikelser.", "Genomförd", "Inga avvikelser under året.", "Nej",
         "GENOMFORD", "nej"),
        ("2.2", "Arbetsmiljö", "Uppföljning av rehabiliteringsärenden – rehabplan upprättas inom 30 dagar",
         "Genomgång av samtliga ärenden", "Tertial", "HR-chef",
         "Ej genomförd", "Skjuts till T2.", "Delvis genomförd", "Halva förvaltningen genomgången.",
         "Genomförd med anmärkning", "Rehabplan saknades eller var försenad i 4 av 15 ärenden. Utbildning för chefer genomförd i december.", "Ja",
         "GENOMFORD", "ja"),
        ("G", "IT och informationssäkerhet"),
        ("3.1", "Behörigheter", "Behörighetskontroll i ekonomisystemet – avslutade anställningar har tagits bort",
         "Jämförelse behörighetslista mot HR-systemet", "Helår", "Systemförvaltare",
         "–", "", "–", "", "Ej genomförd", "Ej genomförd på grund av byte av ekonomisystem. Flyttas till internkontrollplan 2026.", "",
         "EJ_GENOMFORD", ""),
        ("3.2", "Drift", "Säkerhetskopiering och återläsningstest av verksamhetskritiska system",
         "Återläsningstest av ett system", "Helår", "IT-chef",
         "–", "", "Utgår", "Ansvaret har övergått till IT-förbundet Sydöstra Skåne, beslut KS 2025-05-14 § 87.", "Utgår", "Se T2.", "",
         "UTGAR", ""),
        ("G", "Upphandling och inköp"),
        ("4.1", "Inköp", "Avtalstrohet – inköp sker från upphandlade ramavtalsleverantörer",
         "Analys av leverantörsreskontra", "Tertial 2 och helår", "Upphandlingschef",
         "–", "", "Genomförd", "Avtalstrohet 93 %.", "Genomförd", "Avtalstrohet 91 % för helåret. Köp utanför avtal främst städmaterial och kontorsmöbler.", "Ja",
         "GENOMFORD", "ja"),
        ("4.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjerna",
         "Genomgång av samtliga direktupphandlingar", "Tertial 2 och helår", "Upphandlingschef",
         "–", "", "Delvis genomförd", "Genomgång påbörjad, 6 av 11 upphandlingar granskade.", "", "", "",
         "DELVIS", ""),
        ("4.3", "Avtal", "Registrering av avtal i avtalsdatabasen",
         "Stickprov 10 avtal", "Helår", "Upphandlingssamordnare",
         "–", "", "–", "", "", "", "",
         "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        if row[0] == "G":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
            c = ws.cell(r, 1, row[1]); c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="305496")
        else:
            for i, v in enumerate(row[:13], 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            exp(fil, N, row[2], row[13], row[14])
        r += 1
    r += 1
    ws.cell(r, 1, "Statusalternativ: Genomförd / Genomförd med anmärkning / Delvis genomförd / Pågår / Ej genomförd / Utgår. "
                  "”–” = kontrollen ej planerad för perioden.").font = Font(italic=True, size=9)
    ws.cell(r + 2, 1, "Upprättad av: Anna Lindqvist, ekonomichef, 2026-01-21")
    widths = [6, 18, 40, 28, 12, 18, 14, 28, 14, 30, 16, 45, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "D6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden — docx, delår + helår columns, status in text
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for k, ln in enumerate(lines):
        run = p.add_run(ln); run.bold = bold; run.font.size = Pt(9)
        if k < len(lines) - 1:
            run.add_break()

def bun():
    fil = "BUN IK-uppföljning 2025 delår och helår.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\tBlentarps kommun\tDnr BUN 2025/118"
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplan 2025 den 17 december 2024 (§ 141). "
                    "Planen följs upp två gånger per år, vid delårsbokslut per 31 augusti och vid helår. "
                    "I tabellen nedan redovisas resultatet för respektive kontrollmoment för båda perioderna. "
                    "Kolumnen Avvikelse anger om kontrollen visat på brister.")
    d.add_paragraph("Sammanfattningsvis bedömer förvaltningen att den interna kontrollen varit tillräcklig, "
                    "men att rutinen för rapportering av kränkande behandling behöver förstärkas.")
    rows = [
        ("H", "Ekonomi och administration"),
        ("Ekonomi", "Fakturering av barnomsorgsavgifter – inkomstuppgifter stäms av mot underlag",
         "Ej påbörjad", "Delvis genomförd – stickprov för vårterminen klart (20 hushåll), höstterminen kvarstår.", "–",
         "DELVIS", ""),
        ("Delegation", "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen",
         "Genomförd, inga avvikelser.", "Genomförd, inga avvikelser.", "Nej",
         "GENOMFORD", "nej"),
        ("Personal", "Utdrag ur belastningsregistret har kontrollerats vid nyanställning",
         "Genomförd.", "Genomförd. 3 av 40 nyanställda saknade registerutdrag i personalakten. Har kompletterats i oktober.", "Ja",
         "GENOMFORD", "ja"),
        ("Licenser", "Inventering av digitala läromedelslicenser",
         "Ej genomförd.", "Ej genomförd. Prioriterades bort på grund av personalbrist på IT-enheten, flyttas till 2026.", "",
         "EJ_GENOMFORD", ""),
        ("H", "Elevhälsa och myndighetsutövning"),
        ("Kränkande behandling", "Anmälan om kränkande behandling rapporteras till huvudman inom en vecka",
         "Pågår.", "Genomförd med avvikelse: 12 av 47 anmälningar rapporterades senare än en vecka.\nRektorer har påmints om rutinen.", "Ja",
         "GENOMFORD", "ja"),
        ("Närvaro", "Frånvarouppföljning – rektor följer upp elever med hög frånvaro (över 15 %)",
         "Genomförd. Samtliga skolor har följt upp, inga avvikelser.", "", "Nej",
         "GENOMFORD", "nej"),
        ("Särskilt stöd", "Dokumentation av extra anpassningar och åtgärdsprogram",
         "–", "Se bilaga 2.", "",
         "OKLAR", ""),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) dokumenteras på varje enhet",
         "Utgår", "Utgår – hanteras av Samhällsbyggnadsförvaltningen som fastighetsägare enligt beslut BUN 2025-03-18 § 22.", "",
         "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollmoment", "Delår (jan–aug)", "Helår", "Avvikelse"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "H":
            m = cells[0].merge(cells[4]); set_cell(m, row[1], bold=True)
        else:
            for i in range(5):
                set_cell(cells[i], row[i])
            exp(fil, N, row[1], row[5], row[6])
    widths = [Cm(2.8), Cm(5.0), Cm(3.2), Cm(5.0), Cm(1.8)]
    for r in t.rows:
        for i, c in enumerate(r.cells):
            c.width = widths[i]
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Sammanställning av granskade åtgärdsprogram (separat dokument).")
    d.add_paragraph("Blentarp 2026-01-20\n\nKarin Sjöberg\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 3. Socialnämnden — ods (via xlsx), traffic-light fills T1/T2/T3, legend at top
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"

def sn(tmp):
    fil = "Socialnämnden_uppföljning_internkontrollplan_2025.ods"
    N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1, tertial 2 och tertial 3 (helår)"
    ws["A4"] = "Teckenförklaring:"; ws["A4"].font = BOLD
    leg = [(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"), (RED, "Ej genomförd"),
           (GREY, "Utgår"), (None, "Ofärgad = ingen uppföljning planerad/rapporterad för perioden")]
    col = 2
    for fill, txt in leg:
        if fill:
            ws.cell(4, col).fill = PatternFill("solid", fgColor=fill); ws.cell(4, col).border = BOX
        ws.cell(4, col + 1, txt).font = Font(size=9)
        col += 2
    hdr = ["Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar / resultat helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h); c.font = BOLD; c.border = BOX; c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = [
        ("Myndighetsutövning barn och unga", "Utredningar drar ut på tiden och barn riskerar att fara illa", "12",
         "Utredningar av barn och unga avslutas inom 120 dagar", "Enhetschef barn och unga",
         YELLOW, YELLOW, GREEN,
         "Genomförd. 3 av 62 utredningar överskred 120 dagar utan beslut om förlängning. Ärendegenomgång med utredare i november.",
         "GENOMFORD", "ja"),
        ("Myndighetsutövning barn och unga", "Orosanmälningar bedöms inte i tid", "12",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Enhetschef mottagning",
         GREEN, GREEN, GREEN, "Samtliga stickprov inom 14 dagar. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", "9",
         "Utbetalningar av ekonomiskt bistånd stäms av mot beslut (stickprov 25 ärenden)", "Enhetschef försörjningsstöd",
         None, None, RED, "Stickprovet har inte genomförts under hösten på grund av vakanser.", "EJ_GENOMFORD", ""),
        ("Ekonomiskt bistånd", "Dubbelutbetalning av ersättning", "8",
         "Kontroll av dubbelutbetalningar mot Försäkringskassan via SSBTEK", "Controller",
         None, GREEN, GREEN, "Inga dubbelutbetalningar upptäckta.", "GENOMFORD", "nej"),
        ("Vård och omsorg", "Avvikelser analyseras inte och lärande uteblir", "9",
         "Avvikelser enligt SoL och HSL dokumenteras och analyseras", "Kvalitetsutvecklare",
         None, YELLOW, YELLOW, "Analys klar för kvartal 1–3, kvartal 4 pågår och redovisas i mars.", "DELVIS", ""),
        ("Vård och omsorg", "Fel i läkemedelshanteringen", "16",
         "Läkemedelshantering – signeringslistor kontrolleras på särskilda boenden", "MAS",
         GREEN, GREEN, YELLOW, "Kontroll genomförd på 3 av 4 boenden. Brister i signering på Solgården, åtgärdsplan upprättad.",
         "DELVIS", "ja"),
        ("Vård och omsorg", "Debitering av hemtjänst stämmer inte med beviljade insatser", "8",
         "Utförda hemtjänsttimmar stäms av mot biståndsbeslut", "Enhetschef hemtjänst",
         None, None, None, "", "SAKNAS", ""),
        ("Funktionsstöd", "Intäktsbortfall assistansersättning", "6",
         "Fakturering av assistansersättning till Försäkringskassan sker inom fastställd tid", "Administratör LSS",
         GREEN, GREEN, GREEN, "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Personal", "Brott mot tystnadsplikten", "6",
         "Kontroll av att samtliga nyanställda har undertecknat förbindelse om tystnadsplikt", "HR-konsult",
         GREEN, GREY, GREY, "Utgår – ersätts från september av central kontroll i HR-systemet (beslut SN 2025-08-27 § 93).",
         "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        for i in range(5):
            c = ws.cell(r, i + 1, row[i]); c.alignment = WRAP; c.border = BOX
        for k in range(3):
            c = ws.cell(r, 6 + k); c.border = BOX
            if row[5 + k]:
                c.fill = PatternFill("solid", fgColor=row[5 + k])
        c = ws.cell(r, 9, row[8]); c.alignment = WRAP; c.border = BOX
        exp(fil, N, row[3], row[9], row[10])
        r += 1
    ws.cell(r + 1, 1, "Uppföljningen behandlad i socialnämnden 2026-01-28 § 6.").font = Font(italic=True)
    for i, w in enumerate([22, 30, 10, 40, 20, 6, 6, 6, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    x = os.path.join(tmp, fil.replace(".ods", ".xlsx"))
    wb.save(x)
    soffice(x, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 4. Stratsys export — csv, long format (one row per control and period), two nämnder
# ---------------------------------------------------------------------------
def stratsys():
    fil = "Stratsys_Internkontroll_export_20260115.csv"
    SBN, KFN = "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden"
    org = {SBN: "Blentarps kommun/Samhällsbyggnadsnämnden", KFN: "Blentarps kommun/Kultur- och fritidsnämnden"}
    data = [
        (SBN, "Gata och park", "Kontroll av att vinterväghållningsentreprenörens fakturor stämmer mot körjournaler", "Gatuchef",
         ("Genomförd", "Stickprov jan–mars, inga avvikelser."),
         ("Genomförd", "Stickprov 10 fakturor under året. 1 felaktig debitering av plogtimmar, kreditering erhållen."),
         "GENOMFORD", "ja"),
        (SBN, "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         ("Delvis genomförd", "Uppföljning t.o.m. juni."),
         ("Genomförd", "94 % av ärendena inom tid. 6 ärenden överskred tiden, avgiften reducerades enligt PBL."),
         "GENOMFORD", "ja"),
        (SBN, "Ekonomi", "Anläggningsregister – aktivering av investeringsprojekt sker vid färdigställande", "Controller",
         ("Ej påbörjad", ""),
         ("Delvis genomförd", "Genomgång av 2024 års projekt klar. 2025 års projekt gås igenom i bokslutet."),
         "DELVIS", ""),
        (SBN, "Mark och exploatering", "Avgifter för markupplåtelse debiteras enligt taxa", "Mark- och exploateringsingenjör",
         ("Ej rapporterad", ""), ("Ej rapporterad", ""), "SAKNAS", ""),
        (SBN, "VA", "Kontroll av VA-anslutningsavgifter mot beviljade anslutningar", "VA-ingenjör",
         ("Genomförd", "Inga avvikelser."),
         ("Avbruten", "Avbruten enligt nämndbeslut SBN 2025-09-10 § 64, kontrollen förs över till Blentarp Vatten AB."),
         "UTGAR", ""),
        (SBN, "Gata och park", "Säkerhetsbesiktning av kommunens lekplatser genomförs enligt plan", "Parkingenjör",
         ("Genomförd", "Vårbesiktning genomförd på samtliga 18 lekplatser."),
         ("Ej genomförd", "Höstbesiktningen genomfördes inte på grund av personalbrist."),
         "EJ_GENOMFORD", ""),
        (KFN, "Föreningsstöd", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Föreningskonsulent",
         ("", ""),
         ("Genomförd", "Kontroll av 15 ansökningar om aktivitetsstöd. Inga avvikelser."),
         "GENOMFORD", "nej"),
        (KFN, "Simhall", "Kassahantering i simhallen – dagsavstämning mot kassasystem", "Badchef",
         ("Genomförd", "Inga differenser."),
         ("Genomförd", "Kassadifferens vid 2 tillfällen (under 200 kr). Rutinen har förtydligats för personalen."),
         "GENOMFORD", "ja"),
        (KFN, "Bibliotek", "Inventarieförteckning över bibliotekens tekniska utrustning är uppdaterad", "Bibliotekschef",
         ("Ej påbörjad", ""),
         ("Delvis genomförd", "Huvudbiblioteket klart, filialerna i Vollsjö och Lövestad återstår."),
         "DELVIS", ""),
        (KFN, "Lokaler", "Uthyrning av lokaler och anläggningar faktureras enligt taxa", "Bokningsansvarig",
         ("Ej påbörjad", ""),
         ("Ej påbörjad", "Skjuts till 2026 i samband med införande av nytt bokningssystem."),
         "EJ_GENOMFORD", ""),
        (KFN, "Föreningsstöd", "Kontroll av att bidragsberättigade föreningar har rutin för registerkontroll av ledare", "Föreningskonsulent",
         ("", ""),
         ("", "Se separat rapport till nämnden 2025-11-20."),
         "OKLAR", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period",
                    "Status", "Kommentar", "Senast ändrad", "Ändrad av"])
        for n, proc, km, ans, dl, hl, st, av in data:
            plan = "Internkontrollplan 2025"
            w.writerow([org[n], plan, proc, km, ans, "Delår 2025-08", dl[0], dl[1],
                        "2025-09-12" if dl[0] else "", "ext_import" if dl[0] else ""])
            w.writerow([org[n], plan, proc, km, ans, "Helår 2025", hl[0], hl[1],
                        "2026-01-14" if (hl[0] or hl[1]) else "", "ext_import" if (hl[0] or hl[1]) else ""])
            exp(fil, n, km, st, av)
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 5. Blentarps Bostäder AB — xls (xlwt), tick columns with X
# ---------------------------------------------------------------------------
def bbab():
    fil = "Blentarps Bostäder AB - Årsuppföljning intern kontroll 2025.xls"
    N = "Blentarps Bostäder AB"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Uppföljning")
    title = xlwt.easyxf("font: bold on, height 280")
    b = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; alignment: wrap on; pattern: pattern solid, fore_colour gray25")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    tick = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center, vert top")
    ws.write(0, 0, "Blentarps Bostäder AB", title)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025 – helår")
    ws.write(2, 0, "Behandlad av styrelsen 2026-02-12 § 8")
    ws.write(4, 0, "Markera med X i den kolumn som stämmer. Avvikelser och åtgärder beskrivs i kommentarskolumnen.",
             xlwt.easyxf("font: italic on"))
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis genomförd", "Ej genomförd", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(6, i, h, b)
    rows = [
        ("1", "Hyresadministration", "Årets hyreshöjning har lagts in korrekt i hyressystemet", "Hyresadministratör",
         "X", "", "", "Stickprov 30 kontrakt, inga fel.", "GENOMFORD", "nej"),
        ("2", "Hyresadministration", "Kravrutin följs och avskrivning av hyresfordringar beslutas enligt delegation", "Ekonomichef",
         "X", "", "", "2 avskrivningar saknade beslut av VD. Beslut har fattats i efterhand.", "GENOMFORD", "ja"),
        ("3", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("4", "Fastighetsunderhåll", "Priser i ramavtal för underhållsentreprenader kontrolleras mot fakturor", "Fastighetschef",
         "", "X", "", "Kontroll genomförd för måleri, ej för VVS.", "DELVIS", ""),
        ("5", "Fastighetsunderhåll", "Obligatorisk ventilationskontroll (OVK) utförs enligt besiktningsplan", "Förvaltare",
         "", "", "X", "Besiktningen är upphandlad och utförs mars 2026.", "EJ_GENOMFORD", ""),
        ("6", "Säkerhet", "Spärr av nyckelbrickor och passerkort vid avflyttning", "Kundcenter",
         "X", "X", "", "", "OKLAR", ""),
        ("7", "Fastighetsunderhåll", "Energideklarationer är aktuella för samtliga fastigheter", "Energisamordnare",
         "", "", "", "Ej aktuellt 2025 – samtliga deklarationer gäller till 2028.", "UTGAR", ""),
        ("8", "Styrelse och ledning", "Förtroendekänsliga poster – representation och resor för VD och styrelse", "Styrelsens ordförande",
         "X", "", "", "Granskat av lekmannarevisor, inga anmärkningar.", "GENOMFORD", "nej"),
    ]
    r = 7
    for row in rows:
        for i in range(8):
            ws.write(r, i, row[i], tick if 4 <= i <= 6 else cell)
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    ws.write(r + 2, 0, "Lars Petersson, VD")
    ws.write(r + 3, 0, "Blentarp 2026-01-30")
    for i, w in enumerate([5, 20, 45, 20, 11, 11, 11, 50]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 6. Räddningstjänsten Söderslätt (kommunalförbund) — .doc, prose only, no table
# ---------------------------------------------------------------------------
def rss(tmp):
    fil = "Räddningstjänsten Söderslätt - uppföljning intern kontroll helår 2025.doc"
    N = "Räddningstjänsten Söderslätt"
    d = docx.Document()
    d.add_paragraph("Räddningstjänsten Söderslätt – kommunalförbund").runs[0].bold = True
    d.add_paragraph("Till: Direktionen samt medlemskommunerna Blentarp, Sjöbo och Skurup")
    d.add_heading("Uppföljning av intern kontroll – helår 2025", level=1)
    d.add_paragraph("Direktionen fastställde förbundets internkontrollplan för 2025 den 5 december 2024. "
                    "Planen omfattar sex kontrollmoment. Nedan redovisas resultatet av årets kontroller. "
                    "Förbundsdirektören bedömer att den interna kontrollen i huvudsak har varit tillräcklig.")
    items = [
        ("Uppföljning av insatstider mot handlingsprogrammets mål",
         "Insatstiderna har följts upp månadsvis. Målet om första enhet på plats inom 20 minuter uppfylldes i 91 % av larmen "
         "mot målet 95 %. Avvikelsen gäller främst ytterområden i Blentarp och Sjöbo. Åtgärder tas upp i arbetet med nytt handlingsprogram.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplan",
         "78 av 95 planerade tillsyner har genomförts. Resterande tillsyner förs över till första kvartalet 2026.",
         "Delvis genomförd", "DELVIS", ""),
        ("Kontroll av att deltidsbrandmän har godkänt arbetsprov och hälsoundersökning",
         "Kontroll av samtliga 64 deltidsbrandmän. Tre saknade godkänt arbetsprov och har tagits ur utryckningstjänst tills provet är godkänt.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Avgifter för onödiga automatlarm faktureras enligt taxa",
         "Samtliga 37 onödiga automatlarm har fakturerats. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Inventering av andningsskydd och kontroll av serviceprotokoll",
         "Kontrollen har inte genomförts eftersom ny andningsskyddsverkstad tas i drift under 2026. Kontrollen flyttas till 2026.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Direktupphandlingar dokumenteras enligt förbundets riktlinjer",
         "Kontrollen har genomförts av förbundets ekonom. Samtliga 14 direktupphandlingar över 50 tkr var dokumenterade enligt riktlinjerna.",
         None, "GENOMFORD", "nej"),
    ]
    for k, (km, res, st, s, a) in enumerate(items, 1):
        d.add_heading(f"{k}. {km}", level=2)
        p = d.add_paragraph(); r = p.add_run("Resultat: "); r.bold = True; p.add_run(res)
        if st:
            p = d.add_paragraph(); r = p.add_run("Status: "); r.bold = True; p.add_run(st)
        exp(fil, N, km, s, a)
    d.add_paragraph("")
    d.add_paragraph("Ystad 2026-01-26\n\nMikael Holm\nFörbundsdirektör")
    x = os.path.join(tmp, fil.replace(".doc", ".docx"))
    d.save(x)
    soffice(x, "doc:MS Word 97", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 7. Blentarp Vatten AB — xlsx, name only in print header, status codes, legend on other sheet
# ---------------------------------------------------------------------------
def bvab():
    fil = "Uppföljning internkontrollplan 2025 helår.xlsx"
    N = "Blentarp Vatten AB"
    wb = Workbook(); ws = wb.active; ws.title = "Helår"
    ws.oddHeader.left.text = "Blentarp Vatten AB"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Statuskoder, se flik Instruktion"; ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde",
           "T1 (jan–apr)", "T2 (maj–aug)", "T3 / helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = BOLD; c.border = BOX; c.alignment = WRAP
    rows = [
        ("Dricksvatten", "Provtagning av dricksvatten enligt fastställt provtagningsprogram", 2, 4,
         "G", "G", "A", "Samtliga prover tagna. Ett prov i juli bedömdes tjänligt med anmärkning (koliforma bakterier), åtgärdat genom spolning.",
         "GENOMFORD", "ja"),
        ("Debitering", "Mätarställningar avläses och rimlighetsbedöms före debitering", 3, 3,
         "P", "P", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Debitering", "Anslutningsavgifter faktureras vid beviljad anslutning", 2, 3,
         "", "", "A", "2 fastigheter hade inte fakturerats, åtgärdat i november.", "GENOMFORD", "ja"),
        ("Ledningsnät", "Förnyelse av ledningsnätet följs upp mot förnyelseplanen", 3, 4,
         "", "P", "P", "Uppföljning av 2025 års projekt pågår, redovisas för styrelsen i mars 2026.", "DELVIS", ""),
        ("IT/OT-säkerhet", "Behörigheter i driftövervakningssystemet (SCADA) granskas", 2, 5,
         "", "E", "E", "Ej påbörjad, resursbrist på IT-sidan.", "EJ_GENOMFORD", ""),
        ("Miljö", "Kemikalieförteckning på reningsverken är uppdaterad", 2, 2,
         "G", "U", "", "Utgår enligt styrelsebeslut 2025-06-12, ingår nu i miljöledningssystemet.", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", 2, 3,
         "G", "G", "", "", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[2] * row[3], row[4], row[5], row[6], row[7]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="top") if 3 <= i <= 8 else WRAP
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    for i, w in enumerate([16, 45, 11, 11, 10, 11, 11, 11, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.print_title_rows = "4:4"
    ins = wb.create_sheet("Instruktion")
    lines = ["Instruktion för uppföljning",
             "Ange status per tertial med följande koder:",
             "G = Genomförd utan avvikelse",
             "A = Genomförd, avvikelse noterad (beskriv i kommentar)",
             "P = Påbörjad / delvis genomförd",
             "E = Ej påbörjad / ej genomförd",
             "U = Utgår",
             "Lämna tomt om kontrollen inte ska följas upp under perioden.",
             "Riskvärde = sannolikhet × konsekvens (1–5)."]
    for k, ln in enumerate(lines, 1):
        ins.cell(k, 1, ln)
    ins["A1"].font = BOLD
    ins.column_dimensions["A"].width = 70
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (följebrev) from Blentarps Bostäder AB
# ---------------------------------------------------------------------------
def folj():
    fil = "Följebrev internkontroll 2025 Blentarps Bostäder.docx"
    d = docx.Document()
    d.add_paragraph("Blentarps Bostäder AB").runs[0].bold = True
    d.add_paragraph("Blentarps kommun\nEkonomiavdelningen\nAtt: Anna Lindqvist")
    d.add_paragraph("Blentarp 2026-02-13")
    d.add_heading("Följebrev – årsuppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Härmed översänds Blentarps Bostäder AB:s uppföljning av internkontrollplanen för 2025, "
                    "i enlighet med kommunstyrelsens anvisningar för de kommunala bolagen.")
    d.add_paragraph("Uppföljningen behandlades av bolagets styrelse den 12 februari 2026 (§ 8). Styrelsen bedömer att "
                    "den interna kontrollen har varit tillräcklig, med undantag för de punkter som redovisas i bilagan.")
    d.add_paragraph("Bilaga: Blentarps Bostäder AB – Årsuppföljning intern kontroll 2025 (Excel).")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nLars Petersson\nVD, Blentarps Bostäder AB\n0416-123 40")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Blentarps Bostäder AB", "BBAB|Blentarpshem|Bostadsbolaget"),
    ("Blentarp Vatten AB", "BVAB|Blentarp Vatten|VA-bolaget"),
    ("Räddningstjänsten Söderslätt", "RSS|Räddningstjänsten Söderslätt kommunalförbund|Räddningstjänsten"),
]

def main():
    for f in os.listdir(OUT):
        if f != "make_round.py" and f != "README.md":
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="r400_")
    ks(); bun(); sn(tmp); stratsys(); bbab(); rss(tmp); bvab(); folj()
    shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(REGISTER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)

if __name__ == "__main__":
    main()
