#!/usr/bin/python3
"""Round 578 - Osby kommun, delår 2025. Builds all follow-up files plus namnder.csv, files.csv, expected.csv."""
import csv, datetime, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="D9E1F2")

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def S(cell, value):
    """Write as text (never a formula)."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def fixwb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Osby kommun"


# ---------------------------------------------------------------- 1. KS, transposed
def ks():
    fil = "IK uppföljning delår 2025 KS.xlsx"
    n = "Kommunstyrelsen"
    ctrls = [
        # process, kontrollmoment, ansvarig, metod, status, kommentar, exp_status, avv
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Stickprov 40 fakturor", "Genomförd",
         "Stickprov på 40 fakturor januari–juni. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att representation och gåvor följer kommunens riktlinjer", "Redovisningsansvarig",
         "Stickprov 25 verifikationer", "Genomförd med avvikelse",
         "2 av 25 verifikationer saknade deltagarlista och syfte. Påminnelse skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Uppföljning av avtalstrohet vid inköp av förbrukningsmaterial", "Upphandlingssamordnare",
         "Stickprov två tillfällen", "Pågår",
         "Första stickprovet klart i maj, det andra görs i oktober.", "DELVIS", ""),
        ("IT och informationssäkerhet",
         "Behörigheter i ekonomisystemet stäms av mot aktuell personallista", "IT-chef",
         "Avstämning av behörighetslista", "Ej påbörjad",
         "Skjuts till hösten p.g.a. byte av systemförvaltare.", "EJ_GENOMFORD", ""),
        ("Administration", "Diarieföring av inkommande handlingar sker inom tre arbetsdagar", "Kanslichef",
         "Stickprov v. 12 och v. 20", "Genomförd",
         "94 % av handlingarna diarieförda inom tre arbetsdagar. Målet 95 % är inte helt uppnått, "
         "framför allt under semesterperioden.", "GENOMFORD", "ja"),
        ("Personal",
         "Kontroll av att löneutbetalningar inte sker efter avslutad anställning", "HR-chef",
         "Avstämning mot avslutslista", "Utgår",
         "Kontrollen flyttad till den gemensamma lönefunktionen enligt beslut KS 2025-03-12 § 41.",
         "UTGAR", ""),
        ("Säkerhet", "Krisledningsplanen är uppdaterad och en krisledningsövning har genomförts",
         "Säkerhetssamordnare", "Dokumentgranskning", "", "Se bilaga 3.", "OKLAR", ""),
        ("Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Upphandlingssamordnare", "Stickprov 10 direktupphandlingar", "", "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Uppföljning delår"
    S(ws["A1"], "Osby kommun – Kommunstyrelsen").font = Font(bold=True, size=14)
    S(ws["A2"], "Uppföljning av internkontrollplan 2025, delår (1 januari – 31 augusti)").font = Font(bold=True, size=12)
    S(ws["A3"], "Varje kolumn är ett kontrollmoment. Status anges som Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Utgår.")
    ws["A3"].font = Font(italic=True, size=9)
    labels = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Metod", "Status", "Kommentar"]
    top = 5
    for i, lab in enumerate(labels):
        c = S(ws.cell(row=top + i, column=1), lab); c.font = BOLD; c.fill = HEAD; c.border = BOX; c.alignment = WRAP
    for j, (proc, km, ans, met, st, kom, es, av) in enumerate(ctrls):
        col = 2 + j
        vals = [j + 1, proc, km, ans, met, st, kom]
        for i, v in enumerate(vals):
            c = ws.cell(row=top + i, column=col)
            if v != "":
                S(c, v)
            c.alignment = WRAP; c.border = BOX
        EXPECTED.append((fil, n, km, es, av))
        ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = 28
    # merge the process cell for the two adjacent Ekonomi controls
    ws.merge_cells(start_row=top + 1, start_column=2, end_row=top + 1, end_column=3)
    ws.column_dimensions["A"].width = 16
    for r in (top + 2, top + 6):
        ws.row_dimensions[r].height = 75
    sig = top + len(labels) + 2
    S(ws.cell(row=sig, column=1), "Fastställd av kommunstyrelsen 2025-09-24 § 112")
    S(ws.cell(row=sig + 1, column=1), "Kommundirektör: Johan Lindqvist")
    ws.sheet_properties.pageSetUpPr = None
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------- 2. BUN, Word paragraphs
def bun():
    fil = "BUN uppföljning internkontroll delår 2025.docx"
    n = "Barn- och utbildningsnämnden"
    groups = [
        ("Verksamhet", [
            ("Anmälan om kränkande behandling rapporteras till huvudman utan dröjsmål", "Genomförd",
             "Samtliga 38 anmälningar under perioden har kommit in till huvudman inom fem arbetsdagar.",
             "GENOMFORD", "nej"),
            ("Elevers frånvaro följs upp enligt rutin för främjande av närvaro", "Delvis genomförd",
             "Kontroll gjord på Hasslarödsskolan och Parkskolan. Örkenedskolan återstår och granskas i september.",
             "DELVIS", ""),
            ("Barngruppernas storlek i förskolan följs upp mot Skolverkets riktmärken", "",
             "Kontrollen är genomförd i maj. Samtliga avdelningar ligger inom riktmärket.",
             "GENOMFORD", "nej"),
            ("Modersmålsundervisning erbjuds enligt skollagen", "Pågående", "", "DELVIS", ""),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret begärs vid nyanställning i förskola och skola",
             "Genomförd med avvikelse",
             "I 2 av 30 granskade anställningar saknades dokumenterat utdrag. Rutinen har förtydligats för rektorerna.",
             "GENOMFORD", "ja"),
        ]),
        ("Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
             "Stickprov 30 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Beslut om skolskjuts fattas i enlighet med delegationsordningen", "Ej genomförd",
             "Kontrollen har inte hunnit genomföras under perioden och planeras till november.",
             "EJ_GENOMFORD", ""),
            ("Hantering av elevers personuppgifter i lärplattformen följer dataskyddsförordningen", "Ej aktuell",
             "Ersätts av den kommungemensamma granskningen av informationssäkerhet som kommunstyrelsen genomför.",
             "UTGAR", ""),
        ]),
    ]
    d = Document()
    cp = d.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.author = "Barn- och utbildningsförvaltningen"; cp.title = "Uppföljning internkontroll"
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024. Nedan redovisas hur respektive "
        "kontrollmoment har följts upp under perioden januari–augusti. Kontrollerna har utförts av "
        "förvaltningens controller tillsammans med berörda rektorer och enhetschefer.")
    for g, items in groups:
        d.add_heading(g, level=3)
        for km, st, kom, es, av in items:
            p = d.add_paragraph()
            for lab, val, last in (("Kontrollmoment: ", km, False), ("Status: ", st, False), ("Kommentar: ", kom, True)):
                r = p.add_run(lab); r.bold = True
                r2 = p.add_run(val)
                if not last:
                    r2.add_break()
            EXPECTED.append((fil, n, km, es, av))
    d.add_paragraph("Sammanfattningsvis bedömer förvaltningen att den interna kontrollen i huvudsak är tillräcklig. "
                    "Kontroller som inte genomförts under delåret redovisas i helårsuppföljningen.")
    d.add_paragraph("Osby 2025-09-10\n\nAnna Persson\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------- 3. SN, percentages
def sn():
    fil = "Socialnämnden IK delår 2025.xlsx"
    n = "Socialnämnden"
    rows = [
        ("H", "Process: Myndighetsutövning individ- och familjeomsorg"),
        ("C", "1", "Utredning tar för lång tid", "Utredningar gällande barn och unga avslutas inom fyra månader",
         "Enhetschef IFO", 0.5, "Ja",
         "Stickprov 20 utredningar: 3 överskred fyra månader.\nNytt stickprov görs i september.", "DELVIS", "ja"),
        ("C", "2", "Beslut fattas utan delegation", "Beslut om bistånd enligt SoL fattas enligt delegationsordningen",
         "Enhetschef IFO", 1, "Nej", "Stickprov 25 beslut, samtliga korrekt delegerade.", "GENOMFORD", "nej"),
        ("C", "3", "Felaktiga utbetalningar", "Utbetalning av ekonomiskt bistånd stäms av mot beslut",
         "Enhetschef försörjningsstöd", 1, "Ja",
         "En dubbelutbetalning upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
        ("C", "4", "Ersättning utan avtal",
         "Ersättning till uppdragstagare (kontaktpersoner, familjehem) betalas ut enligt avtal",
         "Enhetschef IFO", "Utgår", "", "Ingår i revisionens fördjupade granskning 2025 och utgår ur planen.",
         "UTGAR", ""),
        ("H", "Process: Vård och omsorg"),
        ("C", "5", "Brister i vårdens kvalitet",
         "Avvikelser enligt lex Sarah utreds och rapporteras till IVO inom föreskriven tid",
         "Medicinskt ansvarig sjuksköterska", 0, "", "Påbörjas under hösten.", "EJ_GENOMFORD", ""),
        ("C", "6", "Bristande dokumentation",
         "Genomförandeplaner inom särskilt boende är upprättade och uppdaterade",
         "Enhetschef särskilt boende", "50 %", "Nej",
         "Granskning klar på Rönnebo. Ekhagen återstår.", "DELVIS", "nej"),
        ("C", "7", "Felaktig läkemedelshantering",
         "Signeringslistor för läkemedel i hemtjänsten är korrekt ifyllda",
         "Medicinskt ansvarig sjuksköterska", 1, "Nej", "Stickprov i tre hemtjänstgrupper utan anmärkning.",
         "GENOMFORD", "nej"),
        ("C", "8", "Felaktig debitering", "Avgifter för hemtjänst debiteras enligt gällande taxa",
         "Avgiftshandläggare", None, "", "", "SAKNAS", ""),
        ("C", "9", "Bristande avtalsuppföljning", "Privata utförare av hemtjänst följs upp enligt avtal",
         "Verksamhetschef", 1, "Nej", "Avtalsuppföljning genomförd i juni utan anmärkning.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "IK 2025"
    S(ws["A1"], "Socialnämnden, Osby kommun").font = Font(bold=True, size=14)
    S(ws["A2"], "Internkontrollplan 2025 – uppföljning delår januari–augusti").font = Font(bold=True, size=12)
    hdr = ["Nr", "Risk", "Kontrollmoment", "Ansvarig", "Andel genomfört", "Avvikelse (Ja/Nej)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = S(ws.cell(row=4, column=i), h); c.font = BOLD; c.fill = HEAD; c.border = BOX; c.alignment = WRAP
    r = 5
    for row in rows:
        if row[0] == "H":
            S(ws.cell(row=r, column=1), row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="EDEDED")
        else:
            _, nr, risk, km, ans, pct, avv, kom, es, av = row
            for i, v in enumerate([nr, risk, km, ans, pct, avv, kom], 1):
                c = ws.cell(row=r, column=i)
                if v is not None and v != "":
                    S(c, v)
                c.alignment = WRAP; c.border = BOX
            if isinstance(pct, (int, float)):
                ws.cell(row=r, column=5).number_format = "0 %"
            EXPECTED.append((fil, n, km, es, av))
        r += 1
    r += 1
    S(ws.cell(row=r, column=1), "Andel genomfört: 0 % = ej påbörjad, 50 % = påbörjad/delvis genomförd, 100 % = genomförd.").font = Font(italic=True, size=9)
    S(ws.cell(row=r + 1, column=1), "Rapporterat till socialnämnden 2025-09-17.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", (5, 26, 45, 24, 12, 12, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------- 4. MBN, Status + Åtgärd/plan framåt
def mbn():
    fil = "Uppföljning internkontroll MBN 2025-08-31.xlsx"
    n = "Miljö- och byggnadsnämnden"
    rows = [
        ("Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Stickprov 25 ärenden", "Bygglovschef",
         "Genomförd", "2 av 25 ärenden överskred handläggningstiden utan beslut om förlängning.",
         "Uppföljning av handläggningstider ska göras igen i november. En rutin för tidsförlängning ska tas fram.",
         "GENOMFORD", "ja"),
        ("Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa", "Stickprov 20 ärenden", "Administratör",
         "Genomförd", "Inga avvikelser i de 20 kontrollerade ärendena.",
         "Kontrollen kommer att upprepas under 2026.", "GENOMFORD", "nej"),
        ("Bygglov", "Startbesked innehåller fastställd kontrollplan", "Stickprov 15 startbesked", "Bygglovschef",
         "", "", "", "SAKNAS", ""),
        ("Miljö och hälsoskydd", "Livsmedelskontroller genomförs enligt fastställd kontrollplan",
         "Avstämning mot kontrollplan", "Miljöchef",
         "Påbörjad", "62 % av planerade kontroller utförda t.o.m. augusti.",
         "Resterande kontroller planeras under september–december.", "DELVIS", ""),
        ("Miljö och hälsoskydd", "Tillsyn av enskilda avlopp – förelägganden följs upp",
         "Genomgång av ärendelista", "Miljöinspektör",
         "Ej påbörjad", "", "Kommer att genomföras under hösten när ny inspektör är på plats.",
         "EJ_GENOMFORD", ""),
        ("Miljö och hälsoskydd", "Klagomål från allmänheten registreras och besvaras inom två veckor",
         "Stickprov 10 ärenden", "Miljöchef",
         "Genomförd", "Samtliga klagomål registrerade och besvarade i tid.",
         "Ska påbörjas: e-tjänst för klagomål införs under 2026, arbete med kravställning startar i höst.",
         "GENOMFORD", "nej"),
        ("Administration", "Delegationsbeslut anmäls till nämnden", "Avstämning mot ärendesystem", "Nämndsekreterare",
         "Genomförd", "Samtliga delegationsbeslut anmälda.", "", "GENOMFORD", "nej"),
        ("Administration", "Förelägganden och viten följs upp inom angiven tid", "Genomgång av viteslista",
         "Nämndsekreterare", "Utgår", "Kontrollmomentet ströks vid nämndens revidering av planen 2025-04-23.",
         "Tas eventuellt upp i planen för 2026.", "UTGAR", ""),
    ]
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Uppföljning"
    S(ws["A1"], "Miljö- och byggnadsnämnden").font = Font(bold=True, size=14)
    S(ws["A2"], "Uppföljning internkontrollplan 2025").font = Font(bold=True, size=12)
    S(ws["A3"], "Period: januari–augusti (delårsbokslut)")
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Resultat/kommentar", "Åtgärd/plan framåt"]
    for i, h in enumerate(hdr, 1):
        c = S(ws.cell(row=5, column=i), h); c.font = BOLD; c.fill = HEAD; c.border = BOX; c.alignment = WRAP
    r = 6
    start = {}
    for row in rows:
        vals = row[:7]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i)
            if v:
                S(c, v)
            c.alignment = WRAP; c.border = BOX
        start.setdefault(row[0], []).append(r)
        EXPECTED.append((fil, n, row[1], row[7], row[8]))
        r += 1
    # merge Område over its rows (value kept in first row only)
    for omr, rs in start.items():
        if len(rs) > 1:
            for rr in rs[1:]:
                ws.cell(row=rr, column=1).value = None
            ws.merge_cells(start_row=rs[0], start_column=1, end_row=rs[-1], end_column=1)
    S(ws.cell(row=r + 1, column=1), "Ansvarig tjänsteman: Karin Nilsson, förvaltningschef")
    for col, w in zip("ABCDEFG", (20, 45, 24, 18, 13, 45, 50)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Osby kommun"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------- 5. KFN, .ods with nämnd only in sheet name
def kfn(tmp):
    fil = "Internkontroll delår 2025.ods"
    n = "Kultur- och fritidsnämnden"
    rows = [
        ("Svinn eller stöld av kontanter", "Dagliga kassaavstämningar i simhallen och på biblioteket", "6",
         "X", "", "", "Stickprov 10 dagar, kassan stämde samtliga dagar.", "GENOMFORD", "nej"),
        ("Felaktiga bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsnormer", "9",
         "", "X", "", "Aktivitetsstöd kontrollerat. Anläggningsbidrag återstår.", "DELVIS", ""),
        ("Intäktsbortfall", "Uthyrning av lokaler och anläggningar faktureras korrekt", "6",
         "", "", "X", "Har inte hunnits med p.g.a. vakanser.", "EJ_GENOMFORD", ""),
        ("Förlust av utrustning", "Inventering av utrustning på fritidsgårdarna", "4",
         "X", "", "X", "", "OKLAR", ""),
        ("Avtal följs inte", "Avtal med externa arrangörer följer kommunens riktlinjer", "4",
         "", "", "", "Utgår – ingen extern arrangör har anlitats under 2025.", "UTGAR", ""),
        ("Felaktig attest", "Attest av leverantörsfakturor enligt attestordningen", "6",
         "X", "", "", "En faktura attesterades av jävig attestant. Rättad och attestanten informerad.",
         "GENOMFORD", "ja"),
        ("Olycka vid bad", "Personal i badverksamheten har giltig livräddarutbildning", "12",
         "", "", "", "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = n
    S(ws["A1"], "Uppföljning internkontrollplan – delårsbokslut 2025-08-31").font = Font(bold=True, size=13)
    S(ws["A2"], "Markera genomförandet med X i en av kolumnerna Ja / Delvis / Nej.").font = Font(italic=True, size=9)
    S(ws["D3"], "Genomförd")
    ws.merge_cells("D3:F3")
    ws["D3"].alignment = Alignment(horizontal="center"); ws["D3"].font = BOLD
    hdr = ["Risk", "Kontrollmoment", "Riskvärde", "Ja", "Delvis", "Nej", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = S(ws.cell(row=4, column=i), h); c.font = BOLD; c.fill = HEAD; c.border = BOX; c.alignment = WRAP
    r = 5
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=i)
            if v:
                S(c, int(v) if i == 3 else v)
            c.alignment = WRAP; c.border = BOX
        EXPECTED.append((fil, n, row[1], row[7], row[8]))
        r += 1
    S(ws.cell(row=r + 1, column=1), "Riskvärde = sannolikhet × konsekvens (1–16).").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", (26, 45, 10, 6, 8, 6, 50)):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Internkontroll delår 2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round578",
                    "--convert-to", "ods", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "Internkontroll delår 2025.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------- 6. CSV export, two bolag
def bolag_csv():
    fil = "Export_internkontroll_bolag_2025-09-05.csv"
    rows = [
        ("AB Osbybostäder", "Ekonomi", "Hyresinbetalningar stäms av mot hyresavier månadsvis", "Ekonomiansvarig",
         "Delår 2025", "Genomförd", "Avstämning gjord för januari–augusti.\nInga differenser.", "GENOMFORD", "nej"),
        ("AB Osbybostäder", "Fastighet", "Underhållsplanen följs enligt budget", "Fastighetschef",
         "Delår 2025", "Pågående", "Fönsterbyte Västergatan klart,\ntakbyte i Lönsboda påbörjat i augusti.",
         "DELVIS", ""),
        ("AB Osbybostäder", "Upphandling", "Upphandling av entreprenader följer LOU", "VD",
         "Delår 2025", "Genomförd med anmärkning",
         "Två direktupphandlingar saknade dokumentation.\nÅtgärd: mall för dokumentation av direktupphandling införd.",
         "GENOMFORD", "ja"),
        ("AB Osbybostäder", "Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn", "Uthyrningsansvarig",
         "Delår 2025", "Ej påbörjad", "Planeras till kvartal 4.", "EJ_GENOMFORD", ""),
        ("AB Osbybostäder", "Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i bostadsbeståndet",
         "Fastighetschef", "Delår 2025", "Genomförd", "", "GENOMFORD", ""),
        ("Osby Parkfastigheter AB", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom",
         "Delår 2025", "Genomförd", "Stickprov 15 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Osby Parkfastigheter AB", "Avtal", "Hyresavtal med Osby kommun är uppdaterade", "VD",
         "Delår 2025", "Ej aktuell", "Avtalen omförhandlas 2026,\nkontrollen utgår därför i år.", "UTGAR", ""),
        ("Osby Parkfastigheter AB", "Fastighet", "Energiförbrukning följs upp per fastighet", "Driftansvarig",
         "Delår 2025", "Pågående",
         "Mätaravläsning klar för 8 av 12 fastigheter.\nResterande görs i september, därefter analys.",
         "DELVIS", ""),
        ("Osby Parkfastigheter AB", "Fastighet", "Felanmälningar åtgärdas inom avtalad tid", "Driftansvarig",
         "Delår 2025", "", "", "SAKNAS", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"])
        for row in rows:
            w.writerow(row[:7])
    for row in rows:
        EXPECTED.append((fil, row[0], row[2], row[7], row[8]))
    for org in ("AB Osbybostäder", "Osby Parkfastigheter AB"):
        FILES.append((fil, "INLAST", org, "2025", "DELAR"))


# ---------------------------------------------------------------- 7. rejected: header-only xlsx
def rejected():
    fil = "Överförmyndarnämnden uppföljning IK 2025.xlsx"
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Blad1"
    for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Status", "Kommentar"], 1):
        S(ws.cell(row=1, column=i), h).font = BOLD
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("AB Osbybostäder", "Osbybostäder|OBO"),
        ("Osby Parkfastigheter AB", "Parkfastigheter|OPAB"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)


if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="r578-")
    try:
        ks(); bun(); sn(); mbn(); kfn(tmp); bolag_csv(); rejected(); registers()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
