#!/usr/bin/python3
"""Blind round r208 — Ljungdala kommun, helår 2025, follow-ups as questionnaires."""
import csv, datetime, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
import docx
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r208_")
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
PH = "Klicka eller tryck här för att ange text."
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round208", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert(src, ext, final_name):
    soffice(src, ext, TMP)
    produced = os.path.splitext(src)[0] + "." + ext
    shutil.move(produced, os.path.join(OUT, final_name))


def wb_new():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Ljungdala kommun"
    return wb


def doc_new():
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Ljungdala kommun"
    return d


thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 KS (xlsx, easy)
def ks():
    fil = "IK-uppföljning helår 2025 KS.xlsx"
    nm = "Kommunstyrelsen"
    wb = wb_new(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Ljungdala kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: Helår (januari–december) 2025"
    ws["A4"] = "Instruktion: Besvara frågorna med Ja, Nej, Delvis eller Vet ej. Beskriv resultat och eventuella åtgärder i kommentarsfältet."
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Har kontrollen genomförts?",
           "Upptäcktes brister?", "Behövs åtgärder?", "Kommentar"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = BOLD; cell.border = BOX; cell.alignment = WRAP
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    rows = [
        ("G", "1. Ekonomi"),
        ("1.1", "Ekonomiprocesser", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Ja", "Nej", "Nej", "Stickprov om 40 fakturor. Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("1.2", "Ekonomiprocesser", "Kontroll av att representation redovisas med syfte och deltagare", "Redovisningsansvarig",
         "Ja", "Ja", "Ja", "6 av 25 underlag saknade deltagarförteckning. Påminnelse skickad till samtliga chefer.", "GENOMFORD", "ja"),
        ("1.3", "Bokslut", "Avstämning av balanskonton vid årsbokslut", "Redovisningsansvarig",
         "Delvis", "Nej", "Nej", "Kundfordringar och leverantörsskulder avstämda. Övriga konton slutförs i februari 2026.", "DELVIS", "nej"),
        ("G", "2. Personal"),
        ("2.1", "Lön", "Kontroll av att lönetillägg beslutats av behörig chef", "HR-chef",
         "Ja", "Nej", "Nej", "", "GENOMFORD", "nej"),
        ("2.2", "Kompetensförsörjning", "Uppföljning av att medarbetarsamtal genomförts med samtliga tillsvidareanställda", "HR-chef",
         "Nej", "", "Ja", "Kontrollen sköts upp till 2026 på grund av byte av HR-system.", "EJ_GENOMFORD", ""),
        ("G", "3. IT och informationssäkerhet"),
        ("3.1", "Behörigheter", "Behörighetsgenomgång i ekonomisystemet Raindance", "Systemförvaltare",
         "Ja", "Ja", "Ja", "Tre konton för avslutade medarbetare var fortfarande aktiva. Kontona spärrades 2025-11-14.", "GENOMFORD", "ja"),
        ("3.2", "Dataskydd", "Kontroll av att personuppgiftsbiträdesavtal finns för samtliga IT-tjänster", "Dataskyddssamordnare",
         "Vet ej", "Vet ej", "", "Se bilaga 3.", "OKLAR", ""),
        ("3.3", "Drift", "Test av återläsning av säkerhetskopior", "IT-chef",
         "Utgår", "", "", "Kontrollmomentet utgår enligt KS beslut 2025-06-11 § 87. Ersätts av extern granskning.", "UTGAR", ""),
    ]
    for row in rows:
        r += 1
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            continue
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
        EXP.append((fil, nm, row[2], row[8], row[9]))
    ws.cell(r + 2, 1, "Upprättad av: Karin Lööf, controller, 2026-01-20")
    for col, w in zip("ABCDEFGH", [6, 20, 48, 20, 16, 14, 14, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 2 BUN (docx form, one table per control)
def bun():
    fil = "BUN Uppföljning intern kontroll helår 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    d = doc_new()
    d.add_heading("Barn- och utbildningsnämnden", 0)
    d.add_heading("Uppföljning av intern kontroll – helår 2025", 1)
    d.add_paragraph("Nedan redovisas uppföljningen av de kontrollmoment som ingår i nämndens internkontrollplan 2025. "
                    "Varje kontrollmoment har besvarats av ansvarig funktion i förvaltningens formulär. "
                    "Ej ifyllda fält innehåller formulärets standardtext.")
    ctrls = [
        ("Kontroll av att skolpliktsbevakning sker enligt rutin", "Verksamhetschef grundskola",
         "Genomgång av bevakningslistor för samtliga grundskolor", "Ja", "Nej", "Nej",
         "Bevakningslistor kontrollerade för vårterminen och höstterminen. Rutinen följs.", "GENOMFORD", "nej"),
        ("Kontroll av att anmälningar om kränkande behandling anmäls till huvudman inom fem arbetsdagar",
         "Kvalitetsstrateg", "Samtliga anmälningar i Draftit", "Ja", "Ja", "Ja",
         "12 av 58 anmälningar inkom senare än fem arbetsdagar. Rektorer har påmints om rutinen.", "GENOMFORD", "ja"),
        ("Uppföljning av att beslut om tilläggsbelopp är fattade av rätt delegat", "Förvaltningsekonom",
         "Stickprov 15 beslut", "Delvis", "Nej", "Nej",
         "Granskning gjord för grundskolan. Förskolan granskas under första kvartalet 2026.", "DELVIS", "nej"),
        ("Kontroll av att utdrag ur belastningsregistret har begärts vid nyanställning", "HR-konsult",
         PH, PH, PH, PH, PH, "SAKNAS", ""),
        ("Kontroll av att inköp av läromedel görs från avtalade leverantörer", "Förvaltningsekonom",
         "30 slumpvis valda fakturor", PH, "Nej", "Nej",
         "Kontrollen genomfördes i oktober. Samtliga fakturor var från avtalad leverantör.", "GENOMFORD", "nej"),
        ("Kontroll av närvaroregistrering i fritidshem mot debiterade avgifter", "Avgiftshandläggare",
         "Stickprov två fritidshem", "Nej", PH, PH,
         "Ej genomförd under året på grund av vakans på tjänsten som förvaltningsekonom.", "EJ_GENOMFORD", ""),
        ("Uppföljning av att rutin för säker skolskjuts följs", "Skolskjutssamordnare",
         PH, "Vet ej", PH, PH,
         "Ansvarig för skolskjuts har slutat. Uppgift om kontrollen har inte gått att få fram.", "OKLAR", ""),
    ]
    for i, (km, ans, met, gen, bri, atg, kom, st, av) in enumerate(ctrls, 1):
        d.add_heading(f"Kontroll {i}", 2)
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for lab, val in [("Kontrollmoment", km), ("Ansvarig", ans), ("Metod/urval", met),
                         ("Har kontrollen genomförts?", gen), ("Upptäcktes brister?", bri),
                         ("Behövs åtgärder?", atg), ("Kommentar", kom)]:
            cells = t.add_row().cells
            cells[0].text = lab; cells[0].paragraphs[0].runs[0].bold = True
            cells[1].text = val
        EXP.append((fil, nm, km, st, av))
    d.add_paragraph("")
    d.add_paragraph("Ljungdala 2026-01-28")
    d.add_paragraph("Per Sandberg, förvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 3 SN (xlsx, X under Ja/Nej columns, merged header)
def sn():
    fil = "SOC_internkontroll_2025_helar.xlsx"
    nm = "Socialnämnden"
    wb = wb_new(); ws = wb.active; ws.title = "IK helår"
    ws["A1"] = "Socialförvaltningen Ljungdala – Internkontroll 2025, uppföljning helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera med X i aktuell kolumn."
    h1 = 4; h2 = 5
    for col, txt in [(1, "Område"), (2, "Kontrollmoment"), (3, "Kontrollmetod"), (9, "Kommentar/åtgärd")]:
        ws.cell(h1, col, txt).font = BOLD
        ws.merge_cells(start_row=h1, start_column=col, end_row=h2, end_column=col)
    ws.cell(h1, 4, "Har kontrollen genomförts?").font = BOLD
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=6)
    ws.cell(h1, 7, "Upptäcktes brister?").font = BOLD
    ws.merge_cells(start_row=h1, start_column=7, end_row=h1, end_column=8)
    for col, txt in zip(range(4, 9), ["Ja", "Nej", "Delvis", "Ja", "Nej"]):
        ws.cell(h2, col, txt).font = BOLD
    for rr in (h1, h2):
        for cc in range(1, 10):
            ws.cell(rr, cc).border = BOX; ws.cell(rr, cc).alignment = Alignment(wrap_text=True, horizontal="center")
    # gen: "J","N","D","JN"(both), ""; bri: "J","N",""
    rows = [
        ("G", "Myndighetsutövning"),
        ("Barn och unga", "Kontroll av att utredningstiden för barnavårdsutredningar inte överstiger fyra månader",
         "Uttag ur Treserva, samtliga avslutade utredningar", "J", "J",
         "8 % av utredningarna överskred fyra månader. Åtgärdsplan tas fram av enhetschef.", "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd", "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
         "Stickprov 25 beslut", "J", "N", "", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut",
         "Stickprov 20 utbetalningar per halvår", "D", "N", "Stickprov gjort endast för januari–juni.", "DELVIS", "nej"),
        ("Barn och unga", "Uppföljning av att vårdplan upprättas för placerade barn",
         "Genomgång av samtliga placeringar", "N", "", "Ej genomförd, flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Kontroll av att loggar i verksamhetssystemet följs upp",
         "Logguttag per månad", "JN", "N", "", "OKLAR", "nej"),
        ("G", "Ekonomi och administration"),
        ("Avgifter", "Kontroll av att avgifter för familjerådgivning debiteras",
         "Avstämning mot besöksstatistik", "", "", "", "SAKNAS", ""),
        ("Kontanthantering", "Kontroll av att kontanthantering på boenden sker enligt rutin",
         "Oanmäld kassainventering", "J", "J",
         "Kassaboken saknade kvitton vid två tillfällen. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Diarieföring", "Kontroll av att inkomna synpunkter och klagomål diarieförs",
         "Jämförelse e-tjänst mot diarium", "J", "N", "Samtliga synpunkter diarieförda.", "GENOMFORD", "nej"),
    ]
    r = h2
    for row in rows:
        r += 1
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            continue
        omr, km, met, gen, bri, kom, st, av = row
        ws.cell(r, 1, omr); ws.cell(r, 2, km); ws.cell(r, 3, met)
        if "J" in gen: ws.cell(r, 4, "X")
        if "N" in gen: ws.cell(r, 5, "X")
        if "D" in gen: ws.cell(r, 6, "X")
        if bri == "J": ws.cell(r, 7, "X")
        if bri == "N": ws.cell(r, 8, "X")
        if kom: ws.cell(r, 9, kom)
        for cc in range(1, 10):
            ws.cell(r, cc).border = BOX; ws.cell(r, cc).alignment = WRAP
        EXP.append((fil, nm, km, st, av))
    ws.cell(r + 2, 1, "Rapporten behandlad i socialnämnden 2026-02-12 § 14.")
    for col, w in zip("ABCDEFGHI", [20, 50, 30, 6, 6, 8, 6, 6, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 4 VON (odt, ☐/☒ checkboxes in cells)
def von():
    fil = "Enkät internkontroll VON 2025.odt"
    nm = "Vård- och omsorgsnämnden"
    d = doc_new()
    d.add_heading("Vård- och omsorgsnämnden", 1)
    d.add_paragraph("Enkät – uppföljning av internkontrollplan, helår 2025")
    d.add_paragraph("Kryssa i det alternativ som gäller (☒). Lämna kommentar vid Nej eller Delvis samt när brister upptäckts.")
    def g(a):  # a in "J","N","D",""
        return "{} Ja  {} Nej  {} Delvis".format(*["☒" if a == k else "☐" for k in "JND"])
    def b(a):
        return "{} Ja  {} Nej".format(*["☒" if a == k else "☐" for k in "JN"])
    ctrls = [
        ("Kontroll av att avvikelser enligt lex Sarah utreds och rapporteras inom fastställd tid", "J", "J",
         "Två utredningar överskred tidsgränsen.", "GENOMFORD", "ja"),
        ("Kontroll av läkemedelshantering på särskilda boenden genom stickprov av signeringslistor", "J", "N",
         "", "GENOMFORD", "nej"),
        ("Kontroll av att fakturering av hemtjänstavgifter stämmer mot utförd tid", "D", "J",
         "Kontroll gjord för två av fem hemtjänstområden. Felaktig debitering i ett fall.", "DELVIS", "ja"),
        ("Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut", "N", "",
         "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Kontroll av att nyckelkvittenser finns för samtliga nycklar i hemtjänsten", "", "",
         "Utgår – digitala nyckelfria lås infördes i mars 2025.", "UTGAR", ""),
        ("Uppföljning av att fallriskbedömning görs vid inflyttning på särskilt boende", "", "",
         "", "SAKNAS", ""),
        ("Kontroll av att privata medel för brukare redovisas månadsvis", "J", "",
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Har kontrollen genomförts?", "Upptäcktes brister?", "Kommentar"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for i, (km, gen, bri, kom, st, av) in enumerate(ctrls, 1):
        cells = t.add_row().cells
        cells[0].text = str(i); cells[1].text = km; cells[2].text = g(gen); cells[3].text = b(bri); cells[4].text = kom
        EXP.append((fil, nm, km, st, av))
    d.add_paragraph("")
    d.add_paragraph("Besvarad av: Lena Hagström, kvalitetssamordnare, 2026-01-22")
    src = os.path.join(TMP, "von.docx"); d.save(src)
    convert(src, "odt", fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 5 KFN + TN (Stratsys CSV, long format, T2 + Helår)
def stratsys():
    fil = "Stratsys_export_internkontroll_20260121.csv"
    Q1, Q2, Q3 = "Har kontrollen genomförts?", "Upptäcktes brister?", "Behövs åtgärder?"
    # (org, nämnd, id, km, [(period, q, svar, kommentar)], status, avv)
    data = [
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "KFN-IK-01",
         "Kontroll av att föreningsbidrag betalas ut enligt beslut och regelverk",
         [("T2 2025", Q1, "Delvis", "Vårens bidrag kontrollerade."), ("T2 2025", Q2, "Nej", ""),
          ("Helår 2025", Q1, "Ja", "Samtliga bidragsomgångar kontrollerade."), ("Helår 2025", Q2, "Nej", ""),
          ("Helår 2025", Q3, "Nej", "")], "GENOMFORD", "nej"),
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "KFN-IK-02",
         "Kontroll av kassarapporter i simhallen mot dagskassa",
         [("T2 2025", Q1, "Ja", "Differens mellan kassarapport och dagskassa vid tre tillfällen."), ("T2 2025", Q2, "Ja", ""),
          ("T2 2025", Q3, "Ja", "Ny rutin för dagskassa."),
          ("Helår 2025", Q1, "", ""), ("Helår 2025", Q2, "", ""), ("Helår 2025", Q3, "", "")], "GENOMFORD", "ja"),
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "KFN-IK-03",
         "Kontroll av att lokalbokningar faktureras",
         [("T2 2025", Q1, "Nej", ""), ("Helår 2025", Q1, "Nej", "Ej genomförd, nytt bokningssystem infördes i november."),
          ("Helår 2025", Q2, "", "")], "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "KFN-IK-04",
         "Kontroll av att inventarieförteckning för bibliotek och kulturskola är uppdaterad",
         [("Helår 2025", Q1, "Vet ej", "Se bilaga."), ("Helår 2025", Q2, "Vet ej", "")], "OKLAR", ""),
        ("Tekniska förvaltningen", "Tekniska nämnden", "TN-IK-01",
         "Kontroll av att ramavtal för entreprenader följs vid avrop",
         [("T2 2025", Q1, "Delvis", ""), ("Helår 2025", Q1, "Ja", ""),
          ("Helår 2025", Q2, "Ja", "Två avrop gjordes utan förnyad konkurrensutsättning."),
          ("Helår 2025", Q3, "Ja", "Utbildning för beställare planeras.")], "GENOMFORD", "ja"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "TN-IK-02",
         "Kontroll av att besiktning av lekplatser genomförs enligt plan",
         [("T2 2025", Q1, "Ja", ""), ("T2 2025", Q2, "Nej", ""),
          ("Helår 2025", Q1, "Ja", "Samtliga 34 lekplatser besiktigade."), ("Helår 2025", Q2, "Nej", "")], "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "TN-IK-03",
         "Kontroll av att körjournaler förs för fordonen i kommunens bilpool",
         [("Helår 2025", Q1, "Delvis", "Hälften av fordonen kontrollerade."), ("Helår 2025", Q2, "Nej", "")], "DELVIS", "nej"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "TN-IK-04",
         "Kontroll av att mätaravläsningar för VA debiteras korrekt",
         [("Helår 2025", Q1, "Ej aktuell", "VA-verksamheten överfördes till Ljungdala Vatten AB 2025-01-01.")], "UTGAR", ""),
        ("Tekniska förvaltningen", "Tekniska nämnden", "TN-IK-05",
         "Kontroll av att vinterväghållningen följer avtalad utryckningstid",
         [("T2 2025", Q1, "Delvis", "Kontroll av GPS-loggar påbörjad."),
          ("Helår 2025", Q1, "", ""),
          ("Helår 2025", Q2, "Ja", "Utryckningstiden överskreds vid tre tillfällen i december. Granskningen av GPS-loggar pågår."),
          ("Helår 2025", Q3, "Ja", "")], "DELVIS", "ja"),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Organisation", "Plan", "ID", "Kontrollmoment", "Period", "Fråga", "Svar", "Kommentar", "Senast ändrad"])
        for org, nm, kid, km, ans, st, av in data:
            for per, q, s, k in ans:
                w.writerow([org, "Internkontrollplan 2025", kid, km, per, q, s, k,
                            "2025-09-15" if per.startswith("T2") else "2026-01-19"])
            EXP.append((fil, nm, km, st, av))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))

# ---------------------------------------------------------------- 6 SBN (ods, "Följer verksamheten rutinen?")
def sbn():
    fil = "Samhällsbyggnad_IK_årsuppföljning_2025.ods"
    nm = "Samhällsbyggnadsnämnden"
    wb = wb_new(); ws = wb.active; ws.title = "Årsuppföljning"
    ws["A1"] = "Samhällsbyggnadsnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – årsuppföljning"
    ws["A3"] = "Svarsalternativ: Ja / Nej / Delvis / Vet ej"
    hdr = ["Kontrollområde", "Kontrollmoment", "Urval", "Har kontrollen genomförts?",
           "Följer verksamheten rutinen?", "Kommentar", "Ansvarig"]
    r = 5
    for c, h in enumerate(hdr, 1):
        ws.cell(r, c, h).font = BOLD; ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP
    rows = [
        ("Mark och exploatering", "Kontroll av att markanvisningsavtal tecknas enligt markanvisningspolicyn", "Samtliga 5 avtal",
         "Ja", "Delvis", "Ett av fem avtal saknade tidsgräns enligt policyn.", "Mark- och exploateringschef", "GENOMFORD", "ja"),
        ("Administration", "Kontroll av att delegationsbeslut anmäls till nämnden", "Samtliga beslut",
         "Ja", "Ja", "", "Nämndsekreterare", "GENOMFORD", "nej"),
        ("Plan", "Kontroll av att planavgift tas ut enligt taxa", "10 beslutade detaljplaner",
         "Ja", "Nej", "Planavgift hade inte debiterats i två fall. Fakturering gjord i december.", "Planchef", "GENOMFORD", "ja"),
        ("Mark och exploatering", "Kontroll av att exploateringsavtal följs upp ekonomiskt", "4 exploateringsområden",
         "Delvis", "Ja", "Två av fyra exploateringsområden granskade.", "Exploateringsingenjör", "DELVIS", "nej"),
        ("Lantmäteri", "Kontroll av att lantmäteriförrättningar faktureras", "Stickprov 15 förrättningar",
         "Nej", "", "Ej genomförd.", "Lantmäterichef", "EJ_GENOMFORD", ""),
        ("GIS", "Kontroll av att adressregistret uppdateras inom en månad efter beslut", "Stickprov 20 adresser",
         "", "", "", "GIS-samordnare", "SAKNAS", ""),
        ("Administration", "Kontroll av att inkomna handlingar diarieförs inom tre dagar", "Stickprov 30 handlingar",
         "Ja", "Vet ej", "Uppgift om inkomstdatum saknas i flera ärenden, så det går inte att bedöma.", "Registrator", "GENOMFORD", ""),
    ]
    for row in rows:
        r += 1
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r, c, v if v else None); cell.border = BOX; cell.alignment = WRAP
        EXP.append((fil, nm, row[1], row[7], row[8]))
    for col, w in zip("ABCDEFG", [22, 50, 22, 16, 16, 50, 24]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "sbn.xlsx"); wb.save(src)
    convert(src, "ods", fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 7 Ljungdala Bostäder AB (xls, transposed: one column per control)
def lbab():
    fil = "Ljungdalahem IK 2025.xls"
    nm = "Ljungdala Bostäder AB"
    wb = wb_new(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Ljungdalahem – Uppföljning internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapportperiod: helår"
    labels = ["Kontroll nr", "Kontrollmoment", "Ansvarig", "Har kontrollen genomförts?", "Upptäcktes brister?",
              "Behövs åtgärder?", "Kommentar"]
    ctrls = [
        ("1", "Kontroll av att hyresavier överensstämmer med gällande hyresavtal", "Ekonomichef",
         "Ja", "Nej", "Nej", "Stickprov 50 lägenheter.", "GENOMFORD", "nej"),
        ("2", "Kontroll av att besiktningsprotokoll upprättas vid avflyttning", "Förvaltare",
         "Ja", "Ja", "Ja", "Protokoll saknades för 4 av 30 avflyttningar.", "GENOMFORD", "ja"),
        ("3", "Kontroll av att kreditupplysning tas innan hyresavtal tecknas", "Uthyrningschef",
         "Delvis", "Nej", "Nej", "Kontrollerat för kv. Björken och kv. Eken. Övriga områden under första kvartalet 2026.", "DELVIS", "nej"),
        ("4", "Kontroll av att jäv inte förekommer vid upphandling av underhållsentreprenader", "Inköpsansvarig",
         "Nej", "", "", "Kontrollen avbröts genom styrelsebeslut 2025-09-18; frågan hanteras av bolagets compliancefunktion.", "UTGAR", ""),
        ("5", "Kontroll av att nycklar och passerbrickor spärras vid avflyttning", "Fastighetschef",
         "Ja", "Nej", "Ja", "Inga brister, men rutinen bör digitaliseras.", "GENOMFORD", "nej"),
    ]
    for i, lab in enumerate(labels):
        ws.cell(4 + i, 1, lab).font = BOLD; ws.cell(4 + i, 1).border = BOX
        for j, c in enumerate(ctrls):
            cell = ws.cell(4 + i, 2 + j, c[i] if c[i] else None); cell.border = BOX; cell.alignment = WRAP
    for c in ctrls:
        EXP.append((fil, nm, c[1], c[7], c[8]))
    ws.cell(13, 1, "Godkänd av VD Anders Wikström 2026-01-30")
    ws.column_dimensions["A"].width = 28
    for col in "BCDEF":
        ws.column_dimensions[col].width = 32
    src = os.path.join(TMP, "lbab.xlsx"); wb.save(src)
    convert(src, "xls", fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 8 MBN (doc, nämnd only in page header, T2 + Helår columns, totals row)
def mbn():
    fil = "Internkontroll 2025 T2 och helår.doc"
    nm = "Miljö- och byggnämnden"
    d = doc_new()
    d.sections[0].header.paragraphs[0].text = "Miljö- och byggnämnden, Ljungdala kommun"
    d.add_heading("Internkontroll 2025 – uppföljning tertial 2 och helår", 1)
    d.add_paragraph("Tabellen visar svaren på frågan ”Har kontrollen genomförts?” vid tertial 2 respektive helår, "
                    "samt om brister upptäcktes vid kontrollen.")
    ctrls = [
        ("Kontroll av att bygglov handläggs inom tio veckor enligt PBL", "Delvis", "Ja", "Ja",
         "4 av 25 ärenden överskred tio veckor.", "GENOMFORD", "ja"),
        ("Kontroll av att tillsynsavgifter enligt miljöbalken debiteras enligt taxa", "Ja", "", "Nej",
         "", "GENOMFORD", "nej"),
        ("Kontroll av att livsmedelskontroller genomförs enligt kontrollplan", "Delvis", "Delvis", "Nej",
         "83 % av planerade kontroller genomförda.", "DELVIS", "nej"),
        ("Kontroll av att jäv anmäls och dokumenteras i ärenden", "Nej", "Nej", "",
         "Kontrollen har inte hunnits med under året.", "EJ_GENOMFORD", ""),
        ("Kontroll av att ärenden om olovligt byggande hanteras inom tre månader", "–", "Se bilaga 2", "",
         "", "OKLAR", ""),
        ("Kontroll av att delegationsbeslut anmäls till nämnden", "Ja", "Ja", "Nej",
         "", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Har kontrollen genomförts? T2", "Har kontrollen genomförts? Helår",
                                      "Upptäcktes brister?", "Kommentar helår"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for km, t2, hel, bri, kom, st, av in ctrls:
        cells = t.add_row().cells
        for c, v in zip(cells, [km, t2, hel, bri, kom]):
            c.text = v
        EXP.append((fil, nm, km, st, av))
    cells = t.add_row().cells
    cells[0].text = "Antal genomförda kontroller"; cells[1].text = "2"; cells[2].text = "3"
    cells[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph("")
    d.add_paragraph("Sammanfattningsvis har tre av sex kontroller genomförts fullt ut under 2025.")
    src = os.path.join(TMP, "mbn.docx"); d.save(src)
    convert(src, "doc", fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 9 reject: covering letter
def missiv():
    fil = "Missiv IK helår 2025 socialnämnden.docx"
    d = doc_new()
    d.add_paragraph("Ljungdala kommun\nSocialförvaltningen\n2026-01-23")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningskontoret")
    d.add_heading("Översändande av uppföljning av internkontrollplan 2025", 1)
    d.add_paragraph("Härmed översänds socialnämndens uppföljning av internkontrollplanen för helår 2025. "
                    "Uppföljningen finns i bifogad Excelfil (SOC_internkontroll_2025_helar.xlsx). "
                    "Ärendet behandlas av socialnämnden den 12 februari 2026.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nMaria Ek\nNämndsekreterare, Socialförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Ljungdala Bostäder AB", "LBAB|Ljungdalahem|Ljungdalahem AB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(reg)


if __name__ == "__main__":
    for fn in (ks, bun, sn, von, stratsys, sbn, lbab, mbn, missiv):
        fn()
    register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
    shutil.rmtree(TMP)
    print(len(FILES), "file rows,", len(EXP), "controls")
