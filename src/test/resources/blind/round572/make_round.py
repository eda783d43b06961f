#!/usr/bin/python3
# Round 572 - Borgholms kommun, helår 2025 + antagna internkontrollplaner 2026.
import csv, datetime, os, shutil, subprocess, tempfile

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)
BOLD = Font(bold=True)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "green": PatternFill("solid", fgColor="92D050"),
    "yellow": PatternFill("solid", fgColor="FFEB84"),
    "red": PatternFill("solid", fgColor="FF7C80"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="DDEBF7"),
}

files_rows = []     # fil;utfall;nämnd;år;period
expected_rows = []  # fil;nämnd;kontrollmoment;status;avvikelse


def out(name):
    return os.path.join(HERE, name)


def new_wb():
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Borgholms kommun"
    return wb


def put(ws, r, c, v, **kw):
    cell = ws.cell(row=r, column=c, value=v)
    if isinstance(v, str) and v.startswith("="):
        cell.data_type = "s"
    for k, val in kw.items():
        setattr(cell, k, val)
    return cell


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def new_doc(landscape=False):
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Borgholms kommun"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(1.5)
    return d


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - antagen internkontrollplan 2026 (xlsx, no follow-up)
# ---------------------------------------------------------------------------
def f_ks_plan():
    name = "Internkontrollplan 2026 Kommunstyrelsen - antagen KS 2025-12-09.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "IKP 2026"
    put(ws, 1, 1, "Borgholms kommun", font=Font(bold=True, size=9))
    put(ws, 2, 1, "Internkontrollplan 2026 – Kommunstyrelsen", font=Font(bold=True, size=14))
    put(ws, 3, 1, "Antagen av kommunstyrelsen 2025-12-09 § 212, Dnr KS 2025/318")
    put(ws, 4, 1, "Riskvärde = sannolikhet × konsekvens (skala 1–4). Kontroller med riskvärde 8 eller högre ingår i planen.")
    hdr = ["Process/rutin", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras till KS"]
    for c, h in enumerate(hdr, 1):
        put(ws, 6, c, h, font=BOLD, fill=FILL["head"], border=BOX, alignment=WRAP)
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar till leverantörer", 3, 4,
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor", "Två gånger per år",
         "Ekonomichef", "Delår, Helår"),
        ("Ekonomi", "Obehöriga ändringar i leverantörsregistret (bedrägeri)", 2, 4,
         "Kontroll av ändringar av bankgiro/plusgiro i leverantörsregistret", "Logglista ur ekonomisystemet",
         "Kvartalsvis", "Redovisningsansvarig", "Delår, Helår"),
        ("Upphandling", "Inköp utanför avtal", 3, 3,
         "Kontroll av avtalstrohet vid inköp över 100 tkr", "Analys av inköpsstatistik", "Årligen",
         "Upphandlingssamordnare", "Helår"),
        ("Personal", "Felaktiga löneutbetalningar", 2, 4,
         "Kontroll av att löneutbetalningar till avslutade anställningar upphör", "Avstämning mot avslutslista",
         "Kvartalsvis", "Lönechef", "Delår, Helår"),
        ("Informationssäkerhet", "Obehörig åtkomst till verksamhetssystem", 3, 3,
         "Kontroll av behörigheter i ekonomi- och personalsystem vid avslutad anställning",
         "Stickprov 20 avslutade", "Två gånger per år", "IT-chef", "Delår, Helår"),
        ("Dataskydd", "Personuppgifter behandlas utan registrering", 2, 4,
         "Kontroll av att personuppgiftsbehandlingar är förtecknade i registret", "Genomgång med dataskyddsombud",
         "Årligen", "Kanslichef", "Helår"),
        ("Nämndadministration", "Beslut fattas utan stöd i delegationsordningen", 2, 3,
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Stickprov per förvaltning",
         "Två gånger per år", "Kanslichef", "Delår, Helår"),
        ("Krisberedskap", "Bristande förmåga vid samhällsstörning", 2, 4,
         "Kontroll av att reservkraft vid kommunhuset provkörs enligt plan", "Genomgång av driftjournal",
         "Årligen", "Säkerhetssamordnare", "Helår"),
    ]
    r = 7
    for p, risk, s, k, km, met, frek, ans, rap in rows:
        vals = [p, risk, s, k, s * k, km, met, frek, ans, rap]
        for c, v in enumerate(vals, 1):
            put(ws, r, c, v, border=BOX, alignment=WRAP)
        r += 1
    put(ws, r + 1, 1, "Uppföljning av planen redovisas i delårsrapport och årsredovisning 2026.")
    widths(ws, [18, 30, 11, 11, 10, 46, 28, 16, 20, 16])
    ws.print_title_rows = "6:6"
    wb.save(out(name))
    files_rows.append((name, "INLAST", "Kommunstyrelsen", "2026", ""))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - antagen internkontrollplan 2026 (docx, no follow-up)
