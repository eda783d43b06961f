#!/usr/bin/python3
# Blind round 38 - Tjärnheds kommun (Norrbotten), internkontroll 2025.
# Builds the inbox files plus namnder.csv, files.csv, expected.csv.
import os, shutil, subprocess, io, csv
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill
import docx
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r38build"
shutil.rmtree(TMP, ignore_errors=True)
os.makedirs(TMP)

expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)


def convert(src, fmt, final_name):
    """Convert src with soffice to fmt, move to OUT/final_name."""
    prof = "file:///tmp/lo-r38"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                    "--convert-to", fmt, "--outdir", TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    shutil.move(os.path.join(TMP, base + "." + fmt), os.path.join(OUT, final_name))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen: .xls, Delår table above Helår table, abbreviations/typos
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK uppföljning KS 2025.xls"
    N = "Kommunstyrelsen"
    # nr, område, text rows (1 or 2 physical rows), delår status, delår avv,
    # helår status, helår avv, helår kommentar, expected status, expected avv
    C = [
        (1, "Ekonomi", ["Attest av leverantörsfakturor sker enligt gällande attestordning"],
         "Påg.", "", "Genomf.", "N", "Stickprov 25 fakturor, ua.", "GENOMFORD", "nej"),
        (2, "Ekonomi", ["Stickprov på representationsfakturor, syfte och deltagare ska framgå"],
         "Ej påb", "", "Genomförd", "J", "3 av 15 fakturor saknade deltagarförteckning", "GENOMFORD", "ja"),
        (3, "Ekonomi", ["Kontroll av att moms redovisas korrekt på inköp och intäkter"],
         "", "", "Genomf", "N", "", "GENOMFORD", "nej"),
        (4, "HR", ["Löneutbetalningar kontrolleras mot beslutade lönerevisioner"],
         "Genomförd", "N", "Genomförd", "N", "Inga fel hittade", "GENOMFORD", "nej"),
        (5, "HR", ["Kontroll att anställningsavtal finns undertecknade", "för samtliga nyanställda under året"],
         "Delv", "", "Delv genomf", "N", "Två enheter återstår, klart feb 2026", "DELVIS", "nej"),
        (6, "IT", ["Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personallista"],
         "Ej påbörjad", "", "Ej genomf", "", "Resursbrist på IT, flyttas till 2026", "EJ_GENOMFORD", "nej"),
        (7, "Upphandling", ["Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen"],
         "Gneomförd", "J", "Gneomförd", "J", "En direktupphandling (skylift) saknade dokumentation", "GENOMFORD", "ja"),
        (8, "Delegation", ["Delegationsbeslut anmäls till kommunstyrelsen vid nästkommande sammanträde"],
         "Pågår", "", "Utgår", "", "Utgår enligt KS beslut 2025-09-23 § 112", "UTGAR", "nej"),
        (9, "Säkerhet", ["Krisledningsplanen har uppdaterats och övats under året"],
         "", "", "Se kommentar", "", "", "OKLAR", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    bold = Font(bold=True)
    ws["A1"] = "Tjärnheds kommun"
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:F1"); ws.merge_cells("A2:F2")
    heads = ["Nr", "Område", "Kontrollmoment", "Status", "Avvik. J/N", "Kommentar"]
    r = 4

    def table(title, is_helar):
        nonlocal r
        ws.cell(r, 1, title).font = bold
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for i, h in enumerate(heads, 1):
            c = ws.cell(r, i, h); c.font = bold
            c.fill = PatternFill("solid", fgColor="DDDDDD")
        r += 1
        for (nr, omr, rows, ds, da, hs, ha, hk, es, ea) in C:
            ws.cell(r, 1, nr); ws.cell(r, 2, omr); ws.cell(r, 3, rows[0])
            if is_helar:
                ws.cell(r, 4, hs or None); ws.cell(r, 5, ha or None); ws.cell(r, 6, hk or None)
            else:
                ws.cell(r, 4, ds or None); ws.cell(r, 5, da or None)
            r += 1
            for extra in rows[1:]:
                ws.cell(r, 3, extra); r += 1
        r += 1

    table("DELÅRSUPPFÖLJNING (per 31 augusti 2025)", False)
    r += 1
    table("HELÅRSUPPFÖLJNING 2025", True)
    ws.cell(r, 2, "Antal kontroller"); ws.cell(r, 4, len(C)); r += 1
    ws.cell(r, 2, "Varav genomförda"); ws.cell(r, 4, 5); r += 2
    ws.cell(r, 1, "Sammanställt av ekonomienheten 2026-01-12 / Anna Niemi, controller")
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 70
    ws.column_dimensions["D"].width = 14
    ws.column_dimensions["F"].width = 50
    src = os.path.join(TMP, "ks.xlsx")
    wb.save(src)
    convert(src, "xls", fil)
    for c in C:
        expected.append((fil, N, " ".join(c[2]), c[8], c[9]))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden: .ods, two tables side by side, codes with legend below,
#    2024 and 2025 columns, nämnd only in a sentence
# ---------------------------------------------------------------------------
def file_sn():
    fil = "IK 2025 sammanställning.ods"
    N = "Socialnämnden"
    left = [
        ("Utredningar av orosanmälningar inleds inom 14 dagar enligt SoL", "G", "G", "Nej", "", "GENOMFORD", "nej"),
        ("Utbetalning av ekonomiskt bistånd kontrolleras mot beslut i Procapita", "D", "G", "Ja",
         "Två felaktiga utbetalningar upptäcktes och har återkrävts", "GENOMFORD", "ja"),
        ("Genomförandeplaner finns upprättade för placerade barn och unga", "E", "d", "Nej",
         "Saknas för 4 av 19 placeringar", "DELVIS", "nej"),
        ("Familjehemsutredningar är dokumenterade innan placering sker", "G", "", "", "", "SAKNAS", "nej"),
        ("Loggkontroll av journalåtkomst i verksamhetssystemet för IFO", "", "Se komm.", "", "", "OKLAR", "nej"),
    ]
    right = [
        ("Beslut enligt LSS verkställs inom tre månader från beslutsdatum", "D", "E", "Ja",
         "Fyra beslut om bostad med särskild service ej verkställda", "EJ_GENOMFORD", "ja"),
        ("Rapporter enligt lex Sarah utreds och anmäls till IVO i tid", "G", "G", "Nej", "", "GENOMFORD", "nej"),
        ("Läkemedelsgenomgångar genomförs för boende på särskilt boende", "", "D", "Nej",
         "Genomfört på Björkgården, ej på Solhem", "DELVIS", "nej"),
        ("Kontroll av brukares egna medel och kontantkassor på gruppbostäder", "G", "G", "Ja",
         "Differens 640 kr på ett gruppboende, utreds", "GENOMFORD", "ja"),
        ("Nyckelhantering och larm i hemtjänsten följer fastställd rutin", "G", "U", "",
         "Ersatt av digitala lås under våren", "UTGAR", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    bold = Font(bold=True)
    ws["A1"] = "Nedan redovisas hur socialnämndens kontroller i internkontrollplanen har följts upp under helåret 2025."
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Kontrollmoment", "2024", "2025", "Avvikelse", "Kommentar"]

    def table(col0, title, rows):
        ws.cell(3, col0, title).font = bold
        for i, h in enumerate(heads):
            c = ws.cell(4, col0 + i, h); c.font = bold
            c.fill = PatternFill("solid", fgColor="C6E0B4")
        r = 5
        for (t, s24, s25, av, k, es, ea) in rows:
            ws.cell(r, col0, t)
            ws.cell(r, col0 + 1, s24 or None)
            ws.cell(r, col0 + 2, s25 or None)
            ws.cell(r, col0 + 3, av or None)
            ws.cell(r, col0 + 4, k or None)
            r += 1
        return r

    r1 = table(1, "Individ- och familjeomsorg", left)
    r2 = table(7, "Vård och omsorg samt LSS", right)
    r = max(r1, r2) + 1
    ws.cell(r, 1, "Förklaring: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår ur planen")
    ws.cell(r + 1, 1, "Uppföljningen har gjorts av respektive enhetschef och sammanställts av kvalitetsstrateg.")
    for col, w in zip("ABCDEFGHIJK", [62, 7, 9, 10, 45, 3, 62, 7, 9, 10, 45]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "sn.xlsx")
    wb.save(src)
    convert(src, "ods", fil)
    for c in left + right:
        expected.append((fil, N, c[0], c[5], c[6]))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden: .odt, one control per paragraph, delår
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning IK delår.odt"
    N = "Barn- och utbildningsnämnden"
    C = [
        ("Skolskjutsbeslut fattas av rätt delegat enligt delegationsordningen",
         "Stickprov på 15 beslut, samtliga fattade av rätt delegat. Status: Genomf.", "GENOMFORD", "nej"),
        ("Anmälningar om kränkande behandling rapporteras till huvudman samma vecka",
         "Genomgång av anmälningar vårterminen 2025. 6 av 41 anmälningar rapporterades senare än en vecka. "
         "Status: genomförd. Avvikelse: ja.", "GENOMFORD", "ja"),
        ("Placering i förskola erbjuds inom fyra månader från ansökan",
         "Status: pågår, beräknas klar i oktober.", "DELVIS", "nej"),
        ("Elevers frånvaro följs upp och anmäls till rektor enligt rutin",
         "Kontrollen är inte påbörjad p.g.a. sjukskrivning hos ansvarig. Görs under hösten.", "EJ_GENOMFORD", "nej"),
        ("Inventarieförteckning finns uppdaterad på varje skolenhet",
         "Se bilaga 2.", "OKLAR", "nej"),
        ("Tillbud och arbetsskador anmäls i KIA inom föreskriven tid",
         "Status: ej aktuell i år, ingår i arbetsmiljöuppföljningen.", "UTGAR", "nej"),
        ("Registerutdrag har uppvisats innan anställning i skola och förskola",
         "Status: Genomförd. Ett fall där utdrag saknades upptäcktes på Tallbackens förskola, åtgärdat direkt.",
         "GENOMFORD", "ja"),
        ("Specialkost i skolmåltiderna levereras enligt läkarintyg",
         "Status:", "SAKNAS", "nej"),
    ]
    d = docx.Document()
    p = d.add_paragraph(); run = p.add_run("Barn- och utbildningsförvaltningen"); run.bold = True
    run.font.size = Pt(14)
    p = d.add_paragraph(); run = p.add_run("Uppföljning av internkontrollplan 2025 – delår (januari–augusti)")
    run.bold = True; run.font.size = Pt(12)
    d.add_paragraph("Uppföljningen har gjorts av rektorer och förskolechefer tillsammans med förvaltningens "
                    "controller. Kontrollerna redovisas nedan, en i taget, i samma ordning som i planen.")
    for i, (t, res, es, ea) in enumerate(C, 1):
        p = d.add_paragraph(); r = p.add_run(f"{i}. {t}"); r.bold = True
        d.add_paragraph(res)
    d.add_paragraph("")
    d.add_paragraph("Sammantaget bedömer förvaltningen att den interna kontrollen är tillräcklig, men frånvaro"
                    "uppföljningen behöver prioriteras under hösten.")
    d.add_paragraph("Per Lindqvist, förvaltningschef")
    src = os.path.join(TMP, "bun.docx")
    d.save(src)
    convert(src, "odt", fil)
    for (t, res, es, ea) in C:
        expected.append((fil, N, t, es, ea))
    files.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden: .docx checklist with ☐/☒, tertial 3
# ---------------------------------------------------------------------------
def file_tn():
    fil = "Checklista IK tekniska T3 2025.docx"
    N = "Tekniska nämnden"
    X, O = "☒", "☐"
    # text, (genomförd, delvis, ej), avv (ja, nej), notering, exp status, exp avv
    C = [
        ("Egenkontroll av dricksvatten vid vattenverket enligt provtagningsprogram",
         (1, 0, 0), (0, 1), "", "GENOMFORD", "nej"),
        ("Snöröjningsentreprenörernas fakturor kontrolleras mot körjournaler",
         (0, 1, 0), (1, 0), "Två fakturor avvek från körjournal, reglerat med entreprenören", "DELVIS", "ja"),
        ("Besiktning av lekplatser utförs enligt fastställt schema",
         (0, 0, 1), (0, 0), "Besiktningsman sjuk, ny tid i maj", "EJ_GENOMFORD", "nej"),
        ("Avtalstrohet vid inköp av material till fastighetsunderhåll",
         (1, 0, 1), (0, 0), "", "OKLAR", "nej"),
        ("Fordonsregister och körjournaler för kommunens bilpool är uppdaterade",
         (0, 0, 0), (0, 0), "", "SAKNAS", "nej"),
        ("Systematiskt brandskyddsarbete dokumenteras i kommunens fastigheter",
         (1, 0, 0), (1, 0), "Brister i dokumentationen på Centralskolan", "GENOMFORD", "ja"),
        ("Debitering av VA-avgifter sker enligt beslutad VA-taxa",
         (1, 0, 0), (0, 1), "", "GENOMFORD", "nej"),
        ("Hyresavtal för externt inhyrda lokaler är aktuella och undertecknade",
         (0, 0, 0), (0, 0), "Utgår – ansvaret har flyttats till KS fastighetsenhet", "UTGAR", "nej"),
    ]
    d = docx.Document()
    p = d.add_paragraph(); r = p.add_run("CHECKLISTA – INTERNKONTROLL TEKNISKA FÖRVALTNINGEN"); r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Uppföljning tertial 3, 2025")
    p = d.add_paragraph(); r = p.add_run("Instruktion: kryssa i en ruta per kontroll. Vid avvikelse, beskriv kort "
                                         "under Notering."); r.italic = True
    for i, (t, st, av, note, es, ea) in enumerate(C, 1):
        p = d.add_paragraph(); r = p.add_run(f"{i}. {t}"); r.bold = True
        g, dv, ej = [X if v else O for v in st]
        d.add_paragraph(f"{g} Genomförd    {dv} Delvis    {ej} Ej genomförd")
        aj, an = [X if v else O for v in av]
        d.add_paragraph(f"Avvikelse:  {aj} Ja   {an} Nej")
        d.add_paragraph("Notering: " + note)
    d.add_paragraph("")
    d.add_paragraph("Ansvarig: Maria Heikkilä, teknisk chef        Datum: 2026-01-09")
    d.save(os.path.join(OUT, fil))
    for (t, st, av, note, es, ea) in C:
        expected.append((fil, N, t, es, ea))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Miljö- och byggnämnden: .docx, table with status as a sentence,
#    nämnd only in the intro sentence, file name says nothing
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "IK uppföljning helår 2025.docx"
    N = "Miljö- och byggnämnden"
    C = [
        ("Bygglov handläggs inom tio veckor enligt plan- och bygglagen",
         "Kontrollen är gjord. 94 % av ärendena klarade tidsfristen.",
         "Sex ärenden överskred tiden, avgiften reducerades", "GENOMFORD", "ja"),
        ("Avgifter för tillsyn enligt miljöbalken debiteras enligt taxa",
         "Vi har gjort kontrollen på samtliga fakturor.", "Inga", "GENOMFORD", "nej"),
        ("Delegationsbeslut inom miljö- och hälsoskydd återrapporteras till nämnden",
         "Vi har påbörjat men hann inte bli klara före årsskiftet.", "", "DELVIS", "nej"),
        ("Tillsynsplanen för livsmedelskontroll följs och rapporteras till Livsmedelsverket",
         "Kontrollen har inte gjorts i år på grund av vakant tjänst som livsmedelsinspektör.", "",
         "EJ_GENOMFORD", "nej"),
        ("Slutbesked utfärdas först när samtliga handlingar har inkommit",
         "Kontrollen ströks ur planen genom nämndens beslut i juni.", "", "UTGAR", "nej"),
        ("Strandskyddsdispenser skickas till Länsstyrelsen i Norrbottens län inom en vecka",
         "Osäkert, uppgifterna i ärendesystemet är inte fullständiga.", "", "OKLAR", "nej"),
        ("Ärenden om enskilda avlopp registreras och diarieförs korrekt",
         "Klart, alla ärenden 2025 har gåtts igenom.", "Två ärenden var felregistrerade och har rättats",
         "GENOMFORD", "ja"),
    ]
    d = docx.Document()
    p = d.add_paragraph(); r = p.add_run("Uppföljning av internkontroll 2025"); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph("Detta dokument redovisar uppföljningen av den internkontrollplan som miljö- och "
                    "byggnämnden antog i december 2024. Uppföljningen avser helåret 2025 och har gjorts av "
                    "förvaltningens handläggare.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Hur har kontrollen gått?", "Brister som hittats"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for (k, how, bad, es, ea) in C:
        cells = t.add_row().cells
        cells[0].text = k; cells[1].text = how; cells[2].text = bad
    d.add_paragraph("")
    d.add_paragraph("Frågor besvaras av Jonas Lantto, miljö- och byggchef.")
    d.save(os.path.join(OUT, fil))
    for (k, how, bad, es, ea) in C:
        expected.append((fil, N, k, es, ea))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden: CSV export, commas and quotes, cp1252,
#    one row per control and period, organisation only as "KFN"
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "ik_export_kfn_2025.csv"
    N = "Kultur- och fritidsnämnden"
    # text, [(period, status, kommentar, avvikelse)], exp status, exp avv
    C = [
        ("Bidrag till föreningar betalas ut enligt riktlinjerna, med kontroll av medlemsantal",
         [("Delår 2025", "Påbörjad", "Stickprov pågår", ""),
          ("Helår 2025", "Genomförd", 'Stickprov på 8 föreningar, en förening hade redovisat "aktiva medlemmar" fel', "Ja")],
         "GENOMFORD", "ja"),
        ("Kassahantering i simhallen och på biblioteket stäms av varje månad",
         [("Delår 2025", "Genomförd", "", "Nej"),
          ("Helår 2025", "Genomförd", "Månadsavstämningar gjorda, inga differenser", "Nej")],
         "GENOMFORD", "nej"),
        ("Uthyrning av idrottshallar faktureras enligt beslutad taxa",
         [("Delår 2025", "Ej påbörjad", "", ""),
          ("Helår 2025", "Delvis genomf.", "Klart för Tjärnhedshallen, övriga hallar kvar", "Nej")],
         "DELVIS", "nej"),
        ("Avtal med studieförbund om kulturskoleverksamhet följs upp årligen",
         [("Delår 2025", "Ej påbörjad", "", ""),
          ("Helår 2025", "Ej genomförd", "Hann inte, tas med i plan 2026", "")],
         "EJ_GENOMFORD", "nej"),
        ("Utlån och återlämning av utrustning från fritidsbanken registreras",
         [("Delår 2025", "Påbörjad", "", ""),
          ("Helår 2025", "Avbruten genom beslut", "Fritidsbanken stängd, KFN 2025-10-14 § 41", "")],
         "UTGAR", "nej"),
        ("Registerutdrag finns för samtliga ledare i lovverksamheten",
         [("Delår 2025", "Genomförd", "Sommarlovet kontrollerat", "Nej"),
          ("Helår 2025", "Genomfört", "Även höstlov och jullov, allt ok", "Nej")],
         "GENOMFORD", "nej"),
        ("Inventering av konstsamlingen, stickprov mot konstregistret",
         [("Helår 2025", "", "", "")],
         "SAKNAS", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Organisation", "Kontrollmoment", "Period", "Status", "Kommentar", "Avvikelse"])
    for (t, rows, es, ea) in C:
        for (per, st, kom, av) in rows:
            w.writerow(["KFN", t, per, st, kom, av])
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    for (t, rows, es, ea) in C:
        expected.append((fil, N, t, es, ea))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden: free-typed .txt e-mail, nämnd only in a sentence
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Uppföljning IK.txt"
    N = "Överförmyndarnämnden"
    C = [
        ("Årsräkningar granskas och arvoden beslutas före 30 juni",
         "Klart. Alla 212 årsräkningar granskade i tid.", "GENOMFORD", "nej"),
        ("Kontroll att ställföreträdare saknar skulder hos Kronofogden innan förordnande",
         "Delvis. Gjort för nya ställföreträdare, inte för de gamla uppdragen.", "DELVIS", "nej"),
        ("Stickprov på kontoutdrag för huvudmän med spärrat konto",
         "Ej gjort.", "EJ_GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare betalas ut enligt SKR:s riktlinjer",
         "genomf. Ett arvode var för högt och har betalats tillbaka (avvikelse).", "GENOMFORD", "ja"),
        ("Förvaltarskap följs upp med hembesök minst en gång per år",
         "?? Kerstin vet, hon är tjänstledig till mars.", "OKLAR", "nej"),
        ("Digital årsräkning införs för alla nya ställföreträdare",
         "utgår, flyttat till 2026 års plan.", "UTGAR", "nej"),
    ]
    lines = ["Hej!", "",
             "Här kommer överförmyndarnämndens uppföljning av internkontrollplanen för 2025, helår. "
             "Sorry för sent inskick, vi har varit kort om folk i höst.", ""]
    for i, (t, res, es, ea) in enumerate(C, 1):
        lines.append(f"{i}) {t}")
        lines.append(f"   -> {res}")
        lines.append("")
    lines += ["Hör av er om något är oklart.", "",
              "Mvh", "Lena Kuoppa", "Handläggare, överförmyndarkansliet", "",
              "PS. Planen för 2026 kommer i februari."]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    for (t, res, es, ea) in C:
        expected.append((fil, N, t, es, ea))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. A photo of a paper follow-up, saved as .xlsx -> AVVISAD
# ---------------------------------------------------------------------------
def file_photo():
    fil = "Uppföljning internkontroll 2025 (foto).xlsx"
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (640, 480), (236, 232, 220))
    dr = ImageDraw.Draw(img)
    for y in range(60, 460, 28):
        dr.line([(40, y), (600, y)], fill=(90, 90, 90), width=1)
    dr.text((50, 20), "Uppfoljning internkontroll 2025", fill=(20, 20, 20))
    img.save(os.path.join(OUT, fil), format="JPEG", quality=80)
    files.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            os.remove(os.path.join(OUT, f))
    file_ks(); file_sn(); file_bun(); file_tn(); file_mbn(); file_kfn(); file_ofn(); file_photo()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in files:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in expected:
            assert ";" not in row[2] and "\n" not in row[2]
            f.write(";".join(row) + "\n")
    texts = [e[2] for e in expected]
    assert len(texts) == len(set(texts)), "duplicate control text"
    assert all(len(t) >= 25 for t in texts), [t for t in texts if len(t) < 25]
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(files), "file rows,", len(expected), "controls")


if __name__ == "__main__":
    main()
