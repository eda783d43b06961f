#!/usr/bin/python3
"""Blind round r402 - Edsbyn kommun, helårsuppföljning internkontroll 2025."""
import csv, datetime, os, shutil, subprocess
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---------------------------------------------------------------- 1. KS xlsx
def file_ks():
    fil = "KS_uppfoljning_internkontroll_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.properties.creator = "Anna Persson"
    ins = wb.active; ins.title = "Instruktion"
    for i, t in enumerate([
        "Instruktion för uppföljning av internkontrollplan",
        "Fyll i kolumnerna Status och Resultat/kommentar på fliken Uppföljning.",
        "Status anges som: Genomförd / Genomförd med anmärkning / Delvis genomförd / Ej genomförd / Utgår.",
        "Uppföljningen lämnas till ekonomiavdelningen senast 2026-01-31."], 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 95
    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Helår (januari–december 2025)"
    ws["A4"] = "Upprättad av: Anna Persson, controller, 2026-01-20"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status", "Resultat/kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78"); cell.border = BOX
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per halvår", "Ekonomichef", "Genomförd",
         "40 fakturor granskade under året. Samtliga korrekt attesterade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av representation och förtroendekänsliga poster", "Samtliga representationsfakturor över 2 000 kr", "Ekonomichef", "Genomförd med anmärkning",
         "3 av 18 fakturor saknade syfte och deltagarförteckning. Påminnelse om riktlinjen skickad till samtliga chefer.", "GENOMFORD", "ja"),
        ("Upphandling", "Avtalstrohet vid inköp – kontroll av köp utanför avtal", "Analys av leverantörsreskontra, inköp över 100 tkr", "Upphandlingschef", "Delvis genomförd",
         "Analys genomförd för januari–juni; två direktupphandlingar över gränsen saknade dokumentation. Andra halvåret ej analyserat p.g.a. byte av analysverktyg.", "DELVIS", "ja"),
        ("Personal", "Kontroll av att avslutade anställningar avregistreras i lönesystemet i tid", "Stickprov 15 avslut", "HR-chef", "Genomförd",
         "En felaktig löneutbetalning efter avslutad anställning upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
        ("IT/informationssäkerhet", "Behörigheter i ekonomisystemet följs upp mot aktuell personal", "Genomgång av behörighetslista", "IT-chef", "Genomförd",
         "Genomgång gjord i oktober. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Dokumenthantering", "Diarieföring av inkommande handlingar sker inom två arbetsdagar", "Stickprov 30 handlingar", "Kommunsekreterare", "Ej genomförd",
         "Kontrollen har inte hunnits med under året. Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("Delegation", "Anmälan av delegationsbeslut till kommunstyrelsen", "Jämförelse delegationslista mot protokoll", "Kommunsekreterare", "Genomförd",
         "Samtliga delegationsbeslut har anmälts.", "GENOMFORD", "nej"),
        ("Säkerhet", "Krisledningsplanen är uppdaterad och övad", "Övning med krisledningsstaben", "Säkerhetssamordnare", "Utgår",
         "Utgår enligt KS beslut 2025-04-08 § 61, ersätts av regional övning 2026.", "UTGAR", ""),
        ("Ekonomi", "Avstämning av balanskonton vid bokslut", "Samtliga balanskonton", "Redovisningsansvarig", None, None, "SAKNAS", ""),
    ]
    r = 7
    for i, (proc, km, met, ans, st, kom, es, ea) in enumerate(rows, 1):
        vals = [i, proc, km, met, ans, st, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, km, es, ea); r += 1
    ws.cell(r + 1, 1, "Sammanfattning: 5 av 9 kontrollmoment genomförda, 1 delvis, 1 ej genomförd, 1 utgår.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [5, 20, 45, 32, 20, 22, 60]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2. BUN docx
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text); run.bold = bold; run.font.size = Pt(9)

def new_doc(author):
    d = docx.Document()
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED
    d.core_properties.author = author; d.core_properties.last_modified_by = author
    d.core_properties.revision = 1
    return d