# ---------------------------------------------------------------------------
def f_sn_plan():
    name = "SN Internkontrollplan 2026 antagen.docx"
    d = new_doc(landscape=True)
    d.sections[0].header.paragraphs[0].text = "Borgholms kommun – Socialförvaltningen"
    d.add_heading("Internkontrollplan 2026 för socialnämnden", level=1)
    d.add_paragraph("Antagen av socialnämnden 2025-12-17, § 145. Dnr SN 2025/201.")
    d.add_paragraph(
        "Planen bygger på förvaltningens risk- och väsentlighetsanalys hösten 2025. "
        "Uppföljning sker i samband med delårsrapport per augusti och i verksamhetsberättelsen för 2026. "
        "Kontroller som inte genomfördes under 2025 har förts över till denna plan.")
    hdr = ["Process/rutin", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Rapportering"]
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Kontroll av utbetalt ekonomiskt bistånd mot beslut i verksamhetssystemet", "Stickprov 40 ärenden",
         "Enhetschef IFO", "Delår och helår"),
        ("Dokumentation", "Obehörig åtkomst till journaler",
         "Loggkontroll i verksamhetssystemet (obehörig åtkomst till journaler)", "Slumpvis urval 30 loggar/månad",
         "Systemförvaltare", "Delår och helår"),
        ("Barn och unga", "Barn far illa när orosanmälningar inte hanteras i tid",
         "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Uttag ur verksamhetssystemet",
         "Enhetschef barn och familj", "Delår och helår"),
        ("Hemtjänst", "Insatser utförs inte enligt beslut",
         "Uppföljning av att genomförandeplaner upprättas inom 14 dagar inom hemtjänsten",
         "Stickprov i samtliga hemtjänstgrupper", "Enhetschefer hemtjänst", "Helår"),
        ("Hälso- och sjukvård", "Felaktig läkemedelshantering",
         "Kontroll av signeringslistor för läkemedel på särskilda boenden", "Stickprov två veckor per boende",
         "MAS", "Helår"),
        ("Kvalitet", "Missförhållanden rapporteras inte",
         "Kontroll av att lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga rapporter", "Kvalitetsutvecklare", "Delår och helår"),
        ("Personal", "Bemanning med ej behörig personal",
         "Kontroll av att timvikarier har genomgått introduktion innan första pass", "Stickprov 20 vikarier",
         "HR-konsult", "Helår"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Maria Engström\nSocialchef")
    d.save(out(name))
    files_rows.append((name, "INLAST", "Socialnämnden", "2026", ""))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - uppföljning 2025, ett blad per kvartal (last sheet decides)
# ---------------------------------------------------------------------------
def f_sn_quarters():
    name = "SN uppföljning internkontroll 2025 per kvartal.xlsx"
    fil_namnd = "Socialnämnden"
    # (process, kontrollmoment, ansvarig, [Q1,Q2,Q3,Q4 status], [Q1..Q4 avvikelse], Q4 comment,
    #  expected status, expected avvikelse)
    ctrls = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         ["Pågår", "Pågår", "Pågår", "Genomförd"], ["", "", "", "Nej"],
         "Stickprov 40 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll av utbetalt ekonomiskt bistånd mot beslut i Procapita", "Enhetschef IFO",
         ["Ej påbörjad", "Pågår", "Pågår", "Genomförd"], ["", "", "Ja", "Ja"],
         "2 av 40 granskade utbetalningar saknade underliggande beslut. Rutin förtydligad, utbildning i december.",
         "GENOMFORD", "ja"),
        ("Hemtjänst", "Uppföljning av att genomförandeplaner upprättas inom 14 dagar inom hemtjänsten",
         "Enhetschefer hemtjänst",
         ["Ej påbörjad", "Ej påbörjad", "Pågår", "Pågår"], ["", "", "", "Nej"],
         "Stickprov gjort i två av fyra hemtjänstgrupper (Borgholm, Löttorp). Färjestaden och Rälla kvar.",
         "DELVIS", "nej"),
        ("Kvalitet", "Kontroll av att lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Kvalitetsutvecklare",
         ["Genomförd", "Genomförd", "Genomförd", "Genomförd"], ["Nej", "Nej", "Nej", "Nej"],
         "11 rapporter under året, samtliga utredda. 2 anmälda till IVO inom tid.", "GENOMFORD", "nej"),
        ("Barn och unga", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Enhetschef barn och familj",
         ["Genomförd", "Genomförd", "Genomförd", "Genomförd"], ["Nej", "Ja", "Nej", "Ja"],
         "Under Q4 överskreds 14 dagar i 5 av 62 anmälningar p.g.a. hög arbetsbelastning.", "GENOMFORD", "ja"),
        ("Dokumentation", "Loggkontroll i verksamhetssystemet (obehörig åtkomst till journaler)", "Systemförvaltare",
         ["Ej påbörjad", "Ej påbörjad", "Ej påbörjad", "Ej genomförd"], ["", "", "", ""],
         "Ej genomförd – skjuts till 2026 p.g.a. byte av verksamhetssystem. Ingår i plan 2026.",
         "EJ_GENOMFORD", ""),
        ("Hälso- och sjukvård",
         "Kontroll av att läkemedelshantering på särskilda boenden följer rutin (stickprov signeringslistor)", "MAS",
         ["Ej påbörjad", "Genomförd", "Genomförd", "Genomförd"], ["", "Nej", "Nej", "Nej"],
         "Stickprov på Ekbacka, Kungsgården och Solberga. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Avgifter", "Uppföljning av avgiftsbeslut inom äldreomsorgen (maxtaxa)", "Avgiftshandläggare",
         ["Ej påbörjad", "Utgår", "Utgår", "Utgår"], ["", "", "", ""],
         "Utgår – kontrollen ingår i kommunstyrelsens granskning av debiteringar 2025 (SN 2025-04-16 § 52).",
         "UTGAR", ""),
        ("Nämndadministration", "Kontroll av att delegationsbeslut anmäls till nämnd", "Nämndsekreterare",
         ["Pågår", "Pågår", "Pågår", ""], ["", "", "", ""],
         "Samtliga delegationsbeslut har anmälts löpande under året, inga brister noterade.", "GENOMFORD", "nej"),
        ("Fordon", "Kontroll av att körjournaler förs för verksamhetens bilar", "Enhetschef LSS",
         ["Ej påbörjad", "Ej påbörjad", "Pågår", "Genomförd"], ["", "", "", "Ja"],
         "Körjournal saknades för två av elva bilar under oktober. Påminnelse skickad till samtliga enheter.",
         "GENOMFORD", "ja"),
    ]
    early_comments = {
        0: ["Första stickprov planeras i april.", "Halva stickprovet klart.", "Återstår 10 fakturor.", None],
    }
    wb = new_wb()
    wb.remove(wb.active)
    labels = ["Kvartal 1", "Kvartal 2", "Kvartal 3", "Kvartal 4"]
    dates = ["2025-04-15", "2025-07-10", "2025-10-14", "2026-01-22"]
    for q in range(4):
        ws = wb.create_sheet(labels[q])
        put(ws, 1, 1, "Socialnämnden – uppföljning av internkontrollplan 2025", font=Font(bold=True, size=13))
        sub = labels[q] + (" (helår)" if q == 3 else "")
        put(ws, 2, 1, sub + f" – avrapporterat {dates[q]}", font=BOLD)
        put(ws, 3, 1, "Status anges med: Genomförd / Pågår / Ej påbörjad / Ej genomförd / Utgår")
        hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Avvikelse (Ja/Nej)", "Kommentar"]
        for c, h in enumerate(hdr, 1):
            put(ws, 5, c, h, font=BOLD, fill=FILL["head"], border=BOX, alignment=WRAP)
        for i, ct in enumerate(ctrls):
            proc, km, ans, sts, avs, com4 = ct[0], ct[1], ct[2], ct[3], ct[4], ct[5]
            r = 6 + i
            if q == 3:
                com = com4
            else:
                com = early_comments.get(i, [None] * 4)[q]
                if com is None:
                    com = {"Pågår": "Arbete pågår.", "Ej påbörjad": "", "Genomförd": "Klar för perioden.",
                           "Utgår": "Utgår enligt nämndbeslut."}.get(sts[q], "")
            vals = [i + 1, proc, km, ans, sts[q], avs[q], com]
            for c, v in enumerate(vals, 1):
                put(ws, r, c, v if v != "" else None, border=BOX, alignment=WRAP)
        widths(ws, [5, 18, 50, 20, 14, 12, 60])
        if q == 3:
            put(ws, 6 + len(ctrls) + 2, 1, "Godkänd av socialchef Maria Engström 2026-01-22")
    wb.active = 3
    wb.save(out(name))
    files_rows.append((name, "INLAST", fil_namnd, "2025", "HELAR"))
    for ct in ctrls:
        expected_rows.append((name, fil_namnd, ct[1], ct[6], ct[7]))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - Word, landscape table, Genomförd/Brister Ja/Nej
