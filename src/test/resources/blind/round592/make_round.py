#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r592 - Bromölla kommun, helårsuppföljning internkontroll 2025 (inkorg januari 2026).
Builds every file of the round plus namnder.csv, files.csv, expected.csv in this folder."""
import csv
import os
import subprocess

import openpyxl
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO_PROFILE = "file:///tmp/lo-round592"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - kommunens Excelmall + egna kolumner (lätt)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK-uppföljning helår 2025 Kommunstyrelsen.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Bromölla kommun – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd/styrelse:"
    ws["C2"] = "Kommunstyrelsen"
    ws["A3"] = "Uppföljningsperiod:"
    ws["C3"] = "Helår 2025 (januari–december)"
    ws["A4"] = ("Instruktion: Ange status i kolumn F med rullistan (Genomförd, Delvis genomförd, "
                "Ej genomförd, Utgår). Avvikelser ska alltid kommenteras. Kolumnerna I–K är tillagda av förvaltningen.")
    ws.merge_cells("A4:K4")
    ws["A4"].alignment = WRAP
    ws.row_dimensions[4].height = 30
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Status helår",
           "Avvikelse (Ja/Nej)", "Kommentar/resultat", "Kontrollerat antal", "Andel fel (%)",
           "Åtgärd klar datum"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.alignment = WRAP
        c.border = BORDER
    rows = [
        (1, "Ekonomi – leverantörsfakturor", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Genomförd", "Ja",
         "Stickprov 40 fakturor. 2 fakturor saknade attest av behörig attestant. Attestanterna har påmints och attestförteckningen uppdaterats.",
         40, 5, "2025-11-30", "GENOMFORD", "ja"),
        (2, "Ekonomi – representation", "Otillåten representation",
         "Kontroll av förtroendekänsliga poster (representation, gåvor, resor)", "Controller",
         "Genomförd", "Nej", "25 verifikationer granskade, samtliga med syfte och deltagarförteckning.",
         25, 0, None, "GENOMFORD", "nej"),
        (3, "Lön", "Felaktig lön",
         "Kontroll av löneutbetalningar mot anställningsavtal", "HR-chef",
         "Genomförd", "Nej", "Inga avvikelser.", 30, 0, None, "GENOMFORD", "nej"),
        (4, "Upphandling", "Bristande avtalstrohet",
         "Köp utanför ramavtal – avtalstrohet vid direktupphandling", "Upphandlingsstrateg",
         "Delvis genomförd", "Ja",
         "Kontroll gjord för kvartal 1–3, kvartal 4 ej klar vid rapporteringen. 2 köp utan avtal har identifierats.",
         60, 3.3, "2026-03-31", "DELVIS", "ja"),
        (5, "IT och informationssäkerhet", "Obehörig åtkomst",
         "Behörighetskontroll i ekonomisystemet – avslutade anställningar", "IT-chef",
         "Ej genomförd", None, "Flyttas till 2026 på grund av byte av ekonomisystem.",
         None, None, None, "EJ_GENOMFORD", ""),
        (6, "Dokumenthantering", "Handlingar diarieförs inte",
         "Diarieföring av inkommande handlingar inom föreskriven tid", "Registrator",
         "Genomförd", "Nej", "Stickprov vecka 10 och 40, alla handlingar diarieförda inom 2 dagar.",
         50, 0, None, "GENOMFORD", "nej"),
        (7, "Nämndadministration", "Laglighetsprövning försvåras",
         "Justerat protokoll anslås på kommunens digitala anslagstavla inom lagstadgad tid", "Nämndsekreterare",
         "Genomförd", "Ja", "1 protokoll anslogs 3 dagar för sent. Rutinen för bevakning har skärpts.",
         22, 4.5, "2025-10-15", "GENOMFORD", "ja"),
        (8, "Säkerhet", "Brand i kommunhuset",
         "Uppföljning av systematiskt brandskyddsarbete (SBA) i kommunhuset", "Säkerhetssamordnare",
         "Utgår", None, "Utgår enligt KS beslut 2025-05-07 § 84, ingår i räddningstjänstens tillsyn.",
         None, None, None, "UTGAR", ""),
        (9, "HR", "Olämplig person anställs",
         "Kontroll att utdrag ur belastningsregistret begärts vid nyanställning inom kommunens fritidsverksamhet",
         "HR-chef", None, None, None, None, None, None, "SAKNAS", ""),
    ]
    for r in rows:
        ws.append(list(r[:11]))
        for c in ws[ws.max_row]:
            c.alignment = WRAP
            c.border = BORDER
        exp(fil, namnd, r[3], r[11], r[12])
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"F{hr+1}:F{ws.max_row}")
    ws.append([])
    ws.append(["Upprättad av: Anna Persson, controller, 2026-01-19"])
    ws.append(["Behandlad i kommunstyrelsens arbetsutskott 2026-02-04"])
    for col, w in zip("ABCDEFGHIJK", [5, 22, 22, 45, 16, 16, 12, 50, 11, 10, 13]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - mallen, delår + helår sida vid sida,
#    processrubriker, nämnden bara i sidhuvud och filnamn (medel/svår)
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_internkontroll_2025_helar.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.left.text = "Barn- och utbildningsnämnden"
    ws.oddHeader.right.text = "Uppföljning internkontrollplan 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: delår (jan–aug) och helår (jan–dec). Fyll i helårskolumnen inför årsredovisningen."
    hdr = ["Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status delår", "Status helår",
           "Kontrollerat antal", "Antal fel", "Kommentar helår", "Åtgärd klar datum"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.alignment = WRAP
        c.border = BORDER

    def heading(t):
        ws.append([t])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).font = BOLD
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="E2EFDA")

    data = [
        ("Process: Elevhälsa", [
            ("Kontroll att anmälan om kränkande behandling skickats till huvudman samma dag",
             "Stickprov i DF Respons", "Per termin", "Verksamhetschef grundskola",
             "Delvis genomförd", "Genomförd", 48, 3,
             "3 anmälningar skickades 2–5 dagar för sent. Rektorer informerade på ledningsgrupp.", "2025-12-15",
             "GENOMFORD", "ja"),
            ("Elevhälsans journalföring enligt patientdatalagen",
             "Loggkontroll i journalsystemet", "1 gång/år", "Verksamhetschef elevhälsa",
             "Ej påbörjad", "Delvis genomförd", 20, None,
             "Loggkontroll gjord för skolsköterskor, kurator återstår.", None,
             "DELVIS", ""),
        ]),
        ("Process: Skolpliktsbevakning", [
            ("Uppföljning av elever med hög frånvaro (över 15 %)",
             "Rapport ur Skola24", "Månadsvis", "Rektor", "Genomförd", "Genomförd", 112, 0,
             "Alla elever med hög frånvaro har en kartläggning.", None, "GENOMFORD", "nej"),
            ("Bevakning av skolplikt för elever folkbokförda i kommunen men utan skolplacering",
             "Avstämning mot folkbokföringen", "2 gånger/år", "Skolintendent", "Delvis genomförd", None, None, None,
             None, None, "DELVIS", ""),
        ]),
        ("Process: Ekonomi och inköp", [
            ("Inköp sker från avtalade leverantörer",
             "Stickprov 30 fakturor", "1 gång/år", "Förvaltningsekonom", None, "Ej genomförd", None, None,
             "Ej genomförd på grund av vakans som förvaltningsekonom under hösten.", None, "EJ_GENOMFORD", ""),
            ("Interkommunal ersättning faktureras korrekt",
             "Avstämning mot elevregister", "Per termin", "Förvaltningsekonom", "Genomförd", "Se bilaga", None, None,
             None, None, "OKLAR", ""),
            ("Kontroll av barnomsorgsavgifter – inkomstuppgifter",
             "Inkomstkontroll mot Skatteverket", "1 gång/år", "Handläggare barnomsorg", None, "Genomförd", 250, 7,
             "7 hushåll har fått efterdebitering.", "2026-02-28", "GENOMFORD", "ja"),
        ]),
        ("Process: Personal", [
            ("Registerkontroll av personal i förskola och skola",
             "Genomgång av nyanställda", "Löpande", "HR-konsult", "Genomförd", "Genomförd", 64, 0,
             "Samtliga nyanställda har visat utdrag.", None, "GENOMFORD", "nej"),
            ("Systematiskt arbetsmiljöarbete – skyddsronder genomförda",
             "Uppföljning i Stratsys", "1 gång/år", "Förvaltningschef", None, "Ej aktuell", None, None,
             "Ersätts av kommungemensam arbetsmiljökontroll under KS.", None, "UTGAR", ""),
        ]),
    ]
    for h, rows in data:
        heading(h)
        for r in rows:
            ws.append(list(r[:10]))
            for c in ws[ws.max_row]:
                c.alignment = WRAP
                c.border = BORDER
            exp(fil, namnd, r[0], r[10], r[11])
    ws.append([])
    ws.append(["Statusalternativ: Genomförd / Delvis genomförd / Ej påbörjad / Ej genomförd / Ej aktuell"])
    for col, w in zip("ABCDEFGHIJ", [50, 25, 12, 22, 14, 14, 10, 9, 50, 13]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = f"{hr}:{hr}"
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word, en tabell per process, Utförd / Ej utförd / Pågår
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden - uppföljning intern kontroll helår 2025.docx"
    namnd = "Socialnämnden"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Uppföljning av internkontrollplan 2025 – Socialnämnden", level=1)
    d.add_paragraph("Helårsuppföljning, dnr SN 2025/14. Handläggare: Karin Nilsson, kvalitetsutvecklare.")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 19 februari 2025. Nedan redovisas utfallet av "
        "kontrollerna per process. Status anges som Utförd, Ej utförd eller Pågår. Eventuella avvikelser beskrivs "
        "i kommentarskolumnen tillsammans med vidtagna åtgärder.")
    procs = [
        ("Process 1: Ekonomiskt bistånd", [
            ("Kontroll av att beslut om ekonomiskt bistånd fattats enligt delegationsordningen",
             "Stickprov 20 akter per halvår", "Enhetschef försörjning", "Utförd",
             "Inga avvikelser. Samtliga beslut fattade av behörig delegat.", "GENOMFORD", "nej"),
            ("Kontroll mot Försäkringskassan och CSN (SSBTEK) vid nybesök",
             "Stickprov 15 akter", "Enhetschef försörjning", "Utförd",
             "I 2 av 15 akter saknades dokumenterad kontroll. Påminnelse till handläggarna.", "GENOMFORD", "ja"),
            ("Utbetalningar av ekonomiskt bistånd till rätt mottagare",
             "Avstämning utbetalningsfil", "Ekonom", "Pågår",
             "Avstämning genomförd för jan–sep, resterande månader klara i februari.", "DELVIS", ""),
        ]),
        ("Process 2: Äldreomsorg", [
            ("Avgifter inom äldreomsorgen beräknas korrekt\n(maxtaxa och förbehållsbelopp)",
             "Stickprov 25 avgiftsbeslut", "Avgiftshandläggare", "Utförd",
             "1 felaktig avgift rättad och återbetald.", "GENOMFORD", "ja"),
            ("Genomförandeplaner upprättas inom 14 dagar från verkställighet",
             "Journalgranskning", "Enhetschef hemtjänst", "Ej utförd",
             "Ej utförd under året, flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
            ("Läkemedelshantering – signeringslistor kontrolleras",
             "Egenkontroll", "MAS", "Utförd",
             "Kontroll utförd på samtliga särskilda boenden, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Process 3: Individ- och familjeomsorg", [
            ("Förhandsbedömning av orosanmälan inom 14 dagar",
             "Rapport ur Treserva", "Enhetschef barn och unga", "Pågår",
             "Uppföljning pågår, 85 % inom tid hittills.", "DELVIS", "ja"),
            ("Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
             "Genomgång av ärendelogg", "Verksamhetschef IFO", "",
             "Kontrollen har inte genomförts på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ]),
        ("Process 4: Personal och arbetsmiljö", [
            ("Bemanningsschema följer kollektivavtalets regler om dygnsvila",
             "Rapport ur Time Care", "HR-konsult", "Utförd",
             "Kontroll utförd. Avvikelser i 4 scheman på korttidsboendet har åtgärdats.", "GENOMFORD", "ja"),
            ("Delegering av hälso- och sjukvårdsuppgifter är aktuell",
             "Genomgång av delegeringsregistret", "MAS", "Utförd",
             "", "GENOMFORD", ""),
        ]),
    ]
    for title, rows in procs:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for r in rows:
            cells = t.add_row().cells
            for i in range(5):
                cells[i].text = r[i]
            exp(fil, namnd, r[0].replace("\n", " "), r[5], r[6])
        d.add_paragraph("")
    d.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms som i huvudsak tillräcklig. "
                    "Kontroller som inte utförts under 2025 förs över till planen för 2026.")
    p = d.add_paragraph("Bromölla 2026-01-22\nKarin Nilsson\nKvalitetsutvecklare, Socialförvaltningen")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - .ods, symboler, teckenförklaring till höger
#    om titeln, T1/T2/T3 kolumner
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN intern kontroll 2025.ods"
    tmp = "KFN intern kontroll 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning per tertial (T3 = helår)"
    ws["A3"] = "Senast uppdaterad 2026-01-16 / Per Olsson"
    ws["H1"] = "Teckenförklaring"
    ws["H1"].font = BOLD
    legend = [("●", "Genomförd"), ("◐", "Påbörjad / delvis genomförd"), ("○", "Ej genomförd"),
              ("–", "Utgår / ej aktuell")]
    for i, (s, t) in enumerate(legend):
        ws.cell(2 + i, 8, s).alignment = Alignment(horizontal="center")
        ws.cell(2 + i, 9, t)
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    r0 = 7
    for i, h in enumerate(hdr):
        c = ws.cell(r0, i + 1, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BORDER
    rows = [
        ("1", "Bibliotek", "Kassahantering – dagskassor stäms av mot kassarapport", "Bibliotekschef",
         "●", "●", "●", "Inga avvikelser under året.", "GENOMFORD", "nej"),
        ("2", "Föreningsbidrag", "Utbetalda föreningsbidrag stämmer med beslut och medlemsredovisning",
         "Föreningskonsulent", "", "◐", "●", "3 föreningar fick återbetalningskrav p.g.a. felaktigt deltagarantal.",
         "GENOMFORD", "ja"),
        ("3", "Föreningsbidrag", "Registerutdrag för ledare i föreningar som får aktivitetsstöd", "Föreningskonsulent",
         "", "○", "◐", "Hälften av föreningarna har redovisat, resten påminda.", "DELVIS", ""),
        ("4", "Anläggningar", "Bokningar i Interbook debiteras enligt taxa", "Fritidschef",
         "", "●", "", "Kontrollen görs en gång per år, utförd i juni.", "GENOMFORD", ""),
        ("5", "Anläggningar", "Badvakter vid Bromölla simhall har giltig livräddarutbildning", "Badmästare",
         "●", "●", "●", "", "GENOMFORD", ""),
        ("6", "Fritidsgårdar", "Nyckel- och passerkortshantering på fritidsgårdarna", "Enhetschef ungdom",
         "", "", "○", "Ej hunnits med, prioriteras 2026.", "EJ_GENOMFORD", ""),
        ("7", "Kulturskola", "Avgifter i kulturskolan faktureras samtliga inskrivna elever", "Kulturskolechef",
         "", "", "–", "Avgiften slopad från HT 2025 enligt KF-beslut.", "UTGAR", ""),
        ("8", "Allmänkultur", "Konstinventering – kommunens konstsamling finns på angiven plats", "Kultursekreterare",
         "", "", "", "", "SAKNAS", ""),
        ("9", "Ekonomi", "Attest av fakturor sker enligt attestordningen", "Förvaltningsekonom",
         "●", "●", "◐", "Stickprov T3 ej klart.", "DELVIS", ""),
    ]
    for j, r in enumerate(rows):
        for i, v in enumerate(r[:8]):
            c = ws.cell(r0 + 1 + j, i + 1, v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP if i in (2, 7) else Alignment(horizontal="center", vertical="top") if i in (4, 5, 6) else WRAP
        exp(fil, namnd, r[2], r[8], r[9])
    for col, w in zip("ABCDEFGHI", [4, 16, 50, 20, 5, 5, 5, 45, 26]):
        ws.column_dimensions[col].width = w
    wb.save(tmp)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "ods",
                    "--outdir", HERE, tmp], check=True, capture_output=True)
    os.remove(tmp)
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys-export, Windows-1252, semikolon, två nämnder, delår+helår rader
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Stratsys_export_internkontroll_2026-01-14.csv"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Riskvärde", "Period", "Status",
           "Avvikelse", "Kommentar", "Uppdaterad av", "Uppdaterad"]
    TN = "Tekniska nämnden"
    MB = "Miljö- och byggnadsnämnden"
    org_tn = "Tekniska nämnden"
    org_mb = "Miljö- och byggförvaltningen"
    plan = "Internkontrollplan 2025"
    rows = []
    tn = [
        ("Fastighet", "Besiktning av lekplatser enligt SS-EN 1176", 12,
         ("Pågående", "", "Halva beståndet besiktigat."),
         ("Klar", "Ja", "Samtliga 24 lekplatser besiktigade. 5 anmärkningar, 2 redskap borttagna."),
         "GENOMFORD", "ja"),
        ("Gata/park", "Vinterväghållning utförs enligt avtal med entreprenör", 9,
         ("Klar", "Nej", "Kontroll av körjournaler jan–mars."),
         ("Klar", "Nej", "Kontroll av körjournaler nov–dec, inga avvikelser."),
         "GENOMFORD", "nej"),
        ("VA", "Avläsning av vattenmätare och debitering av VA-avgifter", 8,
         ("Ej påbörjad", "", ""),
         ("Pågående", "", "Stickprov på 50 abonnenter påbörjat, klart i mars 2026."),
         "DELVIS", ""),
        ("Fastighet", "Hyresavtal för externa hyresgäster indexuppräknas", 6,
         ("Ej påbörjad", "", ""),
         ("", "Nej", "Kontrollen genomförd i november, inga avvikelser."),
         "GENOMFORD", "nej"),
        ("Kost", "Egenkontroll av livsmedelshantering i tillagningskök", 12,
         ("Klar", "Ja", "Temperaturloggning saknades i två kök under juni."),
         ("Klar", "Ja", "Brister i temperaturloggning åtgärdade.\nUppföljande kontroll i december utan anmärkning."),
         "GENOMFORD", "ja"),
        ("Fordon", "Körjournaler för kommunens fordon förs korrekt", 4,
         None,
         ("Ej påbörjad", "", "Ej genomförd 2025, resursbrist."),
         "EJ_GENOMFORD", ""),
    ]
    for proc, km, rv, dl, hl, st, av in tn:
        if dl:
            rows.append([org_tn, plan, proc, km, rv, "Delår 2025", dl[0], dl[1], dl[2], "Lars Ek", "2025-09-12"])
        rows.append([org_tn, plan, proc, km, rv, "Helår 2025", hl[0], hl[1], hl[2], "Lars Ek", "2026-01-12"])
        exp(fil, TN, km, st, av)
    mb = [
        ("Tillsyn", "Tillsynsavgifter debiteras enligt taxa för miljöbalkens område", 9,
         ("Klar", "Ja", "2 av 30 tillsynsärenden saknade debitering, fakturerat i efterhand."), "GENOMFORD", "ja"),
        ("Bygglov", "Beslut om bygglov fattas inom lagstadgad handläggningstid (10 veckor)", 12,
         ("Klar", "Nej", "Samtliga beslut inom tid."), "GENOMFORD", "nej"),
        ("Bygglov", "Delegationsbeslut anmäls till nämnden", 6,
         ("Pågående", "", "Genomgång av Q4 återstår."), "DELVIS", ""),
        ("Livsmedel", "Livsmedelskontroll enligt fastställd kontrollplan", 12,
         ("Ej påbörjad", "", "Ej genomförd, vakanta inspektörstjänster."), "EJ_GENOMFORD", ""),
        ("Registratur", "Utlämnande av allmän handling sker skyndsamt", 4,
         ("Avbruten", "", "Avbruten enligt nämndens beslut 2025-06-11 § 52, ersätts av KS kontroll."), "UTGAR", ""),
    ]
    for proc, km, rv, hl, st, av in mb:
        rows.append([org_mb, plan, proc, km, rv, "Helår 2025", hl[0], hl[1], hl[2], "Maria Holm", "2026-01-09"])
        exp(fil, MB, km, st, av)
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(rows)
    FILES.append((fil, "INLAST", TN, 2025, "HELAR"))
    FILES.append((fil, "INLAST", MB, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 6. Bromölla Energi och Värme AB - .xls med kryssrutor
# ---------------------------------------------------------------------------
def file_bevab():
    fil = "BEVAB uppföljning internkontroll 2025.xls"
    namnd = "Bromölla Energi och Värme AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning 2025")
    b = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    n = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ws.write(0, 0, "Bromölla Energi och Värme AB", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Uppföljning av intern kontroll – helår 2025")
    ws.write(2, 0, "Markera med X i kolumnen som gäller.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Genomförd", "Ej genomförd", "Avvikelse noterad", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, b)
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt bolagets attestinstruktion", "X", "", "",
         "Stickprov 30 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ("Ekonomi", "Avstämning av fjärrvärmedebitering mot mätarställning", "X", "", "X",
         "4 kunder felaktigt debiterade, kreditfakturor utställda.", "GENOMFORD", "ja"),
        ("Inköp", "Inköp över direktupphandlingsgränsen föregås av upphandling enligt LUF", "", "X", "",
         "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("IT/OT-säkerhet", "Behörigheter i driftövervakningssystemet gås igenom", "", "", "",
         "Pågår, klart i februari 2026.", "DELVIS", ""),
        ("Arbetsmiljö", "Skyddsronder på värmeverket och i ledningsnätet", "X", "X", "",
         "", "OKLAR", ""),
        ("Styrning", "Styrelsens beslut verkställs och återrapporteras", "X", "", "",
         "", "GENOMFORD", ""),
    ]
    for j, r in enumerate(rows):
        for i, v in enumerate(r[:6]):
            ws.write(5 + j, i, v, n)
        exp(fil, namnd, r[1], r[6], r[7])
    ws.write(5 + len(rows) + 1, 0, "Godkänd av VD Jonas Bengtsson 2026-01-20")
    for i, w in enumerate([16, 50, 11, 12, 12, 45]):
        ws.col(i).width = 256 * w
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - Word, bara löptext (ingen tabell)
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN helårsuppföljning IK 2025.docx"
    namnd = "Överförmyndarnämnden"
    d = Document()
    d.add_heading("Överförmyndarnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll, helår 2025")
    d.add_paragraph("Nämnden har under 2025 haft fyra kontrollmoment i sin internkontrollplan. "
                    "Resultatet redovisas nedan.")
    items = [
        ("Årsräkningar granskas inom sex månader från inlämnande",
         "Genomförd med anmärkning. 212 av 221 årsräkningar granskades inom sex månader; 9 blev försenade på grund av kompletteringar.",
         "GENOMFORD", "ja"),
        ("Kontroll att ställföreträdare har giltigt utdrag ur belastningsregistret innan förordnande",
         "Genomförd. Samtliga 18 nya ställföreträdare hade giltigt utdrag. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         "Delvis genomförd. Stickprov gjort för första halvåret, andra halvåret granskas i samband med årsräkningarna 2026.",
         "DELVIS", ""),
        ("Förteckningar över huvudmannens tillgångar inkommer inom två månader",
         "Ej genomförd under året. Kontrollen flyttas till 2026.",
         "EJ_GENOMFORD", ""),
    ]
    for i, (km, res, st, av) in enumerate(items, 1):
        d.add_heading(f"Kontroll {i}", level=2)
        d.add_paragraph(f"Kontrollmoment: {km}")
        d.add_paragraph(f"Resultat helår: {res}")
        exp(fil, namnd, km, st, av)
    d.add_paragraph("Bromölla 2026-01-15\nEva Lind, handläggare överförmyndarenheten")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# ---------------------------------------------------------------------------
# 8. Avvisas: budgetuppföljning (ingen internkontroll)
# ---------------------------------------------------------------------------
def file_budget():
    fil = "KS budgetuppföljning helår 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Kommunstyrelsen – Budgetuppföljning helår 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Utfall per 2025-12-31, preliminärt bokslut"
    ws.append([])
    ws.append(["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024", "Kommentar"])
    for c in ws[4]:
        c.font = BOLD
    data = [
        ("Politisk verksamhet", 6200, 6050, "Färre sammanträden än planerat."),
        ("Kommunledning och administration", 48300, 49120, "Ökade konsultkostnader vid systembyte."),
        ("Näringsliv och turism", 5100, 4870, ""),
        ("Räddningstjänst", 17800, 17800, "Enligt avtal med förbundet."),
        ("Kollektivtrafik", 9400, 9950, "Indexuppräkning Skånetrafiken."),
        ("IT och digitalisering", 14200, 13690, "Vakanta tjänster under hösten."),
    ]
    r = 5
    for v, bud, utf, k in data:
        ws.append([v, bud, utf, None, round(utf * 0.97), k])
        ws.cell(r, 4).value = f"=B{r}-C{r}"
        r += 1
    ws.append(["Summa", f"=SUM(B5:B{r-1})", f"=SUM(C5:C{r-1})", f"=SUM(D5:D{r-1})", f"=SUM(E5:E{r-1})", None])
    ws.cell(r, 1).font = BOLD
    ws.append([])
    ws.append(["Analys: Kommunstyrelsen redovisar ett underskott mot budget som främst förklaras av kostnader i samband med byte av ekonomisystem."])
    for col, w in zip("ABCDEF", [34, 12, 12, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggnämnden"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Bromölla Energi och Värme AB", "BEVAB|Bromölla Energi & Värme"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    file_ks()
    file_bun()
    file_sn()
    file_kfn()
    file_csv()
    file_bevab()
    file_ofn()
    file_budget()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "expected controls")