def file_bun():
    fil = "BUN Uppföljning internkontrollplan 2025 helår.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc("Karin Lund")
    d.add_paragraph("Barn- och utbildningsförvaltningen").runs[0].bold = True
    d.add_paragraph("Dnr BUN 2025/112")
    d.add_heading("Barn- och utbildningsnämndens uppföljning av internkontrollplan 2025 – helår", 1)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 2025-02-18, § 14. "
        "Planen omfattar åtta kontrollmoment inom ekonomi, verksamhet och personal. Nedan redovisas "
        "resultatet av helårsuppföljningen samt de åtgärder som vidtagits eller planeras.")
    d.add_paragraph("Teckenförklaring:  ● Genomförd    ◐ Delvis genomförd/pågår    ○ Ej genomförd    – Utgår")
    hdr = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Status", "Resultat och åtgärder"]
    groups = [
        ("Ekonomi", [
            ("Inköp", "Inköp görs utanför avtal", "Stickprov av inköp av läromedel mot gällande ramavtal", "Ekonom BoU", "●",
             "25 inköp kontrollerade, 2 gjorda utanför avtal (Kyrkbyns skola). Information till rektorer har lämnats.", "GENOMFORD", "ja"),
            ("Interkommunal ersättning", "Felaktig eller utebliven debitering", "Kontroll av att interkommunala ersättningar (IKE) faktureras för samtliga elever från andra kommuner", "Ekonom BoU", "●",
             "Samtliga 34 elever är fakturerade. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Skolskjuts", "Beslut fattas utan stöd i riktlinjer", "Kontroll av att beslut om skolskjuts fattas enligt riktlinjer och delegationsordning", "Skolskjutssamordnare", "◐",
             "Stickprov på 20 av planerade 40 beslut. Inga fel i granskade ärenden. Resterande granskas i januari 2026.", "DELVIS", "nej"),
        ]),
        ("Verksamhet", [
            ("Närvaro", "Elever med hög frånvaro uppmärksammas inte", "Uppföljning av elever med hög frånvaro (över 15 %) och att kontakt tagits med vårdnadshavare", "Rektorer", "●",
             "Rutinen följs på 6 av 7 skolor. På en skola saknades dokumenterad kontakt med vårdnadshavare i 4 ärenden. Åtgärdsplan upprättad.", "GENOMFORD", "ja"),
            ("Kränkande behandling", "Anmälningar utreds inte skyndsamt", "Anmälningar om kränkande behandling anmäls till huvudman och utreds skyndsamt", "Verksamhetschef grundskola", "◐",
             "Kontroll genomförd för vårterminen utan anmärkning. Kontrollen av höstterminen pågår.", "DELVIS", "nej"),
            ("Rekrytering", "Person med olämplig bakgrund anställs", "Kontroll av utdrag ur belastningsregistret vid nyanställning", "HR-specialist", "○",
             "Ej genomförd p.g.a. vakant HR-tjänst under hösten. Kontrollen läggs in i plan 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Arbetsmiljö", "Brister i den fysiska arbetsmiljön upptäcks inte", "Systematiskt arbetsmiljöarbete – skyddsronder genomförda på samtliga enheter", "Förvaltningschef", "–",
             "Utgår ur internkontrollplanen, följs upp i den årliga SAM-uppföljningen.", "UTGAR", ""),
            ("Lön", "Felaktiga löneutbetalningar", "Kontroll av att timanställda vikarier rapporteras och attesteras i rätt månad", "Enhetschefer", "●",
             "Stickprov 30 tidrapporter; 3 var attesterade efter lönekörning och betalades ut en månad för sent.", "GENOMFORD", "ja"),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=6); t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.cell(0, c), h, bold=True)
    r = 1
    for gname, items in groups:
        m = t.cell(r, 0).merge(t.cell(r, 5)); set_cell(m, gname, bold=True); r += 1
        for (proc, risk, km, ans, st, res, es, ea) in items:
            for c, v in enumerate([proc, risk, km, ans, st, res]):
                set_cell(t.cell(r, c), v)
            exp(fil, N, km, es, ea); r += 1
    d.add_paragraph("")
    d.add_paragraph("Förvaltningens bedömning är att den interna kontrollen i huvudsak fungerar, men att rutinerna "
                    "kring frånvarouppföljning och tidrapportering behöver förstärkas.")
    d.add_paragraph("Edsbyn 2026-01-28")
    d.add_paragraph("Karin Lund\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3. SN xls
def file_sn():
    fil = "Socialförvaltningen IK 2025 helår.xls"
    N = "Socialnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on; align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin; pattern: pattern solid, fore_colour gray25")
    title = xlwt.easyxf("font: bold on, height 280")
    wrap = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Socialförvaltningen – Internkontrollplan 2025, uppföljning", title)
    ws.write(1, 0, "Redovisas för Socialnämnden 2026-02-10. Statusalternativ: Utförd / Utförd med avvikelse / Pågår / Ej utförd / Utgår")
    ws.write_merge(3, 4, 0, 0, "Nr", bold)
    ws.write_merge(3, 4, 1, 1, "Kontrollmoment", bold)
    ws.write_merge(3, 4, 2, 2, "Metod", bold)
    ws.write_merge(3, 4, 3, 3, "Frekvens", bold)
    ws.write_merge(3, 4, 4, 4, "Ansvarig", bold)
    ws.write_merge(3, 3, 5, 6, "Delår (jan–aug)", bold)
    ws.write_merge(3, 3, 7, 8, "Helår", bold)
    for c, h in zip(range(5, 9), ["Status", "Kommentar", "Status", "Kommentar"]):
        ws.write(4, c, h, bold)
    rows = [
        ("Utbetalning av försörjningsstöd sker enligt beslut", "Stickprov 25 ärenden per halvår", "Halvår", "Enhetschef försörjningsstöd",
         "Utförd", "Inga avvikelser.", "Utförd med avvikelse", "2 av 25 ärenden hade dubbelutbetalning. Återkrav har gjorts.", "GENOMFORD", "ja"),
        ("Orosanmälningar förhandsbedöms inom 14 dagar", "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef barn och unga",
         "Utförd", "91 % inom tid.", "Utförd", "88 % inom tid under året, brister under semesterperioden. Bemanningen ses över.", "GENOMFORD", "ja"),
        ("Kontroll av loggar i verksamhetssystemet Treserva", "Slumpvis loggkontroll", "Halvår", "Systemförvaltare",
         "Pågår", "", "Utförd", "Loggkontroll av 40 användare. Ingen otillbörlig åtkomst upptäcktes.", "GENOMFORD", "nej"),
        ("Revidering av rutin för hot och våld", "Rutin revideras och tas upp på APT", "En gång", "Förvaltningschef",
         "Utförd", "Rutinen reviderad och antagen i april, genomgången på APT i maj.", "", "", "GENOMFORD", "nej"),
        ("Uppföljning av placeringskostnader HVB mot avtal", "Jämförelse faktura mot avtal", "Halvår", "Controller",
         "Pågår", "", "Pågår", "Avtalsuppföljning klar för 3 av 5 leverantörer.", "DELVIS", ""),
        ("Kontroll att utredningstiden för barnavårdsutredningar inte överstiger fyra månader", "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef barn och unga",
         "Utförd", "Samtliga utredningar inom tid.", "Ej utförd", "Ej genomförd under hösten p.g.a. hög personalomsättning.", "EJ_GENOMFORD", ""),
        ("Kontroll av att beslut om ekonomiskt bistånd är fattade av behörig delegat", "Stickprov 20 beslut", "Helår", "Enhetschef försörjningsstöd",
         "", "", "", "Kontrollen har inte genomförts under 2025.", "EJ_GENOMFORD", ""),
        ("Uppföljning av avtalstrohet vid köp av konsulttjänster", "Genomgång leverantörsreskontra", "Helår", "Controller",
         "Ej utförd", "Planeras till hösten.", "Utförd", "Inga köp utanför avtal.", "GENOMFORD", "nej"),
        ("Kontroll av handkassor inom boendestöd", "Inventering av kassor", "Halvår", "Enhetschef boendestöd",
         "Utförd", "Inga differenser.", "Utförd", "Inventering av 6 handkassor. Differens på 120 kr på en enhet, utredd.", "GENOMFORD", "ja"),
        ("Kontroll av tolkfakturor mot bokade tolkuppdrag", "Stickprov 15 fakturor", "Halvår", "Administratör",
         "Ej utförd", "", "Utgår", "Ny upphandling av tolktjänst; kontrollen utgår enligt beslut SN 2025-09-16 § 88.", "UTGAR", ""),
    ]
    for i, row in enumerate(rows):
        r = 5 + i
        km = row[0]
        vals = [i + 1] + list(row[:8])
        for c, v in enumerate(vals):
            ws.write(r, c, v, wrap)
        exp(fil, N, km, row[8], row[9])
    ws.write(5 + len(rows) + 1, 0, "Ansvarig för sammanställning: Lena Berg, kvalitetsutvecklare")
    for c, w in enumerate([5, 45, 28, 10, 24, 12, 35, 18, 45]):
        ws.col(c).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4. VON ods (built as xlsx, converted)
def file_von(build):
    fil = "VON_internkontroll_2025_arsuppfoljning.ods"
    N = "Vård- och omsorgsnämnden"
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    ws = wb.active; ws.title = "Uppföljning helår"
    ws["A1"] = "Vård- och omsorgsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontroll 2025 – Helår"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Sammanställd av kvalitetsenheten 2026-01-22"
    ws["F1"] = "Färgförklaring"; ws["F1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / påbörjad"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår / ej aktuell")]):
        ws.cell(2 + i, 6).fill = PatternFill("solid", fgColor=col); ws.cell(2 + i, 6).border = BOX
        ws.cell(2 + i, 7, txt)
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T2", "Status helår", "Avvikelse noterad", "Kommentar/åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(8, c, h); cell.font = Font(bold=True); cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True)
    rows = [
        ("Läkemedel", "Kontroll av läkemedelshantering och signeringslistor i hemtjänsten", "Egenkontroll i fyra hemtjänstgrupper", "MAS",
         YELLOW, GREEN, "Nej", "Samtliga fyra grupper kontrollerade, signeringslistorna kompletta.", "GENOMFORD", "nej"),
        ("Avgifter", "Avgiftsdebitering för hemtjänst stämmer med beviljade och utförda timmar", "Stickprov 20 brukare", "Avgiftshandläggare",
         GREEN, GREEN, "Ja", "3 av 20 brukare felaktigt debiterade. Fakturorna har rättats.", "GENOMFORD", "ja"),
        ("Boende", "Kontroll av att hyresavtal och omvårdnadsavgift finns för samtliga på särskilt boende", "Genomgång per boende", "Enhetschefer SÄBO",
         RED, YELLOW, "Nej", "Kontroll gjord på Ekbacken och Solgården, återstår Lillbo.", "DELVIS", "nej"),
        ("Bemanning", "Kontroll av att timanställda har genomgått introduktion före första arbetspass", "Stickprov i bemanningssystemet", "Bemanningschef",
         None, RED, "", "Ej genomförd – resursbrist hos bemanningsenheten.", "EJ_GENOMFORD", ""),
        ("Dokumentation", "Genomförandeplaner är upprättade inom 14 dagar från verkställt beslut", "Uttag ur verksamhetssystemet", "Verksamhetschef",
         GREEN, GREEN, "Ja", "82 % upprättade inom 14 dagar. Åtgärd: påminnelse på APT och ny checklista.", "GENOMFORD", "ja"),
        ("Inköp", "Beställning av förbrukningsmaterial sker via e-handel", "Jämförelse e-handel mot leverantörsreskontra", "Ekonom",
         None, GREY, "", "Ej aktuell – ny e-handelsplattform införs 2026.", "UTGAR", ""),
        ("Personal", "Kontroll av utdrag ur belastningsregistret vid anställning inom LSS", "Genomgång av personalakter", "HR-konsult",
         GREEN, GREEN, "Nej", "12 nyanställningar, utdrag fanns för samtliga.", "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Avvikelser inom hälso- och sjukvård rapporteras och utreds enligt rutin", "Genomgång i avvikelsesystemet", "MAS",
         YELLOW, None, "", "", "DELVIS", ""),
        ("Ekonomi", "Attest av fakturor från externa utförare (LOV)", "Stickprov 10 fakturor", "Controller",
         None, GREEN, "Nej", "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    for i, (omr, km, met, ans, t2, hel, avv, kom, es, ea) in enumerate(rows):
        r = 9 + i
        for c, v in enumerate([omr, km, met, ans, None, None, avv, kom], 1):
            cell = ws.cell(r, c, v); cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if t2: ws.cell(r, 5).fill = PatternFill("solid", fgColor=t2)
        if hel: ws.cell(r, 6).fill = PatternFill("solid", fgColor=hel)
        exp(fil, N, km, es, ea)
    for col, w in zip("ABCDEFGH", [18, 48, 32, 18, 11, 11, 12, 55]):
        ws.column_dimensions[col].width = w
    tmp = os.path.join(build, "VON_internkontroll_2025_arsuppfoljning.xlsx")
    wb.save(tmp)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round402",
                    "--convert-to", "ods", "--outdir", HERE, tmp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 5. KFN docx, text only
def file_kfn():
    fil = "Kultur- och fritidsnämnden - Uppföljning av intern kontroll 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = new_doc("Per Ek")
    d.add_heading("Uppföljning av intern kontroll 2025", 0)
    d.add_paragraph("Kultur- och fritidsnämnden – årsuppföljning (helår 2025)")
    d.add_heading("Inledning", 1)
    d.add_paragraph(
        "Nämnden har enligt kommunallagen ansvar för att den interna kontrollen är tillräcklig. "
        "Internkontrollplanen för 2025 antogs av kultur- och fritidsnämnden 2025-03-12, § 22, och innehåller sex "
        "kontrollmoment. Nedan redovisas hur respektive kontroll har genomförts, resultatet och förvaltningens bedömning.")
    d.add_heading("Redovisning per kontrollmoment", 1)
    items = [
        ("Avstämning av dagskassor i Edsbyns simhall",
         "Så här har vi kontrollerat: Dagskassan har stämts av mot kassasystemet vid ett slumpvis valt tillfälle per månad.",
         "Resultat: 12 avstämningar har gjorts. I juli fanns en differens på 350 kr som har utretts och rapporterats till ekonomiavdelningen.",
         "Bedömning: Genomförd.", "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt riktlinjer och beslut",
         "Så här har vi kontrollerat: Stickprov på 15 utbetalda bidrag jämfört med beslut och riktlinjer.",
         "Resultat: Samtliga utbetalningar överensstämde med fattade beslut.",
         "Bedömning: Genomförd, inga avvikelser.", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler faktureras korrekt",
         "Så här har vi kontrollerat: Bokningar i bokningssystemet har jämförts med utställda fakturor.",
         "Resultat: Kontrollen har hittills bara omfattat Folkets hus, där 2 av 40 bokningar inte hade fakturerats. Sporthallen återstår.",
         "Bedömning: Delvis genomförd.", "DELVIS", "ja"),
        ("Inventering av utlånad utrustning (fritidsbanken och musikskolans instrument)",
         "Så här har vi kontrollerat: Inventering mot utlåningsregister.",
         "Resultat: Se bilaga 2, Inventeringsrapport musikskolan.",
         "Bedömning: Se bilaga 2.", "OKLAR", ""),
        ("Kontroll av att biblioteket följer rutin för gallring av personuppgifter i lånesystemet",
         "Så här har vi kontrollerat: –",
         "Resultat: Kontrollen har skjutits upp till 2026 eftersom ett nytt bibliotekssystem införs under våren.",
         "Bedömning: Ej genomförd.", "EJ_GENOMFORD", ""),
        ("Kontroll av ledarförteckningar vid LOK-stöd",
         "Så här har vi kontrollerat: Stickprov på tio föreningars ansökningar om lokalt aktivitetsstöd.",
         "Resultat: Samtliga granskade ansökningar hade närvarokort och ledarförteckning. Kontrollen är därmed genomförd utan anmärkning.",
         None, "GENOMFORD", "nej"),
    ]
    for (km, how, res, bed, es, ea) in items:
        d.add_heading(km, 2)
        d.add_paragraph(how); d.add_paragraph(res)
        if bed: d.add_paragraph(bed)
        exp(fil, N, km, es, ea)
    d.add_heading("Sammanfattande bedömning", 1)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen är tillräcklig. Kontrollen av lokaluthyrning "
                    "slutförs under första kvartalet 2026 och gallringskontrollen förs över till 2026 års plan.")
    d.add_paragraph("Edsbyn 2026-01-26")
    d.add_paragraph("Per Ek, förvaltningschef, Kultur- och fritidsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 6. Stratsys CSV, two nämnder
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-12.csv"
    SBN, MBN = "Samhällsbyggnadsnämnden", "Miljö- och byggnämnden"
    hdr = ["Enhet", "Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Period", "Status", "Kommentar"]
    ctrls = [
        (SBN, "Gata/park", "Kontroll av att vinterväghållningsentreprenörens fakturor stämmer mot körjournaler", "Gatuchef",
         [("Klar", "Inga avvikelser januari–april."), ("Klar", ""),
          ("Klar", "Stickprov november–december: en faktura med felaktig timdebitering,\nkreditfaktura har erhållits.")], "GENOMFORD", "ja"),
        (SBN, "Fastighet", "Uppföljning av att planerat underhåll genomförs enligt underhållsplan", "Fastighetschef",
         [("Pågående", ""), ("Pågående", "45 % av planerade åtgärder utförda."), ("Pågående", "68 % av planerade åtgärder utförda, resten flyttas till 2026.")], "DELVIS", ""),
        (SBN, "VA", "Kontroll av att anslutningsavgifter debiteras vid nybyggnation", "VA-chef",
         [("Ej påbörjad", "Görs vid årets slut."), ("Ej påbörjad", ""), ("Klar", "Samtliga 14 nya anslutningar är debiterade.")], "GENOMFORD", "nej"),
        (SBN, "Parkering", "Kontroll av parkeringsintäkter mot betalautomater", "Enhetschef trafik",
         [("Klar", "Inga differenser."), ("Utgår", "Avbruten genom beslut SBN 2025-06-11 § 72, parkeringsövervakningen överförd till extern aktör."), ("Utgår", "")], "UTGAR", ""),
        (SBN, "Mark och exploatering", "Arrendeavgifter faktureras enligt avtal", "Mark- och exploateringsingenjör",
         [("Ej angiven", ""), ("Ej angiven", ""), ("Ej angiven", "")], "SAKNAS", ""),
        (MBN, "Bygglov", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Bygglovschef",
         [("Klar", "97 % inom tid."), ("Klar", "95 % inom tid."), ("Klar", "96 % inom lagstadgad tid under året. 5 ärenden överskred tiden och avgiften reducerades.")], "GENOMFORD", "ja"),
        (MBN, "Miljö", "Tillsynsavgifter enligt miljöbalken debiteras enligt taxa", "Miljöchef",
         [("Ej påbörjad", ""), ("Ej påbörjad", ""), ("Klar", "Stickprov 20 ärenden, inga fel.")], "GENOMFORD", "nej"),
        (MBN, "Delegation", "Uppföljning av jäv och delegation vid beslut om sanktionsavgifter", "Förvaltningschef",
         [("Ej påbörjad", ""), ("Pågående", ""), ("Pågående", "Genomgång av ärenden januari–september klar, inga avvikelser. Oktober–december pågår.")], "DELVIS", "nej"),
        (MBN, "Arkiv", "Diarieföring och arkivering av bygglovsärenden i e-arkiv", "Registrator",
         [("Ej påbörjad", ""), ("Ej påbörjad", ""), ("Ej påbörjad", "Skjuts till 2026 i väntan på nytt e-arkiv.")], "EJ_GENOMFORD", ""),
    ]
    periods = ["Tertial 1 2025", "Tertial 2 2025", "Helår 2025"]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for (enh, omr, km, ans, per, es, ea) in ctrls:
            for p, (st, kom) in zip(periods, per):
                w.writerow([enh, omr, km, ans, p, st, kom])
            exp(fil, enh, km, es, ea)
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))

# ---------------------------------------------------------------- 7. TN xlsx, ticks, nämnd only in print header / file name
def file_tn():
    fil = "TN_IKP_2025_T3.xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    ws = wb.active; ws.title = "IKP 2025"
    ws.oddHeader.center.text = "Tekniska nämnden – Internkontrollplan 2025"
    ws.oddHeader.right.text = "Uppföljning T3"
    ws.oddFooter.left.text = "Tekniska förvaltningen, Edsbyns kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per tertial. Markera: X = utförd, P = påbörjad/delvis, – = ej utförd. Avvikelse anges J/N."
    hdr = ["Process", "Kontrollmoment", "Risk (S×K)", "Ansvarig", "Frekvens", "T1", "T2", "T3", "Avvikelse J/N", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = Font(bold=True); cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    rows = [
        ("Renhållning", "Kontroll att renhållningstaxan debiteras rätt för fritidshus", 9, "Avgiftshandläggare", "1 ggr/år",
         "", "", "X", "N", "", "GENOMFORD", "nej"),
        ("Fordon", "Körjournaler för kommunens fordon förs och stäms av mot drivmedelskort", 12, "Fordonssamordnare", "Tertial",
         "X", "X", "X", "J", "Två drivmedelskort användes utan körjournal under T2. Utrett och åtgärdat.", "GENOMFORD", "ja"),
        ("Kost", "Kontroll av livsmedelsinköp mot avtal (avtalstrohet)", 8, "Kostchef", "Tertial",
         "X", "X", "X", "N", "OK", "GENOMFORD", "nej"),
        ("Gata", "Kontroll av att schaktanmälan och återställning följs upp", 6, "Gatuchef", "Halvår",
         "", "X", "P", "", "Höstens uppföljning påbörjad, 12 av 30 schakter kontrollerade.", "DELVIS", ""),
        ("Lokalvård", "Kontroll att lokalvårdsentreprenör utför städning enligt avtal (kvalitetsronder)", 12, "Fastighetschef", "Tertial",
         "X", "X", "X", "J", "Brister på två skolor i T3, vite har utdelats.", "GENOMFORD", "ja"),
        ("Säkerhet", "Kontroll av nyckel- och passerkortsregister", 8, "Driftchef", "1 ggr/år",
         "", "", "–", "", "Ej utförd, nytt passersystem installeras 2026.", "EJ_GENOMFORD", ""),
        ("VA", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", 16, "VA-chef", "Tertial",
         "X", "X", "X", "N", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av attesträtter i e-handelssystemet", 6, "Controller", "1 ggr/år",
         "", "", "", "", "", "SAKNAS", ""),
        ("Fastighet", "Uppföljning av felanmälningar i fastighetssystemet inom 5 arbetsdagar", 4, "Driftchef", "Tertial",
         "X", "X", "X", "", "Se separat rapport till nämnden.", "GENOMFORD", ""),
    ]
    for i, row in enumerate(rows):
        r = 5 + i
        for c, v in enumerate(row[:10], 1):
            cell = ws.cell(r, c, v if v != "" else None); cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if 6 <= c <= 9 else None)
        exp(fil, N, row[1], row[10], row[11])
    ws.cell(5 + len(rows) + 1, 1, "Godkänd av förvaltningschef Mats Olsson 2026-01-19")
    for col, w in zip("ABCDEFGHIJ", [14, 50, 9, 20, 10, 5, 5, 5, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "4:4"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 8. rejected: covering letter
def file_reject():
    fil = "Följebrev IK helår 2025 Socialnämnden.docx"
    d = new_doc("Lena Berg")
    d.add_paragraph("Edsbyns kommun\nSocialförvaltningen")
    d.add_paragraph("2026-02-11")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningskontoret")
    d.add_heading("Följebrev – helårsuppföljning av internkontrollplan 2025", 1)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för helåret 2025. "
        "Uppföljningen behandlades av nämnden 2026-02-10, § 12, och nämnden beslutade att godkänna redovisningen "
        "och överlämna den till kommunstyrelsen.")
    d.add_paragraph("Bifogade handlingar:")
    d.add_paragraph("Socialförvaltningen IK 2025 helår.xls", style="List Bullet")
    d.add_paragraph("Protokollsutdrag SN 2026-02-10 § 12", style="List Bullet")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nLena Berg\nKvalitetsutvecklare, Socialförvaltningen\nlena.berg@edsbyn.se")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- register + CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Edsbyns Bostäder AB", "Edsbyns Bostäder|EBAB"),
]

def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so the build is byte-deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def main():
    build = os.path.join(HERE, "_build")
    os.makedirs(build, exist_ok=True)
    file_ks(); file_bun(); file_sn(); file_von(build); file_kfn(); file_stratsys(); file_tn(); file_reject()
    shutil.rmtree(build, ignore_errors=True)
    for fil, *_ in FILES:
        if fil.endswith((".xlsx", ".docx")) and os.path.exists(fil):
            normalize_zip(fil)
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER: f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")

if __name__ == "__main__":
    main()
