#!/usr/bin/python3
# Blind round r366 - Forsheden kommun, T1 2025 inbox (many controls not yet due / only started).
import csv, datetime, os, shutil, subprocess, tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-round366"
FIXED = datetime.datetime(2025, 5, 8, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv=""):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Forsheden kommun"


# ---------------------------------------------------------------- 1. KS xlsx
def file_ks():
    fil = "KS_IK-uppföljning_T1_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "T1 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Tertial 1 (januari–april)"
    ws["A4"] = ("Statusalternativ: Genomförd / Påbörjad / Ej påbörjad / Utgår. "
                "Skriv kommentar vid avvikelse. Kolumnerna för T2 fylls i vid nästa uppföljning.")
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Frekvens", "Ansvarig",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Månadsvis",
             "Ekonomichef", "Genomförd",
             "Stickprov 40 fakturor jan–mars. 2 fakturor attesterade av person utan attesträtt, åtgärdat.",
             "GENOMFORD", "ja"),
            ("1.2", "Representation", "Kontroll av att representation följer riktlinjerna", "Tertialvis",
             "Redovisningsekonom", "Påbörjad",
             "Underlag för jan–feb granskat, mars–april granskas i maj.", "DELVIS", ""),
            ("1.3", "Bokslut", "Avstämning av balanskonton vid månadsbokslut", "Månadsvis",
             "Redovisningschef", "Genomförd", "Avstämt jan–mars utan anmärkning.", "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("2.1", "Lön", "Kontroll av att löneändringar i lönesystemet har underlag och är attesterade",
             "Tertialvis", "HR-chef", "Ej påbörjad", "Planeras till hösten i samband med lönerevisionen.",
             "EJ_GENOMFORD", ""),
            ("2.2", "Rehabilitering", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Tertialvis",
             "HR-specialist", "Genomförd",
             "Samtliga medarbetare med mer än 28 dagars frånvaro har en rehabplan.", "GENOMFORD", "nej"),
            ("2.3", "Bisysslor", "Kontroll av att bisysslor är anmälda och bedömda", "Årligen",
             "HR-chef", None, "Ej aktuellt under T1, genomförs i oktober.", "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörigheter",
             "Behörighetskontroll i ekonomisystemet – avslutade anställningar", "Tertialvis",
             "Systemförvaltare", "Påbörjad", "Lista framtagen, 12 av 31 konton kontrollerade.", "DELVIS", ""),
            ("3.2", "Driftsäkerhet", "Test av återläsning av säkerhetskopior", "Halvår", "IT-chef", "Utgår",
             "Utgår enligt KS beslut 2025-03-11 § 38, ersätts av den gemensamma IT-nämndens kontroll.",
             "UTGAR", ""),
            ("3.3", "Loggar", "Logguppföljning i dokument- och ärendehanteringssystemet", "Tertialvis",
             "Registrator", None, None, "SAKNAS", ""),
        ]),
        ("Upphandling", [
            ("4.1", "Avtalstrohet", "Kontroll av avtalstrohet vid inköp över 100 000 kr", "Tertialvis",
             "Upphandlingschef", "Genomförd",
             "Granskat 25 inköp. 3 inköp gjorda utan avtal (direktupphandling ej dokumenterad).",
             "GENOMFORD", "ja"),
            ("4.2", "Direktupphandling", "Dokumentation av direktupphandlingar över 100 000 kr", "Tertialvis",
             "Upphandlare", "Påbörjad", "påbörjad", "DELVIS", ""),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (nr, proc, km, frek, ans, st, kom, es, ea) in rows:
            vals = [nr, proc, km, frek, ans, st, kom, None, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            exp(fil, N, km, es, ea)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Lena Åkesson, controller, 2025-05-08")
    for col, w in zip("ABCDEFGHI", [6, 18, 45, 12, 18, 13, 50, 12, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------- 2. BUN docx
def file_bun():
    fil = "BUN uppföljning internkontroll tertial 1 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.add_paragraph("Barn- och utbildningsförvaltningen").runs[0].bold = True
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    d.add_paragraph("Tjänsteskrivelse till Barn- och utbildningsnämnden, sammanträde 2025-05-20. Dnr BUN 2025/118")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 17 december 2024. Flera kontroller är enligt planen "
        "schemalagda till andra och tredje tertialen och har därför inte påbörjats. Nedan redovisas läget per "
        "30 april 2025 för respektive kontrollmoment.")
    tables = [
        ("Område: Ekonomi", [
            ("Attestering av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial",
             "Controller", "Genomförd. 20 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av att inköp görs från avtalade leverantörer", "Stickprov i e-handelssystemet",
             "Inköpssamordnare",
             "Påbörjad. Stickprov i tre av åtta grundskolor är klart, övriga görs i maj.", "DELVIS", ""),
            ("Hantering av kontanta medel och handkassor på skolor", "Kassainventering",
             "Rektor / controller", "Planeras till hösten.", "EJ_GENOMFORD", ""),
        ]),
        ("Område: Verksamhet och myndighetsutövning", [
            ("Elevers frånvaro följs upp och anmäls enligt rutin", "Stickprov i frånvarosystemet",
             "Skolchef",
             "Kontroll genomförd i mars. På två skolor saknades uppföljning av upprepad ogiltig frånvaro, "
             "rektorerna har fått i uppdrag att åtgärda.", "GENOMFORD", "ja"),
            ("Anmälan av kränkande behandling till huvudman inom fastställd tid",
             "Genomgång av samtliga anmälningar", "Utvecklingsstrateg",
             "Genomförd utan anmärkning. Samtliga 47 anmälningar inkom inom tid.", "GENOMFORD", "nej"),
            ("Beslut om tilläggsbelopp fattas enligt delegationsordningen", "Granskning av beslut",
             "Nämndsekreterare", "Ej aktuellt under T1 – besluten fattas inför läsårsstart.",
             "EJ_GENOMFORD", ""),
            ("Skolskjuts – kontroll av att beslut finns för samtliga elever som åker",
             "Avstämning mot elevregistret", "Skolskjutssamordnare", "Se bilaga 3.", "OKLAR", ""),
        ]),
        ("Område: Personal", [
            ("Registerkontroll vid nyanställning i förskola och skola", "Stickprov 15 anställningar",
             "HR-konsult", "Påbörjad, 9 av 15 kontrollerade. Inga brister hittills.", "DELVIS", "nej"),
            ("Systematiskt arbetsmiljöarbete – skyddsronder genomförda", "Uppföljning av protokoll",
             "Förvaltningschef", "", "SAKNAS", ""),
        ]),
    ]
    for title, rows in tables:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Uppföljning T1"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for (km, met, ans, upp, es, ea) in rows:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = met
            cells[2].text = ans
            cells[3].text = upp
            exp(fil, N, km, es, ea)
        d.add_paragraph("")
    d.add_paragraph("Bilaga 3: Sammanställning skolskjutsbeslut (separat fil)")
    d.add_paragraph("Åsa Lindqvist\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------- 3. SN ods (via xlsx)
def file_sn(tmp):
    fil = "Socialnämnden_IKP_2025_T1.ods"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Teckenförklaring: G = genomförd, P = påbörjad/delvis genomförd, E = ej genomförd, "
                "U = utgår, – = ej aktuell under perioden")
    ws["A2"].font = Font(italic=True, size=9)
    # two header rows, "Uppföljning" merged over T1-T3
    top = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "När", "Uppföljning", None, None,
           "Kommentar (senaste uppföljning)"]
    sub = [None, None, None, None, None, None, "T1", "T2", "T3", None]
    for c, v in enumerate(top, 1):
        cell = ws.cell(row=4, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for c, v in enumerate(sub, 1):
        cell = ws.cell(row=5, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center")
    for c in (1, 2, 3, 4, 5, 6, 10):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=7, end_row=4, end_column=9)
    fills = {"G": "92D050", "P": "FFEB9C", "E": "FF7C80", "U": "BFBFBF"}
    procs = [
        ("Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar", 12, "Utbetalning av ekonomiskt bistånd sker enligt beslut",
             "Stickprov 25 akter", "T1, T3", "G", "Inga avvikelser i 25 granskade akter.", "GENOMFORD", "nej"),
            ("Återkrav preskriberas", 8, "Kontroll av att återkrav följs upp",
             "Genomgång av återkravslistan", "T2", "–", None, "EJ_GENOMFORD", ""),
        ]),
        ("Barn och unga", [
            ("Barn far illa utan att åtgärd vidtas", 16, "Förhandsbedömning av orosanmälan inom 14 dagar",
             "Utdrag ur verksamhetssystemet", "T1, T2, T3", "P",
             "Jan–feb klart: 91 % av förhandsbedömningarna gjordes inom 14 dagar, övriga 9 % över tid. "
             "Mars–april påbörjad.", "DELVIS", "ja"),
            ("Lagstadgad utredningstid överskrids", 12, "Utredningstid inom fyra månader",
             "Utdrag ur verksamhetssystemet", "T1, T3", "E",
             "Ej genomförd p.g.a. byte av verksamhetssystem, görs i T2.", "EJ_GENOMFORD", ""),
            ("Placerade barns behov tillgodoses inte", 9, "Uppföljning av placerade barn – vårdplan upprättad",
             "Stickprov 10 akter", "T2", None, "Planeras till hösten", "EJ_GENOMFORD", ""),
        ]),
        ("Vuxen och missbruk", [
            ("Felaktig fakturering från externa utförare", 8,
             "Kontroll av att avgifter för familjehem och HVB stämmer mot avtal", "Avstämning av fakturor",
             "T1", "G", "Två fakturor avvek från avtalat pris, kreditering begärd.", "GENOMFORD", "ja"),
            ("Rättssäkerhet vid tvångsvård", 6, "Uppföljning av LVM-ärenden enligt rutin", "Genomgång",
             "T3", "U", "Utgår – kontrollen flyttas till Vård- och omsorgsnämndens plan efter omorganisationen.",
             "UTGAR", ""),
        ]),
        ("Informationssäkerhet", [
            ("Obehörig åtkomst till personuppgifter", 12, "Loggkontroll i verksamhetssystemet Treserva",
             "Stickprov 20 loggar", "T1, T2, T3", "G", "Ej påbörjad, resurs saknas.", "OKLAR", ""),
            ("Behörigheter ligger kvar efter avslut", 9,
             "Behörigheter avslutas vid avslutad anställning", "Avstämning mot HR-lista", "T2",
             None, None, "SAKNAS", ""),
        ]),
    ]
    r = 6
    for pname, rows in procs:
        start = r
        for (risk, rv, km, met, nar, t1, kom, es, ea) in rows:
            vals = [pname if r == start else None, risk, rv, km, met, nar, t1, None, None, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            if t1 in fills:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fills[t1])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, km, es, ea)
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Antagen av Socialnämnden 2024-12-12 § 141. Uppföljning T1 redovisad 2025-05-15.")
    for col, w in zip("ABCDEFGHIJ", [18, 28, 9, 42, 24, 10, 6, 6, 6, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Socialnämnden_IKP_2025_T1.xlsx")
    wb.save(src)
    soffice(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------- 4. Stratsys CSV (two nämnder)
def file_csv():
    fil = "stratsys_export_internkontroll_2025-05-06.csv"
    rows = [
        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", "Hälso- och sjukvård",
         "Läkemedelshantering – kontroll av signeringslistor i särskilt boende", "MAS", "Klar",
         "Kontroll på 4 boenden. Osignerade doser på ett boende;\navvikelse rapporterad i MedControl.",
         "GENOMFORD", "ja"),
        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", "Myndighetsutövning",
         "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Enhetschef hemtjänst", "Pågår",
         "Påbörjad, hemtjänst klart, SÄBO kvar.", "DELVIS", ""),
        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", "Ekonomi",
         "Avgiftsdebitering inom hemtjänst stämmer mot utförd tid", "Avgiftshandläggare", "Ej startad",
         "Planeras till hösten efter införande av nytt planeringssystem.", "EJ_GENOMFORD", ""),
        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", "Ekonomi",
         "Kontroll av att privata medel för brukare hanteras enligt rutin", "Enhetschef SÄBO", "Klar",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", "Kvalitet",
         "Rapportering enligt lex Sarah hanteras inom fastställd tid", "Kvalitetsutvecklare",
         "Ej aktuell denna period", "Kontrolleras T2.", "EJ_GENOMFORD", ""),
        ("Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", "Hälso- och sjukvård",
         "Delegering av hälso- och sjukvårdsuppgifter är aktuell", "MAS", "", "", "SAKNAS", ""),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Ekonomi",
         "Attest av fakturor för entreprenader enligt attestordningen", "Controller SBF", "Klar",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Gata/park",
         "Kontroll av att felanmälningar i gatu- och parkdrift åtgärdas inom utlovad tid", "Driftchef",
         "Pågår", "påbörjad", "DELVIS", ""),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Mark och exploatering",
         "Uppföljning av markupplåtelseavtal", "Mark- och exploateringsingenjör", "Avbruten",
         "Avbruten genom beslut i SBN 2025-02-18 § 14, hanteras i ny rutin.", "UTGAR", ""),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "VA",
         "Fakturering av VA-anslutningsavgifter", "VA-chef", "Ej startad", "Ej aktuellt under T1",
         "EJ_GENOMFORD", ""),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Fastighet",
         "Kontroll av skalskydd och nyckelhantering i kommunens lokaler", "Fastighetschef", "Pågår",
         "Nyckelinventering på 6 av 14 fastigheter klar. 11 nycklar saknades och har spärrats.",
         "DELVIS", "ja"),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Lokalförsörjning",
         "Hyresavtal för inhyrda lokaler är uppdaterade i avtalsdatabasen", "Lokalstrateg", "Klar",
         "", "GENOMFORD", "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Rapportperiod",
                    "Status", "Kommentar", "Senast uppdaterad"])
        for i, (org, N, omr, km, ans, st, kom, es, ea) in enumerate(rows):
            w.writerow([org, omr, km, ans, "Tertial 1 2025", st, kom, "2025-05-0%d" % (2 + i % 4)])
            exp(fil, N, km, es, ea)
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T1"))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "T1"))


