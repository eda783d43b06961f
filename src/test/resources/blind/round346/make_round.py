#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r346 – Brännvik kommun, delår 2025.
Builds every file of the round plus namnder.csv, files.csv, expected.csv (deterministic)."""
import csv, datetime, os, shutil, subprocess, glob

import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r346_build"
os.makedirs(TMP, exist_ok=True)
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)
SOFFICE = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round346"]

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def out(name):
    return os.path.join(HERE, name)


def convert(src, fmt, final_name):
    """Convert src with LibreOffice into HERE under final_name."""
    subprocess.run(SOFFICE + ["--convert-to", fmt, "--outdir", TMP, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.splitext(src)[0] + "." + fmt.split(":")[0]
    shutil.move(produced, out(final_name))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – easy xlsx, title rows Nämnd/enhet, År, Period
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KLF_uppfoljning_internkontroll_delar_2025.xlsx"
    namnd = "Kommunstyrelsen"
    rows = [
        # nr, process, kontrollmoment, metod, avvikelse, åtgärd, status, ansvarig, återrapp, exp_status, exp_avv
        (1, "Inköp", "Attest av leverantörsfakturor sker enligt gällande attestordning",
         "Stickprov 25 fakturor per kvartal",
         "Två fakturor saknade andra attest (belopp under 5 000 kr). Övriga enligt attestordningen.",
         "Påminnelse till attestanter via chefsforum i september.",
         "Granskning genomförd", "Redovisningsansvarig", "Delår", "GENOMFORD", "ja"),
        (2, "Inköp", "Köp sker från ramavtalsleverantör (avtalstrohet)",
         "Uttag ur leverantörsreskontran jan–jun, jämförelse mot avtalsdatabasen",
         "Avtalstroheten uppgår till 87 %. Köp utanför avtal avser främst IT-tillbehör.",
         "Riktad information till beställare inom IT-enheten.",
         "Granskning genomförd", "Upphandlingschef", "Delår", "GENOMFORD", "ja"),
        (3, "Lön", "Behörigheter i lönesystemet motsvarar aktuell befattning",
         "Behörighetslista jämförs mot personalförteckning",
         "Ingen avvikelse identifierad.", "Ingen åtgärd",
         "Granskning genomförd", "Lönechef", "Delår", "GENOMFORD", "nej"),
        (4, "Förtroendekänsliga poster", "Representation redovisas med syfte och deltagare",
         "Genomgång av samtliga representationsfakturor",
         "Fakturor för januari–april är genomgångna utan anmärkning. Maj–augusti granskas under hösten.",
         "",
         "Granskning påbörjad", "Controller", "Delår/Helår", "DELVIS", "nej"),
        (5, "Informationssäkerhet", "Rutin för loggkontroll i ärendehanteringssystemet följs",
         "Kontroll av loggar två gånger per år",
         "Loggkontroll har inte kunnat genomföras på grund av byte av ärendehanteringssystem i maj.",
         "Kontrollen genomförs i det nya systemet under kvartal 4.",
         "Granskning ej genomförd", "Informationssäkerhetssamordnare", "Helår", "EJ_GENOMFORD", ""),
        (6, "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen vid nästkommande sammanträde",
         "Jämförelse av beslutslogg mot anmälda beslut",
         "Tre beslut om tjänsteresor anmäldes med två månaders fördröjning.",
         "Månatlig sammanställning av delegationsbeslut införs.",
         "Granskning genomförd med anmärkning", "Kommunsekreterare", "Delår", "GENOMFORD", "ja"),
        (7, "Krisberedskap", "Kontinuitetsplaner är uppdaterade för samhällsviktig verksamhet",
         "Genomgång av samtliga planer", "", "", "", "Säkerhetssamordnare", "Helår", "SAKNAS", ""),
        (8, "Personal", "Anställdas bisysslor är anmälda och bedömda av närmaste chef",
         "Enkät till samtliga chefer", "", "", "", "HR-chef", "Helår", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Ekonomienheten"
    ws = wb.active
    ws.title = "Uppföljning"
    bold = Font(bold=True)
    ws["A1"] = "Uppföljning internkontrollplan 2025 – delårsrapport"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/enhet:"; ws["B3"] = "Kommunledningsförvaltningen"
    ws["A4"] = "År:"; ws["B4"] = 2025
    ws["A5"] = "Period:"; ws["B5"] = "Januari–augusti (delår)"
    for c in ("A3", "A4", "A5"):
        ws[c].font = bold
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Kontrollmetod", "Konstaterad avvikelse",
           "Förslag på åtgärder", "Status", "Ansvarig", "Återredovisas"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    thin = Side(style="thin")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for r in rows:
        ws.append(list(r[:9]))
        rr = ws.max_row
        for i in range(1, 10):
            ws.cell(rr, i).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(rr, i).border = Border(top=thin, bottom=thin, left=thin, right=thin)
        EXPECTED.append((fil, namnd, r[2], r[9], r[10]))
    ws.append([])
    ws.append(["Sammanställt av: Ekonomienheten, 2025-09-12"])
    for col, w in zip("ABCDEFGHI", (5, 20, 42, 32, 48, 36, 22, 22, 14)):
        ws.column_dimensions[col].width = w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden – docx, prose + risk table, merged process cells, "Följer plan"
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def new_doc():
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Brännvik kommun"
    return d


def file_sn():
    fil = "SN Uppföljning kritiska risker delår 2025.docx"
    namnd = "Socialnämnden"
    d = new_doc()
    d.add_heading("Delårsuppföljning av kritiska risker i Socialnämndens internkontrollplan 2025", 1)
    d.add_paragraph("Dnr SN 2025/014")
    d.add_heading("Bakgrund", 2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig och att "
        "verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Socialnämnden antog i januari 2025 en "
        "internkontrollplan som omfattar sju kritiska risker. Riskerna har värderats utifrån sannolikhet och "
        "konsekvens (skala 1–16) och för varje risk har nämnden beslutat hur den ska hanteras – genom granskning, "
        "genom utvecklingsarbete eller inom ordinarie verksamhet.")
    d.add_heading("Uppföljning per 31 augusti", 2)
    d.add_paragraph(
        "I tabellen nedan redovisas om hanteringen följer den plan som nämnden beslutat samt en kommentar om "
        "genomförda och planerade aktiviteter. Fem av sju risker bedöms följa planen. För en risk har arbetet "
        "skjutits upp och en risk redovisas först vid helårsuppföljningen.")
    rows = [
        # process, risk, riskvärde, kontrollmoment, hantering, följer plan, kommentar, status, avv
        ("Myndighetsutövning barn och unga",
         "Risk att förhandsbedömning av orosanmälan inte görs inom 14 dagar", "12",
         "Veckovis bevakning av inkomna orosanmälningar i verksamhetssystemet",
         "Granskning av 20 ärenden per tertial",
         "Ja",
         "40 ärenden har granskats januari–augusti. 38 av 40 förhandsbedömdes inom lagstadgad tid; "
         "två överskred tiden med 2 respektive 4 dagar på grund av sjukfrånvaro.",
         "GENOMFORD", "ja"),
        (None,
         "Risk att utredningar pågår längre än fyra månader utan beslut om förlängning", "9",
         "Månatlig genomgång av lista över pågående utredningar äldre än 90 dagar",
         "Hanteras genom aktivitet",
         "Ja",
         "Listan har gåtts igenom av enhetschef varje månad. Ingen utredning har överskridit fyra månader "
         "utan förlängningsbeslut.",
         "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Risk för felaktiga utbetalningar av försörjningsstöd", "12",
         "Dubbelkontroll av utbetalningar över 15 000 kr innan utbetalning",
         "Granskning – stickprov 30 utbetalningar",
         "Ja",
         "Stickprov om 30 utbetalningar är genomfört. Samtliga hade dubbelkontroll och korrekt belopp.",
         "GENOMFORD", "nej"),
        (None,
         "Risk att uppgifter i ansökan inte stäms av mot andra myndigheter", "8",
         "Kontroll mot SSBTEK vid varje nyansökan enligt checklista",
         "Hanteras genom utvecklingsarbete – checklista tas fram vt 2025",
         "Nej",
         "Checklistan har inte tagits fram. Arbetet har skjutits upp till 2026 på grund av hög "
         "personalomsättning bland handläggarna.",
         "EJ_GENOMFORD", ""),
        ("Hantera personuppgifter enligt GDPR och OSL",
         "Risk att sekretessbelagda handlingar skickas till fel mottagare", "8",
         "Rutin för utskick av handlingar tas upp på APT",
         "Hanteras genom aktivitet – fortsätta påminna",
         "Ja",
         "Rutinen togs upp på APT i samtliga arbetsgrupper i mars. En felsänd handling har ändå "
         "inträffat under perioden och har anmälts till IMY. Ny genomgång planeras i november.",
         "GENOMFORD", "ja"),
        (None,
         "Risk att behörigheter i verksamhetssystemet inte tas bort vid avslutad anställning", "9",
         "Kvartalsvis avstämning av behörigheter mot HR-systemets lista över avslutade anställningar",
         "Granskning",
         "Delvis",
         "Avstämning gjord för kvartal 1 utan anmärkning. Avstämningen för kvartal 2 pågår och beräknas vara "
         "klar i september.",
         "DELVIS", "nej"),
        ("Arbetsmiljö",
         "Risk att medarbetare utsätts för hot och våld vid hembesök", "6",
         "Riskbedömning inför hembesök dokumenteras i ärendet",
         "Hanteras inom ordinarie arbetsmiljöarbete",
         "",
         "Redovisas vid helårsuppföljningen.",
         "SAKNAS", ""),
    ]
    hdr = ["Ansvarsområde/\nprocess", "Risk", "Risk-\nvärde", "Befintlig kontroll/\nkontrollmoment",
           "Ställningstagande av hantering", "Följer plan:\n(Ja/Nej)", "Kommentar per 31 augusti:"]
    t = d.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True)
    start = None
    for ri, r in enumerate(rows, 1):
        for ci in range(1, 7):
            set_cell(t.cell(ri, ci), r[ci])
        EXPECTED.append((fil, namnd, r[3], r[7], r[8]))
    # vertical merges of the process column
    spans = []
    for ri, r in enumerate(rows, 1):
        if r[0] is not None:
            spans.append([ri, ri, r[0]])
        else:
            spans[-1][1] = ri
    for a, b, text in spans:
        c = t.cell(a, 0)
        if b > a:
            c = c.merge(t.cell(b, 0))
        set_cell(c, text)
    d.add_paragraph("")
    d.add_paragraph("Brännvik 2025-09-05")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – xlsx, T1/Delår/Helår symbol columns, legend at bottom
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUF_Internkontroll_2025_uppfoljning.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    groups = [
        ("Ekonomi", [
            ("1.1", "Interkommunal ersättning", "Interkommunal ersättning faktureras för samtliga elever folkbokförda i annan kommun",
             "Elevregister stäms av mot utställda fakturor", "Per termin", "Controller",
             "●", "●", "", "VT fakturerat och avstämt. HT faktureras i oktober.", "GENOMFORD", "nej"),
            ("1.2", "Avgifter förskola", "Barnomsorgsavgift debiteras enligt aktuell inkomstuppgift",
             "Stickprov 30 hushåll", "2 ggr/år", "Handläggare barnomsorg",
             "○", "◐", "", "15 av 30 hushåll kontrollerade. Två hushåll hade felaktig avgift, rättat.", "DELVIS", "ja"),
            ("1.3", "Skolskjuts", "Beslut om skolskjuts finns för samtliga elever som åker skolskjuts",
             "Åklistor stäms av mot beslut", "1 gång/år", "Skolskjutssamordnare",
             "●", "", "", "Kontrollen gjordes i februari. Beslut fanns för samtliga elever.", "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("2.1", "Rekrytering", "Utdrag ur belastningsregistret har uppvisats före anställning",
             "Samtliga nyanställda kontrolleras", "Löpande", "HR-konsult",
             "◐", "●", "", "Samtliga 42 nyanställda jan–aug kontrollerade, utdrag fanns i samtliga fall.", "GENOMFORD", "nej"),
            ("2.2", "Rehabilitering", "Rehabiliteringsplan upprättas vid sjukfrånvaro längre än 30 dagar",
             "Lista från lönesystemet jämförs mot upprättade planer", "2 ggr/år", "Rektorer",
             "○", "○", "", "Ej påbörjad – HR-resurs saknas under våren.", "EJ_GENOMFORD", ""),
            ("2.3", "Kompetens", "Legitimation finns för tillsvidareanställda lärare",
             "Register över legitimationer", "1 gång/år", "Skolchef",
             "–", "–", "", "Utgår 2025. Kontrolleras centralt av HR-avdelningen enligt KS beslut.", "UTGAR", ""),
        ]),
        ("Verksamhet", [
            ("3.1", "Kränkande behandling", "Anmälan om kränkande behandling lämnas till huvudman inom en vecka",
             "Genomgång av samtliga anmälningar", "Per tertial", "Kvalitetsstrateg",
             "●", "●", "", "6 av 58 anmälningar inkom senare än en vecka. Påminnelse till rektorer.", "GENOMFORD", "ja"),
            ("3.2", "Närvaro", "Elevers frånvaro följs upp enligt rutin för problematisk skolfrånvaro",
             "Stickprov 10 elever per skolenhet", "2 ggr/år", "Elevhälsochef",
             "", "", "", "", "SAKNAS", ""),
            ("3.3", "Synpunkter och klagomål", "Klagomål registreras och återkopplas inom 10 arbetsdagar",
             "Genomgång av registrerade klagomål", "Per tertial", "Nämndsekreterare",
             "●", "◐", "", "Klagomål jan–apr granskade utan anmärkning. Granskning maj–aug pågår.", "DELVIS", "nej"),
        ]),
    ]
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsnämnden – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Instruktion: markera status per uppföljningstillfälle med symbol enligt teckenförklaringen "
                "längst ned och skriv en kort kommentar.")
    ws["A2"].font = Font(italic=True)
    # two header rows
    ws["A4"] = "Nr"; ws["B4"] = "Process"; ws["C4"] = "Kontrollmoment"; ws["D4"] = "Kontrollmetod"
    ws["E4"] = "Frekvens"; ws["F4"] = "Ansvarig"; ws["G4"] = "Uppföljning 2025"; ws["J4"] = "Kommentar"
    ws["G5"] = "T1"; ws["H5"] = "Delår"; ws["I5"] = "Helår"
    for col in "ABCDEFJ":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("G4:I4")
    for row in ws.iter_rows(min_row=4, max_row=5, max_col=10):
        for c in row:
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="FCE4D6")
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 6
    for gname, items in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="EDEDED")
        r += 1
        for it in items:
            for ci, v in enumerate(it[:10], 1):
                c = ws.cell(r, ci, v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if 7 <= ci <= 9 else "left")
            EXPECTED.append((fil, namnd, it[2], it[10], it[11]))
            r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = Font(bold=True)
    ws.cell(r + 1, 1, "● = Genomförd")
    ws.cell(r + 2, 1, "◐ = Delvis genomförd / pågår")
    ws.cell(r + 3, 1, "○ = Ej genomförd")
    ws.cell(r + 4, 1, "– = Utgår")
    ws.cell(r + 6, 1, "Planen fastställd av BUN 2025-01-28 § 7. Uppföljning delår behandlad 2025-09-23.")
    for col, w in zip("ABCDEFGHIJ", (6, 20, 44, 30, 11, 20, 7, 7, 7, 48)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys export – CSV (cp1252), two nämnder, one row per control and period
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_IK_2025-09-15.csv"
    sbn = "Samhällsbyggnadsnämnden"
    tn = "Tekniska nämnden"
    # org label in file, register name, process, kontrollmoment, metod, ansvarig,
    # [(period, status, kommentar)], expected status, avvikelse
    ctrls = [
        ("Samhällsbyggnadsnämnden", sbn, "Bygglov",
         "Beslut om bygglov fattas inom lagstadgad handläggningstid (10 veckor)",
         "Stickprov 20 ärenden per tertial", "Bygglovschef",
         [("Tertial 1 2025", "Klar", "20 ärenden granskade, samtliga inom tid."),
          ("Delår 2025", "Klar", "Stickprov 20 ärenden maj–aug, samtliga beslutade inom tid.")],
         "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", sbn, "Bygglov",
         "Avgift för bygglov debiteras enligt gällande taxa",
         "Stickprov 15 beslut", "Administrativ chef",
         [("Tertial 1 2025", "Pågår", "Stickprov påbörjat."),
          ("Delår 2025", "Klar", "15 beslut granskade. Två ärenden var debiterade med för låg avgift; "
                                 "mellanskillnaden har fakturerats.")],
         "GENOMFORD", "ja"),
        ("Samhällsbyggnadsnämnden", sbn, "Delegation",
         "Delegationsbeslut inom plan- och byggområdet anmäls till nämnden",
         "Beslutslogg jämförs mot anmälningslistor", "Nämndsekreterare",
         [("Tertial 1 2025", "Klar", "Samtliga beslut jan–apr anmälda, kontrollen görs en gång per år."),
          ("Delår 2025", "", "")],
         "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", sbn, "Dokumenthantering",
         "Rutin för diarieföring av inkomna handlingar efterlevs",
         "Stickprov 50 handlingar", "Registrator",
         [("Tertial 1 2025", "Ej påbörjad", ""),
          ("Delår 2025", "Pågår", "Granskning av 50 handlingar påbörjad i augusti.")],
         "DELVIS", ""),
        ("Samhällsbyggnadsnämnden", sbn, "Fakturering",
         "Lantmäteriförrättningar faktureras beställaren efter avslutad förrättning",
         "Förrättningslista mot kundreskontra", "Controller",
         [("Delår 2025", "Utgår", "Kontrollmomentet utgår – uppdraget överfört till Lantmäteriet "
                                  "enligt beslut SBN 2025-03-18 § 41.")],
         "UTGAR", ""),
        ("Tekniska förvaltningen", tn, "Gata/park",
         "Egenkontroll av lekplatser genomförs enligt besiktningsplan",
         "Besiktningsprotokoll", "Parkchef",
         [("Tertial 1 2025", "Pågår", "12 av 34 lekplatser besiktigade."),
          ("Delår 2025", "Klar", "Samtliga 34 lekplatser besiktigade. Två redskap har stängts av i väntan på reparation.")],
         "GENOMFORD", "ja"),
        ("Tekniska förvaltningen", tn, "Gata/park",
         "Fakturor från entreprenörer inom vinterväghållning stäms av mot körjournaler",
         "Samtliga fakturor nov–mars", "Gatuchef",
         [("Tertial 1 2025", "Klar", "Inga avvikelser."),
          ("Delår 2025", "Klar", "Inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", tn, "Fordon",
         "Drivmedelskort används enligt riktlinje för tjänstefordon",
         "Transaktionslista mot körjournal, stickprov", "Fordonssamordnare",
         [("Tertial 1 2025", "Ej påbörjad", ""),
          ("Delår 2025", "Ej påbörjad", "Skjuts till hösten på grund av byte av drivmedelsleverantör.")],
         "EJ_GENOMFORD", ""),
        ("Tekniska förvaltningen", tn, "Säkerhet",
         "Nyckel- och passerkort återlämnas vid avslutad anställning",
         "Lista avslutade anställningar mot passersystemet", "Fastighetschef",
         [("Delår 2025", "", "Kontrollen genomfördes i juni. Tre kort var inte återlämnade och har spärrats.")],
         "GENOMFORD", "ja"),
        ("Tekniska förvaltningen", tn, "Underhåll",
         "Underhållsplan för gator och broar är uppdaterad och politiskt antagen",
         "Genomgång av planen", "Teknisk chef",
         [("Tertial 1 2025", "", ""), ("Delår 2025", "", "")],
         "SAKNAS", ""),
    ]
    lines = []
    lines.append(["Rapport: Uppföljning intern kontroll 2025"])
    lines.append(["Utskriftsdatum: 2025-09-15 08:14", "Användare: ekonomi.brannvik"])
    lines.append([])
    lines.append(["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
                  "Uppföljningsperiod", "Status", "Kommentar"])
    for c in ctrls:
        for per, st, kom in c[6]:
            lines.append([c[0], "Internkontrollplan 2025", c[2], c[3], c[4], c[5], per, st, kom])
        EXPECTED.append((fil, c[1], c[3], c[7], c[8]))
    with open(out(fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for l in lines:
            w.writerow(l)
    FILES.append((fil, "INLAST", sbn, "2025", "DELAR"))
    FILES.append((fil, "INLAST", tn, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – .doc (via LibreOffice), Kontrollpunkt merged, "T1:/Delår:" text
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN uppföljning intern kontroll delår 2025.doc"
    namnd = "Kultur- och fritidsnämnden"
    d = new_doc()
    p = d.add_paragraph()
    r = p.add_run("Kultur- och fritidsnämnden"); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph("Uppföljning av plan för intern kontroll 2025 – delårsbokslut per augusti")
    d.add_paragraph("Resultatet redovisas per uppföljningstillfälle (T1 = januari–april, Delår = januari–augusti).")
    pts = [
        ("1. Kontant-\nhantering", [
            ("1 a", "Dagskassor i simhallen och på biblioteket stäms av mot kassarapport",
             "T1: Avstämning sker dagligen.\nDelår: Stickprov 10 dagar per enhet. En differens om 200 kr i "
             "simhallen har utretts och förklarats.", "GENOMFORD", "ja"),
            ("1 b", "Växelkassor inventeras av två personer vid halvår och årsskifte",
             "Delår: Halvårsinventering genomförd 30 juni, inga differenser.", "GENOMFORD", "nej"),
        ]),
        ("2. Förenings-\nbidrag", [
            ("2 a", "Ansökningar om aktivitetsstöd kontrolleras mot föreningarnas deltagarlistor",
             "T1: Vårens ansökningar har inkommit.\nDelår: Kontroll av 8 av 24 föreningar klar utan anmärkning, "
             "resterande kontrolleras i oktober.", "DELVIS", "nej"),
            ("2 b", "Redovisning av beviljade projektbidrag har inkommit inom föreskriven tid",
             "Delår: Se bilaga 2.", "OKLAR", ""),
        ]),
        ("3. Lokal-\nuthyrning", [
            ("3 a", "Uthyrning av idrottshallar faktureras enligt beslutad taxa",
             "T1: Ej genomförd.\nDelår: Ej genomförd. Bokningssystemet byts ut under hösten och kontrollen "
             "flyttas till 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("4. Arbetsmiljö", [
            ("4 a", "Riskbedömning av ensamarbete på fritidsgårdarna är genomförd",
             "Delår: Kontrollen är struken efter nämndens beslut 2025-04-22 § 33 eftersom fritidsgårdarna "
             "organiseras om.", "UTGAR", ""),
            ("4 b", "Tillbud och arbetsskador rapporteras i KIA inom en vecka", "", "SAKNAS", ""),
        ]),
        ("5. Informations-\nhantering", [
            ("5 a", "Personuppgifter i bidragsregistret gallras enligt dokumenthanteringsplanen",
             "Delår: Gallring genomförd i maj för ärenden avslutade 2019 och tidigare.", "GENOMFORD", "nej"),
        ]),
    ]
    n = sum(len(s) for _, s in pts)
    t = d.add_table(rows=1 + n, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollpunkt", "Kontrollmoment/metod", "Resultat"]):
        set_cell(t.cell(0, i), h, bold=True, size=10)
    ri = 1
    for kp, subs in pts:
        first = ri
        for nr, km, res, st, av in subs:
            set_cell(t.cell(ri, 0), nr, size=10)
            set_cell(t.cell(ri, 2), km, size=10)
            set_cell(t.cell(ri, 3), res, size=10)
            EXPECTED.append((fil, namnd, km, st, av))
            ri += 1
        c = t.cell(first, 1)
        if ri - 1 > first:
            c = c.merge(t.cell(ri - 1, 1))
        set_cell(c, kp, size=10)
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Sammanställning projektbidrag 2025 (separat fil)")
    d.add_paragraph("Kultur- och fritidsförvaltningen, 2025-09-10")
    tmp = os.path.join(TMP, "kfn_tmp.docx")
    d.save(tmp)
    convert(tmp, "doc", fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och hälsoskyddsnämnden – .xls (xlwt), traffic-light fills, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "MHN_IK_delar2025.xls"
    namnd = "Miljö- och hälsoskyddsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    # xlwt's header setter is broken under Python 3 for non-ASCII text: set the stored value directly
    ws._Worksheet__header_str = "&LMiljö- och hälsoskyddsnämnden&RSida &P"
    ws._Worksheet__footer_str = "&LUtskrivet &D"
    title = xlwt.easyxf("font: bold on, height 280;")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin;")
    norm = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin;")
    fills = {
        "green": xlwt.easyxf("pattern: pattern solid, fore_colour bright_green; borders: left thin, right thin, top thin, bottom thin;"),
        "yellow": xlwt.easyxf("pattern: pattern solid, fore_colour yellow; borders: left thin, right thin, top thin, bottom thin;"),
        "red": xlwt.easyxf("pattern: pattern solid, fore_colour red; borders: left thin, right thin, top thin, bottom thin;"),
        "grey": xlwt.easyxf("pattern: pattern solid, fore_colour gray40; borders: left thin, right thin, top thin, bottom thin;"),
        None: norm,
    }
    ws.write(0, 0, "Uppföljning av internkontrollplan 2025", title)
    ws.write(1, 0, "Avser perioden januari–augusti 2025")
    ws.write(2, 0, "Status markeras med färg i kolumnen Status: grön = genomförd, gul = påbörjad/delvis genomförd, "
                   "röd = ej genomförd, grå = utgår.")
    hdr = ["Område", "Kontrollmoment", "Omfattning", "Ansvarig", "Status", "Resultat och kommentar"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, bold)
    rows = [
        ("Tillsyn", "Planerad tillsyn genomförs enligt tillsynsplanen för livsmedelskontroll",
         "Avstämning tillsynsplan mot utförda kontroller", "Enhetschef livsmedel", "green",
         "62 % av årets planerade kontroller utförda per augusti, vilket är i nivå med planen.", "GENOMFORD", "nej"),
        ("Tillsyn", "Kontrollrapport skickas till verksamhetsutövaren inom tre veckor efter kontroll",
         "Stickprov 20 kontroller", "Enhetschef livsmedel", "green",
         "18 av 20 rapporter skickades inom tre veckor, två inom fem veckor.", "GENOMFORD", "ja"),
        ("Avgifter", "Årlig kontrollavgift faktureras för samtliga registrerade anläggningar",
         "Anläggningsregister mot fakturering", "Administratör", "yellow",
         "Faktureringen skedde i mars. Avstämning mot anläggningsregistret pågår.", "DELVIS", ""),
        ("Avgifter", "Timavgift för extra offentlig kontroll debiteras",
         "Samtliga extra kontroller", "Administratör", "red",
         "Inte genomförd på grund av vakans.", "EJ_GENOMFORD", ""),
        ("Handläggning", "Delegationsbeslut anmäls till nämnden månadsvis",
         "Beslutslogg mot protokoll", "Nämndsekreterare", "green",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Handläggning", "Handläggare med bisyssla inom tillsynsområdet handlägger inte ärenden där jäv kan föreligga",
         "Bisysslelista mot ärendefördelning", "Miljöchef", "grey",
         "Ingår 2025 i den kommunövergripande kontrollen av bisysslor.", "UTGAR", ""),
        ("Dokumenthantering", "Inkomna klagomål registreras i ärendesystemet inom två arbetsdagar",
         "Stickprov 15 klagomål", "Registrator", "green",
         "Ej genomförd – flyttas till hösten.", "OKLAR", ""),
        ("Dokumenthantering", "Sekretessbelagda handlingar förvaras i låst arkiv",
         "Rundvandring", "Miljöchef", None, "", "SAKNAS", ""),
    ]
    for ri, r in enumerate(rows, 5):
        for ci in range(4):
            ws.write(ri, ci, r[ci], norm)
        ws.write(ri, 4, "", fills[r[4]])
        ws.write(ri, 5, r[5], norm)
        EXPECTED.append((fil, namnd, r[1], r[6], r[7]))
    for i, w in enumerate((18, 50, 32, 22, 10, 55)):
        ws.col(i).width = w * 256
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Brännvik Energi AB – .ods (via LibreOffice), tick columns X
# ---------------------------------------------------------------------------
def file_energi():
    fil = "Brännvik Energi AB internkontroll 2025-08-31.ods"
    namnd = "Brännvik Energi AB"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Brännvik Energi AB"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning per 2025-08-31"
    ws["A3"] = "Markera med X i en av kolumnerna Genomförd / Pågår / Ej genomförd. Avvikelse noterad anges Ja/Nej."
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Genomförd", "Pågår", "Ej genomförd",
           "Avvikelse noterad", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    rows = [
        ("Mätning och debitering", "Mätvärden från elmätare överförs korrekt till debiteringssystemet",
         "Chef mätservice", "X", "", "", "Nej", "Avstämning av 100 anläggningar.", "GENOMFORD", "nej"),
        ("Mätning och debitering", "Nätavgifter debiteras enligt beslutad tariff",
         "Chef kundservice", "", "X", "", "", "Stickprov påbörjat, klart i oktober.", "DELVIS", ""),
        ("Ekonomi", "Kundfordringar äldre än 90 dagar överlämnas till inkasso",
         "Ekonomichef", "X", "", "", "Ja", "12 ärenden låg kvar över 120 dagar och har nu överlämnats.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Inköp över 50 tkr attesteras av VD",
         "Ekonomichef", "X", "", "X", "", "", "OKLAR", ""),
        ("Drift", "Reservkraftaggregat provkörs månadsvis",
         "Driftchef", "", "", "X", "Ja", "Provkörning har inte gjorts sedan mars, aggregatet har varit på service.",
         "EJ_GENOMFORD", "ja"),
        ("IT/OT-säkerhet", "Behörigheter i SCADA-systemet gås igenom och obehöriga konton tas bort",
         "IT-chef", "", "", "", "", "Genomförs i november enligt plan.", "EJ_GENOMFORD", ""),
        ("Miljö", "Miljörapport för värmeverket lämnas till tillsynsmyndigheten senast 31 mars",
         "Miljösamordnare", "X", "", "", "Nej", "Inlämnad 2025-03-27.", "GENOMFORD", "nej"),
    ]
    for ri, r in enumerate(rows, 6):
        for ci, v in enumerate(r[:8], 1):
            c = ws.cell(ri, ci, v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 4 <= ci <= 7 else "left")
        EXPECTED.append((fil, namnd, r[1], r[8], r[9]))
    ws.cell(6 + len(rows) + 1, 1, "Godkänd av VD: Per Holmgren, 2025-09-04")
    for col, w in zip("ABCDEFGH", (22, 50, 20, 11, 9, 12, 12, 50)):
        ws.column_dimensions[col].width = w
    tmp = os.path.join(TMP, "energi_tmp.xlsx")
    wb.save(tmp)
    convert(tmp, "ods", fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (följebrev) with no follow-up in it
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev delårsuppföljning SN 2025.docx"
    d = new_doc()
    d.add_paragraph("Brännvik kommun\nSocialförvaltningen")
    d.add_paragraph("2025-09-18")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    p = d.add_paragraph(); r = p.add_run("Översändande av socialnämndens delårsuppföljning av intern kontroll 2025"); r.bold = True
    d.add_paragraph(
        "Härmed översänds socialnämndens delårsuppföljning av internkontrollplanen 2025. Nämnden behandlade "
        "ärendet vid sammanträdet 2025-09-17, § 88, och beslutade att godkänna uppföljningen samt att överlämna "
        "den till kommunstyrelsen.")
    d.add_paragraph(
        "Uppföljningen bifogas som separat dokument (SN Uppföljning kritiska risker delår 2025). Protokollsutdrag "
        "skickas när protokollet är justerat.")
    d.add_paragraph("Vid frågor, kontakta nämndsekreterare Eva Bergström, tfn 0590-123 45.")
    d.add_paragraph("Med vänlig hälsning\n\nAnna Lindqvist\nSocialchef")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Brännvik Energi AB", "BEAB|Brännviks Energi|Brännvik Energi"),
        ("Brännviksbostäder AB", "BBAB|Brännviksbostäder"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    file_ks()
    file_sn()
    file_bun()
    file_stratsys()
    file_kfn()
    file_mhn()
    file_energi()
    file_reject()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "expected rows")