# ---------------------------------------------------------------------------
def f_sbn_word():
    name = "Uppföljning intern kontroll helår 2025 SBN.docx"
    fil_namnd = "Samhällsbyggnadsnämnden"
    d = new_doc(landscape=True)
    d.sections[0].header.paragraphs[0].text = "Borgholms kommun\tSamhällsbyggnadsförvaltningen\tDnr SBN 2025/34"
    d.add_heading("Uppföljning av intern kontroll 2025 – helårsrapport", level=1)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Samhällsbyggnadsnämnden")
    d.add_paragraph(
        "Samhällsbyggnadsnämnden antog internkontrollplanen för 2025 den 2025-02-19, § 12. "
        "Nedan redovisas resultatet av årets kontroller. Kolumnen Genomförd anger om kontrollen utförts, "
        "kolumnen Brister om kontrollen visat på fel eller brister.")
    hdr = ["Risk", "Kontrollmoment", "Genomförd (Ja/Nej)", "Brister (Ja/Nej)", "Åtgärd"]
    # risk, kontrollmoment, genomförd, brister, åtgärd, exp status, exp avv
    rows = [
        ("Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", "Ja", "Nej",
         "Inga åtgärder krävs.", "GENOMFORD", "nej"),
        ("Bygglov handläggs inte inom lagstadgad tid",
         "Kontroll av handläggningstid för bygglov (10 veckor) – stickprov 20 ärenden", "Ja", "Ja",
         "3 ärenden överskred tiden utan beslut om förlängning. Rutinen för tidsförlängning ses över under 2026.",
         "GENOMFORD", "ja"),
        ("Bristande underhåll av kommunens fastigheter",
         "Uppföljning av att planerat underhåll enligt underhållsplanen utförts", "Nej", "–",
         "Ej genomförd p.g.a. vakant tjänst som fastighetsförvaltare. Kontrollen flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("Felaktig debitering av VA-avgifter",
         "Kontroll av att VA-taxa debiteras korrekt för nyanslutna fastigheter", "Delvis", "Nej",
         "Stickprov gjort för första halvåret utan anmärkning. Andra halvåret kontrolleras i februari 2026.",
         "DELVIS", "nej"),
        ("Inköp utanför avtal", "Kontroll av att inköp sker från upphandlade leverantörer", "Ja", "Ja",
         "Inköp av entreprenadtjänster utanför avtal har upptäckts (ca 340 tkr). "
         "Utbildning för beställare genomförd i oktober.", "GENOMFORD", "ja"),
        ("Olyckor på lekplatser", "Besiktning av kommunala lekplatser enligt SS-EN 1176", "Ja", "Nej",
         "Samtliga 14 lekplatser besiktigade i maj.", "GENOMFORD", "nej"),
        ("Felaktig redovisning av hamnavgifter",
         "Kontroll av att hamnavgifter i gästhamnarna redovisas och att kassan stäms av", "", "",
         "Kontrollen utgår enligt beslut i SBN 2025-04-23 § 38, då driften av gästhamnarna överförts till "
         "Borgholm Energi AB.", "UTGAR", ""),
        ("Bristande vinterväghållning",
         "Kontroll av att entreprenörens snöröjning följer avtalade utryckningstider", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Beslut utan stöd i delegationsordningen",
         "Kontroll av att delegationsbeslut anmäls till nämnden", "Se bilaga 2", "", "",
         "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:5]):
            cells[i].text = v
    wcm = [5.0, 7.5, 2.6, 2.4, 9.0]
    for row in t.rows:
        for i, w in enumerate(wcm):
            row.cells[i].width = Cm(w)
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Förteckning över anmälda delegationsbeslut 2025 (separat dokument).")
    d.add_paragraph("Borgholm 2026-01-28\n\nAnna Lindqvist\nFörvaltningschef, Samhällsbyggnadsförvaltningen")
    d.save(out(name))
    files_rows.append((name, "INLAST", fil_namnd, "2025", "HELAR"))
    for row in rows:
        expected_rows.append((name, fil_namnd, row[1], row[5], row[6]))


# ---------------------------------------------------------------------------
# 5. Utbildningsnämnden - Excel, bold area headings, numbering 1.1, 1.2 ..., symbol legend
# ---------------------------------------------------------------------------
def f_un_headings():
    name = "Utbildningsnämnden IKP uppföljning helår 2025.xlsx"
    fil_namnd = "Utbildningsnämnden"
    sym = {"G": ("✔", "green"), "D": ("◑", "yellow"), "E": ("✘", "red"), "U": ("–", "grey")}
    groups = [
        ("1 Ekonomi och inköp", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Ekonomichef",
             "G", "Nej", "", "GENOMFORD", "nej"),
            ("1.2", "Kontroll av att representation följer kommunens riktlinjer", "Genomgång av samtliga",
             "Controller", "G", "Ja", "Två fakturor saknade deltagarförteckning och syfte.", "GENOMFORD", "ja"),
            ("1.3", "Uppföljning av skolskjutsavtal – fakturerade körningar mot beställda", "Avstämning per månad",
             "Skolskjutssamordnare", "D", "Nej", "Vårterminen avstämd. Höstterminen kontrolleras i februari 2026.",
             "DELVIS", "nej"),
        ]),
        ("2 Personal", [
            ("2.1", "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
             "Stickprov 30 anställningar", "HR-konsult", "G", "Ja", "1 av 30 saknades, åtgärdat i september.",
             "GENOMFORD", "ja"),
            ("2.2", "Uppföljning av att sjukfrånvaro över 14 dagar följs upp med rehabiliteringsplan",
             "Uttag ur Heroma", "Rektorer", "E", "",
             "Ej genomförd, prioriterades bort under hösten p.g.a. rektorsbyte.", "EJ_GENOMFORD", ""),
            ("2.3", "Kontroll av timanställdas tidrapportering i Heroma", "Stickprov 2 månader", "Lönehandläggare",
             "G", "Nej", "", "GENOMFORD", "nej"),
        ]),
        ("3 Verksamhet", [
            ("3.1", "Kontroll av att anmälningar om kränkande behandling utreds skyndsamt",
             "Genomgång av anmälningar", "Verksamhetschef grundskola", "G", "Ja",
             "Utredning påbörjades senare än 5 dagar efter anmälan i 4 fall.", "GENOMFORD", "ja"),
            ("3.2", "Kontroll av att beslut om åtgärdsprogram dokumenteras",
             "Stickprov per skola", "Elevhälsochef", "D", "Nej",
             "Kontrollerat på Slottsskolan och Viktoriaskolan, Åkerboskolan återstår.", "DELVIS", "nej"),
            ("3.3", "Uppföljning av elevfrånvaro – rutin för kontakt med vårdnadshavare",
             "Uttag ur Skola24", "Rektorer", "U", "",
             "Utgår – ersätts av nationell frånvarorapportering från ht 2025.", "UTGAR", ""),
            ("3.4", "Kontroll av att placering i förskola sker enligt köregler", "Stickprov 20 placeringar",
             "Placeringsassistent", "G", "Nej", "Samtliga placeringar enligt kö.", "GENOMFORD", "nej"),
        ]),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "Helår 2025"
    put(ws, 1, 1, "Borgholms kommun – Utbildningsnämnden", font=Font(bold=True, size=13))
    put(ws, 2, 1, "Uppföljning av internkontrollplan 2025, helår", font=Font(bold=True, size=11))
    put(ws, 3, 1, "Teckenförklaring:  ✔ = Genomförd   ◑ = Delvis genomförd   ✘ = Ej genomförd   – = Utgår",
        font=Font(italic=True))
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        put(ws, 5, c, h, font=BOLD, fill=FILL["head"], border=BOX)
    r = 6
    counts = {"G": 0, "D": 0, "E": 0, "U": 0}
    for gname, items in groups:
        put(ws, r, 1, gname, font=Font(bold=True, size=11))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for it in items:
            nr, km, met, ans, st, av, com, es, ea = it
            counts[st] += 1
            vals = [nr, km, met, ans, sym[st][0], av, com]
            for c, v in enumerate(vals, 1):
                put(ws, r, c, v if v != "" else None, border=BOX, alignment=WRAP)
            ws.cell(row=r, column=5).fill = FILL[sym[st][1]]
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
            expected_rows.append((name, fil_namnd, km, es, ea))
            r += 1
    r += 1
    put(ws, r, 1, f"Summa: {sum(counts.values())} kontroller – {counts['G']} genomförda, {counts['D']} delvis, "
                  f"{counts['E']} ej genomförd, {counts['U']} utgår", font=BOLD)
    put(ws, r + 2, 1, "Upprättad av: Karin Holm, förvaltningscontroller, 2026-01-20")
    widths(ws, [6, 52, 24, 24, 8, 11, 55])
    wb.save(out(name))
    files_rows.append((name, "INLAST", fil_namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Two nämnder on two sheets: KFN + MBN (delår and helår status columns side by side)
# ---------------------------------------------------------------------------
def f_kfn_mbn():
    name = "Internkontroll 2025 helår KFN och MBN.xlsx"
    sheets = [
        ("KFN", "Kultur- och fritidsnämnden", [
            ("Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna", "Stickprov 15 ansökningar",
             "Påbörjad", "Klar", "Ja", "En förening fick dubbelt aktivitetsstöd, beloppet återkrävt.",
             "GENOMFORD", "ja"),
            ("Kassahantering", "Kontroll av att kassaredovisning på biblioteken stäms av månatligen",
             "Avstämning mot bokföring", "Klar", "Klar", "Nej", "", "GENOMFORD", "nej"),
            ("Avtal", "Uppföljning av hyresavtal för idrottsanläggningar", "Genomgång av avtal",
             "Ej påbörjad", "Påbörjad", "Nej", "Hälften av avtalen genomgångna, resten under våren 2026.",
             "DELVIS", "nej"),
            ("Barn och unga", "Kontroll av att ledare i barn- och ungdomsverksamhet har lämnat registerutdrag",
             "Stickprov 10 föreningar", "Ej påbörjad", "Ej påbörjad", "",
             "Ej genomförd p.g.a. resursbrist. Förs över till 2026.", "EJ_GENOMFORD", ""),
            ("Tillgångar", "Inventering av konstsamlingen", "Fysisk inventering", "Påbörjad", "Klar", "Ja",
             "Tre verk kunde inte lokaliseras, polisanmälan gjord.", "GENOMFORD", "ja"),
            ("Säkerhet", "Kontroll av provtagning av badvatten vid kommunala badplatser", "Genomgång av provsvar",
             "Klar", "", "Nej", "Provtagning klar under badsäsongen, inga anmärkningar.", "GENOMFORD", "nej"),
        ]),
        ("MBN", "Miljö- och byggnadsnämnden", [
            ("Avgifter", "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Stickprov 20 fakturor",
             "Klar", "Klar", "Nej", "", "GENOMFORD", "nej"),
            ("Handläggning", "Kontroll av handläggningstid för anmälan om installation av värmepump",
             "Uttag ur ärendesystemet", "Påbörjad", "Klar", "Ja",
             "Medelhandläggningstid 6 veckor mot målet 4 veckor.", "GENOMFORD", "ja"),
            ("Tillsyn", "Uppföljning av att tillsynsplanen för livsmedelskontroll följs", "Avstämning mot plan",
             "Påbörjad", "Påbörjad", "Ja", "78 % av planerade kontroller utförda vid årets slut.", "DELVIS", "ja"),
            ("Nämndadministration", "Kontroll av att delegationsbeslut anmäls till nämnden",
             "Stickprov 25 beslut", "Klar", "Klar", "Nej", "", "GENOMFORD", "nej"),
            ("Strandskydd", "Kontroll av att beslut om strandskyddsdispens skickas till länsstyrelsen",
             "Genomgång av beslut", "Utgår", "Utgår", "",
             "Utgår enligt MBN 2025-03-12 § 21, länsstyrelsen har egen uppföljning.", "UTGAR", ""),
            ("Avgifter", "Kontroll av avgifter för tillsyn av enskilda avlopp", "Stickprov",
             "Ej påbörjad", "Ej påbörjad", "", "Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
        ]),
    ]
    wb = new_wb()
    wb.remove(wb.active)
    for title, full, ctrls in sheets:
        ws = wb.create_sheet(title)
        ws.oddHeader.center.text = full + " – internkontroll 2025"
        put(ws, 1, 1, full, font=Font(bold=True, size=13))
        put(ws, 2, 1, "Uppföljning internkontrollplan 2025 – helår", font=BOLD)
        put(ws, 3, 1, "Status: Klar / Påbörjad / Ej påbörjad / Utgår")
        hdr = ["Område", "Kontrollmoment", "Metod", "Status delår 2025", "Status helår 2025", "Avvikelse",
               "Kommentar helår"]
        for c, h in enumerate(hdr, 1):
            put(ws, 5, c, h, font=BOLD, fill=FILL["head"], border=BOX, alignment=WRAP)
        for i, ct in enumerate(ctrls):
            for c, v in enumerate(ct[:7], 1):
                put(ws, 6 + i, c, v if v != "" else None, border=BOX, alignment=WRAP)
            expected_rows.append((name, full, ct[1], ct[7], ct[8]))
        put(ws, 6 + len(ctrls) + 1, 1, "Kultur- och fritidsförvaltningen / Miljö- och byggförvaltningen, 2026-01-26")
        widths(ws, [18, 52, 24, 14, 14, 11, 55])
        files_rows.append((name, "INLAST", full, "2025", "HELAR"))
    wb.save(out(name))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - Stratsys CSV export, UTF-8 BOM, comma separator, two periods
# ---------------------------------------------------------------------------
def f_ofn_csv():
    name = "stratsys_export_internkontroll_2025.csv"
    fil_namnd = "Överförmyndarnämnden"
    org = "Överförmyndarnämnden"
    ctrls = [
        ("Granskning", "Granskning av årsräkningar – stickprov på arvoden till gode män, förvaltare",
         ("Pågående", "", "Hälften granskade."),
         ("Genomförd", "Nej", "Stickprov 25 årsräkningar, arvoden korrekt beräknade."), "GENOMFORD", "nej"),
        ("Granskning", "Kontroll av att förteckningar inkommer inom två månader",
         ("Genomförd", "Ja", "3 förteckningar försenade."),
         ("Genomförd med anmärkning", "Ja", "Totalt 7 förteckningar inkom för sent, påminnelser och vite."),
         "GENOMFORD", "ja"),
        ("Tillgångar", "Kontroll av att överförmyndarspärrade konton är spärrade hos banken",
         ("Ej påbörjad", "", ""),
         ("Pågående", "Nej", "Svar från två av fyra banker, inga fel hittills."), "DELVIS", "nej"),
        ("Ställföreträdare", "Kontroll av att nya gode män har utdrag ur belastningsregistret",
         ("Ej aktuell", "", "Görs inom länsgemensam rekrytering, se Kalmar."),
         ("Ej aktuell", "", "Kontrollen utförs av den gemensamma överförmyndarenheten."), "UTGAR", ""),
        ("Ärendehantering", "Uppföljning av att ärenden i Wärna är korrekt registrerade",
         ("Pågående", "", ""),
         ("", "Nej", "Genomförd i november, samtliga 30 kontrollerade ärenden korrekt registrerade."),
         "GENOMFORD", "nej"),
    ]
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar",
           "Ansvarig", "Senast uppdaterad"]
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for area, km, dl, hl, es, ea in ctrls:
            w.writerow([org, area, km, "Delår 2025", dl[0], dl[1], dl[2], "Handläggare ÖFN", "2025-09-08"])
            w.writerow([org, area, km, "Helår 2025", hl[0], hl[1], hl[2], "Handläggare ÖFN", "2026-01-19"])
            expected_rows.append((name, fil_namnd, km, es, ea))
    files_rows.append((name, "INLAST", fil_namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Borgholm Energi AB - simple .ods (built as xlsx, converted with LibreOffice)
# ---------------------------------------------------------------------------
def f_beab_ods(tmp):
    name = "Borgholm Energi AB internkontroll 2025.ods"
    fil_namnd = "Borgholm Energi AB"
    rows = [
        ("Avstämning av VA-intäkter mot debiteringssystemet", "Ja", "Ingen avvikelse.", "GENOMFORD", "nej"),
        ("Kontroll av ändringar av bankgironummer i leverantörsregistret", "Ja",
         "En otillåten ändring upptäcktes och stoppades före utbetalning. Polisanmälan gjord.", "GENOMFORD", "ja"),
        ("Kontroll av att avfallstaxan tillämpas korrekt vid debitering av fritidshus", "Ja",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Uppföljning av driftstörningar vid vattenverken och rapportering till miljöförvaltningen", "Delvis",
         "Rapportering för oktober–december återstår.", "DELVIS", ""),
        ("Kontroll av att upphandlingar över direktupphandlingsgränsen annonseras", "Nej",
         "Ej utförd, ny upphandlare tillträder januari 2026.", "EJ_GENOMFORD", ""),
        ("Inventering av förråd vid Borgholms reningsverk", "Ja", "Inventering utförd, inga differenser.",
         "GENOMFORD", "nej"),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "IK 2025"
    put(ws, 1, 1, "Borgholm Energi AB – Intern kontroll 2025", font=Font(bold=True, size=13))
    put(ws, 2, 1, "Rapport till styrelsen, helår")
    for c, h in enumerate(["Kontroll", "Utförd", "Resultat"], 1):
        put(ws, 4, c, h, font=BOLD, border=BOX)
    for i, (km, u, res, es, ea) in enumerate(rows):
        put(ws, 5 + i, 1, km, border=BOX, alignment=WRAP)
        put(ws, 5 + i, 2, u, border=BOX)
        put(ws, 5 + i, 3, res, border=BOX, alignment=WRAP)
        expected_rows.append((name, fil_namnd, km, es, ea))
    widths(ws, [60, 10, 60])
    src = os.path.join(tmp, "beab.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round572",
                    "--convert-to", "ods", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(tmp, "beab.ods"), out(name))
    files_rows.append((name, "INLAST", fil_namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Rejected: a .docx that is really a plain text file
# ---------------------------------------------------------------------------
def f_reject():
    name = "Valnämnden uppföljning internkontroll 2025.docx"
    txt = ("Till ekonomiavdelningen\r\n\r\n"
           "Valnämnden har under 2025 inte haft någon egen internkontrollplan. "
           "Nämnden återkommer med plan inför valåret 2026.\r\n\r\n"
           "Med vänlig hälsning\r\nLena Ståhl, valsamordnare\r\n")
    with open(out(name), "wb") as f:
        f.write(txt.encode("cp1252"))
    files_rows.append((name, "AVVISAD", "", "", ""))


def f_registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Utbildningsnämnden", "UN|Utbildningsförvaltningen|Barn- och utbildning"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Borgholm Energi AB", "BEAB|Borgholm Energi"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in files_rows:
            f.write(";".join(r) + "\n")
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in expected_rows:
            assert not any(";" in x or "\n" in x for x in r), r
            f.write(";".join(r) + "\n")


def main():
    tmp = tempfile.mkdtemp(prefix="r572-")
    try:
        f_ks_plan()
        f_sn_plan()
        f_sn_quarters()
        f_sbn_word()
        f_un_headings()
        f_kfn_mbn()
        f_ofn_csv()
        f_beab_ods(tmp)
        f_reject()
        f_registers()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
