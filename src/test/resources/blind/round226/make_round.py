#!/usr/bin/python3
# Blind round r226 – Sjöhamra kommun, helår 2025. Builds all files + namnder.csv, files.csv, expected.csv.
import csv, datetime, os, shutil, subprocess, tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableCellProperties, TableColumnProperties, TextProperties
from odf.table import Table, TableCell, TableColumn, TableRow, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round226"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def derive(marks):
    """marks: list of 'G' (done), 'D' (partly), 'E' (not done); not-applicable units left out."""
    if not marks:
        return "UTGAR"
    if all(m == "G" for m in marks):
        return "GENOMFORD"
    if all(m == "E" for m in marks):
        return "EJ_GENOMFORD"
    return "DELVIS"


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------------------------
# 1. Socialnämnden – matrix control × unit (IFO / Äldreomsorg / LSS), xlsx
# ---------------------------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden IK uppföljning helår 2025.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Sjöhamra kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd: Socialnämnden"
    ws["E3"] = "Förvaltning: Socialförvaltningen"
    ws["A4"] = ("Uppföljningen avser perioden 2025-01-01 – 2025-12-31. Markera för varje verksamhetsområde om "
                "kontrollen är utförd (se teckenförklaring längst ned).")
    ws.merge_cells("A4:J4")
    ws["F5"] = "Utförd per verksamhetsområde"
    ws.merge_cells("F5:H5")
    ws["F5"].alignment = Alignment(horizontal="center")
    ws["F5"].font = Font(bold=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "IFO", "Äldreomsorg", "LSS",
           "Kommentar / iakttagelser", "Avvikelse (J/N)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    groups = [
        ("Myndighetsutövning", [
            ("Utredningar inom barn och unga avslutas inom lagstadgad tid (4 månader)",
             "Stickprov 20 utredningar per halvår", "Enhetschef IFO barn", "X", "E", "E",
             "20 utredningar granskade. Två överskred fyra månader men beslut om förlängning fanns i båda.", "N"),
            ("Beslut om insats är fattade av behörig delegat enligt delegationsordningen",
             "Stickprov 10 beslut per område", "Verksamhetschefer", "X", "X", "(X)",
             "LSS: stickprov endast för kvartal 1–2 p.g.a. vakans på handläggartjänst.", "N"),
            ("Genomförandeplaner upprättas inom 14 dagar från verkställighet",
             "Stickprov 25 ärenden", "Enhetschefer", "E", "X", "X",
             "ÄO: 6 av 25 genomförandeplaner upprättades senare än 14 dagar. Åtgärd: påminnelse i verksamhetssystemet.",
             "J"),
            ("Avvikelser och lex Sarah-rapporter hanteras och återkopplas inom fastställd tid",
             "Genomgång av avvikelseregistret", "Kvalitetsstrateg", "X", "X", "X",
             "Samtliga rapporter hanterade inom fastställd tid.", "N"),
        ]),
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor", "Controller", "X", "X", "X",
             "Två fakturor inom äldreomsorgen attesterades av fel beslutsattestant. Attestlistan uppdaterad.", "J"),
            ("Utbetalning av ekonomiskt bistånd sker mot fullständigt underlag",
             "Stickprov 15 utbetalningar", "Enhetschef försörjningsstöd", "0", "E", "E",
             "Ej utförd under året – flyttas till internkontrollplan 2026.", ""),
            ("Hantering av brukarnas privata medel (kassabok) stäms av månadsvis",
             "Avstämning kassabok mot kvitton", "Enhetschefer boenden", "E", "(X)", "0",
             "ÄO: avstämning gjord på 4 av 7 särskilda boenden. LSS: har inte hunnits med.", ""),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret inhämtas vid nyanställning",
             "Kontroll av samtliga nyanställningar", "HR-konsult", "X", "X", "X",
             "Utdrag fanns för samtliga nyanställda.", "N"),
            ("Kontroll av att timanställda inte överskrider tillåten arbetstid (LAS/ATL)",
             "Rapport ur personalsystemet", "HR-konsult", "0", "0", "0",
             "Systemstöd för uttag saknades under året. Kontrollen har inte genomförts.", ""),
        ]),
        ("Informationssäkerhet", [
            ("Loggkontroll i verksamhetssystemet (Treserva)",
             "Slumpvis loggkontroll kvartalsvis", "Systemförvaltare", "X", "X", "X",
             "IFO: en obehörig åtkomst upptäcktes och har anmälts till IMY. Övriga kontroller utan anmärkning.", "J"),
            ("Behörigheter i verksamhetssystemet tas bort vid avslutad anställning",
             "Jämförelse behörighetslista/personalsystem", "Systemförvaltare", "E", "E", "E",
             "Utgår – ersätts av central kontroll hos kommunledningsförvaltningen (KS beslut 2025-03-11 § 42).", ""),
        ]),
    ]
    code = {"X": "G", "(X)": "D", "0": "E"}
    r = 7
    nr = 0
    for gname, rows in groups:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c.fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for (km, metod, ansv, ifo, ao, lss, komm, avv) in rows:
            nr += 1
            vals = [nr, gname, km, metod, ansv, ifo, ao, lss, komm, avv]
            for i, v in enumerate(vals, 1):
                cc = ws.cell(row=r, column=i, value=v)
                cc.border = BOX
                cc.alignment = WRAP if i not in (6, 7, 8, 10) else Alignment(horizontal="center", vertical="top")
            r += 1
            marks = [code[m] for m in (ifo, ao, lss) if m != "E"]
            st = derive(marks)
            a = {"J": "ja", "N": "nej", "": ""}[avv]
            exp(fil, N, km, st, a)
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = Font(bold=True)
    leg = ["X = kontrollen utförd", "(X) = kontrollen delvis utförd", "0 = kontrollen ej utförd",
           "E = ej aktuellt för verksamhetsområdet"]
    for i, t in enumerate(leg):
        ws.cell(row=r + 1 + i, column=1, value=t)
    r += 6
    ws.cell(row=r, column=1, value="Sammanställd av: Kerstin Wallin, controller socialförvaltningen, 2026-01-16")
    for col, w in zip("ABCDEFGHIJ", [5, 18, 48, 28, 22, 8, 12, 8, 55, 11]):
        ws.column_dimensions[col].width = w
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 2. Kommunstyrelsen (KLF) – matrix control × month, .xls (xlwt)
# ---------------------------------------------------------------------------------------------
def file_ks():
    fil = "KLF löpande kontroller 2025 avrapportering.xls"
    N = "Kommunstyrelsen"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Månadskontroller 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour pale_blue; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    tick = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center")
    grey = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "pattern: pattern solid, fore_colour gray25")
    ws.write(0, 0, "Kommunledningsförvaltningen", title)
    ws.write(1, 0, "Internkontroll 2025 – löpande kontroller, avrapportering helår", bold)
    ws.write(2, 0, "Ekonomiavdelningen fyller i månad för månad. Grå ruta = ingen kontroll planerad den månaden.")
    months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
    headers = ["Kontrollmoment", "Frekvens", "Ansvarig"] + months + ["Kommentar"]
    for i, h in enumerate(headers):
        ws.write(4, i, h, hdr)
    Q = {3, 6, 9, 12}
    H = {6, 12}
    ALL = set(range(1, 13))
    rows = [
        ("Avstämning av kommunens bankkonton mot huvudbok", "Månad", "Redovisningsansvarig", ALL,
         {m: "✓" for m in ALL}, ""),
        ("Kontroll av ändringar i leverantörsregistret (bankgiro/plusgiro)", "Månad", "Ekonomiassistent", ALL,
         {m: "✓" for m in range(1, 11)}, "Nov–dec ej utförd p.g.a. byte av ekonomisystem."),
        ("Uppföljning av representation mot kommunens riktlinjer", "Kvartal", "Controller KLF", Q,
         {3: "✓", 6: "✓", 9: "A", 12: "✓"},
         "Sep: två fall av intern representation utan angivet syfte och deltagare. Återkopplat till berörda chefer."),
        ("Avstämning av kundreskontra och kravhantering", "Månad", "Ekonomiassistent", ALL,
         {m: "✓" for m in ALL}, ""),
        ("Kontroll av utbetalda arvoden till förtroendevalda", "Kvartal", "Nämndsekreterare", Q, {},
         "Ej utförd under 2025 p.g.a. personalbrist på kansliet."),
        ("Granskning av direktupphandlingar över 100 tkr (dokumentationsplikt)", "Halvår", "Upphandlare", H,
         {6: "✓"}, "Helårsgranskningen pågår, klar i februari 2026."),
        ("Avstämning av anläggningsregistret mot huvudbok", "Månad", "Redovisningsansvarig", ALL,
         {m: "✓" for m in ALL}, ""),
        ("Kontroll av behörigheter i ekonomisystemet", "Halvår", "Systemförvaltare ekonomi", H,
         {6: "✓", 12: "A"}, "Dec: tre konton för avslutade anställningar var fortfarande aktiva – inaktiverade."),
    ]
    r = 5
    for km, frek, ansv, due, done, komm in rows:
        ws.write(r, 0, km, cell)
        ws.write(r, 1, frek, cell)
        ws.write(r, 2, ansv, cell)
        for m in range(1, 13):
            if m not in due:
                ws.write(r, 2 + m, "", grey)
            else:
                ws.write(r, 2 + m, done.get(m, ""), tick)
        ws.write(r, 15, komm, cell)
        r += 1
        nd = sum(1 for m in due if m in done)
        st = "GENOMFORD" if nd == len(due) else ("EJ_GENOMFORD" if nd == 0 else "DELVIS")
        if "A" in done.values():
            a = "ja"
        elif nd:
            a = "nej"
        else:
            a = ""
        exp(fil, N, km, st, a)
    ws.write(r, 0, "Antal utförda kontroller", bold)
    for m in range(1, 13):
        n = sum(1 for row in rows if m in row[4])
        ws.write(r, 2 + m, n, bold)
    r += 2
    ws.write(r, 0, "Teckenförklaring: ✓ = kontroll utförd utan anmärkning, A = kontroll utförd, anmärkning noterad "
                   "(se kommentar), tom vit ruta = kontroll ej utförd.")
    ws.col(0).width = 256 * 55
    ws.col(1).width = 256 * 10
    ws.col(2).width = 256 * 22
    for m in range(1, 13):
        ws.col(2 + m).width = 256 * 5
    ws.col(15).width = 256 * 60
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 3. Stratsys export – rows repeated per unit, two nämnder, cp1252 CSV
# ---------------------------------------------------------------------------------------------
def file_export():
    fil = "Export_Stratsys_Internkontroll_20260115.csv"
    hdr = ["Organisation", "Enhet", "Process", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar",
           "Ansvarig", "Senast ändrad"]
    BUN = "Barn- och utbildningsnämnden"
    SBN = "Samhällsbyggnadsnämnden"
    # control: (org, process, km, [(enhet, [(period, status, avv, komm)])], expected status, expected avv)
    ctrls = [
        (BUN, "Personal", "Registerkontroll (belastningsregistret) är gjord för all personal som anställts under perioden",
         [("Förskola", [("Helår 2025", "Genomförd", "Nej", "")]),
          ("Grundskola", [("Helår 2025", "Genomförd", "Nej", "Samtliga 41 nyanställda kontrollerade.")]),
          ("Gymnasieskola", [("Helår 2025", "Genomförd", "Nej", "")])],
         "GENOMFORD", "nej"),
        (BUN, "Elevhälsa och trygghet", "Rutin för anmälan av kränkande behandling till huvudman följs",
         [("Förskola", [("Delår 2025", "Pågående", "", "Stickprov pågår."),
                        ("Helår 2025", "Genomförd", "Nej", "")]),
          ("Grundskola", [("Delår 2025", "Pågående", "", ""),
                          ("Helår 2025", "Delvis genomförd", "Ja",
                           "Anmälan gjordes senare än fem arbetsdagar i 9 av 60 fall. Två skolor ej granskade.")]),
          ("Gymnasieskola", [("Helår 2025", "Genomförd", "Nej", "")])],
         "DELVIS", "ja"),
        (BUN, "Elevhälsa och trygghet", "Elevernas frånvaro följs upp och vårdnadshavare kontaktas enligt rutin",
         [("Förskola", [("Helår 2025", "Ej aktuell", "", "Gäller ej förskolan.")]),
          ("Grundskola", [("Helår 2025", "Genomförd", "Nej", "")]),
          ("Gymnasieskola", [("Helår 2025", "Genomförd", "Nej", "CSN-rapportering kontrollerad.")])],
         "GENOMFORD", "nej"),
        (BUN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         [("Förskola", [("Helår 2025", "Genomförd", "Nej", "")]),
          ("Grundskola", [("Helår 2025", "Genomförd", "Ja",
                           "En faktura (läromedel) attesterad av rektor som själv beställt. Rutin förtydligad.")]),
          ("Gymnasieskola", [("Helår 2025", "Genomförd", "Nej", "")])],
         "GENOMFORD", "ja"),
        (BUN, "Ekonomi", "Inventering av elevdatorer och läsplattor",
         [("Förskola", [("Delår 2025", "Ej påbörjad", "", ""), ("Helår 2025", "Ej genomförd", "", "")]),
          ("Grundskola", [("Delår 2025", "Ej påbörjad", "", ""),
                          ("Helår 2025", "Ej genomförd", "", "Inventeringen flyttas till vt 2026.")]),
          ("Gymnasieskola", [("Helår 2025", "Ej påbörjad", "", "")])],
         "EJ_GENOMFORD", ""),
        (BUN, "Myndighetsutövning", "Beslut om skolskjuts fattas enligt delegationsordningen",
         [("Grundskola", [("Helår 2025", "Genomförd", "Nej", "Stickprov 15 beslut, samtliga korrekta.")])],
         "GENOMFORD", "nej"),
        (SBN, "Bygglov", "Handläggningstid för bygglov inom 10 veckor enligt PBL",
         [("Bygglov", [("Helår 2025", "Delvis genomförd", "Ja",
                        "Stickprov gjort för jan–jun, tre ärenden överskred tidsfristen. Andra halvåret ej granskat.")])],
         "DELVIS", "ja"),
        (SBN, "Ekonomi", "Debitering av avgift överensstämmer med fastställd taxa",
         [("Bygglov", [("Helår 2025", "Genomförd", "Nej", "")]),
          ("Plan", [("Helår 2025", "Genomförd", "Nej", "")]),
          ("Lantmäteri", [("Helår 2025", "Genomförd", "Nej", "")])],
         "GENOMFORD", "nej"),
        (SBN, "Dokumenthantering", "Diarieföring av inkommande handlingar sker inom en arbetsdag",
         [("Bygglov", [("Helår 2025", "Genomförd", "Nej", "")]),
          ("Plan", [("Helår 2025", "Ej genomförd", "", "Hanns inte med p.g.a. sjukskrivning.")]),
          ("Lantmäteri", [("Helår 2025", "Genomförd", "Nej", "")])],
         "DELVIS", "nej"),
        (SBN, "Myndighetsutövning", "Kontroll att handläggare inte handlagt ärenden där jäv förelegat",
         [("Bygglov", [("Helår 2025", "Utgår", "", "Utgår enligt beslut SBN 2025-05-20 § 61.")]),
          ("Plan", [("Helår 2025", "Utgår", "", "Utgår enligt beslut SBN 2025-05-20 § 61.")]),
          ("Lantmäteri", [("Helår 2025", "Utgår", "", "Utgår enligt beslut SBN 2025-05-20 § 61.")])],
         "UTGAR", ""),
        (SBN, "Ekonomi", "Uppföljning av planavtal och fakturering av plankostnader",
         [("Plan", [("Helår 2025", "", "", "Kontrollen har inte genomförts under året.")])],
         "EJ_GENOMFORD", ""),
    ]
    people = {"Förskola": "Anna Berg", "Grundskola": "Johan Ek", "Gymnasieskola": "Maria Lind",
              "Bygglov": "Per Holm", "Plan": "Sara Nyström", "Lantmäteri": "Ola Sjöberg"}
    out = [hdr]
    day = 8
    for org, proc, km, units, st, a in ctrls:
        for enhet, recs in units:
            for period, status, avv, komm in recs:
                d = "2025-09-12" if period.startswith("Delår") else "2026-01-%02d" % (8 + day % 7)
                day += 1
                out.append([org, enhet, proc, km, period, status, avv, komm, people[enhet], d])
        exp(fil, org, km, st, a)
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(out)
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden – easy Word table
# ---------------------------------------------------------------------------------------------
def file_kfn():
    fil = "KFN uppföljning intern kontroll helår 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Kultur- och fritidsförvaltningen"
    d.add_heading("Uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden – helårsuppföljning")
    d.add_paragraph("Dnr KFN 2025/118. Uppföljningen omfattar samtliga kontrollmoment i nämndens "
                    "internkontrollplan för 2025, antagen 2024-12-10 § 97.")
    rows = [
        ("Kontantkassor på biblioteken och badhuset inventeras", "Ekonom", "Genomförd",
         "Inventering utförd i juni och december, inga differenser.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt fastställda bidragsregler", "Föreningskonsulent",
         "Genomförd med anmärkning",
         "Två föreningar hade inte lämnat verksamhetsberättelse före utbetalning. Rutinen har skärpts.",
         "GENOMFORD", "ja"),
        ("Avtalstrohet vid inköp av förbrukningsmaterial", "Administrativ chef", "Delvis genomförd",
         "Inköp för kvartal 1–3 har granskats. Kvartal 4 granskas i samband med bokslutet.", "DELVIS", ""),
        ("Uthyrning av lokaler och anläggningar faktureras korrekt", "Bokningsansvarig", "Ej genomförd",
         "Kontrollen skjuts till 2026 i samband med nytt bokningssystem.", "EJ_GENOMFORD", ""),
        ("Inventering av den kommunala konstsamlingen", "Kulturstrateg", "Utgår",
         "Utgår enligt nämndens beslut 2025-04-15 § 31, inventeringen görs i egen projektform.", "UTGAR", ""),
        ("Säkerhetsrutiner vid evenemang (brandskydd, utrymning)", "Evenemangssamordnare", "Se bilaga 2",
         "", "OKLAR", ""),
        ("Skyddsronder genomförs enligt det systematiska arbetsmiljöarbetet", "Enhetschefer", "Genomförd",
         "Skyddsronder genomförda på samtliga arbetsplatser, inga allvarliga brister.", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Kontrollansvarig", "Status", "Resultat/kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for km, ansv, status, komm, st, a in rows:
        cells = t.add_row().cells
        for i, v in enumerate([km, ansv, status, komm]):
            cells[i].text = v
        exp(fil, N, km, st, a)
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Rapport säkerhetsrutiner evenemang 2025 (separat dokument).")
    d.add_paragraph("Sjöhamra 2026-01-14")
    d.add_paragraph("Lena Forsberg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 5. Tekniska nämnden – matrix control × unit with traffic-light fills only, .ods (odfpy)
# ---------------------------------------------------------------------------------------------
def file_tn():
    fil = "Tekniska förvaltningen IK 2025 per verksamhet.ods"
    N = "Tekniska nämnden"
    doc = OpenDocumentSpreadsheet()
    colours = {"G": "#00B050", "D": "#FFC000", "E": "#FF0000", "NA": "#BFBFBF"}
    st = {}
    for k, c in colours.items():
        s = Style(name="fill" + k, family="table-cell")
        s.addElement(TableCellProperties(backgroundcolor=c, border="0.5pt solid #808080"))
        doc.automaticstyles.addElement(s)
        st[k] = s
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(border="0.5pt solid #808080", backgroundcolor="#DDEBF7", wrapoption="wrap"))
    doc.automaticstyles.addElement(bold)
    big = Style(name="big", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(big)
    plain = Style(name="plain", family="table-cell")
    plain.addElement(TableCellProperties(border="0.5pt solid #808080", wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(plain)
    widths = ["9cm", "2cm", "2.4cm", "2.4cm", "2.4cm", "2.4cm", "10cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name="IK 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, styles=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            kw = {}
            if styles and styles[i] is not None:
                kw["stylename"] = styles[i]
            if isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(**kw)
                if v:
                    for line in v.split("\n"):
                        tc.addElement(P(text=line))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Tekniska förvaltningen – Internkontroll 2025"], [big])
    row(["Uppföljning per verksamhet, helår (jan–dec)"])
    row([""])
    row(["Färgförklaring:", "", "Utförd", "Delvis", "Ej utförd", "Ej aktuell"],
        [None, None, st["G"], st["D"], st["E"], st["NA"]])
    row([""])
    row(["Kontrollmoment", "Risk-\nvärde", "Gata/Park", "VA", "Fastighet", "Kost och städ", "Samlad kommentar"],
        [bold] * 7)
    data = [
        ("Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", 12, "NA", "G", "NA", "NA",
         "Samtliga provtagningar utförda enligt program.", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", 9, "G", "G", "G", "G",
         "Fastighet: en faktura saknade beställarreferens, rättad.", "ja"),
        ("Körjournaler förs för kommunens fordon", 6, "G", "D", "G", "NA",
         "VA: körjournal saknades för två fordon under våren.", "ja"),
        ("Kontroll av att entreprenader debiteras enligt avtalade à-priser", 12, "E", "E", "E", "NA",
         "Ej utförd – resursbrist på beställarenheten.", ""),
        ("Egenkontroll av livsmedelshantering i tillagningskök", 16, "NA", "NA", "NA", "G",
         "Inga avvikelser.", "nej"),
        ("Nyckel- och passerkortshantering i kommunens fastigheter", 8, "NA", "NA", "D", "NA",
         "Inventering av nycklar klar för skolor, återstår för äldreboenden.", ""),
        ("Kemikalieförteckningar är uppdaterade", 4, "G", "G", "G", "G", "", ""),
        ("Felanmälningar åtgärdas inom utlovad tid", 6, "G", "NA", "E", "NA",
         "Fastighet: uppföljning ej gjord p.g.a. byte av felanmälningssystem.", ""),
    ]
    for km, risk, gp, va, fa, ks, komm, a in data:
        row([km, risk, "", "", "", "", komm], [plain, plain, st[gp], st[va], st[fa], st[ks], plain])
        marks = [m for m in (gp, va, fa, ks) if m != "NA"]
        exp(fil, N, km, derive(marks), a)
    row([""])
    row(["Godkänd av förvaltningsledningen 2026-01-19. Redovisas för tekniska utskottet."])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 6. Sjöhamra Bostäder AB – prose only report, .doc (docx -> LibreOffice)
# ---------------------------------------------------------------------------------------------
def file_sbab():
    fil = "Sjöhamra Bostäder rapport intern kontroll 2025.doc"
    N = "Sjöhamra Bostäder AB"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_heading("Sjöhamra Bostäder AB", level=0)
    d.add_heading("Rapport om intern kontroll avseende räkenskapsåret 2025", level=1)
    d.add_paragraph("Till styrelsen och kommunstyrelsen i Sjöhamra kommun. Bolagets internkontrollplan för 2025 "
                    "fastställdes av styrelsen 2025-02-18. Nedan redovisas utfallet för varje kontrollmoment. "
                    "Kontrollerna har utförts av ekonomi- och uthyrningsfunktionerna samt förvaltningsområdena "
                    "Norr, Centrum och Söder.")
    items = [
        ("Hyresadministration", "Avstämning av hyresreskontra mot huvudbok per månad",
         "Kontrollen är genomförd för samtliga månader. Inga differenser har noterats.", "GENOMFORD", "nej"),
        ("Avflyttning", "Besiktning vid avflyttning och kontroll av att skadekostnader debiteras",
         "Kontrollen har genomförts i område Norr och Centrum utan anmärkning. Område Söder har inte genomfört "
         "kontrollen under året på grund av vakant förvaltartjänst.", "DELVIS", "nej"),
        ("Uthyrning", "Uthyrning sker enligt bolagets uthyrningspolicy och bostadskö",
         "Genomförd. Ett kontrakt hade tecknats med förtur utan dokumenterat beslut. Ärendet har utretts och "
         "rutinen för förtursbeslut har förtydligats.", "GENOMFORD", "ja"),
        ("Inköp och upphandling", "Avrop från ramavtal för underhåll följer LOU och avtalsvillkor",
         "Kontrollen har inte genomförts 2025. Den skjuts upp till 2026 då nya ramavtal tecknas under våren.",
         "EJ_GENOMFORD", ""),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) i bostadsbeståndet",
         "Genomförd. Brandskyddsronder har gjorts i samtliga fastigheter enligt plan och inga brister av "
         "betydelse noterades.", "GENOMFORD", "nej"),
    ]
    for i, (proc, km, res, st, a) in enumerate(items, 1):
        d.add_heading("%d. %s" % (i, proc), level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Utfall: ").bold = True
        p.add_run(res)
        exp(fil, N, km, st, a)
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph("Bolagets bedömning är att den interna kontrollen i allt väsentligt är tillräcklig. "
                    "De kontroller som inte genomförts förs över till planen för 2026.")
    d.add_paragraph("Sjöhamra 2026-02-03\nTomas Ekholm, vd")
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "Sjöhamra Bostäder rapport intern kontroll 2025.docx")
    d.save(src)
    soffice(src, "doc:MS Word 97", tmp)
    shutil.copy(os.path.join(tmp, "Sjöhamra Bostäder rapport intern kontroll 2025.doc"), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden – T1/T2/Helår columns with symbols; nämnd only in print header + file name
# ---------------------------------------------------------------------------------------------
def file_mhn():
    fil = "MHN internkontroll 2025.xlsx"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Miljö- och hälsoskyddsnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Teckenförklaring: ● = genomförd   ◐ = delvis genomförd   ○ = ej genomförd"
    ws["A3"] = "Uppdaterad 2026-01-12 (helårsuppföljning)"
    ws["E4"] = "Uppföljning 2025"
    ws.merge_cells("E4:G4")
    ws["E4"].alignment = Alignment(horizontal="center")
    ws["E4"].font = Font(bold=True)
    hdr = ["Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "T1", "T2", "Helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    data = [
        ("Tillsynsavgifter debiteras enligt taxa", "Stickprov 10 ärenden", "Tertial", "Administratör",
         "●", "●", "●", "", "GENOMFORD", ""),
        ("Klagomålsärenden handläggs inom tre veckor", "Uttag ur ärendesystemet", "Tertial", "Enhetschef",
         "◐", "◐", "●", "Helår: samtliga ärenden granskade, 2 av 48 överskred tre veckor.", "GENOMFORD", "ja"),
        ("Offentlig kontroll av livsmedel genomförs enligt kontrollplan", "Jämförelse plan/utfall", "Tertial",
         "Livsmedelsinspektörer", "◐", "◐", "◐", "82 % av planerade kontroller utförda under året.",
         "DELVIS", ""),
        ("Delegationsbeslut anmäls till nämnden", "Genomgång av protokoll", "Tertial", "Nämndsekreterare",
         "●", "●", "", "", "GENOMFORD", ""),
        ("Sekretessmarkering av handlingar i ärendesystemet", "Stickprov 20 handlingar", "Halvår",
         "Registrator", "", "", "", "", "SAKNAS", ""),
        ("Kontroll av att inspektörer inte har jäv i tillsynsobjekt", "Enkät och genomgång", "Helår",
         "Miljöchef", "○", "○", "○", "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor", "Helår",
         "Ekonom", "", "", "●", "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = 6
    for km, met, frek, ansv, t1, t2, h, komm, st, a in data:
        for i, v in enumerate([km, met, frek, ansv, t1, t2, h, komm], 1):
            c = ws.cell(row=r, column=i, value=v if v else None)
            c.border = BOX
            c.alignment = Alignment(horizontal="center") if i in (5, 6, 7) else WRAP
        exp(fil, N, km, st, a)
        r += 1
    for col, w in zip("ABCDEFGH", [50, 26, 10, 22, 6, 6, 8, 50]):
        ws.column_dimensions[col].width = w
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 8. Reject: covering letter (missiv) – no follow-up in it
# ---------------------------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev internkontroll helår 2025 Socialnämnden.docx"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_paragraph("Sjöhamra kommun\nSocialförvaltningen\n2026-01-16")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av internkontrollplan 2025, helår", level=2)
    d.add_paragraph("Härmed översänds socialnämndens uppföljning av internkontrollplanen för 2025 (helår). "
                    "Uppföljningen finns i bifogad Excelfil ”Socialnämnden IK uppföljning helår 2025.xlsx” och "
                    "behandlas av socialnämnden 2026-01-28.")
    d.add_paragraph("Kontrollerna har i år för första gången följts upp per verksamhetsområde (IFO, äldreomsorg "
                    "och LSS). Frågor om innehållet besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nKerstin Wallin\nController, socialförvaltningen\n0512-123 45")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Sjöhamra Bostäder AB", "Sjöhamra Bostäder|SBAB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    file_sn()
    file_ks()
    file_export()
    file_kfn()
    file_tn()
    file_sbab()
    file_mhn()
    file_reject()
    registers()
    print(len(FILES), "file rows,", len(EXPECTED), "expected controls")
