#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r596 - Ängelholm kommun, helår 2025 (nämnder, bolag, förbund)."""
import csv, os, shutil, subprocess, tempfile, datetime

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round596"

files_rows = []      # fil;utfall;nämnd;år;period
exp_rows = []        # fil;nämnd;kontrollmoment;status;avvikelse


def exp(fil, namnd, km, status, avv):
    exp_rows.append([fil, namnd, km, status, avv])


def normalize_zip(path):
    """Rewrite a zip container with fixed entry timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 9, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            z.writestr(ni, data)


def core_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.last_modified_by = author


def wb_props(wb, author):
    wb.properties.creator = author
    wb.properties.created = datetime.datetime(2026, 1, 19, 8, 42, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 19, 8, 42, 0)


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---------------------------------------------------------------------------
# 1. Hypergene-like export, three nämnder, Grön/Gul/Röd/Grå + comment
# ---------------------------------------------------------------------------
F1 = "Hypergene_IK_uppfoljning_helar_2025.xlsx"


def make_hypergene():
    wb = openpyxl.Workbook()
    wb_props(wb, "Hypergene Export")
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Hypergene – Rapport: Intern kontroll, uppföljning kontrollmoment"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: 2025-12 (Helår)"
    ws["A3"] = "Urval: Kommunstyrelsen; Samhällsbyggnadsnämnden; Socialnämnden"
    ws["A4"] = "Utskriven 2026-01-19 08:42 av Ekonomiavdelningen"
    ws["A4"].font = Font(italic=True, color="666666")
    hdr = ["Organisation", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig",
           "Frekvens", "Status", "Kommentar"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in range(1, len(hdr) + 1):
        cell = ws.cell(hr, c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
    fills = {"Grön": "63BE7B", "Gul": "FFEB84", "Röd": "F8696B", "Grå": "BFBFBF"}

    KS, SBN, SN = "Kommunstyrelsen", "Samhällsbyggnadsnämnden", "Socialnämnden"
    rows = [
        # org, process, risk, kontrollmoment, ansvarig, frekvens, status, kommentar, (exp status, avv)
        (KS, "Inköp och upphandling", "Köp utanför avtal",
         "Stickprov av 30 inköp för att kontrollera att ramavtal följs",
         "Upphandlingschef", "Två gånger per år", "Grön",
         "Kontrollen genomförd i juni och november. 4 av 30 inköp gjordes utanför avtal (konsulttjänster). "
         "Återkoppling till berörda chefer har skett.",
         ("GENOMFORD", "ja")),
        ("", "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Redovisningschef", "Tertialvis", "Grön",
         "Genomförd. Inga avvikelser noterade.",
         ("GENOMFORD", "nej")),
        ("", "Ekonomi", "Förtroendeskadliga utgifter",
         "Kontroll av representation och förtroendekänsliga poster",
         "Ekonomichef", "Helår", "Gul",
         "Stickprov för jan–aug genomfört, stickprov för sep–dec pågår och redovisas i T1 2026.",
         ("DELVIS", "")),
        ("", "IT och informationssäkerhet", "Obehörig åtkomst",
         "Behörighetsuppföljning i ekonomisystemet Raindance",
         "IT-chef", "Årligen", "Röd",
         "Ej genomförd under 2025 på grund av systembyte. Flyttas till internkontrollplan 2026.",
         ("EJ_GENOMFORD", "")),
        ("", "Personal", "Felaktig lön",
         "Kontroll av att avslutade anställningar avregistreras i lönesystemet i tid",
         "HR-chef", "Tertialvis", "",
         "Kontrollen har genomförts varje tertial. Två fall av för sent avslut noterades, felaktigt utbetald lön har återkrävts.",
         ("GENOMFORD", "ja")),

        (SBN, "Bygglov", "Handläggningstider överskrids",
         "Kontroll av att bygglov beslutas inom lagstadgad tid (10 veckor)",
         "Bygglovschef", "Tertialvis", "Gul",
         "Delvis genomförd: kontroll gjord för T1 och T2. 7 % av ärendena överskred tidsfristen, avgiftsreduktion har gjorts.",
         ("DELVIS", "ja")),
        ("", "Gata/park", "Bristande underhåll",
         "Uppföljning av att felanmälningar i Infracontrol åtgärdas inom avtalad tid",
         "Driftchef gata/park", "Halvår", "Grön",
         "Genomförd utan anmärkning.",
         ("GENOMFORD", "nej")),
        ("", "Exploatering", "Felaktig fakturering",
         "Kontroll av att exploateringsavtal faktureras enligt avtalade tidpunkter",
         "Exploateringschef", "Årligen", "Grå",
         "Ej aktuell 2025 – inga exploateringsavtal med fakturering under året.",
         ("UTGAR", "")),
        ("", "Kart och mät", "Intäktsbortfall",
         "Avstämning av att nybyggnadskartor debiteras",
         "Enhetschef kart och mät", "Årligen", "",
         "",
         ("SAKNAS", "")),

        (SN, "Myndighetsutövning IFO", "Rättsosäker handläggning",
         "Kontroll av att utredningar inom barn och unga slutförs inom fyra månader",
         "Enhetschef barn och unga", "Tertialvis", "Röd",
         "Kontrollen är genomförd. 38 % av utredningarna överskred fyra månader p.g.a. personalomsättning. "
         "Åtgärdsplan beslutad i november.",
         ("GENOMFORD", "ja")),
        ("", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Stickprov på utbetalningar av ekonomiskt bistånd mot beslut",
         "Enhetschef försörjningsstöd", "Tertialvis", "Grön",
         "40 ärenden granskade, samtliga korrekta.",
         ("GENOMFORD", "nej")),
        ("", "Vård och omsorg", "Avvikelser ej hanteras",
         "Kontroll av att avvikelser enligt SoL och HSL hanteras och återkopplas inom 14 dagar",
         "MAS / SAS", "Halvår", "Gul",
         "Pågår. Genomgång av andra halvåret blir klar i februari 2026.",
         ("DELVIS", "")),
        ("", "Vård och omsorg", "Brister i läkemedelshantering",
         "Läkemedelsgenomgång på särskilda boenden enligt rutin",
         "MAS", "Årligen", "",
         "Kontrollen har inte kunnat genomföras under året då MAS-tjänsten varit vakant.",
         ("EJ_GENOMFORD", "")),
        ("", "Ledning", "Bristande dokumenthantering",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Tertialvis", "Grön",
         "Genomförd.",
         ("GENOMFORD", "")),
    ]
    cur = None
    for r in rows:
        org = r[0]
        if org:
            cur = org
        ws.append(list(r[:8]))
        rr = ws.max_row
        for c in range(1, 9):
            ws.cell(rr, c).border = BORDER
            ws.cell(rr, c).alignment = Alignment(wrap_text=True, vertical="top")
        if r[6]:
            ws.cell(rr, 7).fill = PatternFill("solid", fgColor=fills[r[6]])
        exp(F1, cur, r[3], r[8][0], r[8][1])
    ws.append([])
    ws.append(["Statusförklaring:"])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for col, txt in (("Grön", "Grön = Kontrollen genomförd"),
                     ("Gul", "Gul = Kontrollen delvis genomförd / pågår"),
                     ("Röd", "Röd = Kontrollen ej genomförd eller allvarliga brister"),
                     ("Grå", "Grå = Ej aktuell / utgår")):
        ws.append([txt])
        ws.cell(ws.max_row, 1).fill = PatternFill("solid", fgColor=fills[col])
    widths = [24, 24, 26, 55, 22, 16, 10, 70]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, F1))
    for n in (KS, SBN, SN):
        files_rows.append([F1, "INLAST", n, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 2. Bolag: Ängelholmshem AB, Word report, one table per process
# ---------------------------------------------------------------------------
F2 = "Ängelholmshem AB - Rapport intern kontroll 2025.docx"


def make_angelholmshem():
    d = docx.Document()
    core_props(d, "Rapport intern kontroll 2025", "Ängelholmshem AB")
    d.add_heading("Rapport intern kontroll 2025", level=0)
    d.add_paragraph("Ängelholmshem AB\nTill styrelsen, sammanträde 2026-02-10\nDnr ÄH 2025/41")
    d.add_heading("Inledning", level=1)
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 den 12 december 2024. "
        "Denna rapport redovisar utfallet av årets kontroller per process. Bedömningen anges som "
        "”Utan anmärkning”, ”Med anmärkning”, ”Pågår” eller ”Ej genomförd”. Kontroller med anmärkning "
        "har åtgärdsförslag i kolumnen Resultat.")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat 2025", "Bedömning"]
    N = "Ängelholmshem AB"
    processes = [
        ("Process 1: Uthyrning och hyresadministration", [
            ("Kontroll att lägenheter fördelas enligt bolagets uthyrningspolicy",
             "Stickprov 15 kontrakt", "Uthyrningschef",
             "15 kontrakt granskade. Samtliga fördelade enligt kölistan.", "Utan anmärkning",
             ("GENOMFORD", "nej")),
            ("Uppföljning av hyresfordringar och inkassoärenden",
             "Månadsvis avstämning", "Ekonomichef",
             "Avstämning sker löpande. Två fordringar äldre än 90 dagar saknade påminnelse, rutinen har förtydligats.",
             "Med anmärkning", ("GENOMFORD", "ja")),
            ("Hyresavisering stäms av mot hyreslista efter årlig hyresjustering",
             "Avstämning i februari", "Hyresadministratör",
             "Genomförd efter hyresförhandlingen 2025.", "Utan anmärkning", ("GENOMFORD", "nej")),
        ], None),
        ("Process 2: Underhåll och investeringar", [
            ("Kontroll att underhållsplanens åtgärder genomförs enligt budget",
             "Uppföljning per tertial", "Fastighetschef",
             "Uppföljningen av årets åtgärder pågår, slutavstämning görs i samband med bokslutet.",
             "Pågår", ("DELVIS", "")),
            ("Kontroll av att ÄTA-arbeten godkänns skriftligt innan de utförs",
             "Genomgång av samtliga ÄTA i projekt Nyhem", "Projektchef",
             "3 av 11 ÄTA-arbeten saknade skriftligt godkännande före utförande.",
             "Med anmärkning", ("GENOMFORD", "ja")),
        ], "Sammantagen bedömning för processen: rutinerna för ÄTA behöver stärkas, utbildning av projektledare genomförs våren 2026."),
        ("Process 3: Inköp", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor per halvår", "Redovisningsansvarig",
             "50 fakturor kontrollerade, samtliga korrekt attesterade.", "Utan anmärkning",
             ("GENOMFORD", "nej")),
            ("Kontroll att direktupphandlingar över 100 000 kr dokumenteras",
             "Genomgång av leverantörsreskontra", "Inköpssamordnare",
             "Kontrollen har inte genomförts under 2025 på grund av sjukskrivning. Flyttas till 2026.",
             "Ej genomförd", ("EJ_GENOMFORD", "")),
        ], None),
        ("Process 4: IT och GDPR", [
            ("Behörigheter i fastighetssystemet Vitec gås igenom och avslutade användare tas bort",
             "Årlig genomgång", "IT-samordnare",
             "Genomförd i oktober. 6 konton för tidigare anställda fanns kvar och har avslutats.",
             "Med anmärkning", ("GENOMFORD", "ja")),
            ("Registerförteckning enligt GDPR uppdateras",
             "Årlig genomgång", "Dataskyddsombud",
             "", "", ("SAKNAS", "")),
        ], None),
    ]
    for title, rows, summary in processes:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            for p in t.rows[0].cells[i].paragraphs:
                for rn in p.runs:
                    rn.bold = True
        for r in rows:
            cells = t.add_row().cells
            for i in range(5):
                cells[i].text = r[i]
            exp(F2, N, r[0], r[5][0], r[5][1])
        if summary:
            cells = t.add_row().cells
            m = cells[0].merge(cells[4])
            m.text = summary
            for p in m.paragraphs:
                for rn in p.runs:
                    rn.italic = True
    d.add_heading("Sammanfattning", level=1)
    d.add_paragraph(
        "Av årets nio kontrollmoment har sex genomförts, varav tre med anmärkning. En kontroll pågår och en har "
        "inte genomförts. Uppdatering av registerförteckningen rapporteras separat till styrelsen.")
    d.add_paragraph("Ängelholm 2026-01-28\n\nMaria Lindqvist\nVD, Ängelholmshem AB")
    d.save(os.path.join(HERE, F2))
    files_rows.append([F2, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 3. Förbund: Räddningstjänsten Skåne Nordväst, .ods with T1/T2/T3 symbols
# ---------------------------------------------------------------------------
F3 = "RSNV_uppfoljning_internkontroll_T3_2025.ods"


def make_rsnv(tmpdir):
    wb = openpyxl.Workbook()
    wb_props(wb, "RSNV Ekonomi")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Räddningstjänsten Skåne Nordväst"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 3 (helår)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Till direktionen 2026-02-05"
    ws["A5"] = "Teckenförklaring: ✔ = genomförd   ◐ = påbörjad/delvis genomförd   ✘ = ej genomförd   – = ingen kontroll planerad under tertialet"
    ws["A5"].font = Font(italic=True)
    ws.merge_cells("A5:I5")
    hdr = ["Nr", "Område", "Kontrollmoment", "Metod", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in range(1, 10):
        ws.cell(hr, c).font = Font(bold=True)
        ws.cell(hr, c).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.cell(hr, c).border = BORDER
    N = "Räddningstjänsten Skåne Nordväst"
    rows = [
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor/tertial",
         "Controller", "✔", "✔", "✔", "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("1.2", "Ekonomi", "Avstämning av avgifter för automatiska brandlarm (onödiga larm) mot fakturering",
         "Avstämning larmlista mot kundreskontra", "Ekonomichef", "✔", "✘", "✔",
         "T2 ej utförd p.g.a. semester, ikapp i T3. 5 onödiga larm hade inte fakturerats, har nu fakturerats.",
         ("GENOMFORD", "ja")),
        ("1.3", "Ekonomi", "Kontroll av förtroendekänsliga poster (representation, resor)", "Genomgång av samtliga poster",
         "Förbundsdirektör", "–", "–", "◐", "Representationen kontrollerad, resor återstår.", ("DELVIS", "")),
        ("2.1", "Personal", "Kontroll av att deltidsbrandpersonalens beredskapsersättning stämmer mot schema",
         "Stickprov 2 stationer/tertial", "HR-strateg", "✔", "✔", "✘",
         "T3 ej genomförd – ny schemaläggning infördes i oktober.", ("EJ_GENOMFORD", "")),
        ("2.2", "Personal", "Uppföljning av att obligatoriska övningstimmar (rökdykning) uppfylls",
         "Uttag ur övningsdatabasen", "Utbildningsansvarig", "◐", "◐", "✔",
         "Samtliga rökdykare uppfyllde kravet vid årets slut.", ("GENOMFORD", "nej")),
        ("3.1", "Tillsyn LSO", "Tillsyner enligt LSO genomförs enligt tillsynsplanen",
         "Jämförelse plan/utfall", "Enhetschef förebyggande", "◐", "◐", "◐",
         "87 % av planerade tillsyner genomförda 2025.", ("DELVIS", "")),
        ("3.2", "Tillsyn LSO", "Beslut om föreläggande expedieras inom 2 veckor",
         "Stickprov 10 ärenden", "Enhetschef förebyggande", "✔", "–", "–",
         "Årlig kontroll, utförd i april.", ("GENOMFORD", "")),
        ("4.1", "Fordon och materiel", "Kontroll av att besiktning av höjdfordon sker enligt plan",
         "Genomgång av besiktningsprotokoll", "Fordonsansvarig", "", "", "Utgår",
         "Utgår enligt direktionens beslut 2025-06-12 § 31, ansvaret övergått till fordonsleverantören.",
         ("UTGAR", "")),
        ("4.2", "Fordon och materiel", "Inventering av andningsskydd och larmställ",
         "Fysisk inventering", "Materielansvarig", "–", "✔", "",
         "", ("GENOMFORD", "")),
    ]
    for r in rows:
        ws.append(list(r[:9]))
        rr = ws.max_row
        for c in range(1, 10):
            ws.cell(rr, c).border = BORDER
            ws.cell(rr, c).alignment = Alignment(wrap_text=True, vertical="top",
                                                 horizontal="center" if 6 <= c <= 8 else None)
        exp(F3, N, r[2], r[9][0], r[9][1])
    ws.append([])
    ws.append(["", "", "Sammanställt av: Ekonomienheten RSNV, 2026-01-22"])
    for col, w in zip("ABCDEFGHI", [6, 18, 55, 30, 22, 6, 6, 6, 60]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmpdir, "RSNV_uppfoljning_internkontroll_T3_2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "ods", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmpdir, F3), os.path.join(HERE, F3))
    files_rows.append([F3, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 4. Adopted internkontrollplan 2026 (no follow-up)
# ---------------------------------------------------------------------------
F4 = "Internkontrollplan 2026 KFN antagen.docx"


def make_plan2026():
    d = docx.Document()
    core_props(d, "Internkontrollplan 2026", "Kultur- och fritidsförvaltningen")
    d.add_heading("Internkontrollplan 2026", level=0)
    d.add_paragraph("Kultur- och fritidsnämnden\nAntagen av nämnden 2025-11-20, § 87\nDnr KFN 2025/212")
    d.add_heading("Bakgrund", level=1)
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnden varje år anta en plan för uppföljning av den "
        "interna kontrollen. Planen bygger på förvaltningens risk- och väsentlighetsanalys hösten 2025. "
        "Uppföljning av planen rapporteras till nämnden i samband med delårsrapporten per augusti och i "
        "verksamhetsberättelsen för helåret 2026.")
    d.add_heading("Kontrollmoment 2026", level=1)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Rapporteras"]
    rows = [
        ("Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder", "12",
         "Stickprov av beviljade aktivitetsbidrag mot LOK-stödsredovisning", "Stickprov 10 föreningar",
         "Årligen", "Föreningskonsulent", "Helår"),
        ("Bibliotek", "Intäktsbortfall", "6",
         "Kontroll av att förseningsavgifter och ersättning för förkomna medier debiteras", "Avstämning i bibliotekssystemet",
         "Halvår", "Bibliotekschef", "Delår, helår"),
        ("Kulturskolan", "Felaktig avgiftsdebitering", "9",
         "Avstämning av elevregister mot fakturerade terminsavgifter", "Avstämning",
         "Per termin", "Rektor kulturskolan", "Delår, helår"),
        ("Anläggningar", "Bristande säkerhet", "16",
         "Kontroll av att lekplatser och utegym besiktas enligt plan", "Genomgång av protokoll",
         "Årligen", "Anläggningschef", "Helår"),
        ("Ekonomi", "Felaktiga utbetalningar", "8",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Tertialvis", "Controller", "Delår, helår"),
        ("Konst", "Förlust av konst", "6",
         "Inventering av den offentliga konstsamlingen", "Fysisk inventering av 25 % av samlingen",
         "Årligen", "Konstintendent", "Helår"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Riskvärde = sannolikhet (1–4) × konsekvens (1–4).")
    d.add_paragraph("Ängelholm 2025-11-20\n\nJustering: ____________________")
    d.save(os.path.join(HERE, F4))
    files_rows.append([F4, "INLAST", "Kultur- och fritidsnämnden", "2026", ""])


# ---------------------------------------------------------------------------
# 5. Skol- och utbildningsnämnden: Delår + Helår status columns
# ---------------------------------------------------------------------------
F5 = "SUN internkontroll 2025 uppföljning.xlsx"


def make_sun():
    wb = openpyxl.Workbook()
    wb_props(wb, "Skol- och utbildningsförvaltningen")
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws.oddHeader.left.text = "Skol- och utbildningsförvaltningen"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Skol- och utbildningsförvaltningen – rapport till nämnden 2026-01-29"
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Status anges som Genomförd, Genomförd med avvikelse, Pågår, Ej påbörjad eller Utgår. "
                "Delår avser jan–aug, helår avser hela 2025.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:H3")
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår", "Status helår",
           "Kommentar", "Åtgärd"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in range(1, 9):
        ws.cell(hr, c).font = Font(bold=True)
        ws.cell(hr, c).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.cell(hr, c).border = BORDER
    N = "Skol- och utbildningsnämnden"
    groups = [
        ("Ekonomi och administration", [
            ("1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Controller",
             "Genomförd", "Genomförd", "Delår: inga avvikelser.\nHelår: inga avvikelser.", "",
             ("GENOMFORD", "nej")),
            ("2", "Kontroll av att skolpeng till fristående huvudmän betalas ut enligt elevregistret",
             "Avstämning Procapita mot utbetalning", "Ekonom", "Genomförd", "Genomförd med avvikelse",
             "Helår: 4 elever fanns dubbelregistrerade i oktober, felaktig ersättning har återkrävts.",
             "Månatlig avstämning införs", ("GENOMFORD", "ja")),
            ("3", "Uppföljning av att avgifter i fritidshem debiteras enligt taxa", "Stickprov 15 barn",
             "Administratör", "Pågår", "",
             "Delår: stickprov påbörjat.", "", ("DELVIS", "")),
        ]),
        ("Elevhälsa och trygghet", [
            ("4", "Kontroll av att anmälningar om kränkande behandling anmäls till huvudman och utreds",
             "Genomgång i DF Respons", "Verksamhetschef grundskola", "Pågår", "Genomförd",
             "Samtliga anmälningar utredda vid årets slut.", "", ("GENOMFORD", "nej")),
            ("5", "Frånvarouppföljning – kontroll av att hög frånvaro utreds enligt rutin",
             "Stickprov per skolenhet", "Rektorer", "Pågår", "Pågår",
             "Helår: 9 av 14 skolenheter har redovisat.", "", ("DELVIS", "")),
            ("6", "Kontroll av att registerutdrag inhämtas vid nyanställning",
             "Stickprov 20 anställningar", "HR-konsult", "Genomförd", "",
             "Årlig kontroll genomförd i maj, inga avvikelser.", "", ("GENOMFORD", "nej")),
        ]),
        ("Gymnasium och vuxenutbildning", [
            ("7", "Avstämning av interkommunal ersättning (IKE) gymnasiet mot elevlistor",
             "Avstämning per termin", "Ekonom", "Ej påbörjad", "Ej påbörjad",
             "Helår: ej genomförd p.g.a. byte av elevsystem.", "Flyttas till 2026", ("EJ_GENOMFORD", "")),
            ("8", "Kontroll av att betyg i Vux registreras inom två veckor efter kursslut",
             "Uttag ur Alvis", "Rektor vuxenutbildningen", "Genomförd", "Utgår",
             "Helår: utgår – kontrollen ingår från hösten i huvudmannens systematiska kvalitetsarbete (beslut SUN 2025-09-25 § 71).",
             "", ("UTGAR", "")),
            ("9", "Kontroll av att skolskjuts beviljas enligt riktlinjer", "Stickprov 10 beslut",
             "Skolskjutshandläggare", "", "",
             "", "", ("SAKNAS", "")),
            ("10", "Kontroll av att inköp av läromedel sker från avtalad leverantör",
             "Genomgång av leverantörsreskontra", "Inköpssamordnare", "Ej påbörjad", "Genomförd",
             "", "", ("GENOMFORD", "")),
        ]),
    ]
    for g, rows in groups:
        ws.append([g])
        gr = ws.max_row
        ws.merge_cells(start_row=gr, start_column=1, end_row=gr, end_column=8)
        ws.cell(gr, 1).font = Font(bold=True)
        ws.cell(gr, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        for r in rows:
            ws.append(list(r[:8]))
            rr = ws.max_row
            for c in range(1, 9):
                ws.cell(rr, c).border = BORDER
                ws.cell(rr, c).alignment = Alignment(wrap_text=True, vertical="top")
            exp(F5, N, r[1], r[8][0], r[8][1])
    ws.append([])
    ws.append(["", "Sammanfattning: av 10 kontrollmoment är 5 genomförda, 2 pågår, 1 ej påbörjad, 1 utgår."])
    for col, w in zip("ABCDEFGH", [5, 55, 30, 22, 14, 18, 55, 22]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, F5))
    files_rows.append([F5, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 6. Miljö- och tillsynsnämnden: UTF-16 tab-separated export
# ---------------------------------------------------------------------------
F6 = "export_internkontroll_MTF_2025.txt"


def make_mtn():
    hdr = ["Organisation", "Uppföljningsperiod", "Id", "Kontrollmoment", "Ansvarig", "Status", "Kommentar",
           "Senast ändrad"]
    org = "Miljö- och tillsynsförvaltningen"
    N = "Miljö- och tillsynsnämnden"
    rows = [
        ("IK-01", "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Administrativ chef", "Klar",
         "20 ärenden kontrollerade, 2 felaktigt debiterade timmar rättade.", "2026-01-14",
         ("GENOMFORD", "ja")),
        ("IK-02", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningschef", "Klar",
         "Inga avvikelser.", "2026-01-09", ("GENOMFORD", "nej")),
        ("IK-03", "Uppföljning av att livsmedelskontroller utförs enligt kontrollplanen", "Enhetschef livsmedel",
         "Pågående", "Utfall 91 % av planerade kontroller.\nResterande kontroller genomförs jan–feb 2026.",
         "2026-01-15", ("DELVIS", "")),
        ("IK-04", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Klar",
         "", "2025-12-18", ("GENOMFORD", "")),
        ("IK-05", "Handläggningstid för ansökan om enskilt avlopp – stickprov", "Enhetschef miljö", "Ej startad",
         "Har inte prioriterats under året.", "2026-01-12", ("EJ_GENOMFORD", "")),
        ("IK-06", "Kontroll av att e-tjänsten för anmälan av värmepump diarieförs korrekt", "Registrator",
         "Avbruten", "Avbruten efter nämndens beslut 2025-09-17 § 64 då e-tjänsten avvecklats.", "2025-09-20",
         ("UTGAR", "")),
        ("IK-07", "Jävskontroll vid tillsyn av företag där handläggare har närstående", "Förvaltningschef",
         "Klar", "Se bilaga 3.", "2026-01-14", ("GENOMFORD", "")),
    ]
    path = os.path.join(HERE, F6)
    with open(path, "w", encoding="utf-16", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for r in rows:
            w.writerow([org, "Helår 2025", r[0], r[1], r[2], r[3], r[4], r[5]])
            exp(F6, N, r[1], r[6][0], r[6][1])
    files_rows.append([F6, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden: old .xls with tick columns
# ---------------------------------------------------------------------------
F7 = "ÖFN uppföljning IK helår 2025.xls"


def make_ofn():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ctr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center, vert top")
    ws.write(0, 0, "Överförmyndarnämnden", title)
    ws.write(1, 0, "Uppföljning av intern kontroll – helår 2025", bold)
    ws.write(2, 0, "Markera med X om kontrollen är genomförd eller ej genomförd. Ange Ja/Nej i kolumnen Avvikelse.")
    heads = ["Kontrollmoment", "Genomförd", "Ej genomförd", "Avvikelse (Ja/Nej)", "Kommentar"]
    for i, h in enumerate(heads):
        ws.write(4, i, h, hdr)
    N = "Överförmyndarnämnden"
    rows = [
        ("Granskning av årsräkningar – stickprov på 10 % av ärendena för fördjupad granskning", "X", "", "Nej",
         "72 årsräkningar fördjupat granskade.", ("GENOMFORD", "nej")),
        ("Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "X", "", "Ja",
         "3 arvoden beslutades över riktlinjen utan motivering.", ("GENOMFORD", "ja")),
        ("Kontroll av att ställföreträdare som utses är lämplighetsprövade (belastningsregister, UC)", "X", "X", "",
         "", ("OKLAR", "")),
        ("Bevakning av att förteckningar inkommer inom två månader", "", "X", "",
         "Ej hunnits med p.g.a. hög ärendebelastning.", ("EJ_GENOMFORD", "")),
        ("Kontroll av spärrade konton och uttagsmedgivanden", "", "", "",
         "Se bilaga 2", ("OKLAR", "")),
        ("Attest av leverantörsfakturor enligt attestordningen", "X", "", "Nej", "", ("GENOMFORD", "nej")),
    ]
    for k, r in enumerate(rows):
        rr = 5 + k
        ws.write(rr, 0, r[0], cellst)
        ws.write(rr, 1, r[1], ctr)
        ws.write(rr, 2, r[2], ctr)
        ws.write(rr, 3, r[3], ctr)
        ws.write(rr, 4, r[4], cellst)
        exp(F7, N, r[0], r[5][0], r[5][1])
    ws.write(13, 0, "Ängelholm 2026-01-21, Lena Persson, enhetschef överförmyndarenheten")
    for i, w in enumerate([60, 12, 14, 18, 50]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(HERE, F7))
    files_rows.append([F7, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# 8. Excel lock file (reject)
# ---------------------------------------------------------------------------
F8 = "~$Hypergene_IK_uppfoljning_helar_2025.xlsx"


def make_lockfile():
    user = "Karin Holm"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b + b" " * (54 - len(b))
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b + b"\x20\x00" * ((165 - len(b)) // 2)
    b = b + b"\x00" * (165 - len(b))
    with open(os.path.join(HERE, F8), "wb") as fh:
        fh.write(b[:165])
    files_rows.append([F8, "AVVISAD", "", "", ""])


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Socialnämnden", "SN|Socialförvaltningen|Omsorgsförvaltningen"),
        ("Skol- och utbildningsnämnden", "SUN|Skol- och utbildningsförvaltningen|Utbildningsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och tillsynsnämnden", "MTN|MTF|Miljö- och tillsynsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndarförvaltningen"),
        ("Valnämnden", "VN"),
        ("Ängelholmshem AB", "Ängelholmshem|ÄH|Ängelholms bostadsbolag"),
        ("Ängelholms Näringsliv AB", "Näringslivsbolaget|ÄNAB"),
        ("Räddningstjänsten Skåne Nordväst", "RSNV|Räddningstjänstförbundet|Direktionen RSNV"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in reg:
            fh.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(files_rows)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(exp_rows)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r596-")
    try:
        make_hypergene()
        make_angelholmshem()
        make_rsnv(tmpdir)
        make_plan2026()
        make_sun()
        make_mtn()
        make_ofn()
        make_lockfile()
        for f in (F1, F2, F4, F5):
            normalize_zip(os.path.join(HERE, f))
        write_csvs()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
