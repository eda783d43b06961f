#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r270 - Algsjö kommun: kommungemensamma (KS-beslut 2024-11-20 § 187)
och nämndspecifika kontroller. Builds all files + namnder.csv, files.csv, expected.csv."""
import csv, datetime, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)
KSB = "KS-beslut 2024-11-20 § 187"
EXP = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []    # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, st, av):
    # multi-line control cells are written on one line (matching is lenient on whitespace)
    EXP.append((fil, namnd, " ".join(km.split()), st, av))

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round270",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)

def fix_docx_props(doc):
    cp = doc.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    cp.author = "Algsjö kommun"; cp.revision = 1

# ---------------------------------------------------------------------------
# 1. BUN - xlsx, column Typ KG/NS with legend under the table, T1 + T2 columns
# ---------------------------------------------------------------------------
def f_bun():
    fil = "BUN_IK_uppfoljning_T2_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "BUF ekonomi"
    ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Barn- och utbildningsförvaltningen"
    ws["A3"] = "Period: tertial 2 (jan–aug) 2025     Rapporteras till BUN 2025-09-24"
    ws["A4"] = "Kolumnen Typ anger om kontrollen är kommungemensam eller nämndspecifik, se teckenförklaring under tabellen."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Typ", "Process/rutin", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Status T1", "Status T2", "Kommentar/åtgärd"]
    r0 = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r0, i, h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78"); c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rows = [
        ("1", "KG", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor/tertial", "Tertial", "Controller", "Genomförd", "Genomförd",
         "Stickprov T2: 20 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("2", "KG", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
         "Genomgång av inköp i e-handelssystemet", "Tertial", "Upphandlingsansvarig", "Genomförd", "Genomförd med avvikelse",
         "Två inköp av läromedel (ca 140 tkr resp. 180 tkr) saknade dokumentation. Rektorerna informerade, utbildning planeras i oktober.",
         "GENOMFORD", "ja"),
        ("3", "KG", "Informationssäkerhet", "Behörigheter i elevdokumentationssystemet är aktuella",
         "Behörighetsgenomgång mot personalsystemet", "Halvår", "Systemförvaltare", "Ej påbörjad", "Pågår",
         "Genomgång påbörjad i augusti, 6 av 14 skolenheter klara.", "DELVIS", ""),
        ("4", "KG", "Personal", "Bisysslor hos rektorer och förskolechefer är anmälda och prövade",
         "Genomgång av bisysslodeklarationer", "Årlig", "HR-partner", "Genomförd", "",
         "", "GENOMFORD", ""),
        ("5", "KG", "Dokumenthantering", "Allmänna handlingar diarieförs utan dröjsmål",
         "Stickprov i diariet, 15 ärenden", "Tertial", "Registrator", "Genomförd", "",
         "Kontrollen genomförd i augusti, inga avvikelser noterade.", "GENOMFORD", "nej"),
        ("6", "NS", "Elevhälsa", "Anmälan om kränkande behandling anmäls till huvudman inom fem arbetsdagar",
         "Uttag ur anmälningssystemet", "Tertial", "Verksamhetschef grundskola", "Genomförd", "Ej genomförd",
         "Kontrollen har inte hunnit genomföras p.g.a. byte av system under sommaren. Flyttas till T3.",
         "EJ_GENOMFORD", ""),
        ("7", "NS", "Skolplikt", "Uppföljning av elever med hög frånvaro (över 15 %) sker enligt rutin",
         "Stickprov 10 elever", "Tertial", "Elevhälsochef", "Genomförd", "Genomförd med avvikelse",
         "I 3 av 10 fall saknades dokumenterad kontakt med vårdnadshavare.", "GENOMFORD", "ja"),
        ("8", "NS", "Förskola", "Placering i förskola erbjuds inom fyra månader från ansökan",
         "Uttag kö-statistik", "Tertial", "Placeringsenheten", "Genomförd", "Ej aktuell",
         "Ej aktuell under T2 – kontrollen ingår i helårsuppföljningen.", "UTGAR", ""),
        ("9", "NS", "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 10 beslut", "Halvår", "Skolskjutshandläggare", "", "Pågår",
         "", "DELVIS", ""),
    ]
    r = r0 + 1
    for row in rows:
        for i, v in enumerate(row[:10], 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, row[3], row[10], row[11])
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring").font = Font(bold=True); r += 1
    ws.cell(r, 1, "KG"); ws.cell(r, 2, f"Kommungemensam kontroll, beslutad av KS ({KSB}) – gäller samtliga nämnder"); r += 1
    ws.cell(r, 1, "NS"); ws.cell(r, 2, "Nämndspecifik kontroll enligt BUN:s internkontrollplan 2025 (BUN 2024-12-11 § 98)"); r += 1
    ws.cell(r, 1, "Status"); ws.cell(r, 2, "Genomförd / Genomförd med avvikelse / Pågår / Ej genomförd / Ej påbörjad / Ej aktuell"); r += 2
    ws.cell(r, 1, "Upprättad av: Karin Lindqvist, controller BUF, 2025-09-10")
    for col, w in zip("ABCDEFGHIJ", [5, 6, 18, 45, 28, 10, 20, 14, 20, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------------------
# 2. SN - docx, two tables under headings "Gemensamma kontroller för alla nämnder" / "Egna kontroller"
# ---------------------------------------------------------------------------
def f_sn():
    fil = "Socialnämnden uppföljning internkontroll delår 2025.docx"
    N = "Socialnämnden"
    doc = Document(); fix_docx_props(doc)
    doc.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", 0)
    doc.add_paragraph("Socialnämnden, Socialförvaltningen\nPeriod: januari–augusti 2025\nDiarienummer: SN 2025/0412")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnden följa upp sin internkontrollplan i samband med "
        f"delårsrapporten. Från och med 2025 ingår även de kommungemensamma kontrollområden som kommunstyrelsen beslutat ({KSB}). "
        "Dessa redovisas i avsnitt 1 och nämndens egna kontroller i avsnitt 2.")
    doc.add_heading("1. Gemensamma kontroller för alla nämnder", 1)
    doc.add_paragraph(f"Kontrollområden beslutade av kommunstyrelsen, {KSB}.").runs[0].italic = True
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Bedömning", "Resultat och eventuella åtgärder"]
    common = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Genomförd utan anmärkning", "30 fakturor granskade, inga fel.", "GENOMFORD", "nej"),
        ("Upphandling", "Kontroll att direktupphandlingar över 100 000 kr är dokumenterade", "Avdelningschefer",
         "Genomförd med avvikelse", "Köp av konsulttjänster inom IFO (ca 310 tkr) har gjorts utan dokumentation och utan avtal. Rapporteras till nämnden.",
         "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Behörighetsgenomgång i verksamhetssystemet för socialtjänsten", "Systemförvaltare",
         "Pågår", "Genomgången klar för äldreomsorg, kvar för IFO och LSS.", "DELVIS", ""),
        ("Personal", "Bisysslor är anmälda och prövade", "HR",
         "Se bilaga 2", "", "OKLAR", ""),
        ("Dokumenthantering", "Allmänna handlingar diarieförs inom fastställd tid", "Nämndsekreterare",
         "Ej påbörjad", "Planeras under hösten.", "EJ_GENOMFORD", ""),
    ]
    own = [
        ("Myndighetsutövning", "Utredningstiden för barnavårdsutredningar överstiger inte fyra månader", "Enhetschef barn och unga",
         "Genomförd med avvikelse", "4 av 22 utredningar överskred fyra månader utan beslut om förlängning.", "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Ej verkställda beslut enligt SoL och LSS rapporteras till IVO i tid", "Kvalitetsstrateg",
         "Genomförd utan anmärkning", "Samtliga rapporter inlämnade inom tidsfrist.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll mot andra myndigheter (Försäkringskassan, CSN) görs vid nyansökan om ekonomiskt bistånd",
         "Enhetschef försörjningsstöd", "Pågår", "Stickprov på 15 akter, 9 granskade hittills.", "DELVIS", ""),
        ("Äldreomsorg", "Avvikelser enligt lex Sarah utreds och rapporteras", "MAS",
         "Utgår – ersatt av kommungemensam kontroll", "", "UTGAR", ""),
        ("Hemtjänst", "Fakturering av hemtjänstavgifter överensstämmer med beviljad insats", "Avgiftshandläggare",
         "", "", "SAKNAS", ""),
    ]
    for title, data in (("common", common), ("own", own)):
        if title == "own":
            doc.add_heading("2. Egna kontroller", 1)
            doc.add_paragraph("Nämndspecifika kontroller enligt Socialnämndens internkontrollplan 2025 (SN 2024-12-18 § 151).")
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            set_cell_bg(t.rows[0].cells[i], "D9E2F3")
        for row in data:
            cells = t.add_row().cells
            for i, v in enumerate(row[:5]):
                cells[i].text = v
            exp(fil, N, row[1], row[5], row[6])
        doc.add_paragraph()
    doc.add_heading("3. Sammanfattande bedömning", 1)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Avvikelserna avseende "
        "direktupphandling och utredningstider åtgärdas enligt handlingsplan som redovisas för nämnden i oktober.")
    doc.add_paragraph("Bilaga 2: Sammanställning bisysslor (lämnas separat)")
    doc.add_paragraph("\nAnna Berg\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------------------
# 3. SBN - xlsx helår, common controls on a separate sheet, status by fill colour
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"

def f_sbn():
    fil = "SBN_internkontroll_helar_2025.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "SBF"
    ins = wb.active; ins.title = "Instruktion"
    lines = [
        "Instruktion för uppföljning av internkontrollplan – helår 2025",
        "",
        "Fliken 'Kommungemensamma' innehåller de kontrollområden som kommunstyrelsen beslutat ska följas upp av samtliga nämnder",
        f"({KSB}). Fliken 'Nämndspecifika' innehåller Samhällsbyggnadsnämndens egna kontroller.",
        "",
        "Markera utfallet genom att färglägga cellen i kolumnen Utfall helår:",
        "  Grön = genomförd utan anmärkning",
        "  Gul = genomförd med avvikelse/anmärkning",
        "  Orange = delvis genomförd/pågår",
        "  Röd = ej genomförd",
        "  Grå = utgår",
        "Skriv kommentar vid gul, orange och röd markering.",
    ]
    for i, l in enumerate(lines, 1):
        ins.cell(i, 1, l)
    ins["A1"].font = Font(bold=True, size=13)
    legend = [("Grön", GREEN), ("Gul", YELLOW), ("Orange", "FFC000"), ("Röd", RED), ("Grå", GREY)]
    for i, (n, col) in enumerate(legend):
        ins.cell(7 + i, 3).fill = PatternFill("solid", fgColor=col)
    ins.column_dimensions["A"].width = 110

    def sheet(name, title, rows):
        ws = wb.create_sheet(name)
        ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Samhällsbyggnadsnämnden – uppföljning helår 2025"
        hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Planerad tidpunkt", "Ansvarig",
               "Utfall helår", "Kommentar"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7"); c.border = BOX
        r = 5
        for row in rows:
            for i, v in enumerate(row[:5], 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
            c = ws.cell(r, 6); c.border = BOX
            if row[5]:
                c.fill = PatternFill("solid", fgColor=row[5])
            c = ws.cell(r, 7, row[6] or None); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, N, row[1], row[7], row[8])
            r += 1
        for col, w in zip("ABCDEFG", [22, 48, 30, 14, 20, 12, 60]):
            ws.column_dimensions[col].width = w
        return ws, r

    common = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "April, oktober",
         "Ekonom", GREEN, "", "GENOMFORD", "nej"),
        ("Upphandling", "Direktupphandlingar över 100 000 kr är dokumenterade", "Genomgång av leverantörsreskontra", "Oktober",
         "Upphandlingssamordnare", YELLOW, "Två köp av konsulttjänster för detaljplanearbete saknade dokumentation.",
         "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Behörigheter i ärendehanteringssystemet för bygglov är aktuella", "Behörighetsgenomgång",
         "November", "Systemförvaltare", "FFC000", "Genomgång klar för bygglov, kvar för lantmäteri.", "DELVIS", ""),
        ("Personal", "Anmälda bisysslor är prövade", "Genomgång bisyssleregister", "Mars", "Förvaltningschef",
         None, "", "SAKNAS", ""),
        ("Dokumenthantering", "Allmänna handlingar diarieförs utan dröjsmål", "Stickprov 20 ärenden", "Oktober",
         "Registrator", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    ws, r = sheet("Kommungemensamma", f"Kommungemensamma kontrollmoment ({KSB})", common)
    own = [
        ("Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystemet", "Tertialvis",
         "Enhetschef bygglov", RED, "Kontrollen ej genomförd på grund av personalbrist på enheten. Flyttas till plan 2026.",
         "EJ_GENOMFORD", ""),
        ("Bygglov", "Avgifter för bygglov tas ut enligt fastställd taxa", "Stickprov 15 beslut", "September",
         "Enhetschef bygglov", GREEN, "", "GENOMFORD", "nej"),
        ("Mark och exploatering", "Markanvisningar sker enligt antagen markanvisningspolicy", "Genomgång av samtliga markanvisningar",
         "December", "Exploateringschef", GREY, "Utgår – inga markanvisningar under 2025.", "UTGAR", ""),
        ("Trafik", "Parkeringstillstånd för rörelsehindrade beslutas enligt delegationsordningen", "Stickprov 10 beslut",
         "Juni", "Trafikhandläggare", YELLOW, "1 beslut fattat av handläggare utan delegation.", "GENOMFORD", "ja"),
    ]
    ws2, r2 = sheet("Nämndspecifika", "Nämndspecifika kontrollmoment", own)
    ws2.cell(r2 + 1, 1, "Godkänd av förvaltningsledningen 2026-01-20. Per Holm, samhällsbyggnadschef")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 4. KFN - Stratsys-like CSV export, one row per control and period (T1, T2)
# ---------------------------------------------------------------------------
def f_kfn():
    fil = "Stratsys_export_KFN_2025-09-08.csv"
    N = "Kultur- och fritidsnämnden"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Kontrolltyp", "Ansvarig", "Period", "Status", "Kommentar"]
    org = "Kultur- och fritidsnämnden"
    KG = f"Gemensamt kontrollmoment ({KSB})"
    NS = "Nämndspecifik"
    data = [
        # (område, km, typ, ansv, [(period, status, kommentar)...], expected status, avv)
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", KG, "Ekonom KFF",
         [("T1 2025", "Klar", "20 fakturor, inga fel."), ("T2 2025", "Klar", "20 fakturor, 1 faktura saknade andra attest. Rättad.")],
         "GENOMFORD", "ja"),
        ("Upphandling", "Direktupphandlingar över 100 000 kr är dokumenterade", KG, "Förvaltningschef",
         [("T1 2025", "Pågående", ""), ("T2 2025", "Klar", "Samtliga 4 direktupphandlingar dokumenterade.")],
         "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Behörigheter i bokningssystemet är aktuella", KG, "Systemförvaltare",
         [("T1 2025", "Ej påbörjad", ""), ("T2 2025", "Pågående", "Inventering av konton pågår.")],
         "DELVIS", ""),
        ("Personal", "Bisysslor är anmälda och prövade", KG, "HR-partner",
         [("T1 2025", "Delvis genomförd", "Genomgång gjord för chefer."), ("T2 2025", "", "")],
         "DELVIS", ""),
        ("Dokumenthantering", "Allmänna handlingar diarieförs utan dröjsmål", KG, "Nämndsekreterare",
         [("T1 2025", "Ej påbörjad", ""), ("T2 2025", "Ej påbörjad", "Skjuts till T3 p.g.a. vakans.")],
         "EJ_GENOMFORD", ""),
        ("Föreningsbidrag", "Utbetalda föreningsbidrag motsvarar beviljat belopp och underlag", NS, "Föreningskonsulent",
         [("T1 2025", "Klar", ""), ("T2 2025", "Klar", "Stickprov 12 föreningar, inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("Kassahantering", "Kontanthantering vid badhuset och biblioteket sker enligt kassarutin", NS, "Enhetschef bad",
         [("T1 2025", "Pågående", ""), ("T2 2025", "Avbruten", "Avbruten genom beslut KFN 2025-06-12 § 44 – badhuset kontantfritt från maj.")],
         "UTGAR", ""),
        ("Uthyrning", "Uthyrning av lokaler faktureras enligt taxa", NS, "Bokningsansvarig",
         [("T1 2025", "Klar", ""), ("T2 2025", "Klar med avvikelse", "3 bokningar i juni ej fakturerade, faktureras i september.")],
         "GENOMFORD", "ja"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for område, km, typ, ansv, periods, st, av in data:
            for p, s, k in periods:
                w.writerow([org, område, km, typ, ansv, p, s, k])
            exp(fil, N, km, st, av)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------------------
# 5. TN - ODT, free text, one section per control (made via docx -> odt)
# ---------------------------------------------------------------------------
def f_tn(tmp):
    fil = "Tekniska nämnden - uppföljning intern kontroll delår 2025.odt"
    N = "Tekniska nämnden"
    doc = Document(); fix_docx_props(doc)
    doc.add_heading("Tekniska nämnden", 0)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – delår (januari–augusti)")
    doc.add_paragraph(
        "Tekniska förvaltningen redovisar här utfallet av den interna kontrollen för perioden. Kontrollerna är "
        "uppdelade på kommungemensamma kontroller, som kommunstyrelsen beslutat ska gälla alla nämnder, och "
        "nämndens egna kontroller.")
    items = [
        ("Kommungemensam kontroll", "Attest av leverantörsfakturor enligt attestordningen",
         "Kontrollen är genomförd. Stickprov om 25 fakturor visade att två fakturor hade attesterats av person "
         "utan beslutsattesträtt. Attestlistan har uppdaterats.", "GENOMFORD", "ja"),
        ("Kommungemensam kontroll", "Direktupphandlingar över 100 000 kr är dokumenterade enligt riktlinjen",
         "Kontrollen har påbörjats men är inte slutförd. Hittills har 8 av 19 direktupphandlingar granskats "
         "utan anmärkning.", "DELVIS", ""),
        ("Kommungemensam kontroll", "Behörigheter i drift- och underhållssystemet är aktuella",
         "Kontrollen är genomförd utan avvikelser. Samtliga konton för avslutade anställningar var spärrade.",
         "GENOMFORD", "nej"),
        ("Kommungemensam kontroll", "Bisysslor hos anställda med inköpsansvar är anmälda och prövade",
         "Kontrollen har inte genomförts under perioden på grund av vakant HR-tjänst. Den flyttas till hösten.",
         "EJ_GENOMFORD", ""),
        ("Nämndspecifik kontroll", "Egenkontroller av lekplatser genomförs enligt plan",
         "Samtliga 42 lekplatser har besiktigats. Brister på tre lekplatser åtgärdade i juni.", "GENOMFORD", "ja"),
        ("Nämndspecifik kontroll", "Debitering av VA-avgifter stämmer mot mätarställning",
         "Kontrollen utgår enligt nämndens beslut 2025-03-19 § 22 eftersom VA-verksamheten förts över till "
         "Algsjö Vatten AB.", "UTGAR", ""),
        ("Nämndspecifik kontroll", "Fordonsjournaler för kommunens bilpool förs korrekt",
         "Kontroll pågår, resultat redovisas i årsbokslutet.", "DELVIS", ""),
    ]
    doc.add_heading("Gemensamma kontroller för alla nämnder", 1)
    doc.add_paragraph(f"Gemensamt kontrollmoment ({KSB}).").runs[0].italic = True
    for i, (typ, km, res, st, av) in enumerate(items):
        if i == 4:
            doc.add_heading("Egna kontroller", 1)
        p = doc.add_paragraph(); r = p.add_run(f"Kontrollmoment: "); r.bold = True; p.add_run(km)
        p = doc.add_paragraph(); r = p.add_run("Typ: "); r.bold = True; p.add_run(typ)
        p = doc.add_paragraph(); r = p.add_run("Resultat: "); r.bold = True; p.add_run(res)
        exp(fil, N, km, st, av)
    doc.add_heading("Sammanfattning", 1)
    doc.add_paragraph("Av nämndens sju kontroller är tre genomförda, två pågår, en är ej genomförd och en utgår.")
    doc.add_paragraph("Lars Ek, teknisk chef, 2025-09-12")
    src = os.path.join(tmp, "tn.docx"); doc.save(src)
    soffice(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, "tn.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------------------
# 6. ÖFN - xls (xlwt), tick columns for type and for Genomförd Ja/Delvis/Nej
# ---------------------------------------------------------------------------
def f_ofn():
    fil = "ÖFN uppföljning IKP helår 2025.xls"
    N = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    b = xlwt.easyxf("font: bold on")
    hb = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Överförmyndarnämnden – internkontrollplan 2025, uppföljning helår", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Överförmyndarkontoret, uppföljning per 2025-12-31")
    # two header rows with merged group headers
    ws.write_merge(3, 3, 0, 0, "", hb)
    ws.write_merge(3, 3, 1, 2, "Typ av kontroll", hb)
    ws.write_merge(3, 3, 3, 5, "Genomförd", hb)
    ws.write_merge(3, 3, 6, 7, "Avvikelse", hb)
    ws.write_merge(3, 3, 8, 8, "", hb)
    h2 = ["Kontrollmoment", "Kommun-gemensam", "Nämnd-specifik", "Ja", "Delvis", "Nej", "Ja", "Nej", "Kommentar"]
    for i, h in enumerate(h2):
        ws.write(4, i, h, hb)
    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen", "X", "", "X", "", "", "", "X", "", "GENOMFORD", "nej"),
        ("Direktupphandlingar över 100 000 kr är dokumenterade", "X", "", "", "", "", "", "", "Inga direktupphandlingar över 100 000 kr under året – ej aktuell.", "UTGAR", ""),
        ("Behörigheter i Wärna är aktuella", "X", "", "X", "", "X", "", "", "", "OKLAR", ""),
        ("Allmänna handlingar diarieförs utan dröjsmål", "X", "", "", "X", "", "", "", "Stickprov endast för kvartal 4.", "DELVIS", ""),
        ("Årsräkningar granskas inom sex månader från inlämnande", "", "X", "X", "", "", "X", "", "12 av 180 årsräkningar granskades efter mer än sex månader.", "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "", "X", "X", "", "", "", "X", "Stickprov 20 arvodesbeslut.", "GENOMFORD", "nej"),
        ("Lämplighetsprövning av nya ställföreträdare görs innan förordnande", "", "X", "", "", "X", "", "", "Rutinen har inte kunnat kontrolleras p.g.a. sjukskrivning. Läggs in i plan 2026.", "EJ_GENOMFORD", ""),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:9]):
            ws.write(r, i, v, cs)
        exp(fil, N, row[0], row[9], row[10])
        r += 1
    r += 1
    ws.write(r, 0, f"Kommungemensam = kontrollområde beslutat av kommunstyrelsen ({KSB}).", xlwt.easyxf("font: italic on")); r += 1
    ws.write(r, 0, "Nämndspecifik = kontroll beslutad av ÖFN 2024-12-05 § 61.", xlwt.easyxf("font: italic on")); r += 2
    ws.write(r, 0, "Justerat av: Maria Sund, ordförande ÖFN", b)
    ws.col(0).width = 256 * 55
    for c in range(1, 8):
        ws.col(c).width = 256 * 10
    ws.col(8).width = 256 * 55
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 7. KS - docx, one table with merged group rows, symbol statuses, nämnd in page header
# ---------------------------------------------------------------------------
def f_ks():
    fil = "KLF_uppfoljning_internkontroll_T2_2025.docx"
    N = "Kommunstyrelsen"
    doc = Document(); fix_docx_props(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "ALGSJÖ KOMMUN • Kommunstyrelsen • Dnr KS 2025/311"
    sec.footer.paragraphs[0].text = "Kommunledningsförvaltningen"
    doc.add_heading("Uppföljning internkontrollplan 2025, tertial 2", 1)
    doc.add_paragraph(
        "Kommunstyrelsen följer i egenskap av nämnd upp sina egna kontroller samt de kommungemensamma "
        f"kontrollmoment som gäller för samtliga nämnder enligt {KSB}. Uppföljningen avser perioden januari–augusti.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status", "Kommentar"]):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_bg(t.rows[0].cells[i], "BDD7EE")
    def group(title):
        cells = t.add_row().cells
        m = cells[0].merge(cells[4]); m.text = title; m.paragraphs[0].runs[0].bold = True
        set_cell_bg(m, "F2F2F2")
    def row(km, met, ans, sym, kom, st, av):
        c = t.add_row().cells
        for i, v in enumerate([km, met, ans, sym, kom]):
            c[i].text = v
        c[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, km, st, av)
    group(f"Kommungemensamma kontrollmoment ({KSB})")
    row("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Redovisningschef",
        "✔", "Inga avvikelser.", "GENOMFORD", "nej")
    row("Direktupphandlingar över 100 000 kr är dokumenterade enligt riktlinjen\nUrval: samtliga köp över 100 tkr jan–aug",
        "Genomgång leverantörsreskontra", "Upphandlingschef", "✔!",
        "Ett köp av kommunikationstjänster (ca 120 tkr) saknade dokumentation.", "GENOMFORD", "ja")
    row("Behörigheter i ekonomisystemet är aktuella", "Behörighetsgenomgång", "Systemförvaltare ekonomi",
        "◐", "Genomgång klar till 70 %.", "DELVIS", "")
    row("Bisysslor är anmälda och prövade", "Genomgång HR-systemet", "HR-chef",
        "✘", "Ej genomförd, planeras till november.", "EJ_GENOMFORD", "")
    row("Allmänna handlingar diarieförs utan dröjsmål", "Stickprov 20 ärenden", "Kanslichef",
        "✔", "", "GENOMFORD", "nej")
    group("Kommunstyrelsens egna kontrollmoment")
    row("Utbetalning av löner sker enligt underlag (kontroll av manuella lönetillägg)", "Stickprov 25 tillägg", "Lönechef",
        "✔!", "2 tillägg saknade attest av chef. Återkrav gjort i ett fall.", "GENOMFORD", "ja")
    row("Kommunens borgensåtaganden följs upp mot beslutade ramar", "Avstämning mot KF-beslut", "Finanschef",
        "–", "Utgår, ingen ny borgen tecknad 2025.", "UTGAR", "")
    row("Delegationsbeslut anmäls till kommunstyrelsen", "Avstämning delegationslistor", "Kanslichef",
        "◐", "Anmälan för jan–jun klar.", "DELVIS", "")
    row("Krisberedskap – kontaktlistor i krisledningsplanen är uppdaterade", "Genomgång av plan", "Säkerhetssamordnare",
        "", "", "SAKNAS", "")
    doc.add_paragraph()
    doc.add_paragraph("Teckenförklaring: ✔ = genomförd utan anmärkning, ✔! = genomförd med avvikelse, "
                      "◐ = pågår/delvis genomförd, ✘ = ej genomförd, – = utgår")
    doc.add_paragraph("Kommunledningsförvaltningen, 2025-09-18\nEva Nordin, kommundirektör")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------------------
# 8. Reject: covering letter (missiv) from Socialförvaltningen - no controls
# ---------------------------------------------------------------------------
def f_missiv():
    fil = "Missiv SN uppföljning intern kontroll delår 2025.docx"
    doc = Document(); fix_docx_props(doc)
    doc.add_paragraph("Socialförvaltningen\n2025-09-19\nDnr SN 2025/0412")
    doc.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    doc.add_heading("Översändande av Socialnämndens uppföljning av intern kontroll, delår 2025", 1)
    doc.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för perioden januari–augusti 2025, "
        "behandlad av nämnden 2025-09-17 § 112. Uppföljningen omfattar både de kommungemensamma kontrollområdena "
        f"enligt {KSB} och nämndens egna kontroller.")
    doc.add_paragraph(
        "Uppföljningen bifogas som separat dokument. Bilaga 2 (sammanställning bisysslor) eftersänds när HR har "
        "slutfört genomgången. Vid frågor, kontakta undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\n\nJonas Åkesson\nEkonom, Socialförvaltningen\njonas.akesson@algsjo.se")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkontoret"),
        ("Valnämnden", "VN"),
        ("Algsjö Bostäder AB", "ABAB|Algsjöbostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(sorted(FILES))
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)

if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="r270_")
    try:
        f_bun(); f_sn(); f_sbn(); f_kfn(); f_tn(tmp); f_ofn(); f_ks(); f_missiv()
        registers()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(len(FILES), "files,", len(EXP), "controls")
