#!/usr/bin/python3
"""Blind round r407 - Kolsva kommun, T1 2025 follow-ups from large förvaltningar."""
import os, csv, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "file:///tmp/lo-round407"
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HDRFILL = PatternFill("solid", fgColor="D9E1F2")
GRPFILL = PatternFill("solid", fgColor="EDEDED")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def exp(fil, namnd, rows):
    for r in rows:
        EXP.append((fil, namnd, r[0], r[1], r[2]))

# ---------------------------------------------------------------- 1 BUN
def f_bun():
    fil = "BUN_Uppfoljning_internkontroll_T1_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    units = {
        "Förskola": [
            ("F1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Ekonom", "Genomförd", "Stickprov 20 fakturor, samtliga korrekt attesterade.", "", "GENOMFORD", "nej"),
            ("F2", "Barnsäkerhet", "Kontroll av att daglig tillsyn av lekplatser dokumenteras", "Granskning av tillsynsprotokoll", "Förskolechef", "Genomförd med avvikelse", "3 av 14 förskolor saknade dokumentation för v. 10–12.", "Påminnelse skickad till berörda rektorer.", "GENOMFORD", "ja"),
            ("F3", "Placering", "Kontroll av att köregler följs vid tilldelning av förskoleplats", "Stickprov 30 placeringar", "Placeringshandläggare", "Pågår", "Stickprov påbörjat, 12 av 30 ärenden granskade – hittills inga avvikelser.", "", "DELVIS", "nej"),
            ("F4", "Personal", "Kontroll av att registerutdrag begärts in före anställning", "Samtliga nyanställningar", "HR-konsult", "Genomförd", "Samtliga 9 nyanställningar hade registerutdrag.", "", "GENOMFORD", "nej"),
            ("F5", "Systematiskt kvalitetsarbete", "Uppföljning av att barnkonsekvensanalys görs vid förändringar i verksamheten", "Genomgång av beslutsunderlag", "Verksamhetschef", "Ej påbörjad", "Planeras till T2.", "", "EJ_GENOMFORD", ""),
        ],
        "Grundskola": [
            ("G1", "Trygghet och studiero", "Kontroll av att anmälan om kränkande behandling skickas till huvudman inom en vecka", "Uttag ur DF Respons", "Kvalitetsstrateg", "Genomförd med avvikelse", "41 anmälningar under perioden, 6 skickades senare än en vecka.", "Information på rektorsmöte 2025-04-24.", "GENOMFORD", "ja"),
            ("G2", "Elevhälsa", "Uppföljning av elevers frånvaro och att åtgärder vidtas vid hög frånvaro", "Frånvarostatistik per skola", "Rektorer", "Pågår", "", "", "DELVIS", ""),
            ("G3", "Särskilt stöd", "Kontroll av att beslut om särskilt stöd (åtgärdsprogram) dokumenteras", "Stickprov 5 per skola", "Rektorer", "Genomförd", "Inga avvikelser.", "", "GENOMFORD", "nej"),
            ("G4", "Skolskjuts", "Kontroll av skolskjutsbeslut mot gällande riktlinjer", "Stickprov 25 beslut", "Skolskjutssamordnare", "", "Genomförd i mars, samtliga 25 beslut följde riktlinjerna.", "", "GENOMFORD", "nej"),
            ("G5", "Tillgångar", "Inventering av läromedel och digitala enheter", "Inventering", "IT-samordnare", "Utgår", "Utgår enligt nämndbeslut 2025-02-18 § 14, ersätts av central inventering.", "", "UTGAR", ""),
            ("G6", "Ekonomi", "Kontroll av representation och förtroendekänsliga poster", "Samtliga poster > 2 000 kr", "Controller", "Genomförd", "Granskat 15 poster, 1 saknade deltagarförteckning.", "Komplettering begärd.", "GENOMFORD", "ja"),
        ],
        "Gymnasium och vuxenutb": [
            ("Y1", "Betyg", "Kontroll av att betyg rapporteras i rätt tid i elevsystemet", "Uttag ur elevsystemet", "Skoladministratör", "Genomförd", "", "", "GENOMFORD", ""),
            ("Y2", "Ekonomi", "Kontroll av att interkommunal ersättning faktureras korrekt", "Avstämning mot elevlistor", "Controller", "Pågår", "Fakturering VT25 kontrolleras, klart i maj.", "", "DELVIS", ""),
            ("Y3", "APL", "Kontroll av att APL-avtal finns för samtliga elever på arbetsplatsförlagt lärande", "Genomgång av avtal", "APL-samordnare", "Ej påbörjad", "Resursbrist, flyttas till T2.", "", "EJ_GENOMFORD", ""),
            ("Y4", "Vuxenutbildning", "Uppföljning av avbrott i vuxenutbildningen", "Statistik", "Rektor Komvux", "", "", "", "SAKNAS", ""),
        ],
        "Förvaltningskontor": [
            ("K1", "Upphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", "Samtliga direktupphandlingar", "Upphandlare", "Genomförd med avvikelse", "2 av 8 direktupphandlingar saknade dokumentation.", "Utbildning för budgetansvariga i juni.", "GENOMFORD", "ja"),
            ("K2", "Informationssäkerhet", "Kontroll av behörigheter i elevregistret (IST)", "Behörighetslista", "Systemförvaltare", "Genomförd", "Behörighetslistan avstämd, inga felaktiga behörigheter.", "", "GENOMFORD", "nej"),
            ("K3", "Dokumenthantering", "Kontroll av att diarieföring av inkomna handlingar sker", "Stickprov", "Registrator", "Se bilaga 2", "", "", "OKLAR", ""),
            ("K4", "Personal", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Statistik och ärendegenomgång", "HR-chef", "Pågår", "Löpande, avstämning med HR varje månad.", "", "DELVIS", ""),
        ],
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Instruktion"
    lines = ["Instruktion – uppföljning av internkontrollplan 2025",
             "",
             "Fyll i kolumnen Status T1 för varje kontrollmoment på respektive verksamhetsflik.",
             "Välj status i listan: Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Utgår.",
             "Beskriv resultatet i kolumnen Kommentar. Vid avvikelse ska åtgärd anges.",
             "Skicka ifylld mall till förvaltningens controller senast 2025-05-09.",
             "",
             "Kontaktperson: Maria Lindqvist, controller, Barn- och utbildningsförvaltningen"]
    for i, l in enumerate(lines, 1):
        ws.cell(i, 1, l)
    ws["A1"].font = TITLE
    ws.column_dimensions["A"].width = 100
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Kommentar/iakttagelser", "Åtgärd vid avvikelse"]
    widths = [6, 22, 50, 26, 20, 22, 50, 34]
    summary = []
    for unit, rows in units.items():
        s = wb.create_sheet(unit)
        s["A1"] = "Barn- och utbildningsnämnden – uppföljning intern kontroll 2025"
        s["A1"].font = TITLE
        s["A2"] = f"Verksamhet: {unit}"
        s["A3"] = "Uppföljningsperiod: Tertial 1 (januari–april)"
        s["A2"].font = BOLD
        for c, (h, w) in enumerate(zip(hdr, widths), 1):
            cell = s.cell(5, c, h)
            cell.font = BOLD; cell.fill = HDRFILL; cell.border = BOX; cell.alignment = WRAP
            s.column_dimensions[cell.column_letter].width = w
        dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med avvikelse,Pågår,Ej påbörjad,Utgår"', allow_blank=True)
        s.add_data_validation(dv)
        r = 6
        for row in rows:
            for c, v in enumerate(row[:8], 1):
                cell = s.cell(r, c, v if v != "" else None)
                cell.border = BOX; cell.alignment = WRAP
            dv.add(s.cell(r, 6))
            r += 1
        s.cell(r + 1, 2, "Antal kontrollmoment:").font = BOLD
        s.cell(r + 1, 3, len(rows))
        s.freeze_panes = "A6"
        exp(fil, N, [(x[2], x[8], x[9]) for x in rows])
        cnt = {k: sum(1 for x in rows if x[5] == k) for k in ["Genomförd", "Genomförd med avvikelse", "Pågår", "Ej påbörjad", "Utgår"]}
        summary.append((unit, len(rows), cnt))
    s = wb.create_sheet("Sammanställning", 1)
    s["A1"] = "Sammanställning status T1 2025 – Barn- och utbildningsnämnden"
    s["A1"].font = TITLE
    h = ["Verksamhet", "Antal kontroller", "Genomförd", "Genomförd med avvikelse", "Pågår", "Ej påbörjad", "Utgår", "Ej ifyllt/övrigt"]
    for c, v in enumerate(h, 1):
        cell = s.cell(3, c, v); cell.font = BOLD; cell.fill = HDRFILL
        s.column_dimensions[cell.column_letter].width = 18
    r = 4
    tot = [0] * 7
    for unit, n, cnt in summary:
        vals = [n] + list(cnt.values()) + [n - sum(cnt.values())]
        s.cell(r, 1, unit)
        for c, v in enumerate(vals, 2):
            s.cell(r, c, v)
        tot = [a + b for a, b in zip(tot, vals)]
        r += 1
    s.cell(r, 1, "Totalt").font = BOLD
    for c, v in enumerate(tot, 2):
        s.cell(r, c, v).font = BOLD
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 2 VON
def f_von():
    fil = "VON_IKplan_uppfoljning_2025_T1.xlsx"
    N = "Vård- och omsorgsnämnden"
    fills = {"G": "63BE7B", "GA": "FFEB84", "P": "FFC000", "EG": "F8696B", "U": "BFBFBF"}
    procs = [
        ("Myndighetsutövning", [
            ("1.1", "Kontroll av att biståndsbeslut fattas inom 14 dagar från ansökan", 3, 3, "Tertial", "Enhetschef myndighet", "GA", "G", "G", "Stickprov 30 beslut, samtliga inom tid.", "GENOMFORD", "nej"),
            ("1.2", "Kontroll av att beslut om avslag innehåller överklagandehänvisning", 2, 3, "Halvår", "Enhetschef myndighet", "G", "G", "G", "", "GENOMFORD", "nej"),
            ("1.3", "Uppföljning av att genomförandeplaner upprättas inom 3 veckor", 3, 2, "Tertial", "Områdeschefer", "EG", "GA", "P", "Granskning pågår i hemtjänstområde Norr och Söder.", "DELVIS", ""),
            ("1.4", "Kontroll av att lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", 2, 4, "Tertial", "Kvalitetsutvecklare", "G", "GA", "GA", "En utredning avslutades först efter två månader.", "GENOMFORD", "ja"),
            ("1.5", "Kontroll av avgiftsbeslut (maxtaxa) mot inkomstuppgifter", 3, 3, "Halvår", "Avgiftshandläggare", "Ny 2025", "Ny 2025", "EG", "Planeras till T2 p.g.a. byte av verksamhetssystem.", "EJ_GENOMFORD", ""),
        ]),
        ("Hemtjänst och särskilt boende", [
            ("2.1", "Kontroll av att planerad tid mot utförd tid i hemtjänsten följs upp månadsvis", 4, 3, "Månad", "Områdeschefer", "P", "G", "GA", "Avvikelse över 15 % i två arbetsgrupper, åtgärdsplan upprättad.", "GENOMFORD", "ja"),
            ("2.2", "Kontroll av hantering av brukares privata medel på särskilt boende", 3, 3, "Tertial", "Enhetschefer SÄBO", "GA", "GA", "GA", "Kvitton saknades vid 2 av 8 boenden.", "GENOMFORD", "ja"),
            ("2.3", "Kontroll av nyckelhantering och nyckelkvittenser i hemtjänsten", 3, 4, "Halvår", "Enhetschefer hemtjänst", "G", "GA", "P", "Nyckelinventering klar i 3 av 5 grupper.", "DELVIS", ""),
            ("2.4", "Kontroll av att bemanningsschema följer arbetstidslagen", 2, 3, "Tertial", "Bemanningsenheten", "G", "G", None, "", "SAKNAS", ""),
            ("2.5", "Kontroll av att dokumentation av social journal sker löpande", 3, 3, "Tertial", "Enhetschefer", "GA", "G", None, "Genomförd i april – journalgranskning av 40 journaler utan anmärkning.", "GENOMFORD", "nej"),
            ("2.6", "Kontroll av larmkvittenser trygghetslarm (åtgärdstid)", 2, 4, "Tertial", "Larmsamordnare", "G", "G", "U", "Utgår – larmhanteringen övertagen av regionens larmcentral fr.o.m. 2025-01-01.", "UTGAR", ""),
        ]),
        ("Hälso- och sjukvård", [
            ("3.1", "Kontroll av läkemedelshantering (signeringslistor) på särskilda boenden", 3, 4, "Tertial", "MAS", "GA", "GA", "GA", "Osignerade doser vid 4 tillfällen, genomgång med berörda sjuksköterskor.", "GENOMFORD", "ja"),
            ("3.2", "Kontroll av att avvikelser i avvikelsesystemet återkopplas till anmälare", 3, 2, "Tertial", "MAS", "P", "G", "P", "", "DELVIS", ""),
            ("3.3", "Kontroll av att hjälpmedel inventeras och återlämnas", 2, 2, "Årligen", "Hjälpmedelsansvarig", "EG", "P", "EG", "Ej påbörjad.", "EJ_GENOMFORD", ""),
            ("3.4", "Kontroll av delegeringar av hälso- och sjukvårdsuppgifter (giltighet)", 3, 4, "Tertial", "Enhetschef HSL", "G", "G", "G", "", "GENOMFORD", "nej"),
        ]),
        ("Ekonomi och administration", [
            ("4.1", "Attest av leverantörsfakturor enligt attestordningen", 2, 3, "Tertial", "Controller", "G", "G", "G", "Stickprov 25 fakturor.", "GENOMFORD", "nej"),
            ("4.2", "Kontroll av att inköp sker från upphandlade leverantörer (avtalstrohet)", 3, 3, "Tertial", "Controller", "GA", "GA", "GA", "Avtalstrohet 87 %, mål 95 %.", "GENOMFORD", "ja"),
            ("4.3", "Kontroll av timanställdas lönerapportering mot schema", 3, 3, "Tertial", "Lönesamordnare", "Ny 2024", "G", "P", "Mars och april kvarstår.", "DELVIS", ""),
            ("4.4", "Kontroll av att loggar i verksamhetssystemet följs upp", 3, 4, "Tertial", "Systemförvaltare", "G", "G", None, "Se bilaga – logguppföljning T1.", "OKLAR", ""),
            ("4.5", "Kontroll av representation och förtroendekänsliga poster", 2, 2, "Halvår", "Förvaltningschef", "G", "G", "G", "", "GENOMFORD", "nej"),
        ]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Vård- och omsorgsnämnden, Kolsva kommun"; ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2025 med uppföljning – avrapportering tertial 1 (jan–apr)"; ws["A2"].font = BOLD
    ws["A3"] = "Status: G = Genomförd utan anmärkning, GA = Genomförd med anmärkning, P = Påbörjad, EG = Ej genomförd, U = Utgår. Riskvärde = sannolikhet × konsekvens (1–4)."
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:L3")
    hdr = ["Nr", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde", "Frekvens", "Ansvarig",
           "Status helår 2023", "Status helår 2024", "Status T1 2025", "Kommentar T1 2025", "Rapporteras till nämnd"]
    widths = [6, 55, 11, 11, 10, 10, 22, 12, 12, 12, 55, 14]
    for c, (h, w) in enumerate(zip(hdr, widths), 1):
        cell = ws.cell(5, c, h); cell.font = BOLD; cell.fill = HDRFILL; cell.border = BOX; cell.alignment = WRAP
        ws.column_dimensions[cell.column_letter].width = w
    r = 6
    for pname, rows in procs:
        ws.cell(r, 1, f"Process: {pname}").font = BOLD
        for c in range(1, 13):
            ws.cell(r, c).fill = GRPFILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for x in rows:
            vals = [x[0], x[1], x[2], x[3], x[2] * x[3], x[4], x[5], x[6], x[7], x[8], x[9] or None, "Maj 2025"]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = WRAP
                if c in (8, 9, 10) and v in fills:
                    cell.fill = PatternFill("solid", fgColor=fills[v])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        t1 = [x[8] for x in rows]
        ws.cell(r, 2, f"Delsumma {pname}: {len(rows)} kontrollmoment").font = Font(bold=True, italic=True)
        ws.cell(r, 10, f"G {t1.count('G')} / GA {t1.count('GA')} / P {t1.count('P')} / EG {t1.count('EG')}").font = Font(italic=True)
        r += 2
        exp(fil, N, [(x[1], x[10], x[11]) for x in rows])
    ws.cell(r + 1, 1, "Fastställd av Vård- och omsorgsnämnden 2024-12-11 § 112. Uppföljning T1 behandlas 2025-05-28.")
    ws.freeze_panes = "C6"
    ws.print_title_rows = "5:5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 3 SN (docx, tables per avdelning)
def f_sn():
    fil = "Socialnamnden_uppfoljning_internkontroll_tertial1_2025.docx"
    N = "Socialnämnden"
    OK, AV, PA, EJ, UT = "✔", "!", "◔", "✖", "–"
    avd = [
        ("Avdelning Individ- och familjeomsorg", [
            ("Kontroll av att förhandsbedömning i barnavårdsärenden görs inom 14 dagar", "Uttag ur Treserva, samtliga ärenden", "Enhetschef barn och unga", AV, "92 av 97 förhandsbedömningar inom tid. Förseningarna uppstod under sportlovsveckan.", "GENOMFORD", "ja"),
            ("Kontroll av att utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader", "Uttag ur Treserva", "Enhetschef barn och unga", PA, "Granskning pågår, resultat redovisas T2.", "DELVIS", ""),
            ("Kontroll av att beslut om placering av barn följs upp med vårdplan", "Aktgranskning 12 akter", "Enhetschef familjehem", OK, "Samtliga 12 granskade akter hade aktuell vårdplan.", "GENOMFORD", "nej"),
            ("Kontroll av att familjehem har genomgått utredning och registerkontroll", "Aktgranskning", "Enhetschef familjehem", OK, "", "GENOMFORD", "nej"),
            ("Kontroll av att orosanmälningar registreras samma dag", "Stickprov 20 anmälningar", "Mottagningsenheten", EJ, "Flyttas till T2 på grund av vakanser.", "EJ_GENOMFORD", ""),
            ("Kontroll av att våldsutsatta får en strukturerad skyddsbedömning", "Aktgranskning", "Enhetschef vuxen", UT, "Utgår, ingår i kontroll av utredningstider enligt beslut SN 2025-03-12 § 31.", "UTGAR", ""),
        ]),
        ("Avdelning Ekonomiskt bistånd och arbetsmarknad", [
            ("Kontroll av att utbetalning av ekonomiskt bistånd sker mot beviljat beslut", "Stickprov 40 utbetalningar", "Enhetschef försörjningsstöd", AV, "En dubbelutbetalning upptäcktes, återkrav har upprättats.", "GENOMFORD", "ja"),
            ("Kontroll av att ansökan om ekonomiskt bistånd kontrolleras mot SSBTEK", "Stickprov 20 ärenden", "Enhetschef försörjningsstöd", OK, "Kontroll gjord i samtliga ärenden.", "GENOMFORD", "nej"),
            ("Kontroll av att deltagare i arbetsmarknadsinsatser har aktuell handlingsplan", "Aktgranskning", "Enhetschef Jobbcenter", PA, "40 av 80 akter granskade.", "DELVIS", ""),
            ("Kontroll av felaktiga utbetalningar och återkrav", "Genomgång av återkravsregister", "Controller", "", "", "SAKNAS", ""),
            ("Kontroll av att kontanthantering på Jobbcenter följer kassarutin", "Kassainventering", "Enhetschef Jobbcenter", "", "Kontrollen är genomförd 2025-04-22. Kassan stämde, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Avdelning Administration och stöd", [
            ("Kontroll av att allmänna handlingar lämnas ut skyndsamt", "Stickprov begäranden", "Registrator", OK, "Samtliga begäranden hanterade inom 2 dagar.", "GENOMFORD", "nej"),
            ("Kontroll av behörigheter i Treserva vid avslutad anställning", "Avstämning mot HR-system", "Systemförvaltare", AV, "7 konton var aktiva efter avslutad anställning, nu avslutade.", "GENOMFORD", "ja"),
            ("Kontroll av att upphandlade ramavtal för HVB-placeringar följs", "Genomgång av placeringar", "Controller", PA, "Placeringar jan–feb granskade.", "DELVIS", ""),
            ("Kontroll av att kontering av placeringskostnader är korrekt", "Stickprov 30 fakturor", "Ekonom", OK, "Kontrollen har inte hunnit genomföras under perioden.", "OKLAR", ""),
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Ekonom", OK, "Stickprov 20 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ]),
    ]
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Kolsva kommun – Socialförvaltningen\t\tDnr SN 2025/118"
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 1", 0)
    d.add_paragraph("Socialnämnden antog internkontrollplan för 2025 den 11 december 2024 (§ 201). Denna rapport "
                    "redovisar uppföljningen för perioden januari–april 2025. Kontrollerna har genomförts av "
                    "respektive avdelning och sammanställts av förvaltningens kvalitetsenhet.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run(f"{OK} = genomförd utan avvikelse   {AV} = genomförd, avvikelse noterad   {PA} = påbörjad/pågår   "
              f"{EJ} = ej genomförd   {UT} = utgår")
    for title, rows in avd:
        d.add_heading(title, 2)
        t = d.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, 4))
        m.text = title.replace("Avdelning ", "")
        m.paragraphs[0].runs[0].bold = True
        for c, h in enumerate(["Kontrollmoment", "Kontrollmetod/omfattning", "Ansvarig", "Status T1", "Resultat och analys"]):
            t.cell(1, c).text = h
            t.cell(1, c).paragraphs[0].runs[0].bold = True
        for x in rows:
            cells = t.add_row().cells
            for c in range(5):
                cells[c].text = x[c]
        exp(fil, N, [(x[0], x[5], x[6]) for x in rows])
    d.add_heading("Sammanfattande bedömning", 2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen under tertial 1 i huvudsak är tillräcklig. "
                    "Avvikelser har noterats inom handläggningstider, utbetalningar och behörighetshantering. "
                    "Åtgärder pågår och följs upp i delårsrapporten.")
    d.add_paragraph("Kolsva 2025-05-12")
    d.add_paragraph("Anna Berglund\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 4 Stratsys CSV (KS + MBN)
def f_csv():
    fil = "Export_Stratsys_Internkontroll_2025-05-06.csv"
    rows = [
        ("Kommunstyrelsen", "Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef", "Klar", "Nej", "Stickprov 30 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Ekonomi", "Felaktig momsredovisning", "Kontroll av att momsredovisning är korrekt vid representation", "Redovisningschef", "Klar", "Ja", "3 av 20 poster med felaktigt avdragen moms. Rättelse bokförd i april.", "GENOMFORD", "ja"),
        ("Kommunstyrelsen", "Ekonomi", "Fel i bokslut", "Avstämning av balanskonton per tertial", "Redovisningsekonom", "Klar", "Nej", "", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Upphandling", "Bristande avtalstrohet", "Kontroll av avtalstrohet vid inköp av konsulttjänster", "Upphandlingschef", "Pågående", "", "", "DELVIS", ""),
        ("Kommunstyrelsen", "Upphandling", "Otillåten direktupphandling", "Kontroll av att direktupphandlingar dokumenteras enligt riktlinje", "Upphandlingschef", "Ej påbörjad", "", "Startar i maj.", "EJ_GENOMFORD", ""),
        ("Kommunstyrelsen", "HR", "Felaktiga löneutbetalningar", "Kontroll av att lönetillägg har beslut enligt delegationsordningen", "HR-chef", "Klar", "Ja", "Två tillägg saknade beslut.\nBeslut har upprättats i efterhand och rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Kommunstyrelsen", "HR", "Jäv och förtroendeskada", "Kontroll av att bisysslor anmäls och prövas", "HR-chef", "Pågående", "", "Enkät till chefer skickad.", "DELVIS", ""),
        ("Kommunstyrelsen", "IT och informationssäkerhet", "Obehörig åtkomst", "Kontroll av att behörigheter i ekonomisystemet tas bort vid avslut", "IT-chef", "Klar", "Nej", "", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "IT och informationssäkerhet", "Informationsförlust", "Kontroll av efterlevnad av informationssäkerhetspolicy (klassning av system)", "Informationssäkerhetssamordnare", "Avbruten", "", "Avbruten genom beslut KS 2025-03-04 § 42, ingår i revisionens granskning.", "UTGAR", ""),
        ("Kommunstyrelsen", "IT och informationssäkerhet", "Informationsförlust", "Test av återläsning av säkerhetskopior", "IT-chef", "Ej rapporterad", "", "", "SAKNAS", ""),
        ("Kommunstyrelsen", "Styrning och ledning", "Bristande delegering", "Kontroll av att delegationsbeslut anmäls till nämnd", "Kanslichef", "Klar", "Nej", "", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Styrning och ledning", "Bristande demokratisk process", "Kontroll av att motioner besvaras inom ett år", "Kanslichef", "Klar", "Ja", "4 motioner äldre än ett år.", "GENOMFORD", "ja"),
        ("Miljö- och byggnadsnämnden", "Bygglov", "Handläggningstider överskrids", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "Klar", "Ja", "3 av 60 ärenden över tid, avgiften reducerad enligt PBL.", "GENOMFORD", "ja"),
        ("Miljö- och byggnadsnämnden", "Bygglov", "Felaktig debitering", "Kontroll av att avgifter för bygglov debiteras enligt taxa", "Administratör", "Klar", "Nej", "", "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", "Miljö och hälsoskydd", "Lagkrav ej uppfyllda", "Kontroll av att tillsynsplan för livsmedelskontroll följs", "Miljöchef", "Pågående", "", "38 % av planerade kontroller utförda.", "DELVIS", ""),
        ("Miljö- och byggnadsnämnden", "Myndighetsutövning", "Jäv", "Kontroll av jäv vid handläggning av ärenden", "Förvaltningschef", "Klar", "Nej", "", "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", "Myndighetsutövning", "Bristande delegering", "Kontroll av att delegationsbeslut anmäls till nämnd", "Nämndsekreterare", "Klar", "Nej", "", "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", "Miljö och hälsoskydd", "Lagkrav ej uppfyllda", "Kontroll av att inspektioner av enskilda avlopp dokumenteras", "Miljöinspektör", "Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
        ("Miljö- och byggnadsnämnden", "Lantmäteri och GIS", "Felaktiga kartunderlag", "Kontroll av att nybyggnadskartor uppdateras i kartdatabasen", "GIS-ingenjör", "Pågående", "", "", "DELVIS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("Rapport: Internkontroll – uppföljning kontrollmoment\r\n")
        f.write("Utskriven: 2025-05-06 14:02 av kristina.holm\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Organisation", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Period", "Status", "Avvikelse", "Kommentar"])
        for x in rows:
            w.writerow([x[0], x[1], x[2], x[3], x[4], "Tertial 1 2025", x[5], x[6], x[7]])
    for n in ("Kommunstyrelsen", "Miljö- och byggnadsnämnden"):
        exp(fil, n, [(x[3], x[8], x[9]) for x in rows if x[0] == n])
        FILES.append((fil, "INLAST", n, "2025", "T1"))

# ---------------------------------------------------------------- 5 Kolsva Bostäder AB (.xls)
def f_kbab(tmp):
    fil = "KBAB_Internkontroll_2025_uppf_per_april.xls"
    N = "Kolsva Bostäder AB"
    groups = [
        ("Uthyrning", [
            ("Felaktig tilldelning", 6, "Kontroll av att bostadskön följs vid tilldelning av lägenheter", "Uthyrningschef", "April, oktober", "Stickprov 15 kontrakt, kön har följts.", "OK", "GENOMFORD", "nej"),
            ("Felaktiga hyresintäkter", 8, "Kontroll av att hyresavier överensstämmer med hyreskontrakt", "Ekonomichef", "April, oktober", "2 kontrakt med fel hyra efter årets hyresförhandling; rättat i maj-avin.", "Avvikelse", "GENOMFORD", "ja"),
            ("Kundförluster", 6, "Kontroll av inkassoärenden och avhysningar", "Kundtjänstchef", "April", "", "OK", "GENOMFORD", "nej"),
            ("Otillåten andrahandsuthyrning", 9, "Kontroll av andrahandsuthyrning (tillstånd)", "Uthyrningschef", "April, oktober", "Enkät till hyresgäster i område Norra Kolsva pågår.", "Pågår", "DELVIS", ""),
        ]),
        ("Fastighetsförvaltning", [
            ("Hälsorisker för hyresgäster", 8, "Kontroll av att OVK (obligatorisk ventilationskontroll) utförs enligt plan", "Teknisk chef", "April", "Samtliga planerade OVK för perioden utförda.", "OK", "GENOMFORD", "nej"),
            ("Brand", 12, "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras", "Säkerhetssamordnare", "April, oktober", "Brister i dokumentationen för 3 trapphus, åtgärdas av förvaltare.", "Avvikelse", "GENOMFORD", "ja"),
            ("Kapitalförstöring", 9, "Kontroll av att underhållsplanen följs och uppdateras", "Teknisk chef", "Oktober", "Kontroll sker i samband med budgetarbetet i september.", "", "EJ_GENOMFORD", ""),
            ("Olycksrisk", 8, "Kontroll av besiktning av lekplatser", "Förvaltare", "April", "Besiktning beställd till maj.", "Ej utförd", "EJ_GENOMFORD", ""),
            ("Ökade kostnader", 4, "Kontroll av energiuppföljning per fastighet", "Energiingenjör", "April, oktober", "Ersatt av ny energitjänst, se styrelsebeslut 2025-02-20 § 9.", "Ej aktuell", "UTGAR", ""),
        ]),
        ("Ekonomi", [
            ("Felaktiga utbetalningar", 6, "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "April, oktober", "Stickprov 25 fakturor.", "OK", "GENOMFORD", "nej"),
            ("Bristande avtalstrohet", 9, "Kontroll av att ramavtal med entreprenörer följs vid beställning", "Inköpsansvarig", "April, oktober", "Genomgång av beställningar jan–feb klar, mars–april återstår.", "Pågår", "DELVIS", ""),
            ("Förtroendeskada", 6, "Kontroll av att kostnader för representation följer policy", "VD", "April", "Inga avvikelser.", "OK", "GENOMFORD", "nej"),
            ("Fel i redovisning", 6, "Avstämning av hyresreskontra mot huvudbok", "Redovisningsansvarig", "April, oktober", "Differens 12 tkr utreds tillsammans med systemleverantören.", "Avvikelse", "GENOMFORD", "ja"),
        ]),
        ("Bolagsstyrning", [
            ("Bristande styrning", 4, "Kontroll av att ägardirektiv och styrelsebeslut verkställs", "VD", "April, oktober", "Beslutslogg genomgången, samtliga beslut verkställda.", "OK", "GENOMFORD", "nej"),
            ("Jäv", 6, "Kontroll av att jäv och bisysslor anmäls för styrelse och ledning", "Styrelsens sekreterare", "April", "", "", "SAKNAS", ""),
            ("Brott mot GDPR", 9, "Kontroll av registerförteckning över personuppgiftsbehandlingar (GDPR)", "Dataskyddsombud", "April, oktober", "Uppdatering pågår.", "Pågår", "DELVIS", ""),
        ]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Kolsva Bostäder AB"; ws["A1"].font = TITLE
    ws["A2"] = "Styrelsens internkontrollplan 2025"; ws["A2"].font = BOLD
    ws["A3"] = "Uppföljning per 2025-04-30 (tertial 1) – till styrelsemöte 2025-05-22"
    ws["H2"] = "Bedömning: OK / Avvikelse / Pågår / Ej utförd / Ej aktuell"
    ws["H2"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Område", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Rapport till styrelsen", "Utfall per 30/4", "Bedömning"]
    widths = [5, 18, 26, 9, 50, 20, 16, 55, 13]
    for c, (h, w) in enumerate(zip(hdr, widths), 1):
        cell = ws.cell(5, c, h); cell.font = BOLD; cell.fill = PatternFill("solid", fgColor="1F4E78"); cell.border = BOX
        cell.font = Font(bold=True, color="FFFFFF"); cell.alignment = WRAP
        ws.column_dimensions[cell.column_letter].width = w
    r = 6; n = 0
    for g, rows in groups:
        ws.cell(r, 1, g).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = GRPFILL
        r += 1
        for x in rows:
            n += 1
            vals = [n, g, x[0], x[1], x[2], x[3], x[4], x[5] or None, x[6] or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = WRAP
            if x[6] == "Avvikelse":
                ws.cell(r, 9).fill = PatternFill("solid", fgColor="FFC7CE")
            r += 1
        exp(fil, N, [(x[2], x[7], x[8]) for x in rows])
    ws.cell(r + 1, 1, "Riskvärde = sannolikhet (1–4) × konsekvens (1–4). Kontroller med riskvärde ≥ 9 rapporteras två gånger per år.")
    ws.cell(r + 3, 1, "Upprättad av: Jonas Ek, ekonomichef")
    x = os.path.join(tmp, "KBAB_Internkontroll_2025_uppf_per_april.xlsx")
    wb.save(x)
    soffice(x, "xls", OUT)
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 6 Kolsva Energi AB (.odt, tick columns)
def f_keab(tmp):
    fil = "Kolsva_Energi_AB_rapport_intern_kontroll_T1_2025.odt"
    N = "Kolsva Energi AB"
    G, D, E = "G", "D", "E"
    groups = [
        ("Elnät", [
            ("Kontroll av att avbrottsersättning betalas ut enligt ellagen", "Nätchef", {G}, "Inga avbrott över 12 timmar under perioden.", "GENOMFORD", "nej"),
            ("Kontroll av mätarbyten och mätvärdesinsamling", "Mätansvarig", {D}, "85 % av planerade byten utförda.", "DELVIS", ""),
            ("Kontroll av att nätavgifter debiteras enligt gällande tariff", "Ekonomichef", {G}, "En kundgrupp felaktigt debiterad i januari, kreditering gjord.", "GENOMFORD", "ja"),
            ("Kontroll av elsäkerhetsrutiner vid arbete på anläggning", "Elsäkerhetsansvarig", {G}, "Inga anmärkningar.", "GENOMFORD", "nej"),
            ("Kontroll av att inrapportering till Energimarknadsinspektionen sker i tid", "Nätchef", {E}, "Rapporteringen sker i juni.", "EJ_GENOMFORD", ""),
        ]),
        ("Fjärrvärme", [
            ("Kontroll av att prisändringar kommuniceras till kunder i tid", "Marknadschef", {G}, "", "GENOMFORD", ""),
            ("Kontroll av bränslemottagning (vägning och kvalitet)", "Driftchef", {D}, "Vägning kontrollerad, kvalitetsprover återstår.", "DELVIS", ""),
            ("Kontroll av utsläppsmätningar mot miljötillstånd", "Miljöingenjör", {G}, "Överskridande av NOx-värde i februari, rapporterat till tillsynsmyndigheten.", "GENOMFORD", "ja"),
            ("Kontroll av att driftjournaler förs", "Driftchef", {G, E}, "", "OKLAR", ""),
            ("Kontroll av reservkraft (provkörning)", "Driftchef", set(), "Ej aktuellt 2025 – reservkraftverket är avvecklat.", "UTGAR", ""),
        ]),
        ("Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", {G}, "Stickprov 20 fakturor OK.", "GENOMFORD", "nej"),
            ("Kontroll av kundfordringar och kreditbevakning", "Ekonomichef", {G}, "", "GENOMFORD", ""),
            ("Kontroll av att upphandlingar över direktupphandlingsgränsen annonseras", "Inköpsansvarig", {D}, "Två av fem upphandlingar granskade.", "DELVIS", ""),
            ("Kontroll av IT-säkerhet – behörigheter i SCADA/driftsystem", "IT-ansvarig", set(), "", "SAKNAS", ""),
            ("Kontroll av efterlevnad av insiderpolicy vid handel med el", "VD", {E}, "Skjuts till T2.", "EJ_GENOMFORD", ""),
        ]),
    ]
    d = Document()
    d.add_paragraph("Kolsva Energi AB").runs[0].bold = True
    d.add_paragraph("Styrelsemöte 2025-05-20, ärende 7")
    d.add_heading("Rapport intern kontroll – tertial 1 2025", 1)
    d.add_paragraph("Enligt styrelsens plan för intern kontroll 2025 ska uppföljning rapporteras till styrelsen efter "
                    "varje tertial. Nedan redovisas status per den 30 april 2025. Markering med X anger status för "
                    "respektive kontroll.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]):
        t.cell(0, c).text = h
        t.cell(0, c).paragraphs[0].runs[0].bold = True
    for g, rows in groups:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = g; m.paragraphs[0].runs[0].bold = True
        for x in rows:
            cells = t.add_row().cells
            cells[0].text = x[0]; cells[1].text = x[1]
            cells[2].text = "X" if G in x[2] else ""
            cells[3].text = "X" if D in x[2] else ""
            cells[4].text = "X" if E in x[2] else ""
            cells[5].text = x[3]
        exp(fil, N, [(x[0], x[4], x[5]) for x in rows])
    d.add_paragraph("")
    d.add_paragraph("Förslag till beslut: Styrelsen noterar rapporten till protokollet.")
    d.add_paragraph("Per Sandberg, VD")
    x = os.path.join(tmp, "Kolsva_Energi_AB_rapport_intern_kontroll_T1_2025.docx")
    d.save(x)
    soffice(x, "odt", OUT)
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 7 Tekniska nämnden (nämnd only in print header + file name)
def f_tn():
    fil = "TN_IK-uppfoljning_T1_2025.xlsx"
    N = "Tekniska nämnden"
    # (kontrollmoment, metod, frekvens, plan(T1,T2,T3), T1 code, kommentar, status, avv)
    groups = [
        ("Gata och park", [
            ("Kontroll av att vinterväghållning utförs enligt avtal (stickprov körjournaler)", "Stickprov körjournaler", "2 ggr/år", "x x", "1", "", "GENOMFORD", "nej"),
            ("Kontroll av att grävtillstånd finns för schaktarbeten i allmän mark", "Fältkontroll", "2 ggr/år", "xx ", "2", "4 schakt utan tillstånd, vite utfärdat.", "GENOMFORD", "ja"),
            ("Kontroll av lekplatsbesiktningar", "Besiktningsprotokoll", "1 ggr/år", " x ", "", "Besiktning utförs i juni enligt plan.", "EJ_GENOMFORD", ""),
            ("Kontroll av parkeringsövervakning – redovisning av parkeringsavgifter", "Avstämning mot bank", "Tertial", "xxx", "3", "Jan–feb avstämt.", "DELVIS", ""),
            ("Kontroll av att skador på gatubelysning åtgärdas inom avtalad tid", "Uttag ur felanmälan", "1 ggr/år", "x  ", "1", "", "GENOMFORD", "nej"),
        ]),
        ("Vatten och avlopp", [
            ("Kontroll av dricksvattenprover enligt provtagningsplan", "Provprotokoll", "Tertial", "xxx", "1", "", "GENOMFORD", "nej"),
            ("Kontroll av att VA-avgifter debiteras enligt VA-taxan", "Stickprov fakturor", "2 ggr/år", "x x", "2", "Felaktig taxa för 11 fastigheter, rättat.", "GENOMFORD", "ja"),
            ("Kontroll av att mätarbyten registreras i kundsystemet", "Avstämning", "Tertial", "xxx", "3", "", "DELVIS", ""),
            ("Kontroll av reservvattenplan och nödvattenberedskap", "Övning", "1 ggr/år", "x  ", "4", "Övningen flyttad till hösten.", "EJ_GENOMFORD", ""),
            ("Kontroll av bräddningar och rapportering till tillsynsmyndighet", "Driftrapporter", "Tertial", "xxx", "1", "", "GENOMFORD", "nej"),
        ]),
        ("Fastighet", [
            ("Kontroll av att hyresavtal för externa hyresgäster är uppdaterade", "Avtalsgenomgång", "1 ggr/år", "x  ", "1", "", "GENOMFORD", "nej"),
            ("Kontroll av att besiktning av hissar och portar utförs", "Besiktningsprotokoll", "2 ggr/år", "x x", "2", "2 hissar med anmärkning, åtgärdas.", "GENOMFORD", "ja"),
            ("Kontroll av investeringsprojekt – beslut före start", "Projektgenomgång", "Tertial", "xxx", "3", "", "DELVIS", ""),
            ("Kontroll av energiförbrukning i kommunala lokaler", "Energistatistik", "2 ggr/år", "x x", "5", "Utgår, ingår i energiplanen från 2025.", "UTGAR", ""),
            ("Kontroll av nyckel- och passerkortshantering", "Stickprov", "2 ggr/år", "x x", "1", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Kost och städ", [
            ("Kontroll av egenkontroll livsmedel i tillagningskök", "Egenkontrollprogram", "Tertial", "xxx", "1", "", "GENOMFORD", "nej"),
            ("Kontroll av att specialkost hanteras enligt rutin", "Stickprov", "Tertial", "xxx", "2", "Felaktig märkning vid ett tillfälle.", "GENOMFORD", "ja"),
            ("Kontroll av avtalstrohet vid livsmedelsinköp", "Inköpsstatistik", "2 ggr/år", "x x", "3", "", "DELVIS", ""),
            ("Kontroll av städkvalitet enligt INSTA 800", "Kvalitetsmätning", "2 ggr/år", "x x", "", "", "SAKNAS", ""),
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov", "Tertial", "xxx", "1", "", "GENOMFORD", "nej"),
        ]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Tekniska nämnden – Internkontrollplan 2025"
    ws.oddHeader.right.text = "Utskrift &D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – plan och uppföljning"; ws["A1"].font = TITLE
    ws["A2"] = "Ifylld av enheterna, sammanställd 2025-05-07"
    # two header rows
    ws.cell(4, 1, "Enhet/Kontrollmoment"); ws.merge_cells("A4:A5")
    ws.cell(4, 2, "Kontrollmetod"); ws.merge_cells("B4:B5")
    ws.cell(4, 3, "Frekvens"); ws.merge_cells("C4:C5")
    ws.cell(4, 4, "Planerad kontroll"); ws.merge_cells("D4:F4")
    ws.cell(4, 7, "Uppföljning (statuskod)"); ws.merge_cells("G4:I4")
    ws.cell(4, 10, "Kommentar"); ws.merge_cells("J4:J5")
    for c, h in zip(range(4, 10), ["Jan–apr", "Maj–aug", "Sep–dec", "T1", "T2", "T3"]):
        ws.cell(5, c, h)
    for rr in (4, 5):
        for c in range(1, 11):
            cell = ws.cell(rr, c); cell.font = BOLD; cell.fill = HDRFILL; cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col, w in zip("ABCDEFGHIJ", [60, 22, 11, 8, 8, 8, 6, 6, 6, 45]):
        ws.column_dimensions[col].width = w
    r = 6
    for g, rows in groups:
        ws.cell(r, 1, g).font = BOLD
        for c in range(1, 11):
            ws.cell(r, c).fill = GRPFILL
        r += 1
        for x in rows:
            plan = [("x" if ch == "x" else None) for ch in x[3]]
            vals = [x[0], x[1], x[2]] + plan + [int(x[4]) if x[4] else None, None, None, x[5] or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BOX
                cell.alignment = WRAP if c in (1, 2, 10) else Alignment(horizontal="center", vertical="top")
            r += 1
        exp(fil, N, [(x[0], x[6], x[7]) for x in rows])
    r += 1
    ws.cell(r, 1, "Statuskoder:").font = BOLD
    for i, t in enumerate(["1 = Genomförd utan avvikelse", "2 = Genomförd, avvikelse har upptäckts (beskriv i kommentar)",
                           "3 = Påbörjad", "4 = Ej genomförd", "5 = Utgår"], 1):
        ws.cell(r + i, 1, t)
    ws.print_title_rows = "4:5"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- reject: covering letter from KFN
def f_reject():
    fil = "KFN_Missiv_internkontroll_T1_2025.docx"
    d = Document()
    d.add_paragraph("Kolsva kommun\nKultur- och fritidsförvaltningen")
    d.add_paragraph("2025-05-08")
    d.add_paragraph("Till: Ekonomikontoret, Kommunledningsförvaltningen")
    d.add_heading("Angående uppföljning av internkontrollplan tertial 1 2025", 1)
    d.add_paragraph("Kultur- och fritidsnämndens uppföljning av internkontrollplanen för tertial 1 kommer att behandlas "
                    "av nämnden vid sammanträdet 2025-06-10. Med anledning av den pågående omorganisationen av "
                    "fritidsgårdsverksamheten har arbetet med kontrollerna försenats.")
    d.add_paragraph("Uppföljningen skickas till ekonomikontoret direkt efter nämndens beslut. Vi ber om förståelse "
                    "för att underlaget därför inte kan lämnas inom den utsatta tiden.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Lena Åström\nFörvaltningschef, Kultur- och fritidsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Kolsva Bostäder AB", "KBAB|Kolsvabostäder"),
        ("Kolsva Energi AB", "KEAB|Kolsva Energi"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for a, b in reg:
            f.write(f"{a};{b}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXP)


if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="r407_")
    f_bun(); f_von(); f_sn(); f_csv(); f_kbab(tmp); f_keab(tmp); f_tn(); f_reject()
    registers()
    shutil.rmtree(tmp, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXP), "controls")