# ---------------------------------------------------------------- 5. KFN odt (free text, via docx)
def file_kfn(tmp):
    fil = "KFN uppföljning IK T1.odt"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll, tertial 1 2025").runs[0].bold = True
    d.add_paragraph(
        "Nämndens internkontrollplan för 2025 innehåller sex kontrollmoment. Eftersom flera av kontrollerna "
        "är knutna till sommarsäsongen och höstens arrangemang är de ännu inte genomförda. Nedan följer en "
        "kort redovisning per kontrollmoment.")
    items = [
        ("Kassainventering i simhallens och bibliotekens kassor",
         "Oanmäld kassainventering genomfördes den 12 mars i simhallen och den 3 april på huvudbiblioteket. "
         "Kassorna stämde mot kassarapporterna.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt beslutade regler",
         "Kontrollen är påbörjad. Aktivitetsstöd för vårterminen granskas när ansökningsperioden stänger i maj.",
         "DELVIS", ""),
        ("Uthyrning av lokaler och anläggningar faktureras korrekt",
         "Ej aktuellt under T1. Kontrollen genomförs efter sommarsäsongen.", "EJ_GENOMFORD", ""),
        ("Inventarieförteckning över konst och utlånad utrustning är uppdaterad",
         "Inventering av konstsamlingen är genomförd. Fyra verk kunde inte lokaliseras; "
         "eftersökning pågår och polisanmälan övervägs.", "GENOMFORD", "ja"),
        ("Säkerhetsrutiner vid arrangemang och evenemang följs",
         "Planeras till hösten inför Forshedens kulturnatt.", "EJ_GENOMFORD", ""),
        ("Avtalstrohet vid inköp av förbrukningsmaterial",
         "Utgår under 2025 enligt nämndens beslut 2025-02-26 § 9, då kontrollen ingår i kommunstyrelsens "
         "centrala granskning.", "UTGAR", ""),
    ]
    for km, text, es, ea in items:
        p = d.add_paragraph(style="List Number")
        run = p.add_run(km)
        run.bold = True
        d.add_paragraph(text)
        exp(fil, N, km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Forsheden 2025-05-09")
    d.add_paragraph("Per Holmgren, kultur- och fritidschef")
    src = os.path.join(tmp, "KFN uppföljning IK T1.docx")
    d.save(src)
    soffice(src, "odt", OUT)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------- 6. MBN xls (tick columns, nämnd in print header/file name)
def file_mbn(tmp):
    # built as xlsx and saved as Excel 97-2003 by LibreOffice (xlwt cannot write a non-ASCII print header)
    fil = "MBN_IK_2025.xls"
    N = "Miljö- och byggnadsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.left.text = "Miljö- och byggnadsnämnden"
    ws.oddHeader.right.text = "Intern kontroll 2025"
    ws.oddFooter.left.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan, tertial 1 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Markera med X i aktuell kolumn. Kontroller som enligt planen görs senare lämnas tomma."
    ws["A2"].font = Font(italic=True)
    heads = ["Kontrollområde", "Kontrollmoment", "Planerad", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C0C0C0")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Bygglov", "Handläggningstid för bygglov inom 10 veckor", "T1", "X", "", "",
         "Alla 38 beslut inom lagstadgad tid.", "GENOMFORD", "nej"),
        ("Bygglov", "Debitering av bygglovsavgifter följer gällande taxa", "T1", "X", "", "",
         "15 ärenden granskade, ett ärende felaktigt debiterat och korrigerat.", "GENOMFORD", "ja"),
        ("Miljö och hälsa", "Tillsynsplanen för livsmedelskontroll följs", "T1–T3", "", "X", "",
         "28 av 70 planerade kontroller utförda.", "DELVIS", ""),
        ("Administration", "Delegationsbeslut anmäls till nämnden", "T1", "X", "X", "", "",
         "OKLAR", ""),
        ("Administration", "Hantering av allmänna handlingar och diarieföring", "T2", "", "", "",
         "Ej aktuellt under T1", "EJ_GENOMFORD", ""),
        ("Miljö och hälsa", "Jäv – kontroll av att jävsdeklarationer finns för inspektörer", "T1", "", "", "X",
         "Ej påbörjad, skjuts till T2 pga personalbrist.", "EJ_GENOMFORD", ""),
        ("Miljö och hälsa", "Uppföljning av förelägganden om enskilda avlopp", "T3", "", "", "", "",
         "SAKNAS", ""),
        ("Plan", "Kontroll av strandskyddsdispenser", "T1", "", "", "", "Se bilaga 2", "OKLAR", ""),
    ]
    r = 5
    for (omr, km, plan, g, dl, ej, kom, es, ea) in rows:
        for c, v in enumerate([omr, km, plan, g or None, dl or None, ej or None, kom or None], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if 3 <= c <= 6 else None)
        exp(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen godkänd av nämnden 2025-05-21 § 52").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [18, 48, 10, 11, 9, 13, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "MBN_IK_2025.xlsx")
    wb.save(src)
    soffice(src, "xls", OUT)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------- 7. Forshedenbostäder xlsx (traffic-light fills)
def file_fbab():
    fil = "Forsheden Bostäder AB - internkontroll T1 2025.xlsx"
    N = "Forsheden Bostäder AB"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.left.text = "Forsheden Bostäder AB"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning per 30 april"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Forshedenbostäder – rapport till styrelsen 2025-05-27"
    hdr = ["Nr", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Ansvarig",
           "Status", "Uppföljning jan–apr"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.border = BORDER
        cell.alignment = WRAP
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"
    rows = [
        ("Felaktiga hyresavier", 3, 3, "Kontroll av att hyreshöjning 2025 lagts in korrekt i hyressystemet",
         "Ekonomichef", GREEN, "Stickprov 50 lägenheter, inga fel.", "GENOMFORD", "nej"),
        ("Obehörig åtkomst till lägenheter", 2, 4, "Nyckel- och taggregister stäms av mot hyresgästregister",
         "Förvaltare", YELLOW, "Påbörjad, område Norr klart.", "DELVIS", ""),
        ("Eftersatt underhåll", 3, 4, "Uppföljning av underhållsplan mot utfört underhåll", "Teknisk chef",
         None, "Planeras till hösten.", "EJ_GENOMFORD", ""),
        ("Mutor och jäv vid upphandling", 2, 4,
         "Kontroll av att jävsdeklarationer finns för alla som deltar i upphandlingar", "VD", RED,
         "Ej påbörjad.", "EJ_GENOMFORD", ""),
        ("Felaktiga utbetalningar", 2, 3, "Attest av leverantörsfakturor enligt attestinstruktion",
         "Ekonomichef", GREEN,
         "Genomförd. En faktura var attesterad av beställaren själv, rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("Brand i trapphus", 2, 4, "Systematiskt brandskyddsarbete – kontroll av brandskyddsronder i trapphus",
         "Fastighetschef", GREY, "Hanteras inom räddningstjänstens tillsyn från 2025.", "UTGAR", ""),
        ("Personuppgifter sparas för länge", 3, 2, "Gallring av personuppgifter för tidigare hyresgäster",
         "Administrativ chef", GREEN, "Gallring genomförd i mars enligt gallringsplanen.", "GENOMFORD", "nej"),
    ]
    r = 5
    for i, (risk, s, k, km, ans, fill, kom, es, ea) in enumerate(rows, 1):
        vals = [i, risk, s, k, s * k, km, ans, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        if fill:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fill)
        exp(fil, N, km, es, ea)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Förklaring status:").font = Font(bold=True)
    for j, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Påbörjad"),
                                    (RED, "Ej genomförd / försenad"), (GREY, "Utgår")], 1):
        ws.cell(row=r + j, column=2).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r + j, column=3, value=txt)
    for col, w in zip("ABCDEFGHI", [5, 28, 11, 11, 10, 48, 18, 9, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------- 8. rejected: covering letter
def file_missiv():
    fil = "Missiv - Överförmyndarnämnden uppföljning IK T1 2025.docx"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_paragraph("Överförmyndarnämnden i Forsheden").runs[0].bold = True
    d.add_paragraph("2025-05-07")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningskontoret")
    d.add_heading("Angående uppföljning av internkontrollplan, tertial 1 2025", level=2)
    d.add_paragraph(
        "Hej! Överförmyndarnämndens uppföljning av internkontrollplanen för tertial 1 har ännu inte "
        "behandlats av nämnden. Nämnden sammanträder nästa gång den 22 maj och uppföljningen skickas "
        "till er direkt efter att protokollet justerats.")
    d.add_paragraph(
        "Vi ber om förståelse för förseningen, som beror på vakans på tjänsten som handläggare. "
        "Hör gärna av er om ni har frågor.")
    d.add_paragraph("Med vänlig hälsning\nKarin Sjöberg\nNämndsekreterare, Överförmyndarenheten")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def registry():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Forsheden Bostäder AB", "Forshedenbostäder|FBAB|Forshedenbostäder AB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write("%s;%s\n" % (n, a))


def main():
    for fn in os.listdir(OUT):
        if fn not in ("make_round.py", "README.md"):
            p = os.path.join(OUT, fn)
            if os.path.isfile(p):
                os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r366_")
    try:
        file_ks()
        file_bun()
        file_sn(tmp)
        file_csv()
        file_kfn(tmp)
        file_mbn(tmp)
        file_fbab()
        file_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    registry()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
