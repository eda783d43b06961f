#!/usr/bin/python3
"""Blind round 390 - Norrfjärdens kommun, helår 2025."""
import csv, os, shutil, subprocess, datetime, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round390"]
EXP = []      # fil, nämnd, kontrollmoment, status, avvikelse
FILES = []    # fil, utfall, nämnd, år, period
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)

def convert(src, fmt, outname):
    tmp = tempfile.mkdtemp(prefix="r390_")
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), outname)
    shutil.rmtree(tmp)

def fixprops(doc):
    cp = doc.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "ekonomi"; cp.author = "ekonomi"

# ---------------------------------------------------------------- 1 KS xlsx
def file_ks():
    fn = "IK-uppfoljning_helar_2025_KS.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "controller"
    ws["A1"] = "Norrfjärdens kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: Helår (januari–december) 2025"
    ws["A4"] = "Upprättad av: Kommunledningsförvaltningen, ekonomienheten 2026-01-20"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens", "Status", "Resultat/kommentar", "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = BOLD; cell.border = BORDER
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    groups = [
        ("Ekonomiprocesser", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor", "Ekonomichef", "Två gånger per år", "Genomförd", "Stickprov på 40 fakturor. Samtliga attesterade av behörig attestant.", "", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Kontroll av representation och förtroendekänsliga poster", "Stickprov 25 verifikat", "Redovisningsansvarig", "Helår", "Genomförd med anmärkning", "3 av 25 verifikat saknade deltagarförteckning och syfte.", "Påminnelse om riktlinjen skickad till chefer", "GENOMFORD", "ja"),
            ("1.3", "Bokslut", "Avstämning av balanskonton vid månadsbokslut", "Genomgång av avstämningsmallar", "Redovisningsansvarig", "Månadsvis", "Genomförd", "Samtliga balanskonton avstämda, inga oförklarade differenser.", "", "GENOMFORD", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("2.1", "Direktupphandling", "Efterlevnad av LOU vid direktupphandlingar", "Granskning av dokumentation", "Upphandlingschef", "Helår", "Delvis genomförd", "Kontrollen av kvartal 1–3 är klar. Två direktupphandlingar över 100 tkr saknade dokumentation. Kvartal 4 granskas i februari.", "Utbildning för beställare våren 2026", "DELVIS", "ja"),
            ("2.2", "Avtalstrohet", "Avtalstrohet vid inköp av kontorsmaterial", "Analys av leverantörsreskontra", "Upphandlingschef", "Helår", "Ej genomförd", "Kontrollen har inte hunnits med på grund av vakans. Flyttas till 2026.", "", "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationshantering", [
            ("3.1", "Behörigheter", "Behörighetsgranskning i ekonomisystemet", "Behörighetslista mot personalregister", "Systemförvaltare", "Helår", "Genomförd", "Inga avvikelser.", "", "GENOMFORD", "nej"),
            ("3.2", "Dataskydd", "Rutin för hantering av personuppgiftsincidenter", "Genomgång av incidentlogg", "Dataskyddssamordnare", "Helår", "Utgår", "Utgår enligt beslut KS 2025-05-14 § 87. Ingår i dataskyddsombudets granskning.", "", "UTGAR", ""),
            ("3.3", "Diarieföring", "Diarieföring av inkommande handlingar inom fastställd tid", "Stickprov 50 handlingar", "Kommunsekreterare", "Helår", "", "Kontrollen är gjord i november: 48 av 50 handlingar diarieförda inom tre arbetsdagar, två registrerades efter en vecka.", "", "GENOMFORD", "ja"),
        ]),
        ("Styrning och delegation", [
            ("4.1", "Delegation", "Anmälan av delegationsbeslut till kommunstyrelsen", "Jämförelse delegationslista – protokoll", "Kommunsekreterare", "Helår", "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 7
    for g, rows in groups:
        ws.cell(r, 1, g).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for row in rows:
            for c, v in enumerate(row[:9], 1):
                cell = ws.cell(r, c, v if v != "" else None); cell.border = BORDER
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            EXP.append((fn, N, row[2], row[9], row[10]))
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning: 5 av 9 kontroller genomförda, 1 delvis, 1 ej genomförd, 1 utgår, 1 ej rapporterad.")
    ws.cell(r + 2, 1, "Beslutad av kommunstyrelsen 2026-02-11 § 14")
    for col, w in zip("ABCDEFGHI", [6, 18, 45, 28, 20, 14, 22, 55, 30]):
        ws.column_dimensions[col].width = w
    wb.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2 BUN docx (name only in page header)
def file_bun():
    fn = "Uppföljning internkontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document(); fixprops(d)
    sec = d.sections[0]
    sec.orientation = 1; sec.page_width, sec.page_height = sec.page_height, sec.page_width
    hp = sec.header.paragraphs[0]
    hp.text = "Barn- och utbildningsnämnden\tNorrfjärdens kommun\tDnr BUN 2025/112"
    fp = sec.footer.paragraphs[0]; fp.text = "Sida 1"
    d.add_heading("Uppföljning av intern kontroll 2025 – tertial 3 / helår", 1)
    d.add_paragraph("Förvaltningen redovisar här den samlade uppföljningen av nämndens internkontrollplan för 2025. "
                    "Kontrollerna har följts upp per tertial. Kolumnen T3 avser årets sista tertial och utgör "
                    "helårsbedömningen.")
    rows = [
        ("Personal", "Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning", "HR-specialist", "✔", "✔", "✔", "Inga avvikelser i stickproven.", "GENOMFORD", "nej"),
        ("Elevhälsa och närvaro", "Närvarorapportering och hantering av ogiltig frånvaro i grundskolan", "Rektorer", "◐", "◐", "✔", "Två skolor rapporterade ogiltig frånvaro för sent till vårdnadshavare under våren; rutinen är nu åtgärdad.", "GENOMFORD", "ja"),
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt gällande riktlinjer", "Skolskjutssamordnare", "–", "✔", "–", "Kontrollen görs inför höstterminen. 20 beslut granskade, samtliga enligt riktlinjerna.", "GENOMFORD", "nej"),
        ("Elevhälsa och närvaro", "Anmälan av kränkande behandling till huvudman inom fem arbetsdagar", "Verksamhetschef grundskola", "✔", "◐", "◐", "Stickprov visar att 4 av 22 anmälningar kom in efter fem dagar. Uppföljning fortsätter 2026.", "DELVIS", "ja"),
        ("Ekonomi", "Debitering av barnomsorgsavgifter enligt maxtaxan", "Avgiftshandläggare", "✘", "✘", "✘", "Ej genomförd på grund av byte av verksamhetssystem.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Utbetalning av skolpeng till fristående skolor", "Controller", "✔", "✔", "✔", "Avstämt mot elevantal per mätdatum.", "GENOMFORD", "nej"),
        ("Inventarier", "Inventering av elevdatorer", "IT-samordnare", "–", "–", "✘", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Elevhälsa och närvaro", "Uppföljning av extra anpassningar och åtgärdsprogram", "Elevhälsochef", "", "", "", "Se bilaga 2", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for i in range(7):
            cells[i].text = r[i]
        EXP.append((fn, N, r[1], r[7], r[8]))
    d.add_paragraph("")
    d.add_paragraph("Teckenförklaring: ✔ = genomförd   ◐ = pågår/delvis genomförd   ✘ = ej genomförd   – = kontrollen inte planerad för tertialen")
    d.add_paragraph("Norrfjärden 2026-01-22\nMarie Lindqvist, förvaltningschef")
    d.save(fn)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3 Bolag xlsx, sender only in sheet names
GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
def file_bolag():
    fn = "Bolagen_internkontroll_2025.xlsx"
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "bolagscontroller"
    sheets = [
        ("NBAB 2025", "Norrfjärdens Bostads AB", [
            ("Felaktig hyresdebitering", "Hyresavisering och påminnelser enligt rutin", "2×3=6", "2025-11-10", GREEN, "Stickprov 30 avier, inga fel.", "GENOMFORD", "nej"),
            ("Otillåten attest", "Attest av leverantörsfakturor över 50 tkr av VD", "3×3=9", "2025-12-05", YELLOW, "En faktura attesterad av ekonomichef under VD:s semester utan delegation.", "GENOMFORD", "ja"),
            ("Olycksfall", "Besiktning av lekplatser på bostadsområdena", "2×4=8", "2025-06-18", GREEN, "Samtliga 14 lekplatser besiktade.", "GENOMFORD", "nej"),
            ("Eftersatt underhåll", "Kontroll av att underhållsplanen följs", "3×4=12", "", RED, "Underhållsplanen för 2025 har inte uppdaterats, kontrollen kunde inte göras.", "EJ_GENOMFORD", ""),
            ("Förtroendeskada", "Köhantering och lägenhetsfördelning enligt uthyrningspolicyn", "3×4=12", "2025-10-02", YELLOW, "2 av 30 kontrakt avvek från köordningen utan dokumenterat skäl.", "GENOMFORD", "ja"),
            ("Brand", "Systematiskt brandskyddsarbete (SBA) i allmänna utrymmen", "2×4=8", "", GREY, "Hanteras i bolagets egenkontroll.", "UTGAR", ""),
        ]),
        ("Norrfjärden Energi", "Norrfjärden Energi AB", [
            ("Felaktig debitering", "Mätaravläsning och debitering av fjärrvärme", "2×3=6", "2025-09-30", GREEN, "Avläsningar stämda mot debitering, inga avvikelser.", "GENOMFORD", "nej"),
            ("Obehörig åtkomst", "Behörigheter i driftövervakningssystemet (SCADA)", "2×4=8", "2025-10-15", YELLOW, "Tre konton för konsulter som avslutat uppdrag fanns kvar; spärrade i oktober.", "GENOMFORD", "ja"),
            ("Felaktig upphandling", "Efterlevnad av upphandlingsregler (LUF)", "3×3=9", "2025-12-01", GREEN, "", "GENOMFORD", "nej"),
            ("Kundförluster", "Kreditkontroll av nya företagskunder", "2×2=4", "", None, "", "SAKNAS", ""),
            ("Sanktionsavgift", "Rapportering till Energimarknadsinspektionen i tid", "2×3=6", "", RED, "Ansvarig tjänst vakant under hösten.", "EJ_GENOMFORD", ""),
        ]),
    ]
    for title, N, rows in sheets:
        ws = wb.create_sheet(title)
        ws["A1"] = "Internkontroll – uppföljning helår 2025"; ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Bedömning anges med färg:"
        for i, (col, txt) in enumerate([(GREEN, "Genomförd utan avvikelse"), (YELLOW, "Genomförd med avvikelse"),
                                       (RED, "Ej genomförd"), (GREY, "Utgår")]):
            ws.cell(3 + i, 1).fill = PatternFill("solid", fgColor=col)
            ws.cell(3 + i, 2, txt)
        hdr = ["Risk", "Kontrollmoment", "Riskvärde (S×K)", "Genomfört datum", "Bedömning", "Kommentar"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(8, c, h); cell.font = BOLD; cell.border = BORDER
        r = 9
        for row in rows:
            vals = [row[0], row[1], row[2], row[3], None, row[5]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v else None); cell.border = BORDER
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if row[4]:
                ws.cell(r, 5).fill = PatternFill("solid", fgColor=row[4])
            EXP.append((fn, N, row[1], row[6], row[7]))
            r += 1
        ws.cell(r + 1, 1, "Rapporteras till styrelsen och till kommunstyrelsen i samband med årsredovisningen.")
        for col, w in zip("ABCDEF", [22, 50, 15, 15, 12, 55]):
            ws.column_dimensions[col].width = w
        FILES.append((fn, "INLAST", N, "2025", "HELAR"))
    wb.save(fn)

# ---------------------------------------------------------------- 4 Stratsys CSV export, two nämnder, cp1252
def file_stratsys():
    fn = "Stratsys_export_IK_2025-12.csv"
    P = ["Tertial 1 2025", "Tertial 2 2025", "Helår 2025"]
    data = [
        ("Socialförvaltningen", "Socialnämnden", "Barn och unga", "Handläggningstid för utredningar inom barn och unga (fyra månader)", "Enhetschef BoU",
         [("Pågående", "Mätning pågår"), ("Pågående", "7 av 8 inom tid hittills"), ("Klar", "12 av 14 utredningar avslutade inom fyra månader; två överskred pga. hög arbetsbelastning")], "GENOMFORD", "ja"),
        ("Socialförvaltningen", "Socialnämnden", "Ekonomiskt bistånd", "Kontroll av utbetalning av ekonomiskt bistånd mot beslut", "Enhetschef försörjningsstöd",
         [("Klar", "Inga avvikelser"), ("Klar", "Inga avvikelser"), ("Klar", "Inga avvikelser")], "GENOMFORD", "nej"),
        ("Socialförvaltningen", "Socialnämnden", "Funktionsstöd", "Hantering av klientmedel inom boendestöd", "Verksamhetschef funktionsstöd",
         [("Ej påbörjad", ""), ("Pågående", "Inventering startad"), ("Pågående", "Inventering klar på 3 av 5 enheter")], "DELVIS", ""),
        ("Socialförvaltningen", "Socialnämnden", "Kvalitet", "Lex Sarah-rapporter utreds och anmäls inom föreskriven tid", "Kvalitetsutvecklare",
         [("Pågående", ""), ("Klar", "Samtliga sex rapporter utredda inom tid"), ("", "")], "GENOMFORD", "nej"),
        ("Socialförvaltningen", "Socialnämnden", "Äldreomsorg", "Avgiftsdebitering inom hemtjänst", "Avgiftshandläggare",
         [("Ej påbörjad", ""), ("Ej påbörjad", ""), ("Ej påbörjad", "Flyttad till internkontrollplan 2026")], "EJ_GENOMFORD", ""),
        ("Socialförvaltningen", "Socialnämnden", "Äldreomsorg", "Genomförandeplaner inom särskilt boende upprättas inom 14 dagar", "MAS",
         [("Pågående", ""), ("Avbruten", "Avbruten genom beslut SN 2025-09-18 § 112"), ("Avbruten", "")], "UTGAR", ""),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Bygglov", "Handläggningstid för bygglov enligt PBL (tio veckor)", "Bygglovschef",
         [("Pågående", ""), ("Pågående", ""), ("Klar", "Tre ärenden över tio veckor, avgiften reducerad enligt PBL 12 kap. 8 a §")], "GENOMFORD", "ja"),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Ekonomi", "Debitering av planavgift och bygglovstaxa", "Controller",
         [("", ""), ("Klar", "Stickprov 20 ärenden, korrekt"), ("Klar", "Stickprov 20 ärenden, korrekt")], "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Miljö", "Tillsyn av enskilda avlopp enligt tillsynsplan", "Miljöchef",
         [("Pågående", "20 %"), ("Pågående", "41 %"), ("Pågående", "62 % av planerad tillsyn genomförd")], "DELVIS", ""),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Gata/park", "Kontroll av vinterväghållningsentreprenörens fakturor", "Gatuchef",
         [("Klar", ""), ("Klar", ""), ("Klar", "Två fakturor med felaktig timdebitering, krediterade")], "GENOMFORD", "ja"),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Ekonomi", "Attest och kontering av investeringsutgifter", "Controller",
         [("", ""), ("", ""), ("", "")], "SAKNAS", ""),
    ]
    with open(fn, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Rapport: Intern kontroll - uppföljning", "Utskriven 2026-01-15", "Norrfjärdens kommun"])
        w.writerow(["Enhet", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar", "Senast uppdaterad"])
        dates = ["2025-05-06", "2025-09-12", "2026-01-13"]
        for unit, N, area, km, resp, per, st, av in data:
            for (s, c), p, dt in zip(per, P, dates):
                w.writerow([unit, area, km, resp, p, s, c, dt if (s or c) else ""])
            EXP.append((fn, N, km, st, av))
    FILES.append((fn, "INLAST", "Socialnämnden", "2025", "HELAR"))
    FILES.append((fn, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------- 5 Kommunalförbund ODT, name only in footer + file name
def file_rtk():
    fn = "RTK_IKP2025_arsuppfoljning.odt"
    N = "Räddningstjänstförbundet Kustlandet"
    d = docx.Document(); fixprops(d)
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = "Räddningstjänstförbundet Kustlandet · Direktionen · Dnr RTK 2025/14"
    d.add_heading("Årsuppföljning internkontrollplan 2025", 1)
    d.add_paragraph("Direktionen antog internkontrollplanen för 2025 den 12 december 2024. Nedan redovisas utfallet "
                    "för helåret. Statuskoder: J = genomförd, D = delvis genomförd, N = ej genomförd, U = utgår.")
    groups = [
        ("Ekonomi", [
            ("Attestering av fakturor enligt förbundets attestordning", "Stickprov 30 fakturor", "Utan anmärkning.", "J", "GENOMFORD", "nej"),
            ("Kontroll av löneutbetalning till deltidsbrandmän (RiB)", "Stickprov lönelistor okt", "Felaktig OB-ersättning för två personer, rättat i november.", "J", "GENOMFORD", "ja"),
            ("Hantering av kontantkassa vid utbildningsverksamheten", "Kassainventering", "Kassan avvecklades i mars 2025.", "U", "UTGAR", ""),
        ]),
        ("Operativ verksamhet", [
            ("Tillsyn enligt LSO genomförs enligt tillsynsplan", "Uttag ur verksamhetssystemet", "78 av 95 planerade tillsyner genomförda.", "D", "DELVIS", ""),
            ("Underhåll och provning av andningsskydd", "Genomgång av provningsprotokoll", "Samtliga apparater provade enligt schema.", "J", "GENOMFORD", "nej"),
            ("Uppföljning av insatstider mot handlingsprogrammet", "Analys av insatsrapporter", "Ej genomförd – nytt ledningssystem infördes under hösten och data kunde inte tas ut.", "N", "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Arbetstidsregler följs för beredskapspersonal", "Schemagranskning", "Granskat för station Norrfjärden; stationerna Åviken och Storsund kvarstår.", "D", "DELVIS", ""),
        ]),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Kontrollmetod", "Utfall helår", "Status"]):
        t.rows[0].cells[i].text = h
    for g, rows in groups:
        start = len(t.rows)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r[:4]):
                cells[i + 1].text = v
            EXP.append((fn, N, r[0], r[4], r[5]))
        if len(rows) > 1:
            m = t.cell(start, 0).merge(t.cell(len(t.rows) - 1, 0))
            m.text = g
        else:
            t.cell(start, 0).text = g
    d.add_paragraph("")
    d.add_paragraph("Förbundschefen bedömer att den interna kontrollen sammantaget varit tillräcklig.")
    tmp = "/tmp/r390_rtk.docx"; d.save(tmp)
    convert(tmp, "odt", fn); os.remove(tmp)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 6 Gemensam nämnd, free text, .doc
def file_lon():
    fn = "Lönenämnden helårsuppföljning IK 2025.doc"
    N = "Gemensamma lönenämnden"
    d = docx.Document(); fixprops(d)
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", 1)
    d.add_paragraph("Gemensamma lönenämnden för Norrfjärden, Åviken och Storsund")
    d.add_paragraph("Lönecenter Kust har på nämndens uppdrag följt upp de fem kontrollmoment som ingår i "
                    "internkontrollplanen för 2025. Norrfjärdens kommun är värdkommun för nämnden.")
    items = [
        ("Korrekt lön registreras för nyanställda enligt anställningsavtal",
         ["Metod: stickprov om 50 nyanställningar under året.",
          "Resultat: I ett fall var fel lönenivå registrerad. Felet är rättat och efterbetalning gjord.",
          "Bedömning: Genomförd med anmärkning."], "GENOMFORD", "ja"),
        ("Återkrav av felaktigt utbetald lön hanteras enligt rutin",
         ["Delår: Ej påbörjad.",
          "Helår: Delvis genomförd. 7 av 11 ärenden hanterade enligt rutin, 4 saknade beslut om avbetalningsplan. Resterande granskning görs i mars 2026."], "DELVIS", "ja"),
        ("Behörigheter i lönesystemet stäms av mot aktuell befattning",
         ["Avstämning mot HR-registret i september.", "Bedömning: Genomförd utan anmärkning."], "GENOMFORD", "nej"),
        ("Semesterlöneskuld och sparad semester stäms av inför årsbokslutet",
         ["Avstämningen gjordes den 9 januari 2026 och visade inga differenser mot huvudboken."], "GENOMFORD", "nej"),
        ("Utbetalning av arvoden till förtroendevalda sker enligt arvodesreglementet",
         ["Kontrollen har inte genomförts under 2025 eftersom arvodesreglementet revideras i samtliga tre kommuner. Den flyttas till 2026."], "EJ_GENOMFORD", ""),
    ]
    for i, (km, paras, st, av) in enumerate(items, 1):
        d.add_heading(km, 2)
        for p in paras:
            d.add_paragraph(p)
        EXP.append((fn, N, km, st, av))
    d.add_heading("Samlad bedömning", 2)
    d.add_paragraph("Nämnden bedömer att den interna kontrollen är tillräcklig men att rutinen för återkrav behöver stärkas.")
    d.add_paragraph("Åviken 2026-01-28\nPer Sundberg, ordförande")
    tmp = "/tmp/r390_lon.docx"; d.save(tmp)
    convert(tmp, "doc", fn); os.remove(tmp)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7 KFN .xls with tick columns, previous-year column
def file_kfn():
    fn = "KFN_IK_2025.xls"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsförvaltningen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning vid årets slut"
    ws["A3"] = "Markera med X i den kolumn som gäller. Kolumnen 2024 visar föregående års utfall."
    ws.merge_cells("E5:G5"); ws["E5"] = "Uppföljning 2025"; ws["E5"].alignment = Alignment(horizontal="center")
    ws["E5"].font = BOLD
    hdr = ["Kontrollmoment", "Ansvarig", "Riskvärde", "Utfall 2024", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = BOLD; cell.border = BORDER
    rows = [
        ("Bidrag till föreningar betalas ut enligt bidragsreglerna", "Föreningskonsulent", 9, "Genomförd", "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kassahantering i simhallen och på biblioteket", "Enhetschef fritid", 12, "Delvis", "X", "", "", "Kassadifferens på 320 kr i simhallen i juni, utredd.", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Bokningsansvarig", 8, "Genomförd", "", "X", "", "Ishallen och sporthallen kontrollerade, övriga lokaler återstår.", "DELVIS", ""),
        ("Inventering av kommunens konstsamling", "Kultursekreterare", 6, "Ej genomförd", "", "", "X", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Avtalsuppföljning av driftentreprenaden för ishallen", "Fritidschef", 9, "Genomförd", "X", "", "X", "", "OKLAR", ""),
        ("Registerkontroll av ledare i lovverksamheten", "Enhetschef fritidsgårdar", 12, "–", "X", "", "", "", "GENOMFORD", ""),
        ("Hantering av personuppgifter i bokningssystemet", "Bokningsansvarig", 6, "Genomförd", "", "", "", "Ej aktuell 2025 – nytt bokningssystem upphandlas.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v if v != "" else None); cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if 5 <= c <= 7 else None)
        EXP.append((fn, N, row[0], row[8], row[9]))
        r += 1
    ws.cell(r + 1, 1, "Godkänd av kultur- och fritidsnämnden 2026-02-03")
    for col, w in zip("ABCDEFGH", [50, 22, 10, 13, 11, 9, 13, 50]):
        ws.column_dimensions[col].width = w
    tmp = "/tmp/r390_kfn.xlsx"; wb.save(tmp)
    convert(tmp, "xls", fn); os.remove(tmp)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 8 rejected: covering letter
def file_reject():
    fn = "Följebrev IK-uppföljning Kustlandet 2025.docx"
    d = docx.Document(); fixprops(d)
    d.add_paragraph("Räddningstjänstförbundet Kustlandet\nBox 114\n945 31 Norrfjärden")
    d.add_paragraph("2026-02-06")
    d.add_paragraph("Till medlemskommunerna Norrfjärden, Åviken och Storsund")
    d.add_heading("Översändande av uppföljning av internkontrollplan 2025", 2)
    d.add_paragraph("Direktionen beslutade den 5 februari 2026, § 4, att godkänna uppföljningen av förbundets "
                    "internkontrollplan för 2025. Uppföljningen bifogas som separat fil (RTK_IKP2025_arsuppfoljning.odt).")
    d.add_paragraph("Av sju kontrollmoment har tre genomförts, två delvis, ett har inte kunnat genomföras "
                    "och ett har utgått. Direktionen bedömer att den interna kontrollen varit tillräcklig.")
    d.add_paragraph("Frågor besvaras av förbundets ekonom.")
    d.add_paragraph("Med vänlig hälsning\n\nAnna Berglund\nFörbundschef")
    d.save(fn)
    FILES.append((fn, "AVVISAD", "", "", ""))

def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Norrfjärdens Bostads AB", "NBAB|Norrfjärdsbostäder|Bostadsbolaget"),
        ("Norrfjärden Energi AB", "NEAB|Norrfjärden Energi|Energibolaget"),
        ("Räddningstjänstförbundet Kustlandet", "RTK|Kustlandets räddningstjänst|Räddningstjänsten Kustlandet"),
        ("Gemensamma lönenämnden", "Lönenämnden|Gemensam lönenämnd|Lönecenter Kust"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(reg)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)

if __name__ == "__main__":
    file_ks(); file_bun(); file_bolag(); file_stratsys(); file_rtk(); file_lon(); file_kfn(); file_reject()
    registers()
    print(len(FILES), "file rows,", len(EXP), "controls")
